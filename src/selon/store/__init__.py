"""The SQLite store: the only place in selon with SQL."""

from __future__ import annotations

from .db import (
    MIGRATIONS,
    NarrativeIndex,
    applied_migrations,
    connect,
    count_narratives,
    default_db_path,
    list_articles,
    load_article,
    load_narrative,
    load_narrative_index,
    migrate,
    narrative_vectors,
    save_article,
    save_narratives,
    search_articles,
    transaction,
)

__all__ = [
    "MIGRATIONS", "NarrativeIndex", "applied_migrations", "connect", "count_narratives",
    "default_db_path", "list_articles", "load_article", "load_narrative", "load_narrative_index",
    "migrate", "narrative_vectors", "save_article", "save_narratives", "search_articles",
    "transaction",
]
