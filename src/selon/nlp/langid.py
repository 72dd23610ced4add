"""Language identification with lingua, limited to our languages and neighbours."""

from __future__ import annotations

import functools
from typing import Any

from ..errors import ConfigError, Errors
from .pipeline import SUPPORTED_LANGS

# Neighbours are listed so that a Spanish or German article is recognised as
# such (and refused) instead of being forced into French or English.
_CANDIDATES = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH")
# Below this confidence the text is too short or too mixed to decide.
_MIN_CONFIDENCE = 0.5


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str, where: str = "input") -> str:
    """Return the ISO 639-1 code of ``text``; raise ConfigError if unsupported or unsure."""
    sample = text[:5000]
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < _MIN_CONFIDENCE:
        raise ConfigError(Errors.E010.format(where=where, detail="no language stands out"))
    code = values[0].language.iso_code_639_1.name.lower()
    if code not in SUPPORTED_LANGS:
        raise ConfigError(Errors.E009.format(where=where, lang=code,
                                             supported=", ".join(SUPPORTED_LANGS)))
    return code
