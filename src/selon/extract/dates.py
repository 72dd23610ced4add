"""The dates layer: date expressions resolved against the publication date.

Candidates come from our own French and English patterns (and, in English,
spaCy ``DATE`` entities they miss, parsed by dateparser); each is resolved
against ``Article.published``.

Fields of :class:`~selon.model.DateRef`:

- ``value``: ``YYYY-MM-DD`` (granularity ``day`` and ``week``), ``YYYY-MM``
  (``month``) or ``YYYY`` (``year``); ``None`` when not resolved.
- ``end``: set for intervals: a week (*la semaine dernière* → its Monday to
  its Sunday), *depuis 2014* / *since May* (until ``published``), *au cours
  des deux dernières semaines* / *the past two weeks* (``published`` minus
  two weeks to ``published``), *de 2014 à 2016*.
- ``resolved``: false when nothing anchors the expression: ``published`` is
  ``None`` and the expression is relative (*hier*, *mardi*, *last week*) or
  lacks a year (*le 26 août*). Such a date has ``value`` ``None``; we never
  guess. Absolute dates (*le 19 mars 2015*, *en 2014*) resolve without it.
- ``relative_to``: the ``published`` date used to resolve, else ``None``.
- ``weekday_mismatch``: *samedi 26 août* where 26 August is not a Saturday.

Conventions (news usage):

- A bare weekday (*Mardi*, *on Tuesday*, *ce mardi*) is the last such day on
  or before publication (a Thursday article's *mardi* is two days before),
  unless its sentence is in the future tense (*Mardi, il se rendra…*), then
  the next one. *mardi dernier* / *last Tuesday* is strictly before,
  *mardi prochain* / *next Tuesday* strictly after.
- A day and month without a year is the last one on or before publication,
  unless the next one is at most ``_NEAR_FUTURE_DAYS`` ahead or the sentence
  is in the future tense; *dernier*/*last* forces the past one,
  *prochain*/*next* the future one.
- A month without a year is the latest one not after the publication month;
  *septembre dernier* in a September article is the previous year's.
- *il y a deux semaines* / *two weeks ago* shifts ``published`` exactly
  (day granularity for days and weeks, month and year otherwise).
- Times of day (*11 h 30*) are skipped; seasons and decades too.
Lexicons live in ``selon/data/facts/dates.json``.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from text_to_num import text2num

from ..errors import ConfigError, Errors, ExtractionError
from ..data import load_json
from ..model import Article, DateRef, stable_id
from ..nlp.pipeline import case_blind_lower, doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc

Granularity = Literal["day", "week", "month", "year"]
# Which way an undated expression points: "future", "past" or None (the default rules).
# "present": the date's own verb is in the present (*sont appelés aux urnes
# le 9 juin*): a day and month is the nearer of the past and coming ones.
Direction = Literal["future", "past", "present"] | None

COMPONENT = "selon.dates.v1"

# How far before a candidate *depuis*/*since* or a month/year preposition
# is looked for; the longest preposition (*en ce mois de*) is 14 chars.
_PREP_WINDOW = 20
# A day and month without a year is read as upcoming only when it falls
# within this many days after publication (*le sommet du 12 septembre* in a
# 7 September article) or its sentence is in the future tense; otherwise the
# last past one (*between January 1 and September 26* in a September
# article). Chosen from the fr-dev and polnear-dev outputs, where past
# references dominate.
_NEAR_FUTURE_DAYS = 30
# dateparser results are cached per (language, published, text); an article
# holds a few dozen candidates, a batch a few thousand.
_DATEPARSER_CACHE = 4096

_YEAR = r"(?:1[89]\d\d|20\d\d)"


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_json("facts/dates.json")  # type: ignore[no-any-return]


def _apos(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _boundary(pattern: str) -> str:
    return rf"(?<![\w\-]){pattern}(?![\w])"


def _lead(*words: Any, digit: bool = False) -> str:
    """A lookahead for the first characters a match can start with (the first
    characters of ``words``, and a digit if ``digit``): it only saves the engine
    trying a long alternation at every word start; it matches the same."""
    firsts = sorted({re.escape(w[0]) for group in words for w in group})
    return rf"(?=[{chr(92) + 'd' if digit else ''}{''.join(firsts)}])"


def _number_words(lang: str) -> list[str]:
    path = resources.files("selon.data").joinpath("facts/quantities.json")
    try:
        words: list[str] = json.loads(path.read_text(encoding="utf-8"))[lang]["number_words"]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(Errors.E040.format(path=path, detail=exc)) from exc
    return words


@dataclass(frozen=True, slots=True)
class _DateLexicon:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    past: frozenset[str]
    future: frozenset[str]
    days: dict[str, int]
    units: dict[str, str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    since_before: re.Pattern[str]
    month_prep_before: re.Pattern[str]
    anaphors: dict[str, int]
    anaphor_shifts: dict[str, int]
    future_prep_before: re.Pattern[str] | None
    announcement: re.Pattern[str] | None
    id_nouns: frozenset[str]
    feasts: dict[str, tuple[int, int]]
    # The anaphor pattern with its counted branch (*deux jours plus tard*) switched off, for a
    # text where ``shift_probe`` (a unit word then a shift word) finds nothing: that branch
    # cannot match there, and trying it at every position is most of the pattern's cost.
    anaphor_alone: re.Pattern[str] | None = None
    shift_probe: re.Pattern[str] | None = None
    # Per pattern (same order), a test every text it can match passes (``_Gate``), or None:
    # a text that fails it is not searched (the engine would try each position in vain).
    gates: tuple[_Gate | None, ...] = ()


@dataclass(frozen=True, slots=True)
class _Gate:
    """What a text must hold for a date pattern to match anywhere in it: one of ``words``
    and a match of ``low_re`` in the lower-cased text, a match of each of ``needs`` in the
    text as given. It is a necessary condition read off the pattern (every match holds
    one of the words of a group it cannot do without), so a text that fails it has no
    match; the tests are plain searches, much cheaper than the pattern's."""

    words: tuple[str, ...] = ()
    low_re: re.Pattern[str] | None = None
    needs: tuple[re.Pattern[str], ...] = ()

    def passes(self, text: str, low: str | None) -> bool:
        if low is not None:
            if self.words and not any(w in low for w in self.words):
                return False
            if self.low_re is not None and self.low_re.search(low) is None:
                return False
        return all(p.search(text) for p in self.needs)


