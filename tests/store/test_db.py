"""The SQLite store: round trips, migrations, full-text search, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from selon.errors import StoreError
from selon.model import Article, Attribution, Entity, NarrativeCase, NarrativeMatch, Span
from selon.store import (
    MIGRATIONS,
    applied_migrations,
    connect,
    count_narratives,
    default_db_path,
    list_articles,
    load_article,
    load_narrative,
    load_narrative_index,
    migrate,
    save_article,
    save_narratives,
    search_articles,
    transaction,
)

TEXT = "Selon l'AFP, le préfet a annoncé la fermeture du pont de l'Élysée jusqu'à lundi."


def _article(id: str = "a1", text: str = TEXT, published: str | None = "2024-03-14") -> Article:
    return Article(
        id=id, text=text, lang="fr", published=published, title="Le pont fermé",
        attributions=(Attribution(id="att1", source=Span.of(text, 6, 11), cue=Span.of(text, 0, 5),
                                  content=Span.of(text, 13, len(text) - 1), cue_type="according_to",
                                  quote="indirect", hedged=False),),
        entities=(Entity(id="e1", name="AFP", type="media", mentions=(Span.of(text, 8, 11),)),),
        narratives=(NarrativeMatch(id="https://example.org/c1", title="A bridge", date="2024-01-01",
                                   score=4.2, claim="le préfet a annoncé"),),
        profile={"genre": "news", "scores": [1, 2]},
    )


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "s.sqlite")


def test_db_article_round_trip(db: sqlite3.Connection) -> None:
    art = _article()
    save_article(db, art)
    assert load_article(db, "a1") == art
    assert load_article(db, "missing") is None


def test_db_upsert_replaces_the_article_and_its_search_row(db: sqlite3.Connection) -> None:
    save_article(db, _article())
    save_article(db, _article(text="Le maire de Lyon a démenti toute fermeture du tunnel."))
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert search_articles(db, "tunnel") == ["a1"]
    assert search_articles(db, "préfet") == []


@pytest.mark.parametrize(("query", "expected"), [
    ("préfet", ["a1"]),
    ("elysee", ["a1"]),            # accents are folded
    ("PREFET annoncé", ["a1"]),    # every word must be there, any case
    ("pont Marseille", []),
    ("tunnel", ["a2"]),
    ("\"OR - :", []),              # FTS5 operators are read as plain words
    ("", []),
])
def test_db_search_finds_articles(db: sqlite3.Connection, query: str, expected: list[str]) -> None:
    save_article(db, _article())
    save_article(db, _article("a2", "Le maire de Lyon a démenti toute fermeture du tunnel."))
    assert search_articles(db, query) == expected


def test_db_lists_newest_first_undated_last(db: sqlite3.Connection) -> None:
    # Three different texts: the same text under three ids is stored once.
    save_article(db, _article("old", TEXT + " Vieux.", published="2020-01-01"))
    save_article(db, _article("none", TEXT + " Sans date.", published=None))
    save_article(db, _article("new", TEXT + " Neuf.", published="2024-05-01"))
    assert [a.id for a in list_articles(db)] == ["new", "old", "none"]
    assert [a.id for a in list_articles(db, limit=1)] == ["new"]


def test_db_migrations_are_recorded_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    db = connect(path)
    names = [name for name, _ in MIGRATIONS]
    assert applied_migrations(db) == names
    save_article(db, _article())
    db.close()
    db = connect(path)
    assert migrate(db) == []
    assert applied_migrations(db) == names
    assert load_article(db, "a1") == _article()


def test_db_wal_is_on_with_large_pages(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA page_size").fetchone()[0] == 16384


def test_db_unknown_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    connect(path).execute("INSERT INTO _selon_migrations VALUES ('9999_future', 'x')")
    with pytest.raises(StoreError, match=r"\[E070\].*9999_future"):
        connect(path)


@pytest.mark.parametrize(("content", "detail"), [
    (b"this is not a database at all" * 40, "not an SQLite database"),
    (None, "not a selon store"),
])
def test_db_refuses_foreign_files(tmp_path: Path, content: bytes | None, detail: str) -> None:
    path = tmp_path / "other.sqlite"
    if content is None:
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE photos (id INTEGER)")
        other.commit()
        other.close()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=r"\[E017\].*" + detail):
        connect(path)


def test_db_unwritable_folder_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match=r"\[E017\]"):
        connect(blocker / "sub" / "s.sqlite")


def test_db_failed_transaction_keeps_what_was_stored(db: sqlite3.Connection) -> None:
    save_article(db, _article())
    with pytest.raises(RuntimeError), transaction(db):
        db.execute("DELETE FROM articles")
        raise RuntimeError("disk full halfway")
    assert load_article(db, "a1") == _article()
    with pytest.raises(StoreError, match=r"\[E074\]"), transaction(db):
        db.execute("INSERT INTO articles (id, data, saved_at) VALUES ('a1', '{}', 'x')")
    assert load_article(db, "a1") == _article()


@pytest.mark.parametrize(("env", "expected"), [
    ({"XDG_DATA_HOME": "/data/me"}, Path("/data/me/selon/selon.sqlite")),
    ({"HOME": "/home/me"}, Path.home() / ".local" / "share" / "selon" / "selon.sqlite"),
    ({"XDG_DATA_HOME": ""}, Path.home() / ".local" / "share" / "selon" / "selon.sqlite"),
])
def test_db_default_path(env: dict[str, str], expected: Path) -> None:
    assert default_db_path(env) == expected


def test_db_narratives_round_trip(db: sqlite3.Connection) -> None:
    cases = [NarrativeCase(id=f"https://example.org/{i}", title=f"Case {i}", date="2020-01-0" + str(i),
                           countries=("Poland",), keywords=("Baltic Sea", "Agriculture"))
             for i in (1, 2)]
    vectors = np.array([[1, 0, 0], [0, 0.6, 0.8]], dtype=np.float32)
    save_narratives(db, cases, vectors, ["k1", "k2"], "model-a")
    save_narratives(db, cases[:1], vectors[:1] * -1, ["k1b"], "model-a")
    assert count_narratives(db) == 2
    assert load_narrative(db, cases[1].id) == cases[1]
    index = load_narrative_index(db)
    assert index.cases == tuple(cases) and index.models == ("model-a",)
    assert index.matrix.dtype == np.float32
    np.testing.assert_array_equal(index.matrix, np.array([[-1, 0, 0], [0, 0.6, 0.8]], dtype=np.float32))
    with pytest.raises(ValueError):
        save_narratives(db, cases, vectors[:1], ["k1", "k2"], "model-a")
    assert count_narratives(db) == 2
