"""Evaluate narrative matching: recall@1/@5 of our French paraphrases, the seed case, timings.

Usage (from the repo root):

    .venv/bin/python benchmarks/narratives_eval.py --db /tmp/narratives.sqlite

The case list is imported into --db first when that store holds no cases
(default: ../shared/data/euvsdisinfo/posts.csv, read in place). Each line of
tests/data/narratives_paraphrases_fr.tsv is one French article of one
sentence; it is a hit when a returned case has the paraphrased case's id or
the very same title (the case list repeats some titles under several ids,
such as the two 2017-09-07 Deir Ezzor cases). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import time
from pathlib import Path

from selon.model import Article
from selon.narratives import E5Embedder, NarrativeMatcher, import_narratives
from selon.store import connect, count_narratives

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
SEED_CASE = "deir-ezzor"
SEED_DATE = "2017-09-07"


def _norm(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Return (case id, French paraphrase) rows, skipping comments and the header."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("http"):
            case_id, text = line.split("\t", 1)
            rows.append((case_id, text))
    return rows


def main() -> None:
    """Run the evaluation and print its figures as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite store (imported into when empty)")
    ap.add_argument("--csv", default=str(SHARED / "data" / "euvsdisinfo" / "posts.csv"))
    ap.add_argument("--pairs", default=str(ROOT / "tests" / "data" / "narratives_paraphrases_fr.tsv"))
    ap.add_argument("--seed", default=str(SHARED / "gold" / "seed.jsonl"))
    args = ap.parse_args()

    out: dict[str, object] = {}
    db = connect(args.db)
    embedder = E5Embedder()
    if count_narratives(db) == 0:
        report = import_narratives(db, args.csv, embedder)
        out["import_s"] = round(report.seconds, 1)
        out["cases"] = report.cases
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out["db_mb"] = round(Path(args.db).stat().st_size / 2**20, 1)

    t0 = time.perf_counter()
    matcher = NarrativeMatcher.from_db(db, embedder)
    out["matcher_load_ms"] = round(1000 * (time.perf_counter() - t0))
    by_id = {c.id: c for c in matcher.index.cases}

    pairs = read_pairs(Path(args.pairs))
    r1 = r5 = 0
    misses = []
    t0 = time.perf_counter()
    for case_id, text in pairs:
        gold = _norm(by_id[case_id].title)
        found = matcher.match(Article(id="p", text=text, lang="fr"), top_k=5)
        hits = [m.id == case_id or _norm(m.title) == gold for m in found]
        r1 += bool(hits and hits[0])
        r5 += any(hits)
        if not hits or not hits[0]:
            misses.append({"case": by_id[case_id].title, "got": found[0].title if found else None})
    out["paraphrases"] = len(pairs)
    out["recall@1"] = round(r1 / len(pairs), 3)
    out["recall@5"] = round(r5 / len(pairs), 3)
    out["ms_per_sentence_article"] = round(1000 * (time.perf_counter() - t0) / len(pairs), 1)
    out["misses@1"] = misses

    seed = json.loads(Path(args.seed).read_text(encoding="utf-8").splitlines()[0])
    t0 = time.perf_counter()
    found = matcher.match(Article(id=seed["id"], text=seed["text"], lang="fr"), top_k=10)
    out["ms_seed_article"] = round(1000 * (time.perf_counter() - t0))
    ranks = [i + 1 for i, m in enumerate(found) if SEED_CASE in m.id and m.date == SEED_DATE]
    out["seed_case_rank"] = ranks[0] if ranks else None
    out["seed_top3"] = [(m.date, m.title, round(m.score, 2), m.claim) for m in found[:3]]
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
