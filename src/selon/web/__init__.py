"""The local web app and HTTP API over analysed articles (FastAPI; reads the store only)."""

from __future__ import annotations

from .app import WebSettings, create_app
from .corpus import Corpus, Filters, MemoryCorpus

__all__ = ["Corpus", "Filters", "MemoryCorpus", "WebSettings", "create_app"]
