"""The places layer: place mentions, resolved to coordinates with an offline gazetteer.

Candidates are spaCy LOC/GPE entities plus capitalised names after a place
preposition (*à, dans, près de, in, near*) or a place noun (*la région
AlTabneh*, *the town of X*). Each is looked up in :mod:`selon.sources.gazetteer`
and disambiguated by the document's dominant countries (countries named,
demonyms, unambiguous places), by the admin-1 regions named (*Paris, Texas*),
by nearness to unambiguous places, with population as prior.

A name the gazetteer lacks (a village) falls back to the nearest container the
text gives, never to a guessed pin. ``Place.precision`` is one of
:data:`PRECISIONS`:

============== ==============================================================
precision      meaning of ``lat``/``lon``
============== ==============================================================
city           the populated place itself (city, town, village)
admin1         the region itself (governorate, province, oblast, US state)
country        the country itself (at its representative point, not its capital)
admin2         the second-level unit itself (county, département, district)
continent      the continent itself
region         a large region that is no administrative unit (*Middle East*, *Sahel*)
vicinity_of_city  a place near or in the suburbs of the given city
               (*à Kab al-Mala, dans la banlieue de Deir Ezzor*)
within_admin1  a place inside the given region (*située dans la province de
               Deir Ezzor*), or the document's dominant region when the
               sentence names none (low confidence)
within_country a place somewhere in the given country
unresolved     no coordinates (``lat``/``lon`` None, low confidence)
============== ==============================================================

Demonyms (*libanais, russe, American*) are not places; they only count as
country evidence here (see :func:`selon.sources.gazetteer.country_of_demonym`).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
import typing
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from spacy.attrs import IS_ALPHA, IS_TITLE, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS

from ..model import Article, Place, Span, stable_id
from ..nlp.pipeline import doc_ents, doc_text, token_columns
from ..sources import gazetteer
from ..sources.gazetteer import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

Precision = Literal["city", "admin1", "admin2", "country", "continent", "region", "vicinity_of_city",
                    "within_admin1", "within_country", "unresolved"]
PRECISIONS: tuple[str, ...] = typing.get_args(Precision)

COMPONENT = "selon.places.v1"

_NER_LABELS = frozenset({"LOC", "GPE"})
_BLOCKING_LABELS = frozenset({"PER", "PERSON", "ORG", "NORP", "MISC", "DATE", "EVENT", "WORK_OF_ART"})
_OTHER_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "FAC"})

# A name NER tagged PER/ORG is still read as a place when it is a city of at
# least BIG_CITY inhabitants (*shelled Kharkiv*, *attacked Goma*), or of
# CUED_TOWN after a place word (*near Kherson*). Set from the misses of the
# small English model on constructed sentences; person names that are also
# big-city names alone (*Victoria*) are the accepted cost.
BIG_CITY = 200_000
# A PERSON-tagged name with no place word (*shelled Kharkiv*) must be a city
# of a million: first names that are also towns (*Victoria*) stay persons.
PERSON_TAGGED_CITY = 1_000_000
CUED_TOWN = 10_000
# An ORG/MISC-tagged name with no place word is a place when it is a city of
# this size in a country the text names (*a bombardé Khan Younès* + Gaza),
# not a town sharing an organisation's or a surname (*Asahi*, *Cameron*).
SEEN_CITY = 100_000
# Plausibility floors for a city candidate, set from the false hits on the
# dev texts' NER spans (GeoNames alias *Moselle* → Toul, 17k; *Obama*, Japan,
# 29k, in US news; *Baltic*, Ohio, 1k): a city matched only through an alias
# must have ALIAS_CITY inhabitants (exonyms such as *Alep* or *Mossoul* name
# big cities); a city in a country the text gives no evidence for must have
# FOREIGN_TOWN; a city NER did not tag as a place and named without a place
# word must have SMALL_TOWN.
ALIAS_CITY = 100_000
FOREIGN_TOWN = 100_000
SMALL_TOWN = 5_000

# A name whose most populous place is this many times larger than the next
# (Gaza, 410k, vs a Bhutanese hamlet) counts as naming that place's country.
DWARF_RATIO = 10

# A fuzzy (skeleton) match outside the countries the text names must be a city
# of at least this size; the Vietnamese and Ivorian towns that *AlTabneh*
# hits are ~50k, the Syrian cities spelt many ways are 100k+.
FUZZY_CITY = 100_000

# Words before a capitalised name that make it a place: *à Homs*, *près de
# Hama*, *in Kherson*, *near Goma*.
_PLACE_PREPS = frozenset({"à", "dans", "près", "vers", "depuis", "en", "in", "near", "at", "from",
                          "outside", "across", "around", "into", "toward", "towards"})
# Nouns that announce a place name, with or without *de*: *la région
# AlTabneh*, *le village de Tal Abyad*, *the town of Bucha*.
_PLACE_NOUNS = frozenset({
    "ville", "village", "localité", "région", "province", "gouvernorat", "quartier", "banlieue",
    "district", "bourgade", "commune", "camp", "oblast", "wilaya", "département", "secteur",
    "town", "city", "region", "governorate", "neighbourhood", "neighborhood", "suburb",
    "outskirts", "villages", "localités", "environs",
})
# Nouns that make *X* an admin-1 region rather than the city of that name:
# *la province de Homs*, *Idlib governorate*, *Kharkiv oblast*.
_ADMIN_NOUNS = frozenset({"province", "gouvernorat", "governorate", "oblast", "wilaya", "état",
                          "state", "département", "region", "région"})
_MONTHS_DAYS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may june "
    "july august september october november december monday tuesday wednesday thursday friday "
    "saturday sunday".split())
# Seats of power named for the government (*la Maison Blanche a dit*, *the
# Kremlin said*): institutions, not places to pin (normalised keys).
_METONYMS = frozenset({"white house", "maison blanche", "elysee", "kremlin", "pentagon",
                       "pentagone", "matignon", "capitol", "capitole", "quai dorsay",
                       "downing street", "bercy", "beauvau", "foggy bottom", "wall street",
                       "silicon valley", "hollywood", "vatican"})
# Knowledge-base types whose names refer to their country (*U.S. military*).
_STATE_ACTOR_TYPES = frozenset({"government", "military", "judiciary_police"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# A small town's name takes no article: *selon la Ville* is the city council,
# not Villé (Bas-Rhin); *le Parisien*, *the Mall*.
_DETERMINERS = frozenset({"la", "le", "les", "l'", "l’", "the"})
# Nouns ending an organisation-like span that name an administrative unit:
# *Lagos State*, *Sindh Province*, *Donetsk Region*.
_ADMIN_SUFFIXES = frozenset({"state", "province", "region", "governorate", "oblast", "district",
                             "prefecture"})
# An upper-case acronym (*US*, *UK*, *DC*) names a country or a region, never
# a town that shares the letters case-insensitively (*Us*, France; *Uk*, Russia).
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,4}$")
# A town whose name starts with its article (*L'Aquila*, *La Rochelle*, *Le Havre*).
_OWN_ARTICLE = re.compile(r"^(?:l['’]|la |le |les |the )", re.I)
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|az|ash|an|at|ed|ez|es)-\w", re.I)
_ROMANCE_JOINERS = frozenset({"do", "da", "dos", "das", "del", "de", "di"})
_JOINERS = frozenset({"al", "el", "ad", "ar", "as", "az", "ez", "es", "ash", "an", "at", "ibn",
                      "bin", "abu", "bou", "ben"})

# Scoring weights for disambiguation, tuned by hand on constructed cases
# (Homs SY vs Al Khums LY, Paris FR vs Paris TX, Tripoli LB vs LY): the
# population prior is log10(population); a country holding every piece of
# evidence adds COUNTRY_WEIGHT, so it outweighs a population ratio of ~100
# (3.0 sent *Warsaw* to Warsaw, Indiana in US news that also names Poland);
# a named admin-1 region (*Texas*) adds ADMIN1_WEIGHT; an unambiguous place
# within NEAR_KM adds NEAR_WEIGHT.
COUNTRY_WEIGHT = 2.0
# Population prior of a large region or continent with no population of its
# own (*Middle East*): above any town that shares its name.
REGION_PRIOR = 100_000_000
ADMIN1_WEIGHT = 2.0
NEAR_WEIGHT = 1.5
NEAR_KM = 300.0

# Confidence by how the place was resolved (ordinal, not calibrated).
CONF_UNIQUE = 0.9
CONF_FUZZY = 0.6
CONF_CONTAINER = 0.5
CONF_FOCUS = 0.3
CONF_UNRESOLVED = 0.1

# A container farther than this many characters from the small place is not
# read as its container (*X, dans la banlieue de Y* is ~30 characters).
CONTAINER_WINDOW = 120


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: str
    ner: bool
    admin_cue: bool = False
    place_noun: bool = False
    prep_cue: bool = False
    determiner: bool = False
    label: str = ""
    sent: tuple[int, int] = (0, 0)
    cands: list[Candidate] = field(default_factory=list)
    fuzzy: bool = False
    chosen: Candidate | None = None
    precision: Precision = "unresolved"
    confidence: float = CONF_UNRESOLVED


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``places`` filled."""
    return dataclasses.replace(article, places=tuple(extract_places(doc, article)))


