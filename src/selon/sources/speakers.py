"""Sources the attribution layer did not give: speakers found from the parse itself.

Source typing types the source of every attribution; this module adds the mentions
of sources that no attribution (or only a part of one) names, so that a source the
attribution layer missed still gets a typed :class:`~selon.model.Source`. Each rule
is a reporting construction (see docs/kb.md, "Speakers found without an attribution"):

``subject``
    the active subject of a reporting verb (``{lang}_reporting_verbs.txt``) that
    has something said (a clause, an object, a quotation in its sentence): *les
    responsables des quotidiens ont exprimé leur mécontentement*; a relative *qui*
    stands for its antecedent (*des gens … qui réclamaient*);
``inverted``
    the subject placed after the verb of an incise that follows a quotation
    (*« … », a abondé X, président de Y*; *« … », estime pour sa part X*);
``channel``
    the outlet a statement was made to or on (*a confié à France Info*, *lors
    d'une interview sur la radio France Inter*, *told CNN*);
``according``
    what follows *selon / d'après / according to* when the attribution has no
    source, and the speaker inside a wrapper (*selon les propos du directeur* →
    *du directeur*; *selon ce que rapportent des médias belges* → *des médias
    belges*).

``missing`` / ``side``
    the speaker of a verb attribution that has no source, after or before the verb
    (*a affirmé à l'AFP X*; *X, battu au premier tour, a affirmé*), or the side an
    impersonal *on* speaks for (*Du côté des éleveurs, on se disait…*);
``agent``
    the agent of a passive reporting verb (*qualifié de X par Y*, *described by Y*);
``signature``
    the signature line of an embedded post (*— Name (@handle) 12 mars 2023*);
``relative``
    the antecedent of a relative pronoun source (*des gens … qui réclamaient* → *des gens*);
``participle``
    the subject of the clause a participial cue opens (*Dénonçant X, les agriculteurs ont …*);
``relayed``
    the person an outlet questioned (*un délégué interrogé par l'AFP*, *analysts quoted by X*);
``incise``
    a name after a quotation and a reporting verb the tagger misread (*« … », soupire Marc*,
    *« … », s'indigne Hélène, aide-soignante*): the verb is read from its written form;
``inner-incise``
    the same incise inside the quotation it cuts (*« Ce qui compte, explique la directrice, c'est … »*;
    *« … le quai, rappelle un agent. Il … »*);
``colon``
    a speaker and a colon before a quotation, in the body (*Le maire, Yann Kerjean : « … »*), or the
    subject of a clause with no cue that ends in a colon before one (``colon-clause``: *une habitante a
    interpellé l'élu : « … »*);
``antecedent``
    the subject a pronoun source with no ``source_ref`` stands for, in its sentence or the one
    before, with the pronoun's gender (*L'avocate générale a requis … « … », a-t-elle souligné*).

A mention is kept only when it looks like a source: a knowledge-base name, a
role noun of ``roles.yaml``, a proper name, or a document noun; never a pronoun,
never inside a quotation.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import re
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string

from ..extract.quotes import QuoteIndex
from ..model import Article
from ..nlp.lang import _lines, lang_data
from ..nlp.pipeline import case_blind_lower, doc_text, token_columns
from .kb import KnowledgeBase, load_kb, normalize
from .lexicons import Lexicons, load_lexicons, speaker_words, words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

# Dependencies under a verb that carry what is said.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "obj", "parataxis", "dobj"})
# Parts of a subject noun phrase that are not its name: relative and adverbial clauses.
_CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "advcl", "parataxis", "relcl", "dislocated"})
# Words between an incise verb and its inverted subject ("estime pour sa part X").
_INCISE_FILLERS = frozenset("""pour sa part quant lui elle eux de son côté leur alors encore aussi également
ensuite enfin lui-même elle-même même t il -t-il""".split())
_IMPERSONAL = frozenset({"il", "ce", "c'", "cela", "ça", "it", "this", "that"})
_TIME_WORDS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir aujourd'hui
monday tuesday wednesday thursday friday saturday sunday yesterday today""".split())
# Nouns of the setting a statement was made in ("dans un communiqué", "au micro", "sur son compte").
_SETTINGS = frozenset("""communiqué entretien interview micro antenne plateau conférence presse compte réseaux
message lettre courrier statement interview briefing journal""".split())
_TITLES = frozenset({"m.", "mme", "mgr", "dr", "me", "pr", "mr", "mrs", "ms", "mlle", "monseigneur"})
_CHANNEL_PREPS = frozenset({"à", "au", "sur", "dans", "to", "with", "on"})
# A speaker wrapped in what they said: "les propos du directeur", "the words of X".
_WRAPPER = re.compile(
    r"^(?:(?:les|des|ses|leurs|le|la|l['’]|the)\s*)?(?:propos|déclarations|dires|explications|termes|informations|"
    r"affirmations|expression|mots|formule|version|témoignage|témoignages|récit|aveux|words|statements|remarks|"
    r"account|testimony)\s+(?=(?:de|du|des|d['’]|of)\b)", re.IGNORECASE)
