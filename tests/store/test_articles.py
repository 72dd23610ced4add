"""Corpus store: dedup with origins, plain tables, filtered search, errors, upgrades, stories."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from selon.model import (
    Article, Attribution, DateRef, Entity, NarrativeMatch, Place, Quantity, Source, Span, Story,
)
from selon.store import (
    MARK_END, MARK_START, MIGRATIONS, Origin, SearchFilters, article_origins, connect,
    count_articles, get_story, list_errors, list_stories, list_summaries, load_article,
    load_article_json, record_errors, replace_stories, save_article, save_articles, search,
    story_of,
)


def _article(id: str, text: str, *, hedged: bool = False, lang: str = "fr",
             published: str | None = "2024-03-14", source: str = "AFP",
             source_type: str = "news_agency", place: tuple[str, str] | None = None) -> Article:
    # "Selon SOURCE, CONTENT." with the source and content spans found in the text.
    s0 = text.index(source)
    c0 = s0 + len(source) + 2
    places = ()
    if place:
        p0 = text.index(place[0])
        places = (Place(id="p1", span=Span.of(text, p0, p0 + len(place[0])), name=place[0],
                        country=place[1]),)
    return Article(
        id=id, text=text, lang=lang, published=published, title=text[:20],
        attributions=(Attribution(id="att1", source=Span.of(text, s0, s0 + len(source)),
                                  cue=Span.of(text, 0, 5), content=Span.of(text, c0, len(text) - 1),
                                  cue_type="according_to", hedged=hedged),),
        entities=(Entity(id="e1", name=source, type="media", mentions=(Span.of(text, s0, s0 + len(source)),)),),
        sources=(Source(id="s1", name=source, type=source_type, attributions=("att1",)),),
        quantities=(Quantity(id="q1", span=Span.of(text, 0, 5), value=3.0),),
        dates=(DateRef(id="d1", span=Span.of(text, 0, 5), value="2024-03-13"),),
        places=places,
        narratives=(NarrativeMatch(id="case-7", title="Bridges are fake", score=3.0),) if hedged else (),
    )


A = "Selon AFP, le pont de Kherson aurait été détruit par une frappe nocturne."
B = "Selon Reuters, trois drones ont visé un dépôt de carburant près de Belgorod."
C = "Selon TASS, la centrale de Zaporijjia a été privée de courant pendant six heures."


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "c.sqlite")


def test_articles_same_text_is_stored_once_with_every_origin(db: sqlite3.Connection) -> None:
    first = save_article(db, _article("r1", A), Origin("r1", path="a.jsonl"))
    # Same text with other whitespace, under another input id: an origin only.
    second = save_article(db, _article("r2", A.replace(" ", "  ")),
                          Origin("r2", path="b.jsonl", url="https://b.example/r2"))
    assert first == second == "r1"
    assert count_articles(db) == 1
    assert [o.input_id for o in article_origins(db, "r1")] == ["r1", "r2"]
    assert load_article(db, "r1") == _article("r1", A)
    # By the duplicate's own input id: the stored analysis under that id and URL.
    assert load_article(db, "r2") == replace(_article("r1", A), id="r2", url="https://b.example/r2")
    assert json.loads(load_article_json(db, "r2") or "")["id"] == "r2"
    assert json.loads(load_article_json(db, "r1") or "")["id"] == "r1"
    assert load_article(db, "nope") is None


def test_articles_layers_fill_the_plain_tables(db: sqlite3.Connection) -> None:
    save_articles(db, [(_article("r1", A, hedged=True, place=("Kherson", "UA")), None),
                       (_article("r2", B, source="Reuters"), None)])
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("attributions", "sources", "entities", "mentions", "quantities", "dates",
                        "places", "narrative_matches")}
    assert counts == {"attributions": 2, "sources": 2, "entities": 2, "mentions": 2,
                      "quantities": 2, "dates": 2, "places": 1, "narrative_matches": 1}
    assert db.execute("SELECT content FROM attributions WHERE article_id = 'r2'").fetchone()[0] \
        == "trois drones ont visé un dépôt de carburant près de Belgorod"
    # A new text under a known id replaces the old rows, it does not add to them.
    save_article(db, _article("r2", C, source="TASS"))
    assert db.execute("SELECT name FROM sources WHERE article_id = 'r2'").fetchall() == [("TASS",)]


@pytest.mark.parametrize(("query", "filters", "expected"), [
    ("pont", SearchFilters(), ["r1"]),
    ("kherson", SearchFilters(), ["r1"]),
    ("drones dépôt", SearchFilters(), ["r2"]),
    ("selon", SearchFilters(source="reut"), ["r2"]),
    ("selon", SearchFilters(source_type="state_media"), ["r3"]),
    ("selon", SearchFilters(hedged=True), ["r1"]),
    ("selon", SearchFilters(narrative="case-7"), ["r1"]),
    ("selon", SearchFilters(narrative="fake"), ["r1"]),
    ("selon", SearchFilters(country="ua"), ["r1"]),
    ("selon", SearchFilters(place="kherson"), ["r1"]),
    ("selon", SearchFilters(lang="en"), ["r3"]),
    ("selon", SearchFilters(date_from="2024-03-01", date_to="2024-03-31"), ["r1", "r2"]),
    ("", SearchFilters(date_to="2023-12-31"), ["r3"]),
    ('"trois drones"', SearchFilters(), ["r2"]),
    ('"drones trois"', SearchFilters(), []),
    ("OR - :", SearchFilters(), []),
])
def test_articles_search_with_filters(db: sqlite3.Connection, query: str, filters: SearchFilters,
                                      expected: list[str]) -> None:
    save_article(db, _article("r1", A, hedged=True, place=("Kherson", "UA")))
    save_article(db, _article("r2", B, source="Reuters"))
    save_article(db, _article("r3", C, source="TASS", source_type="state_media", lang="en",
                              published="2023-05-02"))
    assert sorted(h.id for h in search(db, query, filters)) == expected


def test_articles_search_marks_matches_in_snippets(db: sqlite3.Connection) -> None:
    save_article(db, _article("r1", A))
    (hit,) = search(db, "frappe")
    assert f"{MARK_START}frappe{MARK_END}" in hit.snippet
    assert hit.title == A[:20]


def test_articles_summaries_page_through(db: sqlite3.Connection) -> None:
    save_article(db, _article("r1", A, published="2024-01-01"))
    save_article(db, _article("r2", B, published="2024-02-01", source="Reuters"))
    save_article(db, _article("r3", C, published=None, source="TASS"))
    assert [s.id for s in list_summaries(db, limit=2)] == ["r2", "r1"]
    assert [(s.id, s.n_attributions) for s in list_summaries(db, limit=2, offset=2)] == [("r3", 1)]


def test_articles_errors_are_stored_with_their_code(db: sqlite3.Connection) -> None:
    record_errors(db, [("in.jsonl:3", None, "[E008] in.jsonl:3: the record has no text"),
                       ("x.bin", "x", "something else")])
    rows = list_errors(db)
    assert [(r["input"], r["code"]) for r in rows] == [("x.bin", None), ("in.jsonl:3", "E008")]


def test_articles_an_older_store_is_upgraded(tmp_path: Path) -> None:
    # A store written before the corpus migration: two migrations, one article.
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("CREATE TABLE _selon_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, statements in MIGRATIONS[:2]:
        for stmt in statements:
            raw.execute(stmt)
        raw.execute("INSERT INTO _selon_migrations VALUES (?, 'then')", (name,))
    art = _article("old1", A, hedged=True)
    raw.execute("INSERT INTO articles (id, lang, published, title, url, data, saved_at) "
                "VALUES ('old1', 'fr', '2024-03-14', ?, NULL, ?, 'then')",
                (art.title, json.dumps(art.to_dict())))
    raw.close()
    db = connect(path)
    assert load_article(db, "old1") == art
    assert [h.id for h in search(db, "nocturne", SearchFilters(hedged=True))] == ["old1"]
    # The claim contents are searchable too, and the text is deduplicated from now on.
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'claims:kherson'"
                      ).fetchone()[0] == 1
    assert save_article(db, _article("new1", A)) == "old1"


def test_articles_attribution_polarity_is_a_column_also_after_upgrade(tmp_path: Path) -> None:
    import dataclasses

    def negated(art: Article) -> Article:
        return dataclasses.replace(art, attributions=tuple(
            dataclasses.replace(t, negated=True) for t in art.attributions))

    # A store as it was before migration 0005, holding a negated claim: 0005 fills
    # the new column from the stored JSON.
    path = tmp_path / "at4.sqlite"
    db = connect(path)
    db.execute("DELETE FROM _selon_migrations WHERE name = '0005_attribution_negated'")
    db.execute("ALTER TABLE attributions DROP COLUMN negated")
    db.close()
    raw = sqlite3.connect(path, isolation_level=None)
    art = negated(_article("neg1", A))
    raw.execute("INSERT INTO articles (id, lang, published, title, url, data, saved_at, content_hash) "
                "VALUES ('neg1', 'fr', NULL, NULL, NULL, ?, 'then', 'h1')", (json.dumps(art.to_dict()),))
    raw.execute("INSERT INTO attributions (article_id, id, hedged) VALUES ('neg1', 'att1', 0)")
    raw.close()
    db = connect(path)
    assert db.execute("SELECT id, negated FROM attributions").fetchall() == [("att1", 1)]
    # New articles write it directly.
    save_article(db, _article("pos1", B, source="Reuters"))
    assert dict(db.execute("SELECT article_id, negated FROM attributions").fetchall()) == {
        "neg1": 1, "pos1": 0}


def test_stories_round_trip(db: sqlite3.Connection) -> None:
    save_article(db, _article("r1", A))
    save_article(db, _article("r2", B, source="Reuters"))
    story = Story(id="st-1", title="Pont", articles=("r1", "r2"), first="r1",
                  disagreements=({"kind": "quantity", "values": [{"article": "r1", "text": "3"}]},))
    replace_stories(db, [story], {"r1": ("st-1", b"\x00"), "r2": ("st-1", None)})
    assert get_story(db, "st-1") == story
    assert story_of(db, "r2") == story
    assert list_stories(db, min_articles=2) == [story]
    assert list_stories(db, min_articles=3) == []
