"""The quantities layer: numbers with their unit, approximation and counted noun.

A quantity is found from text candidates (digits with French or English
separators, number words read by text2num, vague nouns such as *une
vingtaine* or *dozens of*), then the spaCy parse names what is counted.

Fields of :class:`~selon.model.Quantity`:

- ``span``: the approximation cue, the number, its scale and its unit
  (*Près de 1.200*, *2,5 millions de dollars*, *$2.5 million*); the counted
  noun is not in the span.
- ``value``: the number as written (*plus de 200* → 200); ``None`` for
  ranges and vague plurals.
- ``low`` / ``high``: the bounds the wording implies, else ``None``.
- ``approx`` (closed vocabulary, :data:`APPROX`):

  ==============  ==============================================  =========================
  ``None``        exact: *83 véhicules*, *two cars*                low = high = None
  ``about``       *près de*, *environ*, *une vingtaine*, *nearly*  value only
  ``more_than``   *plus de*, *au-delà de*, *more than*, *over*     low = value
  ``less_than``   *moins de*, *fewer than*, *under*                high = value
  ``at_least``    *au moins*, *pas moins de*, *at least*           low = value
  ``at_most``     *au plus*, *pas plus de*, *no more than*         high = value
  ``up_to``       *jusqu'à*, *up to*, *as many as*                 high = value
  ``range``       *entre 10 et 15*, *10 à 15*, *between 10 and 15* value None, low, high
  ``several``     vague plural: *des dizaines*, *des milliers*,    value None, low = 2 × the
                  *plusieurs centaines*, *dozens of*, *hundreds*   unit noun (20, 2000, 24…)
  ==============  ==============================================  =========================

- ``unit``: ``%``, ISO 4217 currency codes (``EUR``, ``USD``, ``SYP``…),
  ``km``/``m``/``mi``/``km2``/``ha``/``t``/``kg`` and the durations ``second``,
  ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``century``.
- ``counted``: the noun phrase being counted, with its adjectives and
  compounds (*83 véhicules blindés* → ``véhicules blindés``); ``None`` when a
  unit is set.

Not quantities (documented choices): model and reference numbers (*Su-34*,
*F-16*, *article 49*, *Boeing 737*), dates and years (*26 août*, *en 2014*),
times (*11 h 30*, *à 18 heures*, *5 p.m.*), ordinals (*1er*, *2e*, *21st*),
addresses (*12 rue …*), the idiom *24 heures sur 24* / *7 jours sur 7* /
*24/7* (it means "constantly", not a duration), a lone *un*/*une*/*one* (an
article far more often than a count; *plus d'un an* still counts), and
*quelques* / *plusieurs* / *several* on their own (no number at all).
Lexicons live in ``selon/data/facts/quantities.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from spacy.attrs import IDX
from text_to_num import text2num

from ..errors import ConfigError, Errors
from ..data import load_json
from ..model import Article, Quantity, stable_id
from ..nlp.pipeline import case_blind_lower, token_columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

APPROX = Literal["about", "more_than", "less_than", "at_least", "at_most", "up_to", "range", "several"]

COMPONENT = "selon.quantities.v1"

# The approximation cue must end within this many characters before the
# number; the longest cue ("aux alentours de", "a maximum of") is 18 chars.
_CUE_WINDOW = 30
# A counted noun phrase is at most this many tokens (*véhicules blindés
# légers*); longer runs are usually the start of a new clause.
_MAX_COUNTED_TOKENS = 4
# Plain integers in this range without separators read as years (*en 2014*).
_YEAR_RANGE = (1000, 2100)

# *deux dernières semaines*, *the past two weeks*: an adjective may sit
# between a number and its unit of time.
_UNIT_ADJ = r"derni[eè]re?s?|prochaine?s?|premi[eè]re?s?|longue?s?|bonne?s?|last|past|next|first|long|full"

_SPACES = " \u00a0\u202f\u2009"


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_json("facts/quantities.json")  # type: ignore[no-any-return]


def _phrase(words: str) -> str:
    """Regex for a lexicon phrase: any whitespace between words, ``de`` also elided."""
    parts = [re.escape(w) for w in words.split()]
    out = r"\s+".join(parts)
    if parts and parts[-1] == "de":
        out = out[: -len("de")] + r"(?:de\s+|d['’]\s*)"
    elif words.endswith(("'", "’", ".")):
        out += r"\s*"
    else:
        out += r"\s+"
    return out


def _words(phrase: str) -> str:
    """Regex for a phrase with any whitespace between its words (*a few*)."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _alternation(words: list[str] | dict[str, Any]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Lexicon:
    lang: str
    digits: re.Pattern[str]
    words: re.Pattern[str]
    vague: re.Pattern[str]
    vague_nouns: dict[str, int]
    # the vague nouns in lower case: every ``vague`` match holds one (a text with none is not searched)
    vague_words: tuple[str, ...]
    singular_dets: frozenset[str]
    cue: re.Pattern[str]
    cue_kind: dict[str, str]
    scale: re.Pattern[str]
    scales: dict[str, int]
    unit: re.Pattern[str]
    units: dict[str, str]
    currency_before: re.Pattern[str]
    currencies: dict[str, str]
    reference_before: re.Pattern[str]
    address_after: re.Pattern[str]
    month_after: re.Pattern[str]
    month_before: re.Pattern[str]
    time_after: re.Pattern[str]
    time_prep_before: re.Pattern[str]
    idiom_after: re.Pattern[str]
    idiom_before: re.Pattern[str]
    year_before: re.Pattern[str]
    range_between: re.Pattern[str]
    range_start: re.Pattern[str]
    joiners: frozenset[str]
    verb_cues: dict[str, str]


