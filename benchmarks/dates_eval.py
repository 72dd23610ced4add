"""Score the French dates layer on gold/dates-fr-dev.jsonl with the reference scorer.

Usage (from the repo root):

    .venv/bin/python benchmarks/dates_eval.py [--gold gold/dates-fr-dev.jsonl]

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

from selon.extract.dates import extract_dates
from selon.model import Article
from selon.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


def main() -> None:
    """Predict, then score with ../shared/gold/score_facts.py."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "dates-fr-dev.jsonl"))
    ap.add_argument("--texts", default=str(SHARED / "gold" / "fr-dev.jsonl"))
    args = ap.parse_args()
    wanted = {json.loads(line)["id"] for line in Path(args.gold).read_text(encoding="utf-8").splitlines()}
    nlp = load_pipeline("fr")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for line in Path(args.texts).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc["id"] not in wanted:
                continue
            art = Article(id=doc["id"], text=doc["text"], lang="fr", published=doc.get("published"))
            dates = [{"span": {"start": d.span.start, "end": d.span.end},
                      "value": f"{d.value}/{d.end}" if d.value and d.end else d.value,
                      "resolved": d.resolved}
                     for d in extract_dates(nlp(art.text), art)]
            out.write(json.dumps({"id": doc["id"], "dates": dates}) + "\n")
    scorer = SHARED / "gold" / "score_facts.py"
    sys.exit(subprocess.call([sys.executable, str(scorer), args.gold, out.name, "--layers", "dates"]))


if __name__ == "__main__":
    main()
