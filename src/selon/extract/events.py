"""The events layer: what conflict and political events a sentence reports.

Triggers are verbs and nouns found by lemma in the French and English lexicons
of ``data/events/{fr,en}.yaml`` (:data:`VERB_TRIGGERS`, :data:`NOUN_TRIGGERS`, :data:`PHRASES`), read off the spaCy
parse. Each event gets an actor (the entity of the subject, or of the *par/by*
agent), a target (the entity of the object, or of the passive subject), a place
of the clause (from ``article.places``), a date of the sentence
(``article.dates``), the quantities of the clause (``article.quantities``), the
attribution whose content holds the trigger, and ``hedged`` (that attribution's
flag, or a conditional on the trigger or its auxiliary: *aurait tué*, *would
have killed*).

Event types and their PLOVER and ACLED counterparts (``Event.type`` holds the
first column; :data:`PLOVER` and :data:`ACLED` map it):

=========== ========== ================================ =============================================
type        PLOVER     ACLED event type                 triggers (examples)
=========== ========== ================================ =============================================
attack      ASSAULT    Battles                          attaquer, attaque, offensive, descente, assault
clash       ASSAULT    Battles                          affrontement, combat, repousser, clash, fight
strike      ASSAULT    Explosions/Remote violence       frappe, raid, bombarder, pilonner, shell, airstrike
destroy     ASSAULT    Explosions/Remote violence       détruire, destruction, destroy
kill        ASSAULT    Violence against civilians       tuer, éliminer, massacre, kill
capture     SEIZE      Battles                          s'emparer, prise, capturer, reprendre, seize
siege       COERCE     Strategic developments           assiéger, blocus, encercler, siege, blockade
ease        CONCEDE    Strategic developments           débloquer, lever, rouvrir, reopen, lift
evacuate    MOBILIZE   Strategic developments           évacuer, héliporter, exfiltrer, evacuate, airlift
withdraw    RETREAT    Strategic developments           se retirer, retrait, withdraw, retreat
deploy      MOBILIZE   Strategic developments           déployer, percée, avancer, deploy, advance
negotiate   CONSULT    Strategic developments           négocier, pourparlers, negotiate, talks
agree       AGREE      Strategic developments           accord, cessez-le-feu, conclure, agree, truce
protest     PROTEST    Protests                         manifester, manifestation, protest, rally
arrest      COERCE     Strategic developments (arrests) arrêter, interpeller, arrest, detain
threaten    THREATEN   —                                menacer, menace, threaten
reject      REJECT     —                                rejeter, refus, reject, refuse
accuse      ACCUSE     —                                accuser, accuse, blame
sanction    SANCTION   —                                sanctionner, sanctions, sanction
aid         AID        —                                aider, aide humanitaire, aid
statement   —          —                                communiqué, déclaration, annoncer, announce
=========== ========== ================================ =============================================

Reporting verbs (*dire, affirmer, said*) belong to the attributions layer; only
the formal statement nouns and *annoncer* are events here.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.attrs import LEMMA, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES

from ..errors import ConfigError, Errors
from ..model import Article, Attribution, Entity, Event, Span, stable_id
from ..nlp.pipeline import doc_text, ent_of, token_columns
from .places import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "selon.events.v2"

# type -> (PLOVER root, ACLED event type or None). The ACLED type is the one the
# event takes when it is an ACLED event at all (a verbal act is not).
TYPES: dict[str, tuple[str, str | None]] = {
    "attack": ("ASSAULT", "Battles"), "clash": ("ASSAULT", "Battles"),
    "strike": ("ASSAULT", "Explosions/Remote violence"),
    "destroy": ("ASSAULT", "Explosions/Remote violence"),
    "kill": ("ASSAULT", "Violence against civilians"),
    "abuse": ("ASSAULT", "Violence against civilians"),
    "capture": ("ASSAULT", "Battles"),
    "siege": ("COERCE", "Strategic developments"), "ease": ("CONCEDE", "Strategic developments"),
    "evacuate": ("AID", "Strategic developments"), "withdraw": ("RETREAT", "Strategic developments"),
    "deploy": ("MOBILIZE", "Strategic developments"), "negotiate": ("CONSULT", None),
    "meet": ("CONSULT", None), "agree": ("AGREE", "Strategic developments"),
    "protest": ("PROTEST", "Protests"), "riot": ("PROTEST", "Riots"), "occupy": ("PROTEST", "Protests"),
    "arrest": ("COERCE", "Strategic developments"), "detain": ("COERCE", "Strategic developments"),
    "ban": ("COERCE", None), "block": ("COERCE", None), "hostage": ("COERCE", "Violence against civilians"),
    "coup": ("COERCE", "Strategic developments"), "sentence": ("COERCE", None),
    "threaten": ("THREATEN", None), "reject": ("REJECT", None), "accuse": ("ACCUSE", None),
    "investigate": ("ACCUSE", None), "charge": ("ACCUSE", None), "request": ("REQUEST", None),
    "support": ("SUPPORT", None), "sanction": ("SANCTION", None), "aid": ("AID", None),
}
PLOVER: dict[str, str | None] = {t: v[0] for t, v in TYPES.items()}
ACLED: dict[str, str | None] = {t: v[1] for t, v in TYPES.items()}

# Types that need an armed-conflict or crime context to be events: an explosion
# or a fire with no one behind it, *un combat politique*, *éliminé au premier
# tour* are not assaults. The context words are in the lexicon files.
_CONFLICT_TYPES = frozenset({"attack", "clash", "strike", "destroy", "kill", "capture", "siege",
                             "deploy"})
_PROTEST_ONLY = frozenset({"riot", "occupy"})


LEXICON_DIR = resources.files("selon.data").joinpath("events")


@functools.cache
def lexicon(lang: str) -> dict[str, Any]:
    """The trigger lexicon of a language (``data/events/<lang>.yaml``): ``verbs`` and ``nouns``
    (lemma -> type), ``phrases`` ((verb lemma, complement) -> type), ``conflict_words`` and
    ``protest_words`` (sets). Cached on disk (``selon.datacache``), keyed by the file and
    this module."""
    from .. import datacache

    inputs = [Path(str(LEXICON_DIR.joinpath(f"{lang}.yaml"))), Path(__file__)]
    return datacache.cached(f"events-{lang}", inputs, lambda: _read_lexicon(lang), _dump_lexicon,
                            _restore_lexicon)


_LEXICON_SETS = ("phrase_heads", "conflict_words", "protest_words")


def _dump_lexicon(lex: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v) if k in _LEXICON_SETS else v for k, v in lex.items()}


def _restore_lexicon(data: dict[str, Any]) -> dict[str, Any]:
    return {k: frozenset(v) if k in _LEXICON_SETS else dict(v) for k, v in data.items()}


def _read_lexicon(lang: str) -> dict[str, Any]:
    import yaml

    from ..sources.kb import yaml_loader

    path = LEXICON_DIR.joinpath(f"{lang}.yaml")
    rel = f"selon/data/events/{lang}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml_loader())  # noqa: S506 (safe loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Errors.E113.format(path=rel, detail=exc)) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(Errors.E113.format(path=rel, detail=f"not valid YAML: {exc}")) from exc
    keys = ("verbs", "nouns", "phrases", "conflict_words", "protest_words")
    if not isinstance(data, dict) or any(k not in data for k in keys):
        raise ConfigError(Errors.E113.format(path=rel, detail=f"needs the keys {', '.join(keys)}"))
    unknown = {t for k in ("verbs", "nouns") for t in data[k]} | {row[2] for row in data["phrases"]}
    if unknown - set(TYPES):
        raise ConfigError(Errors.E113.format(path=rel, detail=f"unknown event types {sorted(unknown - set(TYPES))}"))
    return {
        "verbs": _table(data["verbs"]), "nouns": _table(data["nouns"]),
        "phrases": {(str(a), str(b)): str(t) for a, b, t in data["phrases"]},
        "phrase_heads": frozenset(str(a) for a, _, _ in data["phrases"]),
        "conflict_words": frozenset(data["conflict_words"].split()),
        "protest_words": frozenset(data["protest_words"].split()),
    }


def _table(spec: dict[str, str]) -> dict[str, str]:
    return {word: etype for etype, words in spec.items() for word in str(words).split()}


class _ByLang(Mapping[str, Any]):
    """``VERB_TRIGGERS["fr"]`` and the like: one part of each language's lexicon, read on first use."""

    def __init__(self, part: str) -> None:
        self.part = part

    def __getitem__(self, lang: str) -> Any:
        if lang not in LANGS:
            raise KeyError(lang)
        return lexicon(lang)[self.part]

    def __iter__(self) -> Iterator[str]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


LANGS = ("fr", "en")
# Lemmas of verbs (and of their participles used as adjectives: *la ville
# assiégée*) that report an event.
VERB_TRIGGERS: Mapping[str, dict[str, str]] = _ByLang("verbs")
# Lemmas (or singular forms) of nouns that name an event: *2.687 frappes*,
# *la prise de Raqqa*, *the siege of Mariupol*.
NOUN_TRIGGERS: Mapping[str, dict[str, str]] = _ByLang("nouns")
# Verb + complement phrases: the verb's lemma and a lemma among the next few
# words (*ouvrir une enquête*, *porter plainte*, *mis en examen*, *placé en
# garde à vue*, *pointé du doigt*, *prendre en otage*, *open an investigation*).
PHRASES: Mapping[str, dict[tuple[str, str], str]] = _ByLang("phrases")
# The verb lemmas that open a phrase of PHRASES.
_PHRASE_HEADS: Mapping[str, frozenset[str]] = _ByLang("phrase_heads")
# Verbs that are requests only with *à* / *for, on* after them (*appeler à la
# grève*, not *autrefois, on aurait appelé cela une lubie*); *call* is in PHRASES.
_NEEDS_A = frozenset({"appeler", "inviter"})
# Verbs that report speech when a *que/that* clause follows (*soutenir que*,
# *avertir que* stays a warning).
_SPEECH_WITH_QUE = frozenset({"soutenir", "appuyer", "nier", "contester", "démentir", "reconnaître",
                              "dénoncer", "back", "deny", "warn", "urge"})
# A noun trigger directly followed by one of these is another thing
# (*appel d'offres*, *aide-soignante*, *en accord avec*).
_NOT_AFTER = {"appel": {"offre", "offres", "téléphonique"}, "aide": {"-", "soignant", "soignante"},
              "marche": {"arrière", "à", "de"}, "critique": {"de", "des", "du", "d'"}}
_NEG = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "guère", "not", "never", "n't", "no"})
_MODALS = frozenset({"pouvoir", "devoir", "vouloir", "envisager", "menacer", "projeter", "prêt",
                     "could", "may", "might", "would", "should", "can", "plan", "threaten", "want"})

# Light verbs whose object noun is the event and whose subject is its actor:
# *ses avions ont effectué 1.417 raids*, *the army launched an offensive*.
LIGHT_VERBS = frozenset({
    "effectuer", "mener", "lancer", "conduire", "réaliser", "opérer", "perpétrer", "commettre",
    "carry", "launch", "conduct", "stage", "mount", "make", "perform", "hold",
})
# *prendre* and *take* are captures only with a place as object.
_AMBIGUOUS_CAPTURE = frozenset({"prendre", "take"})

_SUBJ = frozenset({"nsubj", "csubj"})
_PASS_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
_AGENT = frozenset({"obl:agent", "agent"})
_OBJ = frozenset({"obj", "dobj"})
# Modal auxiliaries that make an English event hypothetical (*would have
# killed*, *may have struck*).
_EN_HEDGE_AUX = frozenset({"would", "could", "may", "might"})
_EN_MODALS = frozenset({"would", "could", "may", "might", "should", "can", "'d"})


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``events`` filled."""
    return dataclasses.replace(article, events=tuple(extract_events(doc, article)))


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


def extract_events(doc: Doc, article: Article) -> list[Event]:
    """Return the events the article reports, one per trigger (a word or a phrase)."""
    lang = article.lang if article.lang in VERB_TRIGGERS else "fr"
    # every token's form, lemma and part of speech as ints (a Token object costs); each
    # distinct string folded once (by its hash)
    rows = list(zip(*token_columns(doc, ORTH, LEMMA, POS)))
    hashes = {h for orth, lemma, _ in rows for h in (orth, lemma)}
    strings = doc.vocab.strings
    folded = _FOLDED
    if len(folded) >= 200_000:
        folded.clear()  # bounded in a long-running process
    words = set()
    for h in hashes:
        word = folded.get(h)
        if word is None:
            word = folded[h] = _fold(strings[h])
        words.add(word)
    lex = lexicon(lang)
    hits = words & lex["conflict_words"]
    if hits and hits <= _VERB_FORMS | _WAR_WORDS | {"bombarder"}:
        # *la crise frappe les ménages*: a verb, no air strike; *la guerre commerciale*, *a war of words*;
        # *bombardé de questions*
        hits = {h for h in hits if any(h in (_fold(t.text), _fold(t.lemma_)) and not (
            h in _VERB_FORMS and t.pos_ == "VERB" and any(c.dep_ in _SUBJ for c in t.children)
            or h in _WAR_WORDS and _figurative_war(t)
            or h == "bombarder" and _followed_by(t, {"de", "d'", "d’"}, 1)) for t in doc)}
    context = {"conflict": bool(hits), "protest": bool(words & lex["protest_words"]),
               "sport": len(words & _SPORT_WORDS) + bool(words & {"carton", "cartons"} and words & {
                   "rouge", "rouges", "jaune", "jaunes"}) + (lang == "fr" and "penalty" in words) >= 3}
    events: list[Event] = []
    taken: set[int] = set()
    near = _Near(article)
    may_start = _MAY_START[lang]
    if len(may_start) >= 200_000:
        may_start.clear()  # bounded in a long-running process
    for i, key in enumerate(rows):
        if i in taken:
            continue
        may = may_start.get(key)
        if may is None:
            may = may_start[key] = _may_start(*key, strings, lang)
        if not may:
            continue
        tok = doc[i]
        found = _phrase(tok, lang) or _trigger_type(tok, lang)
        if found is None:
            continue
        etype, nominal, end = found
        if etype == "attack" and (not context["conflict"] or _person_attacks_person(tok)) and _verbal_attack(tok):
            etype = "accuse"  # *Clinton's attacks on Trump*, *l'opposition attaque le ministre*
        etype, anywhere = _by_context(etype, tok, nominal, context)
        if etype == "strike" and nominal and _fold(tok.lemma_) in ("tir", "tirs") and _crowd_control(tok):
            continue  # *des tirs de gaz lacrymogène*
        if etype == "protest" and lang == "en" and nominal and _fold(tok.lemma_) == "strike" and (
                context["conflict"] and not context["protest"] and not _labour_strike(tok)):
            etype = "strike"  # *the strikes hit a school* in a report of shelling
        if etype == "none" or not (anywhere or _in_context(etype, tok, context)) or (nominal and _quoted_label(tok)):
            continue
        if _not_an_act(tok, etype, nominal, context) or (nominal and _requested(tok, etype)):
            continue
        if _not_happened(tok, etype, nominal):
            continue
        again = _earlier_mention(tok, etype, events) if nominal else None
        if again is not None:
            events[again] = _doer_from_mention(tok, etype, events[again], near.around(tok), near.mentions)
            continue
        if _other_sense(tok, etype, nominal) or _in_intertitle(tok) or _game_move(tok, context, etype):
            continue
        taken.update(range(tok.i, end + 1))
        events.append(_event(tok, end, etype, nominal, near.around(tok), near.mentions))
    return events


# *guerre* / *war* in a figure of speech (*la guerre commerciale*, *la guerre des prix*, *a war of words*).
_WAR_WORDS = frozenset({"guerre", "guerres", "war", "wars"})
_FIGURATIVE_WAR = frozenset("""commercial commerciale commerciales commerciaux prix mot mots tarifaire tarifaires
économique économiques monétaire monnaie monnaies culturel culturelle culture ego egos nerf nerfs chef chefs
succession audience audiences trade price prices word words currency tariff tariffs culture cultural bidding
talent turf""".split())


def _figurative_war(tok: Token) -> bool:
    return any(_fold(t.text) in _FIGURATIVE_WAR or _fold(t.lemma_) in _FIGURATIVE_WAR
               for t in tok.doc[max(0, tok.i - 2):min(len(tok.doc), tok.i + 4)])


# Conflict words that are also verb forms (*la crise frappe*): they count only as nouns.
_VERB_FORMS = frozenset({"frappe", "frappes"})
# Words of a match report (not *but*, *attaquant*, *défenseur*, *gardien*, *penalty* alone in
# English: each has a non-sports sense in news).
_SPORT_WORDS = frozenset("""match matchs arbitre arbitres mi-temps championnat tacle hors-jeu vestiaire
vestiaires footballeur footballeurs entraîneur entraîneurs sélectionneur buteur buteurs pelouse
pénalty demi-finale coéquipier coéquipiers referee referees halftime touchdown quarterback inning
innings goalkeeper midfielder playoff playoffs teammate teammates""".split())
# Triggers that name moves of a game in a match report: a sending-off (*expulsé à la 60e minute*,
# *ejected*), a game (*la rencontre*, *face*, *the two teams meet*), a shot (*une frappe*, *strike*).
_GAME_MOVES = frozenset("""expulser expulsion exclure exclusion rencontre rencontrer affronter affrontement
frappe tir tirer attaque attaquer éliminer élimination battre sanctionner suspendre exclu eject ejection expel
meet meeting face clash strike shot shoot attack eliminate sack""".split())


# Words of a labour or hunger strike around an English *strike*.
_LABOUR = frozenset("""on hunger general national nationwide worker workers union unions wage wages pay
employee employees staff teacher teachers nurse nurses driver drivers picket walkout strikers rail""".split())


def _labour_strike(tok: Token) -> bool:
    return any(_fold(t.text) in _LABOUR or _fold(t.lemma_) in _LABOUR for t in tok.sent)


_VERBAL_ROOTS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"})


def _game_move(tok: Token, context: dict[str, bool], etype: str = "") -> bool:
    """A trigger word naming a move of the game in a match report (class rule): in an article with
    three sports words or more, or in a sentence with one, *l'expulsion de X*, *la rencontre*,
    *une frappe*, *was ejected*, *the teams meet* are no events between political actors."""
    lemma = _fold(tok.lemma_)
    if PLOVER.get(etype) in _VERBAL_ROOTS:  # *l'entraîneur a critiqué l'arbitrage*, *blasted the referee*
        return any(_fold(t.lemma_) in _SPORT_WORDS | {"arbitrage"} or _fold(t.text) in _SPORT_WORDS for t in tok.sent)
    if lemma not in _GAME_MOVES and _infinitive(lemma, "fr") not in _GAME_MOVES and _fold(tok.text) not in _GAME_MOVES:
        return False
    if context["sport"]:
        return True
    return any(_fold(t.text) in _SPORT_WORDS or _fold(t.lemma_) in _SPORT_WORDS or (
        _fold(t.lemma_) == "carton" and _followed_by(t, {"rouge", "jaune", "rouges", "jaunes", "red", "yellow"}, 1))
        for t in tok.sent)


# String hash → the string folded (_fold), and per language (form, lemma, part of speech)
# hashes → _may_start's answer: the word lists are fixed, so the answers are kept.
_FOLDED: dict[int, str] = {}
_MAY_START: dict[str, dict[tuple[int, int, int], bool]] = defaultdict(dict)


def _may_start(orth: int, lemma: int, pos: int, strings: Any, lang: str) -> bool:
    """False when neither :func:`_phrase` nor :func:`_trigger_type` can return anything
    for a token of this form, lemma and part of speech (the tests they start with)."""
    folded_lemma = _fold(strings[lemma])
    if folded_lemma in _PHRASE_HEADS[lang] or lang == "fr" and _infinitive(folded_lemma, lang) in _PHRASE_HEADS[lang]:
        return True
    return POS_NAMES[pos] not in _NOT_TRIGGER_POS and _may_trigger(folded_lemma, _fold(strings[orth]), lang)


class _Near:
    """The article with only the items near a trigger's sentence, so that each
    event scans what is around it, not the whole text (linear cost on long texts).

    "Near" is generous: any attribution, entity, place, date or quantity with a
    span overlapping the sentence or the ``BEFORE`` characters before it (the
    pronoun look-back of ``_resolve_pronoun`` is 400); kept in article order.
    """

    BEFORE = 2000
    _KINDS = ("attributions", "entities", "places", "dates", "quantities")

    def __init__(self, article: Article) -> None:
        self.article = article
        # every mention of every entity: an entity is looked for on a trigger's own sentence
        self.mentions = _MentionIndex(article.entities)
        self.index: dict[str, tuple[list[int], list[tuple[int, int, int]], int]] = {}
        for kind in self._KINDS:
            rows = sorted((sp.start, sp.end, i) for i, item in enumerate(getattr(article, kind))
                          for sp in _spans_of(item))
            longest = max((e - s for s, e, _ in rows), default=0)
            self.index[kind] = ([r[0] for r in rows], rows, longest)

    def around(self, tok: Token) -> Article:
        lo, hi = tok.sent.start_char - self.BEFORE, tok.sent.end_char
        picked = {}
        for kind in self._KINDS:
            starts, rows, longest = self.index[kind]
            items = getattr(self.article, kind)
            found = {i for s, e, i in rows[bisect.bisect_left(starts, lo - longest):bisect.bisect_left(starts, hi)]
                     if s < hi and e > lo}
            picked[kind] = tuple(items[i] for i in sorted(found))
        return dataclasses.replace(self.article, **picked)


def _spans_of(item: object) -> list[Span]:
    spans = [getattr(item, name, None) for name in ("span", "source", "cue", "content")]
    spans += list(getattr(item, "mentions", ()))
    return [sp for sp in spans if isinstance(sp, Span)]


# Words that make an attack physical even in a document with no conflict words.
_WEAPONS = frozenset("""couteau arme armes fusil pistolet machette hache marteau poing poings coups
balle balles barre matraque bâton batte
knife gun guns rifle pistol machete axe hammer fists punch punched stabbing""".split())


def _person_attacks_person(tok: Token) -> bool:
    """*Trump attacked Clinton*, *Le Pen attaque Macron*: a named person attacking a named person or
    organisation with no weapon, a verbal attack even in an article that also reports violence."""
    if tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    obj = next((c for c in tok.children if c.dep_ in _OBJ), None)
    return subj is not None and obj is not None and (
        subj.ent_type_ in ("PERSON", "PER") and obj.ent_type_ in ("PERSON", "PER", "ORG")
        or subj.ent_type_ == "ORG" and subj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "PER"))


# Endings of French nouns of persons (*cycliste*, *serveur*, *policière*, *passant*, *collégien*).
_PERSON_ENDINGS = ("iste", "eur", "euse", "ier", "ière", "ant", "ante", "ien", "ienne")
_HIT_VERBS = frozenset({"frapper", "agresser", "gifler", "cogner", "hit", "punch", "beat", "assault"})


def _hits_someone(tok: Token) -> bool:
    """*après avoir frappé un automobiliste*, *a agressé une passante*, *a été frappé par un client*: a
    verb of hitting whose object (or passive subject) is a person and whose subject, if any, is a person
    too: an assault in any article, not *la crise frappe les ménages* nor *frappé par la maladie*."""
    if tok.pos_ != "VERB" or _infinitive(_fold(tok.lemma_), tok.doc.lang_) not in _HIT_VERBS:
        return False
    people = lambda t: (_person_like(t) and t.pos_ != "PRON" or t.ent_type_ in ("PER", "PERSON")  # noqa: E731
                        or t.pos_ == "NOUN" and _fold(t.lemma_).endswith(_PERSON_ENDINGS))
    if _passive(tok):
        patient = next((c for c in tok.children if c.dep_ in _PASS_SUBJ), None)
        doer = next((c for c in tok.children if c.dep_ in _AGENT or c.dep_.startswith("obl") and any(
            _fold(g.text) in ("par", "by") for g in c.children if g.dep_ == "case")), None)
    else:
        patient = next((c for c in tok.children if c.dep_ in _OBJ), None)
        doer = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    if patient is not None and patient.pos_ == "PRON" and _fold(patient.text) in _PERSONAL and doer is not None:
        return people(doer)  # *Elle a été agressée par deux individus*
    return patient is not None and people(patient) and (doer is None or people(doer) or _animate(doer))


def _verbal_attack(tok: Token) -> bool:
    """*attack/attaquer/attaque* with no weapon in the sentence, in a document with no armed
    conflict or violent crime: a verbal attack (criticism), not an assault."""
    if _fold(tok.lemma_) not in ("attack", "attaquer", "attaque") or any(
            _fold(t.lemma_) in _WEAPONS or _fold(t.text) in _WEAPONS for t in tok.sent):
        return False
    nominal = tok.pos_ in ("NOUN", "PROPN")
    target = _target_token(tok, nominal)
    if target is None:  # *Clinton's attacks*, *Cruz attacked again*: a named person's
        doers = [c for c in tok.children if c.dep_ in (*_SUBJ, "nmod:poss", "poss")]
        return any(c.ent_type_ in ("PERSON", "PER", "ORG") for c in doers)
    # *attacked Trump*, *attacked his record*; not *the attack on the synagogue*
    return (target.ent_type_ in ("PERSON", "PER", "ORG", "NORP") or target.pos_ == "PRON"
            or _is_role(target) or _fold(target.lemma_) in _OPINION_NOUNS)


_OPINION_NOUNS = frozenset("""record position positions policy policies plan plans remarks comments
statement views stance proposal bilan politique programme réforme propos déclarations projet
candidat candidate campaign campagne taxe taxes loi décision mesure mesures tariff tariffs law decision measure
measures bill""".split())


# Support as a share of voters (*40 percent support*, *support among black voters*, *has
# maintained support*, *a loss of support*) is a standing, not an act of backing.
_SUPPORT_NOUNS = frozenset({"support", "backing", "soutien", "appui"})
_HOLD_VERBS = frozenset("""have maintain lose gain enjoy win need lack draw garner build keep increase
retain pick shore consolidate expand avoir garder perdre gagner conserver recueillir manquer""".split())
# Verbs of a level that moves: support as their subject is a standing (*her support fell to 48 percent*).
_LEVEL_VERBS = frozenset("""fall drop rise slip grow decline erode surge climb plummet sink dip slide jump
chuter baisser progresser reculer augmenter grimper s'effondrer""".split())
# Voters counted in a poll: their support or backing is a standing, not an act (*40 percent of likely voters
# back Sanders*, *voters surveyed … support Clinton*).
_POLLED = frozenset("""voter voters respondent respondents percent electorate électeur électeurs sondé sondés
pourcent""".split())
_POLL_WORDS = frozenset("""poll polls polling survey surveys surveyed sondage sondages sondés""".split())
_SHARE_NOUNS = frozenset("""loss level levels share boost surge erosion drop rise lead perte niveau
part baisse hausse érosion""".split())
# A fight that is a contest of words or votes: *the primary fight*, *a legal battle*, *the battle
# between Clinton and Sanders*.
_FIGHT_NOUNS = frozenset({"fight", "fighting", "battle", "combat", "bataille", "lutte"})
_CONTEST_WORDS = frozenset("""political politique primary legal judicial judiciaire court budget
campaign electoral électoral électorale nomination partisan""".split())