@functools.lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    data = _data()
    if lang not in ("fr", "en"):
        raise ConfigError(Errors.E041.format(lang=lang))
    lex = data[lang]
    fr = lang == "fr"
    # French groups thousands with "." / spaces / apostrophes and writes
    # decimals with ","; English groups with "," and writes decimals with ".".
    if fr:
        digits = (r"\d{1,3}(?:[.'’" + _SPACES + r"]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[.,]\d+)?")
    else:
        digits = r"\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
    numw = _alternation(lex["number_words"])
    join = "|".join(re.escape(j) for j in lex["joiners"])
    words = (rf"(?<![\w\-])(?:{numw})(?:(?:-(?:{join})-|\s+(?:{join})\s+|-|\s+)(?:{numw}))*(?![\w\-])")
    vague_forms = []
    for noun in lex["vague_nouns"]:
        vague_forms += [noun, noun + "s"]
    dets = lex["vague_singular_dets"] + lex["vague_plural_dets"]
    det_alt = "|".join(_words(d) for d in sorted(dets, key=len, reverse=True))
    mult = "milliers|millions|milliards" if fr else "thousands|millions|billions"
    of = r"(?:de\s+|d['’]\s*)" if fr else r"of\s+"
    vague = (rf"(?<![\w\-])(?:(?P<det>{det_alt})\s*)?(?P<noun>{_alternation(vague_forms)})"
             rf"(?:\s+{of}(?P<mult>{mult}))?(?![\w\-])")
    cue_kind: dict[str, str] = {}
    cue_parts = []
    for kind, phrases in lex["approx_cues"].items():
        for p in phrases:
            cue_kind[" ".join(p.lower().replace("’", "'").split())] = kind
            cue_parts.append(_phrase(p))
    cue_parts.sort(key=len, reverse=True)
    cue = rf"(?<![\w\-])(?P<cue>{'|'.join(cue_parts)})$"
    units = {k.lower(): v for k, v in lex["units"].items()}
    unit = rf"(?P<unit>{_alternation(units)})(?![\w²])"
    months = _alternation(lex["months"])
    currencies = data["currency_symbols"]
    refs = "|".join(_words(w) for w in sorted(lex["reference_words"], key=len, reverse=True))
    addr = _alternation(lex["address_words"])
    idiom_units = _alternation(lex["idiom_units"])
    idiom_join = _alternation(lex["idiom_joiners"])
    idioms = "|".join(_words(p) for p in lex["idiom_phrases"])
    time_after = (r"^\s*h\s*\d{2}(?!\d)|^\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|o['’]clock)"
                  if not fr else r"^\s*h\s*\d{2}(?!\d)")
    return _Lexicon(
        lang=lang,
        digits=re.compile(rf"(?<![\w.,:/\-\u2010\u2011])(?:{digits})(?![.,]\d)"),
        words=re.compile(words, re.IGNORECASE),
        vague=re.compile(vague, re.IGNORECASE),
        vague_nouns=lex["vague_nouns"],
        vague_words=tuple(sorted({n.lower() for n in lex["vague_nouns"]})),
        singular_dets=frozenset(d.replace("’", "'") for d in lex["vague_singular_dets"]),
        cue=re.compile(cue, re.IGNORECASE),
        cue_kind=cue_kind,
        scale=re.compile(rf"^[{_SPACES}]?\s*(?P<scale>{_alternation(lex['scales'])})(?![\w])"),
        scales=lex["scales"],
        unit=re.compile(rf"^\s*(?P<of>{of})?(?:(?:{_UNIT_ADJ})\s+)?{unit}", re.IGNORECASE),
        units=units,
        currency_before=re.compile(rf"(?P<cur>{_alternation(currencies)})\s?$"),
        currencies=currencies,
        reference_before=re.compile(rf"(?<![\w])(?:{refs})\s*$", re.IGNORECASE),
        address_after=re.compile(rf"^\s*(?:{addr})(?![\w])", re.IGNORECASE),
        # *le 26 août*, *les 3 et 4 septembre*, *du 3 au 5 mai*: days of a month.
        month_after=re.compile(rf"^(?:\s*(?:,|et|à|au|ou|and|to|-|–)\s*\d{{1,2}}(?:er)?)*"
                               rf"\s*(?:er\s+|st\s+|nd\s+|rd\s+|th\s+)?(?:of\s+)?(?:{months})(?![\w])",
                               re.IGNORECASE),
        month_before=re.compile(rf"(?<![\w])(?:{months})\s*$", re.IGNORECASE),
        time_after=re.compile(time_after, re.IGNORECASE),
        time_prep_before=re.compile(rf"(?<![\w])(?:{_alternation(lex['time_preps'])})\s*$", re.IGNORECASE),
        idiom_after=re.compile(rf"^\s*(?:{idiom_units})\s*(?:{idiom_join})\s*\d|^\s*(?:{idioms})(?![\w])",
                               re.IGNORECASE),
        idiom_before=re.compile(rf"\d\s*(?:{idiom_units})\s*(?:{idiom_join})\s*$", re.IGNORECASE),
        year_before=re.compile(rf"(?<![\w])(?:{_alternation(lex['year_preps'])})[\s\-]*$", re.IGNORECASE),
        range_between=re.compile(
            r"^\s*(?:" + "|".join(re.escape(j) for j in lex["range_joiners"]) + r")\s+$|^\s*[-–]\s*$",
            re.IGNORECASE),
        range_start=re.compile(rf"(?<![\w])(?:{'|'.join(_phrase(w) for w in lex['range_start'])})$",
                               re.IGNORECASE),
        joiners=frozenset(lex["joiners"]),
        verb_cues={lemma: kind for kind, lemmas in lex.get("verb_cues", {}).items() for lemma in lemmas},
    )


