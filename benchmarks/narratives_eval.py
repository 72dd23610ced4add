"""Evaluate narrative matching on unseen paraphrases and on everyday news that matches no case.

Usage (from the repo root):

    .venv/bin/python benchmarks/narratives_eval.py --db /tmp/narratives.sqlite

The case list is imported into --db first when that store holds no cases
(default: ../shared/data/euvsdisinfo/posts.csv, read in place; minutes on 2
cores, so keep the store and reuse it).

Positives: benchmarks/data/narratives_unseen_fr.tsv, French paraphrases of
case titles written after the matcher's first version, each in a ``tune`` or
a ``held`` half; --half fresh: benchmarks/data/narratives_fresh_fr.tsv, a
third set written later, run once untuned, then tuned on from round 7
(buried ones in held articles, scored against the held negatives); --half
fresh2: benchmarks/data/narratives_fresh2_fr.tsv, a fourth set written in
round 7 before any run (buried in held articles), scored against
benchmarks/data/narratives_everyday2.jsonl only (everyday news written then); --half
fresh3: benchmarks/data/narratives_fresh3.tsv, a fifth set written in round 8 before any run
(French and English, buried in articles we wrote, benchmarks/data/narratives_hosts3.jsonl),
scored against narratives_everyday3.jsonl plus those host articles. A ``buried`` one is inserted in the middle of an fr-dev
article of its half (fr-dev rows 0, 2, 4... are ``tune``, 1, 3, 5...
``held``), read in place from ../shared/gold. A hit is a returned case with
the paraphrased case's id or the very same title (the list repeats titles),
or a match that lists that case among the near-duplicates folded into it
(``also``; --strict: not).

Negatives (everyday news that matches no case): the fr-dev articles of the
half, plus the first --train (30) PolNeAR train articles (``tune``) or the
first --dev (40) PolNeAR dev articles (``held``), plus the paragraphs of
benchmarks/data/narratives_everyday.jsonl of the half (written for selon:
everyday news, and factual news on the very topics of cases, ``hard``). The
false-show rate is the share of them with at least one match shown (at or
above the matcher's threshold), overall and per source.

Figures per half: recall@1/@5 of the ranking (no threshold), recall@5 of the
shown matches (what the matcher returns by default), the false-show rate. Also the older one-sentence paraphrases
(tests/data, written alongside the first matcher) and the seed case's rank.
Embeddings are cached in --cache, so reruns only re-score. Articles are
matched as raw text (capitalised words as names), or with --analyse after
the whole pipeline, as ``selon analyze --db`` matches them. Prints one JSON
object; --calibrate also prints the threshold reaching each false-show rate
(the matcher's other show rules applied; the recall kept is approximate
when more than five cases pass them).
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import resource
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from selon.model import Article
from selon.narratives import E5Embedder, NarrativeMatcher, import_narratives
from selon.narratives import matcher as matcher_mod
from selon.store import connect, count_narratives

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
GOLD = SHARED / "gold"
SEED_CASE = "deir-ezzor"
SEED_DATE = "2017-09-07"


class CachedEmbedder:
    """An embedder that remembers every text it embedded (in memory and in an .npz file)."""

    def __init__(self, inner: E5Embedder, path: Path) -> None:
        self.inner, self.path = inner, path
        self.name, self.dim = inner.name, inner.dim
        self.cache: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            if str(data["model"]) == self.name:
                self.cache = dict(zip(data["texts"].tolist(), data["vectors"]))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.inner.embed(todo)))
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def save(self) -> None:
        texts = list(self.cache)
        np.savez(self.path, model=self.name, texts=np.array(texts),
                 vectors=np.stack([self.cache[t] for t in texts]))


def _threshold() -> float:
    return float(getattr(matcher_mod, "SHOW_THRESHOLD", float("-inf")))


def _norm(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_unseen(path: Path) -> list[dict[str, str]]:
    """Return the rows (case_id, split, buried, paraphrase_fr) of the unseen paraphrase set."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:] if ln.strip()]


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """Return (case id, French paraphrase) rows of the older set, skipping comments and the header."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("http"):
            case_id, text = line.split("\t", 1)
            rows.append((case_id, text))
    return rows


def _article(doc: dict) -> Article:
    return Article(id=doc["id"], text=doc["text"], lang=doc.get("lang"), title=doc.get("title"),
                   published=doc.get("published"))


ANALYSE: list[bool] = []


def _prep(art: Article) -> Article:
    """The article as matched: raw text, or (--analyse) through every layer of the pipeline."""
    if not ANALYSE:
        return art
    from selon.pipeline import analyze_article

    return analyze_article(art, lang=art.lang)


def bury(host: dict, sentence: str, n: int) -> Article:
    """Insert ``sentence`` as its own paragraph in the middle of the host article's text."""
    paras = host["text"].split("\n\n")
    at = max(1, len(paras) // 2)
    text = "\n\n".join([*paras[:at], sentence, *paras[at:]])
    return Article(id=f"buried-{n}", text=text, lang=host.get("lang") or "fr", title=host.get("title"))


def _match(matcher: NarrativeMatcher, art: Article, top_k: int) -> list:
    """Rank without a threshold (a matcher without ``min_score``, the pre-threshold one, shows all)."""
    if "min_score" in inspect.signature(matcher.match).parameters:
        return matcher.match(art, top_k=top_k, min_score=None)
    return matcher.match(art, top_k=top_k)


def _shown(matcher: NarrativeMatcher, art: Article, top_k: int, min_score: float | None = None) -> list:
    """The matches the matcher shows (its own rules; ``min_score`` overrides the threshold)."""
    if "min_score" not in inspect.signature(matcher.match).parameters:
        return matcher.match(art, top_k=top_k)
    return matcher.match(art, top_k=top_k, min_score=_threshold() if min_score is None else min_score)


# Normalised title of every case id, to read the near-duplicates a match folds in (``also``).
TITLES: dict[str, str] = {}
# Whether a case folded into a match (listed in its ``also``) counts as found (--strict: no).
FOLDED: list[bool] = [True]


def _rank(found: list, case_id: str, gold_title: str) -> int | None:
    for i, m in enumerate(found):
        if m.id == case_id or _norm(m.title) == gold_title:
            return i + 1
        also = getattr(m, "also", ()) if FOLDED[0] else ()
        if case_id in also or any(TITLES.get(a) == gold_title for a in also):
            return i + 1
    return None


def _source(doc: dict) -> str:
    if "hard" in doc:
        return "written-hard" if doc["hard"] else "written-everyday"
    return "polnear" if str(doc["id"]).startswith("polnear") else "fr-dev"


def evaluate_half(matcher: NarrativeMatcher, rows: list[dict[str, str]], hosts: list[dict],
                  negatives: list[dict]) -> dict[str, object]:
    """Return the figures of one half, with the scores needed to calibrate the threshold."""
    by_id = {c.id: c for c in matcher.index.cases}
    ranks, shown_hits, pos_scores, misses, strict = [], 0, [], [], []
    for n, row in enumerate(rows):
        # a row may name its host article (``host``) and its language (``lang``; fresh3)
        host = next((h for h in hosts if h["id"] == row.get("host")), None) or hosts[n % len(hosts)]
        art = _prep(bury(host, row["paraphrase_fr"], n) if row["buried"] == "1"
                    else Article(id=f"p{n}", text=row["paraphrase_fr"], lang=row.get("lang") or "fr"))
        found = _match(matcher, art, 5)
        gold = _norm(by_id[row["case_id"]].title)
        r = _rank(found, row["case_id"], gold)
        ranks.append(r)
        folded, FOLDED[0] = FOLDED[0], False
        strict.append(_rank(found, row["case_id"], gold) is not None)
        FOLDED[0] = folded
        # for calibration: the case's score when every rule but the threshold passes
        passing = _shown(matcher, art, 5, float("-inf"))
        rp = _rank(passing, row["case_id"], gold)
        pos_scores.append(passing[rp - 1].score if rp else None)
        if _rank(_shown(matcher, art, 5), row["case_id"], gold):
            shown_hits += 1
        if r != 1:
            misses.append({"case": by_id[row["case_id"]].title, "buried": row["buried"] == "1",
                           "rank": r, "got": found[0].title if found else None,
                           "claim": found[0].claim if found else None})
    neg_max = []
    shown_on = []
    per_source: dict[str, list[int]] = {}
    for doc in negatives:
        art = _prep(_article(doc))
        passing = _shown(matcher, art, 100, float("-inf"))  # every rule but the threshold
        neg_max.append(max((m.score for m in passing), default=float("-inf")))
        src = _source(doc)
        per_source.setdefault(src, [0, 0])[1] += 1
        shown = _shown(matcher, art, 1)
        if shown:
            per_source[src][0] += 1
            shown_on.append({"id": doc["id"], "case": shown[0].title, "claim": shown[0].claim,
                             "score": shown[0].score})
    n = len(rows)
    return {
        "paraphrases": n, "buried": sum(r["buried"] == "1" for r in rows),
        "recall@1": round(sum(r == 1 for r in ranks) / n, 3),
        "recall@5": round(sum(r is not None for r in ranks) / n, 3),
        "recall@5_shown": round(shown_hits / n, 3),
        "recall@5_own_entry": round(sum(strict) / n, 3),  # not counting folded near-duplicates
        "negatives": len(negatives),
        "false_show_rate": round(len(shown_on) / len(negatives), 3),
        "shown_per_source": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_source.items())},
        "shown_on_negatives": shown_on,
        "misses@1": misses,
        "_pos_scores": pos_scores, "_neg_max": neg_max,
    }


