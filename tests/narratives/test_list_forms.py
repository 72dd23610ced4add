"""Knowledge-base names as the case list writes them (a claim's second embedding)."""

from __future__ import annotations

import numpy as np
import pytest
from test_ranking import TableEmbedder, _unit

from selon.model import Article, NarrativeCase
from selon.narratives import matcher as matcher_mod
from selon.narratives.matcher import NarrativeMatcher, list_forms
from selon.store import NarrativeIndex

# Case titles of our own, in the English of case lists.
TITLES = [
    "The White Helmets staged a rescue video in a hospital",
    "White Helmets are paid by foreign governments",
    "The White Helmets hide weapons in ambulances",
    "The OPCW report on the gas attack was rewritten",
    "Kyiv refuses to pay its pensions",
]


def test_a_name_the_list_never_writes_becomes_the_form_it_writes() -> None:
    forms = list_forms(TITLES)
    # the French name of the entry, and its other aliases unused by the list
    assert forms["Casques blancs"] == "White Helmets"
    assert forms["casques blancs"] == "White Helmets"
    # a form the list writes is left as it is
    assert "White Helmets" not in forms


def test_an_entry_the_list_names_too_rarely_is_left_alone() -> None:
    # "OPCW" is written once: under LIST_FORM_MIN titles, the French acronym stays
    assert matcher_mod.LIST_FORM_MIN > 1
    assert "OIAC" not in list_forms(TITLES)
    assert list_forms(TITLES * matcher_mod.LIST_FORM_MIN)["OIAC"] == "OPCW"


def test_metonyms_keep_their_own_english() -> None:
    titles = ["The US government lies about the virus"] * 5
    assert "Maison-Blanche" not in list_forms(titles)


CLAIM = "Selon un blogueur, les Casques blancs auraient eux-mêmes mis en scène le bombardement."
CLAIM_LIST = CLAIM.replace("Casques blancs", "White Helmets")


def _matcher() -> NarrativeMatcher:
    # Case "wh" is close to the claim only as the list would write it; "other" is a
    # little closer to the French wording.
    vectors = {"wh": _unit((0, 1.0)), "other": _unit((1, 1.0))}
    titles = {"wh": TITLES[0], "other": TITLES[4]}
    cases = tuple(NarrativeCase(id=k, title=titles[k], date="2020-01-01") for k in vectors)
    # three titles name the White Helmets: the list's form of the entry
    cases += tuple(NarrativeCase(id=f"t{n}", title=t, date="2020-01-01") for n, t in enumerate(TITLES[1:3]))
    matrix = np.stack([*vectors.values(), _unit((2, 1.0)), _unit((3, 1.0))])
    index = NarrativeIndex(cases=cases, matrix=matrix, models=("table",))
    table = {CLAIM: _unit((0, 0.5), (1, 0.6), (4, 0.62)), CLAIM_LIST: _unit((0, 0.9), (4, 0.43))}
    return NarrativeMatcher(index, TableEmbedder(table))


def test_the_claim_meets_the_case_under_the_lists_name(monkeypatch: pytest.MonkeyPatch) -> None:
    art = Article(id="a", text=CLAIM, lang="fr")
    assert _matcher().match(art, top_k=1, min_score=None)[0].id == "wh"
    monkeypatch.setattr(matcher_mod, "LIST_FORMS", False)
    assert _matcher().match(art, top_k=1, min_score=None)[0].id == "other"


DEMONYM_CLAIM = "Un officier de passage trouve les soldats ukrainiens paresseux et souvent ivres au front."


def _case_matcher() -> NarrativeMatcher:
    cases = (NarrativeCase(id="ua", title="Ukraine's soldiers are lazy drunkards", date="2020-01-01"),
             NarrativeCase(id="x", title="Bananas cure the flu", date="2020-01-01"))
    index = NarrativeIndex(cases=cases, matrix=np.stack([_unit((0, 1.0)), _unit((1, 1.0))]), models=("table",))
    return NarrativeMatcher(index, TableEmbedder({DEMONYM_CLAIM: _unit((0, 1.0))}))


def test_a_nationality_adjective_names_its_country(monkeypatch: pytest.MonkeyPatch) -> None:
    art = Article(id="a", text=DEMONYM_CLAIM, lang="fr")
    (claim,) = matcher_mod.claims_of(art)
    assert [name for name, _ in claim.places] == ["ukrainiens"]
    # the shared-name rule lets the match show (any score), naming what is shared
    shown = _case_matcher().match(art, top_k=1, min_score=float("-inf"))
    assert [(m.id, m.shared_places) for m in shown] == [("ua", ("ukrainiens",))]
    monkeypatch.setattr(matcher_mod, "DEMONYM_NAMES", False)
    assert _case_matcher().match(art, top_k=1, min_score=float("-inf")) == []
    # ranked without the show rules, the case is found either way
    assert _case_matcher().match(art, top_k=1, min_score=None)[0].id == "ua"


def test_ordinary_lower_case_words_name_nothing() -> None:
    art = Article(id="a", text="Les habitants de la commune votent dimanche pour leur nouveau maire.", lang="fr")
    assert [c.places for c in matcher_mod.claims_of(art)] == [()]
