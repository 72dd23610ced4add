"""Score attribution predictions against gold, as GUIDELINES.md "Scoring" defines.

Contents are matched one-to-one, greedily, by |gold ∩ pred| / |gold| (on the
gold ``pieces`` when present). On contents matched at overlap ≥ 0.3 we report
source, cue, hedged and parent accuracy; hedge markers are matched by any
overlap. Counts are summed over documents (micro averages), per file and per
language.
"""

from __future__ import annotations

import json
import re
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


def _pieces(span: dict[str, Any]) -> list[tuple[int, int]]:
    pieces = span.get("pieces")
    return [tuple(p) for p in pieces] if pieces else [(span["start"], span["end"])]  # type: ignore[misc]


def overlap_ratio(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """Return |gold ∩ pred| / |gold| in characters, on the pieces of either when present."""
    gold_pieces = _pieces(gold)
    total = sum(e - s for s, e in gold_pieces)
    if total <= 0:
        return 0.0
    inter = sum(max(0, min(ge, pe) - max(gs, ps))
                for gs, ge in gold_pieces for ps, pe in _pieces(pred))
    return inter / total


def _overlaps(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b and a["start"] < b["end"] and b["start"] < a["end"])


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower().replace("’", "'"))


# A name shorter than this (il, lui, he, she) says nothing about who it is.
_MIN_NAME_CHARS = 4


def _same_referent(name: str, ref: str) -> bool:
    """True when one name is a run of whole words of the other: "Lavrov" / "Sergueï Lavrov"."""
    a, b = _tokens(name), _tokens(ref)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short or len(" ".join(short)) < _MIN_NAME_CHARS:
        return False
    k = len(short)
    return any(long_[i:i + k] == short for i in range(len(long_) - k + 1))


def _mentions(ref: str, text: str) -> Iterator[dict[str, int]]:
    start = text.find(ref)
    while start >= 0:
        yield {"start": start, "end": start + len(ref)}
        start = text.find(ref, start + 1)


def source_correct(gold: dict[str, Any], pred: dict[str, Any], text: str) -> bool:
    """A predicted source is right when it overlaps the gold source or its source_ref.

    "Its source_ref" is the referent of a pronoun source: the prediction may
    point at a mention of it in the text, or name it (in its source text or
    its own source_ref) with the same words: "Lavrov" for "Sergueï Lavrov".
    """
    gs, ps = gold.get("source"), pred.get("source")
    if gs is None or ps is None:
        return gs is None and ps is None
    if _overlaps(gs, ps):
        return True
    ref = gold.get("source_ref")
    if not ref:
        return False
    if any(_overlaps(m, ps) for m in _mentions(ref, text)):
        return True
    return any(_same_referent(n, ref) for n in (ps.get("text"), pred.get("source_ref")) if n)


