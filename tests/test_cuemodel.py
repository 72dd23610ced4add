"""The English verb cue model: shipped weights, features and scores."""

from __future__ import annotations

import pytest

from selon.nlp.cuemodel import cue_probability, features


@pytest.fixture(scope="module")
def doc(nlp_en):
    return nlp_en("Trump defended his tweets on Friday. The chef cooked the rice for ten minutes.")


def _tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_cuemodel_features_are_deterministic(doc):
    tok = _tok(doc, "defended")
    assert features(tok) == features(tok)
    assert "l=defend" in features(tok) and "bias" in features(tok)


def test_cuemodel_scores_a_stance_above_a_plain_action(doc):
    stance, action = cue_probability(_tok(doc, "defended")), cue_probability(_tok(doc, "cooked"))
    assert 0.0 <= action < stance <= 1.0
    from selon.extract.attributions import CUE_MODEL_THRESHOLD

    assert action < CUE_MODEL_THRESHOLD <= stance
