"""Stories in the store: groups of articles reporting the same event.

The public API (stable names):

- ``list_stories(db, limit=50, offset=0, min_articles=1) -> list[Story]``: biggest first.
- ``get_story(db, id) -> Story | None``; ``story_of(db, input_id) -> Story | None``.
- ``count_stories(db, min_articles=1) -> int``.
- ``replace_stories(db, stories, members, removed)``: written by ``selon.linking`` only.
- ``story_members(db) -> dict[article id, (story id, signature bytes | None)]``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone

from ..model import Story
from .articles import resolve_id
from .db import transaction


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def replace_stories(db: sqlite3.Connection, stories: Sequence[Story],
                    members: Mapping[str, tuple[str, bytes | None]],
                    removed: Iterable[str] = ()) -> None:
    """Upsert stories and article memberships, delete the ``removed`` story ids; one transaction."""
    now = _now()
    with transaction(db):
        db.executemany("DELETE FROM stories WHERE id = ?", [(sid,) for sid in removed])
        db.executemany(
            "INSERT INTO stories (id, title, first_article, n_articles, data, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
            "first_article = excluded.first_article, n_articles = excluded.n_articles, "
            "data = excluded.data, updated_at = excluded.updated_at",
            [(s.id, s.title, s.first, len(s.articles), json.dumps(s.to_dict(), ensure_ascii=False),
              now) for s in stories])
        db.executemany(
            "INSERT INTO story_articles (article_id, story_id, signature) VALUES (?, ?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, "
            "signature = coalesce(excluded.signature, signature)",
            [(aid, sid, sig) for aid, (sid, sig) in members.items()])


def story_members(db: sqlite3.Connection) -> dict[str, tuple[str, bytes | None]]:
    """Return ``{article id: (story id, signature)}`` for every linked article."""
    return {r[0]: (r[1], r[2]) for r in
            db.execute("SELECT article_id, story_id, signature FROM story_articles")}


def list_stories(db: sqlite3.Connection, limit: int = 50, offset: int = 0,
                 min_articles: int = 1) -> list[Story]:
    """Return stories with at least ``min_articles`` articles, biggest first."""
    rows = db.execute("SELECT data FROM stories WHERE n_articles >= ? "
                      "ORDER BY n_articles DESC, id LIMIT ? OFFSET ?", (min_articles, limit, offset))
    return [Story.from_dict(json.loads(r[0])) for r in rows]


def count_stories(db: sqlite3.Connection, min_articles: int = 1) -> int:
    """Return how many stories have at least ``min_articles`` articles."""
    return int(db.execute("SELECT count(*) FROM stories WHERE n_articles >= ?",
                          (min_articles,)).fetchone()[0])


def get_story(db: sqlite3.Connection, id: str) -> Story | None:
    """Return the story with this id, or None."""
    row = db.execute("SELECT data FROM stories WHERE id = ?", (id,)).fetchone()
    return Story.from_dict(json.loads(row[0])) if row else None


def story_of(db: sqlite3.Connection, input_id: str) -> Story | None:
    """Return the story of the article an input id refers to, or None."""
    aid = resolve_id(db, input_id)
    row = db.execute("SELECT s.data FROM story_articles m JOIN stories s ON s.id = m.story_id "
                     "WHERE m.article_id = ?", (aid,)).fetchone() if aid else None
    return Story.from_dict(json.loads(row[0])) if row else None
