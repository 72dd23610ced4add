"""Word lists used to type sources: role nouns, demonyms, conflict words (data/kb/lexicons)."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, Errors
from .kb import KB_DIR, fold, yaml_loader

LEXICON_DIR = KB_DIR / "lexicons"
_WORD = re.compile(r"[\w’'.-]+")


def words(text: str) -> list[str]:
    """Return the normalised words of ``text``, elided articles split off (``l'armée`` → l', armée)."""
    return [w for w, _, _ in _word_spans(text)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Return (normalised word, start, end) for each word of ``text``, as :func:`words` splits them."""
    return list(_word_spans(text))


@functools.lru_cache(maxsize=1 << 14)
def _word_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    # memoised: the rules split the same source phrases again and again
    return tuple(_split_words(text))


def _split_words(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text.replace("’", "'")):
        w = normalize_word(m.group(0))
        head, sep, rest = w.partition("'")
        if sep and rest and len(head) <= 2:
            cut = m.start() + m.group(0).index("'") + 1
            out.extend([(head + "'", m.start(), cut), (rest, cut, m.end())])
        elif w:
            out.append((w, m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for the same words again and again
def normalize_word(word: str) -> str:
    """Return one word casefolded without accents; hyphens kept ("porte-parole")."""
    return "-".join(fold(part) for part in word.strip(".").split("-") if part)


def variants(word: str) -> set[str]:
    """Return the word with plural and feminine endings removed (voisines → voisin)."""
    out = {word}
    for suffix in ("s", "x", "e", "es", "ne", "nes"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)])
    # French feminine forms that are not the masculine plus -e: influenceuse → influenceur,
    # directrice → directeur, policière → policier, sportive → sportif (accents are folded).
    for fem, masc in _FEMININE:
        if word.endswith(fem) and len(word) > len(fem) + 2:
            out.add(word[: -len(fem)] + masc)
    return out


_FEMININE = (("euse", "eur"), ("euses", "eur"), ("rice", "eur"), ("rices", "eur"), ("ere", "er"),
             ("eres", "er"), ("ive", "if"), ("ives", "if"))


