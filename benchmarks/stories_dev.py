"""Story linking dev check: B-cubed F1 on benchmarks/stories_dev.jsonl (written for selon).

32 short articles (French and English, no dates needed) on 13 events, with
near misses on the same topic: two Italian earthquakes, two Aleppo bombings in
one month, two floods, two pension marches. Events e1-e6 tune the threshold
(with the tune half of benchmarks/stories_real.py); e7-e13 are held out.
Baseline: the same clustering on title/lead words only.

    python benchmarks/stories_dev.py [--cache /tmp/stories_dev.analysed.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from selon.linking.stories import ANCHOR_SHARE, THRESHOLD, anchors, bcubed, cluster
from selon.model import Article

HERE = Path(__file__).resolve().parent
TUNE = {f"e{i}" for i in range(1, 7)}


def analysed(cache: Path) -> tuple[list[Article], dict[str, str]]:
    rows = [json.loads(line) for line in (HERE / "stories_dev.jsonl").read_text().splitlines() if line]
    gold = {r["id"]: r["event"] for r in rows}
    if cache.exists():
        arts = [Article.from_dict(json.loads(line)) for line in cache.read_text().splitlines()]
    else:
        from selon.pipeline import analyze_many

        inputs = [Article(id=r["id"], text=r["text"], url=r["url"]) for r in rows]
        arts = [a for a in analyze_many(inputs) if isinstance(a, Article)]
        cache.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in arts))
    return arts, gold


EMB: dict[str, object] = {}  # lead embeddings (none with --no-embed)


def score(arts: list[Article], gold: dict[str, str], keep: set[str], threshold: float,
          words_only: bool = False, share: float = ANCHOR_SHARE) -> tuple[float, float, float]:
    sigs = []
    for a in arts:
        if a.id.split("-")[0] not in keep:
            continue
        feats = anchors(a)
        if words_only:
            feats = Counter({k: v for k, v in feats.items() if k.startswith("W:")})
        sigs.append((a.id, feats))
    pred = cluster(sigs, threshold=threshold, anchor_share=0.0 if words_only else share,
                   embeddings=None if words_only else EMB)
    return bcubed(pred, {k: v for k, v in gold.items() if k.split("-")[0] in keep})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/stories_dev.analysed.jsonl"))
    ap.add_argument("--no-embed", action="store_true", help="no lead embeddings across languages")
    args = ap.parse_args()
    arts, gold = analysed(args.cache)
    if not args.no_embed:
        from selon.linking.stories import embed_leads
        from selon.narratives.embed import E5Embedder

        EMB.update(embed_leads(arts, E5Embedder()))
    held = {a.id.split("-")[0] for a in arts} - TUNE
    every = TUNE | held
    print("threshold sweep on the tuning events (e1-e6): B-cubed P/R/F1")
    for share in (0.4, 0.5, 0.6, 0.7, 0.8):
        for t in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
            p, r, f = score(arts, gold, TUNE, t, share=share)
            print(f"  share {share:.1f} threshold {t:.2f}  {p:.3f} {r:.3f} {f:.3f}")
    for name, keep in (("tuning e1-e6", TUNE), ("held-out e7-e13", held), ("all", every)):
        p, r, f = score(arts, gold, keep, THRESHOLD)
        bp, br, bf = score(arts, gold, keep, THRESHOLD, words_only=True)
        print(f"{name}: anchors P {p:.3f} R {r:.3f} F1 {f:.3f} | words only "
              f"P {bp:.3f} R {br:.3f} F1 {bf:.3f} (threshold {THRESHOLD})")


if __name__ == "__main__":
    main()
