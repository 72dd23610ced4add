"""Articles in the store: save with dedup and origins, load by input id, list, search.

The public API (stable names; the web app and the CLI call these):

- ``save_article(db, article, origin=None) -> str`` and ``save_articles(db, items)``: store
  analysed articles (one transaction per call). A text already stored (same
  :func:`~selon.store.db.content_hash`) is not stored again: only its origin is
  added. Returns the id of the stored article the input now points to.
- ``load_article(db, input_id) -> Article | None``: the article an input id (a
  JSONL/CSV ``id``, a file stem, a feed entry id) refers to, or None; a
  duplicate's later input id gets the stored analysis under its own id (and URL).
- ``article_origins(db, article_id) -> list[Origin]``: every place the text came from.
- ``list_articles(db, limit=None, offset=0) -> list[Article]`` and
  ``list_summaries(db, limit=50, offset=0) -> list[ArticleSummary]`` (newest
  first, undated last); ``count_articles(db)``.
- ``search(db, query, filters=None, limit=20, offset=0) -> list[SearchHit]``: FTS5
  over title, text and claim contents, ranked by bm25, with a snippet where
  matches are wrapped in :data:`MARK_START` / :data:`MARK_END` (escape the
  snippet, then replace the marks, to show it in HTML). An empty query lists
  the articles that pass the filters, newest first. A query that matches more
  than :data:`RANK_CAP` articles ranks the most recently ingested ``RANK_CAP``
  matches (all matches when the filters leave less than a page of them).
- ``record_error(db, input, reason, ...)``, ``list_errors(db)``: the ``ingest_errors`` table
  (one row per input and reason: a rerun does not add it again).
- ``write_batch(db, articles, origins, errors)``: what ``selon ingest`` commits per batch.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..model import Article
from .db import content_hash, transaction

MARK_START = "\ue000"
MARK_END = "\ue001"

# A query matching more articles than this ranks only the most recently
# ingested RANK_CAP matches (all of them when filters leave less than a page): bm25 costs ~15 µs per match, and a word found in
# 40,000 of 100,000 articles took 0.5 s to rank in full.
RANK_CAP = 5000

FACT_TABLES = ("attributions", "sources", "entities", "mentions", "quantities", "dates", "places",
               "events", "narrative_matches")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an input came from: its id, and the file, URL and feed it was read from."""

    input_id: str
    path: str | None = None
    url: str | None = None
    feed: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of an article listing, without the text and the layers."""

    id: str
    title: str | None
    lang: str | None
    published: str | None
    url: str | None
    n_attributions: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchFilters:
    """Filters of :func:`search`; None (or False) means no filter."""

    source: str | None = None        # a source name, case-insensitive substring
    source_type: str | None = None   # a SourceType, e.g. "news_agency"
    lang: str | None = None
    date_from: str | None = None     # YYYY-MM-DD, inclusive, on ``published``
    date_to: str | None = None
    place: str | None = None         # a place name, case-insensitive
    country: str | None = None       # ISO 3166-1 alpha-2 country of a place
    hedged: bool = False             # only articles with a hedged claim
    narrative: str | None = None     # a narrative case id, or part of its title


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article found by :func:`search`; ``score`` is bm25 (lower is better)."""

    id: str
    title: str | None
    lang: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- saving -----------------------------------------------------------------

def save_article(db: sqlite3.Connection, article: Article, origin: Origin | None = None) -> str:
    """Store one analysed article in one transaction; return the stored id it maps to."""
    return save_articles(db, [(article, origin)])[0]


def save_articles(db: sqlite3.Connection,
                  items: Sequence[tuple[Article, Origin | None]]) -> list[str]:
    """Store a batch of analysed articles in one transaction; return the stored ids."""
    now = _now()
    with transaction(db):
        return [_save_one(db, art, origin, now) for art, origin in items]


def _save_one(db: sqlite3.Connection, article: Article, origin: Origin | None, now: str) -> str:
    digest = content_hash(article.text)
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    if row is not None:
        target = row[0]
        if target == article.id:
            _write_article(db, article, digest, now)  # same text, same id: refresh the analysis
    else:
        target = article.id
        _write_article(db, article, digest, now)
    origin = origin or Origin(input_id=article.id, url=article.url)
    add_origin(db, target, origin, now)
    return target