def _fr_gates(kinds: list[str], lex: dict[str, Any]) -> tuple[_Gate | None, ...]:
    """The French patterns' gates (see :class:`_Gate`), in ``kinds`` order; each names a
    group that every match of its pattern holds (the patterns are in :func:`_lexicon`)."""
    digit, year = re.compile(r"\d"), re.compile(_YEAR)

    def low(*groups: Any) -> tuple[str, ...]:
        return tuple(sorted({w.lower() for g in groups for w in g}))

    by_kind = {
        "full": _Gate(low(lex["months"]), needs=(digit,)),  # a day number and a month
        "years": _Gate(needs=(year,)),
        "ago": _Gate(low_re=re.compile(r"y\s+a|voilà|voici")),  # *il y a*, *voilà*, *voici*
        "last_n": _Gate(("derniers", "dernières", "dernieres")),
        "since_n": _Gate(("depuis",)),
        "in_n": _Gate(("dans",)),
        "weekend": _Gate(("week",)),
        "feast": _Gate(low(lex["feasts"])),
        # the counted branch (*deux jours plus tard*) is gated by shift_probe in _candidates
        "anaphor": _Gate(low(lex["anaphors"])),
        "day_part": _Gate(low(lex["day_parts"], ("soirée", "matinée", "journée", "après-midi", "nuit"))),
        "dayword": _Gate(low(lex["days"])),
        "month": _Gate(low(lex["months"])),
        "weekday": _Gate(low(lex["weekdays"])),
        "day_only": _Gate(low_re=re.compile(r"le\s\d")),  # after *le*, a digit
        "year": _Gate(needs=(year,)),
    }
    gates = [by_kind.get(k) for k in kinds]
    # the two numeric patterns: *12/03/2021* (a digit, a slash or stop, a digit), ISO *2021-03-12*
    first, second = kinds.index("numeric"), kinds.index("numeric") + 1
    gates[first] = _Gate(needs=(re.compile(r"\d[/.]\d"),))
    gates[second] = _Gate(needs=(re.compile(r"\d-\d"),))
    return tuple(gates)


