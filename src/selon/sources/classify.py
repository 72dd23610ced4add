"""Source typing: every attribution's source becomes a typed :class:`Source`.

For each source noun phrase (``source_ref`` when set, it names the fuller mention)
the type comes, in this order, from (see docs/kb.md, "Source types"):

1. the knowledge base, when the phrase is a KB name ("l'Observatoire syrien des
   droits de l'homme, instance médiatique…" → monitor_ngo) or when its head is a
   descriptor the name specialises ("le site d'information libanais El Nashra");
2. the head noun (lexicons in data/kb/lexicons/roles.yaml): "l'expert russe" →
   expert; a relational head takes its complement's type ("le porte-parole du
   ministère" → government, "le chef de mission de MSF" → monitor_ngo);
3. an apposition with such a head ("Jacques Witkowski, préfet de la Manche").

Sources that name the same real-world source are merged: same KB entry, same entity
(the entities layer groups "Sourovikine" with the full phrase), or same folded text.
``party_to_conflict``: see :func:`belligerents`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, ORTH

from ..extract.quotes import QuoteIndex
from ..model import Article, Attribution, Entity, Source, Span, stable_id
from ..nlp.pipeline import ents_within, token_columns
from .kb import KBEntry, KnowledgeBase, load_kb, normalize
from .lexicons import Lexicons, RoleMatch, load_lexicons, normalize_word, word_spans, words
from .profile import build_profile
from .speakers import Speaker, extend_right, find_speakers, outlet_prefix, relative_antecedent, unwrap

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MEDIA = {"media", "state_media", "news_agency", "social_media"}
# Source types that can be a side of an armed conflict (the rule in docs/kb.md).
PARTY_TYPES = {"military", "armed_group", "government"}
_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "on", "he", "she", "they", "him", "her",
             "them", "it", "celui-ci", "celle-ci", "ce dernier", "cette derniere", "l'interesse"}
# A head descriptor that a KB name specialises: "le site d'information El Nashra" is El Nashra.
_DESCRIPTOR_TYPES = {"media", "news_agency", "social_media", "monitor_ngo", "international_org",
                     "company", "government", "military", "armed_group", "judiciary_police"}


@dataclasses.dataclass
class _Desc:
    """What one source phrase says about its source."""

    text: str
    type: str = "unknown"
    entry: KBEntry | None = None
    country: str | None = None
    anonymous: bool = False
    named: bool = False
    evidence: list[str] = dataclasses.field(default_factory=list)
    party_key: str | None = None
    kb_typed: bool = False  # the source *is* ``entry`` (not a person or part of it)
    recovered: str | None = None  # found without an attribution source: the rule (sources/speakers.py)
    state: bool = False  # an outlet the phrase itself calls the state's ("la télévision d'État")


# "Côté syndical", "du côté des syndicats", "côté gouvernement": a side marker that names a body
_SIDE = re.compile(r"^(?:du\s+|de\s+notre\s+)?côté\s+(?:(?:du|de\s+la|de\s+l['’]|des)\s+)?([\w'’-]+)$", re.I)
_SIDE_ADJECTIVES = {"syndical": "syndicat", "patronal": "patronat", "gouvernemental": "gouvernement",
                    "ministériel": "ministère", "présidentiel": "présidence", "judiciaire": "justice",
                    "policier": "police", "diplomatique": "diplomatie", "municipal": "mairie",
                    "associatif": "association", "hospitalier": "hôpital", "médical": "médecin",
                    "universitaire": "université", "militaire": "armée", "religieux": "église"}
# Role words that are also given names, never titles before a name
_FIRST_NAMES_LIKE_ROLES = frozenset({"marine"})


def _parts(text: str) -> list[str]:
    """Split a source phrase into its head phrase and appositions (commas, parentheses)."""
    return [p.strip(" «»\"") for p in re.split(r"[,()]", text) if p.strip(" «»\"")]


def _is_named(text: str, kb_hits: list, lex: Lexicons) -> bool:
    """Return True when the phrase holds a proper name (not a demonym or country)."""
    if kb_hits:
        return True
    raw = re.findall(r"[\w’'.-]+", text)
    for i, tok in enumerate(raw):
        bare = tok.split("'")[-1].split("’")[-1].strip(".")
        if i == 0 or not bare[:1].isupper():
            continue
        folded = words(bare)
        if folded and (folded[0] in lex.demonyms or (folded[0],) in lex.countries
                       or lex.match_at(folded, 0)):
            continue
        return True
    return False


_PREPOSITION = re.compile(r"\s(?:(?:de|du|des|of|at|from|for|à|au|aux|chez|pour|in|with|close\s+to|proche)\b\s*"
                          r"|d[’'])", re.IGNORECASE)
# Capitalised words that end or open the name of an outlet not in the KB.
_MEDIA_NAME = re.compile(r"\b(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Daily|Courier|"
                         r"Observer|Magazine|Matin|Soir|Quotidien|Hebdo|Presse|Dépêche|Gazette)\b")


# An outlet the phrase calls the state's own: state media ("d'État", "state-run"), or an official or
# public one, state-affiliated but typed as an outlet ("l'agence officielle", "la radio publique").
_STATE_OUTLET = re.compile(r"\b(?:d['’]\s?(?:É|E)tat|étatiques?|gouvernementale?s?|state(?:[- ](?:run|owned|controlled))?"
                           r"|government[- ](?:run|owned|controlled)|(?P<official>officielle?s?|publique?s?|official|public))\b",
                           re.IGNORECASE)


# "le groupe Michelin", "le groupe agroalimentaire Lactalis": a business group named after its head noun
# (a group a role or the KB types, armed, parliamentary or known, never reaches this test)
_FIRM_NAME = re.compile(r"^(?i:(?:(?:le|du|au)\s+)?groupe\s+)(?P<mods>(?:(?!(?:de|des|du|d|la|le|les|et)\b)[a-zéèêàâîôûç-]+\s+){0,2})[A-Z][\w&.-]+")
# A share of people: "some 56 percent of voters", "two in three", "58 % des sondés", "un Français sur deux"
_SHARE = re.compile(r"^(?:(?:about|nearly|almost|some|only|just|roughly|more\s+than|fewer\s+than|over|under|près\s+de|"
                    r"environ|plus\s+de|moins\s+de|seuls?|quelque)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:percent|per\s+cent|%)"
                    # "Thirty percent", "Forty-six percent"; "half of respondents", "two-thirds of voters"
                    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
                    r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                    r"\s+(?:percent|per\s+cent)"
                    r"|(?:(?:a|one|two|three)[\s-])?(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|plurality)"
                    r"\s+of\s+(?:(?:all|the|those)\s+)?(?:respondents|voters|likely\s+voters|registered\s+voters|"
                    r"adults|americans|those\s+(?:polled|surveyed|asked)|people\s+(?:polled|surveyed))"
                    r"|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|"
                    r"nine|ten|\d+)|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|\d+)\s+[\w-]+\s+sur\s+(?:deux|trois|"
                    r"quatre|cinq|six|sept|huit|neuf|dix|\d+))(?!\w)", re.IGNORECASE)
_OWNER_WORDS = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "their"})


# Words of an election in an apposition: the person runs or ran for office.
_ELECTORAL = re.compile(r"\b(?:primaires?|présidentielles?|législatives?|municipales|régionales|européennes|"
                        r"sénatoriales|cantonales|élections?|scrutin|(?:premier|second|deuxième)\s+tour|"
                        r"elections?|re-?election|electoral|campaign(?:ing)?\s+for)\b", re.IGNORECASE)


def head_of(part: str) -> str:
    """Return ``part`` up to its first preposition or relative pronoun ("a spokesman for X" → "a
    spokesman", "a paramedic who treated the driver" → "a paramedic")."""
    return _RELATIVE_CUT.split(_PREPOSITION.split(part, maxsplit=1)[0], maxsplit=1)[0]


_RELATIVE_CUT = re.compile(r"\s(?:who|whom|whose|which|qui|dont|lequel|laquelle)\b", re.IGNORECASE)


def _last_role(text: str, lex: Lexicons) -> str | None:
    """Return the type of the last role in ``text``; a relational one takes an earlier role's type."""
    toks = words(text)
    roles = _not_body_names(lex.find_roles(toks), toks, lex)
    if not roles:
        return None
    last = roles[-1]
    if last.relational:
        earlier = [r.type for r in roles[:-1] if not r.relational]
        return earlier[-1] if earlier else (last.type if last.type != "unknown" else None)
    return last.type


_DETERMINERS = {"le", "la", "les", "l'", "the", "this", "that", "these", "those", "ce", "cet", "cette",
                "ces", "son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their", "our", "nos", "notre"}


def _named_outside(text: str, hits: list, lex: Lexicons) -> bool:
    """Return True when a name stands outside the KB matches ("le député LFI Eric Coquerel")."""
    rest, last = [], 0
    for start, end, _ in hits:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    return _is_named(" ".join(rest), [], lex)


def _complement_type(toks: list[str], role: RoleMatch, kb_hits: list, lex: Lexicons) -> str | None:
    """Return the type of a relational head's complement ("du ministère…" → government)."""
    if kb_hits:
        return kb_hits[0][2].type
    rest = toks[role.index + len(role.phrase):]
    # a relative clause says what the person did, not whom they speak for ("the owner of X who ran for president")
    rest = rest[:next((i for i, w in enumerate(rest) if w in _RELATIVES), len(rest))]
    found = _not_body_names(lex.find_roles(rest), rest, lex)
    for sub in found:
        if not sub.relational and sub.type not in ("anonymous", "document"):
            return sub.type
    # "un conseiller ministériel", "un responsable syndical": an adjective names the body
    if rest and (body := _ADJECTIVE_BODIES.get(rest[0])) is not None:
        sub = lex.head_role(words(body))
        if sub is not None and sub.type not in ("unknown", "anonymous", "document"):
            return sub.type
    # "l'entourage du président": a relational complement that has a type of its own
    for sub in found:
        if sub.relational and sub.type not in ("unknown", "anonymous", "document"):
            return sub.type
    # English names the body before the role: "a U.S. Treasury spokesperson"
    # "the union's president": the owner's possessive ending is no part of its name;
    # a lawyer speaks for the client, a private person too ("the family's lawyer")
    before = [t[:-2] if t.endswith(("'s", "’s")) else t for t in toks[:role.index]]
    if _PARTY_ADJECTIVES.intersection(before):
        return "politician"  # "a senior Democratic aide", "a Republican strategist": the party's people
    titled = [lex.honorifics[t] for k, t in enumerate(before) if t in lex.honorifics
              and k + 1 < len(before) and not _names_a_body(before[k + 1])]
    if titled:
        return titled[-1]  # "Rep. Dana Pike's chief of staff": the titled owner's people
    excluded = ("anonymous", "document") if role.phrase in _COUNSEL else ("anonymous", "document", "citizen")
    for sub in reversed(_not_body_names(lex.find_roles(before), before, lex)):
        if sub.type not in excluded and (not sub.relational or sub.type != "unknown"):
            return sub.type
    return None




def _title_after_place(part: str, lex: Lexicons) -> str | None:
    """The title of "Maine Sen. Jo Dale" (after at most three capitalised words), of "Rep. Al Roe", else None."""
    toks = part.split()
    for i, tok in enumerate(toks[:4]):
        if not tok[:1].isupper():
            return None
        if i + 1 < len(toks) and toks[i + 1][:1].isupper() and normalize_word(tok) in lex.honorifics \
                and not _names_a_body(toks[i + 1]):
            return tok
    return None

_RELATIVES = frozenset({"who", "whom", "whose", "which", "qui", "dont", "lequel", "laquelle"})
# Capitalised words that make "General X" a body's name, not a rank before a person's name
# ("General Motors", "General Assembly", "General Hospital"), folded.
_BODY_NAME_WORDS = frozenset({
    "motors", "motor", "electric", "mills", "dynamics", "atomics", "foods", "assembly", "hospital", "hospitals",
    "council", "accounting", "services", "administration", "insurance", "partners", "corporation", "corp",
    "company", "co", "inc", "group", "holdings", "industries", "instruments", "electronics", "healthcare",
    "court", "conference", "synod", "secretariat", "directorate", "office", "counsel",
    "electricite", "hopital", "conseil", "direction", "inspection", "confederation"})


def _not_body_names(found: list[RoleMatch], toks: list[str], lex: Lexicons) -> list[RoleMatch]:
    """``found`` less the ranks that open a body's name ("general" in "General Motors")."""
    return [r for r in found if not (len(r.phrase) == 1 and toks[r.index] in lex.honorifics
                                     and r.index + 1 < len(toks) and _names_a_body(toks[r.index + 1]))]


def _names_a_body(word: str) -> bool:
    """True when the capitalised word after a rank makes a body's name ("Motors" in "General Motors")."""
    return normalize_word(re.sub(r"['’]s?$", "", word)) in _BODY_NAME_WORDS
# English party names used as adjectives before a role (folded).
_PARTY_ADJECTIVES = frozenset({"democratic", "republican", "gop", "tory", "labour"})
# Roles that speak for a client: the client's type is theirs (a private person's lawyer is a citizen).
_COUNSEL = frozenset({("lawyer",), ("attorney",), ("lawyers",), ("attorneys",), ("avocat",), ("avocate",)})
# Nouns of figures and data: the source is who publishes them.
_DATA_NOUNS = frozenset({"chiffres", "chiffre", "donnees", "statistiques", "estimations", "estimation", "releves",
                         "decompte", "comptage", "figures", "data", "statistics", "estimates", "numbers"})
_COUNSEL_WORDS = frozenset({"avocat", "avocate", "avocats", "avocates", "lawyer", "lawyers", "attorney", "attorneys"})
# Adjectives after a relational role that name the body it belongs to (folded, all genders and numbers).
_ADJECTIVE_BODIES = {f: noun for adj, noun in {
    "ministeriel": "ministère", "gouvernemental": "gouvernement", "presidentiel": "présidence",
    "syndical": "syndicat", "patronal": "patronat", "municipal": "mairie", "prefectoral": "préfecture",
    "policier": "police", "judiciaire": "justice", "militaire": "armée", "diplomatique": "diplomatie",
    "associatif": "association", "hospitalier": "hôpital", "universitaire": "université",
    "onusien": "onu", "religieux": "église", "humanitaire": "ong"}.items()
    for f in (adj, adj + "e", adj + "s", adj + "es", adj[:-1] + "ux" if adj.endswith("l") else adj + "x",
              adj[:-2] + "ere" if adj.endswith("er") else adj, adj[:-2] + "eres" if adj.endswith("er") else adj,
              adj[:-1] + "ve" if adj.endswith("f") else adj, adj[:-1] + "ves" if adj.endswith("f") else adj,
              adj + "ne" if adj.endswith("en") else adj, adj + "nes" if adj.endswith("en") else adj,
              adj + "le" if adj.endswith("el") else adj, adj + "les" if adj.endswith("el") else adj)}


_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
_COMPLEMENT_AFTER = re.compile(r"^\s+(?:des|du|de\s+la|de\s+l['’]|d['’])\s*[a-zà-ÿ]")
_OPENERS = frozenset({"the", "le", "la", "les", "l", "selon", "according", "pour", "for", "by", "par"})


def _inside_longer_name(text: str, hit: tuple[int, int, KBEntry]) -> bool:
    """A loose KB name that is only part of a longer name: "the Culinary Workers Union" (a
    capitalised word before it), "l'Union des métiers de…" (a complement after it)."""
    start, end, entry = hit
    if not entry.loose:
        return False
    before = _WORD_BEFORE.search(text[:start])
    if before and before.group(1)[:1].isupper() and before.group(1).lower().strip("'’") not in _OPENERS:
        return True
    # "the National Weather Service": the start of a longer capitalised name
    return bool(_COMPLEMENT_AFTER.match(text[end:]) or _NAME_AFTER.match(text[end:]))


_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]")


