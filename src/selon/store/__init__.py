"""The SQLite store: the only place in selon with SQL.

Stable API for the CLI and the web app (see each module's docstring):

- ``connect(path=None)`` (alias ``open_store``): open or create a store, WAL on,
  migrations applied (a store written by a newer selon is refused, E070).
- articles (``store.articles``): ``save_article``, ``save_articles``, ``load_article``
  (alias ``get_article``; by input id), ``load_article_json``, ``article_origins``,
  ``list_articles``, ``list_summaries``, ``count_articles``, ``iter_articles``,
  ``search`` with ``SearchFilters`` → ``SearchHit`` (snippet marks ``MARK_START``/``MARK_END``),
  ``search_articles``, ``record_error(s)``, ``list_errors``.
- stories (``store.stories``): ``list_stories``, ``get_story``, ``story_of``, ``count_stories``.
- narratives (``store.db``): ``save_narratives``, ``load_narrative_index``, ...
"""

from __future__ import annotations

from .articles import (
    FACT_TABLES,
    MARK_END,
    MARK_START,
    ArticleSummary,
    Origin,
    SearchFilters,
    SearchHit,
    add_origin,
    article_origins,
    count_articles,
    fts_query,
    get_article,
    iter_articles,
    list_articles,
    list_errors,
    list_summaries,
    load_article,
    load_article_json,
    record_error,
    record_errors,
    reindex_facts,
    resolve_id,
    save_article,
    save_articles,
    search,
    search_articles,
    stored_hashes,
    stored_id_of_hash,
    write_batch,
)
from .db import (
    MIGRATIONS,
    NarrativeIndex,
    applied_migrations,
    connect,
    content_hash,
    count_narratives,
    default_db_path,
    load_narrative,
    load_narrative_index,
    migrate,
    narrative_vectors,
    save_narratives,
    transaction,
)
from .stories import count_stories, get_story, list_stories, replace_stories, story_members, story_of

open_store = connect

__all__ = [
    "FACT_TABLES", "MARK_END", "MARK_START", "MIGRATIONS", "ArticleSummary", "NarrativeIndex",
    "Origin", "SearchFilters", "SearchHit", "add_origin", "applied_migrations", "article_origins",
    "connect", "content_hash", "count_articles", "count_narratives", "count_stories",
    "default_db_path", "fts_query", "get_article", "get_story", "iter_articles", "list_articles",
    "list_errors", "list_stories", "list_summaries", "load_article", "load_article_json",
    "load_narrative", "load_narrative_index", "migrate", "narrative_vectors", "open_store",
    "record_error", "record_errors", "reindex_facts", "replace_stories", "resolve_id",
    "save_article", "save_articles", "save_narratives", "search", "search_articles",
    "story_members", "story_of", "stored_hashes", "stored_id_of_hash", "transaction",
    "write_batch",
]
