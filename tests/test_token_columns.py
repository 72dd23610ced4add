"""token_columns: the tokens' attributes as ints, read without Token objects."""

from __future__ import annotations

from spacy.attrs import IDX, IS_TITLE, LEMMA, LOWER, ORTH, POS

from selon.nlp.pipeline import load_pipeline, token_columns


def test_token_columns_match_the_tokens() -> None:
    # written for this test
    doc = load_pipeline("fr")("« Nous ne céderons pas », a déclaré la porte-parole du syndicat à Rennes.")
    orths, lowers, lemmas, poses, titles = token_columns(doc, ORTH, LOWER, LEMMA, POS, IS_TITLE)
    assert orths == [t.orth for t in doc] and lowers == [t.lower for t in doc]
    assert lemmas == [t.lemma for t in doc] and poses == [t.pos for t in doc]
    assert titles == [int(t.is_title) for t in doc]
    assert token_columns(doc, IDX) == [[t.idx for t in doc]]  # one attribute: one list
    assert token_columns(doc[:0].as_doc(), ORTH, POS) == [[], []]
    # read once per Doc and kept: a second call gives the same lists, in any order of attributes
    assert token_columns(doc, POS, ORTH) == [poses, orths] and token_columns(doc, POS)[0] is poses
    from spacy.attrs import IS_SPACE

    assert token_columns(doc, IS_SPACE) == [[int(t.is_space) for t in doc]]  # not kept: read alone



def test_sentence_starts_of_the_selon_component() -> None:
    # written for this test: a headline line, an abbreviation, a closing quote after a
    # stop, a digit after a stop, a lower-case word after "!"
    text = ("Grève à Brest\nM. Le Gall a parlé. « C'est fini », dit-il.  Puis il est parti.\n"
            "Le vote a eu lieu. 40 élus étaient là ! ils ont voté")
    sents = [s.text.strip() for s in load_pipeline("fr")(text).sents]
    assert sents == ["Grève à Brest", "M. Le Gall a parlé.", "« C'est fini », dit-il.", "Puis il est parti.",
                     "Le vote a eu lieu.", "40 élus étaient là ! ils ont voté"]
