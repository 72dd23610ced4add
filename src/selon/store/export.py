"""Export the store's tables to Parquet with pyarrow (column types from SQLite's)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import Errors, StoreError

EXPORT_TABLES = ("articles", "origins", "attributions", "sources", "entities", "mentions",
                 "quantities", "dates", "places", "events", "narrative_matches", "ingest_errors",
                 "stories", "story_articles")
_ROWS = 50_000


def _arrow_type(decl: str):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    decl = decl.upper()
    if "INT" in decl:
        return pa.int64()
    if "REAL" in decl:
        return pa.float64()
    if "BLOB" in decl:
        return pa.binary()
    return pa.string()


def export_parquet(db: sqlite3.Connection, out_dir: str | Path) -> dict[str, int]:
    """Write one Parquet file per table into ``out_dir``; return ``{table: rows}``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(Errors.E125.format(path=out, detail=exc.strerror or exc)) from exc
    counts: dict[str, int] = {}
    for table in EXPORT_TABLES:
        cols = db.execute(f"PRAGMA table_info({table})").fetchall()
        schema = pa.schema([(c[1], _arrow_type(c[2] or "")) for c in cols])
        names = ", ".join(f'"{c[1]}"' for c in cols)
        target = out / f"{table}.parquet"
        n = 0
        try:
            # Streamed in row groups, so a big store never sits in memory at once.
            with pq.ParquetWriter(target, schema) as writer:
                cur = db.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
                while rows := cur.fetchmany(_ROWS):
                    columns = list(zip(*rows))
                    writer.write_table(pa.table([pa.array(col, type=f.type)
                                                 for col, f in zip(columns, schema)], schema=schema))
                    n += len(rows)
        except OSError as exc:
            raise StoreError(Errors.E125.format(path=target, detail=exc.strerror or exc)) from exc
        counts[table] = n
    return counts