def extract_places(doc: Doc, article: Article) -> list[Place]:
    """Return the places the article mentions, resolved where the gazetteer allows."""
    # 1. collect mentions; 2. look them up; 3. gather country/region evidence;
    # 4. pick a candidate per mention; 5. containers for the unknown ones.
    mentions = _collect(doc, article.lang or "fr")
    for m in mentions:
        _look_up(m)
    evidence = _Evidence.of(doc, mentions, article.lang or "fr")
    for m in mentions:
        _choose(m, evidence)
    by_sent: dict[tuple[int, int], list[_Mention]] = {}  # a container is looked for in the sentence
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for m in mentions:
        if m.chosen is None and m.precision == "unresolved":
            _fall_back(m, by_sent[m.sent], mentions, article.text, evidence)
    return [_to_place(m, article) for m in mentions if _keep(m)]


# ---------------------------------------------------------------- mentions

def _collect(doc: Doc, lang: str) -> list[_Mention]:
    found = _Found()
    others: list[_Mention] = []
    surnames = {t.lower_ for e in doc_ents(doc) if e.label_ in ("PER", "PERSON") and len(e) > 1
                for t in e if t.is_title}
    # A name NER reads as a person more often than as a place is a person
    # (*Obama* tagged GPE once in a headline, PERSON everywhere else).
    votes: Counter[tuple[str, bool]] = Counter(
        (e.text.lower(), e.label_ in ("PER", "PERSON")) for e in doc_ents(doc)
        if e.label_ in ("PER", "PERSON") or e.label_ in _NER_LABELS)
    surnames |= {n for (n, person), k in votes.items() if person and k >= 2 and k > votes[(n, False)]}
    for ent in doc_ents(doc):
        # Names the knowledge-base ruler tagged are outlets and actors (*SANA*
        # is the Syrian agency, not Sanaa), never places.
        if ent.ent_id_:
            inner = _country_in_actor(ent)
            if inner is not None:
                found[(inner.start, inner.end)] = inner
            continue
        m = _from_span(ent, ner=True)
        if m is None:
            continue
        m.label = ent.label_
        # *Clinton*, *Obama*, *Machado* alone are the surnames of *Hillary
        # Clinton* etc. named elsewhere in the text, not towns of that name.
        if m.name.lower() in surnames:
            continue
        if ent.label_ in _NER_LABELS:
            found[(m.start, m.end)] = m
        elif ent.label_ in _OTHER_LABELS:
            owner = _possessor(ent)
            if owner is not None:
                found[(owner.start, owner.end)] = owner
            else:
                others.append(m)
    seen = _countries_seen(doc, list(found.values()), lang)
    for m in others:
        if _mislabelled_place(m, seen):
            found[(m.start, m.end)] = m
    for m in _untagged_names(doc, seen):
        if not found.overlapping(m.start, m.end):
            found[(m.start, m.end)] = m
    dateline = _dateline(doc)
    if dateline is not None and not found.overlapping(dateline.start, dateline.end):
        found[(dateline.start, dateline.end)] = dateline
    blocked = [e for e in doc_ents(doc) if e.label_ in _BLOCKING_LABELS]
    blocked_ends = [e.end_char for e in blocked]  # ascending: entities do not overlap
    strings = doc.vocab.strings
    cue = _PLACE_CUE  # by (lower, form) hashes: a preposition or a place noun
    if len(cue) >= 200_000:
        cue.clear()  # bounded in a long-running process
    for i, key in enumerate(zip(*token_columns(doc, LOWER, ORTH))):
        maybe = cue.get(key)
        if maybe is None:
            maybe = cue[key] = strings[key[0]] in _PLACE_PREPS or strings[key[1]] in _PLACE_NOUNS
        if not maybe:
            continue
        tok = doc[i]
        if tok.lower_ not in _PLACE_PREPS and not _place_noun_cue(tok, lang):
            continue
        span = _name_after(tok)
        if span is None:
            continue
        m = _from_span(span, ner=False)
        if m is None:
            continue
        # *le village de Tal Mashrafa* is a place even when NER says PER;
        # after a bare preposition (*allégeance à Daech*) only known names count.
        if not m.place_noun and (not _candidates(m.name, fuzzy=False)
                                 or _overlaps_any(blocked, blocked_ends, m.start, m.end)):
            continue
        for key in found.overlapping(m.start, m.end):
            if found[key].end - found[key].start >= m.end - m.start:
                break
            del found[key]
        else:
            found[(m.start, m.end)] = m
    return [m for m in sorted(found.values(), key=lambda m: m.start)
            if gazetteer.country_of_demonym(m.name, lang) is None
            and gazetteer.normalize(m.name) not in _METONYMS]


