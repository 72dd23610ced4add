"""Rule second-predicate-cue (selon/extract/rules.py): a speaker's second cue after a content."""

from __future__ import annotations


def test_second_cue_of_the_speaker_ends_the_first_content(en_claims):
    claims = en_claims("The senator said the bill had failed and urged voters to call their representatives.")
    assert claims["said"] == ("The senator", "the bill had failed")
    assert claims["urged"] == ("The senator", "voters to call their representatives")


def test_same_form_conjunct_stays_in_the_content(en_claims):
    # "slipped … and refused": both belong to what the guide said.
    claims = en_claims("The guide said the climber slipped on the ice and refused to turn back.")
    assert claims["said"] == ("The guide", "the climber slipped on the ice and refused to turn back")
    assert "refused" not in claims


def test_second_cue_inside_a_quote_is_not_cut(en_claims):
    claims = en_claims('The senator said "the bill had failed and urged nobody to act."')
    assert "urged" not in claims and "urged" in claims["said"][1]
