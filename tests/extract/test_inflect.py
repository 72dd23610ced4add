"""Generated forms of French first-group reporting verbs (nlp/lang/inflect.py)."""

from __future__ import annotations

import pytest

from selon.nlp.lang.inflect import inflections


@pytest.mark.parametrize("lemma, form", [
    ("inquiéter", "inquiète"),    # é → è before a silent ending
    ("suggérer", "suggèrent"),
    ("soulever", "soulève"),      # e → è
    ("rappeler", "rappelle"),     # -eler doubles its consonant
    ("jeter", "jettent"),
    ("annoncer", "annonçait"),
])
def test_french_stem_changes(lemma, form):
    assert form in inflections(lemma, "fr")


@pytest.mark.parametrize("lemma, form", [
    ("regretter", "regrètte"),
    ("préciser", "précèse"),
    ("inquiéter", "inquièta"),     # the change is only before a silent ending
])
def test_french_stem_left_alone(lemma, form):
    assert form not in inflections(lemma, "fr")