def calibrate(pos: list[float | None], neg: list[float]) -> list[dict[str, float]]:
    """For target false-show rates, the lowest threshold reaching each and the recall it keeps."""
    out = []
    for rate in (0.0, 0.01, 0.02, 0.03, 0.05):
        allowed = int(rate * len(neg))
        ordered = sorted(neg, reverse=True)
        # the lowest 3-decimal threshold above the negatives not allowed
        threshold = (math.floor(ordered[allowed] * 1000) + 1) / 1000 if allowed < len(ordered) else float("-inf")
        kept = sum(p is not None and p >= threshold for p in pos) / len(pos)
        out.append({"false_show": rate, "threshold": threshold, "recall@5_shown": round(kept, 3)})
    return out


def main() -> None:
    """Run the evaluation and print its figures as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite store (imported into when empty)")
    ap.add_argument("--csv", default=str(SHARED / "data" / "euvsdisinfo" / "posts.csv"))
    ap.add_argument("--unseen", default=str(ROOT / "benchmarks" / "data" / "narratives_unseen_fr.tsv"))
    ap.add_argument("--everyday", default=str(ROOT / "benchmarks" / "data" / "narratives_everyday.jsonl"))
    ap.add_argument("--pairs", default=str(ROOT / "tests" / "data" / "narratives_paraphrases_fr.tsv"))
    ap.add_argument("--train", type=int, default=30, help="PolNeAR train articles among tune negatives")
    ap.add_argument("--dev", type=int, default=40, help="PolNeAR dev articles among held negatives")
    ap.add_argument("--cache", default="/tmp/selon-narratives-embeddings.npz")
    ap.add_argument("--calibrate", action="store_true", help="print thresholds per false-show rate")
    ap.add_argument("--fresh", default=str(ROOT / "benchmarks" / "data" / "narratives_fresh_fr.tsv"),
                    help="a third set, written after the weights were chosen (--half fresh)")
    ap.add_argument("--fresh2", default=str(ROOT / "benchmarks" / "data" / "narratives_fresh2_fr.tsv"),
                    help="a fourth set, written in round 7 before any run (--half fresh2)")
    ap.add_argument("--everyday2", default=str(ROOT / "benchmarks" / "data" / "narratives_everyday2.jsonl"),
                    help="everyday news written in round 7 before any run: the fresh2 negatives")
    ap.add_argument("--fresh3", default=str(ROOT / "benchmarks" / "data" / "narratives_fresh3.tsv"),
                    help="a fifth set, written in round 8 before any run (--half fresh3)")
    ap.add_argument("--everyday3", default=str(ROOT / "benchmarks" / "data" / "narratives_everyday3.jsonl"),
                    help="everyday news written in round 8 before any run: fresh3 negatives")
    ap.add_argument("--hosts3", default=str(ROOT / "benchmarks" / "data" / "narratives_hosts3.jsonl"),
                    help="articles written in round 8 that fresh3 buries paraphrases in (negatives too)")
    ap.add_argument("--half", choices=("tune", "held", "both", "fresh", "fresh2", "fresh3"), default="both",
                    help="fresh: the --fresh set, buried in held articles, against the held negatives; "
                         "fresh2: the --fresh2 set, buried in held articles, against --everyday2; "
                         "fresh3: the --fresh3 set, buried in --hosts3, against --everyday3 + --hosts3")
    ap.add_argument("--analyse", action="store_true",
                    help="match analysed articles (entities, places, attributions), as selon analyze "
                         "--db does, instead of raw text (minutes)")
    ap.add_argument("--strict", action="store_true",
                    help="count a hit only when the case is a match of its own, not a near-duplicate "
                         "folded into a higher match (its 'also')")
    args = ap.parse_args()
    if args.analyse:
        ANALYSE.append(True)

    out: dict[str, object] = {}
    db = connect(args.db)
    embedder = CachedEmbedder(E5Embedder(), Path(args.cache))
    if count_narratives(db) == 0:
        report = import_narratives(db, args.csv, embedder.inner)
        out["import_s"] = round(report.seconds, 1)
        out["cases"] = report.cases
    matcher = NarrativeMatcher.from_db(db, embedder)  # type: ignore[arg-type]
    TITLES.update({c.id: _norm(c.title) for c in matcher.index.cases})
    FOLDED[0] = not args.strict
    out["cases"] = len(matcher.index.cases)
    out["threshold"] = _threshold()  # -inf: the pre-threshold matcher showed every match

    rows = read_unseen(Path(args.unseen))
    if args.half in ("fresh", "fresh2", "fresh3"):
        rows = read_unseen(Path(getattr(args, args.half)))
    fr_dev = _jsonl(GOLD / "fr-dev.jsonl")
    everyday = _jsonl(Path(args.everyday))
    negatives = {"tune": fr_dev[0::2] + _jsonl(GOLD / "polnear-train.jsonl")[:args.train],
                 "held": fr_dev[1::2] + _jsonl(GOLD / "polnear-dev.jsonl")[:args.dev]}
    for half in negatives:
        negatives[half] += [d for d in everyday if d["split"] == half]
    hosts = {"tune": fr_dev[0::2], "held": fr_dev[1::2]}
    hosts["fresh"], negatives["fresh"] = hosts["held"], negatives["held"]
    hosts["fresh2"], negatives["fresh2"] = hosts["held"], _jsonl(Path(args.everyday2))
    hosts["fresh3"] = _jsonl(Path(args.hosts3))
    negatives["fresh3"] = _jsonl(Path(args.everyday3)) + hosts["fresh3"]
    halves = ("tune", "held") if args.half == "both" else (args.half,)
    t0 = time.perf_counter()
    for half in halves:
        res = evaluate_half(matcher, [r for r in rows if r["split"] == half], hosts[half], negatives[half])
        if args.calibrate:
            res["calibration"] = calibrate(res["_pos_scores"], res["_neg_max"])  # type: ignore[arg-type]
        del res["_pos_scores"], res["_neg_max"]
        out[half] = res
    out["eval_s"] = round(time.perf_counter() - t0, 1)

    pairs = read_pairs(Path(args.pairs))
    by_id = {c.id: c for c in matcher.index.cases}
    old = [_rank(_match(matcher, _prep(Article(id="p", text=t, lang="fr")), 5),
                 cid, _norm(by_id[cid].title)) for cid, t in pairs]
    out["older_set"] = {"paraphrases": len(pairs), "recall@1": round(sum(r == 1 for r in old) / len(old), 3),
                        "recall@5": round(sum(r is not None for r in old) / len(old), 3)}
    seed = _jsonl(GOLD / "seed.jsonl")[0]
    seed_art = _prep(Article(id=seed["id"], text=seed["text"], lang="fr"))
    found = _match(matcher, seed_art, 10)
    ranks = [i + 1 for i, m in enumerate(found) if SEED_CASE in m.id and m.date == SEED_DATE]
    out["seed_case_rank"] = ranks[0] if ranks else None
    shown = _shown(matcher, seed_art, 5)
    out["seed_case_shown"] = any(SEED_CASE in m.id and m.date == SEED_DATE for m in shown)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    embedder.save()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