@dataclass(slots=True)
class _Atom:
    """One number found in the text, before ranges are merged."""

    start: int
    end: int
    value: Decimal | None
    scale: Decimal = Decimal(1)
    approx: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    needs_of: bool = False  # *2 millions de personnes*: skip "de" to reach the noun
    digits: bool = False
    plain: bool = False  # digits with no separator or decimal (a possible year)


def parse_number(text: str, lang: str) -> float | None:
    """Return the value of a digit string in the conventions of ``lang`` (*1.417* → 1417 in French)."""
    lex = _lexicon(lang)
    m = lex.digits.fullmatch(text.strip())
    if not m:
        return None
    value = _digits_value(m.group(0), lang)
    return float(value) if value is not None else None


def _digits_value(raw: str, lang: str) -> Decimal | None:
    if lang == "fr":
        # *1.417* and *50'000* group thousands; *2,5* and *49.3* are decimals.
        if re.fullmatch(r"\d{1,3}(?:[.'’" + _SPACES + r"]\d{3})+(?:,\d+)?", raw):
            cleaned = re.sub(r"[.'’" + _SPACES + "]", "", raw).replace(",", ".")
        else:
            cleaned = raw.replace(",", ".")
    else:
        cleaned = raw.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _words_value(phrase: str, lang: str) -> Decimal | None:
    try:
        return Decimal(text2num(phrase, lang))
    except ValueError:
        return None


_ATTACHED_OK = re.compile(r"^(?:%|km²|km2|km|kg|cm|mm|m²|m|t|ha|h|mn|min|bn|k|M|Mds?|Mrds?|€|\$|£)(?![\w])")


