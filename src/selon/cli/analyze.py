"""``selon analyze``: files, HTML pages or JSONL records → claim graphs."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections import deque
from collections.abc import Iterator
from importlib import resources

import click

from ..errors import SelonError
from ..ingest import MAX_BYTES, read_feed, read_file, read_jsonl, read_jsonl_file, read_text, read_warc
from ..ingest.feeds import FEED_SUFFIXES
from ..ingest.warc import is_warc
from ..model import Article
from ..pipeline import analyze_many
from .options import check_encoding, check_published

# Above this many inputs a progress bar is drawn on stderr.
_PROGRESS_MIN = 5

log = logging.getLogger("selon")


def sample_article() -> Article:
    """Return the bundled French sample (written for selon, not a real article)."""
    raw = resources.files("selon.data").joinpath("sample_fr.txt").read_bytes()
    art = read_text(raw, where="sample_fr.txt", id="sample-fr")
    from dataclasses import replace

    return replace(art, lang="fr", published="2024-03-14", title=art.text.split("\n", 1)[0])


Named = tuple[str, "Article | SelonError"]


def _inputs(files: tuple[str, ...], jsonl: str | None, sample: bool, max_bytes: int,
            encoding: str | None) -> tuple[Iterator[Named], int | None]:
    """Yield (input name, article or its error) in input order, and the count if known."""
    if jsonl:
        if jsonl == "-":
            records = read_jsonl(sys.stdin, name="<stdin>", max_bytes=max_bytes)
            name = "<stdin>"
        else:
            # A missing, empty or binary file raises here: one Error line, exit 1.
            records = read_jsonl_file(jsonl, max_bytes=max_bytes, encoding=encoding)
            name = jsonl
        return ((_record_name(name, item), item) for item in records), None

    def gen() -> Iterator[Named]:
        if sample:
            yield "sample", sample_article()
        for f in files:
            if f == "-":
                yield "<stdin>", _catch(lambda: read_text(sys.stdin.buffer.read(), where="<stdin>",
                                                          max_bytes=max_bytes, encoding=encoding,
                                                          id="stdin"))
            elif f.lower().endswith(_JSONL_SUFFIXES):
                # "selon analyze in.jsonl" means the records, not one article
                # made of JSON text.
                try:
                    records = read_jsonl_file(f, max_bytes=max_bytes, encoding=encoding)
                except SelonError as exc:
                    yield f, exc
                else:
                    yield from ((_record_name(f, item), item) for item in records)
            elif _holds_many(f):
                yield from _many(f, max_bytes)
            else:
                yield f, _catch(lambda f=f: read_file(f, max_bytes=max_bytes, encoding=encoding))

    return gen(), None if any(map(_holds_many, files)) else len(files) + int(sample)


_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _holds_many(path: str) -> bool:
    """JSONL, a feed or a web archive: several articles in one file, told by the extension."""
    return is_warc(path) or path.lower().endswith(FEED_SUFFIXES + _JSONL_SUFFIXES)


def _record_name(name: str, item: Article | SelonError) -> str:
    return f"{name} ({item.id})" if isinstance(item, Article) else name


def _many(path: str, max_bytes: int) -> Iterator[Named]:
    """The articles of a feed (.xml, .rss, .atom) or a WARC (.warc, .warc.gz)."""
    reader = read_warc if is_warc(path) else read_feed
    try:
        for n, item in enumerate(reader(path, max_bytes=max_bytes), 1):
            # Entry errors name the file and entry already; an article's later
            # errors (its language) name only its id, so the label adds the URL.
            if isinstance(item, Article):
                yield f"{path} ({item.url or f'#{n}'})", item
            else:
                yield path, item
    except SelonError as exc:  # the file as a whole: missing, not a feed, truncated WARC
        yield path, exc


def _catch(fn):  # type: ignore[no-untyped-def]
    try:
        return fn()
    except SelonError as exc:
        return exc


def error_line(exc: SelonError, name: str) -> str:
    """One stderr line for a failed input, naming the input if the message does not."""
    msg = str(exc)
    return f"Error: {msg}" if name in msg else f"Error: {msg} (input: {name})"


@click.command("analyze")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--jsonl", metavar="IN.jsonl",
              help='Read records {"id","text","lang"?,"published"?,"title"?,"url"?}, one per line ("-" = stdin).')
@click.option("--sample", is_flag=True, help="Analyse the bundled French sample article.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per article.")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Skip language detection.")
@click.option("--published", metavar="YYYY-MM-DD", callback=check_published,
              help="Publication date, to resolve relative dates.")
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True,
              help="spaCy model size (French; sm is faster, see `selon bench`).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--encoding", callback=check_encoding,
              help="Decode files with this encoding instead of detecting it.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="Store with imported narratives (selon narratives import): fill each "
                   "article's narratives with the matching known cases.")
@click.option("--kb", "kb_path", metavar="KB.yaml", type=click.Path(dir_okay=False),
              help="Your own knowledge-base entries (docs/kb.md), added to the built-in ones "
                   "for entity tagging and source typing.")
@click.option("--open", "open_browser", is_flag=True,
              help="Show the X-ray of the analysed article(s) in the browser (local server, no store).")
@click.option("--timings", "timings_path", metavar="OUT.json", type=click.Path(dir_okay=False),
              help="Load the pipeline and every layer's data first (one sentence of --lang, French "
                   "by default, analysed and dropped), then write this process's start-up and work "
                   "times (wall and CPU) to OUT.json; work = reading the inputs, analysing, writing "
                   "the output (used by `selon bench --processes`).")
@click.pass_context
def analyze_cli(ctx: click.Context, files: tuple[str, ...], jsonl: str | None, sample: bool,
                as_json: bool, lang: str | None, published: str | None, size: str,
                max_bytes: int, encoding: str | None, db_path: str | None = None,
                open_browser: bool = False, kb_path: str | None = None,
                timings_path: str | None = None) -> None:
    """Extract who says what, according to whom, from articles.

    FILES are plain-text or HTML articles ("-" = stdin), JSONL records
    (.jsonl), RSS/Atom feeds (.xml, .rss, .atom: one article per entry) or
    web archives (.warc, .warc.gz: one per HTML response). With --jsonl the
    output is one JSON line per record, with the same id, in the schema of
    GUIDELINES.md; a record that fails gives {"id", "error": {"code",
    "message"}} in its place. Errors go to stderr, one line each; other
    inputs go on.

    Example: selon analyze --sample
    """
    if not files and not jsonl and not sample:
        raise click.UsageError("Give FILES, --jsonl IN.jsonl or --sample. "
                               "Example: selon analyze --sample")
    if jsonl and (files or sample):
        raise click.UsageError("--jsonl reads its records alone; give FILES (or --sample) "
                               "in a separate run, or add them to the JSONL file.")
    # A bad knowledge-base file is refused (E018) before any input is read.
    kb = None
    if kb_path:
        from ..sources.kb import load_kb

        kb = load_kb(kb_path)
    ready = _warm_up(lang or "fr", size, kb) if timings_path else None
    named, total = _inputs(files, jsonl, sample, max_bytes, encoding)
    # analyze_many yields one result per item, in order: the (name, id) of
    # each item queue up as items are drawn and are popped as results come back.
    names: deque[tuple[str, str | None]] = deque()

    def items() -> Iterator[Article | SelonError]:
        for name, item in named:
            names.append((name, item.id if isinstance(item, Article) else item.article_id))
            yield _with_published(item, published) if published else item

    failures = done = 0
    started = time.perf_counter()
    as_json = as_json or bool(jsonl)
    # The narratives code (and its embedding model) loads only with --db.
    matcher = None
    if db_path:
        from ..narratives.matcher import open_matcher

        matcher = open_matcher(db_path)
    shown: list[Article] = []
    with _progress(total) as advance:
        for res in analyze_many(items(), lang=lang, size=size, kb=kb):
            advance()
            name, item_id = names.popleft()
            if isinstance(res, SelonError):
                failures += 1
                click.echo(error_line(res, name), err=True)
                log.debug("%s failed", name, exc_info=res)  # the traceback, with --debug or -vv
                if jsonl:
                    # In its place, so outputs can be matched back by id and counted.
                    click.echo(json.dumps({"id": item_id, "error": {"code": res.code, "message": res.message}},
                                          ensure_ascii=False))
                continue
            done += 1
            log.info("analysed %s: %d attributions, %d entities (%s)", name, len(res.attributions),
                     len(res.entities), res.lang)
            if matcher is not None:
                from dataclasses import replace

                res = replace(res, narratives=tuple(matcher.match(res)))
            if open_browser:
                shown.append(res)
            elif as_json:
                click.echo(json.dumps(res.to_dict(), ensure_ascii=False))
            else:
                from .render import render_article  # rich loads only for the terminal view

                render_article(res)
    log.info("%d article(s) analysed, %d failed, in %.1f s", done, failures, time.perf_counter() - started)
    if ready is not None and timings_path:
        sys.stdout.flush()
        _write_timings(timings_path, ready, records=done + failures)
    if open_browser and shown:
        _open(shown)
    if failures:
        ctx.exit(1)


def _warm_up(lang: str, size: str, kb: object) -> tuple[float, float]:
    """Load the ``lang`` pipeline and each layer's lazily loaded data by analysing
    one sentence (the result is dropped); return (wall clock, CPU time) when done."""
    from ..bench import STARTUP_TEXTS
    from ..pipeline import analyze_article

    analyze_article(Article(id="warm-up", text=STARTUP_TEXTS[lang], lang=lang), size=size,
                    kb=kb)  # type: ignore[arg-type]
    return time.perf_counter(), time.process_time()


def _write_timings(path: str, ready: tuple[float, float], records: int) -> None:
    """Start-up (CPU since the process began) and work (since ``ready``) times as JSON."""
    wall, cpu = time.perf_counter(), time.process_time()
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"startup_cpu_s": ready[1], "work_wall_s": wall - ready[0], "work_cpu_s": cpu - ready[1],
                   "records": records}, f)


def _open(articles: list[Article]) -> None:
    """Serve the X-ray of ``articles`` on a free local port and open the first in the browser."""
    from urllib.parse import quote

    from ..web import MemoryCorpus, create_app
    from .serve import free_port, run_server

    from ..web import WebSettings

    app = create_app(MemoryCorpus(articles),
                     WebSettings(allowed_hosts=("127.0.0.1", "localhost")))
    path = f"/articles/{quote(articles[0].id, safe='')}" if len(articles) == 1 else "/"
    run_server(app, "127.0.0.1", free_port(), open_path=path)


def _with_published(item: Article | SelonError, published: str) -> Article | SelonError:
    from dataclasses import replace

    if isinstance(item, Article) and not item.published:
        return replace(item, published=published)
    return item


def _draws_on_stderr() -> bool:
    """Whether rich would draw a live display on stderr: a terminal, or one that the
    environment declares (``TTY_COMPATIBLE=1``, ``FORCE_COLOR``). Elsewhere (a pipe, a
    file) a transient bar shows nothing, and rich (~0.06 s to import) is not loaded."""
    tty = os.environ.get("TTY_COMPATIBLE", "")
    if tty in ("0", "1"):
        return tty == "1"
    if os.environ.get("FORCE_COLOR") is not None:
        return os.environ["FORCE_COLOR"] != ""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _progress:
    """A rich progress bar on stderr when there are many inputs."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.bar = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if (self.total is None or self.total >= _PROGRESS_MIN) and _draws_on_stderr():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("analysing", total=self.total)
        return self._advance

    def _advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