# A dateline opens the text in capitals: *LAGOS (Reuters) -*, *ABIDJAN -*,
# *GOMA, Democratic Republic of Congo -*. NER does not tag upper-case words.
_DATELINE = re.compile(r"\s*([A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3})(?=\s*[(,—–-])")


def _dateline(doc: Doc) -> _Mention | None:
    m = _DATELINE.match(doc_text(doc))
    if m is None or len(m.group(1)) < 3 or _ACRONYM.match(m.group(1)):
        return None
    cands = gazetteer.lookup(m.group(1).title(), fuzzy=False)
    if not cands or cands[0].feature not in ("city", "admin1", "country"):
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    mention = _from_span(span, ner=True) if span is not None else None
    if mention is not None:
        mention.label = "GPE"
    return mention


def _overlaps_any(ents: list[SpacySpan], ends: list[int], start: int, end: int) -> bool:
    """True when one of ``ents`` (in text order, ends in ``ends``) overlaps ``start:end``."""
    k = bisect.bisect_right(ends, start)  # the first entity that ends after start
    return k < len(ents) and ents[k].start_char < end


class _Found:
    """The mentions kept so far by (start, end), as a dict in insertion order,
    with the keys also sorted: the ones overlapping a span are found by bisect
    among the few that start near it, not by a scan of every mention."""

    __slots__ = ("items", "seq", "keys", "longest", "count")

    def __init__(self) -> None:
        self.items: dict[tuple[int, int], _Mention] = {}
        self.seq: dict[tuple[int, int], int] = {}  # insertion rank, as the dict orders them
        self.keys: list[tuple[int, int]] = []
        self.longest = 0
        self.count = 0

    def __getitem__(self, key: tuple[int, int]) -> _Mention:
        return self.items[key]

    def __setitem__(self, key: tuple[int, int], m: _Mention) -> None:
        if key not in self.items:
            bisect.insort(self.keys, key)
            self.seq[key] = self.count
            self.count += 1
            self.longest = max(self.longest, key[1] - key[0])
        self.items[key] = m

    def __delitem__(self, key: tuple[int, int]) -> None:
        del self.items[key], self.seq[key]
        del self.keys[bisect.bisect_left(self.keys, key)]

    def values(self) -> typing.ValuesView[_Mention]:
        return self.items.values()

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The keys of the mentions that overlap ``start:end``, in insertion order."""
        lo = bisect.bisect_left(self.keys, (start - self.longest,))
        hi = bisect.bisect_left(self.keys, (end,))
        hits = [k for k in self.keys[lo:hi] if k[0] < end and start < k[1]]
        return sorted(hits, key=self.seq.__getitem__)


def _untagged_names(doc: Doc, seen: set[str]) -> Iterator[_Mention]:
    # NER leaves some names untagged, often at the start of a sentence
    # (*Chengdu dimmed its lights*, *Uruguay and Argentina offered help*,
    # *New South Wales sent crews*): a run of proper nouns outside any entity
    # is a place when it names a country, a large city, or a region of a
    # country the text names. Common words tagged PROPN at the start of a
    # sentence rarely match such a name exactly.
    tagged = {t.i for e in doc_ents(doc) for t in e}
    poses, titles = token_columns(doc, POS, IS_TITLE)
    propn = POS_IDS["PROPN"]
    i = 0
    while i < len(doc):
        if i in tagged or poses[i] != propn or not titles[i]:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 4 and doc[j].i not in tagged and doc[j].pos_ == "PROPN" \
                and doc[j].is_title:
            j += 1
        # a run right after another name is that name's tail (*Breitbart London*)
        glued = i > 0 and (doc[i - 1].i in tagged or doc[i - 1].pos_ == "PROPN")
        m = None if glued else _from_span(doc[i:j], ner=False)
        i = j
        if m is None or m.name.lower() in _MONTHS_DAYS:
            continue
        cands = _candidates(m.name, fuzzy=False)
        if not cands:
            continue
        top = cands[0]
        if (top.feature == "country" or (top.feature == "city" and top.population >= BIG_CITY)
                or (top.feature == "admin1" and top.country in seen)):
            m.label = "GPE"
            yield m


def _country_in_actor(ent: SpacySpan) -> _Mention | None:
    # A state actor's name may name its country (*U.S. military*, *parquet
    # fédéral de Belgique*): the country is a place. An outlet's or a party's
    # name is a brand (*France Inter*, *La France insoumise*), not a mention
    # of the country.
    from ..sources.kb import load_kb

    entry = load_kb().get(ent.ent_id_)
    if entry is None or entry.type not in _STATE_ACTOR_TYPES:
        return None  # a party (*La France insoumise*), an NGO or a company is a name
    for i in range(len(ent)):
        if not _is_name_token(ent[i]):
            continue
        for j in range(min(len(ent), i + 3), i, -1):
            m = _from_span(ent[i:j], ner=True)
            if m is None or not all(_is_name_token(t) for t in ent[i:j]):
                continue
            cands = _candidates(m.name, fuzzy=False)
            if cands and cands[0].feature == "country":
                m.label = "GPE"
                return m
    return None


def _possessor(ent: SpacySpan) -> _Mention | None:
    # *Japan's Constitution*, *Germany's Bundestag* tagged ORG: the possessor
    # is a place when it names a country or a region.
    for k, tok in enumerate(ent):
        if k and tok.text in ("'s", "’s"):
            m = _from_span(ent[:k], ner=True)
            cands = _candidates(m.name, fuzzy=False) if m else []
            if m is not None and cands and cands[0].feature in ("country", "admin1"):
                m.label = "GPE"
                return m
            return None
    return None


# Per language, a form's string hash → gazetteer.country_of_demonym of the form; and
# (lower, form) hashes → whether the word is a place preposition or a place noun (_collect's
# first test). The lists are fixed, so the answers are kept (bounded).
_DEMONYM_BY_ORTH: dict[str, dict[int, str | None]] = {}
_PLACE_CUE: dict[tuple[int, int], bool] = {}


def _demonyms_by_orth(lang: str) -> dict[int, str | None]:
    table = _DEMONYM_BY_ORTH.setdefault(lang, {})
    if len(table) >= 200_000:
        table.clear()  # bounded in a long-running process
    return table


def _countries_seen(doc: Doc, mentions: list[_Mention], lang: str) -> set[str]:
    strings = doc.vocab.strings
    poses = {POS_IDS["ADJ"], POS_IDS["NOUN"], POS_IDS["PROPN"]}
    # each distinct alphabetic word of those parts of speech, looked up once
    forms = {orth for orth, pos, alpha in zip(*token_columns(doc, ORTH, POS, IS_ALPHA)) if alpha and pos in poses}
    demonym = _demonyms_by_orth(lang)
    seen = set()
    for orth in forms:
        code = demonym.get(orth, "")
        if code == "":
            code = demonym[orth] = gazetteer.country_of_demonym(strings[orth], lang)
        if code:
            seen.add(code)
    for m in mentions:
        cands = _candidates(m.name, fuzzy=False)
        if cands and cands[0].feature == "city":
            # *Gaza* the city dwarfs the towns of that name; a province of
            # Mozambique called Gaza is no town to compare it with
            cands = [c for c in cands if c.feature == "city"]
        # one country, or a name whose top place dwarfs the others (*Gaza*)
        if cands and (len({c.country for c in cands}) == 1 or len(cands) == 1
                      or cands[0].population >= DWARF_RATIO * cands[1].population):
            seen.add(cands[0].country or "")
    return seen


def _place_noun_cue(tok: Token, lang: str) -> bool:
    # *la région AlTabneh*, *le village de X*; in English only *the town of
    # X* (a lowercase noun then *of*), since *state Republicans* is no place.
    if tok.text not in _PLACE_NOUNS:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return lang != "en" or (nxt is not None and nxt.lower_ == "of")


def _mislabelled_place(m: _Mention, seen: set[str]) -> bool:
    # The small English model tags *shelled Kharkiv* ORG and *attacked Goma*
    # PERSON (the French one *a bombardé Khan Younès* PER): a short entity that
    # is a country, a region or a large city is taken as a place; a town needs
    # a place word before it or its country named elsewhere in the text.
    if len(gazetteer.normalize(m.name).split()) > 2:  # *Dayr az Zawr* counts two words
        return False
    cands = _candidates(m.name, fuzzy=False)
    if not cands:
        return False
    top = cands[0]
    if _ACRONYM.match(m.name) and top.feature != "country":
        return False  # *the VA* (Veterans Affairs) tagged ORG is no Virginia
    if top.feature in ("country", "admin1", "region", "continent"):
        return True
    if m.label in ("PER", "PERSON"):
        # a person-tagged name is a place only after a place word (*à Khan
        # Younès*) or with its country named in the text (*Khan Younès* + Gaza)
        town = next((c for c in cands if c.country in seen), None)
        return top.population >= PERSON_TAGGED_CITY or (
            town is not None and town.population >= CUED_TOWN) or (
            (m.place_noun or m.prep_cue) and top.population >= CUED_TOWN)
    if top.population >= BIG_CITY:
        return True
    # An organisation's name (*the Asahi newspaper*, *Justice and Home
    # Affairs*, *the bidding of Cameron*) is a small town only after a place
    # word; without one, a town of the countries the text names must be a city.
    town = next((c for c in cands if c.country in seen), top)
    if m.place_noun or m.prep_cue:
        return town.population >= CUED_TOWN
    return town.country in seen and town.population >= SEEN_CITY


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or bool(_ARTICLE_PREFIX.match(text)))


def _name_after(tok: Token) -> SpacySpan | None:
    # *près de Hama*, *la région d'al-Rahba*, *the town of Bucha*: skip the
    # linking *de/d'/of/the* and take the run of capitalised tokens.
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].lower_ in ("de", "d'", "d’", "of", "the", "du", "des", "la", "l'"):
        i += 1
    if i >= len(doc) or not _is_name_token(doc[i]) or doc[i].lower_ in _MONTHS_DAYS:
        return None
    j = i + 1
    while j < len(doc):
        t = doc[j]
        if _is_name_token(t) and (t.is_alpha or "-" in t.text):
            j += 1
            continue
        # *Kab al Mala*, *Deir ez-Zor*, *Abu Kamal*: particles glue name parts.
        glue = (t.text in "-'’" and not t.whitespace_) or t.lower_ in _JOINERS
        if glue and j + 1 < len(doc) and _is_name_token(doc[j + 1]):
            j += 2
            continue
        # *Rio Grande do Sul*, *Mato Grosso do Sul*: a Romance particle glues
        # only when the longer name is in the gazetteer (*à Paris de Londres* stays two)
        if t.lower_ in _ROMANCE_JOINERS and j + 1 < len(doc) and _is_name_token(doc[j + 1]):
            k = j + 2
            while k < len(doc) and _is_name_token(doc[k]) and doc[k].is_alpha:
                k += 1
            if gazetteer.lookup(doc[i:k].text, fuzzy=False):
                j = k
                continue
        break
    return doc[i:j]


def _from_span(span: SpacySpan, *, ner: bool) -> _Mention | None:
    # *région AlTabneh* (NER keeps the noun): the name starts at the first
    # capitalised token; the dropped noun tells what kind of place it is.
    toks = list(span)
    k = 0
    while k < len(toks) and not _is_name_token(toks[k]) and not _split_article(toks, k):
        k += 1
    if k == len(toks):
        return None
    head = toks[k:]
    # *North Korea's nukes*: NER keeps the possessive in the span
    while head and (head[-1].is_punct or head[-1].text in _POSSESSIVES):
        head = head[:-1]
    if not head:
        return None
    start, end = head[0].idx, head[-1].idx + len(head[-1].text)
    before = [t.lower_ for t in span.doc[max(0, head[0].i - 3):head[0].i]]
    after = [t.lower_ for t in span.doc[head[-1].i + 1:head[-1].i + 2]]
    name = span.doc[head[0].i:head[-1].i + 1].text  # Doc.text would rebuild the whole text
    if name.lower() in _MONTHS_DAYS:
        return None
    return _Mention(start=start, end=end, name=name, ner=ner,
                    admin_cue=bool(_ADMIN_NOUNS.intersection(before + after)),
                    place_noun=bool(_PLACE_NOUNS.intersection(before)),
                    prep_cue=_after_prep(head[0]),
                    determiner=head[0].i > 0 and span.doc[head[0].i - 1].lower_ in _DETERMINERS,
                    sent=sentence_of(span.doc, start))


def _split_article(toks: list[Token], k: int) -> bool:
    # spaCy splits *al-Rahba* into *al*, *-*, *Rahba*: the article opens the name.
    return (toks[k].lower_ in _JOINERS and k + 2 < len(toks) and toks[k + 1].text == "-"
            and _is_name_token(toks[k + 2]))


def sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    """Return the character bounds of the sentence holding offset ``char``."""
    # Token.sent walks the whole Doc on every call; bisect cached bounds instead.
    bounds, starts = _sentence_bounds(doc)
    i = bisect.bisect_right(starts, char) - 1
    return bounds[max(i, 0)] if bounds else (0, char)


def _sentence_bounds(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The (start, end) characters of each sentence, and their starts apart for bisect."""
    key = "selon_sentence_bounds"
    if key not in doc.user_data:
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        doc.user_data[key] = (bounds, [b[0] for b in bounds])
    return doc.user_data[key]  # type: ignore[no-any-return]