@functools.lru_cache(maxsize=4)
def _lexicon(lang: str) -> _DateLexicon:
    data = _data()
    if lang not in ("fr", "en"):
        raise ConfigError(Errors.E041.format(lang=lang))
    lex = data[lang]
    fr = lang == "fr"
    # English month and weekday names are matched case-sensitively so that
    # *may* and *march* stay verbs; French names are lower-case words.
    flags = re.IGNORECASE
    mon, wd = _alt(lex["months"]), _alt(lex["weekdays"])
    if not fr:
        mon, wd = f"(?-i:{mon})", f"(?-i:{wd})"
    rel = _alt(lex["past"] + lex["future"])
    units = _alt(lex["units"])
    days = _alt(lex["days"])
    this = _alt(lex["this"])
    numw = _alt(_number_words(lang))
    # *deux*, *vingt et un*, *2*: a count of days, weeks… (read by text2num).
    # The lookahead (the first characters a count can start with) only saves the
    # engine trying every number word at every position; it matches the same.
    firsts = "".join(sorted({re.escape(w[0]) for w in _number_words(lang)}))
    number = rf"(?=[\d{firsts}])(?:\d{{1,3}}|(?:{numw})(?:[\s-](?:et[\s-]|and\s)?(?:{numw}))*)"
    if fr:
        # A two-digit year (*le 3 mars 98*) only when no word follows it.
        yy = (r"(?P<yy>\d\d)(?=\s*(?:$|[,.;:)!?»]|\s(?:à|au|aux|en|et|dans|avec|par|sur|pour|lors|chez)\s))"
              r"(?![.,]\d)")
        full = [_lead(lex["this"], lex["weekdays"], digit=True) + rf"(?:(?:{this})\s+)?(?:(?P<wd>{wd})\s+)?(?P<day>\d{{1,2}})(?:er)?(?:\s+|-)(?P<mon>{mon})"
                rf"(?:\s+(?:(?P<year>{_YEAR})|{yy}))?(?:\s+(?P<rel>{rel}))?"]
        numeric = rf"(?P<day>\d{{1,2}})[/.](?P<mon_n>\d{{1,2}})[/.](?:(?P<year>{_YEAR})|(?P<yy>\d\d)(?!\d))"
        month = (_lead(("début", "fin", "mi-", "courant"), lex["months"]) + rf"(?:(?P<pre>début|fin|mi-|courant)\s*)?(?:(?P<mon1>{mon})\s*(?:[-–/]|\s(?:et|ou|à)\s)\s*)?"
                 rf"(?P<mon>{mon})(?:\s+(?:(?P<year>{_YEAR})|{yy}))?(?:\s+(?P<rel>{rel}))?")
        anaphor = (_lead(lex["anaphors"]) + rf"(?P<ana>{_alt(lex['anaphors'])})(?!\s+(?:de\s|du\s|des\s|d['’]))"
                   rf"|(?P<n>{number})\s+(?P<unit>jours?|semaines?)\s+(?P<shift>{_alt(lex['anaphor_shifts'])})"
                   # *deux jours après les heurts* counts from an event, not a day
                   r"(?!\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|des|du|de|d['’]|que|qu['’])\b)")
        day_part = (rf"(?:(?:dans|durant|pendant|au\s+cours\s+de|tard\s+dans|tôt\s+dans)\s+)"
                    rf"(?:la\s+|l['’])(?P<part>{_alt(lex['day_parts'])})(?!\s+(?:de\s|du\s|des\s|d['’]|où\s|qui\s|suivante|précédente|dernière))"
                    rf"|en\s+(?:(?:début|fin)\s+(?:de\s+|d['’]))?(?P<part2>soirée|matinée|journée|après-midi|nuit)(?!\s+(?:de\s|du\s|des\s|d['’]))")
        weekday = _lead(lex["this"], lex["weekdays"]) + rf"(?:(?P<this>{this})\s+)?(?P<wd>{wd})(?!s)(?:\s+(?P<rel>{rel}))?"
        period = (rf"(?:(?P<this>{this})|la|le|l['’])\s*(?P<unit>semaine|mois|année|an)(?:-ci)?"
                  rf"(?:\s+(?P<rel>{rel}))?")
        ago = rf"(?:il\s+y\s+a|voilà|voici)\s+(?P<n>{number})\s+(?P<unit>{units})"
        last_n = rf"(?P<n>{number})\s+(?:derniers|dernières|derniere?s)\s+(?P<unit>{units})"
        since_n = rf"depuis\s+(?P<n>{number})\s+(?P<unit>{units})"
        in_n = rf"dans\s+(?P<n>{number})\s+(?P<unit>{units})"
        years = rf"(?:(?:de|entre)\s+)?(?P<y1>{_YEAR})\s*(?:[-–]|\s(?:à|et)\s)\s*(?P<y2>{_YEAR})"
        # *ce week-end*, *le week-end dernier*: a Saturday and Sunday
        weekend = rf"(?:(?P<this>{this})|le)\s+week-?end(?:\s+(?P<rel>{rel}))?"
        # *à Noël*, *pour la Toussaint*: a feast after a preposition (*le marché
        # de Noël*, *les vacances de la Toussaint* name no day)
        feast = _lead(("la",), lex["feasts"]) + rf"(?:la\s+)?(?P<feast>{_alt(lex['feasts'])})"
        # *Le 13, le conseil a voté…*, *le 31 au soir*: a day of the month
        # alone, after *le* and before a comma or a part of day (not an
        # address: *au 13, rue…*)
        day_only = (r"(?<=\ble\s)(?P<day>1er|[12]?\d|3[01])(?=\s*,(?!\s*(?:rue|avenue|boulevard|place|chemin|"
                    r"impasse|allée|route|quai|bd|av)\b)|\s+au\s+(?:soir|matin)\b|\s+dans\s+la\s+(?:soirée|matinée|"
                    r"nuit|journée)\b)")
    else:
        day_part = feast = day_only = r"(?!x)x"  # French only
        # *the next day*, *two days later*: from the last day named (not *the
        # day after the vote*, counted from an event)
        anaphor = (_lead(lex["anaphors"]) + rf"(?P<ana>{_alt(lex['anaphors'])})(?!\s+(?:the|a|an|his|her|their|its|of)\b)"
                   r"(?!(?<=after)\s+\w)(?!(?<=before)\s+\w)"
                   rf"|(?P<n>{number})\s+(?P<unit>days?|weeks?)\s+(?P<shift>{_alt(lex['anaphor_shifts'])})")
        # *this weekend*, *last weekend*, *over the weekend* (the last one)
        weekend = r"(?:(?P<this>this)|(?P<rel>last|next)|(?P<over>over\s+the))\s+weekend"
        full = [_lead(lex["weekdays"], lex["months"]) + rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                rf"(?:,?\s+(?P<year>{_YEAR}))?",
                rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<mon>{mon})(?:,?\s+(?P<year>{_YEAR}))?"]
        numeric = rf"(?P<mon_n>\d{{1,2}})/(?P<day>\d{{1,2}})/(?P<year>{_YEAR})"
        # *between January and March 2023*: the first month takes the year
        month = (_lead(("last", "next", "this", "early", "late", "mid-"), lex["months"])
                 + rf"(?:(?P<rel>last|next|this)\s+|(?P<pre>early|late|mid-)\s*)?"
                 rf"(?:(?P<mon1>{mon})\s*(?:[-–/]|\s(?:and|or|to|through)\s)\s*)?"
                 rf"(?P<mon>{mon})(?:,?\s+(?P<year>{_YEAR}))?")
        weekday = _lead(("last", "next", "this"), lex["weekdays"]) + rf"(?:(?P<rel>last|next|this)\s+)?(?P<wd>{wd})(?!s)"
        period = r"(?P<rel>last|next|this|past)\s+(?P<unit>week|month|year)"
        ago = rf"(?P<n>{number}|an?)\s+(?P<unit>{units})\s+ago"
        last_n = rf"(?:last|past)\s+(?P<n>{number})\s+(?P<unit>{units})"
        since_n = r"(?!x)x"  # English *for two weeks* is a duration, not an anchored interval
        in_n = rf"in\s+(?P<n>{number}|a)\s+(?P<unit>{units})(?!\s+ago)"
        years = rf"(?:(?:from|between)\s+)?(?P<y1>{_YEAR})\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<y2>{_YEAR})"
    iso = rf"(?P<year>{_YEAR})-(?P<mon_n>\d{{2}})-(?P<day>\d{{2}})"
    day_words = _lead(lex["days"]) + rf"(?P<dayword>{days})"
    # *fin 2022*, *late 2022*: the qualifier is part of the year's span
    year = rf"(?:(?P<pre>{'début|fin|mi-' if fr else 'early|late|mid-'})\s*)?(?P<year>{_YEAR})"
    order = [*(("full", p) for p in full), ("numeric", numeric), ("numeric", iso), ("years", years),
             ("ago", ago), ("last_n", last_n), ("since_n", since_n), ("in_n", in_n),
             ("weekend", weekend), ("feast", feast), ("period", period), ("anaphor", anaphor), ("day_part", day_part), ("dayword", day_words),
             ("month", month), ("weekday", weekday), ("day_only", day_only), ("year", year)]
    patterns = tuple((kind, re.compile(_boundary(p), flags)) for kind, p in order)
    assert anaphor.count("|(?P<n>") == 1
    shift_units = r"jours?|semaines?" if fr else r"days?|weeks?"
    return _DateLexicon(
        lang=lang,
        months={k.lower(): v for k, v in lex["months"].items()},
        weekdays={k.lower(): v for k, v in lex["weekdays"].items()},
        past=frozenset(lex["past"]), future=frozenset(lex["future"]),
        days={k.lower().replace("’", "'"): v for k, v in lex["days"].items()},
        units={k.lower(): v for k, v in lex["units"].items()},
        patterns=patterns,
        since_before=re.compile(rf"(?<![\w])(?P<since>{_alt(lex['since'])})\s+(?:le\s+|the\s+)?$", re.IGNORECASE),
        month_prep_before=re.compile(rf"(?<![\w])(?:{_alt(lex['month_preps'] + lex['year_preps'])})\s*$",
                                     re.IGNORECASE),
        anaphors={_apos(k): v for k, v in lex.get("anaphors", {}).items()},
        anaphor_shifts=lex.get("anaphor_shifts", {}),
        future_prep_before=(re.compile(rf"(?<![\w])(?:{_alt(lex['future_preps'])})\s*(?:le\s+|l['’])?$",
                                       re.IGNORECASE) if lex.get("future_preps") else None),
        announcement=(re.compile(_boundary(f"(?:{_alt(lex['announcement'])})"), re.IGNORECASE)
                      if lex.get("announcement") else None),
        id_nouns=frozenset(lex.get("id_nouns", ())),
        feasts={k.lower(): tuple(v) for k, v in lex.get("feasts", {}).items()},
        anaphor_alone=re.compile(_boundary(anaphor.replace("|(?P<n>", "|(?!)(?P<n>")), flags),
        shift_probe=re.compile(rf"(?:{shift_units})\s+(?:{_alt(lex['anaphor_shifts'])})", flags),
        gates=_fr_gates([k for k, _ in order], lex) if fr else (),
    )


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


