"""The SQLite store: schema, named migrations, and save/load of model objects.

All of selon's SQL lives here. Writes are upserts keyed by stable ids, each in
one transaction, so a failing write leaves what was stored before intact. The
journal is WAL, so the web app can read while ``analyze`` writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import Errors, StoreError
from ..model import NarrativeCase

DB_FILENAME = "selon.sqlite"
MIGRATIONS_TABLE = "_selon_migrations"
PAGE_SIZE = 16384

# Named, ordered migrations. An applied migration is never edited: a schema
# change is a new entry at the end of this tuple.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("0001_articles", (
        """CREATE TABLE articles (
               id TEXT PRIMARY KEY,
               lang TEXT,
               published TEXT,
               title TEXT,
               url TEXT,
               data TEXT NOT NULL,
               saved_at TEXT NOT NULL
           )""",
        "CREATE INDEX articles_published ON articles(published)",
        # rowid = articles.rowid, so an upsert replaces its FTS row by rowid.
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
               title, text, tokenize = 'unicode61 remove_diacritics 2'
           )""",
    )),
    ("0002_narratives", (
        """CREATE TABLE narratives (
               id TEXT PRIMARY KEY,
               date TEXT,
               title TEXT NOT NULL,
               data TEXT NOT NULL,
               embed_key TEXT,
               model TEXT,
               vector BLOB,
               saved_at TEXT NOT NULL
           )""",
        "CREATE INDEX narratives_date ON narratives(date)",
    )),
    # The corpus: dedup by content hash with every origin kept, the layers'
    # objects as plain tables (Datasette, sqlite-utils, DuckDB read them),
    # FTS5 over title, text and claim contents, ingest errors and stories.
    ("0003_corpus", (
        "ALTER TABLE articles ADD COLUMN content_hash TEXT",
        "UPDATE articles SET content_hash = selon_content_hash(json_extract(data, '$.text'))",
        "CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash)",
        "CREATE INDEX articles_lang ON articles(lang)",
        """CREATE TABLE origins (
               input_id TEXT PRIMARY KEY,
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               path TEXT,
               url TEXT,
               feed TEXT,
               ingested_at TEXT NOT NULL
           )""",
        "CREATE INDEX origins_article ON origins(article_id)",
        "INSERT INTO origins (input_id, article_id, url, ingested_at) "
        "SELECT id, id, url, saved_at FROM articles",
        """CREATE TABLE attributions (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               source TEXT, source_ref TEXT, cue TEXT, cue_type TEXT,
               content TEXT, content_start INTEGER, content_end INTEGER,
               parent TEXT, quote TEXT, hedged INTEGER,
               PRIMARY KEY (article_id, id)
           )""",
        """CREATE TABLE sources (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               name TEXT NOT NULL, type TEXT, affiliation_country TEXT,
               state_affiliated INTEGER, party_to_conflict INTEGER, anonymous INTEGER,
               evidence TEXT,
               PRIMARY KEY (article_id, id)
           )""",
        "CREATE INDEX sources_name ON sources(name COLLATE NOCASE)",
        "CREATE INDEX sources_type ON sources(type)",
        """CREATE TABLE entities (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               name TEXT NOT NULL, type TEXT, kb_id TEXT, country TEXT,
               PRIMARY KEY (article_id, id)
           )""",
        """CREATE TABLE mentions (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               entity_id TEXT NOT NULL,
               start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT
           )""",
        "CREATE INDEX mentions_article ON mentions(article_id, entity_id)",
        """CREATE TABLE quantities (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               text TEXT, start INTEGER, "end" INTEGER, value REAL, low REAL, high REAL,
               approx TEXT, unit TEXT, counted TEXT, attribution TEXT,
               PRIMARY KEY (article_id, id)
           )""",
        """CREATE TABLE dates (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               text TEXT, start INTEGER, "end" INTEGER, value TEXT, end_value TEXT,
               granularity TEXT, resolved INTEGER, attribution TEXT,
               PRIMARY KEY (article_id, id)
           )""",
        """CREATE TABLE places (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               text TEXT, start INTEGER, "end" INTEGER, name TEXT, geonames_id INTEGER,
               lat REAL, lon REAL, country TEXT, feature TEXT, precision TEXT,
               attribution TEXT,
               PRIMARY KEY (article_id, id)
           )""",
        "CREATE INDEX places_name ON places(name COLLATE NOCASE)",
        "CREATE INDEX places_country ON places(country)",
        """CREATE TABLE events (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               id TEXT NOT NULL,
               type TEXT, trigger TEXT, start INTEGER, "end" INTEGER, actor TEXT,
               target TEXT, place TEXT, date TEXT, attribution TEXT, hedged INTEGER,
               PRIMARY KEY (article_id, id)
           )""",
        """CREATE TABLE narrative_matches (
               article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
               narrative_id TEXT NOT NULL,
               title TEXT, date TEXT, score REAL, claim TEXT,
               PRIMARY KEY (article_id, narrative_id)
           )""",
        "CREATE INDEX narrative_matches_case ON narrative_matches(narrative_id)",
        """CREATE TABLE ingest_errors (
               id INTEGER PRIMARY KEY,
               input TEXT NOT NULL,
               input_id TEXT,
               code TEXT,
               reason TEXT NOT NULL,
               at TEXT NOT NULL
           )""",
        """CREATE TABLE stories (
               id TEXT PRIMARY KEY,
               title TEXT,
               first_article TEXT,
               n_articles INTEGER NOT NULL,
               data TEXT NOT NULL,
               updated_at TEXT NOT NULL
           )""",
        """CREATE TABLE story_articles (
               article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
               story_id TEXT NOT NULL,
               signature BLOB
           )""",
        "CREATE INDEX story_articles_story ON story_articles(story_id)",
        # One FTS row per article (rowid = articles.rowid) over title, text
        # and the contents of its claims; rebuilt from the stored JSON.
        "DROP TABLE articles_fts",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
               title, text, claims, tokenize = 'unicode61 remove_diacritics 2'
           )""",
        "INSERT INTO articles_fts (rowid, title, text, claims) "
        "SELECT rowid, coalesce(title, ''), json_extract(data, '$.text'), "
        "(SELECT coalesce(group_concat(json_extract(value, '$.content.text'), ' '), '') "
        " FROM json_each(articles.data, '$.attributions')) FROM articles",
    )),
    # A rerun reports the same bad record again: one row per input and reason.
    ("0004_ingest_errors_once", (
        "DELETE FROM ingest_errors WHERE id NOT IN "
        "(SELECT min(id) FROM ingest_errors GROUP BY input, reason)",
        "CREATE UNIQUE INDEX ingest_errors_once ON ingest_errors(input, reason)",
    )),
    # Polarity of each attribution (a negated cue: "n'a pas confirmé"), filled
    # for stored articles from their JSON, where older ones read as false.
    ("0005_attribution_negated", (
        "ALTER TABLE attributions ADD COLUMN negated INTEGER",
        "UPDATE attributions SET negated = coalesce((SELECT json_extract(value, '$.negated') "
        " FROM articles, json_each(articles.data, '$.attributions') "
        " WHERE articles.id = attributions.article_id "
        " AND json_extract(value, '$.id') = attributions.id), 0)",
    )),
)

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class NarrativeIndex:
    """Every stored narrative case with its embedding row, ready for matching."""

    cases: tuple[NarrativeCase, ...]
    matrix: Vectors
    models: tuple[str, ...]


def default_db_path(env: Mapping[str, str] | None = None) -> Path:
    """Return the per-user store: $XDG_DATA_HOME/selon/selon.sqlite, else ~/.local/share/selon/."""
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "selon" / DB_FILENAME


def connect(path: str | Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) a selon store, turn WAL on and apply pending migrations."""
    target = str(default_db_path() if path is None else path)
    if target != ":memory:":
        try:
            Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Errors.E017.format(path=target, detail=exc.strerror or exc)) from exc
        target = str(Path(target).expanduser())
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
        db = sqlite3.connect(target, isolation_level=None)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and MIGRATIONS_TABLE not in tables:
            db.close()
            raise StoreError(Errors.E017.format(
                path=target, detail="it is an SQLite database but not a selon store"))
        if not tables:
            # A narrative row is ~2 KB (a 1.5 KB vector and its case): 4 KB
            # pages held one row each, half empty (43 MB for 10,892 cases).
            # Only a new file can take a page size, before WAL is on.
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        if target != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, safe on crash
        db.create_function("selon_content_hash", 1, content_hash, deterministic=True)
        done = migrate(db)
        if "0003_corpus" in done:
            from .articles import reindex_facts

            reindex_facts(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(Errors.E017.format(path=target, detail=_reason(exc))) from exc
    return db


def content_hash(text: str | None) -> str | None:
    """Return the SHA-256 of a text with its whitespace runs collapsed: the dedup key."""
    if text is None:
        return None
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _reason(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "not a database" in msg:
        return "the file is not an SQLite database"
    if "readonly" in msg or "read-only" in msg:
        return "the file is read-only"
    return msg


def _path_of(db: sqlite3.Connection) -> str:
    row = db.execute("PRAGMA database_list").fetchone()
    return (row[2] if row else "") or ":memory:"


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction; any error rolls it all back."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise StoreError(Errors.E074.format(path=_path_of(db), detail=_reason(exc))) from exc
    try:
        yield db
        db.execute("COMMIT")
    except BaseException as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(Errors.E074.format(path=_path_of(db), detail=_reason(exc))) from exc
        raise


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded, each in its own transaction; return their names."""
    db.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
               "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    applied = {r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
    known = [name for name, _ in MIGRATIONS]
    for name in sorted(applied - set(known)):
        raise StoreError(Errors.E070.format(path=_path_of(db), name=name))
    done = []
    for name, statements in MIGRATIONS:
        if name in applied:
            continue
        with transaction(db):
            for stmt in statements:
                db.execute(stmt)
            db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                       (name, _now()))
        done.append(name)
    return done


def applied_migrations(db: sqlite3.Connection) -> list[str]:
    """Return the names of the applied migrations, in order."""
    return [r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name")]


# -- narratives -------------------------------------------------------------

def save_narratives(db: sqlite3.Connection, cases: Sequence[NarrativeCase], vectors: Vectors,
                    keys: Sequence[str], model: str) -> None:
    """Upsert narrative cases with their embedding rows, all in one transaction."""
    if not len(cases) == len(keys) == vectors.shape[0]:
        raise ValueError("cases, keys and vectors must have the same length")
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    now = _now()
    rows = [(c.id, c.date, c.title, json.dumps(c.to_dict(), ensure_ascii=False), k, model,
             vectors[i].tobytes(), now) for i, (c, k) in enumerate(zip(cases, keys))]
    with transaction(db):
        db.executemany(
            "INSERT INTO narratives (id, date, title, data, embed_key, model, vector, saved_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET date = excluded.date, "
            "title = excluded.title, data = excluded.data, embed_key = excluded.embed_key, "
            "model = excluded.model, vector = excluded.vector, saved_at = excluded.saved_at", rows)


def count_narratives(db: sqlite3.Connection) -> int:
    """Return how many narrative cases the store holds."""
    return int(db.execute("SELECT count(*) FROM narratives").fetchone()[0])


def narrative_vectors(db: sqlite3.Connection) -> dict[str, tuple[str, bytes]]:
    """Return ``{case id: (embed key, vector bytes)}``, so re-imports skip unchanged cases."""
    rows = db.execute("SELECT id, embed_key, vector FROM narratives WHERE vector IS NOT NULL")
    return {r[0]: (r[1], r[2]) for r in rows}


def load_narrative(db: sqlite3.Connection, id: str) -> NarrativeCase | None:
    """Return the stored narrative case with this id, or None."""
    row = db.execute("SELECT data FROM narratives WHERE id = ?", (id,)).fetchone()
    return NarrativeCase.from_dict(json.loads(row[0])) if row else None


def load_narrative_index(db: sqlite3.Connection) -> NarrativeIndex:
    """Load every case and stack their vectors into one float32 matrix (rows in case order)."""
    rows = db.execute("SELECT data, vector, model FROM narratives ORDER BY date, id").fetchall()
    cases = tuple(NarrativeCase.from_dict(json.loads(r[0])) for r in rows)
    blob = b"".join(r[1] for r in rows)
    dim = len(rows[0][1]) // 4 if rows else 0
    matrix = np.frombuffer(blob, dtype=np.float32).reshape(len(rows), dim) if rows else \
        np.zeros((0, 0), dtype=np.float32)
    return NarrativeIndex(cases=cases, matrix=matrix, models=tuple(sorted({r[2] for r in rows})))