def _after_prep(tok: Token) -> bool:
    i = tok.i - 1
    while i >= 0 and tok.doc[i].lower_ in ("de", "d'", "d’", "of", "the"):
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in _PLACE_PREPS


def _look_up(m: _Mention) -> None:
    m.cands = _candidates(m.name, fuzzy=False)
    if not m.cands:
        m.cands = _candidates(m.name, fuzzy=True)
        m.fuzzy = bool(m.cands)


def _candidates(name: str, *, fuzzy: bool) -> list[Candidate]:
    cands = gazetteer.lookup(name, fuzzy=fuzzy)
    if _ACRONYM.match(name):
        # *US*, *DC*: a country, or a unit our alias files write in capitals;
        # never a town (*Us*, France) nor an AP abbreviation (*VA* is not *Va.*)
        written = name.replace(".", "") in gazetteer.acronym_aliases()
        cands = [c for c in cands if c.feature not in ("city", "admin2")
                 and (c.feature != "admin1" or written)]
    words = name.split()
    if not cands and len(words) > 1 and words[-1].lower() in _ADMIN_SUFFIXES:
        # *Lagos State*: the unit named after its city, or a unit of that name
        out: dict[Candidate, None] = {}
        for c in gazetteer.lookup(" ".join(words[:-1]), fuzzy=False):
            unit = gazetteer.admin1_of(c) if c.feature == "city" else c
            if unit is not None and unit.feature in ("admin1", "admin2"):
                out.setdefault(unit)
        cands = list(out)
    return cands


