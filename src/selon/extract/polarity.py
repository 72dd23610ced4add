"""Polarity of an attribution: is its cue negated (GUIDELINES.md, ``negated``)?

*Le Croissant-Rouge n'a pas confirmé ces chiffres*, *il ne dit pas que…*,
*she did not say that…*, *a refusé de confirmer*, *sans préciser*: the source
is reported as *not* saying it. A cue that means denial (*démentir, nier,
deny*) is a cue, not a negation; a negation inside the content (*a dit qu'il ne
viendrait pas*) is not the cue's.

The words live in ``nlp/lang/data/{lang}_negation.txt``, by kind:

- ``adverb``: a negation word in the cue's verb group (*pas, jamais, ni; not,
  n't, never*); French also needs *ne/n'* there, so *ne… que* (a restriction)
  is not a negation, nor *pas seulement* (``not_after``);
- ``subject``: a negative subject (*personne n'a confirmé*, *nobody said*);
- ``refusal``: a verb whose infinitive complement is the cue (*a refusé de
  confirmer*, *declined to say*); a negated governing verb also negates it
  (*n'a pas souhaité commenter*) unless it is a ``litotes`` (*n'a pas hésité
  à dire*);
- ``without``: *sans préciser*, *without saying*.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..nlp.lang import LangData

_NE = frozenset({"ne", "n'", "n’"})
# Words that may sit inside a verb group between the negation and the verb.
_GROUP_FR = frozenset({"l'", "l’", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'", "s’", "me", "m'",
                       "nous", "vous", "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont",
                       "été", "avoir", "être", "eu", "pu", "voulu", "su", "encore", "toujours", "alors",
                       "jusqu'ici", "publiquement", "officiellement", "formellement", "immédiatement"})


def cue_negated(doc: Doc, start: int, end: int, data: LangData) -> bool:
    """Whether the verb cue at ``doc.text[start:end]`` is negated."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _negated(span[0], data, depth=0)


def _negated(v: Token, data: LangData, depth: int) -> bool:
    neg = data.negation
    if not neg:
        return False
    if _without(v, neg) or _negative_subject(v, neg, data.lang):
        return True
    if data.lang == "fr" and _ne_pas(v, neg):
        return True
    if data.lang == "en" and _not(v, neg):
        return True
    # The refusal verb as the cue: "refused to confirm", "a refusé de commenter".
    if depth == 0 and v.lemma_.lower() in neg.get("refusal", ()) and any(
            c.dep_ in ("xcomp", "ccomp", "obj", "dobj") and c.lemma_.lower() in data.reporting_verbs
            for c in v.children):
        return True
    # An infinitive cue under a refusal ("a refusé de confirmer") or under a
    # negated verb ("n'a pas voulu confirmer", "would not want to say").
    head = v.head
    if depth == 0 and head.i != v.i and v.dep_ in ("xcomp", "ccomp", "advcl", "obj", "dobj") and \
            ("Inf" in v.morph.get("VerbForm") or v.tag_ in ("VB", "VBG")) and head.i < v.i:
        lemma = head.lemma_.lower()
        if lemma in neg.get("refusal", ()):
            return not _negated(head, data, depth=1)  # "n'a pas refusé de dire" affirms
        if lemma not in neg.get("litotes", ()) and _negated(head, data, depth=1):
            return True
    return False


def _without(v: Token, neg: dict[str, frozenset[str]]) -> bool:
    k = v.i - 1
    doc = v.doc
    while k >= v.sent.start and doc[k].lower_ in ("le", "la", "les", "l'", "l’", "lui", "leur", "en", "y", "ne",
                                                  "pas", "even", "ever"):
        k -= 1
    return k >= v.sent.start and doc[k].lower_ in neg.get("without", ())


def _negative_subject(v: Token, neg: dict[str, frozenset[str]], lang: str) -> bool:
    subjects = neg.get("subject", ())
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
            continue
        words = [t.lower_ for t in c.subtree][:3]
        if c.lower_ in subjects or " ".join(words[:2]) in subjects or (words and words[0] in subjects):
            return True
        if lang == "en" and words and words[0] == "no":
            return True  # "no official confirmed"
    return False


def _restricted(tok: Token, neg: dict[str, frozenset[str]]) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in neg.get("not_after", ())


def _ne_pas(v: Token, neg: dict[str, frozenset[str]]) -> bool:
    """"n'a pas confirmé", "ne l'a jamais dit", "ne dit pas", "n'a ni confirmé ni démenti"."""
    doc, adverbs = v.doc, neg.get("adverb", ())
    has_ne, adverb = False, None
    k = v.i - 1
    while k >= v.sent.start:
        t = doc[k]
        low = t.lower_
        if low in _NE:
            has_ne = True
            break
        if low in adverbs:
            adverb = adverb or t
        elif low == "ni" or (t.pos_ in ("VERB", "AUX") and k > v.sent.start and doc[k - 1].lower_ == "ni"):
            pass  # "n'a ni confirmé ni démenti"
        elif not (low in _GROUP_FR or t.dep_.startswith("aux") or t.text.startswith("-")):
            break
        k -= 1
        if v.i - k > 7:
            break
    if not has_ne:
        return False
    if adverb is None:
        # "ne dit pas", "ne précise-t-il pas", "ne le confirme pas"
        for t in doc[v.i + 1:min(v.sent.end, v.i + 3)]:
            if t.lower_ in adverbs:
                adverb = t
                break
            if not t.text.startswith("-"):
                break
    return adverb is not None and not _restricted(adverb, neg)


def _not(v: Token, neg: dict[str, frozenset[str]]) -> bool:
    """"did not say", "has never confirmed", "didn't comment", "would not say"."""
    adverbs = neg.get("adverb", ())
    for c in v.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in adverbs):
            if c.lower_ in adverbs and c.i < v.i and not _restricted(c, neg):
                return True
    k = v.i - 1
    doc = v.doc
    while k >= v.sent.start and v.i - k <= 4:
        t = doc[k]
        if t.lower_ in adverbs:
            return not _restricted(t, neg)
        if not (t.dep_.startswith("aux") or t.pos_ in ("AUX", "ADV", "PART")):
            break
        k -= 1
    return False
