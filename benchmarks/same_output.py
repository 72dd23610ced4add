"""Check that a change leaves every layer's output byte-identical.

Runs ``selon analyze --jsonl`` with the given source tree first on the path over
the gold texts (seed, fr-dev, polnear-dev, read in place in ../shared/gold) and
two long texts built at run time from their paragraphs (French and English,
``length_curve.build_text``), and writes the analysis JSON lines to OUT. A
second call compares two such files line by line and names the records and
keys that differ (exit 1 if any does).

    python benchmarks/same_output.py dump /tmp/before/src /tmp/before.jsonl
    python benchmarks/same_output.py dump src /tmp/after.jsonl
    python benchmarks/same_output.py compare /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from length_curve import GOLD, build_text

INPUTS = ("seed.jsonl", "fr-dev.jsonl", "polnear-dev.jsonl")


def _records(long_fr: int, long_en: int) -> list[dict]:
    rows: list[dict] = []
    for name in INPUTS:
        path = GOLD / name
        if not path.exists():
            sys.exit(f"Error: {path} is missing; this check reads ../shared/gold in place.")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append({k: rec.get(k) for k in ("id", "text", "lang", "published")})
    rows.append({"id": "built-fr", "text": build_text(long_fr, "fr", seed=7), "lang": "fr"})
    rows.append({"id": "built-en", "text": build_text(long_en, "en", seed=7), "lang": "en"})
    return rows


def dump(src: Path, out: Path, long_fr: int, long_en: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for row in _records(long_fr, long_en):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        env = dict(os.environ, PYTHONPATH=str(src.resolve()))
        with out.open("w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "selon", "analyze", "--jsonl", str(inp)],
                           env=env, stdout=f, check=True)


def compare(a: Path, b: Path) -> int:
    la = a.read_text(encoding="utf-8").splitlines()
    lb = b.read_text(encoding="utf-8").splitlines()
    if len(la) != len(lb):
        print(f"{len(la)} records against {len(lb)}")
        return 1
    bad = 0
    for x, y in zip(la, lb):
        if x == y:
            continue
        bad += 1
        dx, dy = json.loads(x), json.loads(y)
        keys = sorted(k for k in set(dx) | set(dy) if dx.get(k) != dy.get(k))
        print(f"{dx.get('id')}: differs in {', '.join(keys)}")
    print(f"{len(la) - bad} of {len(la)} records byte-identical")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="analyse the texts with SRC first on the path, write OUT")
    d.add_argument("src", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--long-fr", type=int, default=150_000, help="characters of the built French text")
    d.add_argument("--long-en", type=int, default=100_000, help="characters of the built English text")
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.src, args.out, args.long_fr, args.long_en)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
