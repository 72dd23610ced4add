"""Run the layers over articles: ingest → language ID → spaCy → layers.

Each layer is a pure function ``apply(doc, article) -> Article`` that returns
a new Article with its own key filled; layers run in the order of ``LAYERS``
because later ones read earlier keys (facts carry attribution ids, events
point at entities, places and dates, sources type attribution sources).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ExtractionError, SelonError
from .model import Article
from .nlp.langid import detect_language
from .nlp.pipeline import check_lang, index_sentences, load_pipeline
from .sources.kb import KnowledgeBase, load_kb, using_kb

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("selon")

Layer = Callable[["Doc", Article], Article]

# Layer name → module whose ``apply`` runs it; imported on first use so a
# command that needs one layer (``selon eval``) loads only that one.
LAYERS: dict[str, str] = {
    "attributions": "selon.extract.attributions",
    "entities": "selon.extract.entities",
    "quantities": "selon.extract.quantities",
    "dates": "selon.extract.dates",
    "places": "selon.extract.places",
    "events": "selon.extract.events",
    "sources": "selon.sources.classify",
}


def layer(name: str) -> Layer:
    """Return the ``apply`` function of the named layer."""
    import importlib

    return importlib.import_module(LAYERS[name]).apply  # type: ignore[no-any-return]

# Articles are parsed in batches of this many texts with nlp.pipe.
BATCH_SIZE = 16
# Longer texts are parsed in pieces of about this many characters, cut at
# paragraph breaks (where selon_sentences starts a sentence anyway), and joined
# back into one Doc: spaCy's memory then stays bounded on a 2 MB text.
CHUNK_CHARS = 50_000
_BREAK = re.compile(r"\n\s*\n|\n")


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Return consecutive pieces of ``text`` (joined, they are ``text``), cut after line breaks."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        # The last paragraph break in the window, else the last line break,
        # else the last space: a piece never ends inside a word.
        cut = max((m.end() for m in _BREAK.finditer(window, size // 2)), default=0)
        if not cut:
            cut = window.rfind(" ", size // 2) + 1 or size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


# English: characters the parser has not learned, read as their usual form
# (same length, so every offset holds; the layers read the text as given).
# The horizontal bar of some outlets ("WASHINGTON ― …") was tagged a verb.
_EN_PARSE_FORMS = str.maketrans({"\u2015": "\u2014"})


def parse(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """Yield one Doc per text, as ``nlp.pipe``; long texts are parsed in pieces."""
    forms = _EN_PARSE_FORMS if nlp.lang == "en" else None
    if all(len(t) <= CHUNK_CHARS for t in texts):
        for text, doc in zip(texts, nlp.pipe(t.translate(forms) if forms else t for t in texts)):
            yield _with_text(doc, text)
        return
    from spacy.tokens import Doc

    for text in texts:
        parsed = text.translate(forms) if forms else text
        if len(text) <= CHUNK_CHARS:
            yield _with_text(nlp(parsed), text)
            continue
        # One piece per batch: nlp.pipe would otherwise parse them all at once.
        docs = list(nlp.pipe(split_text(parsed), batch_size=1))
        # No layer reads the tok2vec tensor: leaving it out keeps the merged Doc small.
        merged = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
        del docs
        assert merged.text == parsed  # offsets into the whole text are the common currency
        yield _with_text(index_sentences(merged), text)  # the pieces' sentence hooks are not carried over


def _with_text(doc: Doc, text: str) -> Doc:
    """Keep the text as given as the Doc's ``doc_text``: spaCy's tokenizer loses no
    character, so ``doc.text`` (rebuilt from every token) equals it, but for the
    same-length forms read by the parser (``_EN_PARSE_FORMS``)."""
    doc.user_data["selon_text"] = text
    return doc


def with_language(article: Article, lang: str | None = None) -> Article:
    """Return the article with a checked language: given, recorded, or detected."""
    chosen = lang or article.lang
    if chosen:
        check_lang(chosen, where=article.id)
        return article if chosen == article.lang else dataclasses.replace(article, lang=chosen)
    return dataclasses.replace(article, lang=detect_language(article.text, where=article.id))


def run_layers(doc: Doc, article: Article, layers: Iterable[str] | None = None) -> Article:
    """Apply the named layers (all by default) to a parsed article."""
    for name in layers or LAYERS:
        started = time.perf_counter()
        try:
            article = layer(name)(doc, article)
            log.debug("%s: layer %s in %.3f s", article.id, name, time.perf_counter() - started)
        except SelonError:
            raise
        except Exception as exc:  # a bug in one layer must not lose the others' work
            log.debug("layer %s failed on %s", name, article.id, exc_info=True)
            raise ExtractionError(f"[E030] Layer '{name}' failed on '{article.id}': "
                                  f"{type(exc).__name__}: {exc}. Rerun with --debug "
                                  "and report it.") from exc
    return article


def analyze_article(article: Article, *, lang: str | None = None, size: str = "md",
                    layers: Iterable[str] | None = None,
                    kb: KnowledgeBase | str | Path | None = None) -> Article:
    """Analyse one article with every layer.

    ``kb``: a YAML file of extra knowledge-base entries (or a loaded KB) used by
    the entity ruler, the entities layer and source typing; a bad file raises
    ConfigError E018 before the article is read.
    """
    with using_kb(kb):
        article = with_language(article, lang)
        nlp = load_pipeline(article.lang or "fr", size)
        return run_layers(next(parse(nlp, [article.text])), article, layers)


def analyze_many(articles: Iterable[Article | SelonError], *, lang: str | None = None,
                 size: str = "md", layers: Iterable[str] | None = None,
                 batch_size: int = BATCH_SIZE,
                 kb: KnowledgeBase | str | Path | None = None) -> Iterator[Article | SelonError]:
    """Analyse articles in batches with ``nlp.pipe``; a bad article yields its error.

    ``kb`` as in :func:`analyze_article`; a bad file raises E018 before any
    article is drawn from ``articles``.
    """
    layer_names = list(layers) if layers else None
    if kb is not None and not isinstance(kb, KnowledgeBase):
        kb = load_kb(kb)  # E018 here, before the first article is read
    return _analyze_many(articles, lang, size, layer_names, batch_size, kb)


def _analyze_many(articles: Iterable[Article | SelonError], lang: str | None, size: str,
                  layer_names: list[str] | None, batch_size: int,
                  kb: KnowledgeBase | None) -> Iterator[Article | SelonError]:
    batch: list[Article | SelonError] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, lang, size, layer_names, kb)
            batch = []
    if batch:
        yield from _run_batch(batch, lang, size, layer_names, kb)


def _run_batch(batch: list[Article | SelonError], lang: str | None, size: str,
               layers: list[str] | None, kb: KnowledgeBase | None = None) -> Iterator[Article | SelonError]:
    # The KB is set while the batch is parsed and analysed, and reset before
    # any result is yielded (a generator must not leak it into its caller).
    with using_kb(kb):
        results = _batch_results(batch, lang, size, layers)
    yield from results


def _batch_results(batch: list[Article | SelonError], lang: str | None, size: str,
                   layers: list[str] | None) -> list[Article | SelonError]:
    # 1. check the language of each article; 2. parse per language with
    # nlp.pipe; 3. run the layers; 4. yield in input order.
    results: list[Article | SelonError] = []
    for item in batch:
        if isinstance(item, SelonError):
            results.append(item)
            continue
        try:
            results.append(with_language(item, lang))
        except SelonError as exc:
            results.append(exc)
    for code in {r.lang for r in results if isinstance(r, Article)}:
        idx = [i for i, r in enumerate(results) if isinstance(r, Article) and r.lang == code]
        nlp = load_pipeline(code or "fr", size)
        texts = [results[i].text for i in idx]  # type: ignore[union-attr]
        for i, doc in zip(idx, parse(nlp, texts)):
            try:
                results[i] = run_layers(doc, results[i], layers)  # type: ignore[arg-type]
            except SelonError as exc:
                results[i] = exc
    return results
