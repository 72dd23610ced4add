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
    """Time bare ``nlp.pipe`` and analyze (attributions only, all layers) per language.

    The three configurations run interleaved ``repeat`` times on the same
    texts and the fastest run of each is kept, so machine load and warm-up
    hit all of them alike. Per-layer times come from the all-layers runs.
    """
    from .nlp.pipeline import load_pipeline
    from .pipeline import LAYERS, layer

    docs = [d for p in (paths or default_gold_files()) for d in load_jsonl(p)]
    rows: list[dict[str, Any]] = []
    layer_rows: list[dict[str, Any]] = []
    for lang in sorted({d.get("lang") or "fr" for d in docs}):
        arts = [Article(id=d["id"], text=d["text"], lang=lang, published=d.get("published"))
                for d in docs if (d.get("lang") or "fr") == lang]
        texts = [a.text for a in arts]
        words = sum(len(t.split()) for t in texts)
        nlp = load_pipeline(lang, size)
        per_layer = {name: float("inf") for name in LAYERS}

        def bare() -> None:
            for _ in nlp.pipe(texts):
                pass

        def layered(names: list[str]) -> Callable[[], None]:
            fns = [(n, layer(n)) for n in names]

            def go() -> None:
                spent = dict.fromkeys(names, 0.0)
                for art, doc in zip(arts, nlp.pipe(texts)):
                    for n, fn in fns:
                        t0 = time.perf_counter()
                        art = fn(doc, art)
                        spent[n] += time.perf_counter() - t0
                if len(names) == len(LAYERS):
                    for n, t in spent.items():
                        per_layer[n] = min(per_layer[n], t)
            return go

        configs = {"bare nlp.pipe": bare, "analyze attributions": layered(["attributions"]),
                   "analyze all layers": layered(list(LAYERS))}
        # Warm-up: load lazily built resources (gazetteer, KB, lexicons) once.
        layered(list(LAYERS))()
        best = {name: float("inf") for name in configs}
        for _ in range(max(1, repeat)):
            for name, fn in configs.items():
                best[name] = min(best[name], _timed(fn, 1))
        base = best["bare nlp.pipe"]
        for name, secs in best.items():
            rows.append({"name": f"{lang} {name}", "words": words, "seconds": secs,
                         "words_per_s": words / secs if secs else 0.0,
                         "ratio": base / secs if secs else 0.0})
        for n, t in per_layer.items():
            layer_rows.append({"lang": lang, "layer": n, "seconds": t, "share_of_bare": t / base if base else 0.0})
    return {"rows": rows, "layers": layer_rows, "peak_rss_mb": _peak_rss_mb(), "size": size,
            "repeat": repeat}