@dataclass(slots=True)
class _Resolved:
    value: str | None
    granularity: Granularity | None
    end: str | None = None
    relative: bool = False  # the value depends on ``published``
    weekday_mismatch: bool = False


def _count(text: str, lang: str) -> int | None:
    """Return the count in *deux*, *2*, *a* (*a week ago*), else ``None``."""
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    if t in ("a", "an", "un", "une"):
        return 1
    try:
        return int(text2num(t, lang))
    except ValueError:
        return None


def _candidates(text: str, lex: _DateLexicon) -> list[_Found]:
    """Return the non-overlapping date candidates of ``text`` (earliest, then longest)."""
    found = []
    counted = lex.shift_probe is None or lex.shift_probe.search(text) is not None
    gates = lex.gates or (None,) * len(lex.patterns)
    low = case_blind_lower(text)  # None: the words cannot be tested, every pattern runs
    for (kind, pattern), gate in zip(lex.patterns, gates):
        if kind == "anaphor" and not counted and lex.anaphor_alone is not None:
            pattern = lex.anaphor_alone  # the same matches where no count can be
        elif kind == "anaphor":
            gate = None  # the counted branch holds no anaphor word
        if gate is not None and not gate.passes(text, low):
            continue
        for m in pattern.finditer(text):
            if _accept(text, kind, m, lex):
                found.append(_Found(m.start(), m.end(), kind, m))
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


def _accept(text: str, kind: str, m: re.Match[str], lex: _DateLexicon) -> bool:
    before = text[max(0, m.start() - _PREP_WINDOW):m.start()]
    groups = m.groupdict()
    if kind in ("ago", "last_n", "since_n", "in_n"):
        return _count(groups["n"], lex.lang) is not None
    if kind == "month":
        # *mars* alone may be the planet, *May* a verb: a month alone needs a
        # year, *dernier*/*last*, *début*/*early*, a preposition (*en mai*) or
        # another month beside it (*mars-avril*).
        return bool(groups.get("year") or groups.get("yy") or groups.get("rel") or groups.get("pre")
                    or groups.get("mon1") or lex.month_prep_before.search(before))
    if kind == "year":
        # *en 2014*, *depuis 2014*: a bare number is only a year after a preposition.
        after = text[m.end():m.end() + 2]
        return bool(groups.get("pre") or lex.month_prep_before.search(before)) and not re.match(r"[.,]\d|\s?%", after)
    if kind in ("period", "weekend"):
        return bool(groups.get("rel") or groups.get("this") or groups.get("over"))  # *le week-end* alone is a habit
    if kind == "feast":
        return bool(_FEAST_PREP.search(before))
    if kind == "weekday" and re.search(r"(?:chaque|tous\s+les)\s+$", before, re.IGNORECASE):
        return False  # *chaque samedi*: a habit, not a date
    if kind in ("weekday", "dayword"):
        return not _inside_name(text, m.start())
    return True


# *à Noël*, *pour la Toussaint*: a feast names its day after a preposition;
# *le marché de Noël*, *les vacances de la Toussaint* name no day.
_FEAST_PREP = re.compile(r"(?:^|[\s'’])(?:à|pour|avant|après|dès|depuis|jusqu['’]à|d['’]ici)\s+$", re.IGNORECASE)


def _inside_name(text: str, start: int) -> bool:
    """Is the word at ``start`` part of a name (*Fox News Sunday*, *USA Today*, *Super Tuesday*)?"""
    prev = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    if not prev or not text[start].isupper():
        return False
    word = prev.group(1)
    before = text[:start - len(prev.group(0))].rstrip()
    sentence_initial = not before or before[-1] in ".!?:«\"“\n"
    return word[:1].isupper() and word[-1].isalpha() and not sentence_initial


def _day_month(day: int, month: int, year: int | None, rel: str | None, pub: dt.date | None,
               lex: _DateLexicon, direction: Direction = None,
               weekday: int | None = None) -> tuple[dt.date | None, bool]:
    """Return the date of *26 août* and whether it used ``pub`` (see the module docstring)."""
    if year is not None:
        return _date(year, month, day), False
    if pub is None:
        return None, True
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _date(y, month, day))]
    # *lundi 4 novembre*: the weekday names the year (the one around
    # publication where 4 November is a Monday) unless the tense rules it
    # out (*ont eu lieu le dimanche 26 août* with 26 August a Saturday is a
    # slip of the weekday, not next year's date)
    fitting = [d for d in options if weekday is not None and d.weekday() == weekday
               and not (direction == "past" and d > pub) and not (direction == "future" and d < pub)]
    if len(fitting) == 1 and abs((fitting[0] - pub).days) <= 366:
        return fitting[0], True
    if pub in options and rel not in lex.past and rel not in lex.future:
        return pub, True  # the publication day itself, whatever the tense
    past = [d for d in options if d <= pub]
    ahead = [d for d in options if d > pub]
    near = direction is None and bool(ahead) and (ahead[0] - pub).days <= _NEAR_FUTURE_DAYS
    if direction == "present" and rel not in lex.past and rel not in lex.future and ahead and past:
        near = (ahead[0] - pub) < (pub - past[-1])
    if rel in lex.future or (rel not in lex.past and ahead and (direction == "future" or near)):
        return (ahead[0] if ahead else None), True
    return (past[-1] if past else None), True


def _full_year(g: dict[str, Any], pub: dt.date | None) -> int | None:
    """The year of a match: four digits, or two (*98*: the latest century not after next year)."""
    if g.get("year"):
        return int(g["year"])
    if g.get("yy"):
        pivot = (pub.year if pub else dt.date.today().year) + 1
        year = 2000 + int(g["yy"])
        return year if year <= pivot else year - 100
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return _shift_months(d, n * (12 if unit == "year" else 1))


def _at(d: dt.date, granularity: Granularity) -> str:
    return {"day": d.isoformat(), "week": d.isoformat(), "month": d.isoformat()[:7],
            "year": d.isoformat()[:4]}[granularity]


def _unanchored(granularity: Granularity) -> _Resolved:
    return _Resolved(None, granularity, relative=True)


_SINCE_KINDS = frozenset({"full", "numeric", "month", "year", "dayword", "weekday"})


