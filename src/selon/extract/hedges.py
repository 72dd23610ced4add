"""Hedge markers: conditionnel journalistique, doubt adverbs and adjectives.

A French conditional is a hedge when it presents an unverified fact
(*l'aéroport serait cerné*, *il aurait touché 50 000 dollars*). It is not
one when it is:
- the future-in-the-past of reported speech (*il a dit qu'il ne porterait
  pas plainte*): a conditional inside the complement of a past-tense verb;
- a genuine condition (*si on m'avait cassé la gueule, je l'aurais fait*);
- a modal of expectation or possibility in the present (*devrait permettre*,
  *pourrait se dégrader*) or of wish and politeness (*voudrait*, *aimerait*,
  *il faudrait*);
- in the first or second person (the speaker's own hypothetical).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS

from ..model import Hedge, Span
from ..nlp.lang import LangData
from ..nlp.pipeline import doc_text, token_columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Conditionals of these lemmas state an expectation, a possibility, a wish or
# a necessity rather than an unverified fact, unless compound (*aurait pu*).
_MODAL_FR = frozenset({"devoir", "pouvoir", "vouloir", "aimer", "souhaiter", "falloir", "valoir",
                       "préférer"})
_PAST_TENSES = frozenset({"Past", "Imp"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis"})


def _is_past_reporting(tok: Token) -> bool:
    if tok.morph.get("Tense") and set(tok.morph.get("Tense")) & _PAST_TENSES:
        return True
    return any(c.dep_.startswith("aux") and "Pres" in c.morph.get("Tense") for c in tok.children) and \
        "Part" in tok.morph.get("VerbForm")


def _under_past_verb(verb: Token) -> bool:
    """True when ``verb`` is in the que-clause of a past-tense verb (concordance),
    also in a relative clause inside it (*a promis que la réforme, qui coûterait
    deux millions, serait votée*)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ in ("acl:relcl", "acl") and tok.head.i != tok.i:
            noun = tok.head  # a relative clause: the clause that holds its noun
            tok = noun.head if noun.head.i != noun.i else noun
        else:
            break
    if tok.dep_ not in ("ccomp", "xcomp") and not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")
                                                       for c in tok.children):
        return False
    head = tok.head
    return head.i != tok.i and head.pos_ in ("VERB", "AUX") and _is_past_reporting(head)


def _before_past_incise(verb: Token, data: LangData) -> bool:
    """True when ``verb`` is the claim of a past-tense incise after it: *Il ne
    démissionnerait pas, a-t-il répété* (the future-in-the-past of reported speech)."""
    sent = verb.sent
    for t in sent:
        if t.i <= verb.i or t.lemma_.lower() not in data.reporting_verbs or not _is_past_reporting(t):
            continue
        k = t.i - 1
        while k > verb.i and (sent.doc[k].dep_.startswith("aux") or sent.doc[k].text.startswith("-") or
                              sent.doc[k].lower_ in ("ne", "n'", "n’", "pas")):
            k -= 1  # the verb group: "a-t-il répété", "n'a pas dit"
        if sent.doc[k].text in (",", "»", "”", '"', "—", "–") or \
                (t.i + 1 < sent.end and sent.doc[t.i + 1].text.startswith("-")):
            return True
    return False


# Future/conditional stems of irregular verbs: "serait", "aurait", "pourrait".
_IRREGULAR_STEMS = {
    "être": "ser", "avoir": "aur", "pouvoir": "pourr", "devoir": "devr", "faire": "fer", "aller": "ir",
    "venir": "viendr", "voir": "verr", "falloir": "faudr", "vouloir": "voudr", "savoir": "saur",
    "tenir": "tiendr", "valoir": "vaudr", "mourir": "mourr", "envoyer": "enverr", "recevoir": "recevr",
}


_CONDITIONAL_ENDS = ("rais", "rait", "rions", "riez", "raient")


