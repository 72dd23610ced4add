"""Run the layers over articles: ingest → language ID → spaCy → layers.

Each layer is a pure function ``apply(doc, article) -> Article`` that returns
a new Article with its own key filled; layers run in the order of ``LAYERS``
because later ones read earlier keys (facts carry attribution ids, events
point at entities, places and dates, sources type attribution sources).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ExtractionError, SelonError
from .model import Article
from .nlp.langid import detect_language
from .nlp.pipeline import check_lang, load_pipeline

if TYPE_CHECKING:
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
                    layers: Iterable[str] | None = None) -> Article:
    """Analyse one article with every layer."""
    article = with_language(article, lang)
    nlp = load_pipeline(article.lang or "fr", size)
    return run_layers(nlp(article.text), article, layers)


def analyze_many(articles: Iterable[Article | SelonError], *, lang: str | None = None,
                 size: str = "md", layers: Iterable[str] | None = None,
                 batch_size: int = BATCH_SIZE) -> Iterator[Article | SelonError]:
    """Analyse articles in batches with ``nlp.pipe``; a bad article yields its error."""
    layer_names = list(layers) if layers else None
    batch: list[Article | SelonError] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, lang, size, layer_names)
            batch = []
    if batch:
        yield from _run_batch(batch, lang, size, layer_names)


def _run_batch(batch: list[Article | SelonError], lang: str | None, size: str,
               layers: list[str] | None) -> Iterator[Article | SelonError]:
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
        for i, doc in zip(idx, nlp.pipe(texts)):
            try:
                results[i] = run_layers(doc, results[i], layers)  # type: ignore[arg-type]
            except SelonError as exc:
                results[i] = exc
    yield from results
