"""The events layer: what conflict and political events a sentence reports.

Triggers are verbs and nouns found by lemma in the French and English lexicons
below (:data:`VERB_TRIGGERS`, :data:`NOUN_TRIGGERS`), read off the spaCy
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

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Article, Entity, Event, Span, stable_id
from .places import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "selon.events.v1"

PLOVER: dict[str, str | None] = {
    "attack": "ASSAULT", "clash": "ASSAULT", "strike": "ASSAULT", "destroy": "ASSAULT",
    "kill": "ASSAULT", "capture": "SEIZE", "siege": "COERCE", "ease": "CONCEDE",
    "evacuate": "MOBILIZE", "withdraw": "RETREAT", "deploy": "MOBILIZE", "negotiate": "CONSULT",
    "agree": "AGREE", "protest": "PROTEST", "arrest": "COERCE", "threaten": "THREATEN",
    "reject": "REJECT", "accuse": "ACCUSE", "sanction": "SANCTION", "aid": "AID", "statement": None,
}
ACLED: dict[str, str | None] = {
    "attack": "Battles", "clash": "Battles", "strike": "Explosions/Remote violence",
    "destroy": "Explosions/Remote violence", "kill": "Violence against civilians",
    "capture": "Battles", "siege": "Strategic developments", "ease": "Strategic developments",
    "evacuate": "Strategic developments", "withdraw": "Strategic developments",
    "deploy": "Strategic developments", "negotiate": "Strategic developments",
    "agree": "Strategic developments", "protest": "Protests", "arrest": "Strategic developments",
    "threaten": None, "reject": None, "accuse": None, "sanction": None, "aid": None, "statement": None,
}


def _table(spec: dict[str, str]) -> dict[str, str]:
    return {word: etype for etype, words in spec.items() for word in words.split()}


# Lemmas of verbs (and of their participles used as adjectives: *la ville
# assiégée*) that report an event.
VERB_TRIGGERS: dict[str, dict[str, str]] = {
    "fr": _table({
        "attack": "attaquer assaillir agresser",
        "clash": "affronter combattre repousser",
        "strike": "bombarder pilonner frapper mitrailler canonner",
        "destroy": "détruire anéantir raser incendier",
        "kill": "tuer éliminer abattre massacrer assassiner",
        "capture": "capturer emparer conquérir reprendre",
        "siege": "assiéger encercler bloquer",
        "ease": "débloquer rouvrir",
        "evacuate": "évacuer héliporter exfiltrer hélitreuiller rapatrier",
        "withdraw": "retirer replier",
        "deploy": "déployer mobiliser",
        "negotiate": "négocier",
        "agree": "conclure",
        "protest": "manifester protester",
        "arrest": "arrêter interpeller emprisonner",
        "threaten": "menacer",
        "reject": "rejeter refuser",
        "accuse": "accuser",
        "sanction": "sanctionner",
        "aid": "aider secourir",
        "statement": "annoncer",
    }),
    "en": _table({
        "attack": "attack assault raid storm ambush",
        "clash": "clash fight repel battle",
        "strike": "bomb shell strike pound target",
        "destroy": "destroy demolish raze",
        "kill": "kill slay massacre execute assassinate eliminate",
        "capture": "capture seize retake conquer overrun liberate",
        "siege": "besiege encircle blockade",
        "ease": "reopen unblock",
        "evacuate": "evacuate airlift rescue repatriate",
        "withdraw": "withdraw retreat",
        "deploy": "deploy mobilize mobilise",
        "negotiate": "negotiate",
        "agree": "agree",
        "protest": "protest",
        "arrest": "arrest detain jail",
        "threaten": "threaten",
        "reject": "reject refuse",
        "accuse": "accuse blame",
        "sanction": "sanction",
        "aid": "aid",
        "statement": "announce",
    }),
}

# Lemmas (or singular forms) of nouns that name an event: *2.687 frappes*,
# *la prise de Raqqa*, *the siege of Mariupol*.
NOUN_TRIGGERS: dict[str, dict[str, str]] = {
    "fr": _table({
        "attack": "attaque assaut offensive descente incursion embuscade attentat",
        "clash": "affrontement combat bataille accrochage",
        "strike": "frappe raid bombardement pilonnage tir bombe explosion",
        "destroy": "destruction",
        "kill": "massacre assassinat exécution meurtre",
        "capture": "prise capture conquête reconquête libération",
        "siege": "siège blocus encerclement",
        "ease": "déblocage levée réouverture",
        "evacuate": "évacuation héliportage exfiltration rapatriement",
        "withdraw": "retrait repli",
        "deploy": "déploiement percée avancée mobilisation",
        "negotiate": "négociation pourparlers",
        "agree": "accord cessez-le-feu trêve",
        "protest": "manifestation protestation rassemblement grève",
        "arrest": "arrestation interpellation",
        "threaten": "menace ultimatum",
        "reject": "rejet refus",
        "accuse": "accusation",
        "sanction": "sanction embargo",
        "aid": "aide humanitaire",
        "statement": "communiqué déclaration",
    }),
    "en": _table({
        "attack": "attack assault offensive raid incursion ambush",
        "clash": "clash fighting battle skirmish",
        "strike": "strike airstrike bombing shelling bombardment explosion",
        "destroy": "destruction",
        "kill": "massacre killing assassination execution",
        "capture": "capture seizure takeover conquest",
        "siege": "siege blockade encirclement",
        "ease": "reopening",
        "evacuate": "evacuation airlift extraction",
        "withdraw": "withdrawal retreat pullout",
        "deploy": "deployment advance breakthrough mobilization",
        "negotiate": "negotiation talks",
        "agree": "agreement ceasefire truce deal",
        "protest": "protest demonstration rally walkout",
        "arrest": "arrest detention",
        "threaten": "threat ultimatum",
        "reject": "rejection refusal",
        "accuse": "accusation",
        "sanction": "sanctions embargo",
        "aid": "aid",
        "statement": "statement communique",
    }),
}

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


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``events`` filled."""
    return dataclasses.replace(article, events=tuple(extract_events(doc, article)))