def _is_conditional(tok: Token) -> bool:
    """Mood=Cnd, or a conditional form the morphologiser missed (*s'agirait*)."""
    form = tok.lower_
    if not form.endswith(_CONDITIONAL_ENDS):
        return False  # every French conditional ends so; guards tagger slips ("elle-même")
    lemma = tok.lemma_.lower()
    if "Cnd" in tok.morph.get("Mood"):
        return True
    for end in ("rait", "raient"):
        if form.endswith(end):
            stem = form[: -len(end) + 1]  # keep the "r"
            fut = _IRREGULAR_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
            return stem == fut or stem == fut + "r"
    return False


def _has_si_clause(verb: Token, data: LangData) -> bool:
    sent = verb.sent
    if any(t.lower_ in ("si", "s'") and t.dep_ == "mark" and t.i < verb.i + 12 for t in sent) or \
            any(t.lower_ == "si" and t.i == sent.start for t in sent):
        return True
    # "dans le cas où Fillon renoncerait", "quand bien même il le voudrait": a
    # condition phrase shortly before the verb ({lang}_hedges.txt "condition").
    before = doc_text(sent.doc)[max(sent.start_char, verb.idx - 60):verb.idx].lower()
    return any(f"{c} " in before or before.startswith(f"{c} ") or f"{c[:-1]}'" in before and c.endswith("e")
               for c in data.hedge_conditions)


def _hypothetical_relative(verb: Token) -> bool:
    """"une situation qui justifierait une suspension", "un candidat qui
    accepterait": a conditional relative on an indefinite noun describes a
    hypothetical thing, not an unverified fact ("l'homme qui aurait tiré" is one)."""
    if verb.dep_ not in ("acl:relcl", "acl") or verb.head.i == verb.i:
        return False
    if not any(c.lower_ in ("qui", "que", "qu'", "qu’") and c.dep_ in ("nsubj", "nsubj:pass", "obj")
               for c in verb.children):
        return False  # "une révélation selon laquelle il aurait touché …" reports a claim
    noun = verb.head
    dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    return bool(dets) and ("Ind" in dets[0].morph.get("Definite") or "Neg" in dets[0].morph.get("Polarity") or
                           dets[0].lower_ in ("aucun", "aucune", "nul", "nulle", "tout", "toute"))


def _conditional_markers(doc: Doc, data: LangData) -> Iterator[Span]:
    text = doc_text(doc)
    strings = doc.vocab.strings
    verbs = {POS_IDS["VERB"], POS_IDS["AUX"]}
    for i, (pos, lower) in enumerate(zip(*token_columns(doc, POS, LOWER))):
        # _is_conditional's first test, on ints and strings (no Token object)
        if pos not in verbs or not strings[lower].endswith(_CONDITIONAL_ENDS):
            continue
        tok = doc[i]
        if not _is_conditional(tok):
            continue
        if set(tok.morph.get("Person")) & {"1", "2"}:
            continue
        # "autrefois, on aurait appelé cela une lubie": a generic
        # hypothetical, not an unverified fact.
        subj_head = tok.head if tok.dep_.startswith("aux") or tok.dep_ == "cop" else tok
        if any(c.dep_ in ("nsubj", "expl:subj") and c.lower_ == "on" for c in subj_head.children):
            continue
        # The lexical verb: for "aurait permis" the head participle, for
        # "serait cerné" the passive participle, else the verb itself.
        main = tok.head if tok.dep_.startswith("aux") or tok.dep_ == "cop" else tok
        compound = main is not tok
        if not compound and tok.lemma_ in _MODAL_FR:
            continue
        if main.lemma_ in _MODAL_FR and main.i == tok.i:
            continue
        if _under_past_verb(main) or _has_si_clause(main, data) or _before_past_incise(main, data) or \
                _hypothetical_relative(main):
            continue
        if tok.dep_ == "cop":
            start, end = tok.idx, tok.idx + len(tok)
        else:
            first = min([tok] + [c for c in main.children if c.dep_ in ("expl:comp", "expl:pass")
                                 and c.i < tok.i and c.i >= tok.i - 2], key=lambda t: t.i)
            last = main if compound else tok
            start, end = first.idx, last.idx + len(last)
        yield Span.of(text, start, end)


# Per language, (form, lemma) string hashes → whether the word is in one of the hedge lists
# (_word_markers' first test); the lists are fixed, so the answers are kept.
_LISTED: dict[str, dict[tuple[int, int], bool]] = defaultdict(dict)


