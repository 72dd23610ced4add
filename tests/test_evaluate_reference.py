"""One scorer: ``selon eval`` gives the figures of the reference ``../shared/gold/score_attr.py``.

The reference is read in place (never copied into the package). Both score
random documents here, and the analyzer's predictions on the dev gold files
in the slow test, and must agree on every metric to 3 decimals.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selon.evaluate import evaluate, load_jsonl
from tests.conftest import GOLD, dev_predictions

REFERENCE = GOLD / "score_attr.py"


def _reference() -> Any:
    if not REFERENCE.exists():
        pytest.fail(f"{REFERENCE} is missing: the tests read ../shared/gold in place")
    spec = importlib.util.spec_from_file_location("score_attr_reference", REFERENCE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def metrics_of_reference(ref: dict[str, Any]) -> dict[str, Any]:
    c, m, h = ref["content"], ref["on_matched@0.3"], ref["hedges"]
    out: dict[str, Any] = {"gold": c["exact"]["gold"], "pred": c["exact"]["pred"]}
    for ours, theirs in (("0.3", "overlap>=0.3"), ("0.8", "overlap>=0.8"), ("exact", "exact")):
        out.update({f"content@{ours}.{k}": c[theirs][k] for k in ("p", "r", "f1", "matched")})
    for k in ("source", "cue", "hedged", "parent"):
        out[f"{k}_acc"], out[f"{k}_n"] = m[k]["acc"], m[k]["n"]
    out.update({f"hedges.{k}": h[k] if h["docs_with_hedge_layer"] else None for k in ("p", "r", "f1")})
    return out


def metrics_of_selon(total: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"gold": total["gold"], "pred": total["pred"]}
    for key in ("0.3", "0.8", "exact"):
        out.update({f"content@{key}.{k}": total[f"content@{key}"][k] for k in ("p", "r", "f1", "matched")})
    for k in ("source", "cue", "hedged", "parent"):
        out[f"{k}_acc"], out[f"{k}_n"] = total[f"{k}_acc"], total[f"{k}_n"]
    h = total.get("hedges") or {}
    out.update({f"hedges.{k}": h.get(k) for k in ("p", "r", "f1")})
    return out


def _rounded(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in metrics.items()}


# --- random documents ------------------------------------------------------------------------

def _span(draw: Any, *, pieces: bool = False) -> dict[str, Any]:
    start = draw(st.integers(0, 40))
    end = start + draw(st.integers(1, 20))
    span: dict[str, Any] = {"start": start, "end": end, "text": "x" * (end - start)}
    if pieces and draw(st.booleans()):
        cut = draw(st.integers(start, end))
        gap = draw(st.integers(0, 3))
        span["pieces"] = [[start, cut], [min(cut + gap, end), end]]
    return span


@st.composite
def documents(draw: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    lang = draw(st.sampled_from(["fr", "en"]))
    names = ["Marie Dupont", "la maire", "Elle", None]

    def attributions(prefix: str, n: int, *, gold: bool) -> list[dict[str, Any]]:
        atts = []
        for i in range(n):
            src = draw(st.one_of(st.none(), st.just(None).map(lambda _: _span(draw))))
            if src is not None and draw(st.booleans()):
                src["text"] = draw(st.sampled_from(names[:3]))
            atts.append({
                "id": f"{prefix}{i}", "content": _span(draw, pieces=True),
                "cue": draw(st.one_of(st.none(), st.just(None).map(lambda _: _span(draw)))),
                "source": src, "source_ref": draw(st.sampled_from(names)) if gold else None,
                "hedged": draw(st.sampled_from([True, False, None] if not gold else
                                               ([None] if lang == "en" else [True, False]))),
                "parent": draw(st.sampled_from([None] + [f"{prefix}{j}" for j in range(n) if j != i])),
            })
        return atts

    def hedges() -> list[dict[str, Any]]:
        return [{"marker": _span(draw), "kind": "other"} for _ in range(draw(st.integers(0, 3)))]

    gold = {"id": "d", "lang": lang, "attributions": attributions("g", draw(st.integers(0, 5)), gold=True),
            "hedges": hedges()}
    pred = {"id": "d", "attributions": attributions("p", draw(st.integers(0, 5)), gold=False),
            "hedges": hedges()}
    return gold, pred


@settings(max_examples=300, deadline=None)
@given(st.lists(documents(), min_size=1, max_size=4))
def test_evaluate_reference_agrees_on_random_documents(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    ref = _reference()
    gold = [{**g, "id": f"d{i}"} for i, (g, _) in enumerate(pairs)]
    pred = [{**p, "id": f"d{i}"} for i, (_, p) in enumerate(pairs)]
    theirs = metrics_of_reference(ref.score({d["id"]: d for d in gold}, {d["id"]: d for d in pred}))
    ours = metrics_of_selon(evaluate(gold, pred)["total"])
    assert _rounded(ours) == _rounded(theirs)


# --- the dev predictions ---------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("name", ["seed.jsonl", "fr-dev.jsonl", "polnear-dev.jsonl"])
def test_evaluate_reference_agrees_on_dev_predictions(name: str, tmp_path: Path) -> None:
    pred = tmp_path / f"pred-{name}"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in dev_predictions(name)),
                    encoding="utf-8")
    run = subprocess.run([sys.executable, str(REFERENCE), str(GOLD / name), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = metrics_of_reference(json.loads(run.stdout.splitlines()[0]))
    ours = metrics_of_selon(evaluate(load_jsonl(GOLD / name), load_jsonl(pred))["total"])
    assert theirs["content@0.3.matched"] > 0
    assert _rounded(ours) == _rounded(theirs)