def _is_force(tok: Token) -> bool:
    """A noun naming armed forces (``forces`` in the conflict lexicon: *l'armée*, *troops*)."""
    from ..sources.lexicons import load_lexicons, normalize_word

    forces = load_lexicons(tok.doc.lang_).forces
    return normalize_word(tok.lemma_) in forces or normalize_word(tok.text) in forces


def _not_an_act(tok: Token, etype: str, nominal: bool, context: dict[str, bool]) -> bool:
    """Trigger words used for something that is no act between actors (class rules)."""
    lemma = _fold(tok.lemma_)
    kids = list(tok.children)
    if nominal and lemma in _SUPPORT_NOUNS:
        if any(c.dep_ == "nummod" or c.like_num or c.ent_type_ == "PERCENT"
               or c.lower_ in ("among", "parmi", "%", "percent", "pourcent")
               for c in tok.subtree if c.i < tok.i or c.head == tok):
            return True
        if tok.dep_ in _OBJ and _fold(tok.head.lemma_) in _HOLD_VERBS:
            return True
        if tok.dep_ == "pobj" and _fold(tok.head.head.lemma_) in _SHARE_NOUNS:
            return True
        if tok.dep_ == "nmod" and _fold(tok.head.lemma_) in _SHARE_NOUNS:
            return True
        if tok.dep_ in _SUBJ and _fold(tok.head.lemma_) in _LEVEL_VERBS:
            return True  # *Clinton's support fell*
    if not nominal and etype == "support" and any(_fold(t.text) in _POLL_WORDS for t in tok.sent) and any(
            _fold(g.lemma_) in _POLLED or _fold(g.text) in _POLLED
            for c in kids if c.dep_ in _SUBJ for g in c.subtree):
        return True  # *voters surveyed in a new poll support Clinton*: a standing, not an endorsement
    if tok.doc.lang_ == "en" and lemma == "rally" and not context["protest"] and not any(
            c.lower_ == "against" for c in kids):
        return True  # a campaign rally
    if lemma in ("march", "marche") and any(c.lower_ in ("toward", "towards", "vers") for c in kids):
        return True  # *his march toward the nomination*
    if nominal and lemma in _FIGHT_NOUNS and (
            any(_fold(c.lemma_) in _CONTEST_WORDS for c in kids if c.dep_ in ("amod", "compound", "nmod"))
            or any(g.ent_type_ in ("PERSON", "PER") for c in kids if c.lower_ in ("between", "entre")
                   for g in c.subtree)):
        return True
    if not nominal and etype == "support" and any(
            c.dep_ == "prt" and c.lower_ in ("down", "off", "away", "out") for c in kids):
        return True  # *backing down*, *backed out*
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not nominal and nxt is not None and nxt.text == "-" and tok.doc.lang_ == "en":
        return True  # *a back-and-forth*
    if tok.tag_ == "VBG" and tok.dep_ == "amod":
        return True  # *a supporting role*
    if etype == "strike" and not nominal and _followed_by(tok, {"de", "d'", "d’", "with"}, 1):
        return True  # *bombardé de questions*, *bombarded with messages*
    if nominal and etype == "attack" and any(
            c.dep_ in ("amod", "compound", "nmod") and _fold(c.lemma_) in _SOFT_OFFENSIVES for c in tok.children):
        return True  # *une offensive diplomatique*, *a charm offensive*
    if etype == "kill" and not nominal and any(c.dep_ in _OBJ and _fold(c.lemma_) in _DECISIONS | _IDEAS
                                               for c in tok.children):
        return True  # *shot down the proposal*, *a abattu l'idée*
    if etype == "kill" and not nominal and _killed_a_thing(tok):
        return True  # *l'inflation a tué la croissance*, *a éliminé cette option*, *killed the bill*
    if nominal and etype == "threaten" and tok.doc.lang_ == "en" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "under":
        return True  # *our security is under threat from terrorism*: a state, no one threatens anyone here
    if nominal and etype == "agree" and _agreement_as_text(tok):
        return True  # *l'accord prévoit une baisse*, *the agreement includes a pledge*: the text, no act
    if (tok.doc.lang_ == "en" and etype == "kill" and lemma in ("injured", "wounded", "injure", "wound")
            and (nominal or tok.pos_ == "ADJ" or tok.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "amod"))):
        return True  # *left a teenager seriously injured*, *the number of injured*: the toll, not the act
    if lemma == "demonstrate" and not nominal and not (
            any(c.dep_ in _SUBJ and "Plur" in c.morph.get("Number") for c in kids)
            or any(c.lower_ in ("against", "outside", "for") for c in kids)):
        return True  # *as he has demonstrated in recent speeches*
    return False


# Verbs whose subject, when it is an agreement, is the agreement made (*the deal was signed*, *l'accord
# est entré en vigueur*); any other verb makes the agreement a text read (*l'accord prévoit*).
_MADE_AGREEMENT = frozenset("""signer conclure parapher trouver obtenir arracher négocier sceller entrer intervenir
sign conclude reach strike seal broker negotiate hammer come take be""".split())
# Verbs of which an agreement as object is the thing judged or read, not an act (*called the agreement*,
# *dénoncent l'accord*, *respecter l'accord*).
_READ_AGREEMENT = frozenset("""call criticize criticise praise welcome hail blast slam reject denounce oppose
support back read include describe respect violate implement appeler critiquer saluer dénoncer rejeter
soutenir respecter violer appliquer lire décrire""".split())


def _agreement_as_text(tok: Token) -> bool:
    """An agreement noun that stands for the agreement's text: the subject of a verb of content
    (*l'accord prévoit*, *the deal falls short of its promises*) or the object of a verb that
    judges or reads it (*called the agreement historic*, *dénoncent l'accord*)."""
    head = tok.head
    verb = _infinitive(_fold(head.lemma_), "fr") if tok.doc.lang_ != "en" else _fold(head.lemma_)
    if tok.dep_ in _SUBJ and head.pos_ in ("VERB", "AUX") and not _passive(head):
        return verb not in _MADE_AGREEMENT
    return tok.dep_ in _OBJ and head.pos_ == "VERB" and verb in _READ_AGREEMENT


_SOFT_OFFENSIVES = frozenset("""diplomatique politique médiatique commercial commerciale juridique charme séduction
diplomatic political media charm legal publicity pr""".split())
_IDEAS = frozenset("""idée hypothèse rumeur demande plan idea rumor rumour request plan suggestion""".split())


def _killed_a_thing(tok: Token) -> bool:
    """A killing verb whose object (or passive subject, or the noun a participle qualifies) is a thing
    that is no person, group or number of people: a figure of speech, not an assault."""
    if _infinitive(_fold(tok.lemma_), tok.doc.lang_) not in ("tuer", "éliminer", "kill", "eliminate"):
        return False  # *shot down a bomber*, *abattu un drone*: weapons are things too
    things = [c for c in tok.children if c.dep_ in _OBJ]
    return bool(things) and all(
        t.pos_ == "NOUN" and not any(
            _person_like(g) or _animate(g) or _fold(g.lemma_) in _AMOUNTS | _KILLABLE or g.like_num or _is_force(g)
            or g.dep_ == "nummod" for g in t.subtree)
        for t in things)


# People and animals one kills, beyond the role and group lexicons.
_KILLABLE = frozenset("""civil civils civilian people person man men woman women child children boy girl father
mother son daughter brother sister husband wife family student officer soldier fighter militant rebel
prisoner hostage resident villager worker bystander journalist nun priest monk animal bear wolf wolves loup ours
enfant fils fille père mère frère sœur mari épouse famille élève étudiant soldat combattant rebelle
prisonnier otage habitant villageois ouvrier journaliste animal dozen dozens hundred hundreds thousand
thousands score scores""".split())


_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "this", "these", "those"})
_DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "the"})
_PREVENT = frozenset({"éviter", "empêcher", "prévenir", "avoid", "prevent", "avert"})
_NOBODY = frozenset({"personne", "aucun", "aucune", "nul", "nulle", "nobody", "none", "one"})


def _mentioned_again(tok: Token, etype: str, events: list[Event]) -> bool:
    """*Cette grève*, *this strike*: a noun with a demonstrative names again an event the article
    has already reported (one of the same PLOVER root before it): another mention, not a new event.
    Without an earlier one (*Cette manifestation a réuni…* at the start) it stays."""
    return _earlier_mention(tok, etype, events) is not None


def _earlier_mention(tok: Token, etype: str, events: list[Event]) -> int | None:
    """The index in ``events`` of the event a noun names again (see :func:`_mentioned_again`), the last one."""
    if any(c.dep_ == "det" and _fold(c.text) in _DEFINITE for c in tok.children) and not any(
            c.dep_ in ("nmod", "amod", "nummod", "acl", "prep", "compound") for c in tok.children):
        # *la marche* again after *la Marche pour la vie a réuni…*: the same noun, bare, names it again
        word = _fold(tok.lemma_)
        return next((k for k in range(len(events) - 1, -1, -1) if events[k].type == etype and (
            _fold(events[k].trigger.text).rstrip("s") == word.rstrip("s"))), None)
    if not any(c.dep_ == "det" and _fold(c.text) in _DEMONSTRATIVES for c in tok.children):
        return None
    root = PLOVER.get(etype)
    if root is None:
        return None
    return next((k for k in range(len(events) - 1, -1, -1) if PLOVER.get(events[k].type) == root), None)


def _doer_from_mention(tok: Token, etype: str, earlier: Event, article: Article, mentions: _MentionIndex) -> Event:
    """The earlier mention of an event, given the doer its repeat names when it names none itself (*Une grève
    paralyse le port. Cette grève, lancée par la CGT, …*): the doer in the repeat's own phrase (its
    complement, the agent of a participle on it) or the agent of a passive it is the subject of."""
    if earlier.actor is not None or earlier.actor_name is not None:
        return earlier
    actor_tok, name, ent = _actor(tok, etype, True, article)
    if name is None or actor_tok is not None and (actor_tok not in tok.subtree and tok.dep_ not in _PASS_SUBJ or not (
            actor_tok.pos_ == "PROPN" or any(c.dep_ in ("det", "nummod") for c in actor_tok.children))):
        return earlier  # not *qualifiée de terroriste*: a doer is named by a proper name or a determined noun
    return dataclasses.replace(earlier, actor=ent or _entity_at(mentions, actor_tok), actor_name=name)


def _not_happened(tok: Token, etype: str, nominal: bool) -> bool:
    """Acts the sentence says did not take place or are no act (class rules):
    - what is avoided or prevented (*pour éviter les pillages*, *afin d'empêcher tout affrontement*,
      *to avoid clashes*): the object noun of a prevention verb, and the nouns coordinated with it;
    - an injury or killing with no victim (*personne n'a été blessé*, *aucun policier n'a été tué*,
      *no one was hurt*): nothing happened to anyone;
    - *être appelé à* + infinitive with no one calling (*nous sommes appelés à vivre ensemble*, *les
      électeurs sont appelés à voter*): a vocation or a convocation, not a demand by someone;
    - *condamné à* + infinitive (*nous sommes condamnés à payer*): doomed, not sentenced;
    - *avec / sans l'accord de* (*n'entrer qu'avec l'accord du propriétaire*): consent, no agreement made.
    """
    lemma = _infinitive(_fold(tok.lemma_), "fr") if tok.doc.lang_ != "en" else _fold(tok.lemma_)
    if nominal:
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if node.dep_ in _OBJ and _fold(node.head.lemma_) in _PREVENT and not _negated(node.head):
            return True  # not *n'ont pas empêché la marche*: it took place
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        before = tok.doc[tok.i - 2] if tok.i > 1 else None
        if tok.dep_ == "nmod" and _fold(tok.head.lemma_) in ("début", "beginning", "start") and any(
                _fold(c.text) in ("depuis", "since") for c in tok.head.children if c.dep_ in ("case", "prep")):
            return True  # *depuis le début de la contestation*: a time anchor on a movement already reported
        if etype == "agree" and tok.dep_ in ("nmod", "pobj") and _fold((tok.head.head if tok.dep_ == "pobj" else tok.head).lemma_) in (
                "violation", "rupture", "non-respect", "breach", "violate"):
            return True  # *des violations du cessez-le-feu*: the breach is the news, no agreement made
        if etype == "agree" and prev is not None and _fold(prev.text) in ("l'", "l’") and before is not None and (
                _fold(before.text) in ("avec", "sans")) and _followed_by(tok, {"de", "du", "des", "d'", "d’"}, 1):
            return True
        return False
    if PLOVER.get(etype) == "ASSAULT" and any(
            c.dep_ in (*_SUBJ, *_PASS_SUBJ) and (
                _fold(c.text) in _NOBODY and (c.lower_ != "one" or any(_fold(d.text) == "no" for d in c.children))
                or any(d.dep_ == "det" and _fold(d.text) in ("aucun", "aucune", "nul", "nulle", "no")
                       for d in c.children))
            for c in tok.children):
        return True
    if lemma in ("appeler", "condamner") and _passive(tok) and not any(c.dep_ in _AGENT for c in tok.children):
        nxt = [t for t in tok.doc[tok.i + 1:min(tok.i + 3, tok.sent.end)]]
        if len(nxt) == 2 and _fold(nxt[0].text) == "à" and nxt[1].pos_ in ("VERB", "AUX") and (
                "Inf" in nxt[1].morph.get("VerbForm")):
            return True
        if lemma == "appeler" and len(nxt) == 2 and _fold(nxt[0].text) == "aux" and _fold(nxt[1].lemma_) == "urne":
            return True  # *les électeurs sont appelés aux urnes*: an election
    inverted = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text.startswith("-")  # *déplore-t-il*
    incise = inverted or tok.dep_ in ("parataxis", "conj", "punct", "dep", "advmod")
    if lemma == "déplorer" and tok.i > 0 and incise and not any(
            c.dep_ == "ccomp" or c.dep_ == "mark" and _fold(c.text) in ("que", "qu'", "qu’") for c in tok.children):
        before = tok.doc[tok.i - 1]
        if before.dep_.startswith("aux") and tok.i > 1:
            before = tok.doc[tok.i - 2]
        if before.text in (",", "»", "\"", "”"):
            return True  # *« … », déplore le maire*, *…, a déploré sa présidente*: a regret reported, no blame
    if not nominal and "Inf" in tok.morph.get("VerbForm") and tok.head != tok and _fold(tok.head.lemma_) in (
            "viser", "aim") and tok.dep_ in ("xcomp", "acl", "advcl", "obl:arg", "ccomp", "pcomp"):
        return True  # *une initiative visant à interdire…*: an aim, not an act
    if lemma == "menacer" and not _passive(tok) and tok.dep_ not in ("acl", "amod"):
        subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
        obj = next((c for c in tok.children if c.dep_ in (*_OBJ, "obl:arg")), None)
        if subj is not None and obj is not None and not (_person_like(subj) or _animate(subj) or subj.ent_type_ in (
                "GPE", "LOC", "ORG")) and not (_person_like(obj) or _animate(obj)):
            return True  # *le texte menacerait des milliers d'emplois*: a risk to things, no one threatens
    if lemma == "menacer" and (_passive(tok) or tok.dep_ in ("acl", "amod")) and not _earlier_act(tok):
        agent = next((c for c in tok.children if c.dep_ in _AGENT), None)
        patient = tok.head if tok.dep_ in ("acl", "amod") else next(
            (c for c in tok.children if c.dep_ in _PASS_SUBJ), None)
        if patient is not None and not _person_like(patient) and (agent is None or not (
                _animate(agent) or agent.ent_type_ in ("GPE", "LOC", "ORG"))):
            return True  # *des forêts menacées par la sécheresse*, *l'usine, menacée de fermeture*: a thing at risk
    return False