def _word_markers(doc: Doc, data: LangData) -> Iterator[tuple[Span, str]]:
    text = doc_text(doc)
    low = text.lower()
    for phrase, kind in data.hedge_words.items():
        if " " in phrase or "-" in phrase or "'" in phrase:
            start = 0
            while (i := low.find(phrase, start)) >= 0:
                start = i + 1
                before = low[i - 1] if i else " "
                after = low[i + len(phrase)] if i + len(phrase) < len(low) else " "
                if not before.isalnum() and not after.isalnum():
                    yield Span.of(text, i, i + len(phrase)), kind
    words, pronominal, verbs = data.hedge_words, data.hedge_pronominal, data.hedge_verbs
    strings = doc.vocab.strings
    listed = _LISTED[data.lang]  # by (form, lemma) hashes: tested once per pair
    if len(listed) >= 200_000:
        listed.clear()  # bounded in a long-running process
    for i, key in enumerate(zip(*token_columns(doc, LOWER, LEMMA))):
        hit = listed.get(key)
        if hit is None:
            form, lemma = strings[key[0]], strings[key[1]].lower()
            hit = listed[key] = form in words or lemma in words or lemma in pronominal or lemma in verbs
        if not hit:
            continue  # none of the tests below can hold
        tok = doc[i]
        form = tok.lower_
        lemma = tok.lemma_.lower()
        kind = data.hedge_words.get(form) or data.hedge_words.get(lemma)
        if kind and " " not in form:
            # "possible" hedges only before its noun (*une possible
            # irrégularité*), not as a predicate (*ce qui est possible*).
            if kind == "adjective" and tok.lemma_.lower() in ("possible", "probable") and \
                    not (tok.dep_ == "amod" and tok.i < tok.head.i):
                continue
            if kind == "adjective" and tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_.startswith("aux") or c.dep_ == "xcomp" for c in tok.children):
                continue  # "il est supposé partir": a verb, not a doubt
            yield Span.of(text, tok.idx, tok.idx + len(tok)), kind
        elif tok.lemma_.lower() in data.hedge_pronominal and tok.pos_ in ("VERB", "AUX") and \
                any(c.lower_ in ("se", "s'", "s’") for c in tok.children) and \
                not any("Inf" in c.morph.get("VerbForm") for c in tok.children if c.i > tok.i):
            yield Span.of(text, tok.idx, tok.idx + len(tok)), "verb"  # "qui se veut apolitique"
        elif tok.lemma_.lower() in data.hedge_verbs and tok.pos_ in ("VERB", "AUX") and \
                any("Inf" in c.morph.get("VerbForm") or any("Inf" in g.morph.get("VerbForm") for g in c.children)
                    for c in tok.children if c.pos_ in ("VERB", "AUX") and c.i > tok.i):
            yield Span.of(text, tok.idx, tok.idx + len(tok)), "verb"


def _english_conditionals(doc: Doc) -> Iterator[Span]:
    # "would have" + past participle presents an unverified past event.
    text = doc_text(doc)
    for tok in doc:
        if tok.lower_ == "would" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "have" \
                and doc[tok.i + 2].tag_ == "VBN":
            yield Span.of(text, tok.idx, doc[tok.i + 2].idx + len(doc[tok.i + 2]))


def extract_hedges(doc: Doc, data: LangData) -> list[Hedge]:
    """Return every hedge marker of the document, in text order, without overlaps."""
    found: list[Hedge] = []
    if data.lang == "fr":
        found += [Hedge(marker=s, kind="conditional") for s in _conditional_markers(doc, data)]
    else:
        found += [Hedge(marker=s, kind="conditional") for s in _english_conditionals(doc)]
    found += [Hedge(marker=s, kind=k) for s, k in _word_markers(doc, data)]  # type: ignore[arg-type]
    found.sort(key=lambda h: (h.marker.start, -(h.marker.end - h.marker.start)))
    out: list[Hedge] = []
    for h in found:
        if out and h.marker.start < out[-1].marker.end:
            continue
        out.append(h)
    return out
