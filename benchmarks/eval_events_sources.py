"""Score the events and source-typing layers against gold with the reference scorers.

    python benchmarks/eval_events_sources.py [--split dev|heldout|all] [--pred-dir DIR]
        [--gold-events gold/fr-dev-events.jsonl] [--gold-sources gold/fr-dev-sources.jsonl]
        [--texts ../shared/gold/fr-dev.jsonl] [--reuse] [--events-only]
    python benchmarks/eval_events_sources.py --own gold/events_own_spec.py --split tune|heldout|all

Runs the analyzer on the gold texts, writes ``events-pred.jsonl`` and
``sources-pred.jsonl`` into ``--pred-dir`` (default ``/tmp/selon-eval``), keeps
the gold articles of the split (the ``split`` field of the gold lines:
``dev`` is the tuning part, ``heldout`` is never tuned on), and runs
``score_events.py`` and ``score_sources.py`` from ``../shared/gold``. ``--reuse``
scores predictions already written. The last two lines are the scorers'
summaries. ``--own SPEC`` scores the events of our own paragraphs instead
(``gold/events_own_spec.py``: texts and annotation in one file; splits
``tune`` and ``heldout``), events only.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path
from _common import load_module, read_jsonl as _read, write_jsonl as _write

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"


def predict(texts: list[dict], out: Path) -> None:
    """Analyse the texts; write event and source predictions in the scorers' formats."""
    from selon.model import Article
    from selon.pipeline import analyze_many

    arts = [Article(id=d["id"], text=d["text"], lang=d.get("lang"), published=d.get("published"),
                    title=d.get("title")) for d in texts]
    events, sources = [], []
    for d, res in zip(texts, analyze_many(arts)):
        if not isinstance(res, Article):
            print(f"warning: {d['id']} could not be analysed: {res}", file=sys.stderr)
            events.append({"id": d["id"], "events": []})
            sources.append({"id": d["id"], "sources": []})
            continue
        evs = []
        for e in res.events:
            row = e.to_dict()
            # The scorer takes an entity id or a name; give both when we have both.
            row["actor"] = [x for x in (e.actor, e.actor_name) if x] or None
            row["target"] = [x for x in (e.target, e.target_name) if x] or None
            evs.append(row)
        events.append({"id": res.id, "events": evs,
                       "entities": [x.to_dict() for x in res.entities],
                       "attributions": [a.to_dict() for a in res.attributions]})
        sources.append({"id": res.id, "sources": [s.to_dict() for s in res.sources]})
    _write(out / "events-pred.jsonl", events)
    _write(out / "sources-pred.jsonl", sources)


