"""Knowledge base of outlets, agencies, state and armed actors, NGOs and international bodies.

The data lives in ``selon/data/kb/*.yaml`` (written by us from public facts, see
``docs/kb.md``); users add their own entries with ``load_kb(extra=path)``. Every
file is validated with pydantic; a bad one raises ``ConfigError`` (E018) naming
the file, the entry and the problem, and nothing from it is loaded.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError, Errors
from ..model import EntityType

KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"

# Fuzzy matching (rapidfuzz ``fuzz.ratio`` on normalised names) accepts a name at
# or above this score. Chosen on spelling variants we wrote: one typo or dropped
# letter in a long name scores 95-99 ("Observatoire syrien des droits de l'home"
# 98.8, "Hayat Tahrir al-Sham"/"al-Cham" 95.0, "Sputnik Nws" 95.7), while distinct
# outlets sharing words stay below 90 ("Washington Times"/"Post" 77.4, "Daily
# Mail"/"Mirror" 72.7, "Al Jazira"/"Al Jazeera" 84.2, which is an alias instead).
FUZZY_THRESHOLD = 92
# Shorter normalised names only match exactly: "France 4" scores 94.1 against
# "France 24", and a typo in "RT" or "TASS" is another word.
FUZZY_MIN_LENGTH = 10
# Aliases this short written in capitals ("UN", "AP", "FO", "RT") only match capitals.
ACRONYM_MAX = 4
# Longest alias, in words, tried by :meth:`KnowledgeBase.find_in`.
MAX_ALIAS_WORDS = 10


def yaml_loader() -> type:
    """libyaml's safe loader (it parses the KB files about ten times faster than the
    pure-Python one). yaml is imported here, when a YAML file is read: a start with
    the caches filled reads none."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[no-any-return]


def __getattr__(name: str) -> type:
    # ``YAML_LOADER`` is still importable from here; yaml loads when it is asked for.
    if name == "YAML_LOADER":
        return yaml_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

KBType = Literal[
    "state_media", "media", "news_agency", "social_media", "government", "politician",
    "judiciary_police", "military", "armed_group", "monitor_ngo", "international_org",
    "company", "expert",
]

_MEDIA_TYPES = {"state_media", "media", "news_agency", "social_media"}
_ENTITY_TYPES: dict[str, EntityType] = {
    "state_media": "media", "media": "media", "news_agency": "media", "social_media": "media",
    "military": "military", "armed_group": "armed_group", "government": "government",
}

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
# "le", "la", "l'", "les", "the" open many names as written in a sentence
# ("l'Observatoire syrien…", "the Pentagon"); "El", "Al" are part of Arabic names.
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l')")
_ELIDED = {"l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'"}
# The words _LEADING_ARTICLE drops, and the words find_in looks at.
_ARTICLES = frozenset(("le", "la", "les", "the"))
_FIND_WORD = re.compile(r"[\w.-]+['’]?")
_RAW_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l')", re.IGNORECASE)


# fold and normalize are pure and called on the same names again and again
# (every source, every entity against the KB and the lexicons): memoised.
class _NoCombining(dict):
    """A ``str.translate`` table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _NoCombining()
_DOT_IN_WORD = re.compile(r"(?<=\w)\.(?=\w)")
_FOLD_WORD = re.compile(r"[\w']+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Return ``text`` casefolded, without accents, dots or punctuation, apostrophes unified."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no decomposition and no combining mark
        text = unicodedata.normalize("NFKD", text)
        if not text.isascii():
            text = text.translate(_DROP_COMBINING)
    # "O.N.U." and "U.S." are written with or without dots; any other dot or
    # punctuation separates words, as spaces do.
    return " ".join(_FOLD_WORD.findall(_DOT_IN_WORD.sub("", text.casefold())))


@functools.lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Return ``name`` folded (see :func:`fold`) without a leading article (le, la, l', les, the)."""
    return _LEADING_ARTICLE.sub("", fold(name)).strip()


