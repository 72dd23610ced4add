"""Benchmarks: analyze throughput as a ratio of bare spaCy, measured in one run."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .evaluate import load_jsonl
from .model import Article

_DEFAULT = ("seed.jsonl", "fr-dev.jsonl", "polnear-dev.jsonl")


def default_gold_files() -> list[str]:
    """The gold files of ../shared/gold that exist, from the working directory."""
    for base in (Path("../shared/gold"), Path(__file__).resolve().parents[3] / "../shared/gold"):
        found = [str(base / n) for n in _DEFAULT if (base / n).exists()]
        if found:
            return found
    return []


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed(fn: Callable[[], None], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return time.perf_counter() - start


def run_bench(paths: list[str], *, size: str = "md", repeat: int = 1) -> dict[str, Any]:
    """Time bare ``nlp.pipe`` and analyze (attribution only, all layers) per language."""
    from .nlp.pipeline import load_pipeline
    from .pipeline import LAYERS, run_layers

    docs = [d for p in (paths or default_gold_files()) for d in load_jsonl(p)]
    rows = []
    for lang in sorted({d.get("lang") or "fr" for d in docs}):
        arts = [Article(id=d["id"], text=d["text"], lang=lang, published=d.get("published"))
                for d in docs if (d.get("lang") or "fr") == lang]
        texts = [a.text for a in arts]
        words = sum(len(t.split()) for t in texts) * repeat
        nlp = load_pipeline(lang, size)
        list(nlp.pipe(texts[:2]))  # warm-up

        def bare() -> None:
            for _ in nlp.pipe(texts):
                pass

        def layered(layers: list[str]) -> Callable[[], None]:
            def go() -> None:
                for art, doc in zip(arts, nlp.pipe(texts)):
                    run_layers(doc, art, layers)
            return go

        base = _timed(bare, repeat)
        runs = [(f"{lang} bare nlp.pipe", base),
                (f"{lang} analyze attributions", _timed(layered(["attributions"]), repeat)),
                (f"{lang} analyze all layers", _timed(layered(list(LAYERS)), repeat))]
        for name, secs in runs:
            rows.append({"name": name, "words": words, "seconds": secs,
                         "words_per_s": words / secs if secs else 0.0,
                         "ratio": base / secs if secs else 0.0})
    return {"rows": rows, "peak_rss_mb": _peak_rss_mb(), "size": size, "repeat": repeat}
