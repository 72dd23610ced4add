"""Score attribution predictions against gold, as GUIDELINES.md "Scoring" defines.

This is the one scorer of the project: it gives the same figures as the
reference implementation ``../shared/gold/score_attr.py`` (a test runs both on
the dev predictions). The rules:

- Contents are matched one-to-one, greedily, best pairs first, by the overlap
  ratio |gold ∩ pred| / |gold| in characters (on a span's ``pieces`` when
  given); ties go to the tighter prediction (|gold ∩ pred| / |pred|), then to
  the pair whose cue and source agree. P/R/F1 at ratio ≥ 0.3, ≥ 0.8 and for
  exact start/end equality.
- On the contents matched at 0.3: source accuracy (the predicted source
  overlaps the gold source, or its text equals the gold ``source_ref`` after
  case and space folding; a null gold source wants a null predicted one), cue
  accuracy (overlap), hedged accuracy (where gold ``hedged`` is not null; a
  null prediction counts as false), parent accuracy (null ↔ null, else the
  predicted parent must be matched to the gold parent).
- Hedge markers are matched one-to-one by overlap, largest overlap first.
- Parent and hedge markers are scored only in documents with those layers:
  an English document whose attributions all have ``hedged`` null (PolNeAR)
  has neither.
- Counts are summed over documents (micro averages), in total, per language
  and per document. A ratio with a zero denominator is ``None`` (undefined),
  never a made-up 0 or 1.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import Errors, IngestError

THRESHOLDS = (0.3, 0.8)
Doc = dict[str, Any]


def load_jsonl(path: str | Path) -> list[Doc]:
    """Read a gold or prediction JSONL file, checking the fields the scorer reads."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(Errors.E014.format(path=path, detail=exc)) from exc
    docs = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(Errors.E014.format(path=path, detail=f"line {n}: {exc.msg}")) from exc
            problem = _doc_problem(doc)
            if problem:
                raise IngestError(Errors.E083.format(path=path, line=n, detail=problem))
            docs.append(doc)
    if not docs:
        raise IngestError(Errors.E015.format(path=path))
    return docs


def _doc_problem(doc: Any) -> str | None:
    """Say what is wrong with one scored document, or None."""
    if not isinstance(doc, dict):
        return f"expected an object, got {type(doc).__name__}"
    if not isinstance(doc.get("id"), (str, int)) or isinstance(doc.get("id"), bool):
        return "no \"id\" string"
    for key, span_key in (("attributions", "content"), ("hedges", "marker")):
        items = doc.get(key) or []
        if not isinstance(items, list):
            return f"\"{key}\" is not a list"
        for i, item in enumerate(items):
            span = item.get(span_key) if isinstance(item, dict) else None
            if not (isinstance(span, dict) and isinstance(span.get("start"), int)
                    and isinstance(span.get("end"), int)):
                return f"{key}[{i}] has no \"{span_key}\" span with integer start and end"
    return None


def _pieces(span: dict[str, Any] | None) -> list[tuple[int, int]]:
    if not span:
        return []
    pieces = span.get("pieces")
    return [(int(s), int(e)) for s, e in pieces] if pieces else [(span["start"], span["end"])]


