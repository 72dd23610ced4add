"""``selon narratives``: import case lists of known narratives into the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click


DB_HELP = ("SQLite store. Default: $XDG_DATA_HOME/selon/selon.sqlite, "
           "else ~/.local/share/selon/selon.sqlite.")


@click.group("narratives")
def narratives_cli() -> None:
    """Known narratives (EUvsDisinfo-style case lists) to match articles against.

    Example: selon narratives import posts.csv --db cases.sqlite
    """


@narratives_cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help=DB_HELP)
def import_cli(file: Path, db_path: Path | None) -> None:
    """Import (or update) a case list of known narratives into the store.

    FILE is a CSV with the columns date,id,title,countries,keywords,languages,
    outlets (EUvsDisinfo's case-list format; "+" joins several values). Every line is checked first; a bad line stops the import and nothing is
    written. Re-importing updates cases by id and re-embeds only changed ones.

    Example: selon narratives import posts.csv --db cases.sqlite
    """
    from ..narratives import E5Embedder, import_narratives

    from ..store import connect, default_db_path  # the store loads only for this command

    path = db_path or default_db_path()
    db = connect(path)
    bar = None

    def advance(done: int, total: int) -> None:
        # Called only once every line is valid, so a bad file prints just its error.
        nonlocal bar
        if not sys.stderr.isatty():
            return
        if bar is None:
            bar = click.progressbar(length=total, label="embedding", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)

    try:
        report = import_narratives(db, file, E5Embedder(), progress=advance)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        db.close()
    click.echo(f"Imported {report.cases} cases from {report.path} into {path} "
               f"({report.embedded} embedded) in {report.seconds:.1f} s.")
