"""Rule apostrophe-quotes (selon/extract/rules.py): ''…'' quote marks of wire copy, with an inner 'quote'."""

from __future__ import annotations

from selon.extract.quotes import doubled_apostrophes, find_quotes


def test_doubled_apostrophes_keep_the_length():
    text = "''I would call it 'a mess,''' he said. ''Not again.''"
    out = doubled_apostrophes(text)
    assert len(out) == len(text)
    quotes = find_quotes(text)
    assert [text[q.open + 2:q.close] for q in quotes] == ["I would call it 'a mess,'", "Not again."]


def test_three_apostrophes_before_a_word_open_both_quotes():
    text = "'''Jeopardy,''' he replied."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and text[quotes[0].open + 2:quotes[0].close] == "'Jeopardy,'"


def test_inner_quote_before_the_incise(analyze_en):
    text = "''We hear it every day, 'The bridge is fine,''' Ms. Ward said on Monday."
    atts = analyze_en(text, layers=["attributions"]).attributions
    said = [a for a in atts if a.cue.text == "said"]
    assert said and said[0].source.text == "Ms. Ward"
    assert said[0].content.text == "We hear it every day, 'The bridge is fine"
