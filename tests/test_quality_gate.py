"""Quality gate: attribution scores on ../shared/gold must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import dev_predictions, read_gold

FLOORS = json.loads((Path(__file__).parent / "eval_floors.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_")])
def test_quality_gate_attribution_scores_stay_above_floors(name: str) -> None:
    from selon.evaluate import evaluate

    gold = read_gold(name)
    preds = dev_predictions(name)
    assert not [p["id"] for p in preds if p.get("error")], "some documents failed to analyse"
    total = evaluate(gold, preds)["total"]
    got = {
        "content@0.3": total["content@0.3"]["f1"],
        "content@0.8": total["content@0.8"]["f1"],
        "source_acc": total["source_acc"],
        "parent_acc": total["parent_acc"],
        "hedges": total.get("hedges", {}).get("f1"),
    }
    below = {k: (got[k], floor) for k, floor in FLOORS[name].items() if got[k] is None or got[k] < floor}
    assert not below, f"{name}: scores below their floors (got, floor): {below}"