def describe(text: str, kb: KnowledgeBase, lex: Lexicons) -> _Desc:
    """Return the type, country, KB entry, anonymity and evidence of one source phrase."""
    desc = _Desc(text=text)
    parts = _parts(text) or [text]
    whole = kb.lookup(parts[0], metonyms=True)
    hits = [h for h in kb.find_in(text) if not _inside_longer_name(text, h)]
    desc.named = _is_named(text, hits, lex) or whole is not None
    toks0 = words(parts[0])
    side = _SIDE.match(parts[0])
    if side is not None:
        # "Côté syndical, on estime…", "du côté russe": the side stands for its body, unnamed
        word = side.group(1).lower()
        toks0 = [_SIDE_ADJECTIVES.get(word, word)]
    role = lex.head_role(toks0)
    compound_plural = False
    given_name = bool(toks0) and toks0[0] in _FIRST_NAMES_LIKE_ROLES and bool(_PERSON_NAME.match(parts[0]))
    if given_name:
        role = None  # "Marine Le Pen" is a person, not the navy
    if role and toks0[role.index] in lex.honorifics and role.index + 1 < len(toks0) \
            and _names_a_body(toks0[role.index + 1]):
        role = None  # "General Motors", "the General Assembly": a body's name, not a rank
    if role and _PERSON_NAME.match(parts[0]) and role.phrase[-1] != toks0[role.index + len(role.phrase) - 1]:
        role = None  # "Marie Durand" is no "mari": a first name that only an inflection makes a role
    head_words = words(head_of(parts[0]))
    if role is not None and len(head_words) == len(toks0[:len(head_words)]) and head_words:
        last = lex.find_roles(head_words)
        if last and last[-1].index > role.index and last[-1].index + len(last[-1].phrase) == len(head_words) \
                and role.phrase in lex.english:
            # English compounds end on their head: "a State Department official" is an official
            # (not French, where the adjective follows: "un élu local" is an élu)
            role = dataclasses.replace(last[-1], former=role.former)
    role_part = parts[0]
    if role is None and not whole:
        for part in parts[1:]:
            # "Florent Gueguen, de la Fédération…": the body the person speaks for
            part = re.sub(r"^(?:de la|de l['’]|du|des|de|of the|of|from the|from)\s+", "", part, flags=re.I)
            role = lex.head_role(words(part))
            if role:
                role_part = part
                hits = kb.find_in(part) or hits
                break
    if whole:
        _use_kb(desc, whole)
        desc.evidence += [f"apposition: {p}" for p in parts[1:]]
    elif role and role.relational:
        comp = _complement_type(words(role_part), role, hits, lex)
        desc.type = comp or role.type
        desc.evidence.append(_role_evidence(role_part, role))
        if hits:
            desc.entry = hits[0][2]
            desc.evidence.append(f"kb:{desc.entry.id}")
    elif role and hits and not _named_outside(text, hits, lex) and (
            role.type == hits[0][2].type
            or (role.type in _DESCRIPTOR_TYPES and hits[0][2].is_media == (role.type in _MEDIA))):
        _use_kb(desc, hits[0][2])  # "le site d'information libanais El Nashra" is El Nashra
    elif role and role.type == "document" and role.phrase[-1] in _DATA_NOUNS and (
            hits or _complement_type(words(role_part), dataclasses.replace(role, relational=True), [], lex)):
        # "les chiffres publiés par France Travail", "les données de la préfecture": figures speak for
        # whoever publishes them (a study or a report is a document of its own)
        if hits:
            _use_kb(desc, hits[0][2])
        else:
            desc.type = _complement_type(words(role_part), dataclasses.replace(role, relational=True), [], lex) \
                or role.type
        desc.evidence.append(_role_evidence(role_part, role))
    elif role:
        desc.type = role.type
        desc.evidence.append(_role_evidence(role_part, role))
        if hits:
            desc.entry = hits[0][2]
            desc.evidence.append(f"kb:{desc.entry.id}")
    elif hits:
        _use_kb(desc, hits[0][2])
    elif not given_name and (fallback := _last_role(head_of(parts[0]), lex)) is not None:
        # English puts the head last after compound modifiers: "a Homeland Security
        # Department official" → official (government).
        desc.type = fallback
        desc.evidence.append(head_of(parts[0]))
        # "Clark County officials": a plural head after names, with no determiner, names no one
        last_role = lex.find_roles(toks0[-1:]) if toks0 else []
        compound_plural = bool(last_role) and last_role[0].phrase in lex.english and toks0[-1].endswith("s") \
            and toks0[0] not in _DETERMINERS and all(w[:1].isupper() for w in parts[0].split()[:-1])
    elif not given_name and (later := next((t for part in parts[1:] if (t := _last_role(head_of(part), lex))
                                            and t not in ("unknown", "anonymous")), None)) is not None:
        # "Jon Doe, a Middle East analyst with…": an apposition whose head comes after its modifiers
        desc.type = later
        desc.evidence.append(next(p for p in parts[1:] if _last_role(head_of(p), lex) == later))
    elif side is not None and toks0[0] in lex.demonyms:
        desc.type, desc.country = "government", lex.demonyms[toks0[0]]  # "côté russe, on dément"
        desc.evidence.append(parts[0])
    elif (code := lex.countries.get(tuple(toks0[1:] if toks0[:1] in (["the"], ["la"], ["le"], ["l'"]) else toks0))):
        desc.type, desc.country = "government", code  # "Russia said", "la France a dénoncé"
        desc.evidence.append("country")
    elif _MEDIA_NAME.search(parts[0]):
        desc.type = "media"  # "the Dallas Morning News", "Le Journal de Saône-et-Loire"
        desc.evidence.append(_MEDIA_NAME.search(parts[0]).group(0))  # type: ignore[union-attr]
    elif re.search(r"@\w{2,}", text):
        desc.type = "social_media"  # "BRIGITTE BARDOT (@brigitte_bardot)": an account speaks
        desc.evidence.append(re.search(r"@\w{2,}", text).group(0))  # type: ignore[union-attr]
    elif (firm := _FIRM_NAME.match(parts[0])) is not None and not any(
            w in lex.demonyms for w in words(firm.group("mods") or "")):
        desc.type = "company"  # "le groupe Michelin", "le groupe hôtelier Accor": a named group no KB entry types
        desc.evidence.append(parts[0])
    elif _SHARE.match(parts[0]):
        desc.type, desc.anonymous = "citizen", True  # "56 percent of voters", "deux sondés sur trois": the public polled
        desc.evidence.append(_SHARE.match(parts[0]).group(0))  # type: ignore[union-attr]
    elif toks0 and toks0[0] in lex.honorifics and not (len(toks0) > 1 and _names_a_body(toks0[1])):
        # a rank before a person's name ("General Lee"), not a body's name ("General Motors")
        desc.type = lex.honorifics[toks0[0]]
        desc.evidence.append(parts[0].split()[0])
    elif (titled := next((t for p in parts if (t := _title_after_place(p, lex))), None)) is not None:
        # "Maine Sen. Jo Dale", "…, Rep. Al Roe": a title after a place name, or opening an apposition
        desc.type = lex.honorifics[normalize_word(titled)]
        desc.evidence.append(titled)
    group = _GROUP.search(text)
    if desc.type == "unknown" and group is not None and (
            others := _last_role(head_of(text[group.start():].split(" ", 2)[-1]), lex)) is not None:
        # "Mme Durand et d'autres militants": a group typed by the others named with the person
        desc.type = others
        desc.evidence.append(text[group.start():].strip())
    if not desc.kb_typed and re.search(r"\(@\w{2,}\)$", text.strip()):
        # "Marche pour la vie (@MarchePourLaVie)": the signature of a post is an account, whatever its name says
        desc.type = "social_media"
        desc.evidence.append(re.search(r"@\w{2,}", text).group(0))  # type: ignore[union-attr]
    if desc.type == "anonymous" and role is not None and role.phrase == ("source",) and (
            body := _ADJECTIVE_BODIES.get(next(iter(toks0[role.index + 1:role.index + 2]), ""))) is not None and (
            sub := lex.head_role(words(body))) is not None and sub.type not in ("unknown", "anonymous", "document"):
        desc.type = sub.type  # "une source ministérielle", "une source municipale": unnamed, of a known kind
        desc.evidence.append(parts[0])
    if desc.type in ("media", "news_agency") and not desc.kb_typed and (state := _STATE_OUTLET.search(parts[0])):
        # "la télévision d'État russe", "state broadcaster RTNC", "l'agence officielle": the state's own outlet
        desc.state = True
        if desc.type == "media" and not state.group("official"):
            desc.type = "state_media"
    if desc.type == "unknown" and not hits and toks0[:1] in (["nos"], ["notre"], ["our"]):
        # "selon nos informations", "our reporting": the outlet that publishes the article
        desc.type = "media"
        desc.evidence.append("the article's own outlet")
    people = False
    head_words = words(head_of(parts[0]))
    last = head_words[-1].split("-")[-1] if head_words else ""
    if desc.type == "unknown" and not hits and whole is None and last.endswith(("s", "x")) and (
            last in lex.demonyms or last[:-1] in lex.demonyms):
        # "many African-Americans", "des Syriens": a people speaking, an unnamed group of citizens
        desc.type, people = "citizen", True
        desc.country = lex.demonyms.get(last) or lex.demonyms.get(last[:-1])
        desc.evidence.append(head_of(parts[0]))
    if desc.type == "unknown" and desc.named and any(_ELECTORAL.search(p) for p in parts[1:]):
        # "X, battue au premier tour des législatives": an apposition about an election
        desc.type = "politician"
        desc.evidence.append(next(p for p in parts[1:] if _ELECTORAL.search(p)))
    if role and role.former and desc.type == "government":
        desc.type = "politician"  # "l'ex-Premier ministre", "former president": no longer in office
    toks = words(text)
    desc.country = desc.country or lex.country_in(toks) or (desc.entry.country if desc.entry else None)
    # A name in a complement names an affiliation, not the speaker: "une chercheuse de
    # l'université de Genève", "a spokesman for the Pentagon" stay anonymous.
    head_text = head_of(parts[0])
    unnamed = not (_is_named(head_text, [], lex) or kb.lookup(head_text) is not None)
    spans = word_spans(head_text)
    ends_on = lex.find_roles([w for w, _, _ in spans])
    if ends_on and ends_on[-1].index > 0 and ends_on[-1].index + len(ends_on[-1].phrase) == len(spans) \
            and head_text[spans[ends_on[-1].index - 1][1]:][:1].isupper() and kb.lookup(head_text) is None:
        unnamed = True  # names right before the head only qualify it: "a State Department official"
    # "officials said", "senior U.S. officials": a plural head with no determiner.
    head_end = role.index + len(role.phrase) - 1 if role else -1
    bare_plural = bool(role and role_part is parts[0] and 0 <= head_end < len(toks0)
                       and toks0[0] not in _DETERMINERS and (toks0[head_end].endswith("s")
                                                             or toks0[head_end] in ("media", "people")))
    # "Senior Defense Official said": a title standing for a name it withholds
    title_only = bool(role and role_part is parts[0] and toks0 and toks0[0] not in _DETERMINERS
                      and head_end == len(toks0) - 1 and unnamed and parts[0].strip()[:1].isupper()
                      and all(w[:1].isupper() for w in parts[0].split()))
    if not unnamed and role is not None and role_part is parts[0] and role.index > 0 and lex.is_indefinite(toks0) \
            and not _named_outside(head_text, kb.find_in(head_text), lex):
        unnamed = True  # "un délégué FO", "un responsable du Hezbollah": the body is named, not the person
    # "son avocat", "sa voisine", "their lawyers": a person known only by a relation to someone else
    possessed = bool(role and role_part is parts[0] and toks0[:1] and toks0[0] in _OWNER_WORDS
                     and (role.type == "citizen" or role.phrase in _COUNSEL))
    desc.anonymous = (unnamed or compound_plural) and (lex.is_indefinite(toks0) or bare_plural or compound_plural
                                                       or desc.type == "anonymous"
                                  or bool(role and role.phrase[0] == "source") or title_only or possessed
                                  or bool(_SHARE.match(parts[0])))
    if desc.anonymous and desc.type != "anonymous" and not (role and role.phrase[0] == "source") \
            and any(_PERSON_NAME.match(p) for p in parts[1:]):
        desc.anonymous = False  # "un sénateur belge, Marc Lenoir": the apposition names the person
    if people:
        desc.anonymous, desc.named = True, False
    if side is not None and desc.type not in ("unknown", "anonymous"):
        desc.anonymous = False  # "du côté des syndicats": unnamed, but of a known kind
    if desc.type in ("document", "social_media"):
        desc.anonymous = False  # "un rapport", "une vidéo": a thing, not an unnamed person
    if desc.anonymous and desc.type == "unknown" and not possessed:
        desc.type = "anonymous"  # (a possessed counsel keeps its type open: the client's is found later)
    desc.party_key = (desc.entry.party_key if desc.entry else None) or desc.country
    return desc