def _load(name: str) -> dict:
    import yaml

    path = LEXICON_DIR / name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml_loader())  # noqa: S506 (safe loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Errors.E113.format(path=f"selon/data/kb/lexicons/{name}", detail=exc)) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(Errors.E018.format(path=path, detail=str(exc))) from exc
    if not isinstance(data, dict) or "version" not in data:
        raise ConfigError(Errors.E018.format(path=path, detail="missing 'version' key"))
    return data


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def _inflect_fr(entry: str) -> list[str]:
    """Return masculine, feminine and plural forms of a French demonym."""
    masc, _, fem = entry.partition("/")
    if not fem:
        for end, fend in (("ien", "ienne"), ("éen", "éenne"), ("ain", "aine"), ("in", "ine"),
                          ("ais", "aise"), ("ois", "oise"), ("an", "ane"), ("ol", "ole")):
            if masc.endswith(end):
                fem = masc[: -len(end)] + fend
                break
        else:
            fem = masc if masc.endswith("e") else masc + "e"
    forms = {masc, fem}
    forms |= {f if f.endswith(("s", "x")) else f + "s" for f in (masc, fem)}
    return sorted(forms)


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role phrase found in a noun phrase: its type and where it sits."""

    type: str
    phrase: tuple[str, ...]
    index: int
    relational: bool
    former: bool


@dataclass(frozen=True)
class Lexicons:
    """All word lists, normalised."""

    roles: dict[tuple[str, ...], str]
    relational: dict[tuple[str, ...], str]
    indefinite: frozenset[tuple[str, ...]]
    skip: frozenset[str]
    former: frozenset[str]
    honorifics: dict[str, str]
    demonyms: dict[str, str]
    written_demonyms: dict[str, str]
    countries: dict[tuple[str, ...], str]
    conflict: frozenset[str]
    forces: frozenset[str]
    max_len: int
    suffixes: tuple[tuple[str, str], ...] = ()  # ("logue", "expert"): a role noun by its ending
    english: frozenset[tuple[str, ...]] = frozenset()  # role phrases of the English lists
    collective: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)  # "des gens", "la marche"
    legal: frozenset[str] = frozenset()  # "plainte contre", "lawsuit": an article reporting a legal dispute
    trial: frozenset[str] = frozenset()  # "a requis", "plaidoirie": of those, a trial
    labour: frozenset[str] = frozenset()  # "grève", "walked off the job": an article reporting a strike
    dispute: frozenset[str] = frozenset()  # "bras de fer", "tariffs": an article reporting another dispute
    election: frozenset[str] = frozenset()  # "second tour", "conceded": an article reporting an election

    @functools.cached_property
    def _phrase_keys(self) -> frozenset[tuple[int, str, str]]:
        """(length, first word, last word) of every phrase of the three tables of ``match_at``."""
        return frozenset((len(p), p[0], p[-1]) for table in (self.relational, self.roles, self.collective)
                         for p in table)

    @functools.cached_property
    def _memo(self) -> dict[tuple[str, tuple[str, ...]], object]:
        """Results of ``match_at`` and ``head_role`` by their words (the rules ask again
        and again about the same phrases); cleared when it grows large."""
        return {}

    def _memoised(self, kind: str, key: tuple[str, ...], compute: Callable[[], object]) -> object:
        memo = self._memo
        got = memo.get((kind, key), memo)
        if got is memo:
            if len(memo) > 1 << 16:
                memo.clear()
            got = memo[(kind, key)] = compute()
        return got

    def match_at(self, toks: list[str], i: int) -> tuple[tuple[str, ...], str, bool] | None:
        """Return the longest (phrase, type, relational) starting at token ``i``."""
        # it reads at most max_len words from i
        return self._memoised("at", tuple(toks[i:i + self.max_len]),  # type: ignore[return-value]
                              lambda: self._match_at(toks, i))

    def _match_at(self, toks: list[str], i: int) -> tuple[tuple[str, ...], str, bool] | None:
        keys = self._phrase_keys
        heads = _variants_by_length(toks[i]) if i < len(toks) else ()
        for n in range(min(self.max_len, len(toks) - i), 0, -1):
            # a phrase of n words can start here only if some variant of its first and
            # last words begins and ends a listed phrase of n words (tested once per n)
            tails = heads if n == 1 else _variants_by_length(toks[i + n - 1])
            if not any((n, h, t) in keys for h in heads for t in tails):
                continue
            cand = toks[i:i + n]
            for table, rel in ((self.relational, True), (self.roles, False), (self.collective, False)):
                for phrase in _expand(cand):
                    if phrase in table:
                        return phrase, table[phrase], rel
        for suffix, type_ in self.suffixes:  # "hydrologue", "volcanologist"
            for form in heads:
                if form.endswith(suffix) and len(form) > len(suffix) + 1:
                    return (toks[i],), type_, False
        return None

    def head_role(self, toks: list[str]) -> RoleMatch | None:
        """Return the role at the head of a noun phrase, skipping determiners and modifiers."""
        return self._memoised("head", tuple(toks), lambda: self._head_role(toks))  # type: ignore[return-value]

    def _head_role(self, toks: list[str]) -> RoleMatch | None:
        former = False
        # a possessive owner opens the phrase like a determiner ("Sweden's migration agency")
        i = next((k + 1 for k, t in enumerate(toks[:4]) if t.endswith(("'s", "’s")) and k + 1 < len(toks)), 0)
        while i < len(toks):
            tok = toks[i]
            # a quantifier of several words opens the phrase: "une partie des salariés" (no "parti")
            lead = next((n for n in (4, 3, 2) if tuple(toks[i:i + n]) in self.indefinite), 0)
            if lead:
                i += lead
                continue
            hit = self.match_at(toks, i)
            if hit:
                return RoleMatch(hit[1], hit[0], i, hit[2], former)
            if tok in self.former or tok.startswith("ex-"):
                former = True
                if tok.startswith("ex-"):
                    toks = toks[:i] + [tok[3:]] + toks[i + 1:]
                    continue
            # The indefinite and skip words open the phrase; anything else ends the search
            # unless it is an adjective-like demonym ("l'ancien ministre russe" is handled
            # by the role; "le russe Sivkov" has no role).
            if not (tok in self.skip or (tok,) in self.indefinite or tok in self.demonyms
                    or tok in self.honorifics or tok.isdigit()):
                # English puts modifiers before the head ("Defense Secretary", "senior U.S. officials").
                if i + 1 < len(toks) and self.match_at(toks, i + 1):
                    i += 1
                    continue
                return None
            i += 1
        return None

    def find_roles(self, toks: list[str]) -> list[RoleMatch]:
        """Return every role phrase anywhere in ``toks``."""
        out: list[RoleMatch] = []
        i = 0
        while i < len(toks):
            hit = self.match_at(toks, i)
            if hit:
                out.append(RoleMatch(hit[1], hit[0], i, hit[2], False))
                i += len(hit[0])
            else:
                i += 1
        return out

    def is_indefinite(self, toks: list[str]) -> bool:
        """Return True when the phrase opens with an indefinite determiner or quantifier."""
        return any(tuple(toks[:n]) in self.indefinite for n in (1, 2, 3, 4))

    def country_in(self, toks: list[str]) -> str | None:
        """Return the country of the first demonym, else of the first country name, in ``toks``."""
        for tok in toks:
            if tok in self.demonyms:
                return self.demonyms[tok]
        for i in range(len(toks)):
            for n in (4, 3, 2, 1):
                code = self.countries.get(tuple(toks[i:i + n]))
                if code:
                    return code
        return None


@functools.lru_cache(maxsize=65536)
def _variants_by_length(word: str) -> tuple[str, ...]:
    """:func:`variants`, longest first (ties in alphabetical order)."""
    return tuple(sorted(variants(word), key=lambda v: (-len(v), v)))


def _expand(cand: list[str]) -> list[tuple[str, ...]]:
    """Return the phrase with its last word's plural/feminine variants ("sources policières")."""
    if len(cand) == 1:
        return [(v,) for v in _variants_by_length(cand[0])]
    heads = _variants_by_length(cand[0])
    tails = _variants_by_length(cand[-1])
    mid = tuple(cand[1:-1])
    return [(h, *mid, t) for h in heads for t in tails]


