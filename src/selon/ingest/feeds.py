"""Read RSS and Atom feeds: one :class:`~selon.model.Article` per entry."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors, IngestError
from ..model import Article, stable_id
from ..nlp.pipeline import SUPPORTED_LANGS
from .readers import MAX_BYTES, html_to_text

log = logging.getLogger("selon")

FEED_SUFFIXES = (".xml", ".rss", ".atom")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Parse a feed file; raise IngestError (E021) if it is not a feed, then yield per entry."""
    p, where = Path(path), str(path)
    if not p.is_file():
        raise IngestError(Errors.E001.format(path=where))
    size = p.stat().st_size
    if size > max_bytes:
        raise IngestError(Errors.E004.format(path=where, size=size, limit=max_bytes))
    raw = p.read_bytes()
    if not raw.strip():
        raise IngestError(Errors.E002.format(path=where))
    return parse_feed(raw, where=where)


def parse_feed(raw: bytes, *, where: str) -> Iterator[Article | IngestError]:
    """Parse feed bytes; raise IngestError (E021) if no entry can be read, then yield per entry."""
    import feedparser

    # Bytes, never a path or a URL: given a string that looks like a URL,
    # feedparser would fetch it, and tests and batch runs stay offline.
    result = feedparser.parse(raw)
    if not result.entries:
        exc = result.get("bozo_exception")
        detail = f"not well-formed ({exc})" if exc else (
            "no entries found" if result.get("version") else "not an RSS or Atom document")
        raise IngestError(Errors.E021.format(path=where, detail=detail))
    lang = _feed_lang(result.feed.get("language"))
    items = [_entry_article(entry, n, where, lang) for n, entry in enumerate(result.entries, 1)]
    if result.get("bozo"):
        # feedparser recovers from most breakage (an unescaped '&', a wrong
        # declared encoding); what it read is kept unless nothing has text,
        # as when the document is cut off inside its first entry.
        exc = result.get("bozo_exception")
        if all(isinstance(item, IngestError) for item in items):
            raise IngestError(Errors.E021.format(path=where, detail=f"not well-formed ({exc})"))
        log.info("'%s': feed is not well-formed (%s); read %d entries anyway", where, exc, len(items))
    return iter(items)


def _feed_lang(value: str | None) -> str | None:
    # "fr-FR", "en-us": only the primary subtag, and only if we support it;
    # anything else is left to language detection, which names it if unsupported.
    code = (value or "").split("-")[0].split("_")[0].strip().lower()
    return code if code in SUPPORTED_LANGS else None


def _entry_article(entry: Any, n: int, where: str, lang: str | None) -> Article | IngestError:
    link = entry.get("link")
    entry_where = f"{where} entry {n}" + (f" ({link})" if link else "")
    text = _entry_text(entry)
    if not text:
        return IngestError(Errors.E080.format(where=entry_where))
    title = entry.get("title")
    if title and "<" in title:
        title = html_to_text(title) or title
    key = entry.get("id") or link or f"{where}#{n}:{text[:200]}"
    return Article(id=stable_id(key, prefix="feed-"), text=text, lang=lang, title=title or None,
                   published=_entry_date(entry), url=link)


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents and summary, as plain text."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry["summary"],
                                                          "type": "text/html"})
    texts = []
    for c in candidates:
        value = c.get("value") or ""
        texts.append(html_to_text(value) if c.get("type", "text/html") in _HTML_TYPES
                     else value.strip())
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
