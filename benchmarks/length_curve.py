"""Time and memory of one analysis as the text grows (is every layer near-linear?).

The texts are built at run time by recombining the paragraphs of the gold files
in ../shared/gold (French: seed + fr-dev; English: polnear-dev), drawn with a
fixed seed until the target length; nothing is written to disk. For each length
the script prints the parse time (spaCy, pieces of ``CHUNK_CHARS``), the time of
each layer, the total, its ratio to the previous length and the process's peak
RSS so far. Linear cost doubles with each doubling of the text (ratio ~2.0).
``--cpu`` gives CPU seconds of the process (``time.process_time``, all its
threads) instead of wall-clock seconds: on a machine loaded by other work the
wall-clock columns grow with the load, CPU time much less.

    python benchmarks/length_curve.py                       # French, 25k → 1.6M characters
    python benchmarks/length_curve.py --lang en --max 400000
    python benchmarks/length_curve.py --sizes 100000,400000 # the 400k/100k ratio of the issue
    python benchmarks/length_curve.py --sizes 100000,400000 --cpu
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold"
FILES = {"fr": ("seed.jsonl", "fr-dev.jsonl"), "en": ("polnear-dev.jsonl",)}


def build_text(n_chars: int, lang: str = "fr", seed: int = 0) -> str:
    """Return about ``n_chars`` characters of gold paragraphs in a seeded random order."""
    paras: list[str] = []
    for name in FILES[lang]:
        path = GOLD / name
        if not path.exists():
            sys.exit(f"Error: {path} is missing; this benchmark reads ../shared/gold in place.")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paras += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    rnd = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_chars:
        p = rnd.choice(paras)
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)[:n_chars]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=["fr", "en"], default="fr")
    ap.add_argument("--min", type=int, default=25_000, help="first length (characters)")
    ap.add_argument("--max", type=int, default=1_600_000, help="last length (characters)")
    ap.add_argument("--sizes", help="comma-separated lengths instead of --min/--max doublings")
    ap.add_argument("--cpu", action="store_true", help="CPU seconds (process time) instead of wall-clock")
    args = ap.parse_args()
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    else:
        sizes, n = [], args.min
        while n <= args.max:
            sizes.append(n)
            n *= 2

    from selon.model import Article
    from selon.nlp.pipeline import load_pipeline
    from selon.pipeline import LAYERS, layer, parse

    nlp = load_pipeline(args.lang)
    warm = build_text(3000, args.lang, seed=1)  # loads lexicons, KB, gazetteer once
    doc = next(parse(nlp, [warm]))
    art = Article(id="warm", text=warm, lang=args.lang)
    for name in LAYERS:
        art = layer(name)(doc, art)
    print(f"{'chars':>9} {'parse':>7} " + " ".join(f"{n[:8]:>8}" for n in LAYERS) +
          f" {'total':>8} {'ratio':>6} {'peak MB':>8}", flush=True)
    clock = time.process_time if args.cpu else time.perf_counter
    prev = None
    for size in sizes:
        text = build_text(size, args.lang)
        t0 = clock()
        doc = next(parse(nlp, [text]))
        times = {"parse": clock() - t0}
        art = Article(id=f"len-{size}", text=text, lang=args.lang)
        for name in LAYERS:
            t = clock()
            art = layer(name)(doc, art)
            times[name] = clock() - t
        total = sum(times.values())
        ratio = f"{total / prev:6.2f}" if prev else f"{'':>6}"
        print(f"{size:9d} {times['parse']:7.2f} " + " ".join(f"{times[n]:8.2f}" for n in LAYERS) +
              f" {total:8.2f} {ratio} {_peak_mb():8.0f}", flush=True)
        prev = total
        del doc, art


if __name__ == "__main__":
    main()