_BREAK_POS = frozenset({"DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "AUX"})


def _in_intertitle(tok: Token) -> bool:
    """The trigger is in a subheading run into the next paragraph (*… a-t-il précisé. Colère des riverains
    Dans la soirée, plusieurs…*): a few verbless words opening the sentence, then a capitalised
    function word with no punctuation before it. A subheading repeats what the paragraph under it
    reports, so it is no event of its own."""
    doc, start = tok.doc, tok.sent.start
    if tok.i - start > 5 or start == 0:
        return False
    for j in range(tok.i + 1, min(start + 8, tok.sent.end)):
        word, before = doc[j], doc[j - 1]
        if word.is_punct or before.is_punct:
            return False
        if word.text[:1].isupper() and word.pos_ in _BREAK_POS and not word.text.isupper() or word.text in ("A", "À"):
            return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[start:j])
    return False


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
_ASK_FOR = frozenset({"ask", "call", "appeal", "plead", "push", "lobby"})


def _other_sense(tok: Token, etype: str, nominal: bool) -> bool:
    """Trigger words in a sense that is no act (class rules, mostly English political news):
    - *in order to* (purpose), not an order;
    - the press's own request (*has not answered a request for comment*, *sollicitée par l'AFP*);
    - *called* as naming (*a show called …*, *called herself a moderate*);
    - *welcome* as an adjective (*is not welcome here*); *warned about / of* a danger (no threat);
    - counted endorsements (*has 31 endorsements*) and support asked for (*ask for their support*);
    - *appeal* as attraction (*his outsider appeal*): an appeal is a request with *for* or *to … to*.
    """
    lemma = _fold(tok.lemma_)
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if lemma == "order" and prev is not None and prev.lower_ == "in":
        return True
    if etype == "request" and nominal and _followed_by(tok, {"comment", "comments", "commentaire", "commentaires",
                                                            "réaction"}, 2):
        return True
    if lemma in ("solliciter", "sollicité", "contacter") and tok.dep_ in ("acl", "amod", "advcl", "dep") and not any(
            c.dep_ in (*_OBJ, "obl:arg") for c in tok.children) and (tok.i == tok.sent.start or any(
            c.dep_ in _AGENT and (c.ent_type_ == "ORG" or c.pos_ == "PROPN") for c in tok.children)):
        return True  # *Sollicitée par l'AFP, la mairie n'a pas souhaité réagir*
    if doc.lang_ == "en" and lemma == "call" and not nominal and (
            tok.dep_ == "acl" and tok.head.i == tok.i - 1 or any(c.lower_ in _REFLEXIVES for c in tok.children if c.dep_ in ("dobj", "nsubj"))):
        return True
    if doc.lang_ == "en" and lemma == "welcome" and tok.pos_ == "ADJ":
        return True
    if etype == "threaten" and doc.lang_ == "en" and not nominal and any(
            c.dep_ == "prep" and c.lower_ in ("about", "of", "against") for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children):
        return True
    if etype == "support" and nominal and doc.lang_ == "en":
        if lemma in ("endorsement", "backing") and any(
                c.like_num or c.lower_ in ("zero", "no", "any", "such") for c in tok.children if c.i < tok.i):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _fold(tok.head.head.lemma_) in _ASK_FOR:
            return True
    if lemma == "appeal" and nominal and doc.lang_ == "en" and not (
            _en_complement(tok, "appeal") or _fold(tok.head.lemma_) in ("issue", "launch", "make", "renew")):
        return True
    if lemma in ("arrêter", "cesser") and not nominal and any(
            c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in tok.children):
        return True  # *il a arrêté de travailler*: stopped doing, no one was arrested
    return False


def _citizen_role(tok: Token) -> bool:
    """A trade or walk of life (*les chauffeurs*, *des agriculteurs*, *les ambulanciers*), not an office:
    people who protest."""
    from ..sources.lexicons import load_lexicons, normalize_word

    return load_lexicons(tok.doc.lang_).roles.get((normalize_word(tok.lemma_),)) == "citizen" or _trade(tok)


@functools.lru_cache(maxsize=1)
def _trades() -> dict[str, frozenset[str]]:
    """Trades by language, folded (``data/events/trades.tsv``, derived from the ONISEP list of trades
    and faker's English job list by ``scripts/derive_trades.py``)."""
    out: dict[str, set[str]] = {"fr": set(), "en": set()}
    text = LEXICON_DIR.joinpath("trades.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        lang, _, word = line.partition("\t")
        if word and not lang.startswith("#"):
            out.setdefault(lang, set()).add(_fold(word))
    return {k: frozenset(v) for k, v in out.items()}


# Feminine and plural endings back to the masculine singular the table holds (*ambulancières*,
# *coiffeuses*, *conductrices*, *pharmaciennes*).
_TRADE_ENDINGS = (("ères", "er"), ("ère", "er"), ("euses", "eur"), ("euse", "eur"), ("rices", "eur"),
                  ("rice", "eur"), ("iennes", "ien"), ("ienne", "ien"), ("es", ""), ("e", ""), ("s", ""), ("x", ""))


def _trade(tok: Token) -> bool:
    """A noun naming a person by their trade (*les éboueurs*, *une ambulancière*, *the paramedics*)."""
    if tok.pos_ != "NOUN":
        return False
    table = _trades().get("en" if tok.doc.lang_ == "en" else "fr", frozenset())
    for word in {_fold(tok.lemma_), _fold(tok.text)}:
        if word in table:
            return True
        for end, base in _TRADE_ENDINGS:
            if word.endswith(end) and len(word) > len(end) + 2 and word[: -len(end)] + base in table:
                return True
    return False


def _person_like(tok: Token) -> bool:
    """A person or a group of people (not a company, a place, a thing): who can be threatened."""
    from ..sources.lexicons import load_lexicons, normalize_word

    lemma = _fold(tok.lemma_)
    role = load_lexicons(tok.doc.lang_).roles.get((normalize_word(tok.lemma_),))
    return (tok.pos_ == "PRON" or tok.ent_type_ in ("PER", "PERSON")
            or lemma in _PEOPLE_NOUNS | _GROUP_NOUNS | _VICTIMS | _PROTESTERS | _CROWD
            or role is not None and role not in (*_NOT_PEOPLE, "company") or _trade(tok))


# Nouns of a scuffle between groups: riots in any article (*des heurts ont éclaté entre supporters et
# policiers*), except *sans heurts* (smoothly).
_SCUFFLES = frozenset({"heurt", "heurts", "échauffourée", "échauffourées", "rixe", "rixes"})
# Verbs of damage done by people: riots where there is a protest or no armed conflict (*des jeunes ont
# incendié des voitures*), destruction where there is armed conflict and no protest.
_DAMAGE_VERBS = frozenset({"incendier", "saccager", "piller", "vandaliser", "pelt", "loot", "torch", "vandalize",
                           "vandalise"})


def _by_context(etype: str, tok: Token, nominal: bool, context: dict[str, bool]) -> tuple[str, bool]:
    """(the type a trigger takes in its article, whether it is an event whatever the article is
    about): scuffles and damage done by people are riots anywhere, or destruction in a war; a clash
    at a protest is a riot (*protesters clashed with police*); an occupation by people of a building
    is a protest, a military one in a war is not."""
    lemma = _fold(tok.lemma_)
    if etype == "riot" and nominal and (lemma in _SCUFFLES or _fold(tok.text) in _SCUFFLES):
        prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        return ("none" if prev is not None and _fold(prev.text) == "sans" else "riot"), True
    if etype == "riot" and not nominal and (_infinitive(lemma, "fr") in _DAMAGE_VERBS or lemma in _DAMAGE_VERBS):
        if context["conflict"] and not context["protest"]:
            return "destroy", True
        if _passive(tok) or any(c.dep_ in _SUBJ for c in tok.children) or tok.dep_ == "conj":
            return "riot", True
    if etype == "clash" and context["protest"] and not context["conflict"] and (
            lemma in ("affrontement", "accrochage", "clash") if nominal
            else lemma in ("affronter", "clash") and (_reflexive(tok) or _followed_by(tok, {"avec", "with"}, 3))):
        return "riot", True  # not *un combat politique*, *affrontera son rival*
    if etype == "kill" and not nominal and _infinitive(lemma, "fr") == "abattre" and any(
            c.dep_ in (*_OBJ, *_PASS_SUBJ) and (_animate(c) or _fold(c.lemma_) in _VICTIMS or c.pos_ == "PRON")
            for c in tok.children):
        return "kill", True  # *le suspect a été abattu par un policier*; not *abattre un arbre*
    if etype == "block" and not nominal and not context["conflict"] and _infinitive(lemma, "fr") in ("bloquer", "block"):
        subj = _clause_subject(tok)
        if subj is not None and (_fold(subj.lemma_) in _PROTESTERS | _CROWD or _citizen_role(subj) or context["protest"] and not (
                _police_like(subj) or _is_role(subj) and not _citizen_role(subj) or subj.ent_type_ in ("GPE", "LOC")
                or _fold(subj.lemma_) in ("gouvernement", "état", "exécutif", "mairie", "préfecture", "government"))):
            return "protest", True  # *des militants ont bloqué l'entrée*, *farmers blocked roads*
    if etype in ("attack", "destroy") and not nominal and context["protest"] and not context["conflict"]:
        subj = _clause_subject(tok)
        objs = [c for c in tok.children if c.dep_ in (*_OBJ, "obl:arg")]
        crowd = subj is not None and (_fold(subj.lemma_) in _CROWD or any(
            c.dep_ == "nmod" and _fold(c.lemma_) in _CROWD for c in subj.children))  # *des dizaines de casseurs*
        if crowd or subj is None and objs and not any(
                _animate(o) or _police_like(o) for o in objs):
            return "riot", True  # *des manifestants ont attaqué des vitrines*, *détruit des abribus*
    if etype in ("attack", "strike", "kill", "destroy") and nominal and tok.dep_ in _OBJ and _fold(
            tok.head.lemma_) in ("revendiquer", "claim") and not _quoted_label(tok):
        return etype, True  # *le groupe a revendiqué l'attaque*: claimed, so violent
    if etype == "strike" and lemma == "fire" and not nominal and any(
            c.dep_ in _OBJ and _fold(c.lemma_) in _PROJECTILES - {"shot"} for c in tok.children) and not _crowd_control(tok):
        return "strike", True  # *fired live rounds at the crowd*; not *fired a shot past the keeper*
    if etype == "occupy" and nominal:
        if context["conflict"] and not context["protest"]:
            return "none", False  # *l'occupation de la Cisjordanie*
        if context["protest"] or _noun_agent(tok) is not None or any(
                c.dep_ == "nmod" and _fold(c.lemma_) in _OCCUPIED for c in tok.children):
            return "occupy", True  # *l'occupation d'un amphithéâtre par des étudiants*
        return "none", False  # *le taux d'occupation*, *l'occupation des sols*
    return etype, False


# People who gather to protest.
_PROTESTERS = frozenset("""manifestant protestataire gréviste militant opposant supporter protester
demonstrator striker activist opponent supporter marcher""".split())
_AMOUNTS = frozenset("""centaine dizaine millier millions foule groupe poignée cinquantaine vingtaine trentaine
quarantaine soixantaine majorité partie""".split())
# People one kills or shoots (*le suspect a été abattu*).
_VICTIMS = frozenset("""suspect homme femme individu forcené assaillant agresseur tireur policier gendarme
enfant adolescent jeune victime otage passant""".split())
# Crowds whose violence at a protest is a riot.
_CROWD = frozenset("""manifestant casseur émeutier jeune individu protestataire militant gréviste supporter
black bloc cortège foule protester rioter demonstrator crowd youth mob""".split())


def _clause_subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to (*ont détruit…, attaqué…*)."""
    node = tok
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return _antecedent(subj) if _fold(subj.text) in _RELATIVE else subj
        if node.dep_ != "conj" or node.head == node:
            return None
        node = node.head
    return None


# Verbs of launching whose projectiles make an assault.
_LAUNCH = frozenset({"lancer", "tirer", "launch", "fire"})
_FR_PROJECTILES = frozenset("""drone drones missile missiles roquette roquettes obus bombe bombes grenade
grenades engin engins mortier""".split())


def _shoots_at(tok: Token) -> bool:
    """*tirer sur* people or a vehicle, or *à balles réelles*: shooting, not *tirer les leçons*."""
    for c in tok.children:
        case = {_fold(g.text) for g in c.children if g.dep_ == "case"}
        if c.dep_.startswith("obl") and "sur" in case and (
                _person_like(c) or _animate(c) or _fold(c.lemma_) in _AMOUNTS | {"foule", "véhicule", "voiture",
                                                                                "cortège", "convoi", "patrouille"}):
            return True
        if c.dep_.startswith("obl") and _fold(c.lemma_) in ("balle", "bout") and any(
                _fold(g.text) in ("réel", "réelles", "portant") for g in c.subtree):
            return True
    return False


# Crowd-control means (tear gas, water cannon, stun grenades, rubber bullets): police firing them at a
# crowd is the policing of a protest (ACLED's *protest with intervention*), not an assault.
_CROWD_CONTROL = frozenset("""lacrymogène lacrymogènes lacrymogene désencerclement assourdissant assourdissante
assourdissantes tear teargas pepper water rubber stun""".split())


def _crowd_control(tok: Token) -> bool:
    """What ``tok`` fires (its object, passive subject, noun complement, or the noun it modifies) is
    tear gas, a water cannon, a stun grenade or rubber bullets: *la police a tiré des gaz lacrymogènes*,
    *des tirs de grenades lacrymogènes*, *police fired tear gas at protesters*."""
    things = [c for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ, "nmod", "prep", "obl", "compound")]
    if tok.dep_ in ("acl", "amod"):
        things.append(tok.head)
    words = {_fold(t.lemma_) for th in things for t in th.subtree if t.i - th.i < 5} | {
        _fold(t.text) for th in things for t in th.subtree if t.i - th.i < 5}
    return bool(words & _CROWD_CONTROL) or "gaz" in words and not words & {"sarin", "moutarde", "chimique", "toxique"}


def _launches_projectiles(tok: Token) -> bool:
    things = [c for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ) or c.dep_ == "obl:mod" and not any(
        g.dep_ == "case" for g in c.children) and _fold(c.lemma_) in _EVENT_HEADS | _AMOUNTS]
    if tok.dep_ in ("acl", "amod"):
        things.append(tok.head)
    # *une salve d'obus*, *une dizaine de roquettes*: what the salvo or the count is of
    things += [g for t in list(things) if _fold(t.lemma_) in _EVENT_HEADS | _AMOUNTS | {"pluie", "volée"}
               for g in t.children if g.dep_ in ("nmod", "prep")]
    return any(_fold(t.lemma_) in _FR_PROJECTILES or _fold(t.text) in _FR_PROJECTILES
               or _fold(t.lemma_) in _PROJECTILES - {"shot", "gas"} for t in things)


# Places whose occupation is a protest.
_OCCUPIED = frozenset("""amphithéâtre amphi université faculté fac lycée collège école usine site locaux
bâtiment siège mairie préfecture rond-point place théâtre gare dépôt raffinerie entrepôt campus""".split())


# Verbs of asking whose object names what is asked for, not an act done (*a demandé le soutien de…*).
_ASK_VERBS = frozenset({"demander", "réclamer", "exiger", "solliciter", "revendiquer", "demand", "request",
                        "seek", "urge"})
# Acts that, asked for, have not happened: the request is the event.
_ASKABLE = frozenset({"support", "meet", "negotiate", "agree", "aid", "investigate", "sanction", "ease",
                      "evacuate", "withdraw"})


def _requested(tok: Token, etype: str) -> bool:
    """*a demandé le soutien de la communauté internationale*, *demand an inquiry*: asked for, not done."""
    if etype in _ASKABLE and tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
            _fold(tok.head.head.lemma_) in _ASK_VERBS | _ASK_FOR):
        return True  # *to ask for continued humanitarian aid*
    return etype in _ASKABLE and tok.dep_ in _OBJ and _fold(tok.head.lemma_) in _ASK_VERBS


def _in_context(etype: str, tok: Token, context: dict[str, bool]) -> bool:
    if etype in _PROTEST_ONLY:
        return context["protest"] or context["conflict"]
    if etype == "capture" and _fold(tok.lemma_) in _AMBIGUOUS_CAPTURE and not (context["conflict"] or any(
            c.dep_ in _SUBJ and _is_force(c) for c in tok.children)):
        return False  # *Sanders takes Wisconsin*: a primary won; *les forces kurdes ont pris Raqqa*: taken
    if etype == "capture" and any(c.dep_ in _OBJ and c.ent_type_ in ("LOC", "GPE") for c in tok.children):
        return True  # *ont pris Raqqa*: taking a place by force
    if etype in _CONFLICT_TYPES and (_fold(tok.lemma_) in _ONLY_VIOLENT or (not _is_nominal(tok) and tok.pos_ == "VERB" and any(
            _fold(t.text) in _WEAPONS or _fold(t.lemma_) in _WEAPONS for t in tok.sent)) or _hits_someone(tok)):
        return True  # *a été poignardé*, *tué par balle*, *frappé avec une barre*: in any article
    if etype == "withdraw" and tok.pos_ == "NOUN" and not context["conflict"] and not any(
            c.dep_ in ("nmod", "prep") for c in tok.children) and not _force_near(tok):
        return False  # *un net repli cette semaine*: a fall in prices, no one withdraws
    if etype in _CONFLICT_TYPES:
        # *tirs de LBD*, *blessés* during protests are assaults too.
        return context["conflict"] or (context["protest"] and _fold(tok.lemma_) in _PROTEST_VIOLENCE)
    return True


# Verbs and nouns with no sense but violence against someone: events in any article.
_ONLY_VIOLENT = frozenset("""poignarder égorger lyncher tabasser rouer molester assassiner mitrailler
assassinat meurtre fusillade stab stabbing lynch""".split()) | {"ouvrir"}  # conflict types come from *ouvrir* only in *ouvrir le feu*
# Violence that happens at protests (police fire, injuries, scuffles), not killings or captures.
_PROTEST_VIOLENCE = frozenset({"blesser", "blessé", "tir", "tirer", "attaquer", "agresser", "riposter",
                               "wound", "injure", "shoot", "shooting", "attack", "assault", "fire"})


def _quoted_label(tok: Token) -> bool:
    """A word quoted as a label (*« censure »*, *« prise d'otage »*): a name for something, not an event."""
    doc = tok.doc
    left = [t for t in doc[max(tok.sent.start, tok.i - 3):tok.i]]
    right = [t for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 4)]]
    open_q = next((i for i in range(len(left) - 1, -1, -1) if left[i].text in ("«", "“", '"')), None)
    close_q = next((i for i, t in enumerate(right) if t.text in ("»", "”", '"')), None)
    if open_q is None or close_q is None:
        return False
    inside = left[open_q + 1:] + right[:close_q]
    return not any(t.pos_ in ("VERB", "AUX") for t in inside)


def _phrase(tok: Token, lang: str) -> tuple[str, bool, int] | None:
    """Return (type, nominal, index of the last word) for a verb + complement phrase."""
    lemma = _fold(tok.lemma_)
    if lemma not in _PHRASE_HEADS[lang] and lang == "fr" and tok.pos_ in ("VERB", "ADJ"):
        lemma = _infinitive(lemma, lang)  # a participle left unlemmatised: *a gelé les avoirs*
    if lemma not in _PHRASE_HEADS[lang]:
        return None
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
        nxt = doc[j]
        if nxt.is_punct and nxt.text not in ("-", "'", "’", "«", "»", '"'):
            break
        for key in (_fold(nxt.lemma_), _fold(nxt.text)):
            etype = PHRASES[lang].get((lemma, key))
            if etype and key in _PARTICLES and not (tok.pos_ == "VERB" and (j == tok.i + 1 or (
                    nxt.dep_ == "prt" and nxt.head == tok))):
                continue  # *hitting him in the back*, *the call is being paid for*
            if etype and key == "to" and tok.pos_ != "VERB":
                continue  # *a court order discovery will be to…*: a noun, no one ordered anyone to
            if etype == "protest" and lemma == "cesser" and not any(
                    c.dep_ in _SUBJ and ("Plur" in c.morph.get("Number") or _citizen_role(c)) for c in tok.children):
                continue  # *les agents ont cessé le travail*: a strike; *elle a cessé le travail à 62 ans*: she retired
            if etype:
                return etype, tok.pos_ in ("NOUN", "PROPN", "ADJ"), j
    return None


# Complements of a phrasal verb: they must follow the verb (*fired back*, *called for*).
_PARTICLES = frozenset({"back", "out", "off", "for", "on", "up"})


_NOT_TRIGGER_POS = ("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE")
_MAY_TRIGGER: dict[tuple[str, str, str], bool] = {}


def _may_trigger(lemma: str, form: str, lang: str) -> bool:
    """False when no branch of :func:`_trigger_type` can make a trigger of a word with this
    folded lemma and form: none of the words it looks up (the lemma, the form, its
    infinitive, the verb a misread form stands for) is listed. Memoised per word."""
    key = (lemma, form, lang)
    known = _MAY_TRIGGER.get(key)
    if known is None:
        nouns, verbs = NOUN_TRIGGERS[lang], VERB_TRIGGERS[lang]
        stem = form[:-2] if form.endswith("ent") else form
        misread = (stem[:-3] + stem[-2] + "er" if stem.endswith(("lle", "tte")) else "", stem + "r",
                   form + "ir" if form.endswith("t") else "", form[:-3] + "ir" if form.endswith("ent") else "")
        known = (lemma in nouns or form in nouns or form[:-1] in nouns or lemma in _OTHER_HEADS
                 or lemma in verbs or _infinitive(lemma, lang) in verbs
                 or any(c and c in verbs for c in misread))
        if len(_MAY_TRIGGER) >= 100_000:
            _MAY_TRIGGER.clear()
        _MAY_TRIGGER[key] = known
    return known


# What one accepts that makes the acceptance an agreement (*accepter l'offre*, *accepted the deal*).
_PROPOSALS = frozenset("""proposition offre accord compromis plan médiation réunion invitation condition
cessez-le-feu trêve dialogue négociation rencontre protocole ultimatum
proposal offer deal agreement compromise plan mediation meeting invitation condition ceasefire truce
talks terms""".split())


def _accepts_a_proposal(tok: Token) -> bool:
    """*accepter* / *accept* whose object (or, in *que … a acceptée*, the relative's antecedent) is a
    proposal, an offer, a meeting, a ceasefire: an agreement between the sides, not *accepter son sort*."""
    things = [c for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ)]
    if tok.dep_ in ("acl:relcl", "relcl") and any(_fold(c.text) in _RELATIVE_OBJ for c in things):
        things.append(tok.head)
    que = next((c for c in tok.children if c.dep_ == "mark" and _fold(c.text) in ("que", "qu'", "qu’")), None)
    if que is not None and not things:
        # *une réunion, que l'intersyndicale a acceptée*: the relative read as a conjunction clause
        things += [t for t in tok.doc[max(tok.sent.start, que.i - 4):que.i] if t.pos_ == "NOUN" and (
            _fold(t.lemma_) not in _TIME_NOUNS | _DAYS)][-1:]
    return any(_fold(t.lemma_) in _PROPOSALS or _fold(t.text).rstrip("s") in _PROPOSALS for t in things)


