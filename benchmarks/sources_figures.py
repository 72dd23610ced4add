"""All source-typing figures in one process: recall / type / anonymous F1 / party per set.

    python benchmarks/sources_figures.py [--heldout] [--sets NAME ...] [-v SET ...] [--out FILE]

Sets: fr-dev ``dev`` (``heldout`` with ``--heldout``); our own paragraphs
(``gold/sources_own_spec.py``) ``tune`` (``heldout``); fresh batch 1; fresh2 (all, and its
French and English parts); fresh3 ``tune`` (``heldout``), with their language parts. Loads the
pipeline once, analyses each text once, and scores with ``../shared/gold/score_sources.py``
(imported), as ``eval_events_sources.py`` and ``sources_own_eval.py`` do set by set. ``-v SET``
prints the scorer's per-item listing for a tuning set (never for a held-out one).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import load_module, read_jsonl
from eval_events_sources import ROOT, SHARED
from sources_own_eval import own_gold

HELD = {"fr-heldout", "own-heldout", "fresh3-heldout", "fresh3-heldout-fr", "fresh3-heldout-en", "fresh3-all"}


def _scorer():
    return load_module("score_sources", SHARED / "score_sources.py")


def sets(heldout: bool) -> list[tuple[str, list[dict], list[dict]]]:
    """(name, gold lines, text lines) of every set; texts carry ``id``, ``text``, ``lang``."""
    out = []
    fr = {d["id"]: d for d in read_jsonl(SHARED / "fr-dev.jsonl")}
    frg = read_jsonl(ROOT / "gold" / "fr-dev-sources.jsonl")
    for part in ("dev", "heldout") if heldout else ("dev",):
        g = [x for x in frg if x["split"] == part]
        out.append((f"fr-{part}", g, [fr[x["id"]] for x in g]))
    spec = ROOT / "gold"
    for part in ("tune", "heldout") if heldout else ("tune",):
        out.append((f"own-{part}", *own_gold(part, "all", spec / "sources_own_spec.py")))
    out.append(("fresh1", *own_gold("all", "all", spec / "sources_fresh_spec.py")))
    for lang in ("all", "fr", "en"):
        out.append(("fresh2" + ("" if lang == "all" else f"-{lang}"), *own_gold("all", lang, spec / "sources_fresh2_spec.py")))
    for part in ("tune", "heldout") if heldout else ("tune",):
        for lang in ("all", "fr", "en"):
            out.append((f"fresh3-{part}" + ("" if lang == "all" else f"-{lang}"),
                        *own_gold(part, lang, spec / "sources_fresh3_spec.py")))
    if heldout:
        out.append(("fresh3-all", *own_gold("all", "all", spec / "sources_fresh3_spec.py")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--heldout", action="store_true", help="also score the held-out halves (report only)")
    ap.add_argument("--sets", nargs="*", default=[], help="only these sets (default: all)")
    ap.add_argument("-v", nargs="*", default=[], help="sets to list item by item (tuning sets only)")
    ap.add_argument("--out", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    from selon.model import Article
    from selon.pipeline import analyze_many

    sc = _scorer()
    todo = [s for s in sets(args.heldout) if not args.sets or s[0] in args.sets]
    cache: dict[tuple[str, str], list[dict]] = {}
    need = {}
    for _, _, texts in todo:
        for d in texts:
            need.setdefault((d["id"], d["text"]), d)
    arts = [Article(id=d["id"], text=d["text"], lang=d.get("lang"), published=d.get("published"),
                    title=d.get("title")) for d in need.values()]
    for key, res in zip(need, analyze_many(arts)):
        cache[key] = [s.to_dict() for s in res.sources] if isinstance(res, Article) else []
    rows = {}
    for name, gold, texts in todo:
        g = {x["id"]: x["sources"] for x in gold}
        p = {d["id"]: cache[(d["id"], d["text"])] for d in texts}
        m = sc.score(g, p)
        rows[name] = [m["recall"], m["type_acc"], m["anonymous_f1"], m["party_acc"]]
        print(f"{name:<18} {' / '.join(sc.fmt(x) for x in rows[name])}   "
              f"(gold {m['gold_sources']}, pred {m['pred_sources']}, party n={m['party_n']})", flush=True)
        if name in args.v and name not in HELD:
            print(sc.report(m, name, True))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
