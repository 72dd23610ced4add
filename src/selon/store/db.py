"""The SQLite store: schema, named migrations, and save/load of model objects.

All of selon's SQL lives here. Writes are upserts keyed by stable ids, each in
one transaction, so a failing write leaves what was stored before intact. The
journal is WAL, so the web app can read while ``analyze`` writes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import Errors, StoreError
from ..model import Article, NarrativeCase

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
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(Errors.E017.format(path=target, detail=_reason(exc))) from exc
    return db


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


# -- articles ---------------------------------------------------------------

def save_article(db: sqlite3.Connection, article: Article) -> None:
    """Upsert one article (JSON and its full-text row) in one transaction."""
    data = json.dumps(article.to_dict(), ensure_ascii=False)
    with transaction(db):
        db.execute(
            "INSERT INTO articles (id, lang, published, title, url, data, saved_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET lang = excluded.lang, "
            "published = excluded.published, title = excluded.title, url = excluded.url, "
            "data = excluded.data, saved_at = excluded.saved_at",
            (article.id, article.lang, article.published, article.title, article.url, data, _now()))
        (rowid,) = db.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                   (rowid, article.title or "", article.text))


def load_article(db: sqlite3.Connection, id: str) -> Article | None:
    """Return the stored article with this id, or None."""
    row = db.execute("SELECT data FROM articles WHERE id = ?", (id,)).fetchone()
    return Article.from_dict(json.loads(row[0])) if row else None


def list_articles(db: sqlite3.Connection, limit: int | None = None) -> list[Article]:
    """Return stored articles, newest publication date first (undated last)."""
    rows = db.execute("SELECT data FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ?",
                      (-1 if limit is None else limit,))
    return [Article.from_dict(json.loads(r[0])) for r in rows]


def search_articles(db: sqlite3.Connection, query: str, limit: int = 20) -> list[str]:
    """Return ids of articles whose title or text hold every word of ``query``, best first."""
    # Each word is quoted so that user input is never read as FTS5 syntax
    # ("OR", "-", ":" in "Deir ez-Zor: l'EI" would otherwise be operators).
    words = re.findall(r"\w+", query)
    if not words:
        return []
    match = " ".join('"' + w + '"' for w in words)
    rows = db.execute(
        "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        "WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?", (match, limit))
    return [r[0] for r in rows]


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
