"""Rules second-claim-clause and psych-verb (selon/extract/rules.py), on sentences written for selon."""

from __future__ import annotations


def test_conjunct_cue_with_its_own_subject_ends_the_content(en_claims):
    claims = en_claims("The mayor agreed that the bridge should be repaired, but he said that the work "
                       "should wait until spring.")
    assert claims["agreed"] == ("The mayor", "the bridge should be repaired")
    assert claims["said"] == ("he", "the work should wait until spring")


def test_adverbial_cue_clause_ends_the_content(en_claims):
    claims = en_claims("Parents have urged the board to keep the school open, although they say they "
                       "accept some of the cuts.")
    assert claims["urged"][1] == "the board to keep the school open"
    assert claims["say"] == ("they", "they accept some of the cuts")


def test_clause_with_no_cue_stays_in_the_content(en_claims):
    claims = en_claims("Parents have urged the board to keep the school open, although the budget is "
                       "tight this year.")
    assert claims["urged"][1].endswith("the budget is tight this year")


def test_psych_verb_object_is_the_source(en_claims):
    claims = en_claims("The new parking fees have angered the tenants of the old tower.")
    assert claims["angered"] == ("the tenants of the old tower", "The new parking fees")


def test_psych_verb_passive_agent_is_the_content(en_claims):
    claims = en_claims("The tenants were unsettled by the sudden closure of the pool.")
    assert claims["unsettled"] == ("The tenants", "the sudden closure of the pool")


def test_psych_verb_with_a_particle_is_not_swapped(en_claims):
    # "rattle off" recites: the subject speaks.
    claims = en_claims("The coach rattled off the names of the new players.")
    assert claims.get("rattled", ("The coach",))[0] == "The coach"


def test_judged_passive_with_a_reason_is_the_whole_clause(en_claims):
    claims = en_claims("Jane Doe, seated in the front row, has been repeatedly praised by many teachers "
                       "for her work with young readers.")
    assert claims["praised"] == ("many teachers", "Jane Doe, seated in the front row, has been repeatedly praised "
                                                  "by many teachers for her work with young readers")


def test_judged_passive_with_no_reason_keeps_its_reading(en_claims):
    # With no for/over reason the rule does not apply: the content does not run past the verb.
    claims = en_claims("The new mayor was praised by the teachers at the meeting on Monday.")
    assert "at the meeting on Monday" not in claims.get("praised", (None, ""))[1]