# ---------------------------------------------------------------- evidence

@dataclass(slots=True)
class _Evidence:
    countries: Counter[str]
    admin1: dict[tuple[str, str], set[tuple[int, int]]]
    anchors: list[Candidate]
    total: int = 0  # sum of countries' counts
    # Each anchor that can vouch for a nearby town, once (a town named 50 times
    # anchors 50 times), and the answer of _near per candidate asked about, by id.
    near_anchors: list[Candidate] = field(default_factory=list)
    near: dict[int, tuple[Candidate, bool]] = field(default_factory=dict)
    focus: list[Candidate | None] = field(default_factory=list)  # _focus, once computed

    @classmethod
    def of(cls, doc: Doc, mentions: list[_Mention], lang: str) -> _Evidence:
        # Countries named count twice, demonyms (*l'armée syrienne*) and
        # places whose candidates all lie in one country once each.
        countries: Counter[str] = Counter()
        admin1: dict[tuple[str, str], set[tuple[int, int]]] = {}
        anchors: list[Candidate] = []
        strings = doc.vocab.strings
        poses = {POS_IDS["ADJ"], POS_IDS["NOUN"], POS_IDS["PROPN"]}
        demonym = _demonyms_by_orth(lang)  # by form hash: each distinct word looked up once
        for orth, pos, alpha in zip(*token_columns(doc, ORTH, POS, IS_ALPHA)):
            if pos in poses and alpha:
                code = demonym.get(orth, "")
                if code == "":
                    code = demonym[orth] = gazetteer.country_of_demonym(strings[orth], lang)
                if code:
                    countries[code] += 1
        for m in mentions:
            if m.fuzzy or not m.cands:
                continue
            codes = {c.country for c in m.cands}
            top = m.cands[0]
            if top.feature == "country":
                countries[top.country or ""] += 2
            elif len(codes) == 1:
                countries[top.country or ""] += 1
            # A named country or region (*Texas*, *Illinois*) anchors even when a
            # small town shares its name; so does any name with one candidate.
            if len(m.cands) == 1 or top.feature in ("country", "admin1", "admin2"):
                anchors.append(top)
                if top.feature == "admin1" and top.admin1 and top.country:
                    admin1.setdefault((top.country, top.admin1), set()).add(m.sent)
        countries.pop("", None)
        unique = {id(a): a for a in anchors if a.feature in ("city", "admin1", "admin2")}
        return cls(countries=countries, admin1=admin1, anchors=anchors, total=sum(countries.values()),
                   near_anchors=list(unique.values()))

    def share(self, code: str | None) -> float:
        """Return the fraction of country evidence that points at ``code``."""
        total = self.total
        return self.countries.get(code or "", 0) / total if total else 0.0

    def dominant(self) -> str | None:
        """Return the country with the most evidence, if any."""
        return self.countries.most_common(1)[0][0] if self.countries else None


