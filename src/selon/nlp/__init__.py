"""spaCy access: pipelines loaded once per language, and language data."""

from __future__ import annotations

from .pipeline import SUPPORTED_LANGS, load_pipeline

__all__ = ["SUPPORTED_LANGS", "load_pipeline"]
