"""Walk ``selon ingest`` inputs: files, folders, JSONL/CSV records, feeds, WARCs, stdin.

``iter_inputs(paths, options)`` yields ``(Origin, Article | IngestError)`` in a
stable order (folders walked sorted), so a rerun sees the same inputs in the
same order. The input id of each article is its ``Article.id``:

- JSONL/CSV records: the record's id (``--id-field``), else a hash of the place and text;
- a file named on the command line: its stem (as ``selon analyze`` does);
- a file found in a folder: its path relative to that folder, without the suffix;
- feed entries and WARC records: the reader's stable id (``feed-…``, ``warc-…``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ..errors import Errors, IngestError, SelonError
from ..model import Article
from ..store.articles import Origin
from .feeds import FEED_SUFFIXES, read_feed
from .readers import MAX_BYTES, _check_binary, _decode, read_file, read_text, record_to_article
from .warc import WARC_SUFFIXES, read_warc

JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
# What a folder walk picks up; other files (images, PDFs) are skipped.
KNOWN_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES

Item = tuple[Origin, "Article | SelonError"]


@dataclass(frozen=True, slots=True, kw_only=True)
class InputOptions:
    """How to read inputs: record fields, size limit, forced encoding."""

    text_field: str = "text"
    id_field: str = "id"
    max_bytes: int = MAX_BYTES
    encoding: str | None = None


def iter_inputs(paths: Iterable[str], options: InputOptions | None = None) -> Iterator[Item]:
    """Yield ``(origin, article or its error)`` for every input under ``paths``."""
    opt = options or InputOptions()
    for raw in paths:
        if raw == "-":
            yield from _stdin(opt)
            continue
        path = Path(raw)
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p, path)):
                rel = f.relative_to(path).as_posix()
                yield from _file(f, opt, file_id=_strip_suffix(rel))
        else:
            yield from _file(path, opt, file_id=None)


def _wanted(p: Path, root: Path) -> bool:
    parts = p.relative_to(root).parts
    return not any(part.startswith(".") for part in parts) and p.name.lower().endswith(KNOWN_SUFFIXES)


def _strip_suffix(rel: str) -> str:
    low = rel.lower()
    for suffix in sorted(KNOWN_SUFFIXES, key=len, reverse=True):
        if low.endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def _err(where: str, exc: SelonError) -> Item:
    return Origin(input_id="", path=where), exc


def _file(path: Path, opt: InputOptions, file_id: str | None) -> Iterator[Item]:
    where, low = str(path), path.name.lower()
    try:
        if low.endswith(JSONL_SUFFIXES):
            yield from _records(_lines(path, opt), where, opt)
        elif low.endswith(CSV_SUFFIXES):
            yield from _csv(_text(path, opt), where, opt, delimiter="\t" if low.endswith(".tsv") else ",")
        elif low.endswith(FEED_SUFFIXES):
            yield from _feed(path, opt)
        elif low.endswith(WARC_SUFFIXES):
            for item in read_warc(path, max_bytes=opt.max_bytes):
                if isinstance(item, Article):
                    yield Origin(input_id=item.id, path=where, url=item.url), item
                else:
                    yield _err(where, item)
        else:
            art = read_file(path, max_bytes=opt.max_bytes, encoding=opt.encoding)
            if file_id is not None:
                art = dataclasses.replace(art, id=file_id)
            yield Origin(input_id=art.id, path=where, url=art.url), art
    except SelonError as exc:  # the file as a whole: missing, empty, binary, not a feed
        yield _err(where, exc)


def _text(path: Path, opt: InputOptions) -> str:
    if not path.is_file():
        raise IngestError(Errors.E001.format(path=path))
    raw = path.read_bytes()
    if not raw.strip():
        raise IngestError(Errors.E002.format(path=path))
    _check_binary(raw, str(path))
    return _decode(raw, str(path), opt.encoding)


def _lines(path: Path, opt: InputOptions) -> list[str]:
    # split("\n"): JSON strings may hold U+2028, which splitlines() would cut.
    return _text(path, opt).split("\n")


def _record(record: Any, where: str, opt: InputOptions) -> Article:
    if isinstance(record, dict) and (opt.text_field != "text" or opt.id_field != "id"):
        record = {**record, "text": record.get(opt.text_field), "id": record.get(opt.id_field)}
    return record_to_article(record, where)


def _records(lines: Iterable[str], name: str, opt: InputOptions) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            if len(line) > opt.max_bytes:
                raise IngestError(Errors.E004.format(path=where, size=len(line), limit=opt.max_bytes))
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(Errors.E007.format(where=where, detail=exc.msg)) from exc
            art = _record(record, where, opt)
        except IngestError as exc:
            yield _err(where, exc)
            continue
        yield Origin(input_id=art.id, path=where, url=art.url), art


def _csv(text: str, name: str, opt: InputOptions, delimiter: str) -> Iterator[Item]:
    csv.field_size_limit(max(opt.max_bytes, 1 << 20))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if opt.text_field not in (reader.fieldnames or []):
        raise IngestError(Errors.E120.format(path=name, field=opt.text_field,
                                             columns=", ".join(reader.fieldnames or []) or "none"))
    for row in reader:
        where = f"{name}:{reader.line_num}"
        # Empty cells are absent values, not empty strings ("published": "").
        record = {k: (v if v != "" else None) for k, v in row.items() if k is not None}
        try:
            art = _record(record, where, opt)
        except IngestError as exc:
            yield _err(where, exc)
            continue
        yield Origin(input_id=art.id, path=where, url=art.url), art


def _feed(path: Path, opt: InputOptions) -> Iterator[Item]:
    where = str(path)
    for item in read_feed(path, max_bytes=opt.max_bytes):
        if not isinstance(item, Article):
            yield _err(where, item)
            continue
        page = _local_page(path, item.url)
        if page is not None:
            # The entry links to a page saved next to the feed: its full text
            # replaces the entry's summary; the entry keeps its id and dates.
            try:
                full = read_file(page, max_bytes=opt.max_bytes, encoding=opt.encoding)
            except SelonError as exc:
                yield _err(str(page), exc)
                continue
            item = dataclasses.replace(item, text=full.text, title=item.title or full.title,
                                       published=item.published or full.published)
        yield Origin(input_id=item.id, path=str(page) if page else where, url=item.url,
                     feed=where), item


def _local_page(feed: Path, link: str | None) -> Path | None:
    """The local file a feed entry links to (file: URL or relative path), if it exists."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        candidate = Path(unquote(parsed.path))
    elif parsed.scheme or link.startswith("//"):
        return None
    else:
        candidate = feed.parent / unquote(parsed.path)
    return candidate if candidate.is_file() else None


def _stdin(opt: InputOptions) -> Iterator[Item]:
    raw = sys.stdin.buffer.read()
    if raw.lstrip()[:1] == b"{":
        try:
            text = _decode(raw, "<stdin>", opt.encoding)
        except SelonError as exc:
            yield _err("<stdin>", exc)
            return
        yield from _records(text.split("\n"), "<stdin>", opt)
        return
    try:
        art = read_text(raw, where="<stdin>", max_bytes=opt.max_bytes, encoding=opt.encoding,
                        id="stdin")
    except SelonError as exc:
        yield _err("<stdin>", exc)
        return
    yield Origin(input_id=art.id, path="<stdin>", url=art.url), art