def _resolve(f: _Found, pub: dt.date | None, lex: _DateLexicon, direction: Direction,
             since: bool = False) -> _Resolved | None:
    """Resolve one candidate against ``pub``; ``None`` drops it (*31 février*)."""
    g = f.match.groupdict()
    rel = (g.get("rel") or "").lower() or None
    if since and rel is None and f.kind == "full":
        rel = next(iter(sorted(lex.past)))  # *depuis le 17 novembre* lies before publication
    if f.kind in ("full", "numeric"):
        month = int(g["mon_n"]) if g.get("mon_n") else lex.months[g["mon"].lower()]
        wd = lex.weekdays.get((g.get("wd") or "").lower())
        d, relative = _day_month(int(g["day"]), month, _full_year(g, pub), rel, pub, lex, direction,
                                 None if rel else wd)
        if d is None:
            return _unanchored("day") if relative and pub is None else None
        return _Resolved(d.isoformat(), "day", relative=relative,
                         weekday_mismatch=wd is not None and d.weekday() != wd)
    if f.kind == "month":
        return _resolve_month(lex.months[g["mon"].lower()], _full_year(g, pub), rel, pub, lex, direction)
    if f.kind == "year":
        return _Resolved(g["year"], "year")
    if f.kind == "years":
        return _Resolved(g["y1"], "year", end=g["y2"]) if g["y1"] < g["y2"] else None
    if pub is None:
        return _unanchored(_unanchored_granularity(f.kind, g, lex))
    return _resolve_relative(f, g, rel, pub, lex, direction)


def _resolve_month(month: int, year: int | None, rel: str | None, pub: dt.date | None,
                   lex: _DateLexicon, direction: Direction) -> _Resolved:
    """*en mai*, *septembre dernier*, *début octobre* in an announcement (upcoming)."""
    if year is not None:
        return _Resolved(f"{year:04d}-{month:02d}", "month")
    if pub is None:
        return _unanchored("month")
    if rel in lex.future:
        year = pub.year if month > pub.month else pub.year + 1
    elif rel in lex.past:
        year = pub.year if month < pub.month else pub.year - 1
    elif direction == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return _Resolved(f"{year:04d}-{month:02d}", "month", relative=True)


def _unanchored_granularity(kind: str, g: dict[str, Any], lex: _DateLexicon) -> Granularity:
    """The granularity a relative date would have had (*le mois dernier* → month)."""
    if kind == "period" and (g.get("rel") or "").lower() != "past":
        return _PERIOD_UNITS[g["unit"].lower()]  # type: ignore[return-value]
    if kind in ("ago", "in_n") and lex.units[g["unit"].lower()] in ("month", "year"):
        return lex.units[g["unit"].lower()]  # type: ignore[return-value]
    return "day"


def _resolve_day_only(day: int, pub: dt.date, direction: Direction) -> _Resolved | None:
    """*Le 13,*: that day of the publication month, else of the month before
    (a report) or after (an announcement, a future verb)."""
    firsts = [_shift_months(pub.replace(day=1), k) for k in (-1, 0, 1)]
    options = [d for m in firsts if (d := _date(m.year, m.month, day))]
    if pub.day == day:
        return _Resolved(pub.isoformat(), "day", relative=True)
    ahead, back = [d for d in options if d > pub], [d for d in options if d < pub][::-1]
    if direction == "present" and ahead and back:
        pick = ahead if ahead[0] - pub < pub - back[0] else back
    else:
        pick = ahead if direction == "future" else back
    return _Resolved(pick[0].isoformat(), "day", relative=True) if pick else None


def _resolve_weekend(rel: str | None, pub: dt.date, lex: _DateLexicon, direction: Direction) -> _Resolved:
    """*ce week-end*: the coming one in an announcement or from Tuesday on, the
    last one in a report or on a Monday; *dernier*/*prochain* force the way."""
    saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)  # this week's, or pub itself
    if pub.weekday() == 6:
        saturday = pub - dt.timedelta(days=1)
    ahead = saturday > pub
    if rel in lex.past or (rel not in lex.future and ahead and (
            direction == "past" or (direction in (None, "present") and pub.weekday() == 0))):
        saturday -= dt.timedelta(weeks=1) if ahead else dt.timedelta(0)
    elif rel in lex.future and not ahead:
        saturday += dt.timedelta(weeks=1)
    return _Resolved(saturday.isoformat(), "day", end=(saturday + dt.timedelta(days=1)).isoformat(),
                     relative=True)


