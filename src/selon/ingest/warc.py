"""Read web archives (WARC): each HTML response becomes an Article via the HTML path."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors, IngestError
from ..model import Article, stable_id
from .readers import MAX_BYTES, read_text

log = logging.getLogger("selon")

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str | Path) -> bool:
    """Tell a WARC file by its name (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def read_warc(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Yield an Article (or the IngestError) per HTML response record of a WARC file.

    ``max_bytes`` limits each record, not the archive, which is streamed.
    Raises IngestError when the file is missing, not a WARC, or holds no HTML.
    """
    p, where = Path(path), str(path)
    if not p.is_file():
        raise IngestError(Errors.E001.format(path=where))
    if p.stat().st_size == 0:
        raise IngestError(Errors.E002.format(path=where))
    records = _html_records(p, where)
    first = next(records, None)
    if first is None:
        raise IngestError(Errors.E082.format(path=where, detail="no 2xx text/html record"))
    return _articles(first, records, where, max_bytes)


def _articles(first: tuple[str, bytes, str | None], rest: Iterator[tuple[str, bytes, str | None]],
              where: str, max_bytes: int) -> Iterator[Article | IngestError]:
    yield _record_article(*first, where=where, max_bytes=max_bytes)
    for rec in rest:
        yield _record_article(*rec, where=where, max_bytes=max_bytes)


def _record_article(uri: str, raw: bytes, charset: str | None, *, where: str,
                    max_bytes: int) -> Article | IngestError:
    rec_where = f"{where} ({uri})"
    try:
        art = read_text(raw, where=rec_where, max_bytes=max_bytes, encoding=charset, html=True,
                        id=stable_id(uri, prefix="warc-"))
    except IngestError as exc:
        return exc
    return art if art.url else dataclasses.replace(art, url=uri)


def _html_records(p: Path, where: str) -> Iterator[tuple[str, bytes, str | None]]:
    """Yield (target URI, body, declared charset) of each 2xx HTML record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with p.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                found = _html_body(record)
                if found is not None:
                    yield found
        except _Truncated as exc:
            raise IngestError(Errors.E084.format(path=where, uri=exc)) from exc
        except ArchiveLoadFailed as exc:
            raise IngestError(Errors.E081.format(path=where, detail=str(exc).strip())) from exc
        except Exception as exc:
            # A truncated or corrupt archive surfaces as whatever warcio hits
            # first: EOFError, zlib.error, or AttributeError on a cut header.
            detail = f"corrupt after the records read so far ({type(exc).__name__}: {exc})"
            raise IngestError(Errors.E081.format(path=where, detail=detail)) from exc


def _html_body(record: Any) -> tuple[str, bytes, str | None] | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or "?"
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        ctype = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            log.debug("skipping %s: HTTP %s", uri, status)
            return None
    elif record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    mime, _, params = ctype.partition(";")
    if mime.strip().lower() not in _HTML_TYPES:
        log.debug("skipping %s: %s", uri, mime or "no content type")
        return None
    raw = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        # warcio stops quietly at the end of a cut file; bytes still owed by
        # the record's Content-Length mean this page is cut short.
        raise _Truncated(uri)
    return uri, raw, _charset(params, raw)


class _Truncated(Exception):
    """An HTML record shorter than its declared length (a cut archive)."""


def _charset(params: str, raw: bytes) -> str | None:
    # Servers often declare a charset the page does not use (iso-8859-1 on a
    # UTF-8 page is common); a declared charset is kept only if it decodes.
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip('"\'')
            try:
                raw.decode(name)
            except (LookupError, UnicodeDecodeError):
                return None
            # iso-8859-1 decodes any bytes; let UTF-8 win when the page is UTF-8.
            if name.lower() in ("iso-8859-1", "latin-1", "latin1"):
                try:
                    raw.decode("utf-8")
                    return "utf-8"
                except UnicodeDecodeError:
                    return "cp1252"
            return name
    return None
