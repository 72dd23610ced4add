"""The entities layer: named mentions grouped per article into typed entities.

spaCy's NER gives the mentions; a ruler fed by the knowledge base (``add_kb_ruler``,
added once in ``selon.nlp.pipeline.load_pipeline``) tags outlets and actors the model
mislabels ("El Nashra", "Sputnik" as persons) and forces named by a demonym
("l'armée russe"). Mentions are grouped when they share a KB entry, when one is the
surname of a full name ("Sourovikine" / "Sergueï Sourovikine"), when one is the
acronym of another ("CPME" / "Confédération des petites et moyennes entreprises"), or
when an attribution's source noun phrase holds a person's name (the whole phrase "le
commandant des forces russes en Syrie Sergueï Sourovikine" is a mention of him).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from ..model import Article, Entity, EntityType, Span, stable_id
from ..nlp.pipeline import doc_ents
from ..sources.kb import KBEntry, KnowledgeBase, load_kb, normalize
from ..sources.lexicons import Lexicons, load_lexicons, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

RULER_NAME = "selon_kb_ruler"
# Labels the ruler writes; "ORG" exists in both the French and the English models.
RULER_LABEL = "ORG"
# Prefix of the ruler ids of forces named by a demonym ("armée russe" → force:RU).
FORCE_PREFIX = "force:"
# Nouns that name a whole armed force (not its means): these make an entity.
_FORCE_HEADS_FR = ("armée", "armées", "forces", "aviation", "marine", "troupes")
_FORCE_HEADS_EN = ("army", "forces", "military", "troops", "navy")

_LABELS: dict[str, EntityType] = {
    "PER": "person", "PERSON": "person", "ORG": "organisation", "LOC": "place", "GPE": "place",
    "FAC": "place", "MISC": "other",
}
_ARTICLES = {"le", "la", "les", "l'", "l’", "the"}
_HONORIFICS = {"m.", "m", "mme", "mlle", "mgr", "dr", "me", "pr", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
               "dr.", "gen.", "sen.", "rep."}
_ACRONYM_STOP = {"de", "des", "du", "la", "le", "les", "l'", "d'", "pour", "et", "en", "of", "the",
                 "for", "and", "à", "aux", "au", "a"}


def add_kb_ruler(nlp: Language, kb: KnowledgeBase | None = None) -> Language:
    """Add the knowledge-base entity ruler before ``ner`` (once) and return ``nlp``.

    Without ``kb`` the ruler uses the knowledge base in use when each text is
    parsed (the built-in one, or a user's file set by ``using_kb``); its patterns
    are cached on disk (``selon.nlp.kbruler``).
    """
    if RULER_NAME in nlp.pipe_names:
        return nlp
    from ..nlp import kbruler  # noqa: F401  (registers the selon_kb_ruler factory)

    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("selon_kb_ruler", name=RULER_NAME, **where)
    ruler.kb = kb  # type: ignore[attr-defined]
    return nlp


def kb_patterns(nlp: Language, kb: KnowledgeBase, lex: Lexicons) -> list[dict]:
    """Return entity-ruler phrase patterns: KB aliases and demonym-named forces.

    All patterns are phrases (matched on token texts, see ``selon.nlp.kbruler``,
    which costs little per token); token patterns with ``LOWER`` made the pipeline 37 %
    slower on fr-dev. Proper names match case-sensitively ("Le Monde" the paper,
    not "le monde"); lower-case descriptions ("armée russe") are added with a capital
    too, for sentence starts.
    """
    patterns: list[dict] = []
    seen: set[str] = set()

    def add(form: str, ident: str) -> None:
        for variant in (form, form.replace("'", "’")):
            if variant not in seen:
                seen.add(variant)
                patterns.append({"label": RULER_LABEL, "pattern": variant, "id": ident})

    for alias, entry in kb.aliases():
        if entry.loose:
            continue
        add(alias, entry.id)
        if alias[:1].islower():
            add(alias[:1].upper() + alias[1:], entry.id)
    for form, code in lex.written_demonyms.items():
        if " " in form or "." in form:
            continue
        for head in _FORCE_HEADS_FR:
            add(f"{head} {form}", FORCE_PREFIX + code)
            add(f"{head.capitalize()} {form}", FORCE_PREFIX + code)
        for head in _FORCE_HEADS_EN:
            add(f"{form.capitalize()} {head}", FORCE_PREFIX + code)
            add(f"{form} {head}", FORCE_PREFIX + code)
    return patterns


@dataclasses.dataclass
class _Mention:
    span: Span
    label: EntityType
    entry: KBEntry | None = None
    force: str | None = None
    proper: bool = True  # a name, not a source noun phrase that holds one


def _trim(ent: SpacySpan) -> tuple[int, int] | None:
    """Return the character offsets of ``ent`` without a leading article or honorific."""
    toks = list(ent)
    while toks and (toks[0].lower_ in _ARTICLES or toks[0].lower_ in _HONORIFICS):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _mentions(doc: Doc, article: Article, kb: KnowledgeBase) -> list[_Mention]:
    out: list[_Mention] = []
    for ent in doc_ents(doc):
        label = _LABELS.get(ent.label_)
        bounds = _trim(ent)
        if label is None or bounds is None:
            continue
        span = article.span(*bounds)
        entry: KBEntry | None = None
        force = None
        if ent.ent_id_.startswith(FORCE_PREFIX):
            force = ent.ent_id_[len(FORCE_PREFIX):]
            entry = kb.lookup(span.text, fuzzy=False)
        elif ent.ent_id_:
            entry = kb.get(ent.ent_id_)
        else:
            # Person names only match exactly: a fuzzy "Sputnik" for "Spoutnik" is fine,
            # a fuzzy outlet for a surname is not.
            entry = kb.lookup(span.text, fuzzy=label != "person")
        if label == "other" and 2 <= len(span.text) <= 6 and span.text.isupper():
            label = "organisation"  # the model tags acronyms MISC: "la CEPP", "la FFR"
        if entry is None and label == "person" and not span.text[:1].isupper():
            continue  # "président de la République" is a role, not a name
        if entry is None and (label == "other" or _noise(ent)):
            continue  # MISC without a KB entry is mostly noise ("Su-34", "Coalition")
        out.append(_Mention(span, label, entry, force))
    return out


_CALENDAR = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday"}


def _noise(ent: SpacySpan) -> bool:
    """Return True for one-word mentions that are a capitalised verb or weekday.

    The model tags sentence-initial words as names: "Citant comme source…",
    "Interrogé par Sputnik…", "Mardi, l'armée…".
    """
    if len(ent) != 1:
        return False
    tok = ent[0]
    return tok.lower_ in _CALENDAR or tok.pos_ in ("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ")


def _source_mentions(article: Article, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """Return (noun-phrase mention, person mention it holds) for attribution sources."""
    pairs = []
    seen: set[tuple[int, int]] = set()
    # Person mentions by start offset: each source looks at the ones it spans only.
    people = sorted((m.span.start, n) for n, m in enumerate(mentions) if m.label == "person")
    starts = [start for start, _ in people]
    for att in article.attributions:
        src = att.source
        if src is None or (src.start, src.end) in seen:
            continue
        seen.add((src.start, src.end))
        near = sorted(n for _, n in people[bisect.bisect_left(starts, src.start):bisect.bisect_left(starts, src.end)])
        inside = [mentions[n] for n in near if src.contains(mentions[n].span)]
        if len(inside) == 1 and inside[0].span != src:
            pairs.append((_Mention(src, "person", None, None, proper=False), inside[0]))
    return pairs


def _name_tokens(text: str) -> list[str]:
    toks = [t for t in re.split(r"[\s]+", text.strip()) if t]
    while toks and toks[0].lower().rstrip(".") in {h.rstrip(".") for h in _HONORIFICS}:
        toks = toks[1:]
    return [normalize(t) for t in toks]


def _initials(text: str) -> str:
    toks = [t for t in re.split(r"[\s'’-]+", text) if t]
    return "".join(t[0] for t in toks if t.lower() not in _ACRONYM_STOP and t[0].isalpha()).upper()


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _group(mentions: list[_Mention]) -> _Groups:
    # 1. same KB entry or same folded text; 2. surname of a full name; 3. acronym.
    groups = _Groups(len(mentions))
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        keys = [f"kb:{m.entry.id}"] if m.entry else []
        keys.append(f"{m.label}:{normalize(m.span.text)}")
        for key in keys:
            if key in first:
                groups.union(first[key], i)
            else:
                first[key] = i
    people = [(i, _name_tokens(m.span.text)) for i, m in enumerate(mentions)
              if m.label == "person" and m.proper and m.entry is None]
    # Full names by each of their shorter tails ("Macron" → "emmanuel macron"), the
    # first mention of each name kept: one look-up per mention, not a scan of all.
    tails: dict[tuple[str, ...], dict[str, int]] = {}
    for j, full in people:
        for k in range(1, len(full)):
            tails.setdefault(tuple(full[-k:]), {}).setdefault(" ".join(full), j)
    for i, short in people:
        longer = tails.get(tuple(short), {}) if short else {}
        # "Macron" with both "Emmanuel Macron" and "Brigitte Macron" in the text stays apart.
        if len(longer) == 1:
            groups.union(next(iter(longer.values())), i)
    orgs = [(i, m) for i, m in enumerate(mentions) if m.label in ("organisation", "other") and m.proper]
    by_initials: dict[str, list[int]] = {}
    for j, other in orgs:
        if len(other.span.text.split()) >= 2:
            firsts = by_initials.setdefault(_initials(other.span.text), [])
            if len(firsts) < 2:
                firsts.append(j)
    for i, m in orgs:
        text = m.span.text.strip()
        if 2 <= len(text) <= 6 and text.isupper():
            j = next((j for j in by_initials.get(text, ()) if j != i), None)
            if j is not None:
                groups.union(i, j)
    return groups


def _entity(article: Article, members: list[_Mention], lex: Lexicons) -> Entity:
    proper = [m for m in members if m.proper]
    entry = next((m.entry for m in members if m.entry), None)
    force = next((m.force for m in members if m.force), None)
    if entry:
        name, etype, country = entry.name, entry.entity_type, entry.country
    else:
        best = max(proper or members, key=lambda m: (len(m.span.text.split()), -m.span.start))
        name, etype, country = best.span.text, best.label, None
        if force:
            etype, country = "military", force
        if country is None and etype != "place":
            country = next((c for m in members if (c := lex.country_in(words(m.span.text)))), None)
    spans = sorted({(m.span.start, m.span.end): m.span for m in members}.values(),
                   key=lambda s: (s.start, s.end))
    aliases = [*(entry.names() if entry else ()), *(m.span.text for m in proper)]
    aliases = list(dict.fromkeys(a for a in aliases if a != name))
    first = spans[0]
    return Entity(id=stable_id(article.id, "entity", first.start, first.end, prefix="ent-"),
                  name=name, type=etype, mentions=tuple(spans), aliases=tuple(aliases),
                  kb_id=entry.id if entry else None, country=country)


def extract_entities(doc: Doc, article: Article, kb: KnowledgeBase | None = None) -> list[Entity]:
    """Return the article's entities, grouped from NER, KB-ruler and source mentions."""
    kb = kb or load_kb()
    lex = load_lexicons(article.lang)
    mentions = _mentions(doc, article, kb)
    pairs = _source_mentions(article, mentions)
    index = {id(m): i for i, m in enumerate(mentions)}
    for np, person in pairs:
        mentions.append(np)
        index[id(np)] = len(mentions) - 1
    groups = _group(mentions)
    for np, person in pairs:
        groups.union(index[id(np)], index[id(person)])
    by_root: dict[int, list[_Mention]] = {}
    for i, m in enumerate(mentions):
        by_root.setdefault(groups.find(i), []).append(m)
    entities = [_entity(article, members, lex) for members in by_root.values()]
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``entities`` filled."""
    return dataclasses.replace(article, entities=tuple(extract_entities(doc, article)))
