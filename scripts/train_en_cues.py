"""Train the English cue detectors (selon/nlp/cuemodel.py) on PolNeAR train.

Two logistic regressions, saved together in
src/selon/nlp/lang/data/en_cue_model.npz (hashed feature weights only):
- verbs: each verb of polnear-train is an example, positive when it heads a
  gold cue;
- stances: each noun or adjective with a complement (*critical of*, *eager
  to*, *her decision to*: cuemodel.stance_complement) is an example, positive
  when it heads a gold cue that has no verb.
The decision thresholds are chosen on the polnear-dev tune split with
benchmarks/attr_splits.py and set in selon/extract/attributions.py
(CUE_MODEL_THRESHOLD, STANCE_THRESHOLD).

    .venv/bin/python scripts/train_en_cues.py ../shared/gold/polnear-train.jsonl
    # leave the first 200 articles (by id) out, to score on them:
    .venv/bin/python scripts/train_en_cues.py --skip 200 --out /tmp/model.npz
    # leave out any index slices (sorted by id), e.g. the two untuned slices:
    .venv/bin/python scripts/train_en_cues.py --exclude 640:840 --out /tmp/no640.npz
    # reuse the parses benchmarks/attr_splits.py --cache keeps:
    .venv/bin/python scripts/train_en_cues.py --cache /tmp/parses
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/selon/nlp/lang/data/en_cue_model.npz"


def _docs(gold: list[dict], cache: Path | None):  # type: ignore[no-untyped-def, type-arg]
    if cache is None:
        from selon.nlp import load_pipeline

        nlp = load_pipeline("en")
        yield from zip(gold, nlp.pipe((d["text"] for d in gold), batch_size=32))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from attr_splits import _parses

    for i in range(0, len(gold), 40):
        part = gold[i:i + 40]
        parsed = _parses(part, cache)
        for d in part:
            yield d, parsed[d["id"]]


def main() -> None:
    from selon.nlp.cuemodel import features, save, stance_complement, stance_features, train

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/gold/polnear-train.jsonl"))
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N articles (sorted by id)")
    ap.add_argument("--exclude", action="append", default=[], metavar="A:B",
                    help="leave out the articles of this index slice (sorted by id); repeatable")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cache", type=Path, help="folder of cached parses (benchmarks/attr_splits.py)")
    args = ap.parse_args()
    gold = sorted((json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()),
                  key=lambda d: d["id"])
    left_out = set(range(args.skip))
    for part in args.exclude:
        a, b = part.split(":")
        left_out |= set(range(int(a or 0), int(b) if b else len(gold)))
    gold = [d for i, d in enumerate(gold) if i not in left_out]
    verbs: list[tuple[list[str], int]] = []
    stances: list[tuple[list[str], int]] = []
    t0 = time.time()
    for d, doc in _docs(gold, args.cache):
        verb_heads, stance_heads = set(), set()
        for att in d["attributions"]:
            span = doc.char_span(att["cue"]["start"], att["cue"]["end"], alignment_mode="expand")
            if span is None:
                continue
            vs = [t for t in span if t.pos_ == "VERB"]
            if vs:
                verb_heads.add(vs[-1].i)
                continue
            ns = [t for t in span if t.pos_ in ("NOUN", "ADJ")]
            if ns:
                stance_heads.add(ns[-1].i)
        for tok in doc:
            if tok.pos_ == "VERB":
                verbs.append((features(tok), int(tok.i in verb_heads)))
            elif stance_complement(tok) is not None:
                stances.append((stance_features(tok), int(tok.i in stance_heads)))
    print(f"{len(verbs)} verbs ({sum(y for _, y in verbs)} cues), {len(stances)} nouns and adjectives "
          f"({sum(y for _, y in stances)} cues) from {len(gold)} docs in {time.time() - t0:.0f} s")
    save(train(verbs), str(args.out), stance=train(stances))
    print(f"weights written to {args.out}")


if __name__ == "__main__":
    main()