# "ce que rapportent X", "ce qu'a confié à France Info X": the inverted subject after a reporting verb.
_WHAT_SAID = re.compile(r"^ce\s+qu(?:e\s+|['’]\s*)(?:(?:a|ont|avait|avaient)\s+)?(?P<verb>[\w-]+)\s+"
                        r"(?:(?:à|au|aux|sur)\s+(?P<channel>.+?)\s+(?=[A-ZÀ-Ý]|(?:le|la|les|l['’]|un|une|des)\s))?"
                        r"(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)


# The signature line of an embedded post: a dash, a name, its @handle in brackets, a date.
_MONTHS = (r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|"
           r"February|March|April|May|June|July|August|September|October|November|December)")
_TWEET_SIGNATURE = re.compile(r"[—–]\s*(?P<who>[^\n—–()@]{2,80}?\s*\(@\w{1,30}\))\s*"
                              rf"(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}},?)\s+\d{{4}}", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Speaker:
    """A mention of a source found without an attribution: where, what and why."""

    start: int
    end: int
    text: str
    how: str  # "subject:<verb>", "inverted:<verb>", "channel:<cue>", "according:<cue>"
    attribution: str | None = None  # the attribution whose missing source this is ("according" only)


def unwrap(text: str) -> str:
    """Return the speaker inside a wrapper ("les propos du directeur de la centrale" →
    "directeur de la centrale"; "ce que rapportent des médias belges" → "des médias belges")."""
    m = _WHAT_SAID.match(text)
    if m:
        text = m.group("rest")
    m = _WRAPPER.match(text)
    if m:
        text = re.sub(r"^(?:de la|de l['’]|du|des|de|d['’]|of)\s*", "", text[m.end():], flags=re.IGNORECASE)
    return text.strip(" ,")


def outlet_prefix(text: str, kb: KnowledgeBase) -> int | None:
    """The length of an outlet's name that opens ``text`` and a person's name follows
    ("l'AFP Julie Marchand": a channel and the speaker run together), else None."""
    hits = kb.find_in(text)
    if not hits or not hits[0][2].is_media or words(text[:hits[0][0]]) not in ([], ["l'"], ["le"], ["la"], ["the"]):
        return None
    rest = text[hits[0][1]:].strip()
    names = rest.split()
    if len(names) >= 2 and all(w[:1].isupper() for w in names[:2]):
        return hits[0][1]
    return None


def looks_like_source(text: str, kb: KnowledgeBase, lex: Lexicons, doc_pos: list[str] | None = None) -> bool:
    """True when ``text`` names a possible source: a KB name, a role noun, a proper name."""
    toks = words(text)
    if not toks or len(text) > 200:
        return False
    if kb.find_in(text) or lex.head_role(toks) is not None:
        return True
    if doc_pos is not None:
        return "PROPN" in doc_pos
    return any(w[:1].isupper() for w in text.split()[1:])


def _np(head: Token, stop: int | None = None) -> list[Token]:
    """The tokens of the noun phrase of ``head``: its subtree without clauses, from its
    last comma before the head (a fronted adverbial is not the name)."""
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS:
            drop.update(t.i for t in child.subtree)
    toks = [t for t in head.subtree if t.i not in drop and (stop is None or t.i < stop)]
    commas = [t.i for t in toks if t.text == "," and t.i < head.i]
    if commas:
        toks = [t for t in toks if t.i > commas[-1]]
    while toks and (toks[-1].is_punct and toks[-1].text not in (")", "»", "”")):
        toks.pop()
    while toks and toks[0].is_punct and toks[0].text not in ("«", "“"):
        toks.pop(0)
    return toks


_RELATIVE_PRONOUNS = frozenset({"qui", "who", "which", "that", "lequel", "laquelle", "lesquels", "lesquelles"})
# Participles of citing verbs whose noun is the person questioned ("un délégué interrogé par l'AFP").
_RELAY_VERBS = frozenset({"interroger", "questionner", "interviewer", "joindre", "contacter", "citer", "quote",
                          "interview", "contact", "reach", "cite"})
_PRONOUN_GENDER = {"il": "Masc", "elle": "Fem", "he": "Masc", "she": "Fem"}
# "« … », soupire Marc": a closing quotation, a comma, a verb (maybe reflexive, maybe after
# "a"), maybe "-t-il", then the speaker.
_INCISE = re.compile(r"[»”\"]\s*,\s*(?:(?:a|avait)\s+)?(?P<clitic>s['’]\s*|se\s+)?(?P<verb>[a-zàâçéèêëîïôûù]+)"
                     r"(?:-t-(?:il|elle|on))?\s+(?=\S)")
# The same incise inside a quotation, after a comma of the quoted words ("« A, explique le maire, B »").
_INNER_INCISE = re.compile(r"[^\s»”\"],\s*(?:(?:a|avait)\s+)?(?P<clitic>s['’]\s*|se\s+)?(?P<verb>[a-zàâçéèêëîïôûù]+)"
                           r"(?:-t-(?:il|elle|on))?\s+(?=\S)")
# An outlet relaying the speaker, inside a source phrase ("un proche du dossier cité par Reuters").
_RELAY_OUTLET = re.compile(r",?\s+(?:cité|citée|cités|citées|interrogée?s?|interviewée?s?|jointe?s?|contactée?s?|quoted|cited|interviewed)\s+"
                           r"(?:par|by)\s+(?P<who>[^,.;:]{2,60}?)\s*$", re.IGNORECASE)
# Words written on a thing: "pouvait-on lire sur une pancarte", "on peut lire sur les banderoles",
# "une banderole sur laquelle était inscrit", "signs reading".
_INSCRIPTION_NP = (r"(?:une?|les|la|le|l['’]|des|ses|leurs|plusieurs|a|an|the|their|one)\s+[^\W\d][\w’'-]*"
                   r"(?:\s+(?!brandie?s?\b|tenue?s?\b|portée?s?\b|par\b|qui\b|où\b|that\b|held\b|carried\b|reading\b|"
                   r"read\b|sur\b)[^\W\d][\w’'-]*){0,3}")
_INSCRIPTION_VERB = (r"(?:pouvait|peut|pouvaient|pourra|pouvait-on|peut-on|pouvaient-on|lisait-on|lit-on|on\s+pouvait|"
                     r"on\s+peut|on\s+lisait|on\s+lit)\s+(?:lire\s+)?(?:sur|dans)\s+")
_INSCRIPTION_AFTER = (r"(?:sur\s+(?:laquelle|lequel|lesquelles|lesquels)\s+(?:on\s+pouvait\s+lire|"
                      r"était\s+inscrit|étaient\s+inscrits|figurait|figuraient|on\s+lisait)|(?:that\s+)?(?:read|reading)\s*[:“\"«])")
_INSCRIPTION = re.compile(
    rf"(?:{_INSCRIPTION_VERB}(?P<who>{_INSCRIPTION_NP}))|(?P<who2>{_INSCRIPTION_NP})\s+{_INSCRIPTION_AFTER}",
    re.IGNORECASE)
# Every _INSCRIPTION match holds one of these: a text without any is not searched
# (the noun phrase branch is tried, and backtracks, at every determiner).
_INSCRIPTION_PROBE = re.compile(f"{_INSCRIPTION_VERB}|{_INSCRIPTION_AFTER}", re.IGNORECASE)
# Every probe match holds one of these (lower case), or *lit* and a space (*on lit sur*).
_INSCRIPTION_WORDS = ("pouv", "peut", "pourra", "lisait", "lit-on", "quel", "read")
_LIT_SPACE = re.compile(r"lit\s")
# English: a closing quotation after a comma (or ! ?), then the speaker and the verb.
_INCISE_EN = re.compile(r"[,!?]\s*[”\"]\s+(?P<rest>[A-Z][^.,;:!?“”\"\n]{1,120})")
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "thought", "felt", "swore", "put", "read"})
# "Le maire de Brest, Yann Kerjean : « …": a speaker opening a sentence, a colon, a quotation.
# "Même son de cloche chez X", "Même constat du côté de X": the lead before the group a colon quotes
_SAME_VIEW = re.compile(r"(?:même|autre)\s+(?:son\s+de\s+cloche|discours|constat|analyse|tonalité|ton|refrain)\s+"
                        r"(?:chez|pour|du\s+côté\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|(?=des\s))|côté)\s*",
                        re.IGNORECASE)
# "Même son de cloche pour X, adjoint au maire. « … »": the lead sentence names who the next quotation is of
_SAME_VIEW_SENTENCE = re.compile(r"(?:^|(?<=[.!?»”\"]\s)|(?<=\n))(?P<lead>(?:même|autre)\s+[^.:!?«»“”\n]{2,30}?\s+"
                                 r"(?:chez|pour|du\s+côté\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])|côté)\s+)"
                                 r"(?P<who>[^.:!?«»“”\"\n]{2,160}?)\s*\.\s*[«“\"]", re.IGNORECASE)
_COLON = re.compile(r"(?:^|(?<=[.!?»”]\s)|(?<=\n))(?P<who>[A-ZÀ-Ý][^:.!?«»“”\n]{2,120}?)\s*:\s*[«“\"]")
_COLON_QUOTE = re.compile(r":\s*[«“\"]")  # what every _COLON match ends with


@functools.lru_cache(maxsize=2)
def _incise_forms(lang: str) -> frozenset[str]:
    """Written forms of the reporting verbs of ``lang`` (and of ``incise_verbs`` in
    speakers.yaml), reflexive clitics dropped: "soupire", "indigne", "lance"."""
    from ..nlp.lang.inflect import inflections
    from .lexicons import speaker_words

    lemmas = set(_written_verbs(lang)) | {re.sub(r"^(?:se\s+|s['’])", "", w) for w in speaker_words(lang, "incise_verbs")}
    return frozenset({f for lemma in lemmas for f in inflections(lemma, lang)} | speaker_words(lang, "incise_forms"))


@functools.lru_cache(maxsize=2)
def _cue_nouns(lang: str) -> frozenset[str]:
    """The nouns that carry what is said (``{lang}_cue_nouns.txt``: *claim*, *statement*)."""
    return frozenset(line.strip().lower() for line in _lines(f"{lang}_cue_nouns.txt") if line.strip())