_FILES = ("roles.yaml", "demonyms.yaml", "conflict.yaml")


@functools.lru_cache(maxsize=8)
def speaker_words(lang: str, key: str) -> frozenset[str]:
    """A word list of ``speakers.yaml`` for ``lang`` (``incise_verbs``: verbs that report
    speech only in an incise and that the reporting-verb list leaves out)."""
    return frozenset(_speakers().get(key, {}).get(lang, ()))


@functools.lru_cache(maxsize=1)
def _speakers() -> dict:
    """``speakers.yaml`` as read, cached on disk like the lexicons (no YAML parsing at start)."""
    from .. import datacache

    inputs = [LEXICON_DIR / "speakers.yaml", Path(__file__)]
    return datacache.cached("speakers", inputs, lambda: _load("speakers.yaml"), dict, dict)


LANGS = ("fr", "en")


def load_lexicons(lang: str | None = None) -> Lexicons:
    """Return the role, demonym and conflict word lists of ``lang`` (loaded once per language).

    The role words, the words that open a phrase and the force nouns are read from
    ``lang``'s lists only: French *militants* is no English *militant*, *poste* no
    *post*, *la défense* no *Defense*. ``None`` (or a language without lists) merges
    every language, for callers that see no article (the KB patterns). Demonyms,
    country names and honorifics serve every language. The normalised lists are cached
    on disk (``selon.datacache``), keyed by the YAML files and by this module and ``kb``
    (which normalise them).
    """
    return _load_lexicons(lang if lang in LANGS else None)


@functools.lru_cache(maxsize=4)
def _load_lexicons(lang: str | None) -> Lexicons:
    from .. import datacache
    from . import kb

    inputs = [*(LEXICON_DIR / name for name in _FILES), Path(__file__), Path(kb.__file__)]
    return datacache.cached(f"lexicons-{lang or 'all'}", inputs, functools.partial(_build, lang), _dump, _restore)