def own_gold(spec_path: Path, split: str, batch: str = "all") -> tuple[list[dict], list[dict]]:
    """(gold event lines, text lines) of a spec file of our own paragraphs (see its docstring);
    ``batch`` 1 is f01-f44 and e01-e14, 2 f45-f70 and e15-e24, 3 f71-f76 and e25-e26, 4 f77-f90 and e27-e32,
    5 f91-f104 and e33-e36, 6 f105-f129 and e37-e44, 7 the later ones."""
    mod = load_module("events_spec", spec_path)
    gold, texts = [], []
    for ident, lang, text, evs in mod.DOCS:
        part = "tune" if int(ident[1:]) % 2 else "heldout"
        num = int(ident[1:])
        which = ("1" if num <= (44 if ident[0] == "f" else 14) else "2" if num <= (70 if ident[0] == "f" else 24)
                 else "3" if num <= (76 if ident[0] == "f" else 26)
                 else "4" if num <= (90 if ident[0] == "f" else 32)
                 else "5" if num <= (104 if ident[0] == "f" else 36)
                 else "6" if num <= (129 if ident[0] == "f" else 44) else "7")
        if split not in ("all", part) or batch not in ("all", which):
            continue
        rows, pos = [], 0
        for n, e in enumerate(evs, 1):
            start = text.find(e["surface"], pos)
            if start < 0:
                raise SystemExit(f"Error: [E001] {ident}: {e['surface']!r} not found after offset {pos}. Fix the spec.")
            pos = start + len(e["surface"])
            content = None
            if e["att"]:
                c = text.find(e["att"])
                if c < 0:
                    raise SystemExit(f"Error: [E001] {ident}: attribution piece {e['att']!r} not found. Fix the spec.")
                content = [c, c + len(e["att"])]
            rows.append({"id": f"e{n}", "trigger": [start, pos], "plover": e["plover"], "acled": e["acled"],
                         "actor": e["actor"], "target": e["target"], "place": None, "date": None,
                         "attribution": f"a{n}" if content else None, "attribution_content": content,
                         "hedged": e["hedged"], "optional": e["optional"],
                         **({"note": e["note"]} if e["note"] else {})})
        gold.append({"id": ident, "split": part, "text_sha1": hashlib.sha1(text.encode()).hexdigest(),
                     "events": rows})
        texts.append({"id": ident, "lang": lang, "text": text})
    return gold, texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "tune", "all"), default="all",
                    help="dev / heldout for the fr-dev gold, tune / heldout for --own")
    ap.add_argument("--own", type=Path, help="a spec file of our own paragraphs (gold/events_own_spec.py)")
    ap.add_argument("--batch", choices=("1", "2", "3", "4", "5", "6", "7", "all"), default="all", help="with --own: which batch")
    ap.add_argument("--gold-events", type=Path, default=ROOT / "gold" / "fr-dev-events.jsonl")
    ap.add_argument("--gold-sources", type=Path, default=ROOT / "gold" / "fr-dev-sources.jsonl")
    ap.add_argument("--texts", type=Path, default=SHARED / "fr-dev.jsonl")
    ap.add_argument("--pred-dir", type=Path, default=Path("/tmp/selon-eval"))
    ap.add_argument("--reuse", action="store_true", help="score predictions already in --pred-dir")
    ap.add_argument("--events-only", action="store_true", help="no source gold: score the events only")
    ap.add_argument("-v", action="store_true", help="pass -v to the scorers (per-item listing)")
    args = ap.parse_args(argv)
    if args.own is not None:
        if not args.own.exists():
            print(f"Error: [E001] File not found: {args.own}. Check the path.", file=sys.stderr)
            return 1
        args.pred_dir.mkdir(parents=True, exist_ok=True)
        gold_ev, texts = own_gold(args.own, args.split, args.batch)
        args.texts = args.pred_dir / f"own-texts-{args.split}.jsonl"
        _write(args.texts, texts)
        if not args.reuse:
            predict(texts, args.pred_dir)
        ge = args.pred_dir / f"gold-events-own-{args.split}.jsonl"
        _write(ge, gold_ev)
        return subprocess.run([sys.executable, str(SHARED / "score_events.py"), str(ge), str(args.texts),
                               str(args.pred_dir / "events-pred.jsonl"), *(["-v"] if args.v else [])],
                              check=False).returncode
    for p in (args.gold_events, args.texts, *(() if args.events_only else (args.gold_sources,))):
        if not p.exists():
            print(f"Error: [E001] File not found: {p}. Check the path.", file=sys.stderr)
            return 1
    args.pred_dir.mkdir(parents=True, exist_ok=True)
    keep = lambda g: args.split == "all" or g.get("split") == args.split  # noqa: E731
    gold_ev = [g for g in _read(args.gold_events) if keep(g)]
    gold_src = [] if args.events_only else [g for g in _read(args.gold_sources) if keep(g)]
    ids = {g["id"] for g in gold_ev} | {g["id"] for g in gold_src}
    texts = [d for d in _read(args.texts) if d["id"] in ids]
    if not args.reuse:
        predict(texts, args.pred_dir)
    ge, gs = args.pred_dir / f"gold-events-{args.split}.jsonl", args.pred_dir / f"gold-sources-{args.split}.jsonl"
    _write(ge, gold_ev)
    _write(gs, gold_src)
    verbose = ["-v"] if args.v else []
    rc = 0
    for cmd in ([sys.executable, str(SHARED / "score_events.py"), str(ge), str(args.texts),
                 str(args.pred_dir / "events-pred.jsonl"), *verbose],
                *(() if args.events_only else ([sys.executable, str(SHARED / "score_sources.py"), str(gs),
                                                str(args.pred_dir / "sources-pred.jsonl"), *verbose],))):
        rc |= subprocess.run(cmd, check=False).returncode
    return rc


if __name__ == "__main__":
    sys.exit(main())
