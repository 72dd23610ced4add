"""Score the attribution layer on fixed splits of a gold file, with a parse cache.

    python benchmarks/attr_splits.py ../shared/gold/polnear-dev.jsonl --split tune
    python benchmarks/attr_splits.py ../shared/gold/polnear-dev.jsonl --split heldout
    python benchmarks/attr_splits.py ../shared/gold/polnear-train.jsonl --split 0:200
    python benchmarks/attr_splits.py ../shared/gold/fr-dev.jsonl --split heldout

Splits (HELPERS.md): ``heldout`` is every article whose index in the file
(sorted by id) is 2 modulo 3 for polnear-dev, and the six named articles for
fr-dev (a gold file whose records carry a ``split`` field, e.g. gold/attr-fr-own.jsonl, uses
it); ``tune`` is the rest; ``A:B`` is a slice by index (e.g. the first 200
polnear-train articles, which the cue model is not trained on when
scripts/train_en_cues.py is given ``--skip 200``). Scores come from
``selon.evaluate`` (the same figures as ../shared/gold/score_attr.py).

``--cache DIR`` keeps the spaCy parses (DocBin) so that a rerun after a change
to ``extract/`` only reruns the extraction; delete the folder after a change to
the pipeline or its components. ``--misses N`` prints N missed gold contents
(not allowed on ``heldout``: never read its errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FR_HELDOUT = frozenset({"gj-CH-172", "gj-CHc-271", "gj-DZ-141", "wn-2016_02_15-002",
                        "wn-2016_07_26-006", "wn-2017_03_12-010"})


def select(docs: list[dict], split: str) -> list[dict]:  # type: ignore[type-arg]
    """The documents of ``split`` (tune, heldout, all or A:B)."""
    docs = sorted(docs, key=lambda d: d["id"])
    if split == "all":
        return docs
    if ":" in split:
        a, b = split.split(":")
        return docs[int(a or 0):int(b) if b else None]
    french = any(d["id"] in FR_HELDOUT for d in docs)
    held = [(d["split"] == "heldout") if "split" in d else (d["id"] in FR_HELDOUT) if french else (i % 3 == 2)
            for i, d in enumerate(docs)]
    want = split == "heldout"
    return [d for d, h in zip(docs, held) if h == want]


def _parses(docs: list[dict], cache: Path | None):  # type: ignore[no-untyped-def, type-arg]
    from spacy.tokens import DocBin

    from selon.nlp import load_pipeline
    from selon.pipeline import parse

    by_lang: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for d in docs:
        by_lang.setdefault(d.get("lang") or "fr", []).append(d)
    out = {}
    for lang, group in by_lang.items():
        nlp = load_pipeline(lang)
        todo = []
        for d in group:
            f = cache / f"{d['id']}.spacy" if cache else None
            if f is not None and f.exists():
                out[d["id"]] = next(iter(DocBin(store_user_data=True).from_disk(f).get_docs(nlp.vocab)))
            else:
                todo.append(d)
        for d, doc in zip(todo, parse(nlp, [d["text"] for d in todo])):
            if cache:
                cache.mkdir(parents=True, exist_ok=True)
                db = DocBin(store_user_data=True)
                db.add(doc)
                db.to_disk(cache / f"{d['id']}.spacy")
            out[d["id"]] = doc
    return out


def predict(docs: list[dict], cache: Path | None) -> list[dict]:  # type: ignore[type-arg]
    from selon.model import Article
    from selon.pipeline import run_layers

    parsed = _parses(docs, cache)
    preds = []
    for d in docs:
        art = Article(id=d["id"], text=d["text"], lang=d.get("lang"), published=d.get("published"),
                      title=d.get("title"))
        res = run_layers(parsed[d["id"]], art, ["attributions"])
        preds.append({"id": d["id"], "attributions": [a.to_dict() for a in res.attributions],
                      "hedges": [h.to_dict() for h in res.hedges]})
    return preds


def misses(gold: list[dict], preds: list[dict], n: int) -> None:  # type: ignore[type-arg]
    """Print gold contents no prediction overlaps by 0.3, with their cue."""
    by_id = {p["id"]: p for p in preds}
    shown = 0
    for g in gold:
        pred = by_id[g["id"]]["attributions"]
        for a in g["attributions"]:
            c = a["content"]
            size = max(1, c["end"] - c["start"])
            if any(max(0, min(c["end"], p["content"]["end"]) - max(c["start"], p["content"]["start"])) / size >= 0.3
                   for p in pred):
                continue
            s = g["text"].rfind("\n", 0, a["cue"]["start"]) + 1
            print(f"{g['id'][:40]} cue={a['cue']['text']!r} src={(a.get('source') or {}).get('text')!r} "
                  f"content={c['text'][:90]!r}")
            shown += 1
            if shown >= n:
                return
            del s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--split", default="tune", help="tune, heldout, all, or an index slice A:B")
    ap.add_argument("--cache", type=Path, help="folder of cached parses (DocBin)")
    ap.add_argument("--pred", type=Path, help="write the predictions here (JSONL)")
    ap.add_argument("--cue-model", type=Path,
                    help="score with these English cue-model weights (scripts/train_en_cues.py --out) "
                         "instead of the shipped ones, e.g. a model trained without the split scored")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed gold contents")
    args = ap.parse_args()
    from selon.evaluate import evaluate, load_jsonl

    if args.cue_model:
        from selon.nlp import cuemodel

        cuemodel._model_path = lambda: args.cue_model  # type: ignore[assignment]
        cuemodel._weights.cache_clear()

    gold = select(load_jsonl(args.gold), args.split)
    if args.misses and args.split == "heldout":
        sys.exit("Error: --misses is not allowed on the held-out split (never read its errors).")
    preds = predict(gold, args.cache)
    if args.pred:
        with args.pred.open("w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    t = evaluate(gold, preds)["total"]
    if args.misses:
        misses(gold, preds, args.misses)
    m3, m8, ex = (t[f"content@{k}"] for k in ("0.3", "0.8", "exact"))
    print(f"{Path(args.gold).name} {args.split} ({len(gold)} docs): content@0.3 P {m3['p']:.3f} R {m3['r']:.3f} "
          f"F1 {m3['f1']:.3f}  @0.8 F1 {m8['f1']:.3f}  exact {ex['f1']:.3f}  source {t['source_acc'] or 0:.3f}  "
          f"cue {t['cue_acc'] or 0:.3f}  parent {t['parent_acc'] if t['parent_acc'] is not None else '-'}")


if __name__ == "__main__":
    main()