def extract_events(doc: Doc, article: Article) -> list[Event]:
    """Return the events the article reports, one per trigger word."""
    lang = article.lang if article.lang in VERB_TRIGGERS else "fr"
    events = []
    for tok in doc:
        found = _trigger_type(tok, lang)
        if found is not None:
            events.append(_event(tok, found[0], found[1], article))
    return events


def _trigger_type(tok: Token, lang: str) -> tuple[str, bool] | None:
    """Return (event type, used as a noun) when ``tok`` is a trigger."""
    if tok.pos_ in ("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "SPACE"):
        return None
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") or _is_nominal(tok):
        form = tok.lower_
        for key in (lemma, form, form[:-1] if form.endswith("s") else form):
            if key in NOUN_TRIGGERS[lang]:
                return (NOUN_TRIGGERS[lang][key], True) if not _modifier_use(tok) else None
    if tok.pos_ in ("VERB", "ADJ"):
        if lemma in _AMBIGUOUS_CAPTURE:
            # *prendre Raqqa* is a capture, *prendre une décision* is not.
            ok = any(c.dep_ in _OBJ and c.ent_type_ in ("LOC", "GPE") for c in tok.children)
            return ("capture", False) if ok else None
        if lemma == "retirer" and not any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
            return None  # *retirer une plainte*; only *se retirer* is a withdrawal
    if tok.pos_ in ("VERB", "ADJ") or any(c.dep_ == "cop" for c in tok.children):
        etype = VERB_TRIGGERS[lang].get(lemma) or VERB_TRIGGERS[lang].get(_infinitive(lemma, lang))
        return (etype, False) if etype else None
    return None


def _infinitive(lemma: str, lang: str) -> str:
    # Participles left unlemmatised: *la ville est assiégée* (lemma
    # *assiégé*), *the besieged city* (lemma *besieged*).
    if lang == "fr" and lemma.endswith("é"):
        return lemma[:-1] + "er"
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
                          "campaign", "wave", "series", "round", "salvo"})