def _trigger_type(tok: Token, lang: str) -> tuple[str, bool, int] | None:
    """Return (event type, used as a noun, index of the last word) when ``tok`` is a trigger."""
    if tok.pos_ in _NOT_TRIGGER_POS:
        return None
    lemma = _fold(tok.lemma_)
    form = _fold(tok.text)
    if not _may_trigger(lemma, form, lang):
        return None
    if lemma == "retrouver":
        # *les ministres se sont retrouvés lundi à Luxembourg*: they met; not *se sont retrouvés au chômage*
        subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
        if lang == "fr" and tok.pos_ == "VERB" and _reflexive(tok) and subj is not None and (
                "Plur" in subj.morph.get("Number") or any(c.dep_ == "conj" for c in subj.children)) and (
                _is_role(subj) or _animate(subj) or subj.ent_type_ in ("PER", "ORG")) and not any(
                c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "amod") for c in tok.children) and all(
                c.ent_type_ in ("LOC", "GPE") or _fold(c.lemma_) in _TIME_NOUNS | _DAYS or c.like_num
                for c in tok.children if c.dep_.startswith("obl") or c.dep_ == "obj"):
            return "meet", False, tok.i
        return None
    if lemma in ("strike", "hit") and lang == "en" and tok.pos_ == "VERB" and _armed_blow(tok):
        return "strike", False, tok.i  # *Russian forces struck the port*, *missiles hit a school*
    if lemma in ("accepter", "accept") and tok.pos_ == "VERB" and _accepts_a_proposal(tok):
        return "agree", False, tok.i  # *l'intersyndicale a accepté la proposition*, *accepted the offer*
    if lemma == "dire":
        # *les gendarmes lui ont dit de quitter les lieux*: an order (REQUEST) by the one who says it
        if tok.pos_ == "VERB" and lang == "fr" and any(
                c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")
                and any(m.dep_ == "mark" and _fold(m.text) in ("de", "d'") for m in c.children) for c in tok.children):
            return "request", False, tok.i
        return None
    misread = _verb_read_as_modifier(tok, lang) or _subject_then_misread_verb(tok, lang)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if misread is None and lang == "fr" and tok.pos_ == "ADJ" and tok.dep_ == "amod" and not any(
            c.dep_ in ("det", "nummod") for c in tok.children) and not (
            tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("DET", "NUM")) and form in NOUN_TRIGGERS[lang]:
        return None  # *un état critique*, *une situation critique*: an adjective, not criticism
    nominal_form = (form in NOUN_TRIGGERS[lang] and tok.pos_ in ("VERB", "ADJ", "ADV", "X")
                    and not any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in tok.children))
    if misread is None and (tok.pos_ in ("NOUN", "PROPN") or nominal_form or _is_nominal(tok)):
        if tok.text[:1].isupper() and tok.i > tok.sent.start and not tok.text.isupper():
            return None  # a name (*Libération*, *Marche pour la vie*... as a title)
        for key in (lemma, form, form[:-1] if form.endswith("s") else form):
            if key in NOUN_TRIGGERS[lang]:
                if nxt is not None and _fold(nxt.lemma_) in _NOT_AFTER.get(key, ()) and not (
                        key == "critique" and _critic_of(tok) is not None):
                    return None  # not *la critique de cinéma*; *les critiques de l'opposition* are an act
                if key == "aide" and not _qualified_aid(tok):
                    return None
                if NOUN_TRIGGERS[lang][key] == "threaten" and any(
                        c.dep_ == "amod" and _fold(c.lemma_) not in _THREAT_ACTS for c in tok.children):
                    return None  # *la menace terroriste*, *a nuclear threat*: a risk, not an act
                if key in _NEEDS_PARTNER and not _with_partner(tok):
                    return None  # *l'entretien des routes*, *dans un entretien au Monde*, *les échanges commerciaux*
                if key == "signalement" and not _to_authorities(tok):
                    return None  # *le signalement du suspect* (a description); *un signalement au procureur* accuses
                if NOUN_TRIGGERS[lang][key] == "withdraw" and _withdrawal_of_a_thing(tok):
                    return None  # *le retrait de la réforme*, *withdrawal of the bill*: no troops move
                verb_before = next((t for t in reversed(tok.doc[max(tok.sent.start, tok.i - 4):tok.i])
                                    if not (_fold(t.text) in _NEG or t.pos_ == "ADV")), None)
                if key in ("appel", "appels") and verb_before is not None and _fold(verb_before.lemma_) in (
                        "faire", "interjeter"):
                    return None  # *faire appel*, *ne ferait pas appel* (a court appeal, *faire appel à* someone): no demand
                if NOUN_TRIGGERS[lang][key] == "agree" and _topic_of_talks(tok):
                    return None  # *talks on a trade deal*, *les négociations sur un accord*: the topic
                if key in ("visite", "visites") and _visit_of_a_thing(tok):
                    return None  # *la visite du musée*, *une visite guidée*
                if key in ("demande", "demandes") and _application(tok):
                    return None  # *une demande d'asile*, *une demande de permis*: an application
                if key == "soutien" and any(c.dep_ == "amod" and _fold(c.lemma_) in _HELP_KINDS for c in tok.children):
                    return None  # *le soutien scolaire*, *une cellule de soutien psychologique*
                if key == "sommet" and not _summit(tok):
                    return None  # *loin du sommet*, *au sommet de l'État*
                if key in _OPENED and _fold(tok.head.lemma_) not in _OPENERS:
                    return None  # *une source proche de l'enquête*; *l'enquête a été ouverte* is one
                prev = tok.doc[tok.i - 1] if tok.i > 0 else None
                if key == "accord" and prev is not None and _fold(prev.text) in ("en", "d'", "d’"):
                    return None  # *en accord avec*, *d'accord*
                if _modifier_use(tok):
                    return None
                return _refine(NOUN_TRIGGERS[lang][key], tok, lang, True), True, tok.i
    if tok.pos_ == "VERB" and lang == "fr" and lemma == "prendre" and _reflexive(tok) and any(
            _fold(c.text) == "en" and c.pos_ == "PRON" for c in tok.children) and _followed_by(tok, {"à", "au", "aux"}, 2):
        return "accuse", False, tok.i  # *la Cour des comptes s'en prend au coût du projet*
    if tok.pos_ == "VERB" and lang == "fr" and lemma == "opposer" and _reflexive(tok) and _followed_by(
            tok, {"à", "au", "aux"}, 2):
        return "reject", False, tok.i  # *le maire s'est opposé au projet*: a refusal
    if lang == "en" and lemma == "come" and _under_fire(tok):
        return "accuse", False, tok.i + 2  # *the minister came under fire from unions*
    if lang == "en" and tok.lower_ == "fire" and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "under" and (
            _fold(tok.doc[tok.i - 2].lemma_) == "be" and _followed_by(tok, {"for", "over", "about"}, 1)):
        return "accuse", True, tok.i  # *the minister is under fire for his remarks*; not *under fire from artillery*
    if tok.pos_ in ("VERB", "ADJ") and lemma in _GATHER and (lang == "en" or _reflexive(tok) or _passive(tok)
                                                             or tok.dep_ in ("acl", "amod")):
        subj = next((c for c in tok.children if c.dep_ in (*_SUBJ, *_PASS_SUBJ)), None)
        if subj is None and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN":
            subj = tok.head  # *des militants rassemblés place de la République*
        if subj is not None and (_fold(subj.lemma_) in _PROTESTERS or any(
                c.dep_ in ("nmod", "prep") and any(_fold(g.lemma_) in _PROTESTERS for g in c.subtree) for c in subj.children)):
            return "protest", False, tok.i  # *protesters gathered outside*, *des manifestants se sont rassemblés*
        if subj is not None and (_citizen_role(subj) or _fold(subj.lemma_) in _GROUP_NOUNS) and any(
                c.dep_ in ("advcl", "xcomp", "obl", "acl") and _fold(c.lemma_) in _GATHERED_FOR for c in tok.children):
            return "protest", False, tok.i  # *les ambulanciers se sont rassemblés pour réclamer…*: a demonstration
        return None
    if tok.pos_ in ("VERB", "ADJ") and lemma in ("poursuivre", "poursuivi") and (
            _passive(tok) or tok.dep_ in ("acl", "amod")) and _followed_by(tok, {"pour"}, 2):
        return "charge", False, tok.i  # *poursuivi pour injures*: prosecuted
    if tok.pos_ in ("VERB", "ADJ") and lemma in _LAUNCH and _launches_projectiles(tok) and not _crowd_control(tok):
        return "strike", False, tok.i  # *des drones lancés contre la capitale*, *launched missiles at*
    if lang == "fr" and tok.pos_ == "VERB" and lemma == "tirer" and _shoots_at(tok):
        return "attack", False, tok.i  # *ont tiré à balles réelles sur des manifestants*
    if lang == "en" and lemma == "sit" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and (
            tok.doc[tok.i + 2].lower_ == "in"):
        return "protest", True, tok.i + 2  # *a sit-in*
    if tok.pos_ in ("VERB", "ADJ"):
        if lemma in _AMBIGUOUS_CAPTURE:
            # *prendre Raqqa* is a capture, *prendre une décision* is not.
            ok = any(c.dep_ in _OBJ and c.ent_type_ in ("LOC", "GPE") for c in tok.children)
            return ("capture", False, tok.i) if ok else None
        if lemma in ("retirer", "arrêter", "demander", "reprendre") and _reflexive(tok) != (lemma == "retirer"):
            return None  # *retirer une plainte*, *s'arrêter*, *se demander*; only *se retirer*
        if lemma == "reprendre" and not any(c.dep_ in _OBJ and _fold(c.lemma_) not in NOUN_TRIGGERS[lang]
                                            for c in tok.children):
            return None  # *les négociations ont repris samedi*, *reprendre les discussions*: resumed, not retaken
        if lemma == "appréhender" and not any(c.dep_ in (*_OBJ, *_PASS_SUBJ) and (_person_like(c) or _animate(c))
                                              for c in tok.children) and not (tok.dep_ in ("acl", "amod") and (
                                                  _person_like(tok.head) or _animate(tok.head))):
            return None  # *j'appréhende la rentrée* (dread); *la police a appréhendé deux suspects* arrests
        if lemma == "insurger" and not _reflexive(tok):
            return None  # *s'insurger contre*: a protest in words
        if lemma in ("entretenir", "presser") and not _reflexive(tok) and not (
                lemma == "presser" and any(c.dep_ in _OBJ for c in tok.children) and _followed_by(tok, {"de", "d'", "d’"}, 6)):
            return None  # *n'entretiennent plus de relations*, *le temps presse*; *s'entretenir avec*, *presser X de*
    if misread is None and lang == "fr" and tok.pos_ == "VERB" and "Pres" in tok.morph.get("Tense") and (
            "Part" in tok.morph.get("VerbForm")) and any(c.dep_ == "det" for c in tok.children):
        return None  # *aucun manifestant* read as a participle: a person noun with its determiner, no act
    if misread is not None or tok.pos_ in ("VERB", "ADJ") or any(c.dep_ == "cop" for c in tok.children):
        if misread is not None:
            lemma = misread
        etype = VERB_TRIGGERS[lang].get(lemma) or VERB_TRIGGERS[lang].get(_infinitive(lemma, lang))
        if etype is None and lemma == "favorable" and lang == "fr" and _followed_by(tok, {"à", "au", "aux"}, 2):
            etype = "support"  # *s'est dite favorable à la réforme*; not *un accueil favorable*
        if etype is None:
            return None
        base = lemma if lemma in VERB_TRIGGERS[lang] else _infinitive(lemma, lang)
        if base in _NEEDS_A and not _followed_by(tok, {"à", "au", "aux"}, 8):
            return None
        if base == "demander" and _followed_by(tok, {"pardon"}, 2):
            return None  # *a demandé pardon aux victimes*: an apology, not a demand
        if base == "inviter" and _passive(tok):
            return None  # *a été invitée à témoigner*: asked to speak, not a demand
        if base == "frapper" and not any(_fold(t.lemma_) in _WEAPONS or _fold(t.text) in _WEAPONS
                                         for t in tok.sent) and not _hits_someone(tok):
            return None  # *la crise frappe*, *frappé d'inéligibilité*; *frappé à coups de couteau* is one
        if base == "réunir" and not _reflexive(tok) and not _gathered_officials(tok):
            return None  # *la marche a réuni 2 000 personnes*; *les ministres se sont réunis* is a meeting
        if base == "échanger" and (not _followed_by(tok, {"avec"}, 4) or any(c.dep_ in _OBJ for c in tok.children)):
            return None  # *échanger des messages*; *a échangé avec les habitants* is a meeting
        if base == "signaler" and not _to_authorities(tok):
            return None  # *il signale que…*; *signaler les faits au procureur* accuses
        if base == "déplorer" and (_preceded_by(tok, {"à"}, 1) or any(
                _fold(c.lemma_) in _LOSSES for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ))):
            return None  # *aucune victime n'est à déplorer*, *on déplore trois blessés*: losses, not blame
        if base == "exclure" and not (_followed_by(tok, {"de", "d'", "d’"}, 1) or any(
                c.dep_ in _OBJ and any(_fold(d.text) in ("tout", "toute", "tous", "toutes", "aucun", "aucune")
                                       for d in c.children if d.dep_ == "det") for c in tok.children)):
            return None  # *exclut tout recul* refuses; *exclu du parti* is no refusal
        if base == "féliciter" and _reflexive(tok):
            return None  # *se sont félicités d'une affluence record*: pleased, no one praised
        if base in ("disperser", "déloger") and _reflexive(tok):
            return None  # *le cortège s'est dispersé dans le calme*
        if base == "plaider" and not _followed_by(tok, {"pour", "en"}, 3):
            return None  # *plaider coupable*; *plaider pour un report* is a request
        if base == "revendiquer" and not _claims_a_demand(tok):
            return None  # *revendiquer un attentat*, *revendiquent 2 millions de manifestants*
        if base in _MEET_SOMEONE and not _meets_someone(tok):
            return None  # *did not meet the threshold*, *a reçu une lettre*
        if base in _MEET_SOMEONE and any(c.dep_ in _SUBJ and _fold(c.lemma_) in NOUN_TRIGGERS[lang]
                                         for c in tok.children):
            return None  # *la manifestation accueillait une délégation*: an event hosts no one
        if base in _NEEDS_OBJECT and (not (_passive(tok) or any(c.dep_ in _OBJ for c in tok.children)) or any(
                c.dep_ == "prt" for c in tok.children)):
            return None  # *fired back at*, *fire up the crowd*: no one was fired
        if lang == "en" and base == "call":
            return _call(tok), False, tok.i
        if lang == "en" and base in _EN_COMPLEMENT_NEEDED and not _en_complement(tok, base):
            return None  # *Bystrom agreed*, *in a bid to appeal to moderate delegates*
        if base in _EXPRESS_WITH_OBJECT and any(c.dep_ in _OBJ for c in tok.children):
            return None  # *demonstrated a good grasp*, *a manifesté son mécontentement*
        if base in _SPEECH_WITH_QUE and _followed_by(tok, {"que", "qu'", "qu’", "that"}, 2):
            return None
        if base in ("soutenir", "appuyer") and not _passive(tok) and not any(
                c.dep_ in (*_OBJ, "iobj", "obl:arg", *_AGENT) for c in tok.children):
            return None  # *« … », soutient la porte-parole*: maintaining a claim, not backing anyone
        if lang == "fr" and tok.dep_ == "amod" and _fold(tok.text).endswith(("ant", "ante", "ants", "antes")) and (
                not any(c.dep_ in (*_OBJ, "iobj") for c in tok.children)):
            return None  # *un dialogue exigeant*: an adjective, not a demand
        return _refine(etype, tok, lang, False), False, tok.i
    return None


_OPENED = frozenset({"enquête", "investigation", "inquiry", "probe"})
# Adjectives of threats made to someone (*des menaces physiques*, *verbal threats*), not of risks.
_THREAT_ACTS = frozenset("""physique physiques verbal verbale verbaux verbales explicite explicites répété
répétés répétée répétées proféré proférés proférée proférées anonyme anonymes verbal physical explicit
repeated anonymous""".split())
# Talk nouns that are meetings only with someone to talk with (*un entretien avec son homologue*,
# *les discussions entre la direction et les syndicats*, *un entretien téléphonique*, *ont eu des
# échanges*), not upkeep, job interviews, an interview given to a paper, trade.
_NEEDS_PARTNER = frozenset({"entretien", "entretiens", "entrevue", "échange", "échanges", "discussion",
                            "discussions", "consultation", "consultations", "dialogue"})
_TALK_ADJ = frozenset({"téléphonique", "bilatéral", "bilatérale", "bilatéraux", "direct", "directs",
                       "tripartite", "informel", "informels", "diplomatique", "diplomatiques"})
_TALK_VERBS = frozenset({"avoir", "tenir", "engager", "entamer", "mener", "ouvrir", "reprendre",
                         "poursuivre", "renouer"})


def _with_partner(tok: Token) -> bool:
    if any(c.dep_ == "case" and _fold(c.text) == "dans" for c in tok.children) or (
            tok.dep_ == "nmod" and not any(c.dep_ == "det" for c in tok.children)):
        return False  # *dans un entretien au Figaro* (an interview), *un climat d'échange*
    if _fold(tok.lemma_) == "échange" and any(
            c.dep_ == "amod" and _fold(c.text) not in _TALK_ADJ or c.dep_ == "nmod" and any(
                _fold(g.text) in ("de", "d'", "des", "du") for g in c.children if g.dep_ == "case")
            for c in tok.children):
        return False  # *les échanges commerciaux*, *un échange de prisonniers*: trade, swaps
    if any(c.dep_ in ("nmod", "obl") and any(_fold(g.text) in ("avec", "entre") for g in c.children
                                             if g.dep_ == "case") for c in tok.children):
        return True
    if any(c.dep_ == "amod" and _fold(c.text) in _TALK_ADJ for c in tok.children):
        return True
    return tok.dep_ in _OBJ and _fold(tok.head.lemma_) in _TALK_VERBS


_AUTHORITIES = frozenset("""procureur procureure parquet justice autorité autorités police gendarmerie
tribunal juge""".split())


def _to_authorities(tok: Token) -> bool:
    """Reported to a prosecutor, the police or the courts: *un signalement au procureur*."""
    return any(c.dep_ in ("nmod", "obl", "obl:arg", "iobj") and _fold(c.lemma_) in _AUTHORITIES and any(
        _fold(g.text) in ("à", "au", "aux") for g in c.children if g.dep_ == "case") for c in tok.children)


# Kinds of help that are services, not backing: *soutien scolaire*.
_HELP_KINDS = frozenset("""scolaire psychologique technique pédagogique médical médico-psychologique
informatique""".split())
# What one files an application for (*une demande d'asile*): administration, not a political demand.
_APPLIED_FOR = frozenset("""asile permis visa titre autorisation naturalisation logement prêt crédit
remboursement subvention inscription renseignement information devis emploi indemnisation retraite
aide allocation carte passeport divorce""".split())


def _application(tok: Token) -> bool:
    return any(c.dep_ == "nmod" and _fold(c.lemma_) in _APPLIED_FOR and not any(
        d.dep_ == "det" for d in c.children) for c in tok.children)


_TOUR_ADJ = frozenset("""guidé guidée guidées guider virtuel virtuelle médical médicale libre commenté commentée
commenter technique""".split())


def _withdrawal_of_a_thing(tok: Token) -> bool:
    """*le retrait de la réforme*, *le retrait de sa plainte*: a thing withdrawn, not forces."""
    objs = [c for c in tok.children if c.dep_ in ("nmod", "prep")]
    objs = [next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c for c in objs
            if c.dep_ == "nmod" or c.lower_ == "of"]
    return bool(objs) and not any(_is_force(o) or _fold(o.lemma_) in _FORCE_WORDS or o.ent_type_ in (
        "NORP", "GPE", "LOC", "ORG", "PER", "PERSON") or _animate(o) for o in objs)


def _topic_of_talks(tok: Token) -> bool:
    """An agreement named as what talks are about: *talks on a trade deal*, *négocier un accord*."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    lang = "en" if tok.doc.lang_ == "en" else "fr"
    kind = NOUN_TRIGGERS[lang].get(_fold(head.lemma_)) or VERB_TRIGGERS[lang].get(_fold(head.lemma_))
    return head != tok and kind in ("negotiate", "meet")


def _visit_of_a_thing(tok: Token) -> bool:
    """*la visite du musée*, *une visite guidée*, *les visites de chantier*: touring a place, not a
    visit to someone (*la visite du ministre*, *sa visite en Algérie*, *visite du chantier par le préfet*)."""
    if any(c.dep_ in ("nmod:poss", "poss") or c.dep_ == "det" and _fold(c.text) in _POSSESSIVE for c in tok.children):
        return False
    if _noun_agent(tok) is not None:
        return False
    if any(c.dep_ == "amod" and (_fold(c.text) in _TOUR_ADJ or _fold(c.lemma_) in _TOUR_ADJ) for c in tok.children):
        return True
    des = [c for c in tok.children if c.dep_ == "nmod" and any(
        _fold(g.text) in ("de", "du", "des", "d'", "d’") for g in c.children if g.dep_ == "case")]
    return bool(des) and not any(_animate(c) or c.ent_type_ in ("LOC", "GPE") or c.pos_ == "PROPN" for c in des)


def _summit(tok: Token) -> bool:
    """*le sommet du G20*, *un sommet européen*, *tenir un sommet*: a meeting of leaders."""
    if any(c.dep_ == "amod" for c in tok.children):
        return True
    if any(c.dep_ in ("nmod", "flat:name", "appos") and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "MISC", "LOC"))
           for c in tok.children):
        return True
    return tok.dep_ in _OBJ and _fold(tok.head.lemma_) in ("tenir", "organiser", "accueillir", "convoquer")
_OPENERS = frozenset({"ouvrir", "lancer", "ordonner", "confier", "diligenter", "open", "launch",
                      "order", "announce"})


def _under_fire(tok: Token) -> bool:
    """*came under fire (from X)*: criticised."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "under" and doc[tok.i + 2].lower_ == "fire"


def _critic_of(tok: Token) -> Token | None:
    """The *de*-complement of *critique(s)* / *criticism* when it names who criticises (*les critiques
    de l'opposition contre le budget*) and not what is criticised (*la critique du projet*)."""
    for c in tok.children:
        if c.dep_ in ("nmod", "prep") and (_animate(c) or _person_like(c) or c.ent_type_ in ("ORG", "GPE", "NORP")
                                           or any(_animate(g) or g.ent_type_ in ("ORG", "GPE", "NORP")
                                                  for g in c.children if g.dep_ == "pobj")):
            case = {_fold(g.text) for g in c.children if g.dep_ in ("case", "det")} | {_fold(c.text)}
            if case & {"de", "du", "des", "d'", "d’", "from"}:
                return c
    return None


def _mutual_meeting(tok: Token) -> bool:
    """*les deux dirigeants se sont rencontrés*, *Putin and Erdogan met in Sochi*: a meeting of the
    subjects with each other (plural or coordinated people, no object)."""
    if any(c.dep_ in _OBJ for c in tok.children) or _passive(tok):
        return False
    if tok.doc.lang_ != "en" and not _reflexive(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    if subj is None or _fold(subj.lemma_) in ("équipe", "team", "club"):
        return False
    people = _animate(subj) or subj.ent_type_ in ("GPE", "NORP") or _fold(subj.lemma_) in (
        "partie", "camp", "délégation", "side", "delegation", "party")
    return people and ("Plur" in subj.morph.get("Number") or any(c.dep_ == "conj" for c in subj.children))


def _meets_someone(tok: Token) -> bool:
    """*met the president*, *a rencontré son homologue*, *met with them*, *les syndicats ont été reçus*:
    a meeting, not a threshold."""
    if _fold(tok.lemma_) in ("meet", "rencontrer") and _mutual_meeting(tok):
        return True
    agent = next((c for c in tok.children if c.dep_ in _AGENT), None)
    if agent is not None and agent.dep_ == "agent":
        agent = next((g for g in agent.children if g.dep_ == "pobj"), agent)
    if agent is not None and (_fold(agent.lemma_) in _RECEPTION_THINGS or _fold(agent.lemma_) in NOUN_TRIGGERS.get(
            "en" if tok.doc.lang_ == "en" else "fr", {})):
        return False  # *accueilli par des jets d'œufs*, *par un concert de casseroles*: no one met him
    if _passive(tok) and any(c.dep_ in _PASS_SUBJ and (
            _animate(c) or _fold(c.lemma_) in _GROUP_NOUNS or c.pos_ == "PRON" and _fold(c.text) not in _RELATIVE_OBJ)
            for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in _OBJ or c.dep_ == "prep" and c.lower_ == "with":
            node = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
            if _fold(node.text) in _RELATIVE_OBJ:
                # *les menaces qu'elle reçoit*: the relative stands for its antecedent, a thing here
                node = _antecedent(node) or node
                if node.pos_ == "PRON":
                    return False
            if node.ent_type_ in ("PERSON", "PER", "ORG", "NORP", "GPE") or node.pos_ in ("PRON", "PROPN"):
                return True
            if _fold(node.lemma_) in _PEOPLE_NOUNS or _fold(node.lemma_) in _GROUP_NOUNS or _is_role(node):
                return True
            if node.pos_ == "ADJ" and "Plur" in node.morph.get("Number") and any(
                    g.dep_ == "det" and _fold(g.text) in ("les", "des", "ces", "the") for g in node.children):
                return True  # *a reçu les internes*: a people noun the parser tagged as an adjective
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    for c in tok.children:  # *a rencontré mercredi les habitants*: hung on the date
        if c.dep_.startswith("obl") and c.i == tok.i + 1 and _fold(c.lemma_) in _DAYS:
            return any(g.dep_ == "nmod" and not any(x.dep_ == "case" for x in g.children) and (
                _animate(g) or _fold(g.lemma_) in _GROUP_NOUNS) for g in c.children)
    return False


# What a visitor is "received" with that is no one: *accueilli par des sifflets, des jets d'œufs*.
_RECEPTION_THINGS = frozenset("""jet sifflet huée applaudissement cri concert œuf tomate pierre banderole
slogan chant boo jeer applause chant egg""".split())
_TIME_NOUNS = frozenset("""matin matinée soir soirée nuit aube aurore après-midi jour journée semaine mois
année an veille lendemain week-end lundi mardi mercredi jeudi vendredi samedi dimanche""".split())
_DAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir hier".split())
_RELATIVE_OBJ = frozenset({"que", "qu'", "qu’", "which", "that", "whom", "who"})
# Groups of people one meets (*a rencontré les habitants*, *met with residents*).
_GROUP_NOUNS = frozenset("""habitant riverain résident famille salarié employé ouvrier agriculteur éleveur
étudiant élève lycéen parent enseignant soignant infirmier médecin victime manifestant gréviste militant
journaliste élu maire commerçant artisan chauffeur policier gendarme pompier soldat membre adhérent
député sénateur citoyen association collectif fédération chef bénévole responsable
resident residents family families worker workers farmer farmers student students parent parents
teacher teachers nurse nurses victim victims protester protesters activist activists journalist journalists
lawmaker lawmakers mayor mayors leader leaders member members community""".split())
# Verbs that are meetings only with someone to meet (*recevoir les syndicats*, not *une lettre*).
_MEET_SOMEONE = frozenset({"meet", "rencontrer", "recevoir", "consulter", "accueillir", "receive", "host",
                           "talk"})
# Verbs that are events only with someone acted upon (*fired the manager*, *was fired*).
_NEEDS_OBJECT = frozenset({"fire", "sack", "applaud", "commend"})


def _is_role(tok: Token) -> bool:
    """A noun naming a person or body by its role (the source-typing lexicon: *chancelier*, *senator*)."""
    from ..sources.lexicons import load_lexicons, normalize_word, variants

    roles = load_lexicons(tok.doc.lang_).roles
    word = normalize_word(tok.lemma_)
    forms = variants(word)
    if "Plur" not in tok.morph.get("Number"):
        forms.discard(word[:-1] if word.endswith(("s", "x")) else "")  # *le cours du baril* is no *cour*
    return tok.pos_ == "NOUN" and any(roles.get((v,)) not in (None, *_NOT_PEOPLE) for v in forms)


_NOT_PEOPLE = ("document", "social_media", "media", "state_media", "news_agency")


# English verbs that are events only with their complement: *agreed to / on / a deal*,
# *appealed for calm / to residents to stay*.
_EN_COMPLEMENT_NEEDED = frozenset({"agree", "appeal"})
# Protest verbs that mean "show" when they take an object.
_EXPRESS_WITH_OBJECT = frozenset({"demonstrate", "manifester", "march", "rally"})


def _en_complement(tok: Token, base: str) -> bool:
    for c in tok.children:
        if base == "agree" and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("on", "to", "with")
                                or c.dep_ == "xcomp"):
            return True
        if base == "appeal" and (c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and any(
                    x.dep_ in ("acl", "relcl", "xcomp") for x in g.children) for g in c.children))):
            return True
    return False


