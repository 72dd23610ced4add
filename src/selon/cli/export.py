"""``selon export``: the store's tables as Parquet files, for DuckDB, pandas and Arrow users."""

from __future__ import annotations

from pathlib import Path

import click

from .ingest import db_option


@click.command("export")
@db_option
@click.option("--parquet", "out_dir", required=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write one TABLE.parquet per table into (created if needed).")
def export_cli(db_path: Path | None, out_dir: Path) -> None:
    """Write the store's tables (articles, origins, attributions, ...) as Parquet files.

    Example: selon export --db corpus.db --parquet corpus-parquet/
    """
    from ..store.export import export_parquet
    from .search import open_corpus

    db, _ = open_corpus(db_path)
    for table, rows in export_parquet(db, out_dir).items():
        click.echo(f"{out_dir / (table + '.parquet')}\t{rows} rows", err=True)
