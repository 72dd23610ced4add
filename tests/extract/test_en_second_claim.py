"""Rules second-claim-clause and psych-verb (selon/extract/rules.py), on sentences written for selon."""

from __future__ import annotations


def _claims(analyze_en, text):
    atts = analyze_en(text, layers=["attributions"]).attributions
    return {a.cue.text: (a.source.text if a.source else None, a.content.text) for a in atts}


def test_conjunct_cue_with_its_own_subject_ends_the_content(analyze_en):
    claims = _claims(analyze_en, "The mayor agreed that the bridge should be repaired, but he said that the work "
                                 "should wait until spring.")
    assert claims["agreed"] == ("The mayor", "the bridge should be repaired")
    assert claims["said"] == ("he", "the work should wait until spring")


def test_adverbial_cue_clause_ends_the_content(analyze_en):
    claims = _claims(analyze_en, "Parents have urged the board to keep the school open, although they say they "
                                 "accept some of the cuts.")
    assert claims["urged"][1] == "the board to keep the school open"
    assert claims["say"] == ("they", "they accept some of the cuts")


def test_clause_with_no_cue_stays_in_the_content(analyze_en):
    claims = _claims(analyze_en, "Parents have urged the board to keep the school open, although the budget is "
                                 "tight this year.")
    assert claims["urged"][1].endswith("the budget is tight this year")


def test_psych_verb_object_is_the_source(analyze_en):
    claims = _claims(analyze_en, "The new parking fees have angered the tenants of the old tower.")
    assert claims["angered"] == ("the tenants of the old tower", "The new parking fees")


def test_psych_verb_passive_agent_is_the_content(analyze_en):
    claims = _claims(analyze_en, "The tenants were unsettled by the sudden closure of the pool.")
    assert claims["unsettled"] == ("The tenants", "the sudden closure of the pool")


def test_psych_verb_with_a_particle_is_not_swapped(analyze_en):
    # "rattle off" recites: the subject speaks.
    claims = _claims(analyze_en, "The coach rattled off the names of the new players.")
    assert claims.get("rattled", ("The coach",))[0] == "The coach"


def test_judged_passive_with_a_reason_is_the_whole_clause(analyze_en):
    claims = _claims(analyze_en, "Jane Doe, seated in the front row, has been repeatedly praised by many teachers "
                                 "for her work with young readers.")
    assert claims["praised"] == ("many teachers", "Jane Doe, seated in the front row, has been repeatedly praised "
                                                  "by many teachers for her work with young readers")


def test_judged_passive_with_no_reason_keeps_its_reading(analyze_en):
    # With no for/over reason the rule does not apply: the content does not run past the verb.
    claims = _claims(analyze_en, "The new mayor was praised by the teachers at the meeting on Monday.")
    assert "at the meeting on Monday" not in claims.get("praised", (None, ""))[1]