def _call(tok: Token) -> str:
    """English *call*: *called her a liar* is an accusation, *called the senator to resign* a
    request (*call for*, *call on* are phrases); *called the office* is no event."""
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "oprd") and c.lower_ in ("what", "which") for c in kids):
        return "none"  # *what it called interference*
    if any(c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")) for c in kids):
        return "accuse"
    if any(c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "to" for g in c.children) for c in kids):
        return "request"
    return "none"


_PEOPLE_NOUNS = frozenset("""homologue président ministre dirigeant dirigeants représentant représentants
délégation chef syndicat syndicats leader leaders president minister counterpart delegation inconnu
officials representatives envoy ambassador responsable élu délégué syndicaliste patron partenaire
ambassadeur émissaire intersyndicale""".split())


_COUNTED = frozenset("""manifestant participant personne adhérent membre gréviste voix vote électeur
signature""".split())


def _claims_a_demand(tok: Token) -> bool:
    """*revendiquer une hausse des salaires* is a demand; an attack or a deed claimed (*revendiqué
    par l'EI*, *revendique la paternité*) or a figure (*revendiquent 2 millions*) is not."""
    things = [c for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ)]
    if tok.dep_ in ("acl", "amod"):
        things.append(tok.head)
    for thing in things:
        lemma = _fold(thing.lemma_)
        if lemma in ("responsabilité", "paternité", "victoire", "titre", "million", "milliard", "millier") or (
                thing.like_num or any(c.dep_ == "nummod" for c in thing.children) and thing.pos_ == "NOUN"
                and _fold(thing.lemma_) in _COUNTED):
            return False
        if ACLED.get(NOUN_TRIGGERS["fr"].get(lemma, "")) is not None:
            return False
    return bool(things) and not _passive(tok)


def _qualified_aid(tok: Token) -> bool:
    """*l'aide humanitaire*, *une aide militaire*: aid; *l'aide sociale*, *à l'aide de*: not."""
    return any(_fold(c.lemma_) in ("humanitaire", "militaire", "alimentaire", "international",
                                   "internationale", "d'urgence", "humanitarian", "military", "food")
               for c in tok.children)


# Places and people whose evacuation is an eviction by the authorities (COERCE), not aid.
_EVICTED = frozenset("""squat squatteur campement camp bidonville zad occupant occupants amphithéâtre amphi
université faculté fac lycée locaux manifestant manifestants migrant migrants squatter squatters encampment
protesters protester occupiers""".split())


def _refine(etype: str, tok: Token, lang: str, nominal: bool) -> str:
    """Split a trigger whose type depends on its use."""
    lemma = _fold(tok.lemma_)
    if etype == "evacuate" and any(_fold(t.lemma_) in _EVICTED for t in tok.children
                                   if t.dep_ in (*_OBJ, *_PASS_SUBJ, "nmod", "prep")):
        return "ban"  # *la police a évacué le squat*, *l'évacuation du campement*: an eviction, not a rescue
    if lemma in ("condamner", "condamnation", "condamné"):
        # *1 800 condamnations prononcées*, *condamné à deux ans*: sentences;
        # *le Vatican condamne l'attaque*: an accusation.
        passive = any(c.dep_ in ("aux:pass", "auxpass", "cop") for c in tok.children) or tok.dep_ == "amod"
        sentenced = (nominal and (any(c.like_num or c.pos_ == "NUM" for c in tok.children)
                                  or _fold(tok.head.lemma_) == "prononcer"))
        penalty = any(_fold(t.lemma_) in _PENALTY for t in tok.subtree if t.i > tok.i)
        return "sentence" if passive or sentenced or penalty or _followed_by(tok, {"à"}, 1) else "accuse"
    if lemma == "contestation" and any(c.dep_ == "det" and _fold(c.text) in ("sa", "son", "leur", "ses")
                                       for c in tok.children) and any(
            c.dep_ == "nmod" for c in tok.children):
        return "reject"  # *sa contestation de ces accusations*, not a protest movement
    if lemma in ("interpeller", "interpellé", "interpellation") and lang == "fr":
        doers = [c for c in tok.children if c.dep_ in (*_SUBJ, *_AGENT) or (
            c.dep_ in ("obl", "nmod") and any(g.lower_ == "par" for g in c.children if g.dep_ == "case"))]
        undergoers = [c for c in tok.children if c.dep_ in (*_OBJ, *_PASS_SUBJ)] + (
            [tok.head] if tok.dep_ in ("acl", "amod") else [])
        if doers and not any(_police_like(d) for d in doers) and any(
                _is_role(u) or u.ent_type_ in ("ORG", "PER") or _fold(u.lemma_) in _PEOPLE_NOUNS
                or _fold(u.lemma_) in ("gouvernement", "exécutif", "état", "mairie", "préfet")
                for u in undergoers):
            return "accuse"  # *interpellé par des manifestants*, *les ONG interpellent le gouvernement*
    if lemma == "conclure" and not any(c.dep_ in _OBJ for c in tok.children):
        return "none"  # *a-t-il conclu*, *conclure à*: only *conclure un accord* is an agreement
    if etype == "block" and not nominal and any(
            c.dep_ in (*_OBJ, *_PASS_SUBJ) and _fold(c.lemma_) in _DECISIONS for c in tok.children):
        return "reject"  # *la Pologne a bloqué le texte*, *blocked the bill*: a veto, no blockade
    if etype == "ease" and not nominal and any(
            c.dep_ in _OBJ and (NOUN_TRIGGERS[lang].get(_fold(c.lemma_)) in ("negotiate", "meet", "investigate")
                                or _fold(c.lemma_) in _REOPENED_SORES) for c in tok.children):
        return "none"  # *rouvrir les négociations*, *reopened old divisions*: no road or border reopened
    if lemma in ("mobilisation", "mobiliser") or (lang == "en" and lemma == "mobilize"):
        return "deploy" if _force_near(tok) else "protest"
    if lang == "en" and lemma == "fire" and not nominal and any(
            c.dep_ in _OBJ and (_fold(c.lemma_) in _PROJECTILES or any(_fold(g.lemma_) in _PROJECTILES for g in c.children))
            for c in tok.children):
        return "none" if _crowd_control(tok) else "strike"  # *fired rockets at a base*; not *fired tear gas*
    if lang == "en" and lemma == "strike" and nominal:
        if _force_near(tok) or any(_fold(c.lemma_) in _STRIKE_ARMS for c in tok.children
                                   if c.dep_ in ("compound", "amod", "nmod")):
            return "strike"  # *a drone strike*, *US strikes on Syria*
        if any(_fold(c.lemma_) in ("lightning", "first", "pre-emptive", "three", "price") for c in tok.children):
            return "none"  # *a lightning strike*, *three strikes*
        return "protest"
    return etype


# What one reopens that is no place: talks aside, a debate, a wound, a case.
_REOPENED_SORES = frozenset("""plaie plaies blessure blessures débat débats dossier dossiers division divisions
fracture fractures question polémique querelle wound wounds debate debates case cases division rift rifts
question questions controversy feud old""".split())
# Texts and decisions one blocks by a veto (not a road or a site).
_DECISIONS = frozenset("""texte loi projet réforme résolution accord budget proposition nomination décision
directive règlement amendement traité bill resolution deal legislation measure nomination proposal budget
treaty amendment""".split())


_PROJECTILES = frozenset("""shot shots rocket rockets missile missiles shell shells gas bullet bullets round
rounds mortar mortars grenade grenades drone drones cannon weapon weapons""".split())


def _armed_blow(tok: Token) -> bool:
    """*struck* / *hit* with armed doers or weapons as subject and a target as object; not *struck a deal*,
    *the storm hit the coast*, *hit the market*."""
    subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
    obj = next((c for c in tok.children if c.dep_ in _OBJ), None)
    return (subj is not None and obj is not None and _fold(obj.lemma_) not in _STRUCK_THINGS
            and (_is_force(subj) or _fold(subj.lemma_) in _PROJECTILES | _WARPLANES))


_WARPLANES = frozenset("""jet jets warplane warplanes aircraft plane planes bomber bombers helicopter helicopters
airstrike airstrikes strike strikes artillery""".split())
# What is struck without a blow: *struck a deal*, *hit a record*.
_STRUCK_THINGS = frozenset("""deal agreement accord chord tone note balance record high low blow compromise bargain
nerve pose""".split())
_STRIKE_ARMS = frozenset("""drone air missile military rocket artillery nuclear retaliatory preemptive
israeli american us russian airstrike""".split())
# Verbs of coming together that are a protest when a crowd of protesters does it.
_GATHER = frozenset({"gather", "assemble", "converge", "rassembler", "regrouper", "rassemblé", "regroupé"})
# What people of a trade gather to do when their gathering is a demonstration.
_GATHERED_FOR = frozenset("""réclamer exiger dénoncer protester demander revendiquer défendre
denounce protest demand defend""".split())


_POLICE_WORDS = frozenset("""police policier policière gendarme gendarmerie enquêteur brigade patrouille
douane douanier agent crs bac fonctionnaire autorité autorités""".split())


def _police_like(tok: Token) -> bool:
    """Police, gendarmes, investigators, forces (or a pronoun: the text said who before)."""
    if tok.pos_ == "PRON":
        return True
    from ..sources.lexicons import load_lexicons, normalize_word, variants

    roles = load_lexicons(tok.doc.lang_).roles
    for t in (tok, *(c for c in tok.children if c.dep_ == "nmod")):
        lemma = _fold(t.lemma_)
        if lemma in _POLICE_WORDS or _is_force(t) or any(
                roles.get((v,)) in ("judiciary_police", "military") for v in variants(normalize_word(t.lemma_))):
            return True
    return False


_FORCE_WORDS = frozenset("armée armées troupes soldats militaires forces réservistes army troops "
                         "soldiers military forces reservists".split())


def _force_near(tok: Token) -> bool:
    return any(_fold(t.lemma_) in _FORCE_WORDS or _fold(t.text) in _FORCE_WORDS for t in tok.sent)


# Words of a penalty: *a condamné l'ancien maire à deux ans de prison*.
_PENALTY = frozenset("prison emprisonnement réclusion perpétuité amende peine sursis ferme an".split())


def _gathered_officials(tok: Token) -> bool:
    """*Réunis mardi à Bruxelles, les ministres ont…*, *les dirigeants, réunis en sommet, ont…*: a participle
    with no object of its own, hung on a clause or a noun whose doers are people or bodies: they met."""
    if "Part" not in tok.morph.get("VerbForm") or any(c.dep_ in _OBJ or c.dep_.startswith("aux") for c in tok.children):
        return False
    doers = _gathered_doers(tok)
    return doers is not None and "Plur" in doers.morph.get("Number") and (
        _role_type(doers) in _OFFICIAL_TYPES or _fold(doers.lemma_) in _DELEGATES)


# Source types and nouns of those whose gathering is a meeting (*les ministres réunis*), not a crowd.
_OFFICIAL_TYPES = frozenset({"government", "politician", "international_org", "military", "monitor_ngo",
                             "judiciary_police"})
_DELEGATES = frozenset({"dirigeant", "représentant", "délégué", "négociateur", "chef", "leader", "délégation"})


def _gathered_doers(tok: Token) -> Token | None:
    """The noun a participle hangs on (*les dirigeants, réunis…*), or the subject of the clause it opens
    (*Réunis…, les ministres ont…*)."""
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ in ("obl:mod", "advcl", "obl") and tok.i < tok.head.i and tok.head.pos_ == "VERB":
        return next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
    return None


def _reflexive(tok: Token) -> bool:
    return any(_fold(c.text) in ("se", "s'", "me", "m'", "te", "t'", "nous", "vous") and c.dep_ in
               ("expl:comp", "expl:pv", "expl", "obj", "iobj", "expl:pass") for c in tok.children)


_LOSSES = frozenset("""victime mort blessé dégât perte décès disparu""".split())


def _preceded_by(tok: Token, words: set[str], window: int) -> bool:
    """One of ``words`` among the ``window`` words just before ``tok``."""
    return any(_fold(t.text) in words for t in tok.doc[max(tok.sent.start, tok.i - window):tok.i])


def _followed_by(tok: Token, words: set[str], window: int) -> bool:
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 1 + window, tok.sent.end)):
        if _fold(doc[j].text) in words:
            return True
        if doc[j].text in (".", ";", "?", "!"):
            return False
    return False


def _verb_read_as_modifier(tok: Token, lang: str) -> str | None:
    """The trigger verb's infinitive when the tagger read a present-tense verb right after its subject as
    a modifier of that subject (*Le syndicat menace de bloquer…*, *L'opposition reproche au
    gouvernement…*, *Le ministre dément toute intervention*): no determiner of its own, lower case, the
    words between it and the subject's head all in the subject, and no verb elsewhere ruling the clause."""
    if lang != "fr" or tok.pos_ not in ("NOUN", "ADJ", "ADV") or tok.dep_ not in ("amod", "advmod", "nmod", "appos"):
        return None
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("NOUN", "PROPN") or not tok.text.islower() or any(
            c.dep_ in ("det", "nummod", "case") and not _clitic_read_as_det(c, tok) for c in tok.children):
        return None
    if any(t.i != tok.i and t not in set(head.subtree) for t in tok.doc[head.i:tok.i]):
        return None
    root = tok.sent.root
    relative = head.dep_ in ("acl:relcl", "dep") and any(
        c.dep_ in (*_OBJ, "obj", "dep") and _fold(c.text) in ("que", "qu'", "qu’") and c.i < head.i for c in head.children)
    if relative and tok.i == head.right_edge.i:
        pass  # *…, ce que le Rwanda dément.*: the relative clause's verb read as the subject's modifier
    elif root.pos_ in ("VERB", "AUX") and root not in set(tok.subtree) and not (
            "Part" in root.morph.get("VerbForm") and not any(c.dep_.startswith(("aux", "cop")) for c in root.children)
            and root.i > tok.i):
        return None  # a participle with no auxiliary after it (*d'une grève illimitée*) rules nothing
    form = _fold(tok.text)
    stem = form[:-2] if form.endswith("ent") else form  # *menacent* -> *menace*
    doubled = stem[:-3] + stem[-2] + "er" if stem.endswith(("lle", "tte")) else ""  # *appelle*, *rejette*
    for cand in (doubled, stem + "r", form + "ir" if form.endswith("t") else "",
                 form[:-3] + "ir" if form.endswith("ent") else ""):
        if cand and cand in VERB_TRIGGERS[lang]:
            return cand
    return None


def _clitic_read_as_det(det: Token, tok: Token) -> bool:
    """*le cyclomotoriste les menace*: a plural *les* right before a singular form is the object
    pronoun of a verb, not an article."""
    return (_fold(det.text) == "les" and det.i == tok.i - 1 and "Plur" not in tok.morph.get("Number")
            and not _fold(tok.text).endswith(("s", "x")))


def _misread_subject_words(tok: Token) -> list[Token]:
    """The words before ``tok`` in its sentence, less an incise between commas that ends right before it
    (*Le député, accusé de harcèlement par une collaboratrice, dément…*)."""
    before = list(tok.doc[tok.sent.start:tok.i])
    if before and before[-1].text == ",":
        first = next((k for k, t in enumerate(before) if t.text == ","), None)
        if first is not None and first < len(before) - 1:
            before = before[:first]
    return before


def _subject_then_misread_verb(tok: Token, lang: str) -> str | None:
    """The trigger verb's infinitive when the tagger read a present-tense verb right after a
    sentence-initial subject as an adverb or adjective of the next verb (*Damas dément avoir visé…*,
    *Le parti nie toute…*): the words before it are the subject noun phrase alone, and an infinitive,
    *que* or a determiner follows."""
    if lang != "fr" or tok.pos_ not in ("ADV", "ADJ") or not tok.text.islower() or tok.i == tok.sent.start:
        return None
    before = _misread_subject_words(tok)
    if not before or before[-1].pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ") for t in before):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is None or not (_fold(nxt.text) in ("que", "qu'", "qu’") or nxt.pos_ == "DET"
                           or "Inf" in nxt.morph.get("VerbForm")):
        return None
    if any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in tok.sent if t.i != tok.i):
        return None
    form = _fold(tok.text)
    stem = form[:-2] if form.endswith("ent") else form
    for cand in (stem + "r", form + "ir" if form.endswith("t") else "", form[:-3] + "ir" if form.endswith("ent") else ""):
        if cand and cand in VERB_TRIGGERS[lang]:
            return cand
    return None


def _infinitive(lemma: str, lang: str) -> str:
    # Participles left unlemmatised: *la ville est assiégée* (lemma
    # *assiégé*), *the besieged city* (lemma *besieged*).
    if lang == "fr":
        for suffix in ("ées", "és", "ée", "é"):
            if lemma.endswith(suffix):
                return lemma[: -len(suffix)] + "er"
        if lemma.endswith("e") and lemma + "r" in VERB_TRIGGERS["fr"]:
            return lemma + "r"  # a present left unlemmatised: *invite*, *dénonce*
        return lemma
    if lang == "en" and lemma.endswith("ed"):
        return lemma[:-1] if lemma[:-1] in VERB_TRIGGERS["en"] else lemma[:-2]
    return lemma


def _is_nominal(tok: Token) -> bool:
    # The French model tags *2.687 frappes* VERB or even ADV: a number or a
    # determiner before it, or being conjoined to a noun, makes it a noun.
    if tok.pos_ not in ("VERB", "ADV", "X", "ADJ"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ == "VERB" and any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in tok.children):
        return False
    return (any(c.dep_ in ("nummod", "det") for c in tok.children)
            or (prev is not None and (prev.like_num or prev.pos_ in ("DET", "NUM")))
            or (tok.dep_ == "conj" and tok.head.pos_ == "NOUN") or tok.pos_ in ("ADV", "X"))


# Nouns that an event noun may modify and still be the event: *opération
# d'héliportage*, *vague de frappes*; other heads make it a modifier
# (*hélicoptères de combat*, *avions d'attaque*).
_EVENT_HEADS = frozenset({"opération", "mission", "campagne", "vague", "série", "salve", "operation",
                          "campaign", "wave", "series", "round", "salvo", "acte", "actes", "journée",
                          "action", "actions", "scène", "scènes", "signe", "guise"})


def _modifier_use(tok: Token) -> bool:
    bare = not any(c.dep_ in ("det", "nummod") for c in tok.children)
    de = any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in tok.children)
    compound = tok.dep_ == "compound"  # *attack helicopters*, *combat troops*
    return compound or (tok.dep_ == "nmod" and bare and de and tok.head.pos_ in ("NOUN", "PROPN")
                        and tok.head.lemma_.lower() not in _EVENT_HEADS)  # not *émaillé de heurts*


def _event(tok: Token, last: int, etype: str, nominal: bool, article: Article,
           mentions: _MentionIndex) -> Event:
    end_tok = tok.doc[last]
    trigger = Span.of(article.text, tok.idx, end_tok.idx + len(end_tok.text))
    clause = _clause(tok)
    actor_tok, actor_name, actor_ent = _actor(tok, etype, nominal, article)
    att_id, att_hedged = _attribution(article, trigger, tok, etype, actor_name)
    if actor_tok is not None and tok.i < actor_tok.i <= last:
        actor_tok = actor_name = actor_ent = None  # *un concert de casseroles*: the phrase's own word acts not
    target_tok = _target_token(tok, nominal)
    if target_tok is not None and tok.i < target_tok.i <= last:
        target_tok = None  # *porter plainte*, *battu le pavé*: the phrase's own word is no target
    return Event(
        id=stable_id(article.id, "event", trigger.start, trigger.end, prefix="ev-"),
        type=etype,
        trigger=trigger,
        plover=PLOVER.get(etype),
        acled=ACLED.get(etype),
        actor=actor_ent or _entity_at(mentions, actor_tok),
        target=_entity_at(mentions, target_tok),
        actor_name=actor_name,
        target_name=_np_text(target_tok, article) if target_tok is not None else None,
        place=_nearest(((p.id, p.span) for p in article.places), clause, trigger),
        date=_nearest(((d.id, d.span) for d in article.dates), _sentence(tok), trigger),
        quantities=tuple(q.id for q in article.quantities if _inside(q.span, clause)),
        attribution=att_id,
        hedged=bool(att_hedged) or _conditional(tok) or _hedge_adverb(tok) or _under_suspicion(tok),
        negated=_negated(tok),
        hypothetical=_hypothetical(tok),
    )