def _score(c: Candidate, ev: _Evidence, sent: tuple[int, int]) -> float:
    population = REGION_PRIOR if c.feature in ("region", "continent") else c.population
    score = math.log10(population + 10) + COUNTRY_WEIGHT * ev.share(c.country)
    # a region named in the same sentence (*Paris, Texas*; *San Bernardino,
    # Calif.*) vouches for its towns there, not for every town of the text
    if c.country and c.admin1 and sent in ev.admin1.get((c.country, c.admin1), ()):
        score += ADMIN1_WEIGHT
    if _near(c, ev):
        score += NEAR_WEIGHT
    return score


def _near(c: Candidate, ev: _Evidence) -> bool:
    """True when another anchor (city or region) lies within NEAR_KM of ``c``."""
    known = ev.near.get(id(c))
    if known is None:
        near = False
        for a in ev.near_anchors:
            if a is not c:
                d = c.distance_km(a)
                if d is not None and d <= NEAR_KM:
                    near = True
                    break
        known = ev.near[id(c)] = (c, near)  # c kept: its id stays its own
    return known[1]


def _choose(m: _Mention, ev: _Evidence) -> None:
    cands = [c for c in m.cands if _plausible(c, m, ev)]
    if not cands:
        return
    ranked = sorted(cands, key=lambda c: _score(c, ev, m.sent), reverse=True)
    best = ranked[0]
    margin = _score(best, ev, m.sent) - _score(ranked[1], ev, m.sent) if len(ranked) > 1 else 3.0
    if m.admin_cue and best.feature == "city":
        region = gazetteer.admin1_of(best)
        best = region or best
    elif best.feature in ("admin1", "admin2") and not m.admin_cue:
        best = _country_reading(best, cands, ev)
        if best.feature == "admin1":
            best = _capital_reading(best, cands, ev)
    m.chosen = best
    m.precision = best.feature
    base = CONF_FUZZY if m.fuzzy else CONF_UNIQUE
    # An ambiguous name is as sure as its score margin: one log10 unit of
    # population (x10) is a comfortable lead.
    m.confidence = round(base * min(1.0, 0.5 + margin / 2), 2)