def _resolve_relative(f: _Found, g: dict[str, Any], rel: str | None, pub: dt.date, lex: _DateLexicon,
                      direction: Direction) -> _Resolved | None:
    if f.kind == "dayword":
        offset = lex.days[" ".join(g["dayword"].lower().replace("’", "'").split())]
        return _Resolved((pub + dt.timedelta(days=offset)).isoformat(), "day", relative=True)
    if f.kind == "weekday":
        wd = lex.weekdays[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7
        if rel in lex.past:
            d = pub - dt.timedelta(days=back or 7)
        elif rel in lex.future:
            d = pub + dt.timedelta(days=ahead or 7)
        elif direction == "future":
            d = pub + dt.timedelta(days=ahead)  # *Mardi, il se rendra à Paris*
        elif direction == "present" and lex.lang == "en":
            d = pub + dt.timedelta(days=ahead)  # *lanes close Monday*: a schedule
        elif g.get("this") and direction != "past" and ahead <= 6 - pub.weekday():
            d = pub + dt.timedelta(days=ahead)  # *ce samedi* in a present sentence: this week's
        else:
            d = pub - dt.timedelta(days=back)
        return _Resolved(d.isoformat(), "day", relative=True)
    if f.kind == "period":
        return _resolve_period(g["unit"].lower(), rel, pub, lex)
    if f.kind == "weekend":
        return _resolve_weekend("last" if g.get("over") else rel, pub, lex, direction)
    if f.kind == "day_only":
        return _resolve_day_only(int(g["day"].removesuffix("er")), pub, direction)
    if f.kind == "feast":
        month, day = lex.feasts[g["feast"].lower()]
        d, _ = _day_month(day, month, None, None, pub, lex, direction)
        return _Resolved(d.isoformat(), "day", relative=True) if d else None
    n = _count(g["n"], lex.lang) or 0
    unit = lex.units[g["unit"].lower()]
    if f.kind == "ago":
        d = _shift(pub, -n, unit)
        gran: Granularity = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
        return _Resolved(_at(d, gran), gran, relative=True)
    if f.kind == "in_n":
        d = _shift(pub, n, unit)
        gran = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
        return _Resolved(_at(d, gran), gran, relative=True)
    # last_n, since_n: *au cours des deux dernières semaines* is an interval up to publication.
    return _Resolved(_shift(pub, -n, unit).isoformat(), "day", end=pub.isoformat(), relative=True)


_PERIOD_UNITS = {"semaine": "week", "mois": "month", "année": "year", "an": "year",
                 "week": "week", "month": "month", "year": "year"}


def _resolve_period(unit_word: str, rel: str | None, pub: dt.date, lex: _DateLexicon) -> _Resolved:
    """*la semaine dernière*, *cette année*, *next month*, *the past year*."""
    unit = _PERIOD_UNITS[unit_word]
    if rel == "past":
        # *the past week*: the seven days up to publication, not last calendar week.
        return _Resolved(_shift(pub, -1, unit).isoformat(), "day", end=pub.isoformat(), relative=True)
    step = -1 if rel in lex.past else 1 if rel in lex.future else 0
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return _Resolved(monday.isoformat(), "week", end=(monday + dt.timedelta(days=6)).isoformat(),
                         relative=True)
    d = _shift_months(pub.replace(day=1), step * (12 if unit == "year" else 1))
    gran: Granularity = "month" if unit == "month" else "year"
    return _Resolved(_at(d, gran), gran, relative=True)


_AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass"})


def _verb_tense(verb: Any) -> Direction | Literal["present"]:
    """The time a French verb group points to: *se tiendra*, *va se réunir* (future), *a eu lieu* (past)."""
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    tense = verb.morph.get("Tense")
    if "Cnd" in verb.morph.get("Mood") or any("Cnd" in a.morph.get("Mood") for a in auxes):
        return None  # *aurait lieu*: reported, not dated
    if "Fut" in tense or any("Fut" in a.morph.get("Tense") for a in auxes):
        return "future"
    if "Inf" in verb.morph.get("VerbForm"):
        # *va se réunir*: the future of *aller*; *vient de signer*: the recent past.
        head = verb.head
        if head.lemma_ == "aller" and "Pres" in head.morph.get("Tense"):
            return "future"
        if head.lemma_ == "venir" and any(c.lower_ in ("de", "d'") for c in verb.children):
            return "past"
        if head.lemma_ == "devoir" and not ({"Past", "Imp"} & set(head.morph.get("Tense"))):
            return "future"  # *devrait s'achever*, *doit ouvrir*: a forecast or a plan
        return _verb_tense(head) if head.i != verb.i and head.pos_ in ("VERB", "AUX") else None
    if "Part" in verb.morph.get("VerbForm") and "Past" in tense:
        tense_aux = [a for a in auxes if a.dep_ != "aux:pass"]
        if tense_aux or not auxes and verb.dep_ not in ("ROOT", "acl", "amod"):
            return "past"  # *a eu lieu*, *sont intervenus*
        if not auxes and verb.dep_ == "acl" and verb.lemma_ not in _PLAN_LEMMAS:
            return "past"  # *le chantier, lancé en octobre, s'achèvera…* (not *prévu en mai*)
        if auxes:  # *est prévue*: a present passive
            return "past" if any(t in a.morph.get("Tense") for a in auxes for t in ("Imp", "Past")) else "present"
        return None
    if _present_as_simple_past(verb):
        return "present"
    if "Imp" in tense or "Past" in tense:
        return "past"
    if "Pres" in tense:
        if verb.lemma_ == "aller" and any("Inf" in c.morph.get("VerbForm") for c in verb.children):
            return "future"
        return "present"
    return None


# Participles that name a plan or a new date (*prévu le 3 mai*, *reporté au
# 8 janvier*), not a past act.
_PLAN_LEMMAS = frozenset({"prévoir", "programmer", "fixer", "planifier", "envisager", "organiser", "annoncer",
                          "attendre", "reporter", "repousser", "décaler", "renvoyer", "ajourner", "différer",
                          "proposer", "réserver", "inscrire"})
_POSTPONE_LEMMAS = frozenset({"reporter", "repousser", "décaler", "renvoyer", "ajourner", "différer", "fixer"})
_TO_DATE_BEFORE = re.compile(r"(?<![\w])(?:au|à\s+la\s+date\s+du|jusqu['’]au)\s+$", re.IGNORECASE)


# Endings of the French passé simple; the parser also tags present forms
# (*se terminent*, *ferme*) Tense=Past, which news rarely writes in that tense.
_SIMPLE_PAST = re.compile(r"(?:a|as|âmes|âtes|èrent|it|is|îmes|îtes|irent|ut|us|ûmes|ûtes|urent|int|ins|inrent)$")


def _present_as_simple_past(verb: Any) -> bool:
    """Is a finite verb tagged past in fact a present (*terminent*, *ferme*)?"""
    return ("Fin" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
            and not _SIMPLE_PAST.search(verb.lower_))


def _direction(doc: Doc, text: str, start: int, end: int, lex: _DateLexicon, nearest: bool = False) -> Direction:
    """Does an undated French expression point ahead (an announcement) or back (a report)?"""
    # 1. the tense of the verb the date hangs on; 2. with a present (or no)
    # verb: *dès*/*à partir de* before it, or an announcement word in the
    # sentence, make it upcoming; 3. otherwise the default rules.
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    tense = _verb_tense(tok) if tok.pos_ in ("VERB", "AUX") else None
    if tok.lemma_ in _POSTPONE_LEMMAS and _TO_DATE_BEFORE.search(text[max(0, start - _PREP_WINDOW):start]):
        return "future"  # *l'affaire a été renvoyée au 8 janvier*: the new date lies ahead
    if tense in ("future", "past"):
        return tense  # type: ignore[return-value]
    sent = span.sent
    if lex.future_prep_before and lex.future_prep_before.search(text[max(0, start - _PREP_WINDOW):start]):
        return "future"
    verbs = [_verb_tense(t) for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in _AUX_DEPS]
    # *prévues en mars, ont été repoussées*: a plan the main clause reports
    # as past is no announcement
    if lex.announcement and lex.announcement.search(sent.text) and _verb_tense(sent.root) != "past":
        return "future"
    if tense == "present" and nearest:
        return "present"  # a day and month on a present verb: whichever is nearer
    if "future" in verbs and "past" not in verbs:
        return "future"
    return "past" if tense is None and "past" in verbs and "future" not in verbs else None


# *is expected to sign*, *set to begin*, *scheduled to open*: ahead
_EN_PLAN_HEADS = frozenset({"expect", "schedule", "set", "slate", "plan", "go", "due", "poise", "aim", "prepare",
                            "intend", "hope", "tentatively"})
# *was postponed to Jan. 13*, *delayed its decision until Dec. 10*: the new date lies ahead
_EN_POSTPONE = frozenset({"postpone", "delay", "adjourn", "reschedule", "push", "move", "defer", "put", "continue"})


def _direction_en(doc: Doc, text: str, start: int, end: int, kind: str) -> Direction:
    """Does an undated English expression point ahead or back, from the verb it hangs on?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    # no parse or no verb: a *will* in the sentence, for a weekday or a day and month
    fallback: Direction = "future" if kind in ("weekday", "full") and _future_tense(doc, start) else None
    if span is None or not doc.has_annotation("DEP"):
        return fallback
    tok = span.root
    possessive = tok.dep_ == "poss" or any(c.tag_ == "POS" for c in tok.children)
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return fallback
    if tok.lemma_ in _EN_POSTPONE and re.search(r"(?<![\w])(?:to|until|till)\s+$", text[max(0, start - 8):start]):
        return "future"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall") for a in auxes):
        return "future"
    if tok.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = tok.head
        for _ in range(3):  # *is expected to begin and last until June 30*
            if head.lemma_ in _EN_PLAN_HEADS:
                return "future"
            if head.dep_ != "conj" and not (head.tag_ == "VB" and head.i != head.head.i):
                break
            head = head.head
        return None
    # *Monday's debate*, *the effect of Friday's vote is modest*: a present
    # verb says nothing of a date that names an event
    present: Direction = fallback if possessive else "present"
    if tok.tag_ == "VB" and not auxes:
        return present  # *lanes begin Monday*, *… and host X on Friday*: a finite form tagged VB
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if re.search(r"(?<![\w])(?:until|till|through|by)\s+(?:the\s+end\s+of\s+)?$", text[max(0, start - 24):start]) \
            and not (tok.tag_ == "VBN" and not auxes):
        return "future"  # *runs through April*, *stays open until May 3*
    if tok.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
        return "past"  # *adjourned on 3 March*, *has closed*
    if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return present
    return fallback


def _future_tense(doc: Doc, start: int) -> bool:
    """Is the sentence around ``start`` in the future (*Mardi, il se rendra…*, *will visit*)?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    sent = span[0].sent
    return any("Fut" in t.morph.get("Tense") or t.lower_ in ("will", "'ll", "shall") for t in sent)


def _published(article: Article) -> dt.date | None:
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError as exc:
        raise ExtractionError(Errors.E042.format(id=article.id, value=article.published)) from exc


def extract_dates(doc: Doc, article: Article) -> list[DateRef]:
    """Return the date expressions of the article, resolved against ``published``, in text order."""
    text = article.text
    lex = _lexicon(article.lang or doc.lang_)
    pub = _published(article)
    fr = lex.lang == "fr"
    # 1. our own candidates; 2. English NER dates they miss (dateparser);
    # 3. resolve each, in text order, anaphors (*le lendemain*) and parts of
    # day (*dans la soirée*) from the last day before them; 4. *depuis*/
    # *since* turns a point into an interval; 5. the first members of
    # coordinations (*les 6 et 13 avril*, *mars-avril*) and years modifying
    # a noun (*le bilan 2001*).
    found = _candidates(text, lex)
    out: list[tuple[int, int, _Resolved]] = []
    last_day: str | None = None
    for f in found:
        if f.kind in ("anaphor", "day_part"):
            r = _resolve_anaphor(f, last_day, pub, lex)
            out.append((f.start, f.end, r))
            continue
        since = lex.since_before.search(text[max(0, f.start - _PREP_WINDOW):f.start])
        if since and f.kind not in _SINCE_KINDS:
            since = None
        direction: Direction = None
        if fr and f.kind in ("weekday", "full", "month", "weekend", "feast", "day_only") and pub is not None:
            direction = _direction(doc, text, f.start, f.end, lex, nearest=f.kind in ("full", "day_only", "feast"))
        elif not fr and f.kind in ("weekday", "full", "month", "weekend") and pub is not None:
            direction = _direction_en(doc, text, f.start, f.end, f.kind)
        r = _resolve(f, pub, lex, direction, bool(since))
        if r is None:
            continue
        start = f.start
        if since and r.end is None:
            start = f.start - len(since.group(0))
            r.end = pub.isoformat() if pub else None
            r.relative = r.relative or pub is not None
        if f.kind == "month" and f.match.groupdict().get("mon1"):
            first = _resolve_month(lex.months[f.match.group("mon1").lower()], _full_year(f.match.groupdict(), pub),
                                   None, pub, lex, direction)
            out.append((f.match.start("mon1"), f.match.end("mon1"), first))
            start = f.match.start("mon")
        if f.kind == "full" and r.value and not since:
            # *du lundi 8 au vendredi 12 janvier*: the first member takes its weekday
            coord = _coordinated_days(text, f, r, lex)
            if coord:
                out = [o for o in out if not any(o[0] < c[1] and c[0] < o[1] for c in coord)] + coord
        out.append((start, f.end, r))
        if not fr and f.kind == "full" and r.value and not since:
            out += _following_days(text, f, r)  # *Dec. 24 and 25*, *March 3-5*
        if r.granularity == "day" and r.value and r.end is None:
            last_day = r.value
    if fr:
        out += _noun_years(doc, text, [(s, e) for s, e, _ in out])
    out += _ner_dates(doc, article, lex, pub, [(f.start, f.end) for f in found])
    out.sort(key=lambda t: t[0])
    return [_to_dateref(article, s, e, r, pub) for s, e, r in out]


def _resolve_anaphor(f: _Found, last_day: str | None, pub: dt.date | None, lex: _DateLexicon) -> _Resolved:
    """*le lendemain*, *trois jours plus tard*: from the last day named; *dans la soirée*: that day."""
    g = f.match.groupdict()
    if f.kind == "day_part":
        # A part of day alone is the day the text is talking about, else the publication day.
        if last_day is not None:
            return _Resolved(last_day, "day", relative=True)
        return _Resolved(pub.isoformat(), "day", relative=True) if pub else _unanchored("day")
    if g.get("ana"):
        offset = lex.anaphors[_apos(g["ana"])]
    else:
        n = _count(g["n"], lex.lang) or 0
        offset = n * (7 if g["unit"].lower().startswith(("semaine", "week")) else 1)
        offset *= lex.anaphor_shifts[_apos(g["shift"])]
    if last_day is None:
        return _unanchored("day")  # nothing to count from: never guessed
    d = dt.date.fromisoformat(last_day) + dt.timedelta(days=offset)
    return _Resolved(d.isoformat(), "day", relative=True)


_COORD_BEFORE = re.compile(r"(?<![\w,.])(?P<num>(?P<day>\d{1,2})(?:er)?)\s*"
                           r"(?:,|\bet\b|\bau\b|\bà\b|\bou\b|[-–])\s*(?:le\s+)?$")


def _coordinated_days(text: str, f: _Found, r: _Resolved, lex: _DateLexicon) -> list[tuple[int, int, _Resolved]]:
    """The days before a full date that share its month: *les 6 et 13 avril*, *du 19 au 23 juin*."""
    out = []
    end = f.start
    last = dt.date.fromisoformat(r.value or "")
    weekday_before = re.compile(rf"(?<![\w])(?P<wd>{_alt(lex.weekdays)})\s+$", re.IGNORECASE)
    while True:
        window = max(0, end - 30)
        m = _COORD_BEFORE.search(text[window:end])
        if not m:
            break
        d = _date(last.year, last.month, int(m.group("day")))
        if d is None or d >= last:
            break
        start = window + m.start("num")
        wd = weekday_before.search(text[max(0, start - 12):start])
        mismatch = bool(wd) and d.weekday() != lex.weekdays[wd.group("wd").lower()]
        out.append((start - (len(wd.group(0)) if wd else 0), window + m.end("num"),
                    _Resolved(d.isoformat(), "day", relative=r.relative, weekday_mismatch=mismatch)))
        last, end = d, start - (len(wd.group(0)) if wd else 0)
    return out


# *Dec. 24 and 25*, *March 3-5*, *May 6 to 9*: later days of the same month
# after an English month-first date, followed by no word that makes them a count
_FOLLOWING_DAY = re.compile(r"^(?:\s*(?:,|and|or|to|through)\s*|\s*[-–]\s*)(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|from|for|and|with|when|while)\b)")


def _following_days(text: str, f: _Found, r: _Resolved) -> list[tuple[int, int, _Resolved]]:
    """The days after an English month-first date that share its month (*Dec. 24 and 25*)."""
    if f.match.start("mon") > f.match.start("day"):
        return []  # *24 December and …*: day-first, the members come before
    out = []
    end, last = f.end, dt.date.fromisoformat(r.value or "")
    while (m := _FOLLOWING_DAY.match(text[end:end + 20])) is not None:
        d = _date(last.year, last.month, int(m.group("day")))
        if d is None or d <= last:
            break
        out.append((end + m.start("day"), end + m.end("day"), _Resolved(d.isoformat(), "day", relative=r.relative)))
        end, last = end + m.end("day"), d
    return out


_YEAR_AFTER_NOUN = re.compile(rf"(?<![\w\-.,]){_YEAR}(?![\w]|[.,]\d|\s?%)")


def _noun_years(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, _Resolved]]:
    """Years modifying a noun: *le bilan 2001*, *la saison 2018-2019*, *l'Euro 2016*."""
    lex = _lexicon("fr")
    out = []
    overlaps = _Ranges(taken).overlaps
    for m in _YEAR_AFTER_NOUN.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or span.start == 0:
            continue
        tok, prev = span[0], doc[span.start - 1]
        if prev.pos_ == "ADJ" and prev.i > 0 and doc[prev.i - 1].pos_ == "NOUN":
            prev = doc[prev.i - 1]  # *la saison estivale 2024*: the noun before its adjective
        if prev.pos_ not in ("NOUN", "PROPN") or prev.lower_ in lex.id_nouns or prev.is_upper and len(prev) <= 2:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and tok.dep_ == "nummod":
            continue  # *les 2001 habitants* after a name: a count
        out.append((m.start(), m.end(), _Resolved(m.group(0), "year")))
    return out