def _use_kb(desc: _Desc, entry: KBEntry) -> None:
    desc.entry = entry
    desc.type = entry.type
    desc.country = entry.country
    desc.kb_typed = True
    desc.evidence.insert(0, f"kb:{entry.id}")


_TRAILING = {"de", "des", "du", "d'", "en", "a", "au", "aux", "of", "the", "in", "at", "le", "la", "les", "l'",
             "for", "from", "pour", "chez"}


def _role_evidence(part: str, role: RoleMatch) -> str:
    """Return ``part`` from its start through the head role and its lower-case modifiers.

    "l'expert russe Konstantin Sivkov" → "l'expert russe"; "le commandant des forces
    russes en Syrie Sergueï Sourovikine" → "le commandant des forces russes".
    """
    spans = word_spans(part)
    end = role.index + len(role.phrase)
    while end < len(spans) and part[spans[end][1]:spans[end][2]][:1].islower():
        end += 1
    while end > role.index + len(role.phrase) and spans[end - 1][0] in _TRAILING:
        end -= 1
    return part[: spans[end - 1][2]] if spans else part


def _locate(article: Article, att: Attribution, found: dict[str, list[int]] | None = None) -> Span | None:
    """Return the span of the attribution's source_ref, else of its source.

    ``found`` keeps the offsets of each source_ref in the text, searched once.
    """
    if att.source_ref:
        before = att.source.start if att.source else att.cue.start
        found = {} if found is None else found
        starts = found.get(att.source_ref)
        if starts is None:
            starts = found[att.source_ref] = [m.start() for m in re.finditer(re.escape(att.source_ref), article.text)]
        if starts:
            k = bisect.bisect_left(starts, before)  # the last one before the source, else the first
            start = starts[k - 1] if k else starts[0]
            return article.span(start, start + len(att.source_ref))
        return None
    return att.source


def _entity_of(span: Span | None, people: _Mentions) -> Entity | None:
    """The first person entity (in order) with a mention that overlaps ``span``; a name that
    modifies a role word after it is passed over for the name it qualifies ("Dayton police
    Chief Anne Moss", "Dayton police": the tagger's person *Dayton* is the town of the police)."""
    if span is None:
        return None
    hits = people.overlapping(span.start, span.end)
    hits = [h for h in hits if not _modifies_next(span, people.entities[h[0]].mentions[h[1]])]
    return people.entities[min(hits)[0]] if hits else None


# Relations of a private person: relatives, family, lawyer.
_PRIVATE_RELATIONS = frozenset("""proches famille parents avocat avocate avocats relatives family parents lawyer
lawyers attorney attorneys""".split())
_OWNER_ROLE = re.compile(r"^(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?P<rest>[a-z].*)$", re.DOTALL)


def _join_headline(article: Article, items: list[tuple[str, _Member]], find, parent: dict[str, str]) -> None:
    """A source named only in a Title Case headline ("Black Lawmakers Rip …") is the source of the
    body whose mention ends with the same words ("top black lawmakers"); its capitals are the
    headline's, not a name's."""
    line_end = article.text.find("\n")
    if line_end <= 0:
        return
    head = article.text[:line_end].split()
    if len(head) < 4 or sum(w[:1].isupper() for w in head) < 0.7 * len(head):
        return  # not a Title Case headline
    for key, member in items:
        att = member.att
        if att is None or att.source is None or att.source.end > line_end:
            continue
        title = normalize(att.source.text)
        if not title or " " not in title:
            continue
        for other, m2 in items:
            if m2 is member or find(other) == find(key) or m2.att is None or m2.att.source is None \
                    or m2.att.source.start <= line_end:
                continue
            if any(normalize(x).endswith(" " + title) for x in m2.said):
                member.desc.named = False
                member.desc.anonymous = m2.desc.anonymous
                parent[find(key)] = find(other)
                break


def _role_owner(text: str, items: list[tuple[str, _Member]], people: _Mentions, article: Article,
                kb: KnowledgeBase, lex: Lexicons) -> _Desc | None:
    """The description of the one named right before a relational role ("*Stein* spokeswoman
    Melezia Figueroa", "*Acme* lawyer John Doe"): a source named before with that name, else
    the role the article gives a person of that name elsewhere. None when there is no such owner."""
    m = _OWNER_ROLE.match(text.strip())
    if m is None:
        return None
    role = lex.head_role(words(m.group("rest")))
    if role is None or role.index != 0 or not role.relational:
        return None
    owner = re.sub(r"['’]s$", "", normalize(m.group("owner")))  # "Murphy's spokeswoman"
    for _, member in reversed(items):
        if member.desc.type not in _UNTYPED and any(owner in normalize(x).split() or owner == normalize(x)
                                                    for x in member.said):
            return member.desc
    for ent in people.entities:
        if ent.type == "person" and normalize(ent.name).endswith(owner):
            return _role_elsewhere(article, ent, kb)
    return None


def _kb_name_cut(text: str, start: int, end: int, kb: KnowledgeBase) -> Span | None:
    """The span of a knowledge-base name that a source phrase cuts short ("Journal" for "Journal du
    dimanche", where the parse reads the day as a time) or runs on past into its claim's *que*, else None."""
    if end - start > 60:
        return None
    window = text[start:min(len(text), start + 80)]
    # only a name at the start, or after one article, can pass: the first two words
    for s, e, _entry in kb.find_in(window, first_words=2):
        if text[start:start + s].strip(" '’").lower() not in ("", "l", "le", "la", "les"):
            continue
        # cut short, or run on into the claim ("au Journal de Saône-et-Loire que …")
        if s < end - start < e or (e < end - start and text[start + e:end].strip().lower() in ("que", "qu'", "qu’")):
            return Span.of(text, start + s, start + e)
    return None


def _modifies_next(span: Span, mention: Span) -> bool:
    """A name inside ``span`` followed by a lower-case word of the same phrase ("Dayton police")."""
    if not span.start <= mention.start < mention.end < span.end:
        return False
    rest = span.text[mention.end - span.start:]
    return bool(re.match(r" [a-zà-ÿ]", rest)) and not re.match(r" (?:and|et|or|ou|de|du|des|of|who|qui)\b", rest)


