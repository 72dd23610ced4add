"""Sourcing profile: counts, shares, chains, second-hand claims and sign-offs."""

from __future__ import annotations

import pytest

from selon.model import Article, Attribution, Source, Span
from selon.sources.profile import build_profile, find_signoffs, longest_chain

TEXT = "Un texte de test assez long pour y placer des spans. " * 3


def _att(i, parent=None, hedged=False, source=True):
    span = Span.of(TEXT, i, i + 2)
    return Attribution(id=f"a{i}", source=span if source else None, cue=span, content=span,
                       parent=parent, hedged=hedged)


@pytest.mark.parametrize("parents, expected", [
    ({}, ["a1"]),
    ({"a2": "a1"}, ["a1", "a2"]),
    ({"a2": "a1", "a3": "a2"}, ["a1", "a2", "a3"]),
    ({"a1": "a2", "a2": "a1"}, ["a2", "a1"]),  # a cycle in bad input does not hang
    ({"a3": "a9"}, ["a1"]),  # a parent that is not there ends the chain
])
def test_profile_longest_chain(parents, expected):
    atts = [_att(i, parents.get(f"a{i}")) for i in (1, 2, 3)]
    assert longest_chain(atts) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le texte.\nSource: Divers", ["Source: Divers"]),
    ("Le texte.\nSource : agences", ["Source : agences"]),
    ("Le texte.\nSources: divers.", ["Sources: divers"]),
    ("Le texte.\n(avec AFP)", ["(avec AFP)"]),
    ("Le dernier paragraphe se termine ici (avec AFP)", ["(avec AFP)"]),
    ("Le texte.\nAvec agences", ["Avec agences"]),
    ("Le texte.\n(AFP)", ["(AFP)"]),
    ("La source de la rivière est polluée.", []),
    ("Selon une source: le ministre est parti.", []),
])
def test_profile_signoffs(text, expected):
    found = find_signoffs(text)
    assert [f["text"] for f in found] == expected
    assert all(text[f["start"]:f["end"]] == f["text"] for f in found)


def test_profile_counts_and_ids():
    atts = (_att(1), _att(2, parent="a1", hedged=True), _att(3), _att(4, source=False), _att(5))
    sources = [
        Source(id="s1", name="RT", type="state_media", state_affiliated=True, attributions=("a1",)),
        Source(id="s2", name="armée", type="military", party_to_conflict=True, attributions=("a2", "a5")),
        Source(id="s3", name="une voisine", type="citizen", anonymous=True, attributions=("a3",)),
    ]
    profile = build_profile(Article(id="t", text=TEXT, attributions=atts), sources)
    assert profile["claims"] == 5 and profile["sources"] == 3
    assert profile["named"] == {"count": 3, "share": 0.6, "ids": ["a1", "a2", "a5"]}
    assert profile["anonymous"]["ids"] == ["a3"]
    assert profile["unsourced"]["ids"] == ["a4"]
    assert profile["party_to_conflict"]["ids"] == ["a2", "a5"]
    assert profile["state_media"]["ids"] == ["a1"]
    assert profile["hedged"]["ids"] == ["a2"]
    assert profile["second_hand"]["ids"] == ["a2"]  # its parent a1 is an outlet
    assert profile["longest_chain"] == {"length": 2, "ids": ["a1", "a2"]}
    assert profile["sources_once"] == {"count": 2, "ids": ["a1", "a3"]}
    assert profile["sources_many"] == {"count": 1, "ids": ["a2", "a5"]}
    assert profile["by_type"]["military"]["count"] == 2


def test_profile_empty_article():
    profile = build_profile(Article(id="t", text="Rien."), [])
    assert profile["claims"] == 0 and profile["named"]["share"] == 0.0
    assert profile["longest_chain"] == {"length": 0, "ids": []}