def _modifier_use(tok: Token) -> bool:
    bare = not any(c.dep_ in ("det", "nummod") for c in tok.children)
    de = any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in tok.children)
    compound = tok.dep_ == "compound"  # *attack helicopters*, *combat troops*
    return compound or (tok.dep_ == "nmod" and bare and de
                        and tok.head.lemma_.lower() not in _EVENT_HEADS)


def _event(tok: Token, etype: str, nominal: bool, article: Article) -> Event:
    trigger = Span.of(article.text, tok.idx, tok.idx + len(tok.text))
    clause = _clause(tok)
    att_id, att_hedged = _attribution(article, trigger)
    return Event(
        id=stable_id(article.id, "event", trigger.start, trigger.end, prefix="ev-"),
        type=etype,
        trigger=trigger,
        plover=PLOVER.get(etype),
        acled=ACLED.get(etype),
        actor=_entity_at(article.entities, _actor_token(tok)),
        target=_entity_at(article.entities, _target_token(tok, nominal)),
        place=_nearest(((p.id, p.span) for p in article.places), clause, trigger),
        date=_nearest(((d.id, d.span) for d in article.dates), _sentence(tok), trigger),
        quantities=tuple(q.id for q in article.quantities if _inside(q.span, clause)),
        attribution=att_id,
        hedged=bool(att_hedged) or _conditional(tok),
    )


# ---------------------------------------------------------------- roles

def _actor_token(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in _AGENT:
            # English attaches *by* itself as agent: *attacked by the army*
            return next((g for g in c.children if g.dep_ == "pobj"), c)
    for c in tok.children:
        if c.dep_ in _SUBJ:
            if c.pos_ == "PRON" and tok.dep_ in ("acl:relcl", "relcl"):
                return tok.head  # *les avions qui ont bombardé* → les avions
            return c
    if tok.dep_ == "conj":
        return _actor_token(tok.head)  # *1.417 raids et 2.687 frappes* share the actor
    if tok.dep_ in _OBJ and tok.head.lemma_.lower() in LIGHT_VERBS:
        return _actor_token(tok.head)
    if tok.dep_ == "xcomp":
        return _actor_token(tok.head)  # *X a décidé de frapper*
    return None


def _target_token(tok: Token, nominal: bool) -> Token | None:
    for c in tok.children:
        if c.dep_ in _OBJ or c.dep_ in _PASS_SUBJ:
            return c
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


def _against(tok: Token) -> Token | None:
    for c in tok.children:
        if any(g.lower_ in ("contre", "against") for g in c.children if g.dep_ == "case"):
            return c
        if c.dep_ == "prep" and c.lower_ == "against":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _entity_at(entities: Iterable[Entity], tok: Token | None) -> str | None:
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
    best: tuple[int, str] | None = None
    for ent in entities:
        for m in ent.mentions:
            if m.start < head[1] and head[0] < m.end:
                return ent.id
            if any(m.start < hi and lo < m.end for lo, hi in parts):
                dist = abs(m.start - head[0])
                if best is None or dist < best[0]:
                    best = (dist, ent.id)
    return best[1] if best else None


# ---------------------------------------------------------------- context

def _clause(tok: Token) -> tuple[int, int]:
    # A noun trigger's clause is its verb's: *ses avions ont effectué 1.417
    # raids contre les camps de Daech en Syrie*.
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("ROOT",) and head.head is not head:
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


def _attribution(article: Article, trigger: Span) -> tuple[str | None, bool | None]:
    ident = article.attribution_at(trigger)
    if ident is None:
        ident = next((a.id for a in article.attributions if a.content.overlaps(trigger)), None)
    hedged = next((a.hedged for a in article.attributions if a.id == ident), None)
    return ident, hedged


def _conditional(tok: Token) -> bool:
    # *aurait permis*, *auraient tué* (Mood=Cnd on the auxiliary), *would have
    # killed*.
    words = [tok, *(c for c in tok.children if c.dep_.startswith("aux"))]
    if tok.dep_ in ("xcomp",) and tok.head.pos_ == "VERB":
        words.append(tok.head)
    return any("Cnd" in w.morph.get("Mood") or w.lower_ in _EN_HEDGE_AUX for w in words)