def _greedy(pairs: list[tuple[tuple[float, ...], int, int]]) -> dict[int, int]:
    pairs.sort(key=lambda p: p[0], reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            match[g] = p
    return match


def match_contents(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                   threshold: float | None, text: str = "") -> dict[int, int]:
    """Return gold index → pred index; ``threshold=None`` means exact spans."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            gc, pc = g["content"], p["content"]
            if threshold is None:
                if (gc["start"], gc["end"]) != (pc["start"], pc["end"]):
                    continue
                ratio = 1.0
            else:
                ratio = overlap_ratio(gc, pc)
                if ratio < threshold:
                    continue
            # Ties (a chain's two attributions share one content) go to the
            # pair whose source and cue also agree.
            key = (round(ratio, 3), float(source_correct(g, p, text)),
                   float(_overlaps(g.get("cue"), p.get("cue"))))
            pairs.append((key, gi, pi))
    return _greedy(pairs)


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    acc: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    hedge_gold: int = 0
    hedge_pred: int = 0
    hedge_tp_g: int = 0
    hedge_tp_p: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        for k, v in other.matched.items():
            self.matched[k] += v
        for k, (ok, n) in other.acc.items():
            self.acc[k][0] += ok
            self.acc[k][1] += n
        self.hedge_gold += other.hedge_gold
        self.hedge_pred += other.hedge_pred
        self.hedge_tp_g += other.hedge_tp_g
        self.hedge_tp_p += other.hedge_tp_p

    def scores(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "pred": self.pred}
        for key in ("0.3", "0.8", "exact"):
            tp = self.matched.get(key, 0)
            # Nothing to find and nothing found is a perfect score, as for hedges.
            p = tp / self.pred if self.pred else float(not self.gold)
            r = tp / self.gold if self.gold else float(not self.pred)
            out[f"content@{key}"] = {"p": p, "r": r, "f1": _f1(p, r)}
        for key in ("source", "cue", "hedged", "parent"):
            ok, n = self.acc.get(key, (0, 0))
            out[f"{key}_acc"] = ok / n if n else None
            out[f"{key}_n"] = n
        if self.hedge_gold or self.hedge_pred or "hedged" in self.acc:
            p = self.hedge_tp_p / self.hedge_pred if self.hedge_pred else (1.0 if not self.hedge_gold else 0.0)
            r = self.hedge_tp_g / self.hedge_gold if self.hedge_gold else (1.0 if not self.hedge_pred else 0.0)
            out["hedges"] = {"p": p, "r": r, "f1": _f1(p, r), "gold": self.hedge_gold,
                             "pred": self.hedge_pred}
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _has_hedging(gold_doc: Doc) -> bool:
    """English PolNeAR docs carry no hedging nor parent annotation (all null)."""
    if gold_doc.get("hedges"):
        return True
    atts = gold_doc.get("attributions") or []
    if atts:
        return any(a.get("hedged") is not None for a in atts)
    # No attribution to look at: "all hedged values null" holds vacuously, so
    # an English doc counts as PolNeAR, a French one as annotated for hedging.
    return gold_doc.get("lang") != "en"


def score_document(gold_doc: Doc, pred_doc: Doc) -> Counts:
    """Count matches, accuracies and hedge hits for one document."""
    text = gold_doc.get("text") or ""
    gold = gold_doc.get("attributions") or []
    pred = pred_doc.get("attributions") or []
    c = Counts(gold=len(gold), pred=len(pred))
    for t in THRESHOLDS:
        c.matched[str(t)] = len(match_contents(gold, pred, t, text))
    c.matched["exact"] = len(match_contents(gold, pred, None, text))
    match = match_contents(gold, pred, THRESHOLDS[0], text)
    full = _has_hedging(gold_doc)
    gid_to_idx = {a["id"]: i for i, a in enumerate(gold)}
    pid_to_idx = {a["id"]: i for i, a in enumerate(pred)}
    for gi, pi in match.items():
        g, p = gold[gi], pred[pi]
        _tick(c, "source", source_correct(g, p, text))
        _tick(c, "cue", _overlaps(g.get("cue"), p.get("cue")))
        if full:
            _tick(c, "hedged", bool(g.get("hedged")) == bool(p.get("hedged")))
            gp, pp = g.get("parent"), p.get("parent")
            if gp is None:
                ok = pp is None
            else:
                ok = pp is not None and match.get(gid_to_idx.get(gp, -1)) == pid_to_idx.get(pp, -2)
            _tick(c, "parent", ok)
    if full:
        gh = [h["marker"] for h in gold_doc.get("hedges") or []]
        ph = [h["marker"] for h in pred_doc.get("hedges") or []]
        c.hedge_gold, c.hedge_pred = len(gh), len(ph)
        pairs = [((1.0,), gi, pi) for gi, g in enumerate(gh) for pi, p in enumerate(ph)
                 if _overlaps(g, p)]
        hits = _greedy(pairs)
        c.hedge_tp_g = c.hedge_tp_p = len(hits)
    return c


def _tick(c: Counts, key: str, ok: bool) -> None:
    c.acc[key][0] += int(ok)
    c.acc[key][1] += 1


def evaluate(gold_docs: list[Doc], pred_docs: Iterable[Doc]) -> dict[str, Any]:
    """Score predictions; return totals, per-language and per-document scores."""
    preds = {d["id"]: d for d in pred_docs}
    total, by_lang = Counts(), defaultdict(Counts)
    per_doc: dict[str, Any] = {}
    for g in gold_docs:
        c = score_document(g, preds.get(g["id"], {"attributions": [], "hedges": []}))
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
    return (f"{name}: content F1 @0.3 {t['content@0.3']['f1']:.3f} @0.8 {t['content@0.8']['f1']:.3f} "
            f"exact {t['content@exact']['f1']:.3f} | source {pct(t['source_acc'])} cue {pct(t['cue_acc'])} "
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
            import logging

            logging.getLogger("selon").warning("%s could not be analysed: %s", gold["id"], res)
            yield {"id": gold["id"], "attributions": [], "hedges": [], "error": str(res)}
