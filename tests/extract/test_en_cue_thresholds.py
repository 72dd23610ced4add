"""English cue-model thresholds by verb class (rule cue-model-class)."""

from __future__ import annotations

from selon.extract import attributions
from selon.nlp.cuemodel import cue_probability, lemma_weight, verb_classes


def test_classed_verb_in_the_low_band_is_a_cue(nlp_en, analyze_en):
    text = "The senator complimented the nurses on their courage."
    verb = next(t for t in nlp_en(text) if t.lemma_ == "compliment")
    # Unlearned lemma of the speech class, scored between the class threshold and 0.5.
    assert lemma_weight("compliment") <= 0 and "speech" in verb_classes("compliment")
    assert attributions.CUE_MODEL_CLASSED <= cue_probability(verb) < 0.5
    atts = analyze_en(text, layers=["attributions"]).attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in atts] == [("complimented", "The senator")]


def test_classed_verb_below_the_class_threshold_is_no_cue(nlp_en, analyze_en):
    text = "The crane bore the weight of the beam."
    verb = next(t for t in nlp_en(text) if t.lemma_ == "bear")
    assert lemma_weight("bear") <= 0 and verb_classes("bear")
    assert cue_probability(verb) < attributions.CUE_MODEL_CLASSED
    assert not [a for a in analyze_en(text, layers=["attributions"]).attributions if a.cue.text == "bore"]