def _country_reading(unit: Candidate, cands: list[Candidate], ev: _Evidence) -> Candidate:
    # *near the border with Niger* in Nigerian news is the country, not Niger
    # State (which the text would call *Niger State*): a country's name is the
    # country unless the unit is the larger of the two and its own country
    # has more evidence in the text (*Georgia* in US news is the state).
    country = next((c for c in cands if c.feature == "country" and c.country != unit.country), None)
    if country is None:
        return unit
    if unit.population > country.population and ev.share(unit.country) > ev.share(country.country):
        return unit
    return country


def _capital_reading(region: Candidate, cands: list[Candidate], ev: _Evidence) -> Candidate:
    # *Washington* is both a state and the capital: the capital (the
    # government) unless the text says *state* or names another place of
    # that state (*Seattle*, *Spokane*).
    capital = next((c for c in cands if c.country == region.country and gazetteer.is_capital(c)), None)
    if capital is None:
        return region
    inside = any(a.country == region.country and a.admin1 == region.admin1 and a.feature == "city"
                 and a is not capital for a in ev.anchors)
    return region if inside else capital


def _plausible(c: Candidate, m: _Mention, ev: _Evidence) -> bool:
    if (m.determiner and c.feature != "country" and _ACRONYM.match(m.name)
            and m.name.replace(".", "") not in gazetteer.acronym_aliases()):
        return False  # *the VA* is an agency; *the US*, *the UAE*, *the DC council* are places
    if c.feature in ("admin1", "admin2"):
        # a county, district or province abroad needs its country in the text
        # or a size (*Long Island*, a district of the Bahamas, in US news)
        # (a unit of unknown size, population 0, is trusted)
        return ev.share(c.country) > 0 or c.population >= FOREIGN_TOWN or c.population == 0
    if c.feature != "city":
        return True
    if m.fuzzy:
        # A skeleton match is a transliteration guess: trust it inside a
        # country the document already talks about, or for a large city
        # named in several words (*Deir Ezzor* alone); never a one-word
        # near miss abroad (*Manche* → München, *AlTabneh* → Thái Bình).
        return ev.share(c.country) > 0 or (c.population >= FUZZY_CITY and " " in m.name.strip())
    if c.population < ALIAS_CITY and gazetteer.normalize(c.name) != gazetteer.normalize(m.name):
        return False  # GeoNames keeps old or rare names of small towns (*Moselle* → Toul)
    if c.population < ALIAS_CITY and m.determiner and not _OWN_ARTICLE.match(c.name):
        return False  # *selon la Ville* (Villé, 1,700 inhabitants); *L'Aquila* has its own
    if ev.countries and ev.share(c.country) == 0 and c.population < FOREIGN_TOWN:
        return False  # *Obama* (Japan) in US news, *Bank* (India)
    if m.label in _NER_LABELS:
        return True  # *la centrale de Flamanville* (1,700 inhabitants), tagged LOC
    # a name NER tagged otherwise, or found after a preposition, must be a
    # town of some size unless a place word or its region vouches for it
    cued = m.prep_cue or m.place_noun or m.sent in ev.admin1.get((c.country or "", c.admin1 or ""), ())
    return cued or c.population >= SMALL_TOWN