def _digit_atoms(text: str, lex: _Lexicon, doc: Doc) -> list[_Atom]:
    atoms = []
    for m in lex.digits.finditer(text):
        start, end = m.span()
        nxt = text[end:end + 1]
        # *Su-34*, *1er*, *5G*, *21st* and *2016-2017* are names, ordinals or
        # ranges of years, not counts; only unit letters may stick (*5km*, *40%*).
        if nxt and (nxt.isalpha() or nxt in "/-:") and not _ATTACHED_OK.match(text[end:end + 4]):
            continue
        if nxt in "/:" or (nxt == "-" and text[end + 1:end + 2].isdigit()):
            continue
        value = _digits_value(m.group(0), lex.lang)
        if value is None or _excluded(text, start, end, lex, doc):
            continue
        atoms.append(_Atom(start, end, value, digits=True, plain=m.group(0).isdigit()))
    return atoms


def _excluded(text: str, start: int, end: int, lex: _Lexicon, doc: Doc) -> bool:
    """Is the number at ``text[start:end]`` a date, time, reference or idiom?"""
    before, after = text[max(0, start - _CUE_WINDOW):start], text[end:end + _CUE_WINDOW]
    if lex.month_after.match(after) or lex.month_before.search(before):
        return True  # *le 26 août*, *Sept. 5*
    if lex.time_after.match(after) or re.search(r"\d\s*(?:h|heures?)\s*$", before, re.IGNORECASE):
        return True  # *11 h 30*, *5 p.m.*
    if lex.idiom_after.match(after) or lex.idiom_before.search(before):
        return True  # *24 heures sur 24*
    if lex.reference_before.search(before) or lex.address_after.match(after):
        return True  # *article 49*, *12 rue de la Paix*
    unit_m = lex.unit.match(after)
    if unit_m and unit_m.group("unit")[0].isupper() and len(unit_m.group("unit")) > 2 \
            and unit_m.group("unit").lower() in _TIME_WORDS:
        return True  # *le « 20 Heures »*, *les 24 Heures du Mans*: a title
    if unit_m and unit_m.group("unit").lower() in ("h", "heure", "heures", "hour", "hours") \
            and lex.time_prep_before.search(before):
        return True  # *à 18 heures* is a time of day
    return False


def _is_year(text: str, atom: _Atom, lex: _Lexicon, doc: Doc) -> bool:
    """Is this plain 4-digit number a year (*en 2014*) rather than a count (*1500 soldats*)?"""
    if not atom.plain or atom.value is None or not (_YEAR_RANGE[0] <= atom.value <= _YEAR_RANGE[1]):
        return False
    if len(text[atom.start:atom.end]) != 4:
        return False
    before = text[max(0, atom.start - _CUE_WINDOW):atom.start]
    if lex.currency_before.search(before):
        return False  # *$2014*
    if lex.year_before.search(before):
        return True  # *en 2014*, *since 2014*
    if lex.unit.match(text[atom.end:atom.end + _CUE_WINDOW]):
        return False
    tok = _token_after(doc, atom.end)
    return tok is None or tok.pos_ != "NOUN" or not tok.text.islower()


def _word_atoms(text: str, lex: _Lexicon, doc: Doc) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in lex.words.finditer(text):
        # Greedy longest prefix that text2num accepts: *entre deux et trois*
        # is two numbers, *vingt et un* is one.
        toks = [(t.start() + m.start(), t.end() + m.start()) for t in re.finditer(r"[^\s\-]+", m.group(0))]
        i = 0
        while i < len(toks):
            for j in range(len(toks), i, -1):
                last = text[toks[j - 1][0]:toks[j - 1][1]].lower()
                if last in lex.joiners:
                    continue
                s, e = toks[i][0], toks[j - 1][1]
                value = _words_value(text[s:e], lex.lang)
                if value is not None:
                    if _word_atom_ok(text, s, e, j - i, lex, doc):
                        atoms.append(_Atom(s, e, value))
                    i = j
                    break
            else:
                i += 1
    return atoms


# *un million*, *un milliard*: scale nouns read as exact numbers, unlike
# *une centaine* or *un millier*.
_EXACT_SCALE = 1_000_000
_FEW_DETS = frozenset({"several", "a few", "many", "quelques", "plusieurs"})
_LONE_SCALES = frozenset({"million", "millions", "milliard", "milliards", "cents", "hundred", "thousand",
                          "billion", "hundreds", "thousands", "billions"})
