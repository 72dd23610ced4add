"""``selon ingest``: analyse a corpus into the store (dedup, resumable, local or on Dask)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..ingest import MAX_BYTES
from .options import check_encoding, check_published

DB_HELP = ("SQLite store. Default: $XDG_DATA_HOME/selon/selon.sqlite, "
           "else ~/.local/share/selon/selon.sqlite.")


def db_option(fn: Callable[..., object]) -> Callable[..., object]:
    """The shared ``--db PATH`` option of the corpus commands."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        help=DB_HELP)(fn)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@db_option
@click.option("--text-field", default="text", show_default=True,
              help="JSONL/CSV field that holds the article text.")
@click.option("--id-field", default="id", show_default=True,
              help="JSONL/CSV field that holds the article id (kept as its input id).")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Skip language detection.")
@click.option("--published", metavar="YYYY-MM-DD", callback=check_published,
              help="Publication date of undated articles.")
@click.option("--size", type=click.Choice(["md", "sm"]), default="md", show_default=True,
              help="spaCy model size (French).")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Analyse in N local processes (default 1); with --dask local, start N "
                   "Dask workers (default 2).")
@click.option("--dask", "dask_address", metavar="local|ADDRESS",
              help="Analyse on Dask: 'local' starts a LocalCluster, else a scheduler "
                   "address (tcp://host:8786). Needs pip install 'selon[dask]'.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
              help="Refuse inputs (and records) larger than this.")
@click.option("--encoding", callback=check_encoding,
              help="Decode files with this encoding instead of detecting it.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only on a terminal).")
def ingest_cli(paths: tuple[str, ...], db_path: Path | None, text_field: str, id_field: str,
               lang: str | None, published: str | None, size: str, workers: int | None,
               dask_address: str | None, max_bytes: int, encoding: str | None,
               progress: bool | None) -> None:
    """Analyse articles into the store: text, HTML, JSONL, CSV, feeds, WARC, folders, "-".

    Each distinct text is analysed and stored once (content hash); every input id
    that carried it is kept, so `selon show ID` finds it by any of them. Work is
    committed in batches: after a crash or kill, rerun the same command and it
    goes on where it stopped. Bad records are counted, the first ones printed on
    stderr and all stored in the ingest_errors table; the run goes on.

    Example: selon ingest articles.jsonl feeds/ --db corpus.db --workers 2
    """
    from ..ingest.corpus import ingest, make_runner
    from ..ingest.inputs import InputOptions, iter_inputs
    from ..store import connect, count_narratives, default_db_path

    path = db_path or default_db_path()
    db = connect(path)
    enrich = None
    if count_narratives(db):
        # Narratives imported into this store: match each new article against them.
        from ..narratives.matcher import open_matcher

        matcher = open_matcher(str(path))
        from dataclasses import replace

        def enrich(art):  # type: ignore[no-untyped-def]
            return replace(art, narratives=tuple(matcher.match(art))) if matcher else art
    options = InputOptions(text_field=text_field, id_field=id_field, max_bytes=max_bytes,
                           encoding=encoding)
    items = iter_inputs(paths, options)
    total = _count(paths)
    runner = make_runner(workers, dask_address)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with _bar(total, show) as advance:
            report = ingest(db, items, runner, lang=lang, size=size, published=published,
                            enrich=enrich, advance=advance)
    finally:
        runner.close()
        db.close()
    click.echo(f"{report.read} inputs: {report.stored} analysed and stored, {report.duplicates} "
               f"already stored or repeated, {report.errors} errors. Store: {path}", err=True)
    if report.errors:
        click.echo(f"{report.errors} inputs could not be ingested (all in the ingest_errors "
                   "table); the first:", err=True)
        for line in report.examples:
            click.echo(f"  {line}", err=True)


def _count(paths: tuple[str, ...]) -> int | None:
    """Inputs to expect, when cheap to know (files and JSONL lines), else None."""
    from ..ingest.inputs import CSV_SUFFIXES, JSONL_SUFFIXES, KNOWN_SUFFIXES, TEXT_SUFFIXES

    n = 0
    for raw in paths:
        p = Path(raw)
        files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file()
                                               and f.name.lower().endswith(KNOWN_SUFFIXES)) \
            if p.is_dir() else []
        if raw == "-" or not files and not p.is_dir():
            return None
        for f in files:
            low = f.name.lower()
            if low.endswith(JSONL_SUFFIXES):
                with f.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            elif low.endswith(CSV_SUFFIXES):
                return None  # quoted newlines: only the parser knows
            elif low.endswith(TEXT_SUFFIXES) or not low.endswith(KNOWN_SUFFIXES):
                n += 1
            else:
                return None
    return n


class _bar:
    """A rich progress bar with rate and ETA on stderr, or nothing."""

    def __init__(self, total: int | None, show: bool) -> None:
        self.total, self.show, self.bar = total, show, None

    def __enter__(self) -> Callable[[int], None]:
        if self.show:
            from rich.console import Console
            from rich.progress import (
                BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                TextColumn("ETA"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=self.total, rate="")
        return self._advance

    def _advance(self, n: int) -> None:
        if self.bar is not None and n:
            self.bar.advance(self.task, n)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:.1f} art/s" if speed else "")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

