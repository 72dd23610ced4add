"""Helpers shared by the benchmark scripts (run as ``python benchmarks/NAME.py``,
so this folder is on ``sys.path``)."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path
from typing import Any


def load_module(name: str, path: Path) -> Any:
    """The Python file at ``path`` imported as module ``name`` (a reference scorer, a gold spec)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def read_jsonl(path: Path) -> list[dict]:
    """The JSON objects of a JSONL file, blank lines skipped."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Write one JSON object per line (UTF-8, not ASCII-escaped)."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def truncate_article(art: Any, limit: int) -> Any:
    """The analysed article cut to ``limit`` characters, keeping only the objects inside it."""
    def inside(span) -> bool:  # type: ignore[no-untyped-def]
        return span is None or span.end <= limit

    return dataclasses.replace(
        art, text=art.text[:limit],
        attributions=tuple(a for a in art.attributions if inside(a.content) and inside(a.cue)
                           and inside(a.source)),
        hedges=tuple(h for h in art.hedges if inside(h.marker)),
        entities=tuple(dataclasses.replace(e, mentions=tuple(m for m in e.mentions if inside(m)))
                       for e in art.entities if any(inside(m) for m in e.mentions)),
        quantities=tuple(q for q in art.quantities if inside(q.span)),
        dates=tuple(d for d in art.dates if inside(d.span)),
        places=tuple(p for p in art.places if inside(p.span)),
        events=tuple(e for e in art.events if inside(e.trigger)))