def overlap(a: dict[str, Any] | None, b: dict[str, Any] | None) -> int:
    """Characters shared by two spans, on their pieces when given (0 when either is null)."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in _pieces(a) for bs, be in _pieces(b))


def _size(span: dict[str, Any] | None) -> int:
    return sum(e - s for s, e in _pieces(span))


def overlap_ratio(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """Return |gold ∩ pred| / |gold| in characters, on the pieces of either when present."""
    return overlap(gold, pred) / max(_size(gold), 1)


def _fold(s: str | None) -> str | None:
    return " ".join(s.casefold().split()) if s else None


def source_correct(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """A predicted source is right when it overlaps the gold source or its text is the source_ref.

    The ``source_ref`` is the referent a pronoun source stands for: "Elle"
    with source_ref "Marie Dupont" is also found by a prediction whose source
    text is "marie  dupont" (case and spaces folded), not by "Dupont".
    """
    gs, ps = gold.get("source"), pred.get("source")
    if gs is None:
        return ps is None
    if overlap(gs, ps) > 0:
        return True
    ref = gold.get("source_ref")
    return bool(ref) and _fold((ps or {}).get("text")) == _fold(ref)


def _greedy(pairs: list[tuple[tuple[float, ...], int, int]]) -> dict[int, int]:
    """One-to-one: take pairs by decreasing key, then by gold and prediction order."""
    pairs.sort(key=lambda p: (tuple(-k for k in p[0]), p[1], p[2]))
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _, g, p in pairs:
        if g not in match and p not in used_p:
            used_p.add(p)
            match[g] = p
    return match


def _content_key(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, float, float]:
    gc, pc = g["content"], p.get("content")
    inter = overlap(gc, pc)
    agree = (overlap(g.get("cue"), p.get("cue")) > 0) + source_correct(g, p)
    return inter / max(_size(gc), 1), inter / max(_size(pc), 1), float(agree)


def match_contents(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                   threshold: float | None) -> dict[int, int]:
    """Return gold index → pred index; ``threshold=None`` means exact start/end."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            gc, pc = g["content"], p.get("content") or {}
            if threshold is None:
                if (gc["start"], gc["end"]) == (pc.get("start"), pc.get("end")):
                    pairs.append(((0.0,), gi, pi))
                continue
            key = _content_key(g, p)
            if key[0] >= threshold:
                pairs.append((key, gi, pi))
    return _greedy(pairs)


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    acc: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    hedge_docs: int = 0
    hedge_gold: int = 0
    hedge_pred: int = 0
    hedge_matched: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        for k, v in other.matched.items():
            self.matched[k] += v
        for k, (ok, n) in other.acc.items():
            self.acc[k][0] += ok
            self.acc[k][1] += n
        self.hedge_docs += other.hedge_docs
        self.hedge_gold += other.hedge_gold
        self.hedge_pred += other.hedge_pred
        self.hedge_matched += other.hedge_matched

    def scores(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "pred": self.pred}
        for key in ("0.3", "0.8", "exact"):
            out[f"content@{key}"] = _prf(self.matched.get(key, 0), self.gold, self.pred)
        for key in ("source", "cue", "hedged", "parent"):
            ok, n = self.acc.get(key, (0, 0))
            out[f"{key}_acc"] = ok / n if n else None
            out[f"{key}_n"] = n
        if self.hedge_docs:
            out["hedges"] = {**_prf(self.hedge_matched, self.hedge_gold, self.hedge_pred),
                             "gold": self.hedge_gold, "pred": self.hedge_pred, "docs": self.hedge_docs}
        return out


def _prf(matched: int, gold: int, pred: int) -> dict[str, Any]:
    return {"p": matched / pred if pred else None, "r": matched / gold if gold else None,
            "f1": 2 * matched / (gold + pred) if gold + pred else None, "matched": matched}


def has_layers(gold_doc: Doc) -> bool:
    """False for an English doc whose attributions all have hedged null (PolNeAR): no parent, no hedges."""
    atts = gold_doc.get("attributions") or []
    return not (gold_doc.get("lang") == "en" and all(a.get("hedged") is None for a in atts))


