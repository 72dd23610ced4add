"""All events figures in one process: trigger F1 / type / actor / attribution per set.

    python benchmarks/events_figures.py [--heldout] [-v SET ...] [--out FILE]

Sets: fr-dev ``dev`` (and ``heldout`` with ``--heldout``), own batches 5, 6 and 7 (``tune``; their
``heldout`` halves with ``--heldout``), en ``polnear-train2`` ``tune`` (``heldout``), the 3 English
``polnear-dev`` articles. Loads the pipeline once and scores with ``../shared/gold/score_events.py``
(imported), like ``eval_events_sources.py --events-only`` / ``--own`` does set by set. ``-v SET``
prints the scorer's per-item listing for a tuning set (never for a held-out one).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import load_module, read_jsonl
from eval_events_sources import ROOT, SHARED, own_gold, predict

HELD = {"fr-heldout", "b5-heldout", "b6-heldout", "b7-heldout", "en2-heldout"}


def _scorer():
    return load_module("score_events", SHARED / "score_events.py")


def sets(heldout: bool) -> list[tuple[str, list[dict], list[dict]]]:
    out = []
    fr = read_jsonl(SHARED / "fr-dev.jsonl")
    frg = read_jsonl(ROOT / "gold" / "fr-dev-events.jsonl")
    en2 = read_jsonl(ROOT / "gold" / "en-polnear-train2-events.jsonl")
    train = {d["id"]: d for d in read_jsonl(SHARED / "polnear-train.jsonl")}
    for part in ("dev", "heldout") if heldout else ("dev",):
        g = [x for x in frg if x["split"] == part]
        ids = {x["id"] for x in g}
        out.append((f"fr-{part}", g, [d for d in fr if d["id"] in ids]))
    for b in ("5", "6", "7"):
        for part in ("tune", "heldout") if heldout else ("tune",):
            g, t = own_gold(ROOT / "gold" / "events_own_spec.py", part, b)
            out.append((f"b{b}-{part}", g, t))
    for part in ("tune", "heldout") if heldout else ("tune",):
        g = [x for x in en2 if x["split"] == part]
        out.append((f"en2-{part}", g, [train[x["id"]] for x in g]))
    g = read_jsonl(ROOT / "gold" / "en-polnear-events.jsonl")
    dev = {d["id"]: d for d in read_jsonl(SHARED / "polnear-dev.jsonl")}
    out.append(("en-dev3", g, [dev[x["id"]] for x in g]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--heldout", action="store_true", help="also score the held-out halves (report only)")
    ap.add_argument("-v", nargs="*", default=[], help="sets to list item by item (tuning sets only)")
    ap.add_argument("--out", type=Path, help="write the figures as JSON")
    ap.add_argument("--pred-dir", type=Path, default=Path("/tmp/selon-evfig"))
    args = ap.parse_args(argv)
    sc = _scorer()
    rows = {}
    for name, gold, texts in sets(args.heldout):
        d = args.pred_dir / name
        d.mkdir(parents=True, exist_ok=True)
        predict(texts, d)
        preds = read_jsonl(d / "events-pred.jsonl")
        s, details = sc.run(gold, {t["id"]: t for t in texts}, preds)
        e, o = s["events"], s["events"]["on_matched"]
        rows[name] = [e["f1"], o["type"]["acc"], o["actor"]["acc"], o["attribution"]["acc"]]
        fmt = " / ".join(sc.fmt(x) for x in rows[name])
        print(f"{name:<12} {fmt}   (gold {e['gold']}, pred {e['pred']}, matched {e['matched']})", flush=True)
        if name in args.v and name not in HELD:
            print(sc.report(s, details, name, True))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
