"""Known narratives: import case lists, match articles' claims against them."""

from __future__ import annotations

from .embed import E5Embedder, Embedder
from .importer import HEADER, ImportReport, case_text, import_narratives, read_cases
from .matcher import NarrativeMatcher, article_claims, match_narratives, open_matcher

__all__ = [
    "HEADER",
    "E5Embedder",
    "Embedder",
    "ImportReport",
    "NarrativeMatcher",
    "article_claims",
    "case_text",
    "import_narratives",
    "match_narratives",
    "open_matcher",
    "read_cases",
]