def _dump(lex: Lexicons) -> dict:
    return {f.name: tuple(sorted(v)) if isinstance(v, frozenset) else v
            for f in dataclasses.fields(lex) for v in [getattr(lex, f.name)]}


def _restore(data: dict) -> Lexicons:
    return Lexicons(**{f.name: frozenset(data[f.name]) if str(f.type).startswith("frozenset")
                       else dict(data[f.name]) if str(f.type).startswith("dict") else data[f.name]
                       for f in dataclasses.fields(Lexicons)})


def _of(by_lang: dict, lang: str | None) -> list:
    """The per-language lists of ``by_lang`` that ``lang`` reads (all of them for ``None``)."""
    return [v for k, v in by_lang.items() if lang is None or k == lang]


def _build(lang: str | None = None) -> Lexicons:
    roles_data = _load("roles.yaml")
    roles: dict[tuple[str, ...], str] = {}
    english: set[tuple[str, ...]] = set()
    for type_, by_lang in roles_data["roles"].items():
        for entries in _of(by_lang, lang):
            for entry in entries:
                roles.setdefault(_phrase(entry), type_)
        english.update(_phrase(entry) for entry in by_lang.get("en", ()))
    relational = {_phrase(k): v for table in _of(roles_data["relational"], lang) for k, v in table.items()}
    english.update(_phrase(k) for k in roles_data["relational"].get("en", {}))
    indefinite = frozenset(_phrase(w) for ws in _of(roles_data["indefinite"], lang) for w in ws)
    skip = frozenset(normalize_word(w) if "'" not in w else w for ws in _of(roles_data["skip"], lang)
                     for w in ws)
    former = frozenset(normalize_word(w) for ws in _of(roles_data["former"], lang) for w in ws)
    honorifics = {normalize_word(k): v for k, v in roles_data["honorifics"].items()}
    dem_data = _load("demonyms.yaml")
    written: dict[str, str] = {}
    for code, entries in dem_data["fr"].items():
        for entry in entries:
            for form in _inflect_fr(entry):
                written.setdefault(form.lower(), str(code))
    for code, entries in dem_data["en"].items():
        for entry in entries:
            written.setdefault(entry.lower(), str(code))
    demonyms: dict[str, str] = {}
    for form, code in written.items():
        demonyms.setdefault(normalize_word(form).replace(".", ""), code)
    countries = {_phrase(name): str(code) for code, names in dem_data["countries"].items() for name in names}
    conf = _load("conflict.yaml")
    conflict = frozenset(" ".join(_phrase(w)) for ws in _of(conf["conflict"], lang) for w in ws)
    forces = frozenset(normalize_word(w) for ws in _of(conf["forces"], lang) for w in ws)
    legal = frozenset(" ".join(_phrase(w)) for lang in conf.get("legal", {}).values() for w in lang)
    trial = frozenset(" ".join(_phrase(w)) for lang in conf.get("trial", {}).values() for w in lang)
    labour = frozenset(" ".join(_phrase(w)) for ws in conf.get("labour", {}).values() for w in ws)
    dispute = frozenset(" ".join(_phrase(w)) for ws in conf.get("dispute", {}).values() for w in ws)
    election = frozenset(" ".join(_phrase(w)) for ws in conf.get("election", {}).values() for w in ws)
    collective = {_phrase(entry): type_ for type_, by_lang in roles_data.get("collective", {}).items()
                  for entries in _of(by_lang, lang) for entry in entries}
    max_len = max(len(p) for p in [*roles, *relational, *collective])
    suffixes = tuple((normalize_word(suf), type_) for type_, by_lang in roles_data.get("suffixes", {}).items()
                     for entries in _of(by_lang, lang) for suf in entries)
    return Lexicons(roles, relational, indefinite, skip, former, honorifics, demonyms, written, countries,
                    conflict, forces, max_len, suffixes, frozenset(english), collective, legal, trial, labour, dispute,
                    election)


load_lexicons.cache_clear = _load_lexicons.cache_clear  # type: ignore[attr-defined]