# ---------------------------------------------------------------- fallback

def _fall_back(m: _Mention, same_sent: list[_Mention], mentions: list[_Mention], text: str,
               ev: _Evidence) -> None:
    # Only names with a place cue fall back: a place noun (*la région
    # d'al-Rahba*) allows the document focus; a preposition or an Arabic
    # article (*à Kab al-Mala, dans la banlieue de ...*) a named container in
    # the sentence; an unknown NER "LOC" with no cue (*Daech*) stays out.
    if not (m.place_noun or m.prep_cue or _looks_arabic_place(m.name)):
        return
    container = _named_container(m, same_sent, text)
    if container is not None:
        place, between = container
        m.chosen = place.chosen
        m.confidence = CONF_CONTAINER
        m.precision = _container_precision(place.chosen, between)  # type: ignore[arg-type]  # chosen set
        return
    if not m.place_noun:
        return
    if not ev.focus:  # a fallback gives no city or admin1 reading: the focus stays the same
        ev.focus.append(_focus(mentions, ev))
    focus = ev.focus[0]
    if focus is not None:
        m.chosen, m.precision, m.confidence = focus, "within_admin1", CONF_FOCUS
        return
    top = ev.dominant()
    if top and ev.share(top) >= 0.5:
        m.chosen, m.precision, m.confidence = gazetteer.country(top), "within_country", CONF_FOCUS
        if m.chosen is None:
            m.precision = "unresolved"


def _looks_arabic_place(name: str) -> bool:
    return bool(_ARTICLE_PREFIX.match(name)) or bool(re.match(r"^(?:Al|El)[A-Z]", name))


def _named_container(m: _Mention, mentions: list[_Mention], text: str
                     ) -> tuple[_Mention, str] | None:
    # The container follows the small place in news style (*à Kab al-Mala,
    # dans la banlieue de Deir Ezzor*; *X, située dans la province de Y*);
    # one that precedes it in the sentence is the second choice.
    same = [o for o in mentions if o is not m and o.chosen is not None and o.sent == m.sent
            and o.precision in ("city", "admin1", "admin2", "country")]
    after = [o for o in same if 0 <= o.start - m.end <= CONTAINER_WINDOW]
    before = [o for o in same if 0 <= m.start - o.end <= CONTAINER_WINDOW]
    if after:
        o = min(after, key=lambda o: o.start)
        return o, text[m.end:o.start]
    if before:
        o = max(before, key=lambda o: o.end)
        return o, text[o.end:m.start]
    return None


def _container_precision(c: Candidate, between: str) -> Precision:
    if c.feature == "city":
        if re.search(r"\b(province|gouvernorat|governorate|oblast|wilaya)\b", between, re.I):
            return "within_admin1"
        return "vicinity_of_city"
    if c.feature in ("admin1", "admin2"):
        return "within_admin1"
    return "within_country"


def _focus(mentions: list[_Mention], ev: _Evidence) -> Candidate | None:
    # A Syrian-war article naming Deir Ezzor six times and no other town
    # more than once: an unknown village in it is taken to lie in Deir Ezzor's
    # governorate (low confidence), never pinned on a single town.
    counts: Counter[Candidate] = Counter(
        m.chosen for m in mentions if m.chosen is not None and m.precision in ("city", "admin1"))
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n < 2 or (rest and rest[0][1] == n):
        return None
    if top.feature == "admin1":
        return top
    return gazetteer.admin1_of(top)


def _keep(m: _Mention) -> bool:
    if m.chosen is not None:
        return True
    # Unknown names are kept, unresolved, only after a place noun (*le village de X*).
    return m.place_noun


_OWN_PRECISIONS = frozenset({"city", "admin1", "admin2", "country", "continent", "region"})


def _to_place(m: _Mention, article: Article) -> Place:
    span = Span.of(article.text, m.start, m.end)
    c = m.chosen
    own = m.precision in _OWN_PRECISIONS
    return Place(
        id=stable_id(article.id, "place", m.start, m.end, prefix="p-"),
        span=span,
        name=c.name if c is not None and own else m.name,
        geonames_id=c.geonames_id if c is not None and own else None,
        lat=c.lat if c is not None else None,
        lon=c.lon if c is not None else None,
        country=c.country if c is not None else None,
        feature=c.feature if c is not None and own else None,
        precision=m.precision,
        confidence=m.confidence,
        attribution=article.attribution_at(span),
    )
