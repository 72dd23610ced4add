"""French attribution rules of round 9 (issue 10): constructions that must not report,
and a floor on our own French gold texts (gold/attr-fr-own.jsonl, tune and held-out halves)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Un homme dit « le Sage » vivait seul dans la forêt.",  # an adjective, no cue
    "Les cas rapportés cette semaine sont en hausse dans le département.",
])
def test_no_claim(analyze_fr, text):
    art = analyze_fr(text, layers=["attributions"])
    assert [a.cue.text for a in art.attributions if a.cue.text in ("dit", "rapportés")] == []