def score_document(gold_doc: Doc, pred_doc: Doc) -> Counts:
    """Count matches, accuracies and hedge hits for one document."""
    gold = gold_doc.get("attributions") or []
    pred = pred_doc.get("attributions") or []
    c = Counts(gold=len(gold), pred=len(pred))
    for t in THRESHOLDS:
        c.matched[str(t)] = len(match_contents(gold, pred, t))
    c.matched["exact"] = len(match_contents(gold, pred, None))
    match = match_contents(gold, pred, THRESHOLDS[0])
    layers = has_layers(gold_doc)
    to_gold = {pred[pi].get("id"): gold[gi].get("id") for gi, pi in match.items()}
    for gi, pi in match.items():
        g, p = gold[gi], pred[pi]
        _tick(c, "source", source_correct(g, p))
        _tick(c, "cue", overlap(g.get("cue"), p.get("cue")) > 0)
        if g.get("hedged") is not None:
            _tick(c, "hedged", bool(p.get("hedged")) == g["hedged"])
        if layers:
            gp, pp = g.get("parent"), p.get("parent")
            _tick(c, "parent", pp is None if gp is None else to_gold.get(pp) == gp)
    if layers:
        gh = [h.get("marker") for h in gold_doc.get("hedges") or []]
        ph = [h.get("marker") for h in pred_doc.get("hedges") or []]
        pairs = [((float(n),), gi, pi) for gi, g in enumerate(gh) for pi, p in enumerate(ph)
                 if (n := overlap(g, p)) > 0]
        c.hedge_docs, c.hedge_gold, c.hedge_pred = 1, len(gh), len(ph)
        c.hedge_matched = len(_greedy(pairs))
    return c


def _tick(c: Counts, key: str, ok: bool) -> None:
    c.acc[key][0] += int(ok)
    c.acc[key][1] += 1


def evaluate(gold_docs: list[Doc], pred_docs: Iterable[Doc]) -> dict[str, Any]:
    """Score predictions; return totals, per-language and per-document scores.

    A gold document without prediction counts as finding nothing; a predicted
    document absent from gold is ignored (and logged).
    """
    preds = {d["id"]: d for d in pred_docs}
    extra = len(set(preds) - {g["id"] for g in gold_docs})
    if extra:
        logging.getLogger("selon").warning("%d predicted documents are not in gold; ignored.", extra)
    total, by_lang = Counts(), defaultdict(Counts)
    per_doc: dict[str, Any] = {}
    for g in gold_docs:
        c = score_document(g, preds.get(g["id"], {}))
        total.add(c)
        by_lang[g.get("lang") or "?"].add(c)
        per_doc[g["id"]] = c.scores()
    return {"total": total.scores(), "by_lang": {k: v.scores() for k, v in by_lang.items()},
            "by_doc": per_doc}


def summary_line(name: str, scores: dict[str, Any]) -> str:
    """One line: the figures the issue tables ask for."""
    t = scores["total"]

    def pct(v: float | None) -> str:
        return "–" if v is None else f"{v:.3f}"

    hedge = t.get("hedges", {}).get("f1")
    return (f"{name}: content F1 @0.3 {pct(t['content@0.3']['f1'])} @0.8 {pct(t['content@0.8']['f1'])} "
            f"exact {pct(t['content@exact']['f1'])} | source {pct(t['source_acc'])} cue {pct(t['cue_acc'])} "
            f"hedged {pct(t['hedged_acc'])} parent {pct(t['parent_acc'])} | hedge F1 {pct(hedge)} "
            f"| gold {t['gold']} pred {t['pred']}")


def predictions(gold_docs: list[Doc], *, size: str = "md") -> Iterator[Doc]:
    """Run the analyzer (attribution layer only) on the gold texts."""
    from .model import Article
    from .pipeline import analyze_many

    arts = (Article(id=d["id"], text=d["text"], lang=d.get("lang"), published=d.get("published"),
                    title=d.get("title")) for d in gold_docs)
    for gold, res in zip(gold_docs, analyze_many(arts, size=size, layers=["attributions"])):
        if isinstance(res, Article):
            yield {"id": res.id, "attributions": [a.to_dict() for a in res.attributions],
                   "hedges": [h.to_dict() for h in res.hedges]}
        else:
            # Scored as finding nothing, and said out loud: never a silent zero.
            logging.getLogger("selon").warning("%s could not be analysed: %s", gold["id"], res)
            yield {"id": gold["id"], "attributions": [], "hedges": [], "error": str(res)}