def relative_antecedent(doc: Doc, start: int, end: int) -> tuple[int, int, str] | None:
    """The noun phrase a relative pronoun at ``start:end`` stands for ("des gens … qui
    réclamaient" → "des gens"; "groups that challenged" → "groups"), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _RELATIVE_PRONOUNS | {"whom"}:
        return None
    rel = span[0]
    head = _antecedent(rel.head)
    if head is None or head.i > rel.i:
        # the parse missed the relative clause: the noun right before the pronoun, or before the
        # first relative of a coordination ("des riverains qu'on n'écoute plus (…) et qui demandent")
        j = rel.i - 1
        if j >= rel.sent.start and doc[j].pos_ == "ADP" and j - 1 >= rel.sent.start and doc[j - 1].text == ",":
            j -= 2  # "Le maire, pour qui « … »": the noun before the preposition and its comma
        elif j >= rel.sent.start and doc[j].lower_ in ("et", "ou", "and", "or", ","):
            j = next((t.i - 1 for t in reversed(doc[rel.sent.start:j]) if t.lower_ in _RELATIVE_PRONOUNS | {
                "que", "qu'", "qu’", "whom"}), -1)
            if j < 0:  # or the noun an apposition follows: "des commerçants, inquiets pour X, et qui"
                verb = max((t.i for t in doc[rel.sent.start:rel.i] if t.pos_ in ("VERB", "AUX")), default=rel.sent.start)
                j = next((t.i for t in doc[verb:rel.i - 1] if t.pos_ in ("NOUN", "PROPN") and doc[t.i + 1].text == ","), -1)
        if j < rel.sent.start or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        head = doc[j]
        while head.dep_ in ("flat:name", "flat", "compound") and head.head.i < head.i:
            head = head.head
        rel = doc[j + 1]
    toks = [t for t in _np(head, stop=rel.i) if t.i <= max(head.i, rel.i - 1)]
    while toks and toks[0].pos_ == "ADP":
        toks.pop(0)  # "chez des gens qui …": the noun phrase, not its preposition
    return _span(doc, toks)


def extend_right(doc: Doc, start: int, end: int, limit: int) -> tuple[int, int, str] | None:
    """The source phrase at ``start:end`` with the words of its noun phrase that the attribution
    left out before ``limit`` (the cue): "Le constructeur" → "Le constructeur automobile
    Stellantis". None when nothing is to add."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return None
    root = span.root
    k = span.end
    while k < len(doc) and doc[k].idx < limit and doc[k].pos_ in ("PROPN", "ADJ", "NOUN") and \
            not doc[k].is_punct and (doc[k].head.i == root.i or doc[k].head.i in range(span.end, k) or (
                doc[k].dep_ == root.dep_ == "nsubj" and doc[k].head.i == root.head.i)) and \
            doc[k].dep_ in ("amod", "appos", "flat:name", "flat", "nmod", "compound", "nsubj"):
        k += 1
    if k == span.end:
        return None
    return _span(doc, list(doc[span.start:k]))


def _span(doc: Doc, toks: list[Token]) -> tuple[int, int, str] | None:
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    text = doc_text(doc)[start:end]
    if text.count("«") != text.count("»") or text.count("“") != text.count("”"):
        return None
    return start, end, text


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's *qui* stands for ("des gens … qui réclamaient")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ in ("acl:relcl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
        return cur.head
    return None


def _says_something(verb: Token, sent_text: str) -> bool:
    if any(c.dep_ in _CONTENT_DEPS for c in verb.children) or any(m in sent_text for m in "«»“\":"):
        return True
    # the parser hung the object elsewhere ("ont redit, chacun à sa manière, leur opposition";
    # "dénonce, dans un communiqué, une décision injuste", read as a modifier with no preposition):
    # a noun of the verb's clause after it, not a day or a time
    return any(t.pos_ == "NOUN" and t.i > verb.i and t.lower_ not in _TIME_WORDS and (
        t.dep_ not in ("nsubj", "obl:mod") or (
            t.dep_ == "obl:mod" and t.head == verb and not any(c.dep_ == "case" for c in t.children)
            and any(c.dep_ == "det" for c in t.children)))
        for t in verb.subtree)


@functools.lru_cache(maxsize=2)
def _written_verbs(lang: str) -> frozenset[str]:
    out = set()
    for line in _lines(f"{lang}_reporting_verbs.txt"):
        word = line.strip().split("|")[0]
        out.add(word[3:] if word.startswith("se ") else word[2:] if word.startswith("s'") else word)
    return frozenset(out)


@functools.lru_cache(maxsize=16)
def _word_class(lang: str, kind: str) -> frozenset[str]:
    """A word class of ``{lang}_attribution_words.txt`` (``platform``: where a statement is posted;
    ``no_comment``: verbs that, negated, say nothing)."""
    return frozenset(w.strip() for k, _, w in (line.partition("\t") for line in _lines(f"{lang}_attribution_words.txt"))
                     if k == kind)


def _platforms(lang: str) -> frozenset[str]:
    return _word_class(lang, "platform")


def _no_comment(lang: str) -> frozenset[str]:
    return _word_class(lang, "no_comment")


def _capital(tok: Token) -> bool:
    """A capitalised word inside a sentence: a name the tagger may read as an adjective
    ("Priscilla" after "dans un communiqué")."""
    return tok.i > tok.sent.start and tok.text[:1].isupper() and tok.text[1:2].islower() and tok.is_alpha