class _Ranges:
    """Character ranges sorted by start: whether one overlaps a span is read among the
    few that start near it (bisect), not all of them."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.longest = max((e - s for s, e in self.ranges), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        near = self.ranges[bisect.bisect_left(self.ranges, (start - self.longest,)):
                           bisect.bisect_left(self.ranges, (end,))]
        return any(start < e and s < end for s, e in near)


def _to_dateref(article: Article, start: int, end: int, r: _Resolved, pub: dt.date | None) -> DateRef:
    span = article.span(start, end)
    resolved = r.value is not None
    return DateRef(id=stable_id(article.id, "date", start, end, prefix="d-"), span=span,
                   value=r.value, granularity=r.granularity, resolved=resolved,
                   relative_to=article.published[:10] if (r.relative and resolved and pub and article.published) else None,
                   end=r.end if resolved else None,
                   weekday_mismatch=r.weekday_mismatch, attribution=article.attribution_at(span))


def _ner_dates(doc: Doc, article: Article, lex: _DateLexicon, pub: dt.date | None,
               taken: list[tuple[int, int]]) -> list[tuple[int, int, _Resolved]]:
    """Parse with dateparser the spaCy DATE entities our patterns missed (*the fifth of September*)."""
    out = []
    overlaps = _Ranges(taken).overlaps
    for ent in doc_ents(doc):
        if ent.label_ != "DATE" or overlaps(ent.start_char, ent.end_char):
            continue
        words = {w.strip(",").lower() for w in ent.text.split()}
        if not words & set(lex.months) or _inside_name(article.text, ent.start_char):
            continue  # durations (*three years*), vague times (*recently*), weekdays we refused
        has_year = re.search(_YEAR, ent.text) is not None
        if pub is None and not has_year:
            out.append((ent.start_char, ent.end_char, _unanchored("day")))
            continue
        parsed = _dateparser(ent.text, lex.lang, pub.isoformat() if pub else None)
        if parsed is not None:
            out.append((ent.start_char, ent.end_char,
                        _Resolved(parsed[0], parsed[1], relative=not has_year)))
    return out


@functools.lru_cache(maxsize=8)
def _date_parser(lang: str, published: str | None) -> Any:
    from dateparser.date import DateDataParser  # slow import, needed only for NER leftovers

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    return DateDataParser(languages=[lang], settings=settings)


@functools.lru_cache(maxsize=_DATEPARSER_CACHE)
def _dateparser(text: str, lang: str, published: str | None) -> tuple[str, Granularity] | None:
    data = _date_parser(lang, published).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "week", "month", "year") else "day"
    d = data.date_obj.date()
    if period == "week":
        d = d - dt.timedelta(days=d.weekday())
    return _at(d, period), period


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``dates`` filled."""
    return dataclasses.replace(article, dates=tuple(extract_dates(doc, article)))
