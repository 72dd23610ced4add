"""Read plain text, HTML and JSONL into :class:`~selon.model.Article`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors, IngestError
from ..model import Article, stable_id

# 10 MB of text is ~1.5M words, far beyond any news article; the limit keeps a
# mistaken input (a dump, a log) from exhausting memory. --max-bytes lifts it.
MAX_BYTES = 10_000_000

_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|body|article|p|div|head)\b", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _decode(raw: bytes, where: str, encoding: str | None) -> str:
    """Decode bytes: the given encoding, else UTF-8, else a detected one."""
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise IngestError(Errors.E005.format(path=where)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError(Errors.E005.format(path=where))
    import logging

    logging.getLogger("selon").warning("'%s' is not UTF-8; decoded as %s", where, best.encoding)
    return str(best)


def _check_binary(raw: bytes, where: str) -> None:
    head = raw[:4096]
    if b"\x00" in head:
        raise IngestError(Errors.E003.format(path=where, detail="it contains NUL bytes"))
    for magic, kind in ((b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"),
                        (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"\x1f\x8b", "gzip")):
        if head.startswith(magic):
            raise IngestError(Errors.E003.format(path=where, detail=f"a {kind} file"))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text).strip()


def _from_html(raw_html: str, where: str) -> dict[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw_html, with_metadata=True, include_comments=False,
                                          favor_precision=True)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise IngestError(Errors.E006.format(path=where, detail=type(exc).__name__)) from exc
    data = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    text = _clean(data.get("text") or "")
    if not text:
        raise IngestError(Errors.E006.format(path=where, detail="no main content found"))
    return {"text": text, "title": data.get("title"), "published": data.get("date"),
            "url": data.get("url")}


def read_text(raw: bytes, *, where: str, max_bytes: int = MAX_BYTES, encoding: str | None = None,
              html: bool | None = None, id: str | None = None) -> Article:
    """Build an Article from raw bytes (plain text or HTML)."""
    if len(raw) > max_bytes:
        raise IngestError(Errors.E004.format(path=where, size=len(raw), limit=max_bytes))
    if not raw.strip():
        raise IngestError(Errors.E002.format(path=where))
    _check_binary(raw, where)
    text = _decode(raw, where, encoding)
    is_html = html if html is not None else bool(_HTML_HINT.search(raw[:2048]))
    fields: dict[str, Any] = _from_html(text, where) if is_html else {"text": _clean(text)}
    if not fields["text"]:
        raise IngestError(Errors.E020.format(where=where))
    return Article(id=id or stable_id(where, fields["text"][:200], prefix="doc-"), **fields)


def read_file(path: str | Path, *, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> Article:
    """Read one article file (``.txt``, ``.html`` or anything text-like)."""
    p = Path(path)
    if not p.is_file():
        raise IngestError(Errors.E001.format(path=path))
    size = p.stat().st_size
    if size > max_bytes:
        raise IngestError(Errors.E004.format(path=path, size=size, limit=max_bytes))
    html = True if p.suffix.lower() in (".html", ".htm", ".xhtml") else None
    return read_text(p.read_bytes(), where=str(path), max_bytes=max_bytes, encoding=encoding,
                     html=html, id=p.stem)


_OPTIONAL_STR = ("lang", "published", "title", "url")


def record_to_article(record: Any, where: str) -> Article:
    """Validate one JSONL record and return its Article."""
    if not isinstance(record, dict):
        raise IngestError(Errors.E011.format(where=where, field="record", expected="an object",
                                             value=type(record).__name__))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(Errors.E008.format(where=where))
    for key in _OPTIONAL_STR:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(Errors.E011.format(where=where, field=key, expected="a string",
                                                 value=record[key]))
    rid = record.get("id")
    rid = str(rid) if rid is not None else stable_id(where, text[:200], prefix="doc-")
    return Article(id=rid, text=text, **{k: record.get(k) for k in _OPTIONAL_STR})


def read_jsonl(lines: Iterable[str], *, name: str = "<stdin>",
               max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Yield an Article per line, or the IngestError of a bad line (the batch goes on)."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > max_bytes:
            yield IngestError(Errors.E004.format(path=where, size=len(line), limit=max_bytes))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(Errors.E007.format(where=where, detail=exc.msg))
            continue
        try:
            yield record_to_article(record, where)
        except IngestError as exc:
            yield exc
