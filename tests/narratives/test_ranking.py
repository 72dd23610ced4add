"""How the matcher ranks cases: hub correction, claim affinity, rubric labels (controlled vectors)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from selon.model import Article, NarrativeCase
from selon.narratives import matcher as matcher_mod
from selon.narratives.importer import case_text
from selon.narratives.matcher import NarrativeMatcher
from selon.store import NarrativeIndex

DIM = 8


def _unit(*pairs: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for axis, value in pairs:
        v[axis] = value
    return v / np.linalg.norm(v)


class TableEmbedder:
    """An embedder that returns the vector given for each text (a spread vector otherwise)."""

    name = "table"
    dim = DIM

    def __init__(self, table: dict[str, np.ndarray]) -> None:
        self.table = table

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self.table.get(t, _unit((7, 1.0))) for t in texts])


def _matcher(vectors: dict[str, np.ndarray], table: dict[str, np.ndarray]) -> NarrativeMatcher:
    cases = tuple(NarrativeCase(id=k, title=f"Case {k}", date="2020-01-01") for k in vectors)
    index = NarrativeIndex(cases=cases, matrix=np.stack(list(vectors.values())), models=("table",))
    return NarrativeMatcher(index, TableEmbedder(table))


def _filler(n: int) -> dict[str, np.ndarray]:
    # A list whose cases crowd around axis 0, each a little apart on axes 2-6.
    rng = np.random.default_rng(7)
    return {f"f{k}": _unit((0, 1.0), *((a, float(rng.uniform(0.2, 0.4))) for a in range(2, 7)))
            for k in range(n)}


CLAIM = "Une phrase assez longue pour compter comme une affirmation entière ici."


def test_hub_case_loses_to_a_specific_case_at_equal_cosine(monkeypatch: pytest.MonkeyPatch) -> None:
    # "hub" sits at the centre of the list; "specific" leans towards axis 1.
    filler = _filler(60)
    centre = np.mean(list(filler.values()), axis=0)
    vectors = {**filler, "hub": centre / np.linalg.norm(centre), "specific": _unit((0, 0.6), (1, 0.8))}
    # The claim is a hair closer to the hub than to the specific case.
    claim = 1.001 * vectors["hub"] + vectors["specific"]
    claim = claim / np.linalg.norm(claim)
    m = _matcher(vectors, {CLAIM: claim})
    cos = vectors["hub"] @ claim, vectors["specific"] @ claim
    # closer, by well under the difference of the two corrections (z-score included)
    assert 0 < cos[0] - cos[1] < 0.5 * matcher_mod.HUB_WEIGHT * float(m._hub[-2] - m._hub[-1])
    art = Article(id="a", text=CLAIM, lang="fr")
    monkeypatch.setattr(matcher_mod, "DIVERSE_COS", 1.01)  # the hub is a near-copy of fillers: keep it

    def order() -> list[str]:
        return [r.id for r in m.match(art, top_k=70, min_score=None) if r.id in ("hub", "specific")]

    assert order() == ["specific", "hub"]
    monkeypatch.setattr(matcher_mod, "HUB_WEIGHT", 0.0)
    assert order() == ["hub", "specific"]


def test_claim_in_the_register_of_the_cases_ranks_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two sentences of one article: the first is close to case "x" and to the
    # list as a whole; the second a little closer to case "y" but far from the
    # rest of the list (an everyday sentence that happens to resemble one case).
    vectors = {**_filler(60), "x": _unit((0, 0.9), (1, 0.44)), "y": _unit((6, 1.0), (5, 0.2))}
    first = "Selon ce site, la phrase qui porte le récit connu serait bien celle-ci."
    second = "La commune a rouvert la piscine municipale après six mois de travaux."
    table = {first: _unit((0, 0.85), (1, 0.5)), second: _unit((6, 1.0), (5, 0.17))}
    m = _matcher(vectors, table)
    art = Article(id="a", text=f"{first}\n\n{second}", lang="fr")
    assert float(table[second] @ vectors["y"]) > float(table[first] @ vectors["x"])
    assert m.match(art, top_k=1, min_score=None)[0].id == "x"
    monkeypatch.setattr(matcher_mod, "RANK_AFFINITY", 0.0)
    assert m.match(art, top_k=1, min_score=None)[0].id == "y"


def test_hub_correction_leaves_the_show_score_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    vectors = {**_filler(60), "hub": _unit((0, 1.0))}
    m = _matcher(vectors, {CLAIM: _unit((0, 1.0), (1, 0.05))})
    art = Article(id="a", text=CLAIM, lang="fr")
    with_hub = {r.id: r.score for r in m.match(art, top_k=70, min_score=None)}
    monkeypatch.setattr(matcher_mod, "HUB_WEIGHT", 0.0)
    without = {r.id: r.score for r in m.match(art, top_k=70, min_score=None)}
    assert with_hub == pytest.approx(without, abs=1e-3)


def test_outlier_case_gains_nothing_from_the_hub_correction(monkeypatch: pytest.MonkeyPatch) -> None:
    # "outlier" lies far from the crowd of the list (axis 5), "aside" off its
    # centre but less so; both are less central than the median case.
    vectors = {**_filler(60), "outlier": _unit((5, 1.0)), "aside": _unit((0, 0.5), (1, 0.87))}
    # The claim is a little closer to "aside" than to "outlier".
    claim = 1.02 * vectors["aside"] + vectors["outlier"]
    claim = claim / np.linalg.norm(claim)
    art = Article(id="a", text=CLAIM, lang="fr")
    m = _matcher(vectors, {CLAIM: claim})
    assert m._hub[-2] == m._hub[-1]  # both corrected as the median case
    assert m.match(art, top_k=1, min_score=None)[0].id == "aside"
    monkeypatch.setattr(matcher_mod, "HUB_FLOOR", 0.0)  # no floor: the outlier is rewarded
    m = _matcher(vectors, {CLAIM: claim})
    cos = vectors["aside"] @ claim, vectors["outlier"] @ claim
    assert 0 < cos[0] - cos[1] < 0.5 * matcher_mod.HUB_WEIGHT * float(m._hub[-1] - m._hub[-2])
    assert m.match(art, top_k=1, min_score=None)[0].id == "outlier"


def test_short_list_has_no_hub_correction() -> None:
    vectors = {"a": _unit((0, 1.0)), "b": _unit((0, 0.6), (1, 0.8))}
    m = _matcher(vectors, {CLAIM: _unit((0, 0.8993), (1, 0.4372))})
    assert m.match(Article(id="a", text=CLAIM, lang="fr"), top_k=1, min_score=None)[0].id == "a"


@pytest.mark.parametrize(("title", "embedded"), [
    ("This Week’s Trend: The harvest was sold abroad in secret", "The harvest was sold abroad in secret"),
    ("THIS WEEK'S TREND: Bridges are built to fall", "Bridges are built to fall"),
    ("Last Week’s Trend:Rivers run backwards in spring", "Rivers run backwards in spring"),
    ("The Trend Last Time: Clocks were set by the enemy", "Clocks were set by the enemy"),
    ("MH17: the report hid the radar data", "MH17: the report hid the radar data"),
    ("Trend: markets are rigged", "Trend: markets are rigged"),
    ("This Week’s Trend:", "This Week’s Trend:"),
])
def test_case_text_drops_a_rubric_label(title: str, embedded: str) -> None:
    assert case_text(NarrativeCase(id="c", title=title, date="2020-01-01")) == embedded
