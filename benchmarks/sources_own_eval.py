"""Score source typing on our own paragraphs (``gold/sources_own_spec.py``).

    python benchmarks/sources_own_eval.py [--split tune|heldout|all] [--lang fr|en|all]
        [--pred-dir DIR] [--spec gold/sources_fresh_spec.py] [-v]

Builds the texts and the gold in ``score_sources.py``'s format from the spec
(odd numbers ``tune``, even ``heldout``), analyses the texts, writes
``own-sources-pred.jsonl`` into ``--pred-dir`` (default ``/tmp/selon-eval``)
and runs ``../shared/gold/score_sources.py``; its summary is the last line.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from _common import load_module, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"


def own_gold(split: str, lang: str, path: Path = ROOT / "gold" / "sources_own_spec.py") -> tuple[list[dict], list[dict]]:
    """Return (gold rows, texts) of the spec for ``split`` and ``lang``."""
    mod = load_module("sources_own_spec", path)
    gold, texts = [], []
    for doc_id, doc_lang, text, sources in mod.DOCS:
        part = mod.split_of(doc_id)
        if split not in ("all", part) or lang not in ("all", doc_lang):
            continue
        rows = []
        for name, mentions, stype, anonymous, country, party in sources:
            for m in (name, *mentions):
                if m not in text:
                    raise SystemExit(f"Error: [E001] {doc_id}: mention {m!r} is not in the text. Fix the spec.")
            rows.append({"name": name, "mentions": [name, *mentions], "type": stype, "anonymous": anonymous,
                         "state_affiliated": (doc_id, name) in mod.STATE_AFFILIATED,
                         "affiliation_country": country, "party_to_conflict": party})
        gold.append({"id": doc_id, "split": part, "sources": rows})
        texts.append({"id": doc_id, "lang": doc_lang, "text": text})
    return gold, texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tune", "heldout", "all"), default="tune")
    ap.add_argument("--lang", choices=("fr", "en", "all"), default="all")
    ap.add_argument("--pred-dir", type=Path, default=Path("/tmp/selon-eval"))
    ap.add_argument("--spec", type=Path, default=ROOT / "gold" / "sources_own_spec.py",
                    help="the spec file (gold/sources_fresh_spec.py: the round-7 batch)")
    ap.add_argument("-v", action="store_true", help="pass -v to the scorer (per-item listing)")
    args = ap.parse_args(argv)
    if not args.spec.exists():
        print(f"Error: [E001] File not found: {args.spec}. Check the path.", file=sys.stderr)
        return 1
    from selon.model import Article
    from selon.pipeline import analyze_many

    gold, texts = own_gold(args.split, args.lang, args.spec)
    args.pred_dir.mkdir(parents=True, exist_ok=True)
    pred = []
    for d, res in zip(texts, analyze_many([Article(id=d["id"], text=d["text"], lang=d["lang"]) for d in texts])):
        srcs = [s.to_dict() for s in res.sources] if isinstance(res, Article) else []
        pred.append({"id": d["id"], "sources": srcs})
    gold_path, pred_path = args.pred_dir / "own-sources-gold.jsonl", args.pred_dir / "own-sources-pred.jsonl"
    write_jsonl(gold_path, gold)
    write_jsonl(pred_path, pred)
    cmd = [sys.executable, str(SHARED / "score_sources.py"), str(gold_path), str(pred_path), *(["-v"] if args.v else [])]
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