class _Mentions:
    """The mentions of the entities of some types, sorted by start: the few near a
    span are found by bisect, not by a scan of every mention of the text."""

    def __init__(self, entities: tuple[Entity, ...], types: tuple[str, ...]) -> None:
        self.entities = entities
        # (start, end, (entity order, mention order)): the order a scan of the entities meets them
        self.rows = sorted((m.start, m.end, (e, k)) for e, ent in enumerate(entities) if ent.type in types
                           for k, m in enumerate(ent.mentions))
        self.starts = [r[0] for r in self.rows]
        self.longest = max((r[1] - r[0] for r in self.rows), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (entity order, mention order) of the mentions that overlap ``start:end``."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [r[2] for r in self.rows[lo:hi] if r[1] > start]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The (entity order, mention order) of the mentions that start in ``lo..hi``, in that order."""
        rows = self.rows[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]
        return sorted(r[2] for r in rows)


# normalize(text) or lower, and normalize(lemma), by the strings' hashes (Token.orth,
# Token.lemma): reading the strings back from spaCy costs more than the lookup
_BY_ORTH: dict[int, str] = {}
_BY_LEMMA: dict[int, str] = {}


def _folded_orth(tok: Token) -> str:
    got = _BY_ORTH.get(tok.orth)
    if got is None:
        if len(_BY_ORTH) >= 200_000:
            _BY_ORTH.clear()
        got = _BY_ORTH[tok.orth] = normalize(tok.text) or tok.lower_
    return got


def _folded_lemma(tok: Token) -> str:
    got = _BY_LEMMA.get(tok.lemma)
    if got is None:
        if len(_BY_LEMMA) >= 200_000:
            _BY_LEMMA.clear()
        got = _BY_LEMMA[tok.lemma] = normalize(tok.lemma_)
    return got


@functools.lru_cache(maxsize=4)
def _conflict_heads(conflict: frozenset[str]) -> frozenset[str]:
    """Every start of a conflict phrase that ends before one of its spaces ("x" of "x y z",
    "x y"): a pair of words "a b" can be a listed phrase only when "a" is one of them."""
    return frozenset(p[:k] for p in conflict for k, c in enumerate(p) if c == " ")


def belligerents(doc: Doc, kb: KnowledgeBase, lex: Lexicons) -> set[str]:
    """Return the sides (country codes or armed-group keys) that the article shows fighting.

    A side fights when a sentence holds a conflict word (frappe, raids, assiégée,
    percée, attack…) and a force of that side: a KB military or armed group
    ("Daech", "l'armée syrienne"), or a force noun with a demonym ("l'aviation
    russe", "hélicoptères de combat américains", "US troops").
    """
    sides: set[str] = set()
    # each token's folded form and lemma, once per doc (the sentences slice them)
    # (as _folded_orth and _folded_lemma, from the hashes: no Token object made)
    strings = doc.vocab.strings
    orths, lowers, lemma_ids = token_columns(doc, ORTH, LOWER, LEMMA)
    if len(_BY_ORTH) >= 200_000:
        _BY_ORTH.clear()
    if len(_BY_LEMMA) >= 200_000:
        _BY_LEMMA.clear()
    get = _BY_ORTH.get
    doc_folded = [get(orth) for orth in orths]
    for i, got in enumerate(doc_folded):
        if got is None:
            orth = orths[i]
            got = _BY_ORTH.get(orth)  # an earlier token of this doc may have filled it
            if got is None:
                got = _BY_ORTH[orth] = normalize(strings[orth]) or strings[lowers[i]]
            doc_folded[i] = got
    get = _BY_LEMMA.get
    doc_lemmas = [get(lemma) for lemma in lemma_ids]
    for i, got in enumerate(doc_lemmas):
        if got is None:
            lemma = lemma_ids[i]
            got = _BY_LEMMA.get(lemma)
            if got is None:
                got = _BY_LEMMA[lemma] = normalize(strings[lemma])
            doc_lemmas[i] = got
    # The tokens that hold a conflict word (their form or lemma), and those that start one
    # of two words ("x y"): only a word that some listed phrase starts with, then a space,
    # can start one.
    conflict = lex.conflict
    heads = _conflict_heads(conflict)
    word_hit = [i for i, (form, lemma) in enumerate(zip(doc_folded, doc_lemmas))
                if form in conflict or lemma in conflict]
    pair_hit = [i for i, form in enumerate(doc_folded[:-1]) if form in heads
                and f"{form} {doc_folded[i + 1]}" in conflict]
    if not word_hit and not pair_hit:
        return sides  # no sentence below has a conflict word
    for sent in doc.sents:
        # a conflict word in the sentence, or a pair of its words that is one
        if bisect.bisect_left(word_hit, sent.start) == bisect.bisect_left(word_hit, sent.end) and \
                bisect.bisect_left(pair_hit, sent.start) == bisect.bisect_left(pair_hit, sent.end - 1):
            continue
        folded = doc_folded[sent.start:sent.end]
        sent_lemmas = doc_lemmas[sent.start:sent.end]
        for ent in ents_within(doc, sent.start, sent.end):  # sent.ents reads every entity
            entry = kb.get(ent.ent_id_) if ent.ent_id_ else kb.lookup(ent.text, fuzzy=False)
            if entry and entry.type in ("military", "armed_group") and entry.party_key:
                sides.add(entry.party_key)
            elif ent.ent_id_.startswith("force:"):
                sides.add(ent.ent_id_[6:])
        for i in range(len(folded)):
            if sent_lemmas[i] in lex.forces or folded[i] in lex.forces:
                # the demonym after the noun belongs to its phrase ("les forces armées russes"), not to the
                # clause after its verb ("its troops destroyed a Ukrainian depot")
                after = folded[i + 1:i + 5]
                stop = next((k for k in range(len(after)) if doc[sent.start + i + 1 + k].pos_ in ("VERB", "AUX")),
                            len(after))
                window = after[:stop] + folded[max(0, i - 2):i]
                code = next((lex.demonyms[w] for w in window if w in lex.demonyms), None)
                if code:
                    sides.add(code)
    return sides


def classify_sources(doc: Doc, article: Article, kb: KnowledgeBase | None = None) -> list[Source]:
    """Return one typed Source per distinct real-world source of the article's attributions.

    Attributions are grouped when they share an entity, a KB entry or a folded
    source phrase (``source_ref`` first); a pronoun source with no ``source_ref``
    joins the latest named source before it. Every attribution with a source
    yields a typed source.
    """
    kb = kb or load_kb()
    lex = load_lexicons(article.lang)
    sides = belligerents(doc, kb, lex)
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    items: list[tuple[str, _Member]] = []
    seen: list[tuple[str, str]] = []
    seen_by_word: dict[str, list[int]] = {}  # word → positions in seen of the texts that hold it
    people = _Mentions(article.entities, ("person",))
    refs: dict[str, list[int]] = {}  # source_ref → its offsets in the text (_locate)
    last_named: str | None = None
    bare_person: str | None = None  # the key of the last source named by a bare name and nothing else
    first_full: dict[str, str] = {}  # surname → key of the first full name ending on it
    last_source: str | None = None  # the key of the last unnamed "source" ("une source policière")
    recent: list[tuple[str, str]] = []  # (gender, text) of the mentions so far, in text order
    last_indefinite: dict[str, str] = {}  # folded indefinite mention ("un homme") → the key of its last mention
    speakers = find_speakers(doc, article, kb)
    by_id = {att.id: att for att in article.attributions}
    # "selon ce qu'a confié X": the speaker found stands for the attribution's own source phrase
    replaced = {sp.attribution for sp in speakers if sp.attribution}
    mentions_of: list[tuple[Span, Attribution | Speaker]] = [
        (att.source or att.cue, att) for att in article.attributions if att.id not in replaced]
    mentions_of += [(article.span(sp.start, sp.end), sp) for sp in speakers]
    # where each attribution's source ends, and where its cue starts
    quotes = QuoteIndex(article.text)
    ends = {att.source.end: att.cue.start for att in article.attributions if att.source}
    inverted = {att.source.end for att in article.attributions if att.source and att.cue_type == "verb"
                and att.cue.end <= att.source.start}
    for span, what in sorted(mentions_of, key=lambda m: m[0].start):
        cut = relay = None
        if isinstance(what, Speaker):
            att, text, said = by_id.get(what.attribution or ""), what.text, (what.text,)
            located: Span | None = span
        else:
            att = what
            if att.source_ref and normalize(att.source_ref) in _RELATIVE_WORDS:
                att = dataclasses.replace(att, source_ref=None)  # "qui" names no one: its antecedent is found apart
            text = att.source_ref or (att.source.text if att.source else None)
            said = tuple(m for m in (att.source_ref, att.source.text if att.source else None) if m and m.strip())
            located = _locate(article, att, refs)
            pron = normalize(att.source.text) if att.source is not None else ""
            if att.source_ref and pron in _SINGULAR_PRONOUNS and _gender(att.source_ref) not in (
                    None, _SINGULAR_PRONOUNS[pron]):
                # "« … », a-t-il ajouté" given "la porte-parole X" as antecedent: the last mention of
                # the pronoun's gender before it is the speaker ("le chef du gouvernement")
                alt = next((t for g, t in reversed(recent) if g == _SINGULAR_PRONOUNS[pron]), None)
                if alt is not None:
                    text, said, located = alt, (alt, att.source.text), None
            ante = relative_antecedent(doc, att.source.start, att.source.end) if (
                att.source is not None and not att.source_ref) else None
            if ante is not None:  # "des gens … qui réclamaient": the relative pronoun's antecedent speaks
                text, said, located = ante[2], (ante[2],), article.span(ante[0], ante[1])
            elif att.source is not None and not att.source_ref and att.source.end < att.cue.start and (
                    longer := extend_right(doc, att.source.start, att.source.end, att.cue.start)) is not None:
                # "Le constructeur automobile Stellantis a annoncé": the name the source phrase left out
                text, said, located = longer[2], (longer[2],), article.span(longer[0], longer[1])
            elif att.source is not None and not att.source_ref and (
                    whole := _kb_name_cut(article.text, att.source.start, att.source.end, kb)) is not None:
                # "a expliqué au Journal du dimanche" read as "Journal": the outlet's whole name
                text, said, located = whole.text, (whole.text,), whole
            fronted = _FRONTED_RELAY.match(text) if text and att.source is not None and not att.source_ref else None
            if fronted and fronted.end() < len(text):
                # "Interrogée par France Bleu, une habitante raconte": the outlet is the source of its
                # own attribution ("Interrogée par"); the speaker is the phrase after the comma
                text = text[fronted.end():]
                said = (text,)
                located = article.span(att.source.start + fronted.end(), att.source.end)
            cut = outlet_prefix(att.source.text, kb) if att.source is not None and not att.source_ref else None
            if cut:  # "à l'AFP Julie Marchand": the channel is the outlet; the speaker is found apart
                text, said = att.source.text[:cut], (att.source.text[:cut],)
                located = article.span(att.source.start, att.source.start + cut)
            ref_cut = outlet_prefix(att.source_ref, kb) if att.source_ref else None
            if ref_cut and located is not None:
                # "elle" standing for "l'AFP Julie Marchand": the pronoun is the person, not the outlet
                lead = len(att.source_ref[ref_cut:]) - len(att.source_ref[ref_cut:].lstrip())
                text = att.source_ref[ref_cut + lead:]
                said = (text, *(m for m in said if m != att.source_ref))
                located = article.span(located.start + ref_cut + lead, located.end)
            if text and att.source is not None and not att.source_ref and text == att.source.text and \
                    text.split()[-1:] and text.split()[-1][:1].isupper() and (
                    rest := _PARTICLE_SURNAME.match(article.text, att.source.end)) is not None:
                # "a lancé Marc Le Goff, secrétaire …" read as "Marc": a surname opening with Le / La
                text = article.text[att.source.start:rest.end()]
                said = (text, *said)
                located = article.span(att.source.start, rest.end())
            if text and att.source is not None and not att.source_ref and text.strip().lower() in _BARE_TITLES and (
                    name := _NAME_AFTER_TITLE.match(article.text, att.source.end)) is not None:
                # "rassure Me Céline Lasek": a title cut from the name it opens (Me read as a pronoun)
                text = article.text[att.source.start:name.end()]
                said = (text, *(m for m in said if m.strip().lower() not in _BARE_TITLES))
                located = article.span(att.source.start, name.end())
            if text and att.source is not None and not att.source_ref and _PERSON_NAME.match(text.strip()) \
                    and att.source.start > att.cue.start and att.cue_type not in ("according_to", "citing"):
                # "a affirmé Julie Marchand, porte-parole du collectif": a name given after its verb
                # without the apposition that follows it; the apposition says what the person speaks
                # as (not after "Selon Le Parisien, le club…": there the clause follows)
                tail = re.match(r",\s*([^,.;:«»()]{3,120}?)\s*(?=[,.;:)]|$)", article.text[att.source.end:att.source.end + 160])
                if tail and lex.head_role(words(tail.group(1))) is not None and not _VERB_FIRST.match(tail.group(1)):
                    text = article.text[att.source.start:att.source.end + tail.end()]
                    said = (text, *said)
            if text and att.source is not None and not att.source_ref and att.cue_type == "verb" and \
                    att.cue.end <= att.source.start and (
                    head := _NAME_BEFORE.fullmatch(article.text[att.cue.end:att.source.start])) is not None and \
                    _PERSON_NAME.match(head.group(1)) and text[:1].islower():
                # "« … », lance Paul Durand, secrétaire du comité": the source phrase kept the apposition
                # and left out the name before it; the person is the name with the apposition
                start = att.cue.end + head.start(1)
                text = article.text[start:att.source.end]
                said = (text, *said)
                located = article.span(start, att.source.end)
            relay = _RELAYED.search(text) if text else None
            if relay and relay.start() > 0 and not _speaker_like(text[:relay.start()], kb, lex):
                relay = None  # "les premiers éléments recueillis par la gendarmerie": what was gathered, not who
            if relay and relay.start() > 0:
                # "un enquêteur, cité par Le Parisien": the speaker is the phrase before; the outlet
                # that relays it is the source of its own attribution ("cité par")
                text = text[:relay.start()]
                said = (text,)
                if located is not None and article.text[located.start:located.start + len(text)] == text:
                    located = article.span(located.start, located.start + len(text))
            near = _nearer_person(doc, article, att, located, quotes, people)
            if near is not None:
                # "X, professeur à Y, est plus mesuré. « … », affirme-t-il": X, named since the last speaker
                text, located = near.text, near
                said = (near.text, *(m for m in said if m != att.source_ref))
        if not text or not text.strip():
            continue
        if normalize(text) not in _PRONOUNS and _gender(text) is not None:
            recent.append((_gender(text), text))
        bare = _LEADING_PREP.sub("", text.strip()) or text  # "contre les journaux"
        if bare != text.strip():
            said = tuple(_LEADING_PREP.sub("", m.strip()) or m for m in said)
        if _TRAILING_QUE.search(bare):  # "au Journal de Saône-et-Loire que …": the claim's conjunction
            bare = _TRAILING_QUE.sub("", bare) or bare
            said = tuple(_TRAILING_QUE.sub("", m) or m for m in said)
        text = bare
        inner = unwrap(text)  # "les propos du directeur de la centrale" → "directeur de la centrale"
        if inner and inner != text:
            text = inner
            said = (inner, *said)
        desc = describe(text, kb, lex)
        if isinstance(what, Speaker):
            desc.recovered = what.how
        group = _GROUP.search(text) is not None
        # "Mme Durand et d'autres militants": a group with the person in it, not the person
        # "une source proche du ministre, Jean Dupont": a source noun is never named; the name is the minister's
        entity = None if cut or group or desc.type in ("anonymous", "document") else _entity_of(located, people)
        keys = [f"ent:{entity.id}"] if entity else []
        if not isinstance(what, Speaker) and att is not None and att.source is not None:
            if cut:  # "à l'AFP Julie Marchand" cut to the outlet: it ends where the outlet's name ends
                keys.append(f"end:{att.source.start + cut}")
            else:
                keys.append(f"end:{att.source.end}" if not (relay and relay.start() > 0) else f"relayed:{att.source.end}")
        elif isinstance(what, Speaker):
            # "L'autre syndicat, la CFDT": an apposition right after an attribution's source is that source
            # (the speaker stands between that source and its cue: "L'autre syndicat, la CFDT, a déclaré")
            # and so is one after a source inverted after its verb ("« … », confie son père, Didier Marchal,
            # à X"; not "selon la radio, le décompte fait état de": there the clause's subject follows)
            keys += [f"end:{e}" for e, cue in ends.items() if 0 <= span.start - e <= 3 and (
                cue >= span.end or cue < e and e in inverted) and article.text[e:span.start].strip() in ("", ",")]
        if desc.type == "unknown" and (owned := _role_owner(text, items, people, article, kb, lex)) is not None:
            # "Stein spokeswoman Melezia Figueroa": the person named before a relational role owns it
            desc.type = owned.type
            desc.country = desc.country or owned.country
            desc.evidence.append(f"of {owned.text}")
        if desc.type == "unknown" and _possessive_relational(text, lex):
            # "son secrétaire général": the body named just before owns the role
            # a lawyer's client is never the court or the prosecution ("Le tribunal… Son avocate a annoncé")
            counsel = bool(set(words(text)) & _COUNSEL_WORDS)
            client = lambda d: not (counsel and set(words(d.text)) & (_COURTS | _PROSECUTION))  # noqa: E731
            # (English *his*, *her* own a person's role: "his team", "her spokesman"; never a body's)
            owner = None if words(text)[0] in ("his", "her") else next(
                (m.desc for _, m in reversed(items) if m.desc.kb_typed and m.desc.type in _BODY_TYPES
                 and client(m.desc)), None)
            if owner is None and words(text)[:1] and words(text)[0] in ("his", "her", "son", "sa"):
                # "her lawyer": the person named just before (a citizen, a minister) owns the role
                owner = next((m.desc for _, m in reversed(items) if m.desc.named and m.desc.type not in (
                    "unknown", "anonymous", "document", "media", "news_agency", "state_media", "social_media")
                    and client(m.desc)), None)
            if owner is not None:
                desc.type = owner.type
                desc.country = desc.country or owner.country
                desc.evidence.append(f"of {owner.text}")
            elif set(words(text)) & _PRIVATE_RELATIONS:
                # "ses proches", "son avocate" with no body or office named before: the relatives
                # or the lawyer of a private person (EVENTS-SOURCES.md: relatives are citizens)
                desc.type = "citizen"
        if desc.entry and desc.kb_typed:
            keys.append(f"kb:{desc.entry.id}")
        folded = normalize(text)
        if folded in _PRONOUNS:
            keys.append(last_named or f"att:{att.id if att else span.start}")
        elif _SAME_SOURCE.match(folded) and last_source is not None:
            keys.append(last_source)  # "cette source", "la même source": the unnamed source named last
            last_named = last_source
        else:
            # "« … », lance un homme. … « … », commente un homme assis au fond": two indefinite mentions
            # are two people; only the same mention (a quote cut by its cue) is one
            if folded.split(" ", 1)[0] not in _INDEFINITE_ONE:
                keys.append(f"np:{folded}")
            elif att is not None and att.source_ref and folded in last_indefinite:
                keys.append(last_indefinite[folded])  # "précise-t-elle" for "une source proche de l'enquête"
            else:
                keys.append(f"np:{folded}@{span.start}")
                last_indefinite[folded] = keys[-1]
            np_key = keys[-1]
            core = _RELATIVE.split(text, maxsplit=1)[0]
            if core != text and core.strip():
                # "a resident who asked not to be named" = "a resident" (the same mention, if indefinite)
                keys.append(f"np:{normalize(core)}" + (np_key[np_key.rfind("@"):] if "@" in np_key else ""))
            name_keys = [] if group else _name_keys(text)
            keys += name_keys
            full = name_keys[0][5:].split() if name_keys and len(name_keys) == 1 else []
            if len(full) >= 2:
                first_full.setdefault(full[-1], keys[0])
            before_role = len(keys)
            if not desc.named:
                # "l'académicien" after "le philosophe et académicien Alain Finkielkraut"
                role = _definite_role(text, lex)  # once per source, not per earlier one
                if role:
                    # the first earlier source with the role: only the ones that hold its first word
                    # ("le directeur financier de l'établissement" is not "le directeur de l'hôpital, X")
                    at = sorted({i for r in (role, _SAME_OFFICE.get(role)) if r for i in seen_by_word.get(r[0], ())})
                    quals = _qualifiers(text, lex)
                    keys += [seen[i][0] for i in at if _has_role(seen[i][1], role)
                             and quals <= _words_of(seen[i][1])][:1]
            office = _definite_role(text, lex) if len(keys) == before_role and entity is None else None
            if office and bare_person is not None and last_named == bare_person and not _named_body(text, office) \
                    and desc.entry is None \
                    and not _is_plural_group(text, lex) and desc.type in _OFFICE_TYPES \
                    and len(words(text)) >= 3 and not re.search(
                        r"\b(?:of|for|at|de|du|des)\s+(?:the\s+|la\s+|l['’])?[A-Z]|['’]s\b", text):
                # "Jane Holt spoke… The former governor said…": a qualified definite office right after
                # a person named with no role describes that person (news varies its mentions); a bare
                # "the mayor" or "the mayor of X" may be someone else and stays apart
                keys.append(bare_person)
            for w in _words_of(text):
                seen_by_word.setdefault(w, []).append(len(seen))
            seen.append((keys[0], text))
            last_named = keys[0]
            if desc.named and desc.type == "unknown" and _PERSON_NAME.match(text.strip()):
                bare_person = keys[0]
            elif find(keys[-1]) != find(bare_person or ""):
                bare_person = None
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
        if desc.anonymous and "source" in " ".join(words(text)) and not _SAME_SOURCE.match(folded):
            last_source = keys[0]
        items.append((keys[0], _Member(att, desc, entity, said)))
    for surname, key in first_full.items():
        if f"surname:{surname}" in parent:
            parent[find(f"surname:{surname}")] = find(key)
    _join_headline(article, items, find, parent)
    groups: dict[str, list[_Member]] = {}
    for key, member in items:
        groups.setdefault(find(key), []).append(member)
    dispute = _dispute(article)
    folded_text = normalize(article.text)  # once: folding the whole text costs its length
    orgs = _Mentions(article.entities, ("organisation",))
    return [_source(article, key, members, sides, dispute, folded_text, orgs, kb) for key, members in groups.items()
            if any(m.att is not None for m in members) or _worth_a_source(members)]


_INDEFINITE_ONE = frozenset({"un", "une", "a", "an"})
_RELATIVE_WORDS = frozenset({"qui", "who", "which", "that", "lequel", "laquelle", "lesquels", "lesquelles"})
_SINGULAR_PRONOUNS = {"il": "m", "lui": "m", "he": "m", "him": "m", "elle": "f", "she": "f", "her": "f"}
_TITLE_GENDER = {"m.": "m", "mr": "m", "mr.": "m", "monsieur": "m", "mme": "f", "mrs": "f", "mrs.": "f", "ms": "f",
                 "ms.": "f", "madame": "f", "mlle": "f"}


_GENDER_WORDS = {"le": "m", "un": "m", "ce": "m", "cet": "m", "m.": "m", "m": "m", "mr": "m", "monsieur": "m",
                 "la": "f", "une": "f", "cette": "f", "mme": "f", "madame": "f", "mrs": "f", "ms": "f", "mlle": "f"}


def _gender(text: str) -> str | None:
    """The grammatical gender a mention's first word shows ("la porte-parole": f), else None."""
    first = text.strip().split()[:1]
    return _GENDER_WORDS.get(first[0].lower().rstrip(",")) if first else None


def _nearer_person(doc: Doc, article: Article, att: Attribution, ref: Span | None,
                   quotes: QuoteIndex, people: _Mentions | None = None) -> Span | None:
    """A person named between a pronoun source's antecedent and the pronoun, in its sentence or
    the one before, outside quotations: the pronoun's nearer antecedent (the attribution layer
    looks only among earlier speakers)."""
    if att.source is None or normalize(att.source.text) not in _SINGULAR_PRONOUNS:
        return None
    want = _SINGULAR_PRONOUNS[normalize(att.source.text)]
    pos = att.source.start
    tok = doc.char_span(pos, att.source.end, alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    sent = tok[0].sent
    prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    floor = max(prev_start, ref.end if ref is not None and ref.start < pos else -1)
    best: Span | None = None
    people = people or _Mentions(article.entities, ("person",))
    for e, k in people.starting_in(floor, pos):  # in the order of a scan of every mention
        m = article.entities[e].mentions[k]
        if not (floor <= m.start and m.end <= pos) or quotes.containing(m.start, m.end) is not None:
            continue
        title = article.text[max(0, m.start - 6):m.start].split()[-1:]
        if title and _TITLE_GENDER.get(title[0].lower(), want) != want:
            continue
        first = doc.char_span(m.start, m.end, alignment_mode="expand")
        before = doc[first.start - 1] if first is not None and first.start > 0 else None
        if before is not None and before.pos_ in ("NOUN", "ADP", "PROPN") and \
                before.lower_ not in _TITLE_GENDER and before.lower_ not in ("mgr", "me", "dr", "pr"):
            continue  # "la fondation Jérôme Lejeune", "son fils Vincent", "à Paul": not a subject
        if best is None or m.start > best.start:
            best = m
    if best is None:
        return _previous_subject(doc, article, sent, tok[0], want, ref, quotes)
    # the name with its apposition, as the text gives it ("Barry Marsden, professeur à …")
    end = best.end
    tail = re.match(r",[^,.;«»]{3,120}?(?=,|\.|$)", article.text[end:end + 160])
    if tail:
        candidate = article.text[end + 1:end + tail.end()].strip()
        if load_lexicons(article.lang).head_role(words(candidate)) is not None:
            end += tail.end()
    return article.span(best.start, end)


def _previous_subject(doc: Doc, article: Article, sent, pron: Token, want: str, ref: Span | None,
                      quotes: QuoteIndex) -> Span | None:
    """*Le président du collectif a pris la parole. Il appelle à …*: a pronoun opening its sentence
    stands for the subject of the sentence before (a role or a body of its gender, outside
    quotations) when that subject comes after the antecedent the attribution layer gave it."""
    if pron.i - sent.start > 1 or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    gender = {"m": "Masc", "f": "Fem"}[want]
    if subj is None or gender not in subj.morph.get("Gender") or "Plur" in subj.morph.get("Number") or \
            (ref is not None and ref.start >= subj.idx):
        return None
    cut = {t.i for c in subj.children if c.dep_ in ("acl:relcl", "acl") for t in c.subtree}
    toks = [t for t in subj.subtree if t.i < prev.root.i and t.i not in cut]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or quotes.containing(toks[0].idx, toks[-1].idx + len(toks[-1])) is not None:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    if end - start > 120 or load_lexicons(article.lang).head_role(words(article.text[start:end])) is None:
        return None  # a role or a body ("le président du collectif"), not any noun ("le cortège")
    return article.span(start, end)


def _is_organisation(members: list[_Member], article: Article, orgs: _Mentions | None = None) -> bool:
    """True when the entities layer reads a mention of the source as an organisation ("Goldman Sachs")."""
    spans = [m.att.source for m in members if m.att is not None and m.att.source is not None]
    orgs = orgs or _Mentions(article.entities, ("organisation",))
    return any(orgs.overlapping(sp.start, sp.end) for sp in spans)


_BODY_TYPES = frozenset({"monitor_ngo", "company", "government", "media", "news_agency", "state_media",
                         "international_org", "politician", "military", "armed_group", "judiciary_police"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"})


def _possessive_relational(text: str, lex: Lexicons) -> bool:
    """*son secrétaire général*, *its spokesman*: a relational role owned by a body named before."""
    toks = words(_parts(text)[0] if _parts(text) else text)
    role = lex.head_role(toks)
    if toks[:1] in (["his"], ["her"], ["its"], ["their"]) and (found := lex.find_roles(toks)) and found[-1].relational:
        role = found[-1]  # English ends on its head: "his chief aide" is an aide
    return bool(toks) and toks[0] in _POSSESSIVES and role is not None and role.relational \
        and role.index + len(role.phrase) >= len(toks) - 0


@dataclasses.dataclass
class _Member:
    """One mention of a source: from an attribution (``att``) or found without one."""

    att: Attribution | None
    desc: _Desc
    entity: Entity | None
    said: tuple[str, ...]  # the mention's text(s) in the article


def _worth_a_source(members: list[_Member]) -> bool:
    """A source found only without attributions is kept when its type is known, or when a quotation's
    incise names it (« … », grommelle X; « A, explique X, B »): the construction makes it a speaker."""
    return any(m.desc.type not in ("unknown",) or m.entity is not None
               or (m.desc.recovered or "").startswith(("incise:", "inner-incise:")) for m in members)


# A relative clause closing a source phrase.
_RELATIVE = re.compile(r",?\s+(?:who|which|that|qui|dont)\s")
# A definite mention of an unnamed source named before (folded text).
_SAME_SOURCE = re.compile(r"^(?:(?:cette|ces|this|that|these)\s+(?:meme\s+)?|(?:meme|same)\s+|the\s+(?:same\s+)?)sources?$")
# An outlet relaying a speaker's words, after the speaker ("un enquêteur, cité par Le Parisien").
_RELAYED = re.compile(r",?\s+(?:cité|citée|cités|citées|interrogée?s?|jointe?s?|contactée?s?|interviewée?s?|"
                      r"recueillie?s?|quoted|cited|interviewed|contacted|reached|gathered|collected)\s+(?:par|by)\s+\S.*$", re.IGNORECASE | re.DOTALL)
# A fronted participle of an outlet questioning the speaker ("Interrogée par France Bleu, une habitante").
_FRONTED_RELAY = re.compile(r"^(?:interrog|contact|joint|jointe|cit|interview|sollicit|questionn|quoted|reached|"
                            r"contacted|interviewed|asked)\w*\s+(?:par|by)\s+[^,]{2,80},\s*", re.IGNORECASE)
# A coordination of a person with others ("X et d'autres militants", "X and two aides", "X et Y").
_GROUP = re.compile(r"\s(?:et|and)\s+(?:d['’]autres|des|les|plusieurs|de nombreux|de nombreuses|other|others|"
                    r"several|two|three|(?:M\.|Mme|Mr|Mrs|Ms)\s|[A-ZÉ][a-zé]+\s+[A-ZÉ])")
_LEADING_PREP = re.compile(r"^(?:contre|par|pour|selon|chez|against|by|for)\s+", re.I)


def _name_keys(text: str) -> list[str]:
    """Keys that join mentions of one person: the name before an apposition
    ("Jacques Witkowski, préfet de la Manche" = "Jacques Witkowski") and the surname
    ("Fillon" = "François Fillon")."""
    for part in text.split("(")[0].split(","):
        head = re.sub(r"^(?:M\.|Mme|Mgr|Dr|Mr\.?|Mrs\.?|Ms\.?)\s+", "", part.strip())
        tokens = head.split()
        if tokens and all(t[:1].isupper() for t in tokens if t not in ("de", "du", "von", "van", "le", "la")):
            if len(tokens) > 4:
                continue
        else:
            # a name closing a role phrase: "le président français Emmanuel Macron"
            caps: list[str] = []
            for t in reversed(tokens):
                if not t[:1].isupper():
                    break
                caps.insert(0, t)
            tokens = caps if len(caps) >= 2 else []
        if tokens:
            # a full name is its own key; a bare surname is joined later to the first full name
            # that ends on it ("Fillon" = "François Fillon", but "Penelope Fillon" is someone else)
            return [f"name:{normalize(' '.join(tokens))}"] + ([f"surname:{normalize(tokens[0])}"] if len(tokens) == 1 else [])
    return []


def _same_role(short: str, earlier: str, lex: Lexicons) -> bool:
    """A definite role phrase ("l'académicien", "le ministre") naming the person an earlier,
    named mention describes with the same role word."""
    role = _definite_role(short, lex)
    return role is not None and _has_role(earlier, role)


def _definite_role(short: str, lex: Lexicons) -> tuple[str, ...] | None:
    """The role words of a definite role phrase ("l'académicien" → académicien), else None."""
    toks = words(short)
    if not toks or toks[0] not in ("le", "la", "l'", "les", "the"):
        return None
    role = lex.head_role(toks)
    return tuple(role.phrase) if role is not None else None


# Office titles that name the same office ("le chef du gouvernement" = "le Premier ministre").
_SAME_OFFICE = {("chef", "du", "gouvernement"): ("premier", "ministre"),
                ("chef", "de", "l'", "etat"): ("president",),
                ("locataire", "de", "l'", "elysee"): ("president",)}


# Nouns a role's complement takes up again for a body named before ("le directeur du journal").
_ANAPHORIC_NOUNS = frozenset("""journal quotidien hebdomadaire magazine chaine radio groupe entreprise societe
etablissement club ville commune pays parti syndicat association organisation ministere institution structure
federation collectif mouvement agence hopital service company firm group newspaper paper channel city country
party union organization organisation agency department""".split())
_FUNCTION_WORDS = frozenset("""de du des d' la le les l' a au aux en of the a an for at in""".split())


def _qualifiers(short: str, lex: Lexicons) -> frozenset[str]:
    """The words after the role of a definite role phrase that tell one holder from another
    ("le directeur *financier* de l'établissement", "le directeur des *rédactions*"), less
    function words and the nouns that take up a body named before ("du journal")."""
    toks = words(short)
    role = lex.head_role(toks)
    if role is None:
        return frozenset()
    rest = toks[role.index + len(role.phrase):]
    return frozenset(t for t in rest if t not in _FUNCTION_WORDS and t not in _ANAPHORIC_NOUNS)


def _named_body(text: str, role: tuple[str, ...]) -> bool:
    """The role word is written with a capital inside the phrase: the name of a body
    ("la Haute Autorité", "the Commission"), not an office someone holds."""
    for tok in text.split()[1:]:
        if normalize(tok.strip(",.;:")).split("'")[-1] == role[-1]:
            return tok[:1].isupper() or "'" in tok and tok.split("'")[-1][:1].isupper()
    return False


def _has_role(earlier: str, role: tuple[str, ...]) -> bool:
    said = _words_of(earlier)
    if not any(t[:1].isupper() for t in earlier.split()[1:]):
        return False
    return any(all(w in said for w in r) for r in (role, _SAME_OFFICE.get(role)) if r)


@functools.lru_cache(maxsize=4096)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(words(text))


# PLOVER roots of the events that make an article report a dispute (a protest,
# an accusation, a refusal, a demand, coercion, violence).
_DISPUTE_ROOTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST", "COERCE", "ASSAULT",
                            "SANCTION"})
# Types that take a side in a dispute unless shown otherwise, and those that do not
# (reporters, courts, experts, international bodies) unless they act in it.
_SIDE_TYPES = frozenset({"government", "politician", "citizen", "monitor_ngo", "armed_group", "military",
                         "social_media"})
# Local or supervisory authorities that report on a dispute without being a side.
_NEUTRAL_OFFICES = frozenset("""mairie maire municipalite prefecture prefet consulat consul inspection
autorite commission city mayor governor consulate county elections election electoral electorale budget
accountability auditor comptes insee statistique statistics""".split())
_BYSTANDERS = frozenset("""temoin temoins passant passants riverain riveraine riverains riveraines voisin voisine voisins
voisines habitant habitante habitants habitantes resident residente residents witness witnesses bystander bystanders
neighbor neighbors neighbour neighbours passer-by passers-by resident residents usager usagere usagers usageres
voyageur voyageuse voyageurs voyageuses passager passagere passagers passageres commuter commuters passenger
passengers automobiliste automobilistes motorist motorists""".split())
_COURTS = frozenset("""tribunal tribunaux cour cours juge juges judge judges court courts magistrat magistrats
juridiction juridictions justice jury refere referes chambre sages""".split())
_PROSECUTION = frozenset({"procureur", "procureure", "parquet", "avocat", "avocate", "ministere", "prosecutor",
                          "prosecutors", "prosecution"})
_POLICE = frozenset({"police", "policier", "policiers", "gendarmerie", "gendarmes", "gendarme", "forces",
                     "crs", "police officers"})


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _legal_case(article: Article) -> tuple[bool, bool]:
    """(the article reports a trial, a lawsuit or a complaint; it reports a trial), from
    conflict.yaml ``legal`` and ``trial`` read outside quotations."""
    found = _markers(article.text, article.lang)
    lex = load_lexicons(article.lang)
    return bool(found & lex.legal), bool(found & lex.trial)


def _markers(text: str, lang: str | None) -> frozenset[str]:
    """The phrases of conflict.yaml ``legal``, ``labour``, ``dispute`` and ``election`` that
    ``text`` holds outside quotations."""
    lex = load_lexicons(lang)
    said = words(_QUOTED.sub(" ", text))
    joined = " " + " ".join(said) + " "
    if any(" " in w for w in said):  # (never, from words(): the word test below needs it)
        return frozenset(phrase for phrase in lex.legal | lex.labour | lex.dispute | lex.election
                         if f" {phrase} " in joined)
    # " phrase " is in the joined words only if its first word is one of them: a one-word
    # phrase is looked up in the set of words, a longer one searched only after its first
    # word (not every phrase through the whole text)
    single, by_first = _marker_phrases(lex)
    present = set(said)
    return frozenset(single & present) | frozenset(
        phrase for first in present & by_first.keys() for phrase in by_first[first] if f" {phrase} " in joined)


_MARKER_PHRASES: dict[int, tuple[Lexicons, frozenset[str], dict[str, tuple[str, ...]]]] = {}


def _marker_phrases(lex: Lexicons) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The phrases of :func:`_markers` for ``lex``: those of one word, and the longer ones
    by their first word (kept per Lexicons object, which is loaded once per language)."""
    kept = _MARKER_PHRASES.get(id(lex))
    if kept is None or kept[0] is not lex:
        phrases = lex.legal | lex.labour | lex.dispute | lex.election
        by_first: dict[str, list[str]] = {}
        for p in sorted(phrases):
            if " " in p:
                by_first.setdefault(p.split(" ")[0], []).append(p)
        kept = _MARKER_PHRASES[id(lex)] = (lex, frozenset(p for p in phrases if " " not in p),
                                           {k: tuple(v) for k, v in by_first.items()})
    return kept[1], kept[2]


def _dispute(article: Article) -> dict[str, object] | None:
    """What the article's events say about its dispute: the names of those who act in it."""
    evs = [e for e in article.events if e.plover in _DISPUTE_ROOTS and not e.negated]
    found = _markers(article.text, article.lang)
    lex = load_lexicons(article.lang)
    legal, trial = bool(found & lex.legal), bool(found & lex.trial)
    strike = bool(found & lex.labour)  # a strike: the strikers and their employer are its sides
    # a strike, a lawsuit, a trade row or a planning fight: a firm that speaks in it defends its side
    business = bool(found & (lex.labour | lex.legal | lex.dispute))
    # an election the article is about: named in its lead (not a campaign mentioned in passing)
    election = bool(found & lex.election) and bool(_markers(article.text[:300], article.lang)
                                                   & lex.election)
    if not evs:
        # no act of a dispute among the events, but a trial, a lawsuit, a strike, an election or
        # a trade row: those who take a position in it are its sides
        return {"names": [], "riots": False, "police": False, "press": False, "labour": strike,
                "legal": legal, "trial": trial, "business": business, "election": election} if found else None
    names = [n for e in evs for n in (e.actor_name, e.target_name) if n]
    # violence in the streets (a peaceful march counted by the police makes no side of it)
    riots = any(e.acled == "Riots" or e.plover == "ASSAULT" for e in evs)
    # the police or its officers do or suffer an act of the dispute ("a white officer shot…")
    police = any(set(words(n)) & _POLICE_ACTORS for n in names)
    # the press suffers an act of the dispute ("la CGT a bloqué les quotidiens", "il accuse les journaux")
    press = any(set(words(e.target_name)) & _PRESS_ACTORS for e in evs if e.target_name)
    # workers or their unions act in it ("les salariés dénoncent", "la CGT appelle à la grève"): a labour dispute
    labour = strike or any(set(words(e.actor_name)) & _LABOUR_ACTORS for e in evs if e.actor_name)
    return {"names": [set(words(n)) - _STOP for n in names], "riots": riots, "police": police, "press": press,
            "labour": labour, "legal": legal, "trial": trial, "business": business,
            "election": election}


_SIGNS = frozenset("""pancarte pancartes banderole banderoles slogan slogans tract tracts affiche affiches sign signs
banner banners placard placards""".split())
_PRESS_ACTORS = frozenset("""presse journal journaux quotidien quotidiens hebdomadaire hebdomadaires journaliste
journalistes press newspaper newspapers journalist journalists reporters""".split())


# Workers and their organisations: a dispute they act in is a labour dispute, whose employer is a side.
_LABOUR_ACTORS = frozenset("""salarie salaries salariee salariees personnel employe employes employee employees
ouvrier ouvriers ouvriere ouvrieres greviste grevistes syndicat syndicats syndical syndicale syndicaux
intersyndicale syndicaliste syndicalistes agents cheminots cgt cfdt fo unsa cftc cfe-cgc sud-rail solidaires
workers worker staff employees union unions strikers""".split())


_POLICE_ACTORS = frozenset("""police policier policiers policiere policieres gendarme gendarmes gendarmerie crs
officer officers policeman policemen policewoman cop cops trooper troopers deputy deputies sheriff""".split())


_STOP = {"le", "la", "les", "l'", "de", "des", "du", "d'", "un", "une", "the", "of", "a", "an", "et", "and",
         "en", "à", "au", "aux"}


def _acts_in(mentions: list[str], dispute: dict[str, object]) -> bool:
    """True when a mention of the source is the doer or the target of a dispute event."""
    for m in mentions:
        toks = set(words(m)) - _STOP
        if not toks or normalize(m) in _PRONOUNS:
            continue
        for name in dispute["names"]:  # type: ignore[attr-defined]
            if name and (toks <= name or name <= toks):
                return True
    return False


def _party(stype: str, armed: bool, mentions: list[str], dispute: dict[str, object] | None,
           person: bool = False) -> bool | None:
    """``party_to_conflict``: a belligerent, or a side of the dispute the article reports."""
    if armed:
        return True
    if dispute is None:
        return None
    folded = {w for m in mentions for w in words(m)}
    if stype == "judiciary_police" and folded & _COURTS:
        return False  # a court ruling on the case is no side of it, whatever it does in the events
    if stype in ("media", "state_media", "news_agency"):
        # a dispute over the press: the outlets are a side of it; otherwise an outlet that denies a
        # rumour or deplores violence reports on the dispute, it is no side of it
        return bool(dispute.get("press")) and stype != "news_agency"
    if _acts_in(mentions, dispute):
        return True
    if stype == "document" and folded & _SIGNS:
        return True  # the signs and banners of a protest speak for the protesters
    if stype == "company" and (dispute.get("labour") or dispute.get("business")):
        return True  # the strikers and the employer (EVENTS-SOURCES.md), the firm sued or opposed
    if stype == "judiciary_police":
        if dispute.get("trial") and folded & _PROSECUTION:
            return True  # at a trial the prosecution asks for a sentence: a side, unlike the court
        return bool(dispute["riots"] or dispute.get("police")) and bool(folded & _POLICE) \
            and not folded & {"prefecture", "parquet", "tribunal"}
    if stype == "government" and folded & _NEUTRAL_OFFICES:
        if dispute.get("election"):
            return person  # a mayor who runs again is a candidate; the office that counts the votes is no side
        if not dispute.get("legal"):
            return False  # in a lawsuit the mayor whose decree is attacked is a side of it
    if stype in ("citizen", "anonymous") and folded & _BYSTANDERS:
        return False  # a witness or a resident tells what happened; not a side unless it acts in it
    return stype in _SIDE_TYPES


_BOTH_SIDES = re.compile(r"\b(?:les\s+deux\s+(?:parties|camps|côtés|partenaires)|toutes\s+les\s+parties|"
                         r"both\s+(?:sides|parties)|the\s+two\s+sides|all\s+(?:sides|parties))\b", re.I)


def _mediates(article: Article, members: list[_Member], mentions: list[str]) -> bool:
    """The source addresses both sides of the dispute (a call to talks, a mediator's word), in
    what it says or as the doer of an act whose target is both sides."""
    acts = [e for e in article.events if e.target_name and e.actor_name and _BOTH_SIDES.search(e.target_name)]
    if acts and _acts_in(mentions, {"names": [set(words(e.actor_name)) - _STOP for e in acts]}):
        return True
    for m in members:
        att = m.att
        if att is None:
            continue
        lo, hi = min(att.cue.start, att.content.start), max(att.cue.end, att.content.end)
        if _BOTH_SIDES.search(article.text[lo:hi]):
            return True
    return False


def _is_plural_group(text: str, lex: Lexicons) -> bool:
    """*les associations*, *des médias*, *the organisers*: an unnamed plural group."""
    toks = words(text)
    if len(toks) < 2 or "«" in text or '"' in text:
        return False
    role = lex.head_role(toks)
    if role is None or toks[0] not in ("les", "des", "plusieurs", "certains", "certaines", "the", "some", "several",
                                       "many", "ses", "leurs", "their", "his", "her"):
        return False
    if role.phrase in (("autorites",), ("authorities",)):
        return False  # "les autorités tunisiennes" are the state's institutions, not unnamed persons
    if (toks[-1],) in lex.english and not toks[-1].endswith(("s", "x")) and role.index + len(role.phrase) < len(toks):
        return False  # "the teachers union": an English compound ends on its head, a singular body
    # French puts the head first ("les représentants du personnel"), English last ("police officers");
    # "the victim's mother": the possessive is no plural, the head is "mother"
    heads = {toks[role.index + len(role.phrase) - 1]} if role.phrase in lex.english else \
        {toks[role.index], toks[role.index + len(role.phrase) - 1]}  # "the elections office" is one office
    return any("'" not in head and head.endswith(("s", "x")) for head in heads)


_FR_PARTY = re.compile(r"\s*\((?:RN|LR|PS|LFI|EELV|PCF|UDI|MoDem|Modem|DVD|DVG|divers\s+(?:gauche|droite|centre)|"
                       r"Renaissance|Horizons|Reconquête|NPA|LO|FN|UMP|LREM|LaREM|Les Républicains|Les Écologistes)\)")
_US_PARTY = re.compile(r"\((?:D|R|I)-[A-Z][\w.]*\)")
_PERSON_NAME = re.compile(r"^(?:M\.|Mme|Mgr|Dr|Mr|Mrs|Ms)?\s*[A-ZÉÈÀ][\w’'-]+(?:\s+(?:de\s+|du\s+|von\s+)?[A-ZÉÈÀ][\w’'-]+)+$")


def _speaker_like(text: str, kb: KnowledgeBase, lex: Lexicons) -> bool:
    """A phrase that names someone who can be quoted: a KB name, a role, a capitalised name."""
    return bool(kb.find_in(text)) or lex.head_role(words(text)) is not None or any(
        w[:1].isupper() for w in text.split()[1:])


# The rest of a surname that opens with a particle the parser reads as an article ("Marc| Le Goff").
_PARTICLE_SURNAME = re.compile(r"\s+(?:Le|La|Du|Des|De|Van|Von|Ben)\s+[A-ZÉÈÀ][\w’'-]+(?=[\s,.;:)]|$)")
# A title alone as a source phrase, and the name after it ("Me| Céline Lasek").
_BARE_TITLES = frozenset({"me", "m.", "mme", "mgr", "dr", "pr", "maître"})
_NAME_AFTER_TITLE = re.compile(r"\s+[A-ZÉÈÀ][\w’'-]+(?:\s+(?:de\s+|du\s+|Le\s+)?[A-ZÉÈÀ][\w’'-]+){0,2}")
# A person's name between an incise verb and its source phrase ("lance| Paul Durand, |secrétaire du comité").
_NAME_BEFORE = re.compile(r"(?:-t-(?:il|elle))?\s+((?:M\.|Mme|Me|Mgr|Dr)?\s*[A-ZÉÈÀ][\w’'-]+(?:\s+(?:de\s+|du\s+)?[A-ZÉÈÀ][\w’'-]+){1,3}),\s*")
_OFFICE_TYPES = frozenset({"government", "politician", "judiciary_police", "military"})
_UNTYPED = frozenset({"unknown", "citizen", "anonymous", "document", "social_media"})


_TRAILING_QUE = re.compile(r"\s+qu(?:e|['’])\s*$", re.IGNORECASE)
_TRAILING_TITLE = re.compile(r"(?:(?<=\s)|^)(?:Me|Maître|M\.|Mme|Mlle|Mgr|Dr|Pr)\s*$")


# A clause after the name, not an apposition: "Daniel Ruiz, told reporters…", "X, said the…"
_VERB_FIRST = re.compile(r"^(?:told|tells|said|says|spoke|speaks|wrote|writes|added|adds|[a-z]+ed)\b")


def _role_elsewhere(article: Article, entity: Entity, kb: KnowledgeBase) -> _Desc | None:
    """The role the article gives a person at another of its mentions: the words before the name
    in its noun phrase ("le candidat de la droite François Fillon") or an apposition after it
    ("François Fillon, candidat de la droite,"). None when no mention has one."""
    lex = load_lexicons(article.lang)
    text = article.text
    for m in sorted(entity.mentions, key=lambda x: x.start):
        # "L'avocat du ministre, Me Henri Salle": a title before the name is no part of the role
        left = _TRAILING_TITLE.sub("", text[max(0, m.start - 80):m.start])
        cut = max(left.rfind(c) for c in ".;:!?«»()\n,")
        lead = left[cut + 1:].strip()
        if lead and lex.find_roles(words(lead)):
            desc = describe(f"{lead} {m.text}", kb, lex)
            if desc.type not in _UNTYPED:
                desc.evidence.append(f"elsewhere: {lead} {m.text}")
                return desc
        before = left.rstrip()
        if not lead and before.endswith(","):
            # "un sénateur belge, Marc Lenoir, qui a affirmé…": a role phrase in apposition before the name
            prior = before[:-1]
            seg = prior[max(prior.rfind(c) for c in ".;:!?«»()\n,") + 1:].strip()
            for det in re.finditer(r"(?:^|\s)(?:un|une|le|la|l['’]|les|des|the|a|an)\s*(?=\w)", seg, re.I):
                np_ = seg[det.start():].strip()
                toks = words(np_)
                role = lex.head_role(toks) if len(toks) <= 7 else None
                if role is None or role.index > 1 or _PERSON_NAME.match(np_):
                    continue
                desc = describe(np_, kb, lex)
                if desc.type not in _UNTYPED:
                    desc.evidence.append(f"elsewhere: {np_}, {m.text}")
                    return desc
                break
        tail = re.match(r",\s*([^,.;:«»()\n]{3,100}?)\s*(?=[,.;:()]|$)", text[m.end:m.end + 120])  # "maire de Gouarec (22)"
        if tail and lex.head_role(words(tail.group(1))) is not None and not _VERB_FIRST.match(tail.group(1)):
            desc = describe(tail.group(1), kb, lex)
            if desc.type not in _UNTYPED:
                desc.evidence.append(f"elsewhere: {m.text}, {tail.group(1)}")
                return desc
    return None


def _source(article: Article, key: str, members: list[_Member], sides: set[str],
            dispute: dict[str, object] | None = None, folded_text: str | None = None,
            orgs: _Mentions | None = None, kb: KnowledgeBase | None = None) -> Source:
    descs: list[_Desc] = [m.desc for m in members]
    # The most informative description wins: KB-typed, then typed by a role, then any.
    best = min(descs, key=lambda d: (not d.kb_typed, d.type in ("unknown", "anonymous"), -len(d.text)))
    entity = next((m.entity for m in members if m.entity is not None), None)
    entry = best.entry if best.kb_typed else None
    # The article's own words name the source (an English article says *White House*).
    mentions: list[str] = []
    for member in members:
        for m in member.said:
            if m not in mentions:
                mentions.append(m)
    named = [m for m in mentions if normalize(m) not in _PRONOUNS]
    if folded_text is None:
        folded_text = normalize(article.text)
    if entry and normalize(entry.name) in folded_text:
        name = entry.name  # the KB's name, when the article itself uses it
    elif entity and entity.type != "place" and normalize(entity.name) in folded_text and any(
            normalize(entity.name) in normalize(m) for m in named) and not any(
            re.search(r"(?:\bof|\bde|\bdu|\bdes|\bd['’]|\bfor|\bin|\bà|\bau)\s+(?:(?:la|le|les|l['’]|the)\s*)?"
                      + re.escape(entity.name) + r"\b", m, re.IGNORECASE) for m in named):
        # the entity's name, when a mention of this source holds it (not the town of "the mayor of Kherson")
        name = entity.name
    else:
        name = max(named, key=len) if named else (entry.name if entry else (entity.name if entity else best.text))
    country = next((d.country for d in [best, *descs] if d.country), None)
    if entity and entity.country and not country:
        country = entity.country
    stype = best.type
    lex_types = load_lexicons(article.lang)
    if stype == "social_media" and best.evidence[:1] and best.evidence[0].startswith("@") and (
            entity is not None and entity.type == "person"):
        # "— Jeanne Morel (@jmorel) 3 mai 2021": a person posting is that person, not an account
        best = min((d for d in descs if d is not best), default=best,
                   key=lambda d: (not d.kb_typed, d.type in ("unknown", "anonymous", "social_media")))
        stype = best.type if best.type != "social_media" else "unknown"
    if stype in ("unknown", "citizen") and (any(_US_PARTY.search(m) for m in named) or any(
            _FR_PARTY.match(article.text, span.end) for span in [
                *(m.att.source for m in members if m.att is not None and m.att.source is not None),
                *(entity.mentions if entity is not None and entity.type == "person" else ())])):
        stype = "politician"  # "Rep. Gwen Moore (D-Wis.)", "Marc Vidal (RN)": a party label after the name
    if stype == "unknown" and entity is not None and entity.type == "person" and (
            role_desc := _role_elsewhere(article, entity, kb or load_kb())) is not None:
        # "Fillon a dit" where the article calls him "l'ancien Premier ministre François Fillon" elsewhere
        best = role_desc
        stype = role_desc.type
        country = country or role_desc.country
        descs = [*descs, role_desc]
    if stype in ("unknown", "citizen") and not best.kb_typed and best.type in ("unknown", "anonymous") and any(
            m.att is not None and m.att.cue_type == "citing" and re.search(r"\b(?:par|by)$", m.att.cue.text.strip())
            for m in members) and any(re.match(r"^(?:(?:l['’]|le\s+|la\s+|les\s+|the\s+))?[A-ZÀ-Ý0-9]", d.text.strip())
                                      for d in descs):
        stype = "media"  # "Joint par L'Indépendant", "interrogée par La Gazette": who reached the speaker is an outlet
    if stype == "unknown" and any((r := lex_types.head_role(words(m))) is not None and r.phrase in _COUNSEL
                                  for m in named):
        stype = "citizen"  # a lawyer whose client the text does not type: most clients are private persons
    if stype == "unknown" and not _is_organisation(members, article, orgs) and (
            (entity is not None and entity.type == "person") or any(_PERSON_NAME.match(m.strip()) for m in named)):
        stype = "citizen"  # a named person with no role given: a private person
    party_key = next((d.party_key for d in [best, *descs] if d.party_key), None) or country
    armed = (stype in PARTY_TYPES and party_key in sides) or bool(
        best.entry and best.entry.side and best.entry.side in sides)
    # In a war the belligerents are the parties; elsewhere the sides of the dispute.
    if sides:
        # a force of the war is a side of it, and so is a government or an army that acts in its
        # dispute ("la Chine a condamné le passage d'un navire de guerre américain")
        party = armed or stype in ("military", "armed_group") or (
            stype in PARTY_TYPES and dispute is not None and _acts_in(mentions, dispute))
    else:
        person = (entity is not None and entity.type == "person") or any(
            _PERSON_NAME.match(p.strip()) for m in named for p in _parts(m))
        party = _party(stype, armed, mentions, dispute, person)
        if party and (_mediates(article, members, mentions) or (
                stype == "company" and not (dispute or {}).get("legal") and not any(d.named for d in descs)
                and all(lex_types.is_indefinite(words(m)) for m in named))):
            # "la ministre a appelé les deux parties à…": who calls both sides to agree is no side;
            # "un transitaire", "an importer": a firm that suffers a dispute is no side of it
            party = False
    lex = load_lexicons(article.lang)
    # "a senior official … the official added": an unnamed source stays unnamed when a
    # definite role phrase takes it up again
    anonymous = all(d.anonymous for d in descs) or (
        best.anonymous and not any(d.named and not d.anonymous for d in descs)) or (
        stype not in ("document", "social_media") and not any(d.named and not _is_plural_group(d.text, lex) for d in descs)
        and all(_is_plural_group(m, lex) for m in named) and bool(named))
    # ("les chercheurs de l'Inserm": unnamed people of a named body)
    evidence = list(dict.fromkeys(e for d in [best, *descs] for e in d.evidence))
    if not any(m.att is not None for m in members):
        evidence += [f"no attribution: {d.recovered}" for d in descs if d.recovered][:1]
    ids = tuple(m.att.id for m in members if m.att is not None)
    return Source(id=stable_id(article.id, "source", key, prefix="src-"), name=name,
                  type=stype, affiliation_country=country,  # type: ignore[arg-type]
                  # EVENTS-SOURCES.md: an outlet "owned or controlled by a state" (public service included)
                  state_affiliated=bool(best.entry and (best.entry.state_affiliated or best.entry.state_owned)
                                        and best.entry.is_media) or (stype in _MEDIA and any(d.state for d in descs)),
                  party_to_conflict=party, anonymous=anonymous,
                  evidence="; ".join(evidence) or None, attributions=ids, mentions=tuple(mentions))


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with ``sources`` and ``profile`` filled."""
    sources = classify_sources(doc, article)
    return dataclasses.replace(article, sources=tuple(sources),
                               profile=build_profile(article, sources))
