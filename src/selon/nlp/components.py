"""spaCy components registered by selon."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({"»", "”", '"', "’", ")", "›"})
# Abbreviations after which a full stop does not end the sentence.
_ABBREV = frozenset({
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "Mr", "Mrs", "Ms", "Prof", "Gen", "Gén",
    "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "Vol",
    "p", "pp", "art", "al", "av", "bd", "env", "cf", "vs", "Jan", "Feb", "Fév", "Mar", "Apr", "Avr", "Jun",
    "Jul", "Juil", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Déc", "U.S", "Mt", "Ft", "Ave", "Blvd",
    "Dept", "approx",
})


def _boundary_after(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text not in _ENDERS:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return False
    prev = doc[i - 1] if i else None
    if tok.text == "." and prev is not None and not prev.whitespace_:
        word = prev.text.rstrip(".")
        # "M. Le Maire", "K. Sivkov", "U.S." are not sentence ends; "told me." is.
        if word in _ABBREV or (len(prev.text) == 1 and prev.text.isupper()):
            return False
    return True


@Language.component("selon_sentences")
def sentence_boundaries(doc: Doc) -> Doc:
    """Fix every sentence start before the parser runs.

    Line breaks always end a sentence (headlines, datelines and sign-offs
    like "Source: Divers" have no final stop); so do . ! ? … followed by an
    upper-case word, a quote or a digit, except after abbreviations and
    initials. The parser then keeps these boundaries: its own splits inside
    names ("Konstantin | Sivkov") cost attributions.
    """
    if len(doc) == 0:
        return doc
    starts = {0}
    # each token's text and is_space as values (a Token object costs); its trailing
    # whitespace is one space or none, so only a space token holds a line break
    strings = doc.vocab.strings
    orths, spaces = doc.to_array([ORTH, IS_SPACE]).T.tolist()
    for i in range(len(doc) - 1):
        text = strings[orths[i]]
        if spaces[i] and "\n" in text:
            starts.add(i + 1)
            continue
        if text in _ENDERS and _boundary_after(doc, i):
            j = i + 1
            while j < len(doc) and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            while j < len(doc) and doc[j].is_space:
                j += 1  # "diminished.  “We": extra spaces before the next sentence
            if j < len(doc):
                nxt = doc[j]
                if nxt.text[:1].isupper() or nxt.text[:1] in "«“\"—–-(‘" or nxt.text[:1].isdigit() or \
                        nxt.text.startswith("''"):
                    starts.add(j)
    # One array for the whole Doc: setting Token.is_sent_start checks the whole
    # Doc for a parse on each call (quadratic in the length of the piece).
    # 1 starts a sentence, -1 (as uint64, spaCy's attribute type) does not.
    values = numpy.full(len(doc), -1, dtype="int64")
    values[sorted(starts)] = 1
    doc.from_array([SENT_START], values.astype("uint64"))
    return doc


@Language.component("selon_sentence_index")
def sentence_index(doc: Doc) -> Doc:
    """Last in the pipeline: ``Token.sent`` and ``Span.sent`` read from the sentences
    listed once (see :func:`selon.nlp.pipeline.index_sentences`)."""
    from .pipeline import index_sentences

    return index_sentences(doc)