class _Finder:
    def __init__(self, doc: Doc, article: Article, kb: KnowledgeBase, lex: Lexicons) -> None:
        self.doc, self.article, self.kb, self.lex = doc, article, kb, lex
        self.lang = article.lang or "fr"
        self.data = lang_data(self.lang)
        self.quotes = QuoteIndex(doc_text(doc))
        self.found: list[Speaker] = []

    def is_reporting(self, tok: Token) -> bool:
        """A verb of the hand-written list (``{lang}_reporting_verbs.txt``; not the English verbs
        learned from a corpus, which hold acts such as *veto*)."""
        return tok.pos_ == "VERB" and tok.lemma_.lower() in _written_verbs(self.lang)

    def add(self, span: tuple[int, int, str] | None, how: str, pos: list[str] | None = None,
            attribution: str | None = None, sure: bool = False, quoted: bool = False) -> None:
        if span is None:
            return
        start, end, text = span
        if not quoted and self.quotes.containing(start, end) is not None:
            return  # inside a quotation: someone else's words
        if not sure and not looks_like_source(text, self.kb, self.lex, pos):
            return  # ``sure``: the construction itself makes a speaker of any noun phrase
        self.found.append(Speaker(start, end, text, how, attribution))

    def subject(self, verb: Token, sent_text: str, join_apposition: bool = False) -> None:
        if verb.dep_ in ("acl", "amod") or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            return  # "deux montres estimées à", "a été annoncé par": the subject is not the speaker
        if not _says_something(verb, sent_text) or verb.lemma_.lower() in self.data.incise_only:
            return  # "continuer", "poursuivre" report only in an incise ("…, a-t-il poursuivi")
        no_comment = _no_comment(self.lang)
        if verb.lemma_.lower() in no_comment and any(c.dep_ == "advmod" and c.lower_ in (
                "pas", "jamais", "not", "n't") for c in verb.children):
            return  # rule no-comment: "Le rectorat n'a pas répondu à nos questions" says nothing
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in no_comment and not any(
                g.dep_.startswith(("obj", "obl", "ccomp", "xcomp", "iobj")) for g in c.children) for c in verb.children):
            return  # "n'a pas souhaité réagir", "a refusé de commenter" (not "a préféré ne pas commenter le budget": an object)
        for child in verb.children:
            # "nsubj:pass" with no passive auxiliary: the tagger's misreading of a reflexive
            # ("La Ligue …, qui avait saisi la justice, s'est félicitée d'une « … »")
            if child.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            head = child
            if child.pos_ == "PRON":
                if child.lower_ not in ("qui", "who"):
                    continue
                head = _antecedent(verb)
                if head is None:
                    continue
                # the antecedent without its relative clauses: "des gens", "un responsable du parti"
                core = _np(head, stop=child.i)
                self.add(_span(self.doc, core), f"subject:{verb.lemma_}", [t.pos_ for t in core])
                continue
            if child.pos_ not in ("NOUN", "PROPN"):
                continue
            toks = _np(head)
            if join_apposition and self.found and self.found[-1].how == f"subject:{verb.lemma_}" and toks and \
                    doc_text(self.doc)[self.found[-1].end:toks[0].idx].strip() == ",":
                # "La maire, Anne Guivarch, défend…" parsed as two subjects: one apposition, one speaker
                prev = self.found.pop()
                self.add((prev.start, toks[-1].idx + len(toks[-1].text),
                          doc_text(self.doc)[prev.start:toks[-1].idx + len(toks[-1].text)]),
                         f"subject:{verb.lemma_}", None)
                continue
            self.add(_span(self.doc, toks), f"subject:{verb.lemma_}", [t.pos_ for t in toks])

    def denial(self, verb: Token) -> None:
        """Rule denial: *Les autorités ont rejeté ces accusations*, *the ministry dismissed the claims*:
        the subject of a denial verb whose object is a claim noun (``claim_nouns``) takes a public stance."""
        claims = speaker_words(self.lang, "claim_nouns")
        if not any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in claims for c in verb.children):
            return
        if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            return
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                toks = _np(child)
                self.add(_span(self.doc, toks), f"denial:{verb.lemma_}", [t.pos_ for t in toks])

    def demand(self, verb: Token) -> None:
        """Rule demand: *La procureure a requis deux ans de prison*, *prosecutors sought a life sentence*: the
        subject of a verb of requisition or pleading (``demand_verbs``) with an object makes a call in public,
        whatever the object is (GUIDELINES.md: calls are attributions)."""
        if not any(c.dep_ in ("obj", "dobj", "xcomp") for c in verb.children):
            return
        if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children):
            return
        for child in verb.children:
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                toks = _np(child)
                self.add(_span(self.doc, toks), f"demand:{verb.lemma_}", [t.pos_ for t in toks])

    def tagged_noun(self, tok: Token) -> None:
        """*Le syndicat juge inacceptable la fermeture*, *Le maire juge la mesure inutile*: a present
        reporting form the tagger reads as a noun or an adjective right after the noun phrase that opens
        the sentence (no determiner of its own, an object or an attribute after it): that noun phrase
        is a speaker."""
        doc = self.doc
        low = tok.lower_  # the word test first: it rules out most tokens
        if not low.endswith(("e", "ent")) or low not in self.data.reporting_forms:
            return
        sent = tok.sent
        start = sent.start
        if tok.i - start < 2 or tok.i + 1 >= sent.end or any(c.dep_ == "det" for c in tok.children):
            return
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if prev.pos_ not in ("NOUN", "PROPN", "ADJ") or not (nxt.pos_ in ("DET", "ADJ", "SCONJ") or nxt.text in ("«", "“")):
            return
        toks = list(doc[start:tok.i])
        commas = [k for k, t in enumerate(toks) if t.text == ","]
        if commas and toks[0].pos_ == "ADP" and commas[-1] + 1 < len(toks):
            # a fronted adverbial before the subject: "Dans sa décision, la haute juridiction juge que"
            toks = toks[commas[-1] + 1:]
        if not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
            return
        if toks[0].pos_ not in ("DET", "PROPN") or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.dep_ != "case"
                                                      for t in toks):
            return  # the subject's noun phrase alone opens the sentence ("Le syndicat", "La CGT du Finistère")
        self.add(_span(doc, toks), f"tagged-noun:{tok.lower_}", [t.pos_ for t in toks])

    def relayed(self, verb: Token) -> None:
        """*un délégué interrogé par l'AFP*, *analysts quoted by Reuters*: the noun a citing
        participle qualifies is a speaker (the outlet is the agent rule's)."""
        if verb.lemma_.lower() not in _RELAY_VERBS or verb.dep_ not in ("acl", "amod") or \
                verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
            return
        if not any(t.lower_ in ("par", "by") for t in verb.subtree if t.i > verb.i):
            return
        toks = _np(verb.head, stop=verb.i)
        while toks and toks[0].pos_ == "ADP":
            toks.pop(0)  # "partagé par plusieurs analystes interrogés par X": the noun phrase, not "par"
        self.add(_span(self.doc, toks), f"relayed:{verb.lemma_}", [t.pos_ for t in toks])

    def agent(self, verb: Token) -> None:
        """*Qualifié de traître par X*, *le projet a été jugé irréaliste par X*, *was described as
        reckless by X*: the agent of a passive reporting verb is its speaker."""
        passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) or (
            "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)
            and verb.dep_ in ("advcl", "acl", "amod", "ROOT"))
        if not passive:
            return
        # the verb's subtree, and the few words right after it (the parser may hang "par X" elsewhere)
        near = list(self.doc[verb.i + 1:min(verb.sent.end, verb.i + 5)])
        # or farther, past a complement with a quotation but no clause of its own ("Qualifié de
        # journal qui « s'est couché » par X"): no finite verb outside the quotation marks
        far = next((t for t in self.doc[verb.i + 1:verb.sent.end] if t.lower_ in ("par", "by")), None)
        if far is not None and not any(
                t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                and self.quotes.containing(t.idx, t.idx + len(t)) is None for t in self.doc[verb.i + 1:far.i]):
            near.append(far)
        else:
            far = None
        for tok in sorted({*verb.subtree, *near}, key=lambda t: t.i):
            if tok.i <= verb.i or tok.lower_ not in ("par", "by"):
                continue
            noun = tok.head if tok.dep_ == "case" else next((c for c in tok.children if c.dep_ == "pobj"), None)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                return
            right_after = all(t.pos_ in ("ADV", "PUNCT") or t.lower_ in _TIME_WORDS for t in self.doc[verb.i + 1:tok.i])
            if not (noun.head == verb or tok.head == verb or (noun.head.head == verb and noun.head.dep_ in (
                    "xcomp", "obj", "dobj", "prep", "amod")) or right_after or (far is not None and tok.i == far.i)):
                return  # "par" inside another clause of the verb ("publiée mercredi par X": right after it)
            toks = _np(noun)
            # a capitalised word is a name the tagger may read as a noun ("par l'Observatoire des …")
            self.add(_span(self.doc, toks), f"agent:{verb.lemma_}", ["PROPN" if _capital(t) else t.pos_ for t in toks])
            return

    def inverted(self, verb: Token) -> None:
        """« … », a abondé X: a verb right after a closing quotation and a comma, its subject after it."""
        doc = self.doc
        i = verb.i - 1
        while i >= 0 and doc[i].pos_ == "AUX":
            i -= 1
        if i < 1 or doc[i].text != ",":
            return
        # after a quotation, or a reporting verb ending a clause ("…, a déclaré X")
        if doc[i - 1].text not in ("»", "”", '"') and not self.is_reporting(verb) and \
                not self.quotes.marks_in(verb.sent.start_char, doc[i].idx):
            return
        if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return
        span = self._after(verb)
        if span is None:
            return
        first = doc.char_span(span[0], span[1], alignment_mode="expand")
        if first is None or not (first[0].pos_ == "PROPN" or first[0].lower_ in _TITLES or _capital(first[0])):
            return  # an inverted subject is a name here: "a abondé Jean Dupont"
        self.add(span, f"inverted:{verb.lemma_}", [t.pos_ for t in first])

    def channel(self, cue: Token) -> None:
        """*a confié à France Info*, *une interview sur la radio France Inter*, *told CNN*."""
        doc = self.doc
        sent_end = cue.sent.end
        k = cue.i + 1
        # "confie un ami de la victime au Dauphiné libéré": past an inverted subject, a KB outlet only
        while k < sent_end and k <= cue.i + 8 and doc[k].lower_ not in _CHANNEL_PREPS:
            if doc[k].is_punct:
                return
            k += 1
        if self.lang == "en" and cue.lemma_.lower() == "tell":
            k = cue.i  # "told CNN": the outlet is the object
        if k >= sent_end or k > cue.i + 8:
            return
        far = k > cue.i + 3
        toks: list[Token] = []
        for t in doc[k + 1: min(sent_end, k + 9)]:
            if t.is_punct and t.text not in ("-", "'", "’") or t.pos_ in ("VERB", "AUX", "ADP") and toks and \
                    t.lower_ not in ("de", "du", "d'"):
                break
            toks.append(t)
        while toks and toks[-1].pos_ in ("ADP", "DET"):
            toks.pop()
        span = _span(doc, toks)
        if span is None:
            return
        text = span[2]
        hits = self.kb.find_in(text)
        media = [(a, b, e) for a, b, e in hits if e.is_media]
        if media:  # "France Info Jacques Witkowski": the outlet is the KB name, the rest its guest
            a, b, _ = media[0]
            lead = text[:a]
            named = [w for w in words(text[:b]) if w not in ("le", "la", "les", "l'", "the")]
            if len(named) == 1 and named[0] in _platforms(self.lang):
                return  # "s'est félicité sur X", "une vidéo publiée sur TikTok": where it was posted, no speaker
            if not lead.strip() or words(lead)[-1:] and words(lead)[-1] in self.data.media_nouns | {"l'", "le", "la", "les", "the"}:
                self.add((span[0], span[0] + b, text[:b]), f"channel:{cue.lemma_}")
            return
        first = next((w for w in words(text) if w not in ("le", "la", "les", "l'", "the", "a", "an")), "")
        if not far and first in self.data.media_nouns and any(t.pos_ == "PROPN" for t in toks):
            self.add(span, f"channel:{cue.lemma_}")

    def missing(self) -> None:
        """A reporting verb whose attribution has no source: its speaker from the surface, after
        the verb (*a affirmé à l'AFP X*, *avait réaffirmé mercredi dans un communiqué X*) or
        before it (*X, éliminé au premier tour, a affirmé*; *la mairie, en accord avec Y, dit*)."""
        doc = self.doc
        for att in self.article.attributions:
            if att.cue_type != "verb":
                continue
            if att.source is not None and not (
                    normalize(att.source.text) in _IMPERSONAL and self.quotes.containing(att.source.start, att.source.end)):
                continue  # a source, unless a pronoun inside the quotation ("« Il faut… », a déclaré X")
            span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            verb = span[-1]
            if doc[max(0, span[0].i - 2):span[0].i].text.lower().replace("’", "'").startswith(("ce qu", "ce que")):
                continue  # "selon ce que rapportent X": the according rule reads it
            if "Part" in verb.morph.get("VerbForm") and not any(
                    t.pos_ == "AUX" for t in doc[max(verb.sent.start, span[0].i - 3):span[0].i]):
                # "Revendiquant…", "qualifiant…": no subject of its own; a participle opening the
                # sentence speaks for the subject of the clause it leads to
                self.add(self._participle_subject(verb), f"participle:{verb.lemma_}", attribution=att.id, sure=True)
                continue
            found = self._after(verb)
            if found is None or not looks_like_source(found[2], self.kb, self.lex, self._pos(found)):
                # "X a confirmé à Reuters ce chiffre": after the verb is its object, the speaker before
                found = self._before(span[0]) or found
            if found is not None:
                self.add(found, f"missing:{verb.lemma_}", attribution=att.id)
            elif (side := self._side(span[0])) is not None:
                self.add(side, f"side:{verb.lemma_}", attribution=att.id, sure=True)

    def _participle_subject(self, verb: Token) -> tuple[int, int, str] | None:
        """The subject of the main clause after a fronted participial cue ("Dénonçant X, les
        agriculteurs ont déversé…", "Estimant que…, le député, Julien Marc, a demandé")."""
        doc = self.doc
        sent = verb.sent
        if "Pres" not in verb.morph.get("Tense") or any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON")
                                                         for t in doc[sent.start:verb.i] if not t.is_punct):
            return None  # only a present participle opening its sentence
        # the first comma after the participle's clause closes it (quotations skipped)
        depth, k = 0, verb.i + 1
        while k < sent.end:
            t = doc[k].text
            depth += t in ("«", "“") and 1 or t in ("»", "”") and -1 or 0
            if t == "," and depth <= 0 and k > verb.i + 1:
                break
            k += 1
        if k + 1 >= sent.end:
            return None
        main = next((t for t in doc[k + 1:sent.end] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if main is None:
            return None
        return self._before(main, stop=k + 1)

    def _pos(self, found: tuple[int, int, str]) -> list[str] | None:
        span = self.doc.char_span(found[0], found[1], alignment_mode="expand")
        return [t.pos_ for t in span] if span is not None else None

    def _after(self, verb: Token, j: int | None = None) -> tuple[int, int, str] | None:
        doc = self.doc
        end_of = verb.sent.end
        j = verb.i + 1 if j is None else j
        while j < end_of:
            tok = doc[j]
            low = tok.lower_.strip("-")
            if tok.pos_ == "ADV" or low in _INCISE_FILLERS or low in _TIME_WORDS or tok.text in ("-", "–") or \
                    (low == "à" and doc[j - 1].lower_ == "quant"):
                j += 1
            elif low in _CHANNEL_PREPS | {"auprès", "devant", "par"} and j + 1 < end_of:
                # a channel or a setting: "à l'AFP", "dans un communiqué", "sur Twitter", "au micro"
                k = j + 1
                while k < end_of and k <= j + 4 and (doc[k].pos_ in ("DET", "ADP") or doc[k].lower_ in ("l'", "l’", "de")):
                    k += 1
                rest = doc_text(doc)[doc[k].idx:doc[end_of - 1].idx + len(doc[end_of - 1])] if k < end_of else ""
                outlet = outlet_prefix(rest, self.kb)
                if outlet:  # "à l'AFP Julie Marchand": the outlet's name ends the channel
                    outlet_end = doc[k].idx + outlet
                    while k < end_of and doc[k].idx + len(doc[k]) <= outlet_end:
                        k += 1
                elif k < end_of and doc[k].lower_ in _SETTINGS:
                    k += 1  # "dans un communiqué", "au micro", "à la presse"
                elif k < end_of and doc[k].lower_ in self.data.media_nouns:
                    k += 1  # "sur la radio France Inter": the outlet's name follows its noun
                    while k < end_of and k <= j + 5 and doc[k].pos_ == "PROPN":
                        k += 1
                elif k < end_of and doc[k].pos_ == "PROPN":
                    k += 1  # "sur Twitter", "à Reuters"
                if k == j + 1:
                    return None
                j = k
            else:
                break
        if j >= end_of or not (doc[j].pos_ in ("PROPN", "DET", "NOUN") or doc[j].lower_ in _TITLES or _capital(doc[j])
                               or doc[j].pos_ == "NUM" and j + 1 < end_of and doc[j + 1].pos_ in ("NOUN", "ADJ")):
            return None  # (a number opens a group: "racontent deux voisines")
        end = j
        while end < end_of and doc[end].text not in (".", ";", "!", "?", "«", "“", ":") and \
                not (doc[end].text == "," and end + 1 < end_of and doc[end + 1].pos_ in ("VERB", "SCONJ", "AUX")):
            if end > j and doc[end].lower_ in _RELATIVE_PRONOUNS | {"dont", "que", "qu'", "qu’"} and \
                    doc[end - 1].pos_ in ("NOUN", "PROPN"):
                break  # "s'indigne l'élu qui a quitté la majorité": the speaker, not its relative clause
            if doc[end].text == "," and end > j:
                # an apposition has no finite verb: ", le pont a cédé" opens the next clause
                nxt = next((k for k in range(end + 1, end_of) if doc[k].text in (",", ".", ";", ":", "«")), end_of)
                if any("Fin" in doc[k].morph.get("VerbForm") for k in range(end + 1, nxt)):
                    break
            end += 1
        return _span(doc, list(doc[j:end]))

    def _side(self, first: Token) -> tuple[int, int, str] | None:
        """*Du côté des éleveurs, on se disait…*, *Chez Renault, on assure…*, *Dans l'entourage du
        ministre, on affirme…*: an impersonal *on* speaks for the group the sentence opens on."""
        doc = self.doc
        i = first.i - 1
        while i >= first.sent.start and doc[i].lower_ in ("se", "s'", "s’", "ne", "n'", "n’", "y", "en", "le", "l'"):
            i -= 1
        if i < first.sent.start or doc[i].lower_ != "on":
            return None
        # "des éleveurs" keeps its determiner (an unnamed group); "du", "de la" are the preposition's
        m = re.match(r"\s*(?:du\s+côté\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|(?=des\s))|chez\s+|"
                     r"dans\s+l['’]entourage\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|(?=des\s)))"
                     r"(?P<who>[^,]+?)\s*,", doc_text(doc)[first.sent.start_char:doc[i].idx], re.IGNORECASE)
        if m is None:
            return None
        start = first.sent.start_char + m.start("who")
        who = m.group("who")
        return start, start + len(who), who

    def _before(self, first: Token, stop: int | None = None) -> tuple[int, int, str] | None:
        """Comma-separated segments left of the verb: appositions and relative clauses are
        passed over until a segment that opens with a name or a determiner."""
        doc = self.doc
        i = first.i - 1
        while i >= first.sent.start and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("se", "s'", "s’", "ne", "n'", "n’")):
            i -= 1
        stop = first.sent.start if stop is None else stop
        if i >= stop and doc[i].pos_ == "PRON":
            return None  # "on se disait", "elle estime": a pronoun subject, the attribution layer's
        if i >= stop and doc[i].text == ",":
            i -= 1  # "X, battu au premier tour, a affirmé": the apposition closes before the verb
        segs: list[list[Token]] = [[]]
        while i >= stop:
            if doc[i].text == ",":
                segs.append([])
            else:
                segs[-1].insert(0, doc[i])
            i -= 1
        kept: list[list[Token]] = []
        for seg in segs:
            if not seg:
                return None
            if seg[0].lower_ in ("qui", "who", "dont", "which", "que", "qu'", "qu’"):
                kept.insert(0, seg)  # a relative clause: its antecedent stands before it
                continue
            # the noun phrase after the last verb, conjunction or quotation of the segment
            cut = max((k for k, t in enumerate(seg) if t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or t.text in "«»"),
                      default=-1)
            head = seg[cut + 1:]
            if head and (head[0].pos_ in ("PROPN", "DET") or head[0].lower_ in _TITLES or _capital(head[0])):
                kept.insert(0, head)
                if cut < 0 and head[0].pos_ == "PROPN" and segs.index(seg) + 1 < len(segs):
                    # "le député de la circonscription, Julien Marc, a demandé": the role before the name
                    prev = segs[segs.index(seg) + 1]
                    if prev and prev[0].pos_ == "DET" and self.lex.head_role(words(" ".join(t.text for t in prev))) \
                            and not any(t.pos_ in ("VERB", "AUX") or t.text in "«»" for t in prev):
                        kept.insert(0, prev)
                break
            participle = cut == 0 and "Part" in seg[0].morph.get("VerbForm")  # "battu au premier tour"
            if cut >= 0 and not participle:
                return None  # a clause of its own, not an apposition
            kept.insert(0, seg)
        else:
            return None
        # the name with the appositions that follow it: "Louis Martin, directeur du journal,"
        toks = [t for seg in kept for t in seg]
        return _span(doc, list(doc[toks[0].i:toks[-1].i + 1]))

    def according_phrase(self) -> None:
        """*À en croire les riverains, …*, *de l'avis de nombreux spécialistes*, *in the view of
        X*: phrases that work like *selon* (``according_phrases`` in speakers.yaml)."""
        pattern = _according_phrase_pattern(self.lang)
        if pattern is None:
            return
        text = doc_text(self.doc)
        flat = text.replace("’", "'")
        low = case_blind_lower(flat)
        if low is None or any(p in low for p in _according_phrase_words(self.lang)):
            self._according_phrases(pattern, text, flat)
        # "Le maire, pour qui « rien n'est joué », …": the antecedent of a relative after pour / selon
        low = case_blind_lower(text)
        if low is not None and "qui" not in low and "quel" not in low and "whom" not in low:
            return  # no relative pronoun the pattern needs
        for m in _ACCORDING_RELATIVE.finditer(text):
            self.add(relative_antecedent(self.doc, m.start("rel"), m.end("rel")), "according-relative")

    def _according_phrases(self, pattern: re.Pattern[str], text: str, flat: str) -> None:
        for m in pattern.finditer(flat):
            who = m.group("who").rstrip()
            if who.split()[:1] and who.split()[0].lower() in ("le", "la", "les", "l'") and len(who.split()) == 1:
                continue
            self.add((m.start("who"), m.start("who") + len(who), text[m.start("who"):m.start("who") + len(who)]),
                     "according-phrase")

    def incise(self) -> None:
        """*« … », soupire Marc, nageur*; *« … », s'indigne Hélène*: a reporting verb after a
        quotation, read from its written form (the tagger takes *soupire* for a noun)."""
        if self.lang == "en":
            self._incise_en()
            return
        if self.lang != "fr":
            return
        text = doc_text(self.doc)
        for verb, span in self._incise_spans(_INCISE, inside_quote=False):
            self.add(span, f"incise:{verb}")
        # Inside a quotation that the incise cuts: "« Ce qui se passe, explique le maire, c'est … »",
        # "« … de réseau, rappelle un agent du syndicat. C'est … »" (rule inner-incise).
        for verb, span in self._incise_spans(_INNER_INCISE, inside_quote=True):
            if text[span[1]:span[1] + 2].lstrip()[:1] not in (",", ".", "»", "”"):
                continue  # an incise closes on a comma or a stop
            if self.quotes.containing(span[0], span[1]) is None:
                continue
            self.add(span, f"inner-incise:{verb}", quoted=True)

    def _incise_spans(self, pattern: re.Pattern[str], *,
                      inside_quote: bool) -> Iterator[tuple[str, tuple[int, int, str]]]:
        """The (verb, source span) of each match of an incise ``pattern`` whose verb is a known
        incise form and whose first word after it can open a name (a proper noun, a determiner,
        a title, a capital); ``inside_quote``: only incises within a quotation."""
        doc, text = self.doc, doc_text(self.doc)
        forms = _incise_forms(self.lang)
        for m in pattern.finditer(text):
            verb = m.group("verb")
            if verb not in forms or (inside_quote and self.quotes.containing(m.start(), m.end()) is None):
                continue
            tok = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if tok is None or not len(tok):
                continue
            first = tok[0]
            if not (first.pos_ in ("PROPN", "DET") or first.lower_ in _TITLES or _capital(first)):
                continue
            span = self._after(first, j=first.i)
            if span is not None:
                yield verb, span

    def possessive(self, mark: Token) -> None:
        """*the city police's earlier claim that …*, *Acme's statement that …*: the owner of a
        speech noun whose content follows (``{lang}_cue_nouns.txt``) said it. Read from the words:
        the parser may take *police’s* for *police is*."""
        doc = self.doc
        k = mark.i + 1
        while k < len(doc) and k - mark.i <= 3 and doc[k].pos_ in ("ADJ", "ADV"):
            k += 1  # "earlier", "repeated", "widely reported"
        if k + 1 >= len(doc) or doc[k].lower_ not in _cue_nouns(self.lang) and doc[k].lemma_.lower() not in \
                _cue_nouns(self.lang) or doc[k + 1].lower_ not in ("that", ":"):
            return
        j = mark.i
        while j > mark.sent.start and mark.i - j < 5 and doc[j - 1].pos_ in ("PROPN", "NOUN") and not doc[j - 1].is_punct:
            j -= 1
        if j == mark.i:
            return
        found = _span(doc, list(doc[j:mark.i]))
        self.add(found, f"possessive:{doc[k].lower_}", ["PROPN" if _capital(t) else t.pos_ for t in doc[j:mark.i]])

    def _incise_en(self) -> None:
        """*“…,” Dayton police Chief Anne Moss said Tuesday*: a speaker then a finite reporting
        verb right after a closing quotation, read from the words (the tagger may take the town
        for a verb and the speaker for its object)."""
        text = doc_text(self.doc)
        forms = _incise_forms(self.lang)
        for m in _INCISE_EN.finditer(text):
            toks = list(re.finditer(r"[\w.’'-]+", m.group("rest")))
            for k, w in enumerate(toks[1:9], 1):
                word = w.group()
                if not (word in forms and word.islower() and (word.endswith(("ed", "s")) or word in _IRREGULAR_PAST)):
                    continue
                start = m.start("rest")
                end = start + toks[k - 1].end()
                who = text[start:end]
                if not any(t[:1].isupper() for t in who.split()):
                    break  # "the spokesman said": a bare role is the attribution layer's to resolve
                self.add((start, end, who), f"incise:{word}")
                break

    def relay_outlet(self) -> None:
        """*Selon un proche du dossier cité par Reuters*: the outlet that relays the speaker of an
        attribution's source phrase is a source of its own (its words are the speaker's)."""
        for att in self.article.attributions:
            if att.source is None:
                continue
            m = _RELAY_OUTLET.search(att.source.text)
            if m is None:
                continue
            start = att.source.start + m.start("who")
            self.add((start, start + len(m.group("who")), m.group("who")), "relay-outlet")

    def inscription(self) -> None:
        """*On pouvait lire sur une pancarte « … »*, *une banderole sur laquelle était inscrit*,
        *a sign reading “…”*: the sign, banner or placard carries the words (a document)."""
        text = doc_text(self.doc)
        low = case_blind_lower(text)
        if low is not None and not any(w in low for w in _INSCRIPTION_WORDS) and (
                "lit" not in low or _LIT_SPACE.search(low) is None):
            return  # no word the probe needs (much cheaper than the probe)
        if _INSCRIPTION_PROBE.search(text) is None:
            return
        for m in _INSCRIPTION.finditer(text):
            who = m.group("who") or m.group("who2")
            at = m.start("who") if m.group("who") else m.start("who2")
            if self.lex.head_role(words(who)) is None:
                continue  # "sur les réseaux sociaux": not a thing that carries words
            self.add((at, at + len(who), who), "inscription", sure=True)

    def colon(self) -> None:
        """*Le maire de Brest, Yann Kerjean : « … »*: a speaker and a colon before a quotation."""
        doc, text = self.doc, doc_text(self.doc)
        if _COLON_QUOTE.search(text) is None:
            return  # every match ends in a colon and a quotation mark
        for m in _COLON.finditer(text):
            span = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
            if span is None or not len(span):
                continue
            verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
            if verbs:
                # "Le maire a dit : « … »": a clause, the attribution layer's; when it left the quotation
                # unattributed ("une habitante a interpellé l'élu : « … »"), the clause's subject says it
                self._colon_clause(span, m.end())
                continue
            who, start = m.group("who"), m.start("who")
            lead = _SAME_VIEW.match(who)
            if lead:  # "Même son de cloche chez les agriculteurs : « … »": the group after the lead
                who, start = who[lead.end():], start + lead.end()
                span = doc.char_span(start, m.end("who"), alignment_mode="contract")
                if span is None or not len(span):
                    continue
            toks = words(who)
            if self.kb.find_in(who) or self.lex.head_role(toks) is not None or (
                    span[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") or t.lower_ in _TITLES for t in span[:2])):
                self.add((start, start + len(who), who), "colon")

    def _colon_clause(self, span, quote_at: int) -> None:
        """Rule colon-clause: the subject of a clause that ends in a colon before a quotation, with no
        reporting cue of its own, is its speaker (*Au conseil, une habitante a interpellé l'élu : « … »*)."""
        if any(span.start_char <= a.cue.start < quote_at for a in self.article.attributions):
            return  # the clause's own cue reports the quotation
        root = next((t for t in span if t.head == t or t.head.i < span.start or t.head.i >= span.end), None)
        while root is not None and root.pos_ == "AUX" and root.head != root:
            root = root.head
        if root is None or root.pos_ != "VERB":
            return
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            return
        toks = _np(subj)
        self.add(_span(self.doc, toks), f"colon-clause:{root.lemma_}", [t.pos_ for t in toks])

    def same_view(self) -> None:
        """*Même son de cloche pour X, adjoint au maire. « … »*: a verbless lead sentence naming who
        the quotation after it is of."""
        text = doc_text(self.doc)
        low = case_blind_lower(text)
        if low is not None and "même" not in low and "autre" not in low:
            return  # every match opens on *même* or *autre*
        for m in _SAME_VIEW_SENTENCE.finditer(text):
            if not _SAME_VIEW.match(m.group(0).lstrip()):
                continue
            who, start = m.group("who"), m.start("who")
            self.add((start, start + len(who), who), "same-view")

    def antecedent(self) -> None:
        """A singular pronoun source with no ``source_ref``: the nearest earlier subject of its
        gender, in its sentence or the one before, outside quotations ("L'avocate générale a
        requis … « … », a-t-elle souligné"); for a pronoun inside a quotation, inside it."""
        doc = self.doc
        for att in self.article.attributions:
            if att.source is None or att.source_ref or normalize(att.source.text) not in _PRONOUN_GENDER:
                continue
            # a pronoun inside a quotation speaks for a subject of that quotation before it
            # ("« La fédération ne s'excuse pas seulement, elle reconnaît qu'elle a failli »")
            quote = self.quotes.containing(att.source.start, att.source.end)
            want = _PRONOUN_GENDER[normalize(att.source.text)]
            span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[0].sent
            floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            for tok in reversed(doc[floor:span[0].i]):
                if quote is not None and tok.idx <= quote.open:
                    break
                if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                if quote is None and self.quotes.containing(tok.idx, tok.idx + len(tok)) is not None:
                    continue
                gender = tok.morph.get("Gender")
                if tok.pos_ == "NOUN" and gender and gender[0] != want:
                    continue
                if tok.pos_ == "PROPN" and self.lang == "en":
                    continue  # a name has no grammatical gender to check
                toks = _np(tok)
                found = _span(doc, toks)
                if found is not None and self.lex.head_role(words(found[2])) is not None:
                    self.add(found, "antecedent", attribution=att.id, quoted=quote is not None)
                break

    def according(self) -> None:
        for att in self.article.attributions:
            if att.cue_type != "according_to" or (
                    att.source is not None and not re.match(r"ce\s+qu", att.source.text, re.IGNORECASE)):
                continue
            text = doc_text(self.doc)
            start = att.cue.end
            m = re.match(r"[ \u00a0]*", text[start:])
            start += m.end() if m else 0
            end = start
            depth = 0
            while end < len(text) and end - start < 200:
                ch = text[end]
                if ch in "«“":
                    depth += 1
                elif ch in "»”":
                    depth -= 1
                elif ch in ",.;:!?\n" and depth <= 0:
                    break
                end += 1
            raw = text[start:end].strip()
            said = _WHAT_SAID.match(raw)
            if said:  # "ce qu'a confié X, préfet de la Manche, la route…": the apposition belongs to X
                stop = re.search(r"[.;:!?«“\n]", text[start:start + 250])
                segs = text[start:start + (stop.start() if stop else 250)].split(",")
                keep = [segs[0]] + list(itertools.takewhile(
                    lambda seg: self.lex.head_role(words(seg)) is not None, segs[1:]))
                raw = ",".join(keep).strip()
                said = _WHAT_SAID.match(raw)
            if said:
                rest_at = said.start("rest")
                if said.group("channel"):
                    rest_at = said.start("channel")
                rest = raw[rest_at:]
                # "à France Info Jacques Witkowski": the outlet it was said to, then the speaker
                hit = next(((a, b, e) for a, b, e in self.kb.find_in(rest) if e.is_media and not rest[:a].strip()), None)
                if said.group("channel") and hit is not None:
                    cs = start + rest_at
                    self.add((cs, cs + hit[1], rest[:hit[1]]), f"channel:{said.group('verb').lower()}")
                    rest_at += hit[1]
                    rest = raw[rest_at:]
                elif said.group("channel"):
                    rest_at, rest = said.start("rest"), said.group("rest")
                lead = len(rest) - len(rest.lstrip())
                inner, offset = rest.strip(), start + rest_at + lead
            else:
                inner = unwrap(raw)
                offset = start + raw.find(inner) if inner and inner in raw else start
            if inner:
                self.add((offset, offset + len(inner), inner), f"according:{att.cue.text.lower()}",
                         attribution=att.id)


@functools.lru_cache(maxsize=8)
def _according_phrase_pattern(lang: str) -> re.Pattern[str] | None:
    """The pattern of :meth:`_Finder.according_phrase` (``according_phrases`` in speakers.yaml,
    longest first), built once per language; None when the language lists none."""
    phrases = sorted(speaker_words(lang, "according_phrases"), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?:^|(?<=[\s,(]))(?:" + "|".join(re.escape(p) for p in phrases) + r")\s*"
                      r"(?P<who>[^,.;:!?«»“”()\n]{2,120})", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _according_phrase_words(lang: str) -> tuple[str, ...]:
    """The ``according_phrases`` in lower case: a text (lower-cased, ’ read as ') holding
    none of them has no match of :func:`_according_phrase_pattern`."""
    return tuple(sorted({p.lower() for p in speaker_words(lang, "according_phrases")}))


_ACCORDING_RELATIVE = re.compile(r"\b(?:pour|selon|d['’]après|according to|for)\s+(?P<rel>qui|lequel|laquelle|"
                                 r"lesquels|lesquelles|whom)\b", re.IGNORECASE)


# Per language, lower-case form hash → whether find_speakers' word tests (a channel cue,
# *'s*, a French reporting form) can hold; the lists are fixed, so the answers are kept.
_LISTED_LOW: dict[str, dict[int, bool]] = collections.defaultdict(dict)


_OPENING_QUOTES = frozenset({"«", "“", '"'})


def find_speakers(doc: Doc, article: Article, kb: KnowledgeBase | None = None) -> list[Speaker]:
    """Return the source mentions found by the rules of this module that no attribution
    source already covers (attribution sources and cues are left out)."""
    kb = kb or load_kb()
    lex = load_lexicons(article.lang)
    f = _Finder(doc, article, kb, lex)
    channel_cues = {"interview", "entretien", "entrevue", "micro", "antenne", "plateau", "interviewé",
                    "interrogé", "déclarations", "propos", "told", "statement"}
    text = doc_text(doc)
    written = _written_verbs(f.lang)
    denial = speaker_words(f.lang, "denial_verbs")
    demand = speaker_words(f.lang, "demand_verbs")
    # Only a verb, a form of *faire* or a word of ``_listed_low`` can set off a rule below:
    # the others are skipped on their hashes, without making a Token object.
    poses, lemma_ids, lower_ids = token_columns(doc, POS, LEMMA, LOWER)
    strings, verb_id, faire_id = doc.vocab.strings, POS_IDS["VERB"], hash_string("faire")
    listed = _LISTED_LOW[f.lang]
    if len(listed) >= 200_000:
        listed.clear()  # bounded in a long-running process
    for sent in doc.sents:
        sent_text = text[sent.start_char:sent.end_char]  # sent.text, without joining its tokens
        for i in range(sent.start, sent.end):
            if poses[i] != verb_id and lemma_ids[i] != faire_id:
                hit = listed.get(lower_ids[i])
                if hit is None:
                    word = strings[lower_ids[i]]
                    hit = listed[lower_ids[i]] = word in channel_cues or word in ("'s", "’s") or \
                        f.lang == "fr" and word in f.data.reporting_forms
                if not hit:
                    continue
            tok = doc[i]
            pos, lemma, low = tok.pos_, tok.lemma_, tok.lower_  # read once (each read builds a string)
            verb_lemma = lemma.lower() if pos == "VERB" else None
            # f.is_reporting(tok), inlined
            if verb_lemma in written or (lemma == "faire" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in (
                    "état", "part", "savoir")):  # "le rapport fait état de", "la mairie a fait savoir"
                f.subject(tok, sent_text)
                f.channel(tok)
                f.agent(tok)
            elif verb_lemma is not None and tok.i + 1 < sent.end and doc[tok.i + 1].text in _OPENING_QUOTES and (
                    doc[tok.i + 1].head == tok or doc[tok.i + 1].head.head == tok):
                # rule quoted-object: any verb whose object is a quotation says it ("Le maire défend « un
                # équipement indispensable »", "the coalition hailed \"a turning point\"")
                f.subject(tok, sent_text, join_apposition=True)
            if verb_lemma in denial:
                f.denial(tok)
            if verb_lemma in demand:
                f.demand(tok)
            if verb_lemma in _RELAY_VERBS:
                f.relayed(tok)
                if verb_lemma not in written:
                    f.agent(tok)  # "un secouriste, joint par l'AFP, décrit …": the outlet is a source too
            if pos in ("NOUN", "ADJ") and f.lang == "fr" and low in f.data.reporting_forms:
                f.tagged_noun(tok)
            if low in ("'s", "’s") and tok.i > sent.start:
                f.possessive(tok)
            if pos == "VERB":
                f.inverted(tok)
            elif low in channel_cues:
                f.channel(tok)
    f.according()
    f.missing()
    f.incise()
    f.according_phrase()
    f.colon()
    if f.lang == "fr":
        f.same_view()
    f.inscription()
    f.relay_outlet()
    f.antecedent()
    for m in _TWEET_SIGNATURE.finditer(doc_text(doc)):
        # an embedded post: "— Name (@handle) 20 janvier 2019" signs the text before it
        f.add((m.start("who"), m.end("who"), m.group("who")), "signature", sure=True)
    # The ranges taken (attribution sources, then the speakers kept) and the contents, sorted
    # by start: a speaker reads only the few that start near it (bisect), not all of them.
    taken = sorted((a.source.start, a.source.start + (outlet_prefix(a.source.text, kb) or len(a.source.text)))
                   for a in article.attributions if a.source)
    taken_longest = max((e - s for s, e in taken), default=0)
    # (not the clause a *selon X* governs: "selon France Bleu, la préfecture fait état de…" names a
    # speaker inside it, the next link of the chain)
    contents = sorted((a.content.start, a.content.end) for a in article.attributions
                      if a.content and a.cue_type != "according_to")
    contents_longest = max((e - s for s, e in contents), default=0)
    out: list[Speaker] = []
    for sp in sorted(f.found, key=lambda s: (s.start, s.how != "signature", -s.end, s.attribution is None)):
        near = taken[bisect.bisect_left(taken, (sp.start - taken_longest,)):bisect.bisect_left(taken, (sp.end,))]
        overlap = [(s, e) for s, e in near if s < sp.end and sp.start < e]
        if overlap and sp.how != "relay-outlet" and not (
                sp.how.startswith("missing:") and all(sp.start < s and e <= sp.end for s, e in overlap)):
            continue  # a source found by the missing rule may hold another attribution's source
            # as its apposition ("X, initiatrice de la pétition réclamant…"): the two are one source
        if sp.how.startswith(("subject:", "inverted:")) and any(
                sp.end <= e for s, e in contents[bisect.bisect_left(contents, (sp.end - contents_longest,)):
                                                 bisect.bisect_right(contents, (sp.start, float("inf")))]):
            continue  # inside what someone else says: "the source said the FBI was looking at…"
        bisect.insort(taken, (sp.start, sp.end))
        taken_longest = max(taken_longest, sp.end - sp.start)
        out.append(sp)
    return out
