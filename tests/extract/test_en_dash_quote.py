"""Rules dash-pair-content, quote-after-conjunction and parse-forms (selon/extract/rules.py), on our sentences."""

from __future__ import annotations

from selon.nlp import load_pipeline
from selon.nlp.pipeline import doc_text
from selon.pipeline import parse


def test_content_goes_on_after_a_dash_pair(en_claims):
    claims = en_claims("The mayor, a crank who has repeatedly pledged to bar all tourists — 2.5 million "
                       "visitors of a whole region — from entering the park, spoke.")
    assert claims["pledged"][1].endswith("from entering the park")


def test_second_quote_after_a_conjunction_is_the_same_content(en_claims):
    claims = en_claims("The clerk \"got a raise,\" Smith said, and still \"kept the old office.\"")
    assert claims["said"] == ("Smith", "The clerk \"got a raise,\" Smith said, and still \"kept the old office")


def test_conjunction_with_no_quote_after_it_adds_nothing(en_claims):
    claims = en_claims("\"I respect the manager,\" he said, and then he left.")
    assert claims["said"] == ("he", "I respect the manager")


def test_horizontal_bar_is_parsed_as_a_dash_and_kept_in_the_text():
    text = "PORTLAND ― The harbor master said on Monday that the pier would close."
    doc = next(iter(parse(load_pipeline("en"), [text])))
    assert doc_text(doc) == text and len(doc.text) == len(text)
    bar = next(t for t in doc if t.idx == text.index("―"))
    assert bar.pos_ == "PUNCT"
