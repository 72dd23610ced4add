"""Score the French dates layer on gold/dates-fr-dev.jsonl with the reference scorer.

Usage (from the repo root):

    .venv/bin/python benchmarks/dates_eval.py [--gold gold/dates-fr-dev.jsonl]
    .venv/bin/python benchmarks/dates_eval.py --own tune|heldout|all

``--own`` scores our own sentences instead (``gold/dates_own_spec.py``: texts
and hand annotation in one file, built into the scorer's format on the fly).

Reads the fr-dev texts in place from ../shared/gold/fr-dev.jsonl, runs the
French pipeline's parse and the dates layer, writes the predictions in
score_facts.py's format (an interval as "start/end") to a temporary file and
prints the scorer's table and summary (``--layers dates``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import load_module

from selon.extract.dates import extract_dates
from selon.model import Article
from selon.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


def own_gold(split: str, batch: str = "all", path: Path = ROOT / "gold" / "dates_own_spec.py",
             ) -> tuple[list[dict], list[dict]]:
    """Return (gold rows, texts) of a spec file for ``split`` (and batch 1: d01-d44, 2: d45-)."""
    mod = load_module("dates_spec", path)
    gold, texts = [], []
    for doc_id, published, part, text, items in mod.DOCS:
        if split not in ("all", part) or batch not in ("all", "1" if int(doc_id[1:]) <= 44 else "2"):
            continue
        dates, pos = [], 0
        for surface, value, *flag in items:
            start = text.index(surface, pos)
            pos = start + len(surface)
            item = {"span": {"start": start, "end": pos, "text": surface}, "value": value, "resolved": True}
            if flag:
                item["optional"] = True
            dates.append(item)
        gold.append({"id": doc_id, "split": part, "dates": dates})
        texts.append({"id": doc_id, "text": text, "published": published})
    return gold, texts


def main() -> None:
    """Predict, then score with ../shared/gold/score_facts.py."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "dates-fr-dev.jsonl"))
    ap.add_argument("--texts", default=str(SHARED / "gold" / "fr-dev.jsonl"))
    ap.add_argument("--own", choices=["tune", "heldout", "all"],
                    help="score our own sentences (gold/dates_own_spec.py) of this split instead")
    ap.add_argument("--batch", choices=["1", "2", "all"], default="all",
                    help="with --own: the first 44 paragraphs, the second batch, or both")
    ap.add_argument("--spec", default=str(ROOT / "gold" / "dates_own_spec.py"),
                    help="with --own: the spec file (gold/dates_fresh_spec.py: 30 paragraphs, all held-out; "
                    "gold/dates_own_spec_en.py: English)")
    ap.add_argument("--lang", default="fr", choices=["fr", "en"], help="with --own: the texts' language")
    args = ap.parse_args()
    if args.own:
        gold, docs = own_gold(args.own, args.batch, Path(args.spec))
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
            fh.write("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))
        args.gold = fh.name
    else:
        docs = [json.loads(line) for line in Path(args.texts).read_text(encoding="utf-8").splitlines()]
    wanted = {json.loads(line)["id"] for line in Path(args.gold).read_text(encoding="utf-8").splitlines()}
    lang = args.lang if args.own else "fr"
    nlp = load_pipeline(lang)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for doc in docs:
            if doc["id"] not in wanted:
                continue
            art = Article(id=doc["id"], text=doc["text"], lang=lang, published=doc.get("published"))
            dates = [{"span": {"start": d.span.start, "end": d.span.end},
                      "value": f"{d.value}/{d.end}" if d.value and d.end else d.value,
                      "resolved": d.resolved}
                     for d in extract_dates(nlp(art.text), art)]
            out.write(json.dumps({"id": doc["id"], "dates": dates}) + "\n")
    scorer = SHARED / "gold" / "score_facts.py"
    sys.exit(subprocess.call([sys.executable, str(scorer), args.gold, out.name, "--layers", "dates"]))


if __name__ == "__main__":
    main()