_ARTICLES = frozenset({"un", "une", "one"})


def _word_atom_ok(text: str, start: int, end: int, n_words: int, lex: _Lexicon, doc: Doc) -> bool:
    word = text[start:end].lower()
    before = text[max(0, start - _CUE_WINDOW):start]
    if n_words == 1:
        if word in _LONE_SCALES:
            return False  # *des millions* is vague (see _vague_atoms); *million* alone needs a number
        nxt = _token_after(doc, end)
        if word == "one" and nxt is not None and nxt.pos_ == "NOUN":
            return True  # *one soldier was killed*; English articles are *a*/*an*
        if word in _ARTICLES and not lex.cue.search(before):
            return False  # *un chef de Daech*: an article; *plus d'un an* still counts
        if word == "neuf" and (nxt is None or nxt.pos_ not in ("NOUN", "ADJ", "NUM")):
            return False  # *un bâtiment neuf, …* (new); *neuf blessés* counts
        if word in ("sept",) and text[end:end + 1] == ".":
            return False  # *Sept.* (September)
    prev = text[:start].rstrip(_SPACES)
    # A capitalised number word inside a sentence is a name (*les Quatre
    # Fantastiques*, *Trois-Rivières*); sentence-initial *Deux* is a count.
    if text[start].isupper() and prev and prev[-1] not in ".!?:\n«\"“—–-(":
        return False
    after = text[end:end + _CUE_WINDOW]
    return not (lex.month_after.match(after) or lex.idiom_after.match(after) or lex.time_after.match(after))


def _vague_atoms(text: str, lex: _Lexicon) -> list[_Atom]:
    atoms = []
    low = case_blind_lower(text)
    if low is not None and not any(n in low for n in lex.vague_words):
        return atoms  # no vague noun: the pattern (tried at every word) cannot match
    for m in lex.vague.finditer(text):
        noun = m.group("noun").lower()
        start = m.start()
        if re.match(r"d['’]\s*", text[start:start + 3], re.IGNORECASE) and m.group("det"):
            start += len(re.match(r"d['’]\s*", text[start:start + 3]).group(0))  # type: ignore[union-attr]
        base = lex.vague_nouns.get(noun) or lex.vague_nouns.get(noun[:-1])
        if base is None:
            continue
        plural = noun.endswith("s") and noun[:-1] in lex.vague_nouns
        det = (m.group("det") or "").lower().replace("’", "'")
        det = " ".join(det.split())
        mult_word = (m.group("mult") or "").lower()[:-1]  # *milliers* → *millier*
        mult = Decimal(lex.vague_nouns.get(mult_word, 1))
        if lex.lang == "en" and noun == "tens" and not m.group("mult"):
            continue  # *tens* alone is not a count; *tens of thousands* is
        if lex.lang == "en" and noun in ("hundred", "thousand", "million", "billion") and det in ("a", "an"):
            atoms.append(_Atom(m.start(), m.end(), Decimal(base) * mult, needs_of=True))
            continue  # *a hundred people*, *a million dollars*
        if det in _FEW_DETS:
            plural = True  # *several hundred*, *quelques milliers*
        if not plural and det not in lex.singular_dets:
            continue  # *million* without *un*/*a* is handled as a scale
        if plural:
            low = Decimal(2) * Decimal(base) * mult
            atoms.append(_Atom(start, m.end(), None, approx="several", low=low, needs_of=True))
        else:
            # *une vingtaine*, *un millier*, *a dozen*: an approximate count;
            # *un million* is as exact as *deux millions*.
            approx = None if base >= _EXACT_SCALE else "about"
            atoms.append(_Atom(start, m.end(), Decimal(base) * mult, approx=approx, needs_of=True))
    return atoms


