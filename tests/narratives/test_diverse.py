"""The top k holds different narratives: near-duplicate cases fold into the one ranked above."""

from __future__ import annotations

import numpy as np
import pytest
from test_ranking import CLAIM, _matcher, _unit

from selon.model import Article, NarrativeMatch
from selon.narratives import matcher as matcher_mod

ART = Article(id="a", text=CLAIM, lang="fr")
CLAIM_VEC = _unit((0, 1.0))


def _cases(dup_angle: float) -> dict[str, np.ndarray]:
    # "a" is closest to the claim; "a2" is a copy of "a" turned a little
    # (``dup_angle`` radians) towards axis 1; "b" is another narrative a
    # little further from the claim, towards axis 2.
    return {"a": _unit((0, 1.0), (3, 0.05)),
            "a2": _unit((0, float(np.cos(dup_angle))), (1, float(np.sin(dup_angle)))),
            "b": _unit((0, 0.9), (2, 0.44))}


def _cos(v: dict[str, np.ndarray], x: str, y: str) -> float:
    return float(v[x] @ v[y])


def test_near_duplicate_is_folded_and_the_next_narrative_takes_its_place() -> None:
    vectors = _cases(0.15)
    assert _cos(vectors, "a", "a2") >= matcher_mod.DIVERSE_COS > _cos(vectors, "a", "b")
    # ranked by the claim alone: a, a2, b
    assert _cos({"c": CLAIM_VEC, **vectors}, "c", "a2") > _cos({"c": CLAIM_VEC, **vectors}, "c", "b")
    found = _matcher(vectors, {CLAIM: CLAIM_VEC}).match(ART, top_k=2, min_score=None)
    assert [m.id for m in found] == ["a", "b"]
    assert found[0].also == ("a2",) and found[1].also == ()


def test_without_the_rule_the_copy_takes_a_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher_mod, "DIVERSE_COS", 1.01)
    found = _matcher(_cases(0.15), {CLAIM: CLAIM_VEC}).match(ART, top_k=2, min_score=None)
    assert [m.id for m in found] == ["a", "a2"]
    assert all(m.also == () for m in found)


def test_a_different_narrative_below_the_threshold_is_kept() -> None:
    # "a2" turned further: a neighbour narrative, not a copy.
    vectors = _cases(0.5)
    assert _cos(vectors, "a", "a2") < matcher_mod.DIVERSE_COS
    found = _matcher(vectors, {CLAIM: CLAIM_VEC}).match(ART, top_k=3, min_score=None)
    assert sorted(m.id for m in found) == ["a", "a2", "b"]
    assert all(m.also == () for m in found)


def test_folded_cases_survive_a_round_trip() -> None:
    m = NarrativeMatch(id="a", title="A", also=("a2", "a3"))
    assert NarrativeMatch.from_dict(m.to_dict()) == m


def test_cli_lists_the_folded_cases_escaped() -> None:
    from io import StringIO

    from rich.console import Console

    from selon.cli.render import render_article
    from selon.model import Article as Art

    match = NarrativeMatch(id="case-1", title="A narrative", claim="Une phrase.", also=("case-[b]2", "case-3"))
    out = StringIO()
    render_article(Art(id="x", text="Une phrase.", narratives=(match,)),
                   Console(file=out, width=200, color_system=None))
    assert "also (same narrative): case-[b]2, case-3" in out.getvalue()
