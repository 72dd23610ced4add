"""What the web app reads: a store on disk, or articles held in memory (``analyze --open``)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import Errors, StoreError
from ..model import Article


@dataclass(frozen=True, slots=True)
class Filters:
    """Search filters, as ``selon search`` takes them."""

    source: str | None = None
    source_type: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    country: str | None = None
    hedged: bool = False
    narrative: str | None = None


class Corpus:
    """Read access to analysed articles and stories; one SQLite connection per thread."""

    has_store = True

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not Path(self.path).expanduser().exists():
            raise StoreError(Errors.E017.format(
                path=self.path, detail="no such file; build one with `selon ingest` first"))
        self._local = threading.local()
        self.db()  # fail at startup, not on the first request

    def db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            from ..store import connect

            db = connect(self.path)
            self._local.db = db
        return db

    def article(self, id: str) -> Article | None:
        from ..store import load_article

        return load_article(self.db(), id)

    def article_json(self, id: str) -> str | None:
        from .. import store

        if hasattr(store, "load_article_json"):
            return store.load_article_json(self.db(), id)  # type: ignore[no-any-return]
        art = store.load_article(self.db(), id)
        return None if art is None else __import__("json").dumps(art.to_dict(), ensure_ascii=False)

    def summaries(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        from .. import store

        rows = [asdict(s) for s in store.list_summaries(self.db(), limit=limit, offset=offset)]
        return rows, store.count_articles(self.db())

    def search(self, query: str, filters: Filters, limit: int, offset: int) -> list[dict[str, Any]]:
        from .. import store

        f = store.SearchFilters(**asdict(filters))
        return [asdict(h) for h in store.search(self.db(), query, f, limit=limit, offset=offset)]

    def stories(self, limit: int, offset: int, min_articles: int = 2) -> tuple[list[dict[str, Any]], int]:
        from .. import store

        rows = store.list_stories(self.db(), limit=limit, offset=offset, min_articles=min_articles)
        return [s.to_dict() for s in rows], store.count_stories(self.db(), min_articles=min_articles)

    def story(self, id: str) -> dict[str, Any] | None:
        from .. import store

        s = store.get_story(self.db(), id)
        return s.to_dict() if s else None


    def facets(self, limit: int, offset: int, source_type: str | None) -> dict[str, Any]:
        from ..store import facets

        db = self.db()
        return {"sources": facets.source_counts(db, limit, offset, source_type),
                "source_types": facets.source_type_counts(db),
                "outlets": facets.outlet_counts(db, limit) if offset == 0 else []}


class MemoryCorpus(Corpus):
    """A few analysed articles held in memory, for ``selon analyze FILE --open``."""

    has_store = False

    def __init__(self, articles: list[Article]) -> None:
        self._articles = {a.id: a for a in articles}

    def article(self, id: str) -> Article | None:
        return self._articles.get(id)

    def article_json(self, id: str) -> str | None:
        import json

        art = self._articles.get(id)
        return None if art is None else json.dumps(art.to_dict(), ensure_ascii=False)

    def summaries(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        arts = list(self._articles.values())
        rows = [{"id": a.id, "title": a.title, "lang": a.lang, "published": a.published,
                 "url": a.url, "n_attributions": len(a.attributions)} for a in arts]
        return rows[offset:offset + limit], len(rows)

    def search(self, query: str, filters: Filters, limit: int, offset: int) -> list[dict[str, Any]]:
        return []

    def stories(self, limit: int, offset: int, min_articles: int = 2) -> tuple[list[dict[str, Any]], int]:
        return [], 0

    def story(self, id: str) -> dict[str, Any] | None:
        return None

    def facets(self, limit: int, offset: int, source_type: str | None) -> dict[str, Any]:
        return {"sources": [], "source_types": {}, "outlets": []}