def _token_after(doc: Doc, char: int) -> Token | None:
    """Return the first non-space token starting at or after ``char`` (the word after a number)."""
    starts = _token_starts(doc)
    i = bisect.bisect_left(starts, char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _token_at(doc: Doc, char: int) -> Token | None:
    """Return the token that holds ``char``."""
    starts = _token_starts(doc)
    i = bisect.bisect_right(starts, char) - 1
    return doc[i] if 0 <= i < len(doc) else None


def _token_starts(doc: Doc) -> list[int]:
    cached = doc.user_data.get("selon_token_starts")
    if cached is None or len(cached) != len(doc):
        cached = token_columns(doc, IDX)[0]
        doc.user_data["selon_token_starts"] = cached
    return cached  # type: ignore[no-any-return]


def _no_overlap(atoms: list[_Atom]) -> list[_Atom]:
    """Keep the earliest, then longest, of overlapping atoms (*40 pour cent* beats *cent*)."""
    kept: list[_Atom] = []
    for a in sorted(atoms, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept


_ABBREVIATED_SCALES = frozenset({"M", "Md", "Mds", "Mrd", "Mrds", "m", "k", "bn"})
_SCALE_WORDS = frozenset({"million", "millions", "milliard", "milliards", "billion", "billions",
                          "trillion", "thousand", "hundred", "mille"})


def _extend_right(text: str, a: _Atom, lex: _Lexicon) -> None:
    """Take in the scale (*2,5 millions*) and the unit (*de dollars*, *%*, *km*) after a number."""
    after = text[a.end:a.end + _CUE_WINDOW]
    m = lex.scale.match(after) if a.digits else None
    if m:
        word = m.group("scale")
        rest = text[a.end + m.end():a.end + m.end() + 3]
        # *5 M€*, *$5m*, *£2bn*: a one- or two-letter scale needs a currency
        # next to it, else *5 m* is metres and *20 k* noise.
        has_currency = bool(lex.currency_before.search(text[max(0, a.start - 4):a.start])) or \
            bool(re.match(r"\s?[€$£]", rest))
        if word not in _ABBREVIATED_SCALES or has_currency:
            a.scale = Decimal(lex.scales[word])
            a.value = a.value * a.scale if a.value is not None else None
            a.end += m.end()
            a.needs_of = word in _SCALE_WORDS and word not in ("mille", "hundred", "thousand")
    if a.value is not None and not a.digits and text[a.start:a.end].split()[-1].lower() in _SCALE_WORDS:
        a.needs_of = True  # *deux millions de personnes*
    m = lex.unit.match(text[a.end:a.end + _CUE_WINDOW])
    if m and lex.units[m.group("unit").lower()] in _TIME_UNITS and (
            lex.currency_before.search(text[max(0, a.start - 4):a.start])
            or re.search(r"\b(?:last|past|next)\s", m.group(0), re.IGNORECASE)):
        m = None  # *$4 million last year*: an amount, then a date
    if m and (m.group("of") is None or a.needs_of):
        a.unit = lex.units[m.group("unit").lower()]
        a.end += m.end()


def _merge_ranges(text: str, atoms: list[_Atom], lex: _Lexicon, doc: Doc) -> list[_Atom]:
    """Join *entre 10 et 15*, *10 à 15*, *deux ou trois*, *between 2 and 3 million* into ranges."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        # *between $2 million and $3 million*: a currency sign before each member
        cur_b = lex.currency_before.search(text[a.end:b.start]) if b is not None else None
        gap_end = b.start - len(cur_b.group(0)) if cur_b else (b.start if b is not None else 0)
        cur_a = lex.currency_before.search(text[max(0, a.start - 5):a.start]) if cur_b else None
        a_start = a.start - len(cur_a.group(0)) if cur_a else a.start
        if b is not None and a.value is not None and b.value is not None and a.approx is None \
                and b.approx is None and lex.range_between.match(text[a.end:gap_end]):
            joiner = text[a.end:gap_end].strip().lower()
            opener = lex.range_start.search(text[max(0, a_start - _CUE_WINDOW):a_start])
            opener_word = opener.group(0).strip().lower() if opener else ""
            conjunctive = joiner in lex.joiners  # *et*/*and* need *entre*/*between*
            if conjunctive and opener_word not in ("entre", "between"):
                out.append(a)
                i += 1
                continue
            if opener_word and opener_word not in ("entre", "between"):
                # *est passé de 10 à 15* reports a change, not a range.
                prev = _token_after(doc, a_start - len(opener.group(0)) - 1) if opener else None
                prev = doc[prev.i - 1] if prev is not None and prev.i > 0 else None
                if prev is not None and prev.pos_ in ("VERB", "AUX") and prev.lemma_ not in _RANGE_VERBS:
                    out.append(a)
                    i += 1
                    continue
            low = a.value
            if a.scale == 1 and b.scale != 1:
                low = low * b.scale  # *entre 2 et 3 millions*
            if low >= b.value or (not opener_word and a.unit is not None):
                # *46 percent to 42 percent* is a score, not a range.
                out.append(a)
                i += 1
                continue
            start = a_start - (len(opener.group(0)) if opener else 0)
            currency = lex.currencies[cur_b.group("cur")] if cur_b else None
            out.append(_Atom(start, b.end, None, approx="range", low=low, high=b.value,
                             unit=b.unit or a.unit or currency, needs_of=b.needs_of))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# *tickets range from $20 to $45*, *les prix vont de 10 à 15 euros*: a range, not a change
_RANGE_VERBS = frozenset({"range", "vary", "varier", "aller", "échelonner", "osciller", "s'échelonner"})
_TIME_WORDS = frozenset({"heures", "heure", "hours", "jours", "days", "minutes"})
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


def _normal_cue(cue: str) -> str:
    s = " ".join(cue.lower().replace("’", "'").split())
    return re.sub(r"\bd'$", "de", s)


def _extend_left(text: str, a: _Atom, lex: _Lexicon) -> None:
    """Take in a currency sign (*$2.5 million*) and an approximation cue (*près de*, *more than*)."""
    m = lex.currency_before.search(text[max(0, a.start - 5):a.start])
    if m and a.approx != "range":
        a.unit = a.unit or lex.currencies[m.group("cur")]
        a.start -= len(m.group(0))
    m = lex.cue.search(text[max(0, a.start - _CUE_WINDOW):a.start])
    if not m or a.approx in ("range", "several"):
        return
    cue = _normal_cue(m.group("cue"))
    kind = lex.cue_kind.get(cue)
    if kind is None or (cue == "over" and a.unit in _TIME_UNITS):
        return  # *over two weeks* means during, not more than
    a.start -= len(m.group("cue"))
    a.approx = kind


def _verb_cue(text: str, a: _Atom, lex: _Lexicon, doc: Doc) -> None:
    """*avoisine les 7 %*, *a dépassé les 3 millions*, *topped $4 billion*: the verb is the cue."""
    if a.approx is not None or not lex.verb_cues:
        return
    tok = _token_at(doc, a.start)
    if tok is None or tok.i == 0:
        return
    prev = doc[tok.i - 1]
    # skip *les*, *the*, *la barre des*, *le cap des*, *the mark of*
    skip = 0
    while prev.i > 0 and skip < 4 and (prev.pos_ == "DET" or prev.lower_ in (
            "barre", "cap", "seuil", "mark", "des", "de", "of", "la", "le")):
        prev, skip = doc[prev.i - 1], skip + 1
    kind = lex.verb_cues.get(prev.lemma_.lower()) if prev.pos_ in ("VERB", "AUX") else None
    if kind is None and lex.lang == "fr" and prev.pos_ in ("VERB", "AUX", "ADJ"):
        # the tagger reads *avoisine* as an adjective: match the verb's stem
        kind = next((k for v, k in lex.verb_cues.items() if prev.lower_.startswith(v[:-2])), None)
    if kind is not None:
        a.approx = kind


def _counted(text: str, a: _Atom, lex: _Lexicon, doc: Doc) -> str | None:
    """Return the noun phrase the number counts (*83 véhicules blindés* → *véhicules blindés*)."""
    if a.unit is not None:
        return None
    tok = _token_after(doc, a.end)
    if tok is None or text[a.end:tok.idx].strip(_SPACES) != "":
        return None
    if a.needs_of and tok.lower_ in ("de", "d'", "d’", "of") and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    if tok.text in _OPEN_QUOTES and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]  # *4000 «gilets jaunes»*
    run: list[Token] = []
    seen_noun = False
    number = _token_at(doc, a.end - 1)
    for t in doc[tok.i:tok.i + _MAX_COUNTED_TOKENS]:
        if run and (text[run[-1].idx + len(run[-1]):t.idx] not in (" ", "\u00a0")):
            break
        if not _WORDLIKE.match(t.text) or _is_calendar(t, lex):
            break
        # The tagger sometimes misreads a plural noun after a number (*2.687
        # frappes* as ADV); the parse still hangs the number on it.
        heads_number = not run and number is not None and number.head == t and t.pos_ not in _CLOSED
        if seen_noun and _bare_participle(t, run[-1]):
            run.append(t)  # *voitures armées*: a participle used as an adjective
            continue
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") and not heads_number:
            break
        if heads_number and t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            seen_noun = True
            run.append(t)
            continue
        if seen_noun and ((lex.lang == "fr" and t.pos_ != "ADJ") or (lex.lang == "en" and t.pos_ != "NOUN")):
            break
        seen_noun = seen_noun or t.pos_ in ("NOUN", "PROPN")
        run.append(t)
    if lex.lang == "en":
        while len(run) > 1 and run[-1].pos_ == "ADJ":
            run.pop()  # *200 people dead*: keep the noun
    if not seen_noun:
        run = run[:1]  # French plural nouns tagged ADJ: *1.200 terroristes*
    if not run:
        return None
    return text[run[0].idx:run[-1].idx + len(run[-1])]


_OPEN_QUOTES = frozenset({"«", "“", '"', "‘"})
_CLOSED = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PUNCT", "PART", "NUM", "SYM"})
_WORDLIKE = re.compile(r"^[^\W\d_][\w\-'’]*$")
_CALENDAR = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


def _bare_participle(tok: Token, noun: Token) -> bool:
    """Is ``tok`` a past participle on ``noun`` with no complement (*armées*, not *équipées de …*)?"""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and tok.head == noun
            and not any(True for _ in tok.children) and nxt not in _COMPLEMENT_HEADS)


# A participle followed by one of these has a complement (*équipées de
# mitrailleuses*, *tués par balle*): it starts a clause, not an adjective.
_COMPLEMENT_HEADS = frozenset({"de", "d'", "d’", "par", "à", "au", "aux", "en", "avec", "dans", "sur", "by", "with"})


def _is_calendar(tok: Token, lex: _Lexicon) -> bool:
    return tok.lower_ in _CALENDAR or bool(lex.month_before.search(tok.text))


def _to_quantity(article: Article, a: _Atom, counted: str | None) -> Quantity:
    value = float(a.value) if a.value is not None else None
    low = float(a.low) if a.low is not None else None
    high = float(a.high) if a.high is not None else None
    if a.approx in ("more_than", "at_least"):
        low = value
    elif a.approx in ("less_than", "at_most", "up_to"):
        high = value
    span = article.span(a.start, a.end)
    return Quantity(id=stable_id(article.id, "quantity", a.start, a.end, prefix="q-"), span=span,
                    value=value, low=low, high=high, approx=a.approx, unit=a.unit, counted=counted,
                    attribution=article.attribution_at(span))


def extract_quantities(doc: Doc, article: Article) -> list[Quantity]:
    """Return the quantities stated in the article, in text order."""
    text = article.text
    lex = _lexicon(article.lang or doc.lang_)
    # 1. candidates: digits, number words, vague nouns; 2. drop years and
    # overlaps; 3. scale and unit after; 4. ranges; 5. currency and cue
    # before; 6. the counted noun from the parse.
    atoms = _digit_atoms(text, lex, doc) + _word_atoms(text, lex, doc) + _vague_atoms(text, lex)
    atoms = _no_overlap([a for a in atoms if not _is_year(text, a, lex, doc)])
    for a in atoms:
        _extend_right(text, a, lex)
    atoms = _merge_ranges(text, _no_overlap(atoms), lex, doc)
    for a in atoms:
        _extend_left(text, a, lex)
        _verb_cue(text, a, lex, doc)
    atoms = _no_overlap(atoms)
    out = []
    for a in atoms:
        counted = _counted(text, a, lex, doc)
        if counted is None and a.unit is None and a.approx is None and _after_noun(text, a, doc):
            continue  # *réacteur 1*, *Boeing 737*, *tolérance zéro*: an identifier, not a count
        out.append(_to_quantity(article, a, counted))
    return out


def _after_noun(text: str, a: _Atom, doc: Doc) -> bool:
    """Does a noun stand right before the number (one space between)?"""
    if a.start < 2 or text[a.start - 1] not in _SPACES or text[a.start - 2] in _SPACES:
        return False
    prev = _token_at(doc, a.start - 2)
    return prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.idx + len(prev) == a.start - 1


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``quantities`` filled."""
    return dataclasses.replace(article, quantities=tuple(extract_quantities(doc, article)))