def _write_article(db: sqlite3.Connection, article: Article, digest: str | None, now: str) -> None:
    data = json.dumps(article.to_dict(), ensure_ascii=False)
    old = db.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
    if old is not None:
        # A new text (or a new analysis) under a known id replaces the old one.
        for table in FACT_TABLES:
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
        db.execute("DELETE FROM story_articles WHERE article_id = ?", (article.id,))
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (old[0],))
        db.execute("UPDATE articles SET lang = ?, published = ?, title = ?, url = ?, data = ?, "
                   "saved_at = ?, content_hash = ? WHERE id = ?",
                   (article.lang, article.published, article.title, article.url, data, now, digest,
                    article.id))
        rowid = old[0]
    else:
        cur = db.execute("INSERT INTO articles (id, lang, published, title, url, data, saved_at, "
                         "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (article.id, article.lang, article.published, article.title, article.url,
                          data, now, digest))
        rowid = cur.lastrowid
    claims = " ".join(a.content.text for a in article.attributions)
    db.execute("INSERT INTO articles_fts (rowid, title, text, claims) VALUES (?, ?, ?, ?)",
               (rowid, article.title or "", article.text, claims))
    _write_facts(db, article)


def add_origin(db: sqlite3.Connection, article_id: str, origin: Origin, now: str | None = None) -> None:
    """Record (or update) that ``origin.input_id`` refers to the stored ``article_id``."""
    db.execute(
        "INSERT INTO origins (input_id, article_id, path, url, feed, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(input_id) DO UPDATE SET "
        "article_id = excluded.article_id, path = coalesce(excluded.path, path), "
        "url = coalesce(excluded.url, url), feed = coalesce(excluded.feed, feed)",
        (origin.input_id, article_id, origin.path, origin.url, origin.feed, now or _now()))


def _b(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _fact_rows(a: Article) -> dict[str, list[tuple[Any, ...]]]:
    """The article's layer objects as rows of the plain tables."""
    aid = a.id
    return {
        "attributions": [
            (aid, t.id, t.source.text if t.source else None, t.source_ref, t.cue.text, t.cue_type,
             t.content.text, t.content.start, t.content.end, t.parent, t.quote, _b(t.hedged),
             _b(t.negated))
            for t in a.attributions],
        "sources": [
            (aid, s.id, s.name, s.type, s.affiliation_country, _b(s.state_affiliated),
             _b(s.party_to_conflict), _b(s.anonymous), s.evidence) for s in a.sources],
        "entities": [(aid, e.id, e.name, e.type, e.kb_id, e.country) for e in a.entities],
        "mentions": [(aid, e.id, m.start, m.end, m.text) for e in a.entities for m in e.mentions],
        "quantities": [
            (aid, q.id, q.span.text, q.span.start, q.span.end, q.value, q.low, q.high, q.approx,
             q.unit, q.counted, q.attribution) for q in a.quantities],
        "dates": [
            (aid, d.id, d.span.text, d.span.start, d.span.end, d.value, d.end, d.granularity,
             int(d.resolved), d.attribution) for d in a.dates],
        "places": [
            (aid, p.id, p.span.text, p.span.start, p.span.end, p.name, p.geonames_id, p.lat, p.lon,
             p.country, p.feature, p.precision, p.attribution) for p in a.places],
        "events": [
            (aid, e.id, e.type, e.trigger.text, e.trigger.start, e.trigger.end, e.actor, e.target,
             e.place, e.date, e.attribution, int(e.hedged)) for e in a.events],
        # A case matched twice keeps its best score (the key is article + case).
        "narrative_matches": list({n.id: (aid, n.id, n.title, n.date, n.score, n.claim)
                                   for n in sorted(a.narratives, key=lambda n: n.score)}.values()),
    }


def _write_facts(db: sqlite3.Connection, article: Article) -> None:
    for table, rows in _fact_rows(article).items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)


def reindex_facts(db: sqlite3.Connection) -> int:
    """Rebuild the plain tables of every stored article from its JSON; return the count."""
    n = 0
    with transaction(db):
        for (data,) in db.execute("SELECT data FROM articles").fetchall():
            article = Article.from_dict(json.loads(data))
            for table in FACT_TABLES:
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article.id,))
            _write_facts(db, article)
            n += 1
    return n