# ---------------------------------------------------------------- roles

# Noun events whose *de*-complement is the doer (*la grève de la CGT*, *le
# soutien du pape*, *un rassemblement des gilets jaunes*, *l'otage des
# putschistes*); for the others it is what is acted upon (*l'arrestation de
# trois militants*, *la prise de Raqqa*, *le rejet de la loi*).
_DE_IS_ACTOR = frozenset({"protest", "request", "support", "threaten", "accuse", "meet",
                          "negotiate", "riot", "hostage"})
# English noun events whose *of*-complement is the one acted upon (*criticism of the ruling*,
# *the threat of sanctions*).
_OF_IS_TARGET = frozenset({"accuse", "threaten"})
_PERSONAL = frozenset({"il", "elle", "ils", "elles", "on", "nous", "je", "j'", "he", "she", "they",
                       "we", "i", "lui", "eux"})
_FIRST_PERSON = frozenset({"je", "j'", "nous", "i", "we", "me", "moi"})
_RELATIVE = frozenset({"qui", "who", "that", "which", "lequel", "laquelle", "lesquels"})
_POSSESSIVE = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos", "his", "her", "their",
                         "its", "our"})
# Verbs whose subject causes or allows the noun event without doing it.
# Verbs of response whose *par* phrase is the responder's own act (*a riposté par des frappes*).
_RESPOND_BY = frozenset({"riposter", "répondre", "réagir", "répliquer", "protester", "commencer", "débuter"})
_CAUSE_VERBS = frozenset("""nécessiter provoquer entraîner causer susciter permettre empêcher justifier
motiver retarder require cause prompt spark trigger fuel allow prevent justify necessitate delay""".split())
# Means, not agents, after *par/by*: *par téléphone*, *by phone*, *par courrier*.
_MEANS = frozenset("""téléphone visioconférence courrier courriel mail e-mail lettre écrit vidéo radio
voie phone telephone email letter video videoconference text""".split())
# Verbs whose subject undergoes the noun event (*a reçu le soutien de*, *subir des frappes*).
_UNDERGO = frozenset({"recevoir", "obtenir", "subir", "éviter", "craindre", "receive", "get",
                      "suffer", "face", "avoid", "fear", "perturber", "interrompre", "disrupt", "interrupt"})
# Verbs conjugated with *être* whose past participle is active (*venu soutenir*).
_ETRE_VERBS = frozenset({"venir", "arriver", "partir", "revenir", "rester", "aller", "entrer",
                         "sortir", "descendre", "monter", "passer", "intervenir", "parvenir", "survenir",
                         "devenir", "tomber", "rentrer", "retourner", "mourir", "naître"})
# Participles that introduce a noun event's doer (*une vague de contestation
# menée par le mouvement*, *des actes commis par*, *initiée par la CGT*).
_DOER_PARTICIPLES = frozenset({"mener", "commettre", "organiser", "lancer", "initier", "perpétrer",
                               "formuler", "déposer", "émettre", "adresser", "exprimer", "file", "issue",
                               "make", "express",
                               "revendiquer", "conduire", "lead", "carry", "organize", "organise",
                               "launch", "commit", "stage"})


class _AttIndex:
    """An article's attributions by the offsets of their source, cue or content (bisect):
    a look-up reads the few near an offset, not every attribution of a long text.
    Answers keep the article's order."""

    def __init__(self, atts: tuple[Attribution, ...]) -> None:
        self.atts = atts
        self._tables: dict[str, tuple[list[int], list[int], int]] = {}

    def _table(self, kind: str) -> tuple[list[int], list[int], int]:
        table = self._tables.get(kind)
        if table is None:
            rows = sorted((span.start, i) for i, a in enumerate(self.atts) if (span := getattr(a, kind)) is not None)
            longest = max((getattr(self.atts[i], kind).end - start for start, i in rows), default=0)
            table = self._tables[kind] = ([start for start, _ in rows], [i for _, i in rows], longest)
        return table

    def starting_in(self, kind: str, lo: int, hi: int) -> list[Attribution]:
        """The attributions whose ``kind`` span starts in [lo, hi)."""
        starts, pos, _ = self._table(kind)
        return [self.atts[i] for i in sorted(pos[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])]

    def over(self, kind: str, at: int) -> list[Attribution]:
        """The attributions whose ``kind`` span holds offset ``at``."""
        starts, pos, longest = self._table(kind)
        near = pos[bisect.bisect_left(starts, at - longest):bisect.bisect_right(starts, at)]
        return [self.atts[i] for i in sorted(near) if getattr(self.atts[i], kind).end > at]


_LAST_INDEX: tuple[tuple[Attribution, ...], _AttIndex] | None = None


def _atts(article: Article) -> _AttIndex:
    """The index of ``article.attributions`` (kept for the last article analysed)."""
    global _LAST_INDEX
    last = _LAST_INDEX
    if last is None or last[0] is not article.attributions:
        last = _LAST_INDEX = (article.attributions, _AttIndex(article.attributions))
    return last[1]


def _speaker(tok: Token, article: Article) -> tuple[str | None, str | None] | None:
    """(name, entity id) of the source of the attribution whose cue is ``tok``, if any.

    The source must stand in the cue's sentence (its ``source_ref`` names it)."""
    sent = (tok.sent.start_char, tok.sent.end_char)
    for att in _atts(article).over("cue", tok.idx):
        if att.source and (sent[0] <= att.source.start < sent[1]):
            return _source_name(att, tok.doc, article), _entity_over(article, att.source)
    return None


def _entity_over(article: Article, span: Span) -> str | None:
    for ent in article.entities:
        if any(m.overlaps(span) for m in ent.mentions):
            return ent.id
    return None


def _is_cue(tok: Token, article: Article) -> bool:
    return bool(_atts(article).over("cue", tok.idx))


def _actor(tok: Token, etype: str, nominal: bool,
           article: Article) -> tuple[Token | None, str | None, str | None]:
    """Return (token, name, entity id) of who performs the act."""
    found = _actor_token(tok, etype, nominal, article, 0)
    if found is None and not nominal and not _passive(tok):
        found = _speaker(tok, article)  # the cue is the act: its speaker does it
    if isinstance(found, tuple):  # found through a speaker
        return None, found[0], found[1]
    if found is None:
        return None, None, None
    lang = "en" if tok.doc.lang_ == "en" else "fr"
    if _demonstrative(found):
        found = _latter(found)
        if found is None:
            return None, None, None
    if _fold(found.lemma_) in _TIME_NOUNS:
        # *Ce matin à l'aube des éléments du groupe armé ont attaqué*: the time read as subject
        found = next((t for t in found.subtree if t.i > found.i and t.dep_ == "nmod" and t.pos_ in ("NOUN", "PROPN")
                      and _fold(t.lemma_) not in _TIME_NOUNS), None)
        if found is None:
            return None, None, None
    if found.pos_ == "NOUN" and found.i != tok.i and _fold(found.lemma_) in NOUN_TRIGGERS[lang] and (
            NOUN_TRIGGERS[lang][_fold(found.lemma_)] in _CONFLICT_TYPES):
        # *une attaque lancée par des rebelles avait tué un soldat*: the attack's doers did it
        inner = _actor_token(found, NOUN_TRIGGERS[lang][_fold(found.lemma_)], True, article, 1)
        if inner is None or isinstance(inner, tuple):
            return None, inner[0] if isinstance(inner, tuple) else None, inner[1] if isinstance(inner, tuple) else None
        found = inner
    return found, _np_text(found, article), None


def _demonstrative(tok: Token) -> bool:
    """*ceux-ci*, *celle-ci*, *ce dernier*, *cette dernière*: a pronoun for the last one named."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if _fold(tok.text) in ("ceux", "celles", "celui", "celle") and nxt is not None and (
            _fold(nxt.text) in ("-ci", "-là") or nxt.text == "-" and after is not None and _fold(after.text) in ("ci", "là")):
        return True
    return _fold(tok.text) in ("dernier", "dernière", "derniers", "dernières") and any(
        c.dep_ == "det" and _fold(c.text) in ("ce", "cette", "ces") for c in tok.children)


def _latter(tok: Token) -> Token | None:
    """What a demonstrative stands for: the nearest noun of its number and gender named before it in its
    sentence or the one before (climbing *des délégués des lycéens* to *délégués*)."""
    plural = _fold(tok.text) in ("ceux", "celles", "derniers", "dernières")
    feminine = _fold(tok.text) in ("celle", "celles", "dernière", "dernières")
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    for j in range(tok.i - 1, start - 1, -1):
        t = tok.doc[j]
        if t.pos_ not in ("NOUN", "PROPN") or _fold(t.lemma_) in _TIME_NOUNS or t.ent_type_ in ("LOC", "GPE", "DATE"):
            continue
        if t.pos_ == "NOUN" and ("Plur" in t.morph.get("Number")) != plural:
            continue
        gender = t.morph.get("Gender")
        if t.pos_ == "NOUN" and gender and ("Fem" in gender) != feminine:
            continue
        while t.dep_ in ("nmod", "flat:name", "flat", "compound", "appos") and t.head.pos_ in ("NOUN", "PROPN") and (
                _person_like(t.head) or _animate(t.head)) and t.head.i < t.i:
            t = t.head
        return t
    return None


def _actor_token(tok: Token, etype: str, nominal: bool, article: Article, depth: int):
    """The doer's token, or a (name, entity id) pair found through a speaker, or None."""
    if depth > 4:
        return None
    if not nominal and etype == "meet" and _fold(tok.lemma_) == "réunir" and _gathered_officials(tok):
        return _gathered_doers(tok)  # *Réunis mardi à Bruxelles, les ministres ont rejeté…*
    if not nominal and _fold(tok.lemma_) == "come" and _under_fire(tok):
        # *came under fire from unions*: the critics; the subject is the one criticised
        return next((g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "from"
                     for g in t.children if g.dep_ == "pobj"), None)
    if not nominal and _verb_read_as_modifier(tok, article.lang or "fr") is not None:
        return tok.head  # *Le syndicat menace de…*: the noun it hangs on is its subject
    if not nominal and _subject_then_misread_verb(tok, article.lang or "fr") is not None:
        return _misread_subject_words(tok)[-1]  # *Damas dément avoir visé…*
    if not nominal and tok.dep_ in ("acl", "conj") and tok.doc.lang_ == "fr" and not any(
            c.dep_ in (*_SUBJ, *_PASS_SUBJ) for c in tok.children):
        words = _misread_subject_words(tok)
        if tok.doc[tok.i - 1].text == "," and "Part" not in tok.morph.get("VerbForm") and "Inf" not in tok.morph.get(
                "VerbForm") and 0 < len(words) < tok.i - tok.sent.start - 1 and words[-1].pos_ in ("NOUN", "PROPN") and all(
                t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in words):
            # *Le club, sanctionné par la ligue, conteste…*: the verb after the incise hung on the incise
            return words[-1]
    for c in tok.children:
        if c.dep_ in _AGENT or (nominal and c.dep_ in ("nmod", "obl") and
                                any(g.lower_ == "par" for g in c.children if g.dep_ == "case")):
            # English attaches *by* itself as agent: *attacked by the army*
            agent = next((g for g in c.children if g.dep_ == "pobj"), c)
            if _fold(agent.lemma_) not in _MEANS:  # *se sont entretenus par téléphone*
                return agent
    if not nominal and _passive(tok):
        for c in tok.children:  # *critiqué par ses propres alliés* read as an oblique, not as the agent
            if c.dep_.startswith("obl") and any(g.dep_ == "case" and _fold(g.text) == "par" for g in c.children) and (
                    _person_like(c) or _animate(c) or c.ent_type_ in ("PER", "ORG", "GPE")) and _fold(c.lemma_) not in _MEANS:
                return c
    if nominal and tok.doc.lang_ == "en" and etype not in ("sanction", "aid"):
        for c in tok.children:  # *Israeli strikes*, *US strikes*, *Chinese criticism*: the nationality acts
            if c.i < tok.i and c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" or (
                    c.dep_ == "compound" and c.ent_type_ == "ORG"):  # not *the Orlando shooting*: a place
                return c
    if nominal and etype not in ("sanction", "aid", "protest"):
        for c in tok.children:  # *des frappes russes*, *le bombardement turc*: the nationality acts
            if c.dep_ == "amod" and c.i > tok.i and c.pos_ == "ADJ" and _demonym(c):
                return c
    if nominal and tok.dep_ == "compound" and tok.head.i <= tok.i + 2 and tok.head.pos_ == "NOUN":
        return _actor_token(tok.head, etype, nominal, article, depth + 1)  # *staged a sit-in*
    if nominal:
        agent = _noun_agent(tok)
        if agent is not None:
            return agent
    if nominal and etype == "protest" and any(c.dep_ == "case" and _fold(c.text) == "en" for c in tok.children) and (
            tok.dep_ in ("nmod", "obl", "obl:mod", "appos", "acl")):
        # *les éboueurs en grève*: the noun it qualifies; *X, en grève depuis lundi, ont bloqué…*: the verb's doer
        if tok.head.pos_ in ("NOUN", "PROPN") and (_person_like(tok.head) or _animate(tok.head)):
            return tok.head
        before = tok.doc[tok.i - 2] if tok.i > 1 and _fold(tok.doc[tok.i - 1].text) == "en" else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and _fold(before.lemma_) not in _TIME_NOUNS:
            return before  # *soutient les éboueurs en grève*, hung on the verb by the parser
        if tok.head.pos_ == "VERB" and not _passive(tok.head):
            return _actor_token(tok.head, etype, False, article, depth + 1)
    predicative = any(c.dep_ == "cop" for c in tok.children)
    explicit_passive = not nominal and _passive(tok) and any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)
    for c in tok.children:
        if (c.dep_ in _SUBJ and not explicit_passive  # *avait été blessé*: its subject was hurt
                or c.dep_ in _PASS_SUBJ and not nominal and not _passive(tok)) and not (
                nominal and predicative and not _state(tok)):  # *X serait l'otage de Y*
            if _fold(c.text) in _RELATIVE:
                return _antecedent(c)
            return c
    if nominal:
        for c in [*tok.children, *(tok.head.children if tok.dep_ == "nmod" else ())]:
            # *la contestation menée par le mouvement*, *des actes commis par…*
            if c.dep_ in ("acl", "amod") and _fold(c.lemma_) in _DOER_PARTICIPLES:
                agent = next((g for g in c.children if g.dep_ in _AGENT or (
                    g.dep_ in ("obl", "obl:agent") and any(x.lower_ == "par" for x in g.children))), None)
                if agent is not None:
                    return agent
        for c in tok.children:
            if etype in _MUTUAL and (c.dep_ == "nmod" and any(g.lower_ == "entre" for g in c.children)
                                     or c.dep_ == "prep" and c.lower_ in ("between", "among")):
                # *les négociations entre la direction et les syndicats*, *talks between the two sides*
                return next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
            if etype in _DE_IS_ACTOR and c.dep_ in ("nmod", "prep") and any(
                    g.lower_ in ("de", "du", "des", "d'", "d’", "of") for g in c.children if g.dep_ == "case"):
                if (c.ent_type_ not in ("LOC", "GPE") and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i + 1
                        and _fold(c.lemma_) not in ("faim", "zèle", "solidarité", "heure", "minute", *_TIME_NOUNS)
                        and _determined(c) and not _is_date(c, article) and not _bare_content(c)
                        and _fold(c.lemma_) not in NOUN_TRIGGERS["en" if tok.doc.lang_ == "en" else "fr"]):
                    # not *une demande d'extradition*, *le rassemblement de samedi*, *la menace d'une grève*
                    return c
            if etype in _DE_IF_PEOPLE and c.i > tok.i + 1 and c.ent_type_ not in ("LOC", "GPE") and (
                    c.dep_ == "nmod" and any(g.dep_ == "case" and _fold(g.text) in ("de", "du", "des", "d'")
                                             for g in c.children)) and (
                    _is_force(c) or _armed_role(c) or etype not in _CONFLICT_TYPES and (
                        _person_like(c) or _animate(c) or c.ent_type_ in ("NORP", "ORG"))) and (
                    etype != "strike" or _determined(c) or c.pos_ == "PROPN"):
                # not *une explosion qualifiée de terroriste*
                return c  # *le refus du gouvernement*, *le retrait des troupes*, *l'offensive des rebelles*
            if c.dep_ == "prep" and c.lower_ == "of" and etype in _DE_IF_PEOPLE:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in ("LOC", "GPE") and (
                        _is_force(obj) or _armed_role(obj) or etype not in _CONFLICT_TYPES and (
                            _person_like(obj) or _animate(obj) or obj.ent_type_ in ("NORP", "ORG"))):
                    return obj  # *the withdrawal of Russian troops*
            if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "of" and etype not in _OF_IS_TARGET and not (
                    tok.dep_ in _OBJ and _fold(tok.head.lemma_) in _MAKE_OF)) and etype in _DE_IS_ACTOR:
                # not *made the same demands of the council*: asked of them, by the verb's doer
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and not _is_date(obj, article):
                    return obj
            if c.dep_ in ("nmod:poss", "poss") and c.pos_ != "PRON":
                return c
        if tok.dep_ in _OBJ and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and (
                tok.head.pos_ == "VERB" and _fold(tok.head.lemma_) not in _UNDERGO):
            # *voiced his disapproval*, *stepped up their attacks*: the verb's doer
            return _actor_token(tok.head, etype, False, article, depth + 1) or _speaker(tok.head, article)
    head = tok.head
    if not nominal and _earlier_act(tok):
        found = _earlier_act_doer(tok)
        if found is not None:
            return found
    if not nominal and _passive(tok):
        for c in tok.children:  # *was shot and killed by a white officer*: the agent of both
            if c.dep_ == "conj" and c.pos_ == "VERB":
                agent = next((g for g in c.children if g.dep_ in _AGENT), None)
                if agent is not None:
                    return next((x for x in agent.children if x.dep_ == "pobj"), agent)
    if etype == "protest" and not nominal and tok.dep_ in ("acl", "amod") and head.pos_ in ("NOUN", "PROPN") and not (
            "Inf" in tok.morph.get("VerbForm") and any(c.dep_ == "mark" for c in tok.children)):
        if head.dep_ == "nmod" and head.head.pos_ == "NOUN" and _fold(head.head.lemma_) in _AMOUNTS:
            return head.head  # *plusieurs centaines de grévistes rassemblés*
        return head  # *des militants rassemblés place de la République*
    if head == tok or (not nominal and _passive(tok)):
        return None  # *ont été mis en examen*: the text does not say by whom
    if nominal and tok.dep_ in ("nsubj:pass", "nsubjpass"):
        # *un couvre-feu serait mis en place par l'armée*
        for c in head.children:
            if c.dep_ in _AGENT:
                return next((x for x in c.children if x.dep_ == "pobj"), c)
        return None
    if tok.dep_ in ("conj", "advcl") and not nominal and tok.doc.lang_ == "fr":
        left = _stray_subject(tok)
        if left is not None:
            return left
    if tok.dep_ == "conj":
        verb = None if nominal else (_nearer_conjunct(tok) or _coordinated_verb(tok))
        if verb is not None and verb != head:
            # *Rabat a convoqué l'ambassadeur et exigé des explications*: the parser hung the second verb
            # on the first one's object; its doer is the first verb's
            found = _actor_token(verb, etype, False, article, depth + 1)
            return found if found is not None else _speaker(verb, article)
        return _actor_token(head, etype, nominal, article, depth + 1)  # *raids et frappes*
    if tok.dep_ in ("acl", "amod") and tok.pos_ in ("VERB", "ADJ") and not nominal:
        if any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children):
            # *a affirmé, dans un communiqué, avoir pris le pouvoir*: a perfect infinitive hung on a
            # noun by mistake belongs to the verb above it
            verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None) if head.pos_ != "VERB" else head
            return _actor_token(verb, etype, False, article, depth + 1) if verb is not None else None
        if head.pos_ == "VERB" and not _passive(head):
            # *ont-ils prévenu, rejetant la proposition*: the participle's doer is the verb's
            found = _actor_token(head, etype, False, article, depth + 1)
            return found if found is not None else _speaker(head, article)
        participle = ("Past" in tok.morph.get("Tense") and "Part" in tok.morph.get("VerbForm") or tok.tag_ == "VBN"
                      or tok.doc.lang_ != "en" and _fold(tok.text).endswith(("é", "és", "ée", "ées")))
        if not participle and "Inf" in tok.morph.get("VerbForm") and any(
                c.dep_ == "mark" and _fold(c.text) in ("pour", "afin") for c in tok.children):
            # *ont bloqué les accès à l'aéroport pour protester*: hung on the object, done by the clause's doer
            verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
            if verb is not None and not _passive(verb):
                found = _actor_token(verb, etype, False, article, depth + 1)
                return found if found is not None else _speaker(verb, article)
        if etype not in ("protest", "riot", "occupy") and participle and _fold(tok.lemma_) not in _ETRE_VERBS:
            return None  # *des manifestants blessés*: what was done to them; the doer would be a *par* agent
            # (*un sénateur venu soutenir la marche*: *venir* is active, the senator came)
        if "Inf" in tok.morph.get("VerbForm") and head.pos_ == "NOUN" and _fold(head.lemma_) not in _SUSPECT:
            # *son intention de porter plainte*, *la décision de bloquer*: the noun's owner or its verb's doer
            return _actor_token(head, etype, True, article, depth + 1)
        if tok.doc.lang_ == "en" and _fold(head.lemma_) in _SPEECHES and not any(
                c.dep_ == "poss" for c in head.children):
            # *launched the movement with a speech denouncing X*: who gave the speech
            verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
            if verb is not None and not _passive(verb):
                found = _actor_token(verb, etype, False, article, depth + 1)
                return found if found is not None else _speaker(verb, article)
        if tok.doc.lang_ == "en" and _fold(head.lemma_) in _SPEECHES:
            return next(c for c in head.children if c.dep_ == "poss")  # *his speech attacking X*
        # *des manifestants réclamant…*, *un sénateur venu soutenir…*: the head acts; of a coordination
        # (*X et Y, ainsi qu'un sénateur, venu soutenir…*) the conjunct just before a singular past participle
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        last = max((c for c in head.children if c.dep_ == "conj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")),
                   key=lambda c: c.i, default=None)
        return last if last is not None and "Sing" in tok.morph.get("Number") and "Past" in tok.morph.get("Tense") else head
    if not nominal and tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # *violated the law by calling on Russia*, *after meeting the president*: the verb's doer
        if _passive(head.head):
            # *was arrested after entering the hall*: the one arrested entered it (not *by* phrases)
            if head.lower_ in ("after", "before", "while", "for") and tok.tag_ == "VBG":
                subj = next((c for c in head.head.children if c.dep_ in _PASS_SUBJ), None)
                return subj if subj is not None and (_animate(subj) or _person_like(subj)) else None
            return None
        return _actor_token(head.head, etype, False, article, depth + 1)
    if not nominal and tok.pos_ == "ADJ" and tok.dep_ in ("advmod", "xcomp", "obj") and head.pos_ == "VERB" and (
            not _passive(head)):
        # *qui s'était montrée favorable au projet*, *se dit favorable à*: the verb's subject
        found = _actor_token(head, etype, False, article, depth + 1)
        return found if found is not None else _speaker(head, article)
    if not nominal and tok.dep_ in ("xcomp", "advcl", "ccomp", "obl", "obl:arg", "acl") and head.pos_ in (
            "VERB", "ADJ", "NOUN"):
        # *X a décidé de frapper*, *avant de critiquer*, *son intention de porter plainte*
        if head.pos_ == "NOUN":
            return _actor_token(head, etype, True, article, depth + 1)
        if _fold(head.lemma_) in _SUSPECT and tok.dep_ in ("xcomp", "obl", "obl:arg", "advcl"):
            return _suspect(head)  # *un homme, soupçonné d'avoir poignardé*: the suspect is the doer
        if head.pos_ == "VERB" and _passive(head):
            return None
        found = _actor_token(head, etype, False, article, depth + 1)
        return found if found is not None else _speaker(head, article)
    if nominal and tok.dep_ in ("nmod", "pobj") and head.pos_ == "NOUN" and _fold(head.lemma_) in _SERIES and (
            head.i < tok.i):
        # *a mené une série de raids*, *a lancé une vague de frappes*: as for the noun that holds them
        return _actor_token(head, etype, True, article, depth + 1)
    if nominal and head.pos_ == "VERB" and _fold(head.lemma_) in _CAUSE_VERBS:
        return None  # *l'ampleur du sinistre a nécessité l'évacuation*: a cause, not the doer
    if nominal and tok.dep_ in _OBJ and head.pos_ == "VERB" and (
            _fold(head.lemma_) in _DECIDE and etype in _STATE_ACTS
            or _fold(head.lemma_) in ("revendiquer", "claim") and etype in _CONFLICT_TYPES):
        # *la Russie a annoncé l'expulsion de…*, *les rebelles ont revendiqué une attaque*
        return _actor_token(head, etype, False, article, depth + 1) or _speaker(head, article)
    if nominal and head.pos_ == "VERB" and _fold(head.lemma_) not in _UNDERGO:
        light = _fold(head.lemma_) in LIGHT_VERBS or head.lower_ in ("staged", "stages", "staging")
        if tok.dep_.startswith("obl") and etype in _OWN_ACTS and (
                _fold(head.lemma_) in _ETRE_VERBS or _fold(head.lemma_) == "rendre" and _reflexive(head)) and any(
                c.dep_ == "case" and _fold(c.text) == "pour" for c in tok.children):
            return _actor_token(head, etype, False, article, depth + 1)  # *est arrivée au Caire pour des pourparlers*
        if tok.dep_.startswith("obl") and _fold(head.lemma_) in _RESPOND_BY and not _passive(head) and any(
                c.dep_ == "case" and _fold(c.text) == "par" for c in tok.children):
            return _actor_token(head, etype, False, article, depth + 1)  # *qui a riposté par des frappes*
        if tok.dep_ == "obl:arg" and _fold(head.lemma_) == "procéder":
            return _actor_token(head, etype, False, article, depth + 1)  # *ont procédé à huit interpellations*
        if tok.dep_ in _OBJ and (light or depth > 0 or not (_is_cue(head, article) or _trigger_like(head))):
            # *a prononcé 1 800 condamnations*, *entame une visite*, *a lancé un appel*
            return _actor_token(head, etype, False, article, depth + 1)
        if tok.dep_.startswith("obl") and _is_cue(head, article) and any(
                c.dep_ == "case" and _fold(c.text) in ("dans", "in") for c in tok.children):
            # *ont indiqué dans un appel*: the speaker made the appeal; not *a fait part des menaces* (reported)
            return _speaker(head, article) or _actor_token(head, etype, False, article, depth + 1)
        if any(c.dep_ == "det" and _fold(c.text) in _POSSESSIVE for c in tok.children):
            # *il maintient sa contestation*, *son intention de…*
            return _actor_token(head, etype, False, article, depth + 1) or _speaker(head, article)
    if nominal and etype == "protest" and (
            tok.dep_ == "pobj" and _fold(tok.head.text) == "in" or _preceded_by(tok, {"signe", "guise"}, 2)):
        # *handcuffed herself to a chair in protest*, *ont quitté la salle en signe de protestation*
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and not _passive(verb):
            return _actor_token(verb, etype, False, article, depth + 1)
    if nominal and head.pos_ != "VERB" and etype in _OWN_ACTS and any(
            c.dep_ == "det" and _fold(c.text) in _POSSESSIVE for c in tok.children):
        # *Lors de sa visite à Alger, le ministre a rencontré…*: the possessor is the clause's doer
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if verb is not None and not _passive(verb) and _fold(verb.lemma_) not in _UNDERGO:
            found = _actor_token(verb, etype, False, article, depth + 1)
            return found if found is not None else _speaker(verb, article)
    return None


