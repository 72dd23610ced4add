"""The events layer (placeholder until its issue lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc


def apply(doc: Doc, article: Article) -> Article:
    """Return the article with its ``events`` filled."""
    return article
