"""Read plain text, HTML and JSONL into :class:`~selon.model.Article`."""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import Errors, IngestError
from ..model import Article, stable_id

log = logging.getLogger("selon")

# 10 MB of text is ~1.5M words, far beyond any news article; the limit keeps a
# mistaken input (a dump, a log) from exhausting memory. --max-bytes lifts it.
MAX_BYTES = 10_000_000

_HTML_HINT = re.compile(r"<\s*(!doctype\s+html|html|body|article|p|div|head)\b", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


# Bytes that are not UTF-8 are decoded as cp1252 first: selon reads French and
# English, and Western newsrooms' legacy files are latin-1/cp1252. Charset
# detection alone guesses wrong on short French texts: "déclaré à Paris ...
# était prête" in latin-1 comes back from charset_normalizer as cp1250,
# "ŕ Paris ... pręte". cp1252 fails only on its 5 undefined bytes, and then
# detection takes over.
_LEGACY_ENCODING = "cp1252"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(raw: bytes, where: str, encoding: str | None) -> str:
    """Decode bytes: the given encoding, else UTF-8, else cp1252, else a detected one."""
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise IngestError(Errors.E005.format(path=where)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    guess: str | None = _LEGACY_ENCODING
    try:
        text = raw.decode(_LEGACY_ENCODING)
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise IngestError(Errors.E005.format(path=where)) from None
        text, guess = str(best), best.encoding
    log.warning("'%s' is not UTF-8; decoded it as %s. Pass --encoding NAME if the text looks wrong.",
                where, guess)
    return text


def _unicode_bom(raw: bytes) -> str | None:
    """Return the UTF-16/32 encoding announced by a byte-order mark, if any."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    return None


def _check_binary(raw: bytes, where: str) -> None:
    head = raw[:4096]
    # Known formats first: "a PDF file" tells the user more than "NUL bytes".
    for magic, kind in ((b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"),
                        (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"\x1f\x8b", "gzip")):
        if head.startswith(magic):
            raise IngestError(Errors.E003.format(path=where, detail=f"a {kind} file"))
    if b"\x00" in head:
        raise IngestError(Errors.E003.format(path=where, detail="it contains NUL bytes"))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text).strip()


@contextlib.contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings while it runs: we raise our own numbered error."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _from_html(raw_html: str, where: str) -> dict[str, Any]:
    import trafilatura

    try:
        # trafilatura logs "discarding data" for pages it rejects; E006 says it better.
        with _quiet("trafilatura"):
            doc = trafilatura.bare_extraction(raw_html, with_metadata=True, include_comments=False,
                                              favor_precision=True)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise IngestError(Errors.E006.format(path=where, detail=type(exc).__name__)) from exc
    data = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    # trafilatura keeps the indentation of a block that follows unclosed
    # inline tags (" Les organisations ..."); HTML layout is not text.
    text = _clean("\n".join(line.strip() for line in (data.get("text") or "").splitlines()))
    if not text:
        # A bare fragment ("<p>Le ministre a déclaré ...") has no page around it
        # and trafilatura returns nothing; its visible text is the article.
        text = html_to_text(raw_html)
    if not text:
        raise IngestError(Errors.E006.format(path=where, detail="no text outside scripts and markup"))
    return {"text": text, "title": data.get("title"), "published": data.get("date"),
            "url": data.get("url")}


_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "tr", "article", "section", "header", "footer", "pre"})
_INVISIBLE = ("script", "style", "noscript", "template", "head")


def html_to_text(fragment: str) -> str:
    """Return the visible text of an HTML fragment, one line per block element."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(fragment)
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("|".join(f"//{tag}" for tag in _INVISIBLE)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return _clean("\n".join(line for line in lines if line))


def read_text(raw: bytes, *, where: str, max_bytes: int = MAX_BYTES, encoding: str | None = None,
              html: bool | None = None, id: str | None = None) -> Article:
    """Build an Article from raw bytes (plain text or HTML)."""
    if len(raw) > max_bytes:
        raise IngestError(Errors.E004.format(path=where, size=len(raw), limit=max_bytes))
    if not raw.strip():
        raise IngestError(Errors.E002.format(path=where))
    bom = None if encoding else _unicode_bom(raw)
    if bom is None:
        _check_binary(raw, where)
    text = _decode(raw, where, encoding or bom)
    is_html = html if html is not None else bool(_HTML_HINT.search(text[:2048]))
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
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        raise IngestError(Errors.E011.format(where=where, field="id", expected="a string or an integer",
                                             value=rid))
    rid = str(rid) if rid is not None else stable_id(where, text[:200], prefix="doc-")
    return Article(id=rid, text=text, **{k: record.get(k) for k in _OPTIONAL_STR})


def read_jsonl(lines: Iterable[str], *, name: str = "<stdin>",
               max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """Yield an Article per line, or the IngestError of a bad line (the batch goes on).

    A record's error carries its ``article_id`` when the record has a usable
    id; a record whose id an earlier record already used is an error (E110).
    """
    first_line: dict[str, int] = {}
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
        rid = record.get("id") if isinstance(record, dict) else None
        rid = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else None
        try:
            article = record_to_article(record, where)
        except IngestError as exc:
            exc.article_id = rid
            if rid is not None:
                first_line.setdefault(rid, lineno)
            yield exc
            continue
        if article.id in first_line:
            yield IngestError(Errors.E110.format(where=where, id=article.id, first=first_line[article.id]),
                              article_id=article.id)
            continue
        first_line[article.id] = lineno
        yield article


def read_jsonl_file(path: str | Path, *, max_bytes: int = MAX_BYTES,
                    encoding: str | None = None) -> Iterator[Article | IngestError]:
    """Check a JSONL file as a whole (raising IngestError), then read it line by line."""
    p, where = Path(path), str(path)
    if not p.is_file():
        raise IngestError(Errors.E001.format(path=where))
    raw = p.read_bytes()
    if not raw.strip():
        raise IngestError(Errors.E002.format(path=where))
    _check_binary(raw, where)
    # split("\n"), not splitlines(): JSON strings may hold a raw U+2028 or
    # U+0085, which splitlines() would take for line ends and cut a record.
    lines = _decode(raw, where, encoding).split("\n")
    return read_jsonl(lines, name=where, max_bytes=max_bytes)