# Noun events whose *de* / *of* complement is the doer when it names people or a body, and what is acted
# upon otherwise (*le refus du gouvernement* / *le rejet de la loi*, *le blocage des routiers* / *des
# routes*, *the withdrawal of troops* / *of the bill*); for attacks, clashes and strikes only armed forces
# (*l'offensive des rebelles*, *les frappes de l'armée*, not *l'attaque de la caserne*).
_DE_IF_PEOPLE = frozenset({"reject", "block", "occupy", "withdraw", "aid", "sanction", "attack", "clash", "strike"})


# Nouns for a run of acts (*une série de raids*): the run's doer does them.
_SERIES = frozenset({"série", "vague", "salve", "campagne", "series", "wave", "salvo", "campaign", "round"})


def _demonym(tok: Token) -> bool:
    """A nationality adjective (*russes*, *turc*, *israélienne*) the gazetteer knows."""
    from ..sources import gazetteer

    return gazetteer.country_of_demonym(tok.text, "en" if tok.doc.lang_ == "en" else "fr") is not None


def _armed_role(tok: Token) -> bool:
    """A noun the role lexicon types as military or armed group (*les rebelles*, *jihadistes*)."""
    from ..sources.lexicons import load_lexicons, normalize_word

    return load_lexicons(tok.doc.lang_).roles.get((normalize_word(tok.lemma_),)) in ("military", "armed_group")


# English speech acts a person performs: an act named by a participle on them is the speaker's.
_SPEECHES = frozenset({"speech", "speeches", "address", "remarks", "tweet", "tweets", "interview", "op-ed"})
# Verbs whose noun object's *of* phrase is the one asked (*made demands of the council*).
_MAKE_OF = frozenset({"make", "issue", "place", "repeat", "renew"})


# Acts a possessive names the doer of (*sa visite*, *leur grève*), not the one who undergoes them
# (*son arrestation*, *sa condamnation*).
_OWN_ACTS = frozenset({"meet", "negotiate", "protest", "request", "support", "accuse", "reject", "threaten",
                       "agree"})


# Participles that put an act on a suspect (*soupçonné d'avoir tué*, *accused of killing*): the
# suspect is the act's doer, and the act is hedged.
_SUSPECT = frozenset({"soupçonner", "soupçonné", "suspecter", "suspecté", "accuser", "accusé", "présumer",
                      "présumé", "suspect", "suspected", "accuse", "accused", "allege", "alleged"})


def _earlier_act(tok: Token) -> bool:
    """French perfect infinitive of cause or sequence: *pour avoir menacé*, *après avoir frappé*."""
    return tok.doc.lang_ == "fr" and any(
        c.dep_.startswith("aux") and _fold(c.text) == "avoir" for c in tok.children) and any(
        c.dep_ == "mark" and _fold(c.text) in ("pour", "après") for c in tok.children)


# Verbs whose object is the one sanctioned for an earlier act (*a condamné un homme pour avoir frappé…*).
_SANCTION_VERBS = frozenset("""condamner poursuivre sanctionner punir juger inculper accuser interpeller arrêter
écrouer incarcérer verbaliser exclure suspendre licencier renvoyer mettre placer""".split())


def _earlier_act_doer(tok: Token) -> Token | None:
    """Who did the act of a perfect infinitive of cause or sequence: the one the clause is about, the
    passive subject (*un homme a été interpellé après avoir frappé…*, *placée en garde à vue pour avoir
    menacé…*, the clause read through the noun it was hung on) or the object of a verb of sanction (*le
    tribunal a condamné un homme pour avoir frappé…*); None when neither names a person."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return None
    if _passive(verb):
        found = next((c for c in verb.children if c.dep_ in _PASS_SUBJ), None)
    elif _infinitive(_fold(verb.lemma_), "fr") in _SANCTION_VERBS:
        found = next((c for c in verb.children if c.dep_ in _OBJ), None)
    else:
        return None
    if found is None or found.pos_ not in ("NOUN", "PROPN") or found.ent_type_ in ("LOC", "GPE") or (
            _fold(found.lemma_) in _TIME_NOUNS):
        return None
    return found


def _suspect(verb: Token) -> Token | None:
    """Who is suspected: the passive subject of *est soupçonné*, the noun the participle hangs on,
    or (when the parser hangs it on a place or a date) the subject of the sentence's main verb; with an
    active verb, its object (*le Hamas accuse Israël de bloquer…*: Israël would have blocked)."""
    if verb.pos_ == "VERB" and not _passive(verb):
        obj = next((c for c in verb.children if c.dep_ in _OBJ), None)
        if obj is not None:
            return obj
    for c in verb.children:
        if c.dep_ in (*_PASS_SUBJ, *_SUBJ):
            return _antecedent(c) if _fold(c.text) in _RELATIVE else c
    head = verb.head
    if verb.dep_ in ("acl", "amod", "appos") and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in (
            "LOC", "GPE", "DATE", "TIME") and not _trigger_like(head):
        return head
    root = verb.sent.root
    return next((c for c in root.children if c.dep_ in (*_PASS_SUBJ, *_SUBJ)), None)


def _under_suspicion(tok: Token) -> bool:
    """The act is what someone is suspected or accused of (*soupçonné d'avoir poignardé*)."""
    return tok.dep_ in ("xcomp", "obl", "obl:arg", "advcl", "acl") and _fold(tok.head.lemma_) in _SUSPECT


# Verbs by which a state or a body announces or orders its own act (*a annoncé l'expulsion de…*).
_DECIDE = frozenset({"annoncer", "décider", "ordonner", "décréter", "prononcer", "announce", "order", "decide",
                     "declare", "impose", "imposer"})
_STATE_ACTS = frozenset({"ban", "sanction", "arrest", "detain", "deploy", "withdraw", "evacuate", "ease",
                         "block", "agree", "siege", "sentence", "investigate", "charge"})


# Noun events whose doers are the two sides named by *entre X et Y*, *between X and Y*.
_MUTUAL = frozenset({"negotiate", "meet", "agree", "clash"})


def _noun_agent(tok: Token) -> Token | None:
    """The *par/by* agent of a noun event, also when the parser hangs it on the noun's
    complement: *l'arrestation de l'opposant par la police*, *the arrest of the activist by police*."""
    def agent_of(node: Token) -> Token | None:
        for c in node.children:
            if c.dep_ in ("nmod", "obl") and any(g.lower_ == "par" for g in c.children if g.dep_ == "case"):
                return c
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    found = agent_of(tok)
    if found is not None:
        return found
    for c in tok.children:
        if c.dep_ == "nmod" and any(g.lower_ in ("de", "du", "des", "d'", "d’") for g in c.children
                                    if g.dep_ == "case"):
            found = agent_of(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            found = agent_of(obj) if obj is not None else None
        if found is not None:
            return found
    return None


def _bare_content(tok: Token) -> bool:
    """A bare *de* + act noun says what the act is about, not who does it: *la menace de sanctions*,
    *des menaces de mort*, *l'appel de détresse*."""
    bare = not any(c.dep_ in ("det", "nummod", "nmod:poss", "poss") or (
        c.dep_ == "case" and c.lower_ in ("du", "des")) for c in tok.children)
    lang = "en" if tok.doc.lang_ == "en" else "fr"
    lemma = _fold(tok.lemma_)
    return bare and (lemma in NOUN_TRIGGERS[lang] or lemma in ("mort", "représailles", "poursuites", "détresse"))


def _determined(tok: Token) -> bool:
    """A noun phrase with a determiner, a contracted *du/des*, a plural or a name (*la grève des cheminots*,
    *l'appel de Macron*), not a bare noun naming a kind (*une demande d'extradition*)."""
    if tok.pos_ == "PROPN" or "Plur" in tok.morph.get("Number"):
        return True  # *une intrusion de manifestants*
    return any(
        c.dep_ in ("det", "nummod", "nmod:poss", "poss") or (c.dep_ == "case" and c.lower_ in ("du", "des"))
        for c in tok.children)


def _is_date(tok: Token, article: Article) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or any(d.span.start <= tok.idx < d.span.end for d in article.dates)


def _state(tok: Token) -> bool:
    """A noun event as the state its subject is in: *les cheminots sont en grève*."""
    return any(c.dep_ == "case" and c.lower_ in ("en", "on") for c in tok.children)


def _trigger_like(tok: Token) -> bool:
    lang = "en" if tok.doc.lang_ == "en" else "fr"
    return _fold(tok.lemma_) in VERB_TRIGGERS[lang]


def _passive(tok: Token) -> bool:
    if tok.doc.lang_ == "fr" and _fold(tok.lemma_) in _ETRE_VERBS:
        return False  # *être intervenue*: the tense auxiliary of a verb of motion, read as passive
    if tok.doc.lang_ == "fr" and any(c.dep_.startswith(("expl", "obj", "iobj")) and _fold(c.text) in ("se", "s'", "s’")
                                     for c in tok.children) and any(c.dep_ in _SUBJ for c in tok.children):
        return False  # *les manifestants s'en sont pris à…*: a pronominal verb takes *être*, its subject acts
    if any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children):
        return True
    if any(c.dep_ in _PASS_SUBJ for c in tok.children):
        # *Elle a toutefois rejeté toute hausse* tagged passive: French needs *être* for that
        return not (tok.doc.lang_ == "fr" and any(c.dep_ == "aux:tense" and _fold(c.lemma_) == "avoir"
                                                  for c in tok.children))
    if _fold(tok.lemma_) in _ETRE_VERBS or tok.pos_ != "VERB":
        return False
    verb = _coordinated_verb(tok)
    if verb is not None and not any(c.dep_.startswith("aux") for c in tok.children):
        return _passive(verb)  # *a condamné les violences et averti que…*: shares its head's auxiliary
    # A past participle with no *avoir* and no subject: *une loi très critiquée*, *35 personnes interpellées*;
    # not *avoir ouvert une enquête* (French tags the tense auxiliary aux:tense)
    return ("Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")
            and not any(c.dep_ in _SUBJ or (c.dep_ in ("aux", "aux:tense") and _fold(c.lemma_) in ("avoir", "have"))
                        for c in tok.children))


def _coordinated_verb(tok: Token) -> Token | None:
    """The verb a coordinated verb goes with: its head, or, when the parser hung it on that verb's
    object or complement (*réclament des embauches et menacent de…*), the verb above that noun."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "ADJ"):
        return None
    head = tok.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ in ("NOUN", "PROPN", "PRON") and not any(c.dep_ in (*_SUBJ, *_PASS_SUBJ) for c in tok.children):
        return next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    return None


def _nearer_conjunct(tok: Token) -> Token | None:
    """English: the verb just before *and* when the parser hung the second verb further left (*which he
    was finishing when the rangers spotted him and asked him to move*: *asked* goes with *spotted*): a verb of
    the same form as ``tok``, with its own subject, ending right before the *and*, below ``tok``'s head."""
    doc = tok.doc
    if doc.lang_ != "en" or tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.i < 3:
        return None
    cc = doc[tok.i - 1]
    if cc.pos_ != "CCONJ":
        return None
    head = tok.head
    for verb in [doc[cc.i - 1], *doc[cc.i - 1].ancestors]:
        if verb.i <= head.i or verb == head:
            return None
        if verb.pos_ == "VERB" and verb.tag_ == tok.tag_ and verb.right_edge.i == cc.i - 1 and any(
                c.dep_ in _SUBJ for c in verb.children) and head in verb.ancestors:
            return verb
    return None


def _stray_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser read as coordinated with no *et* of its own, when the noun
    phrase just before it was hung elsewhere (*…, alors que Washington et Bruxelles réclamaient…*):
    the first noun after the last comma or *que* before the verb, when only that phrase lies between."""
    if any(c.dep_ in ("cc", *_SUBJ, *_PASS_SUBJ) for c in verb.children) or verb.pos_ != "VERB":
        return None
    if "Inf" in verb.morph.get("VerbForm") and any(c.dep_ == "mark" for c in verb.children):
        return None  # *rassemblés à Paris, Lille ou Nancy pour réclamer…*: an infinitive has no subject of its own
    doc, first = verb.doc, None
    for j in range(verb.i - 1, max(verb.sent.start, verb.i - 8) - 1, -1):
        t = doc[j]
        if t.is_punct or _fold(t.text) in ("que", "qu'", "qu’") or t.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            first = t
        elif t.pos_ not in ("DET", "CCONJ", "ADJ", "ADP", "NUM"):
            return None
    if first is None or first.dep_ in (*_SUBJ, *_OBJ) or first.ent_type_ in ("DATE", "TIME") or (
            _fold(first.lemma_) in _TIME_NOUNS | _DAYS):
        return None
    return first


def _antecedent(rel: Token) -> Token | None:
    """The noun a relative pronoun stands for (*des gens … qui réclamaient*)."""
    node = rel.head
    while node.head != node and node.dep_ in ("conj", "acl:relcl", "relcl", "acl"):
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return node
    prev = [t for t in rel.doc[max(rel.sent.start, rel.i - 6):rel.i] if t.pos_ in ("NOUN", "PROPN")]
    return prev[-1] if prev else None


_CUT_DEPS = frozenset({"acl:relcl", "relcl", "acl", "advcl", "parataxis", "ccomp", "dep"})


def _resolve_pronoun(tok: Token, article: Article) -> str | None:
    """Name a pronoun doer: the attribution source it is, the speaker of a first person
    inside a quote, or the source of an attribution in its sentence or just before."""
    if _fold(tok.text) not in _FIRST_PERSON:
        found = _subject_antecedent(tok, article)
        if found is not None:
            return found
    for att in _atts(article).over("source", tok.idx):
        if att.source:
            return _source_name(att, tok.doc, article)
    if _fold(tok.text) in _FIRST_PERSON:
        inside = [a for a in _atts(article).over("content", tok.idx) if a.source]
        if inside:
            att = min(inside, key=lambda a: a.content.end - a.content.start)
            return _source_name(att, tok.doc, article)
        return None

    sent = (tok.sent.start_char, tok.sent.end_char)
    named = [a for a in _atts(article).starting_in("source", sent[0] - 400, sent[1])
             if a.source is not None and a.source.start != tok.idx]
    here = [a for a in named if a.source is not None and a.source.start >= sent[0]]
    pick = here[0] if here else (max(named, key=lambda a: a.source.start if a.source else 0) if named else None)
    if pick is not None and pick.source is not None:
        return _source_name(pick, tok.doc, article)
    return None


def _source_name(att: Attribution, doc: Doc, article: Article) -> str | None:
    """The name of an attribution's source: its ``source_ref``, unless that is itself a pronoun or a
    relative (*qui*), then the named subject the source pronoun stands for."""
    name = att.source_ref or (att.source.text if att.source else None)
    if name is None or att.source is None or _fold(name).lstrip("-") not in (_PERSONAL | _RELATIVE):
        return name
    span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    if span is not None and span.root.pos_ == "PRON":
        return _subject_antecedent(span.root, article) or name
    return name


_THIRD = {"il": ("Sing", "Masc"), "elle": ("Sing", "Fem"), "ils": ("Plur", "Masc"), "elles": ("Plur", "Fem")}
# English: *he* and *she* stand for a person (names carry no gender), *they* for several.
_THIRD_EN = {"he": ("Sing", "Masc"), "she": ("Sing", "Fem"), "they": ("Plur", None)}


def _subject_antecedent(tok: Token, article: Article, depth: int = 0) -> str | None:
    """*il/elle/ils/elles* as the doer: the nearest earlier subject in the same or the two sentences
    before (same paragraph) that names a person or a body and agrees in number and gender; a pronoun
    subject that is an attribution source stands for its ``source_ref``. Not a *selon* source: *Selon
    Le Monde, … Il a nié* is about the one the article follows."""
    english = tok.doc.lang_ == "en"
    table = _THIRD_EN if english else _THIRD
    want = table.get(_fold(tok.text).lstrip("-"))
    if want is None or tok.doc.lang_ not in ("fr", "en"):
        return None
    doc = tok.doc
    sents = [tok.sent]
    for _ in range(3):
        start = sents[-1].start
        if start == 0:
            break
        sents.append(doc[start - 1].sent)
    for sent in sents:
        subjects = [t for t in sent if t.i < tok.i and t.dep_ in (*_SUBJ, *_PASS_SUBJ) and t != tok
                    and not _quoted(t)]
        # a speaker after the verb (*», a déclaré Mgr X*) parses oddly
        for att in _atts(article).starting_in("source", sent.start_char, min(sent.end_char, tok.idx)):
            if att.source is not None and _fold(att.cue.text) not in ("selon", "d'après", "according"):
                span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
                if span is not None and span.root.pos_ != "PRON" and span.root not in subjects:
                    subjects.append(span.root)
        subjects.sort(key=lambda t: t.i)
        if english and sent != tok.sent:
            # a sentence before: its main clause's subject before a subordinate one's (*She fears what
            # happens if Trump is elected. She then…*: the first *She*)
            subjects.sort(key=lambda t: (t.head == sent.root or t.head.dep_ == "conj" and t.head.head == sent.root, t.i))
        for cand in reversed(subjects):
            if cand.pos_ == "PRON":
                name = next((a.source_ref for a in _atts(article).over("source", cand.idx)
                             if a.source and a.source_ref), None)
                pron = table.get(_fold(cand.text).lstrip("-"))
                if pron is None or pron[0] != want[0] or english and pron[1] != want[1]:
                    continue  # English: *he* is not the *she* said before
                if depth < 3:  # *a-t-il ajouté. … Il a nié*: the same one as that earlier *il*
                    name = _subject_antecedent(cand, article, depth + 1) or name
                if name:
                    return name
                continue
            if not (_animate(cand) or _atts(article).over("source", cand.idx)):
                continue
            if english and want[0] == "Sing" and not (cand.ent_type_ == "PERSON" or _is_role(cand) or (
                    _fold(cand.lemma_) in _EN_PERSON_NOUNS) or _person_entity(cand, article)):
                continue  # *he* / *she*: a person, not *the campaign* or *the court*
            if english and want[0] == "Sing" and _en_gender(cand, article) not in (None, want[1]):
                continue  # *he* is not *Mrs. Lee* nor *the spokeswoman, Ann Lee*
            if english and want[0] == "Plur" and not (_animate(cand) or _person_like(cand)):
                continue  # *they* stands for people or bodies, not *early results*
            number = cand.morph.get("Number")
            det = next((c for c in cand.children if c.dep_ == "det" and c.morph.get("Gender")), None)
            gender = (det or cand).morph.get("Gender")  # *la maire*
            plural = "Plur" in number or any(c.dep_ == "conj" for c in cand.children)
            if plural != (want[0] == "Plur"):
                continue
            if gender and want[0] == "Sing" and want[1] not in gender and cand.ent_type_ not in ("PER", "PERSON") and (
                    not english):
                continue
            return _np_text(cand, article)
    return None


_EN_MASC = frozenset("""mr mr. he his him man father husband son brother spokesman congressman chairman
businessman king prince sir boy actor uncle nephew grandfather""".split())
_EN_FEM = frozenset("""mrs mrs. ms ms. miss she her woman mother wife daughter sister spokeswoman congresswoman
chairwoman businesswoman queen princess lady girl actress aunt niece grandmother madam""".split())


def _person_entity(tok: Token, article: Article) -> bool:
    """``tok`` is a mention of an entity the entity layer types as a person, or the surname of one
    (*Trump* tagged ORG where the article also names *Donald Trump*)."""
    return tok.pos_ == "PROPN" and any(ent.type == "person" and (
        any(m.start <= tok.idx < m.end for m in ent.mentions) or ent.name.split()[-1] == tok.text)
        for ent in article.entities)


def _en_gender(cand: Token, article: Article) -> str | None:
    """The gender an English person mention shows by its own words or those of another mention of the same
    entity (*Mrs.*, *spokeswoman*, *his wife*): "Masc", "Fem" or None when nothing says."""
    doc = cand.doc
    spans = [(cand.left_edge.i, cand.i + 1)]
    for ent in article.entities:
        if any(m.start <= cand.idx < m.end for m in ent.mentions):
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    spans.append((max(span.start - 2, span.root.left_edge.i), span.end))
            break
    found = set()
    for start, end in spans:
        for t in doc[max(start, 0):end]:
            word = _fold(t.text)
            if t.pos_ in ("NOUN", "PROPN") or word.rstrip(".") in ("mr", "mrs", "ms", "miss", "sir", "madam"):
                if word in _EN_MASC:
                    found.add("Masc")
                elif word in _EN_FEM:
                    found.add("Fem")
    return found.pop() if len(found) == 1 else None


# English nouns for one person that the role lexicon does not hold.
_EN_PERSON_NOUNS = frozenset("""man woman boy girl person candidate nominee lawmaker activist protester
spokesman spokeswoman spokesperson official leader father mother son daughter wife husband resident
witness victim suspect officer agent host reporter""".split())


def _quoted(tok: Token) -> bool:
    """Inside a quotation (« … » or “ … ”) opened in its paragraph: the speaker's words, not the narrative."""
    text = doc_text(tok.doc)
    para = text.rfind("\n", 0, tok.idx) + 1
    before = text[para:tok.idx]
    return before.count("«") + before.count("“") > before.count("»") + before.count("”")