class _EntryModel(BaseModel):
    """Schema of one knowledge-base entry (see docs/kb.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    type: KBType
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    owner: str | None = None
    state_affiliated: bool = False
    public_service: bool = False
    state_owned: bool = False
    loose: bool = False
    aliases: list[str] = []
    metonyms: list[str] = []
    side: str | None = None
    note: str | None = None

    @field_validator("aliases", "metonyms")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not isinstance(v, str) or not v.strip() for v in values):
            raise ValueError("aliases must be non-empty strings")
        return values


class _FileModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int | str
    entries: list[_EntryModel]


@dataclass(frozen=True, slots=True, kw_only=True)
class KBEntry:
    """One outlet, agency, actor or organisation of the knowledge base."""

    id: str
    name: str
    type: str
    country: str | None = None
    owner: str | None = None
    state_affiliated: bool = False
    public_service: bool = False
    state_owned: bool = False  # a state holds it (public service included); see docs/kb.md
    loose: bool = False
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    side: str | None = None
    source_file: str = ""

    @property
    def entity_type(self) -> EntityType:
        """Return the entity type this entry gives its mentions."""
        return _ENTITY_TYPES.get(self.type, "organisation")

    @property
    def is_media(self) -> bool:
        """Return True for outlets, agencies and platforms."""
        return self.type in _MEDIA_TYPES

    @property
    def party_key(self) -> str | None:
        """Return the key a conflict side is known by: ``side``, else the country."""
        return self.side or self.country

    def names(self) -> tuple[str, ...]:
        """Return the name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """The loaded entries with a normalised-name index."""

    entries: tuple[KBEntry, ...]
    version: str = ""
    # SHA-256 of the files it was read from: keys the entity ruler's cache.
    digest: str = field(default="", compare=False)
    _index: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _metonyms: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _by_id: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _acronyms: set[str] = field(default_factory=set, repr=False)
    # The normalised names and metonyms of each entry, when read from the cache
    # (normalising ~2,000 names costs more than reading the whole cache).
    _keys: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] | None = field(
        default=None, repr=False, compare=False)
    # Fuzzy answers by normalised name: a long text asks for the same sources again and again.
    _fuzzy: dict[str, KBEntry | None] = field(default_factory=dict, repr=False, compare=False)
    # find_in's answers by (text, metonyms): the same source phrase is searched by
    # several rules (speaker test, outlet prefix, typing)
    _found: dict[tuple[str, bool, int | None], tuple[tuple[int, int, KBEntry], ...]] = field(
        default_factory=dict, repr=False, compare=False)
    # The names a fuzzy lookup of a given length compares with (_fuzzy_choices).
    _by_length: dict[int, list[str]] = field(default_factory=dict, repr=False, compare=False)
    _lengths: dict[int, list[tuple[int, str]]] = field(default_factory=dict, repr=False, compare=False)
    # The first word of each normalised name, without and with metonyms (find_in's filter).
    _firsts: dict[bool, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for n, entry in enumerate(self.entries):
            self._by_id[entry.id] = entry
            names, metonyms = self._keys[n] if self._keys else entry_keys(entry)
            for alias, key in zip(entry.names(), names):
                self._index.setdefault(key, entry)
                # "UN", "AP", "FO" are also words ("un", "fo"): they match only in capitals.
                if len(key) <= ACRONYM_MAX and alias.isupper():
                    self._acronyms.add(key)
            for key in metonyms:
                self._metonyms.setdefault(key, entry)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> KBEntry | None:
        """Return the entry with this id."""
        return self._by_id.get(entry_id)

    def lookup(self, name: str, *, fuzzy: bool = True, metonyms: bool = False) -> KBEntry | None:
        """Return the entry named ``name`` (normalised, then fuzzy above FUZZY_THRESHOLD)."""
        key = normalize(name)
        if not key:
            return None
        hit = self._hit(key, name, metonyms)
        if hit or not fuzzy or len(key) < FUZZY_MIN_LENGTH:
            return hit
        if key not in self._fuzzy:
            from rapidfuzz import fuzz, process  # loaded on the first fuzzy lookup

            if len(self._fuzzy) >= 50_000:
                self._fuzzy.clear()
            best = process.extractOne(key, self._fuzzy_choices(len(key)), scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_THRESHOLD)
            self._fuzzy[key] = self._index[best[0]] if best else None
        return self._fuzzy[key]

    def _fuzzy_choices(self, n: int) -> list[str]:
        """The names, in index order, whose length lets them reach FUZZY_THRESHOLD against
        a name of ``n`` characters: fuzz.ratio is 100 × (1 − d / (n + m)) with an edit
        distance d of at least |n − m|, so the others cannot (nor change which name wins)."""
        known = self._by_length.get(n)
        if known is None:
            if not self._lengths:  # (index position, name) by name length, made once
                for pos, key in enumerate(self._index):
                    self._lengths.setdefault(len(key), []).append((pos, key))
            picked = sorted(item for m, items in self._lengths.items()
                            if 100 * (1 - abs(n - m) / (n + m)) >= FUZZY_THRESHOLD - 1e-6 for item in items)
            known = self._by_length[n] = [key for _, key in picked]
        return known

    def _hit(self, key: str, raw: str, metonyms: bool) -> KBEntry | None:
        if key in self._acronyms:
            bare = _RAW_ARTICLE.sub("", raw.strip().translate(_APOSTROPHES)).replace(".", "")
            # Two letters must be capitals ("UN", not "un"); longer ones may be "Onu", "Otan".
            if not (bare.isupper() or (len(key) > 2 and bare[:1].isupper())):
                return None
        entry = self._index.get(key) or (self._metonyms.get(key) if metonyms else None)
        # A loose name is also a common phrase: "l'agence de presse" is not La Presse.
        if entry is not None and entry.loose and not any(ch.isupper() for ch in raw):
            return None
        if entry is not None and " " not in raw.strip() and raw.islower() and _RAW_ARTICLE.sub(
                "", entry.name)[:1].isupper() and key not in self._acronyms:
            return None  # "libre" in a sentence is no newspaper "La Libre": one lower-case word names no title
        return entry

    def find_in(self, text: str, *, metonyms: bool = False,
                first_words: int | None = None) -> list[tuple[int, int, KBEntry]]:
        """Return the longest non-overlapping exact alias matches in ``text`` as (start, end, entry).

        ``first_words``: only the matches that start within the first so many
        words (the same matches as without it, the later ones left out)."""
        key = (text, metonyms, first_words)
        known = self._found.get(key)
        if known is None:
            if len(self._found) >= 50_000:
                self._found.clear()
            known = self._found[key] = tuple(self._find_in(text, metonyms, first_words))
        return list(known)

    def _first_words(self, metonyms: bool) -> frozenset[str]:
        """The first word of every normalised name (and metonym)."""
        known = self._firsts.get(metonyms)
        if known is None:
            keys = [*self._index, *(self._metonyms if metonyms else ())]
            known = self._firsts[metonyms] = frozenset(k.split(" ", 1)[0] for k in keys if k)
        return known

    def _find_in(self, text: str, metonyms: bool,
                 first_words: int | None = None) -> list[tuple[int, int, KBEntry]]:
        # "l’armée" is two words, so the match starts at "armée".
        words = [(m.start(), m.end()) for m in _FIND_WORD.finditer(text)]
        firsts = self._first_words(metonyms)
        found: list[tuple[int, int, KBEntry]] = []
        # matches are taken from left to right: those that start in the first
        # words do not depend on the words after
        last = len(words) if first_words is None else min(len(words), first_words)
        i = 0
        while i < last:
            if text[words[i][0]:words[i][1]].lower().replace("’", "'") in _ELIDED:
                i += 1
                continue
            # fold works character by character and a space ends its words, so
            # a phrase whose first word is followed by a space folds to that
            # word's fold first: unless it is an article (which normalize
            # drops), no name longer than one word starts here when no name
            # starts with that word.
            longest = min(len(words), i + MAX_ALIAS_WORDS)
            if words[i][1] < len(text) and text[words[i][1]].isspace():
                first = fold(text[words[i][0]:words[i][1]]).split(" ", 1)[0]
                if first and first not in firsts and first not in _ARTICLES and not first.startswith("l'"):
                    longest = i + 1
            for j in range(longest, i, -1):
                start, end = words[i][0], words[j - 1][1]
                piece = text[start:end].rstrip(".")
                hit = self._hit(normalize(piece), piece, metonyms)
                if hit:
                    found.append((start, start + len(piece), hit))
                    i = j - 1
                    break
            i += 1
        return found

    def aliases(self) -> Iterable[tuple[str, KBEntry]]:
        """Yield every (alias, entry) pair, names included."""
        for entry in self.entries:
            for alias in entry.names():
                yield alias, entry


def entry_keys(entry: KBEntry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the normalised names (name, then aliases) and metonyms of ``entry``."""
    return tuple(map(normalize, entry.names())), tuple(map(normalize, entry.metonyms))


def _read(path: Path) -> tuple[str, list[KBEntry]]:
    import yaml

    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml_loader())  # noqa: S506 (safe loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(Errors.E018.format(path=path, detail=f"can't read it as YAML ({exc})")) from exc
    if not isinstance(raw, dict):
        raise ConfigError(Errors.E018.format(
            path=path, detail="the top level must be a mapping with 'version' and 'entries'"))
    try:
        model = _FileModel.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(Errors.E018.format(path=path, detail=_describe(exc, raw))) from exc
    seen: set[str] = set()
    for i, e in enumerate(model.entries):
        if e.id in seen:
            raise ConfigError(Errors.E018.format(
                path=path, detail=f"entry #{i + 1} (id {e.id!r}): the id is used twice; ids must be unique"))
        seen.add(e.id)
    entries = [KBEntry(**{**e.model_dump(exclude={"note"}), "aliases": tuple(e.aliases),
                          "metonyms": tuple(e.metonyms), "source_file": path.name})
               for e in model.entries]
    return str(model.version), entries


def _describe(exc: ValidationError, raw: dict) -> str:
    """Say which entry (index and id) and which field is wrong."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    where = ".".join(map(str, loc))
    if len(loc) >= 2 and loc[0] == "entries" and isinstance(loc[1], int):
        items = raw.get("entries") or []
        item = items[loc[1]] if loc[1] < len(items) else None
        ident = item.get("id") if isinstance(item, dict) else None
        field_name = ".".join(map(str, loc[2:])) or "(the entry itself)"
        where = f"entry #{loc[1] + 1} (id {ident!r}), field '{field_name}'"
    return f"{where}: {err['msg']} (got {err.get('input')!r})"


# Bump when the cached layout of a validated KB changes.
CACHE_FORMAT = 2


def _merge(files: list[Path], extra: Path | None) -> KnowledgeBase:
    digest = hashlib.sha256()
    for path in [*files, *([extra] if extra is not None and extra.is_file() else [])]:
        with contextlib.suppress(OSError):  # an unreadable file is refused by _read below
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    # A KB already validated is read back from the cache (JSON named by a hash of
    # its files and of this module): no YAML parsing or validation at each start.
    # Only a KB that passed validation is ever written there.
    key = hashlib.sha256(f"{CACHE_FORMAT}|{extra is not None}|{digest.hexdigest()}|".encode()
                         + Path(__file__).read_bytes()).hexdigest()[:24]
    cached = _cache_read(key)
    if cached is not None:
        return KnowledgeBase(tuple(KBEntry(**e) for e in cached["entries"]), version=cached["version"],
                             digest=digest.hexdigest(), _keys=cached["keys"])
    entries, version = _merge_files(files, extra)
    keys = [entry_keys(e) for e in entries]
    _cache_write(key, {"version": version, "entries": [_entry_dict(e) for e in entries], "keys": keys})
    return KnowledgeBase(tuple(entries), version=version, digest=digest.hexdigest(), _keys=tuple(keys))


def _entry_dict(entry: KBEntry) -> dict:
    return {f.name: getattr(entry, f.name) for f in dataclasses.fields(entry)}


def _cache_path(key: str) -> Path:
    from .gazetteer import cache_dir

    return cache_dir() / f"kb-{key}.json"


def _cache_read(key: str) -> dict | None:
    try:
        data = json.loads(_cache_path(key).read_text(encoding="utf-8"))
        for e in data["entries"]:
            e["aliases"], e["metonyms"] = tuple(e["aliases"]), tuple(e["metonyms"])
        data["keys"] = tuple((tuple(names), tuple(metonyms)) for names, metonyms in data["keys"])
        if len(data["keys"]) != len(data["entries"]):
            return None
        return data  # type: ignore[no-any-return]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or unreadable: validate the files again


def _cache_write(key: str, data: dict) -> None:
    path = _cache_path(key)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _merge_files(files: list[Path], extra: Path | None) -> tuple[list[KBEntry], str]:
    entries: dict[str, KBEntry] = {}
    versions = []
    for path in files:
        version, loaded = _read(path)
        versions.append(f"{path.stem}@{version}")
        for entry in loaded:
            if entry.id in entries:
                raise ConfigError(Errors.E018.format(
                    path=path, detail=f"entry id {entry.id!r} is already defined in "
                                      f"{entries[entry.id].source_file}; ids must be unique"))
            entries[entry.id] = entry
    if extra is not None:
        if not extra.exists():
            raise ConfigError(Errors.E018.format(path=extra, detail="file not found"))
        version, loaded = _read(extra)
        versions.append(f"{extra.stem}@{version}")
        # A user entry with a built-in id replaces it, and its aliases come first.
        for entry in loaded:
            entries.pop(entry.id, None)
        user = {e.id: e for e in loaded}
        entries = {**user, **entries}
    return list(entries.values()), " ".join(versions)


@functools.lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    files = sorted(KB_DIR.glob("*.yaml"))
    if not files:  # an empty knowledge base would type no source, silently
        raise ConfigError(Errors.E113.format(path="selon/data/kb/*.yaml", detail=f"no YAML file in {KB_DIR}"))
    return _merge(files, None)


# The knowledge base in use: the built-in one unless ``using_kb`` sets another
# (``selon analyze --kb``, ``selon.analyze(..., kb=...)``). The entity ruler,
# the entities layer and source typing all read it through ``load_kb()``.
_ACTIVE: contextvars.ContextVar[KnowledgeBase | None] = contextvars.ContextVar("selon_kb", default=None)


def load_kb(extra: str | Path | None = None) -> KnowledgeBase:
    """Return the knowledge base in use, or the built-in one plus the entries of ``extra``.

    Without ``extra``: the one set by :func:`using_kb`, else the built-in one
    (read once). With ``extra``: read and validated again if the file changed.
    """
    if extra is None:
        return _ACTIVE.get() or _default()
    path = Path(extra)
    try:
        st = path.stat()
    except OSError:
        return _merge(sorted(KB_DIR.glob("*.yaml")), path)  # raises E018 naming the file
    return _with_extra(str(path.resolve()), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _with_extra(path: str, mtime_ns: int, size: int) -> KnowledgeBase:
    return _merge(sorted(KB_DIR.glob("*.yaml")), Path(path))


@contextlib.contextmanager
def using_kb(kb: KnowledgeBase | str | Path | None) -> Iterator[KnowledgeBase]:
    """Make ``kb`` (or the built-in KB plus that file) the one in use inside the block."""
    if kb is None:
        yield load_kb()
        return
    chosen = kb if isinstance(kb, KnowledgeBase) else load_kb(kb)
    token = _ACTIVE.set(chosen)
    try:
        yield chosen
    finally:
        _ACTIVE.reset(token)
