"""Train the English verb cue detector (selon/nlp/cuemodel.py) on PolNeAR train.

Each verb of polnear-train is an example: positive when it heads a gold cue.
The weights land in src/selon/nlp/lang/data/en_cue_model.npz (hashed feature
weights only). The decision threshold is chosen on polnear-dev with
`selon eval` and set in selon/extract/attributions.py (CUE_MODEL_THRESHOLD).

    .venv/bin/python scripts/train_en_cues.py ../shared/gold/polnear-train.jsonl
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/selon/nlp/lang/data/en_cue_model.npz"


def main(path: str) -> None:
    from selon.nlp import load_pipeline
    from selon.nlp.cuemodel import features, save, train

    nlp = load_pipeline("en")
    docs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows: list[tuple[list[str], int]] = []
    t0 = time.time()
    for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32)):
        heads = set()
        for att in d["attributions"]:
            span = doc.char_span(att["cue"]["start"], att["cue"]["end"], alignment_mode="expand")
            if span is None:
                continue
            verbs = [t for t in span if t.pos_ == "VERB"]
            if verbs:
                heads.add(verbs[-1].i)
        for tok in doc:
            if tok.pos_ == "VERB":
                rows.append((features(tok), int(tok.i in heads)))
    print(f"{len(rows)} verbs ({sum(y for _, y in rows)} cues) from {len(docs)} docs "
          f"in {time.time() - t0:.0f} s")
    w = train(rows)
    save(w, str(OUT))
    print(f"weights written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/gold/polnear-train.jsonl")
