"""selon: who says what, according to whom, how firmly."""

from __future__ import annotations

import os

from .errors import ConfigError, ExtractionError, IngestError, SelonError, StoreError
from .model import (
    Article,
    Attribution,
    DateRef,
    Entity,
    Event,
    Hedge,
    NarrativeMatch,
    Place,
    Quantity,
    Source,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "Article", "Attribution", "ConfigError", "DateRef", "Entity", "Event", "ExtractionError",
    "Hedge", "IngestError", "NarrativeMatch", "Place", "Quantity", "SelonError", "Source",
    "Span", "StoreError", "__version__", "analyze",
]


def analyze(text: str, *, lang: str | None = None, published: str | None = None,
            title: str | None = None, id: str = "doc", kb: str | os.PathLike[str] | None = None) -> Article:
    """Analyse one article's text and return the filled :class:`Article`.

    ``kb`` is a YAML file of your own knowledge-base entries (``docs/kb.md``),
    added to the built-in ones; an invalid file raises ConfigError (E018).
    """
    from .pipeline import analyze_article

    return analyze_article(Article(id=id, text=text, lang=lang, published=published, title=title), kb=kb)
