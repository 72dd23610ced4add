"""Language data for the attribution layer, loaded from the package's data files.

The word lists are lemmas written for selon; their inflected forms are
generated here (``inflect``) so a lemmatiser error on an unusual form
(*précisa*, *martelèrent*) still matches.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ...errors import ConfigError, Errors
from ..pipeline import check_lang
from .inflect import inflections


@dataclass(frozen=True)
class LangData:
    """Closed word lists for one language."""

    lang: str
    reporting_verbs: frozenset[str]
    reporting_forms: frozenset[str]
    distancing: frozenset[str]
    incise_only: frozenset[str]
    no_object: frozenset[str]
    multiword: dict[str, frozenset[str]]
    according_to: tuple[str, ...]
    citing: frozenset[tuple[str, str]]
    cue_nouns: frozenset[str]
    hedge_words: dict[str, str]
    hedge_verbs: frozenset[str]
    media_nouns: frozenset[str]
    # Verbs listed only with their reflexive clitic (s'inquiéter, se réjouir):
    # without it they report nothing (cela inquiète les habitants).
    pronominal_only: frozenset[str] = frozenset()
    # {lang}_hedges.txt "condition": what makes a conditional a real condition
    # (au cas où, quand bien même); "pronominal": a reflexive verb that keeps
    # the writer at a distance with an attribute (le mouvement se veut apolitique).
    hedge_conditions: tuple[str, ...] = ()
    hedge_pronominal: frozenset[str] = frozenset()
    # Polarity words by kind (adverb, subject, refusal, without, not_after):
    # {lang}_negation.txt.
    negation: dict[str, frozenset[str]] = field(default_factory=dict)


def _data_file(name: str) -> Any:
    return resources.files("selon.nlp.lang").joinpath("data", name)


def _lines(name: str) -> list[str]:
    try:
        raw = _data_file(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Errors.E113.format(path=f"selon/nlp/lang/data/{name}", detail=exc)) from exc
    return [ln.rstrip("\n") for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


def data_lines(name: str, *, missing_ok: bool = False) -> list[str]:
    """The lines of a word list of ``nlp/lang/data`` (comments and blank lines left out); ``[]``
    for a list that does not exist when ``missing_ok``."""
    if missing_ok and not _data_file(name).is_file():
        return []
    return _lines(name)


@functools.lru_cache(maxsize=None)
def lang_data(lang: str) -> LangData:
    """Return the word lists of ``lang`` (``fr`` or ``en``), loaded once."""
    check_lang(lang)
    verbs, distancing, incise, noobj = set(), set(), set(), set()
    pronominal, plain = set(), set()
    for line in _lines(f"{lang}_reporting_verbs.txt"):
        word, *flags = line.strip().split("|")
        # Pronominal verbs are matched on their lemma without the clitic.
        lemma = word[3:] if word.startswith("se ") else word[2:] if word.startswith("s'") else word
        (pronominal if lemma != word else plain).add(lemma)
        verbs.add(lemma)
        for flag, bucket in (("distancing", distancing), ("incise", incise), ("noobj", noobj)):
            if flag in flags:
                bucket.add(lemma)
    multi: dict[str, set[str]] = {}
    if lang in ("fr", "en"):
        for line in _lines(f"{lang}_multiword_cues.txt"):
            verb, rest = line.split(" ", 1)
            multi.setdefault(verb, set()).add(rest)
    hedge_words, hedge_verbs = {}, set()
    hedge_conditions, hedge_pronominal = [], set()
    for line in _lines(f"{lang}_hedges.txt"):
        kind, word = line.split("\t")
        if kind == "verb":
            hedge_verbs.add(word)
        elif kind == "condition":
            hedge_conditions.append(word)
        elif kind == "pronominal":
            hedge_pronominal.add(word)
        else:
            hedge_words[word] = kind
            if kind == "adjective" and lang == "fr" and " " not in word:
                # "prétendus", "supposée": the lemmatiser may read them as verbs.
                for form in ((word + "s",) if word.endswith("e") else (word + "e", word + "s", word + "es")):
                    hedge_words.setdefault(form, kind)
    citing = set()
    for line in _lines(f"{lang}_citing.txt"):
        verb, _, prep = line.partition("\t")
        citing.add((verb.strip(), prep.strip()))
    if lang == "en":
        # Lemmas learned from PolNeAR train (scripts/learn_en_cues.py); "accord"
        # is "according to" (handled apart), "seem"/"appear" are hedges.
        for line in _lines("en_learned_cues.tsv"):
            lemma, pos, *_ = line.split("\t")
            if pos == "VERB" and lemma not in ("accord", "seem", "appear", "be", "have", "do", "get"):
                verbs.add(lemma)
    forms = {f for v in verbs for f in inflections(v, lang)}
    negation: dict[str, set[str]] = {}
    for line in _lines(f"{lang}_negation.txt"):
        kind, word = line.split("\t")
        negation.setdefault(kind, set()).add(word.strip())
    return LangData(
        lang=lang,
        reporting_verbs=frozenset(verbs),
        reporting_forms=frozenset(forms),
        distancing=frozenset(distancing),
        incise_only=frozenset(incise),
        no_object=frozenset(noobj),
        multiword={k: frozenset(v) for k, v in multi.items()},
        according_to=tuple(sorted((w.strip().lower() for w in _lines(f"{lang}_according_to.txt")), key=len,
                                  reverse=True)),
        citing=frozenset(citing),
        cue_nouns=frozenset(w.strip() for w in _lines(f"{lang}_cue_nouns.txt")),
        hedge_words=hedge_words,
        hedge_verbs=frozenset(hedge_verbs),
        media_nouns=frozenset(w.strip() for w in _lines(f"{lang}_media_nouns.txt")),
        negation={k: frozenset(v) for k, v in negation.items()},
        pronominal_only=frozenset(pronominal - plain),
        hedge_conditions=tuple(hedge_conditions),
        hedge_pronominal=frozenset(hedge_pronominal),
    )