def _animate(tok: Token) -> bool:
    """A person or a body: a named person or organisation, a role (*la maire*), a people noun."""
    return (tok.ent_type_ in ("PER", "PERSON", "ORG") or _is_role(tok) or _fold(tok.lemma_) in _PEOPLE_NOUNS
            or _trade(tok)
            or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("LOC", "GPE", "DATE")))


# Dependents that stand before a noun inside its phrase (*Les trois premiers manifestants*, *« gilets
# jaunes »*); others before it are the parser's misattachments (*Ce matin à l'aube des éléments…*).
_LEFT_OF_NP = frozenset({"det", "amod", "nummod", "compound", "flat", "flat:name", "fixed", "nmod:poss",
                         "poss", "case", "punct", "advmod", "quantmod", "predet"})


def _np_text(tok: Token | None, article: Article) -> str | None:
    """The noun phrase of ``tok`` as the text gives it, without its clauses; pronouns resolved."""
    if tok is None:
        return None
    if _fold(tok.text) in _RELATIVE and tok.pos_ == "PRON":
        ant = _antecedent(tok)  # *des gens … et qui réclamaient*: the noun the relative stands for
        if ant is not None and ant.pos_ in ("NOUN", "PROPN"):
            return _np_text(ant, article)
    if tok.pos_ == "PRON" or _fold(tok.text).lstrip("-") in _PERSONAL:  # *ont-ils*
        return _resolve_pronoun(tok, article) or tok.text.lstrip("-")
    start, end = tok.i, tok.i
    for c in tok.children:  # the words that belong to the phrase before its head, not a time hung on it
        if c.i < tok.i and c.dep_ in _LEFT_OF_NP:
            start = min(start, c.left_edge.i)
    if tok.ent_type_:  # *Emmanuel Macron* when the parser hangs *Macron* elsewhere
        ent = ent_of(tok.doc, tok.i)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end - 1)
    while start < tok.i and tok.doc[start].dep_ == "case":
        start += 1
    # not what the parser hung before the phrase: *A Rennes, 200 manifestants*, *, le cyclomotoriste*,
    # *et une centaine de manifestants*, *alors que ce sont toutes les organisations*
    comma = next((j for j in range(tok.i - 1, start - 1, -1) if tok.doc[j].text in (",", ";", ":")), None)
    if comma is not None and not (tok.ent_type_ and ent_of(tok.doc, comma) is not None):
        start = comma + 1
    while start < tok.i and (tok.doc[start].pos_ in ("CCONJ", "SCONJ", "PUNCT", "AUX", "ADP") or (
            tok.doc[start].pos_ in ("ADV", "PRON") and tok.doc[start].dep_ != "nummod")):
        start += 1
    for c in tok.children:
        if c.i > tok.i and (_verb_read_as_modifier(c, article.lang or "fr") is not None
                            or _subject_then_misread_verb(c, article.lang or "fr") is not None):
            break  # *Le syndicat* of *Le syndicat menace de bloquer*, *Le gouvernement dément avoir…*
        if c.i > tok.i and c.dep_ == "conj" and c.pos_ == "VERB" and _coordinated_verb(c) not in (None, c.head):
            break  # *des embauches* of *réclament des embauches et menacent de…*
        if c.i > tok.i and c.pos_ == "PRON" and _fold(c.text) in _OBJECT_CLITICS:
            break  # *Le directeur* of *Le directeur m'a dit de partir*: the verb's clitic hung on the subject
        if c.i > tok.i and c.dep_ not in _CUT_DEPS and not (c.dep_ == "punct" and c.right_edge.i == c.i):
            end = max(end, _edge_without_clauses(c))
        elif c.i > tok.i:
            break
    end = min(end, tok.i + 14)
    doc = tok.doc
    while end > tok.i and (doc[end].is_punct and doc[end].text not in ("»", ")")):
        end -= 1
    if start == tok.i - 1 == end - 1 and _fold(doc[start].text) in _DEFINITE:
        named = _named_antecedent(tok, article)
        if named:
            return named
    return article.text[doc[start].idx: doc[end].idx + len(doc[end].text)]


# Role nouns that stand for a more specific one named before (*l'élu* for *le maire de X*).
_HYPERNYMS = {"élu": frozenset({"maire", "député", "sénateur", "conseiller", "adjoint", "président", "édile",
                                "eurodéputé"}),
              "édile": frozenset({"maire"}), "lawmaker": frozenset({"senator", "congressman", "congresswoman",
                                                                     "representative", "legislator"})}


def _role_type(tok: Token) -> str | None:
    from ..sources.lexicons import load_lexicons, normalize_word

    return load_lexicons(tok.doc.lang_).roles.get((normalize_word(tok.lemma_),)) if tok.pos_ == "NOUN" else None


def _named_antecedent(tok: Token, article: Article) -> str | None:
    """A bare definite role noun (*Le syndicat menace…*, *L'élu a dénoncé…*, *The minister condemned…*)
    stands for the nearest earlier subject of its sentence or the three before that names one of its kind
    more fully: the same noun with a complement or a name (*Le ministre de la Santé, Paul Vidal*), a
    narrower role (*l'élu* for *le maire de Béziers*), or an organisation the knowledge base gives that
    kind (*le syndicat* for *la CGT de l'usine*)."""
    kind = _role_type(tok)
    lemma = _fold(tok.lemma_)
    if kind is None and lemma not in _HYPERNYMS:
        return None
    plural = "Plur" in tok.morph.get("Number")
    doc = tok.doc
    first = tok.sent.start
    for _ in range(3):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for j in range(tok.i - 1, first - 1, -1):
        cand = doc[j]
        if cand.dep_ not in (*_SUBJ, *_PASS_SUBJ) or cand.pos_ not in ("NOUN", "PROPN") or _quoted(cand):
            continue
        if cand.pos_ == "NOUN" and ("Plur" in cand.morph.get("Number")) != plural:
            continue
        clemma = _fold(cand.lemma_)
        fits = (clemma == lemma or clemma in _HYPERNYMS.get(lemma, ())
                or any(_fold(t.lemma_) == lemma for t in doc[cand.left_edge.i:cand.i])  # *Interior Minister X*
                or kind is not None and _kb_type(cand, article) == kind)
        if not fits:
            continue
        name = _np_text(cand, article)
        if name and _name_words(name) - _name_words(tok.text):
            return name
    return None


def _kb_type(tok: Token, article: Article) -> str | None:
    """The knowledge-base type of the entity a word is a mention of (*CGT*: monitor_ngo)."""
    from ..sources.kb import load_kb

    for ent in article.entities:
        if ent.kb_id and any(m.start <= tok.idx < m.end for m in ent.mentions):
            entry = load_kb().get(ent.kb_id)
            return entry.type if entry is not None else None
    return None


_OBJECT_CLITICS = frozenset({"me", "m'", "te", "t'", "lui", "leur", "nous", "vous", "se", "s'", "le", "la", "les",
                             "l'", "y", "en"})


def _edge_without_clauses(tok: Token, depth: int = 0) -> int:
    """The last word of ``tok``'s phrase, without the clauses hung in it (*de manifestants réclamant…*)."""
    end = tok.i
    if depth > 6:
        return end
    for c in tok.children:
        if c.i > tok.i and c.dep_ not in _CUT_DEPS:
            end = max(end, _edge_without_clauses(c, depth + 1))
    return end


def _negated(tok: Token) -> bool:
    """*n'a pas appelé*, *did not call*, *non interdite*, *aucune évacuation*, *personne n'a été blessé*."""
    words = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    if any(c.dep_ in ("advmod", "neg") and (_fold(c.text) in _NEG or _fold(c.text) == "non" and c.i == tok.i - 1)
           for w in words for c in w.children):
        return True
    if any(c.dep_ == "det" and _fold(c.text) in ("aucun", "aucune", "nul", "nulle", "no") for c in tok.children):
        return True
    if any(c.dep_ in (*_SUBJ, *_PASS_SUBJ) and any(d.dep_ == "det" and _fold(d.text) in ("aucun", "aucune", "nul", "nulle", "no")
                                                   for d in c.children) for c in tok.children):
        return True  # *aucun manifestant n'a été interpellé*, *no protester was arrested*
    return any(c.dep_ in (*_SUBJ, *_PASS_SUBJ) and _fold(c.text) in ("personne", "rien", "aucun", "aucune", "nobody")
               and not any(d.dep_ == "det" for d in c.children) and (c.lower_ == "nobody" or any(
                   _fold(t.text) in ("ne", "n'", "n’") for t in tok.doc[c.i + 1:tok.i]))
               for c in tok.children)


def _hypothetical(tok: Token) -> bool:
    """A conditional, a *si/if* clause, or governed by a modal (*pourrait frapper*, *menace de bloquer*)."""
    if any("Cnd" in w.morph.get("Mood") for w in (tok, *tok.children) if w.dep_ in ("aux", "") or w == tok):
        return True
    if any(c.dep_ == "mark" and _fold(c.text) in ("si", "s'", "if", "unless") for c in tok.children):
        return True
    if any(c.dep_ == "aux" and _fold(c.text) in _EN_MODALS for c in tok.children):
        return True  # *could ban*, *may resume*, *would have killed*
    head = tok.head
    if head != tok and tok.dep_ in _OBJ and _fold(head.lemma_) in ("menacer", "threaten"):
        return True  # *threatened a strike*
    return head != tok and tok.dep_ in ("xcomp", "ccomp", "obl", "acl") and _fold(head.lemma_) in _MODALS


def _target_token(tok: Token, nominal: bool) -> Token | None:
    for c in tok.children:
        if (c.dep_ in _OBJ or c.dep_ in _PASS_SUBJ) and not (c.dep_ in _OBJ and _fold(c.lemma_) in _TIME_NOUNS
                                                              and not any(g.dep_ == "det" for g in c.children)):
            return c  # not *jeudi* read as the object of *a rencontré jeudi les maires*
    if not nominal and _fold(tok.lemma_) in _MEET_WITH:
        for c in tok.children:  # *s'est entretenu avec son homologue*, *talked with the governor*
            if c.dep_.startswith("obl") and any(g.dep_ == "case" and _fold(g.text) == "avec" for g in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "with":
                return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ != "PRON"), None)
    if nominal or tok.dep_ in _OBJ:
        for c in tok.children:
            # *des frappes contre les camps de Daech*, *strikes on Idlib*
            if any(g.lower_ in ("contre", "against", "sur") for g in c.children if g.dep_ == "case"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("against", "on"):
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    if tok.dep_ == "conj" and nominal and tok.head.pos_ == "NOUN":
        return _target_token(tok.head, nominal)
    if nominal and tok.dep_ in _OBJ and tok.head.lemma_.lower() in LIGHT_VERBS:
        # *a effectué des raids contre Daech*: the parser hangs *contre* on the light verb
        return _against(tok.head)
    return None


# Meeting verbs whose *avec* / *with* phrase names the other side.
_MEET_WITH = frozenset({"entretenir", "rencontrer", "échanger", "discuter", "négocier", "meet", "talk", "speak",
                        "negotiate", "confer"})


def _against(tok: Token) -> Token | None:
    for c in tok.children:
        if any(g.lower_ in ("contre", "against") for g in c.children if g.dep_ == "case"):
            return c
        if c.dep_ == "prep" and c.lower_ == "against":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _entity_at(index: _MentionIndex, tok: Token | None) -> str | None:
    if tok is None:
        return None
    head = (tok.idx, tok.idx + len(tok.text))
    # The noun phrase proper: its left edge to the head, plus the names and
    # *de/of* complements it carries (*membres de Daech*), not its clauses.
    parts = [(tok.left_edge.idx, head[1])]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":  # *the positions of the rebels*
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
            parts.append((c.left_edge.idx, c.idx + len(c.text)))
        elif c.dep_ in ("flat:name", "flat", "compound", "appos") or (
                c.dep_ in ("nmod", "pobj", "prep") and any(g.lower_ in ("de", "d'", "d’", "of")
                                                         for g in c.children if g.dep_ == "case")):
            parts.append((c.idx, c.idx + len(c.text)))
    # The first entity with a mention on the head, else the one whose mention in
    # the parts starts nearest the head (the first in order on a tie).
    on_head = index.overlapping(*head)
    if on_head:
        return index.ids[min(on_head)[0]]
    best: tuple[int, tuple[int, int]] | None = None
    for lo, hi in parts:
        for order in index.overlapping(lo, hi):
            key = (abs(index.start_of[order] - head[0]), order)
            if best is None or key < best:
                best = key
    return index.ids[best[1][0]] if best else None


class _MentionIndex:
    """The mentions of the article's entities sorted by start, for the few that
    overlap a span (bisect), not every mention of the text."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.ids = [ent.id for ent in entities]
        # (start, end, (entity order, mention order)): the order is the one a scan would meet
        rows = sorted((m.start, m.end, (e, k)) for e, ent in enumerate(entities) for k, m in enumerate(ent.mentions))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.start_of = {r[2]: r[0] for r in rows}
        self.longest = max((r[1] - r[0] for r in rows), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (entity order, mention order) of the mentions that overlap ``start:end``."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [r[2] for r in self.rows[lo:hi] if r[1] > start]


# ---------------------------------------------------------------- context

def _clause(tok: Token) -> tuple[int, int]:
    # A noun trigger's clause is its verb's: *ses avions ont effectué 1.417
    # raids contre les camps de Daech en Syrie*.
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("ROOT",) and head.head != head:
        head = head.head
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)


def _sentence(tok: Token) -> tuple[int, int]:
    return sentence_of(tok.doc, tok.idx)


def _inside(span: Span, rng: tuple[int, int]) -> bool:
    return rng[0] <= span.start and span.end <= rng[1]


def _nearest(items: Iterable[tuple[str, Span]], rng: tuple[int, int], trigger: Span) -> str | None:
    best: tuple[int, str] | None = None
    for ident, span in items:
        if _inside(span, rng):
            dist = abs(span.start - trigger.start)
            if best is None or dist < best[0]:
                best = (dist, ident)
    return best[1] if best else None


def _attribution(article: Article, trigger: Span, tok: Token | None = None, etype: str = "",
                 actor: str | None = None) -> tuple[str | None, bool | None]:
    """The attribution whose content holds the trigger (the innermost), unless that attribution does not
    report the act (see :func:`_not_reported_by`); then the next one out, or none."""
    inside = [a for a in article.attributions if a.content.overlaps(trigger)]
    inside.sort(key=lambda a: (not (a.content.start <= trigger.start and trigger.end <= a.content.end),
                               a.content.end - a.content.start))
    first = article.attribution_at(trigger)
    if first is not None:
        inside.sort(key=lambda a: a.id != first)
    for att in inside:
        if tok is None or not _not_reported_by(att, tok, etype, actor, article):
            return att.id, att.hedged
    return None, None


def _not_reported_by(att: Attribution, tok: Token, etype: str, actor: str | None, article: Article) -> bool:
    """The content span of ``att`` holds the trigger, but the attribution does not report the act: which
    attribution an act hangs on should not depend on how far the attribution layer stretches a content or
    which verbs it takes as cues.

    - the cue is itself a material act (*A judge blocked the law after groups sued*: *blocked* reports
      nothing);
    - the act is its speaker's own next act, a verb with no subject of its own (*X said, calling for…*,
      *X dénonce… et a averti que…*), or the stance the cue declares (*X s'est dite favorable à…*): the
      narrator reports it;
    - the cue is a present participle hung on the act or its doer and the act is outside its phrase (*Trump
      attacked Romney, calling him…*: before it, or above it in the tree);
    - the act is in a comment clause after the content (*…, ce que le Rwanda dément*, *…, which Y denies*)."""
    doc = tok.doc
    text = article.text
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    if cue is not None and cue.root.pos_ == "VERB" and cue.root.i != tok.i:
        lang = "en" if doc.lang_ == "en" else "fr"
        found = _phrase(cue.root, lang) or _trigger_type(cue.root, lang)
        if found is not None and PLOVER.get(found[0]) not in (*_VERBAL_ROOTS, "CONSULT", None) and not (
                found[0] == "attack" and _verbal_attack(cue.root)):
            return True
    if cue is not None and cue.root.i != tok.i and cue.root.dep_ in ("advcl", "acl", "acl:relcl", "relcl") and (
            "Ger" in cue.root.morph.get("VerbForm") or cue.root.tag_ == "VBG"
            or "Part" in cue.root.morph.get("VerbForm") and "Pres" in cue.root.morph.get("Tense")) and not any(
            c.dep_.startswith("aux") for c in cue.root.children) and not (
            cue.root.left_edge.i <= tok.i <= cue.root.right_edge.i) and (tok.i < cue.root.i or tok in cue.root.ancestors):
        return True  # *Trump attacked Romney, calling him…*
    if (PLOVER.get(etype) in _VERBAL_ROOTS and tok.pos_ == "ADJ" and cue is not None and tok.head == cue.root
            and actor and att.source is not None and _same_name(actor, _source_name(att, doc, article) or att.source.text)):
        return True  # *X s'est déclarée favorable au mouvement*: the stance is X's own act, not its content
    if (PLOVER.get(etype) in _VERBAL_ROOTS and tok.pos_ == "VERB" and actor and att.source is not None
            and not any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in tok.children)
            and "Inf" not in tok.morph.get("VerbForm") and tok.dep_ not in ("xcomp", "ccomp", "csubj")
            and (cue is None or tok.i > cue.root.i and not _own_clause_between(tok, cue.root))
            and _same_name(actor, _source_name(att, doc, article) or att.source.text)):
        return True
    comma = text.rfind(",", 0, tok.idx)
    if comma < att.content.start or _COMMENT_CLAUSE.match(text[comma:tok.idx]) is None:
        return False
    # the relative's own verb: only its subject stands between (*, ce que le Rwanda dément*)
    return not any(t.pos_ in ("VERB", "AUX") for t in doc if comma < t.idx < tok.idx)


def _own_clause_between(tok: Token, cue: Token) -> bool:
    """A verb with a subject of its own stands between the act and the cue above it (*said he is leaning
    toward supporting Trump*): the act is inside what is said."""
    for node in tok.ancestors:
        if node == cue:
            return False
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in node.children):
            return True
    return False


_COMMENT_CLAUSE = re.compile(r",\s*(?:ce\s+qu(?:e|'|’)\s*|which\s|what\s)[^,.;]*$", re.IGNORECASE)
_NAME_DROP = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "the", "of", "a", "an", "un", "une"})


def _same_name(a: str, b: str) -> bool:
    x, y = _name_words(a), _name_words(b)
    return bool(x and y and (x <= y or y <= x))


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.sub(r"[^\w]+", " ", _fold(name)).split() if w not in _NAME_DROP)


_HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "supposedly", "apparently", "purportedly",
                            "présumément", "apparemment", "prétendument", "supposément"})


def _hedge_adverb(tok: Token) -> bool:
    """*reportedly culminated in a meeting*, *aurait apparemment*: a hedging adverb on the trigger
    or on the verbs above it in its clause."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "advmod" and _fold(c.text) in _HEDGE_ADVERBS for c in node.children):
            return True
        if node.head == node or node.dep_ in ("ROOT", "ccomp", "parataxis", "conj"):
            return False
        node = node.head
    return False


def _conditional(tok: Token) -> bool:
    # *aurait permis*, *auraient tué* (Mood=Cnd on the auxiliary), *would have
    # killed*.
    words = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    if tok.dep_ in ("xcomp",) and tok.head.pos_ == "VERB":
        words.append(tok.head)
    return any("Cnd" in w.morph.get("Mood") or w.lower_ in _EN_HEDGE_AUX for w in words)


# The lemmas that _trigger_type tests by name outside the trigger lists (see _may_trigger).
_OTHER_HEADS = frozenset({"dire", "retrouver", "strike", "hit", "accepter", "accept", "prendre", "poursuivre", "poursuivi", "sit", "favorable", "opposer", "come", *_GATHER, *_LAUNCH,
                          *_AMBIGUOUS_CAPTURE})