def stored_id_of_hash(db: sqlite3.Connection, digest: str) -> str | None:
    """Return the id of the stored article with this content hash, or None."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    return row[0] if row else None


def stored_hashes(db: sqlite3.Connection, digests: Iterable[str]) -> dict[str, str]:
    """Return ``{content hash: stored article id}`` for the hashes already stored."""
    found: dict[str, str] = {}
    keys = list(dict.fromkeys(digests))
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        rows = db.execute("SELECT content_hash, id FROM articles WHERE content_hash IN "
                          f"({', '.join('?' * len(chunk))})", chunk)
        found.update({r[0]: r[1] for r in rows})
    return found


# -- loading ----------------------------------------------------------------

def resolve_id(db: sqlite3.Connection, input_id: str) -> str | None:
    """Return the stored article id an input id refers to, or None."""
    row = db.execute("SELECT article_id FROM origins WHERE input_id = ?", (input_id,)).fetchone()
    if row is None:
        row = db.execute("SELECT id FROM articles WHERE id = ?", (input_id,)).fetchone()
    return row[0] if row else None


def _as_input(data: str, input_id: str, db: sqlite3.Connection) -> str:
    """The stored JSON as the input ``input_id`` gave it: its own id (and URL when it had one).

    A text ingested twice is stored once under the first input id; asked for by
    the second id, it reads as ``analyze --json`` printed that second record.
    """
    d = json.loads(data)
    if d.get("id") == input_id:
        return data
    row = db.execute("SELECT url FROM origins WHERE input_id = ?", (input_id,)).fetchone()
    d["id"] = input_id
    if row is not None and row[0]:
        d["url"] = row[0]
    return json.dumps(d, ensure_ascii=False)


def load_article_json(db: sqlite3.Connection, id: str) -> str | None:
    """Return the JSON of the article an input id refers to (with that id), or None."""
    aid = resolve_id(db, id)
    row = db.execute("SELECT data FROM articles WHERE id = ?", (aid,)).fetchone() if aid else None
    return _as_input(row[0], id, db) if row else None


def load_article(db: sqlite3.Connection, id: str) -> Article | None:
    """Return the stored article an input id (or stored id) refers to, with that id, or None."""
    data = load_article_json(db, id)
    return Article.from_dict(json.loads(data)) if data is not None else None


get_article = load_article


def article_origins(db: sqlite3.Connection, article_id: str) -> list[Origin]:
    """Return every origin (input id, path, URL, feed) of a stored article, oldest first."""
    rows = db.execute("SELECT input_id, path, url, feed FROM origins WHERE article_id = ? "
                      "ORDER BY ingested_at, input_id", (article_id,))
    return [Origin(*r) for r in rows]


def count_articles(db: sqlite3.Connection) -> int:
    """Return how many distinct texts the store holds."""
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def list_articles(db: sqlite3.Connection, limit: int | None = None, offset: int = 0) -> list[Article]:
    """Return stored articles, newest publication date first (undated last)."""
    rows = db.execute("SELECT data FROM articles ORDER BY published DESC NULLS LAST, id "
                      "LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset))
    return [Article.from_dict(json.loads(r[0])) for r in rows]


def list_summaries(db: sqlite3.Connection, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
    """Return one light row per stored article, newest first (undated last)."""
    rows = db.execute(
        "SELECT a.id, a.title, a.lang, a.published, a.url, "
        "(SELECT count(*) FROM attributions t WHERE t.article_id = a.id) "
        "FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        (limit, offset))
    return [ArticleSummary(*r) for r in rows]


def iter_articles(db: sqlite3.Connection, batch: int = 500) -> Iterator[Article]:
    """Yield every stored article in insertion order, reading ``batch`` rows at a time."""
    last = 0
    while True:
        rows = db.execute("SELECT rowid, data FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                          (last, batch)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        for _, data in rows:
            yield Article.from_dict(json.loads(data))


# -- search -----------------------------------------------------------------

_TERM = re.compile(r'"([^"]+)"|(\w+)')


def fts_query(query: str) -> str | None:
    """Turn user input into an FTS5 query: every word (or "quoted phrase") must be there."""
    # Each word is quoted so that user input is never read as FTS5 syntax
    # ("OR", "-", ":" in "Deir ez-Zor: l'EI" would otherwise be operators).
    terms = []
    for phrase, word in _TERM.findall(query):
        words = re.findall(r"\w+", phrase) if phrase else [word]
        if words:
            terms.append('"' + " ".join(words) + '"')
    return " ".join(terms) or None


def search_articles(db: sqlite3.Connection, query: str, limit: int = 20) -> list[str]:
    """Return ids of articles whose title, text or claims hold every word of ``query``, best first."""
    match = fts_query(query)
    return [h.id for h in search(db, query, limit=limit)] if match else []


def _filter_sql(f: SearchFilters) -> tuple[list[str], list[Any]]:
    # Each filter is an EXISTS on the article's rows, looked up by article_id;
    # the unary + keeps SQLite from scanning a whole column index instead
    # (sources_type: every government source, per matching article).
    where: list[str] = []
    args: list[Any] = []
    if f.lang:
        where.append("a.lang = ?")
        args.append(f.lang)
    if f.date_from:
        where.append("a.published >= ?")
        args.append(f.date_from)
    if f.date_to:
        # "2024-03-14T10:00" is within --to 2024-03-14.
        where.append("substr(a.published, 1, 10) <= ?")
        args.append(f.date_to)
    if f.source:
        where.append("EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.id "
                     "AND +s.name LIKE ? ESCAPE '\\')")
        args.append(f"%{_like(f.source)}%")
    if f.source_type:
        where.append("EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.id AND +s.type = ?)")
        args.append(f.source_type)
    if f.place:
        where.append("EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id "
                     "AND (+p.name = ? COLLATE NOCASE OR p.text = ? COLLATE NOCASE))")
        args += [f.place, f.place]
    if f.country:
        where.append("EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id AND +p.country = ?)")
        args.append(f.country.upper())
    if f.hedged:
        where.append("EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = a.id "
                     "AND +t.hedged = 1)")
    if f.narrative:
        where.append("EXISTS (SELECT 1 FROM narrative_matches n WHERE n.article_id = a.id "
                     "AND (+n.narrative_id = ? OR n.title LIKE ? ESCAPE '\\'))")
        args += [f.narrative, f"%{_like(f.narrative)}%"]
    return where, args


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(db: sqlite3.Connection, query: str, filters: SearchFilters | None = None,
           limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """Return the articles matching ``query`` and ``filters``, best first, with snippets."""
    where, args = _filter_sql(filters or SearchFilters())
    match = fts_query(query)
    cols = "a.id, a.title, a.lang, a.published, a.url"
    if match is None:
        sql = (f"SELECT {cols}, substr(json_extract(a.data, '$.text'), 1, 200), 0.0 FROM articles a "
               + (f"WHERE {' AND '.join(where)} " if where else "")
               + "ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?")
        rows = db.execute(sql, [*args, limit, offset])
    else:
        # 1. bound the ranking; 2. rank; 3. snippets for the page only (in one
        # query SQLite builds a snippet for every match before sorting).
        floor = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                           "ORDER BY rowid DESC LIMIT 1 OFFSET ?", (match, RANK_CAP)).fetchone()
        sql = (f"SELECT a.rowid, {cols}, f.rank FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
               "WHERE articles_fts MATCH ? AND f.rowid > ? " + "".join(f"AND {w} " for w in where)
               + "ORDER BY f.rank LIMIT ? OFFSET ?")
        top = db.execute(sql, [match, floor[0] if floor else 0, *args, limit, offset]).fetchall()
        if floor and len(top) < limit:
            # The filters leave too few of the recent matches: rank them all.
            top = db.execute(sql, [match, 0, *args, limit, offset]).fetchall()
        if not top:
            return []
        marks = ", ".join("?" * len(top))
        snippets = dict(db.execute(
            f"SELECT rowid, snippet(articles_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16) "
            f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})",
            [match, *(r[0] for r in top)]))
        return [SearchHit(*r[1:6], snippets.get(r[0], ""), r[6]) for r in top]
    return [SearchHit(*r) for r in rows]


# -- ingest errors ----------------------------------------------------------

_CODE = re.compile(r"^\[(E\d+)\]")


def record_errors(db: sqlite3.Connection, errors: Sequence[tuple[str, str | None, str]]) -> None:
    """Store ``(input, input id, reason)`` rows in ``ingest_errors`` (one transaction)."""
    rows = _error_rows(errors, _now())
    with transaction(db):
        _write_errors(db, rows)


def _write_errors(db: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    db.executemany("INSERT INTO ingest_errors (input, input_id, code, reason, at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(input, reason) DO UPDATE SET at = excluded.at",
                   rows)


def _error_rows(errors: Sequence[tuple[str, str | None, str]], now: str) -> list[tuple[Any, ...]]:
    rows = []
    for inp, input_id, reason in errors:
        m = _CODE.match(reason)
        rows.append((inp, input_id or None, m.group(1) if m else None, reason, now))
    return rows


def write_batch(db: sqlite3.Connection, articles: Sequence[tuple[Article, Origin | None]],
                origins: Sequence[tuple[str, Origin]] = (),
                errors: Sequence[tuple[str, str | None, str]] = ()) -> list[str]:
    """In one transaction: save analysed articles, add origins to stored ones, record errors."""
    now = _now()
    with transaction(db):
        ids = [_save_one(db, art, origin, now) for art, origin in articles]
        for article_id, origin in origins:
            add_origin(db, article_id, origin, now)
        _write_errors(db, _error_rows(errors, now))
    return ids


def record_error(db: sqlite3.Connection, input: str, reason: str, input_id: str | None = None) -> None:
    """Store one ingest error with its reason (``[Ennn] ...`` gives its code)."""
    record_errors(db, [(input, input_id, reason)])


def list_errors(db: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Return the latest ingest errors, newest first."""
    rows = db.execute("SELECT id, input, input_id, code, reason, at FROM ingest_errors "
                      "ORDER BY id DESC LIMIT ?", (limit,))
    keys = ("id", "input", "input_id", "code", "reason", "at")
    return [dict(zip(keys, r)) for r in rows]
