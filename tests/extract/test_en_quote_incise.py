"""English incises after a quote whose parse went wrong (rules quote-noun-subject
and quote-np-incise in selon/extract/rules.py)."""

from __future__ import annotations

from spacy.tokens import Doc


def _reparse_without_subject(nlp_en, text: str, verb: str) -> Doc:
    """``text`` parsed, then ``verb`` hung on the quote's verb as a conjunct and
    the noun phrase before it left with no subject link: the parse the tagger
    gives some news sentences ('"…," Tulsa police Chief X said Monday')."""
    doc = nlp_en(text)
    v = next(t for t in doc if t.text == verb)
    quote_verb = next(t for t in doc if t.i < v.i and t.dep_ == "ccomp")
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in doc:
        if t.i == v.i or t.head.i == v.i and t.dep_ in ("ccomp", "punct") and t.i < v.i:
            heads[t.i], deps[t.i] = quote_verb.i, "conj" if t.i == v.i else deps[t.i]
        if t.dep_ == "nsubj" and t.head.i == v.i:
            heads[t.i], deps[t.i] = v.i, "dep"
    root = quote_verb.i
    heads[root], deps[root] = root, "ROOT"
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads,
               deps=deps, pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc], lemmas=[t.lemma_ for t in doc],
               ents=[f"B-{t.ent_type_}" if t.ent_iob_ == "B" else f"I-{t.ent_type_}" if t.ent_iob_ == "I" else "O"
                     for t in doc])


def test_quote_np_incise_takes_the_noun_phrase_after_the_quote(nlp_en):
    from selon.model import Article
    from selon.pipeline import run_layers

    text = "“I can promise you one thing: we will rebuild the bridge,” county roads Director Ben Ortiz said Monday."
    doc = _reparse_without_subject(nlp_en, text, "said")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "conj" and not [c for c in said.children if c.dep_.startswith("nsubj")]
    atts = run_layers(doc, Article(id="t", text=text, lang="en"), ["attributions"]).attributions
    found = [a for a in atts if a.cue.text == "said"]
    assert len(found) == 1, [(a.cue.text, a.content.text) for a in atts]
    assert found[0].source.text == "county roads Director Ben Ortiz"
    assert "we will rebuild the bridge" in found[0].content.text


def test_quote_np_incise_needs_a_quote_before_the_noun_phrase(nlp_en):
    from selon.model import Article
    from selon.pipeline import run_layers

    # The same wrong parse with no quote mark: the noun phrase is not taken as
    # the speaker of an incise.
    text = "I can promise you one thing: we will rebuild the bridge, county roads Director Ben Ortiz said Monday."
    doc = _reparse_without_subject(nlp_en, text, "said")
    atts = run_layers(doc, Article(id="t", text=text, lang="en"), ["attributions"]).attributions
    assert not [a for a in atts if a.source and a.source.text == "county roads Director Ben Ortiz"]


def test_quote_noun_subject(analyze_en):
    text = "“We will get the money back. Every cent of it,” said Mary Brown, a retired teacher from Leeds."
    atts = analyze_en(text, layers=["attributions"]).attributions
    said = [a for a in atts if a.cue.text == "said"]
    assert len(said) == 1, [(a.cue.text, a.content.text) for a in atts]
    assert said[0].content.text == "We will get the money back. Every cent of it"
    assert said[0].source.text.startswith("Mary Brown")


def test_quote_stop_incise_needs_a_bare_speaker_sentence(analyze_en):
    bare = analyze_en("“The plan failed.” Brown said.", layers=["attributions"]).attributions
    assert [(a.cue.text, a.source.text, a.content.text) for a in bare] == [("said", "Brown", "The plan failed")]
    # The verb has its own content: the quote before is not what it reports.
    own = analyze_en("“The plan failed.” She said the council would try again.", layers=["attributions"]).attributions
    assert [(a.cue.text, a.content.text) for a in own] == [("said", "the council would try again")]


def test_quote_inner_end_is_an_incise(analyze_en):
    text = "“He came to the plant and asked us, ‘Where is the money going?’” Smith told reporters on Tuesday."
    told = [a for a in analyze_en(text, layers=["attributions"]).attributions if a.cue.text == "told"]
    assert len(told) == 1 and told[0].source.text == "Smith"
    assert told[0].content.text.startswith("He came to the plant")


def test_headline_speaker_prep_needs_a_claim_on_the_first_line(analyze_en):
    def colons(text):
        return [(a.source.text, a.content.text) for a in analyze_en(text, layers=["attributions"]).attributions
                if a.cue.text == ":"]

    assert colons("Smith to city council: the budget will not pass.\nThe council met.") == [
        ("Smith", "the budget will not pass")]
    assert colons("Obama at 55: a look back at his years.\nThe council met.") == []  # a title, no clause
    assert colons("The council met.\nSmith to city council: the budget will not pass.") == []  # not a headline


def test_quote_mark_subject_starts_after_the_quote(nlp_en):
    """Rule quote-mark-subject: a parse that hangs the quote (its opening mark and
    its verb) on the incise's subject still gives the quote as the content and
    the name, not the quote, as the source."""
    from selon.model import Article
    from selon.pipeline import run_layers

    text = "“That is a fair worry, because the fans are loyal,” Jones, 61, told CNN on Monday."
    doc = nlp_en(text)
    told = next(t for t in doc if t.text == "told")
    subj = next(t for t in doc if t.text == "Jones")
    quote_verb = next(t for t in doc if t.i < subj.i and t.dep_ == "ccomp" and t.head.i == told.i)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in doc:
        if t.i < subj.i and t.head.i == told.i and t.i in (0, quote_verb.i) or t.i < subj.i and t.is_punct \
                and t.head.i == told.i:
            heads[t.i] = subj.i
    assert heads[0] == subj.i and heads[quote_verb.i] == subj.i
    doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads,
              deps=deps, pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc], lemmas=[t.lemma_ for t in doc])
    assert next(t for t in doc if t.text == "Jones").left_edge.i == 0
    atts = [a for a in run_layers(doc, Article(id="t", text=text, lang="en"), ["attributions"]).attributions
            if a.cue.text == "told"]
    assert [(a.source.text, a.content.text) for a in atts] == [
        ("Jones, 61", "That is a fair worry, because the fans are loyal")]
