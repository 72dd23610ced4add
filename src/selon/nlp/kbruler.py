"""The knowledge-base entity ruler: KB aliases tagged before spaCy's NER, loaded in milliseconds.

spaCy's ``entity_ruler`` tokenises its ~13,000 phrase patterns and keeps one Doc
per pattern: 1.5-2.5 s and 50-75 MB at every start. This component matches the
same patterns (token texts, as the PhraseMatcher on ORTH does) with a dict keyed
by each pattern's first token, and that table of tokenised patterns is cached on disk
(``$SELON_CACHE_DIR`` or the user cache directory) in a msgpack file named by a
hash of everything they are made from: the KB files (built-in and user), the
lexicon files, the code that writes the patterns, the spaCy version and the
model's name and version. A changed input changes the name, so a stale file is
never read; a cache that cannot be written only costs the tokenisation again.

The patterns come from the knowledge base in use when a text is parsed
(``selon.sources.kb.load_kb()``, set by ``using_kb``), so one loaded pipeline
serves the built-in KB and a user's ``--kb`` file alike.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..datacache import write_atomic

if TYPE_CHECKING:
    from ..sources.kb import KnowledgeBase


# Bump when the cached layout changes (2: the match table itself, grouped by
# first token, read back as tuples without rebuilding it).
CACHE_FORMAT = 2

Table = dict[int, tuple[tuple[tuple[int, ...], str, str], ...]]


class KBRuler:
    """Tag KB aliases as entities (longest match first), like ``entity_ruler`` on ORTH."""

    def __init__(self, nlp: Language, name: str, kb: KnowledgeBase | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.kb = kb  # pinned KB; None = the one in use at call time
        self._tables: dict[str, Table] = {}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table()
        if not table or not len(doc):
            return doc
        orths = doc.to_array("ORTH").tolist()
        matches: list[tuple[int, int, str, str]] = []
        for i, orth in enumerate(orths):
            for seq, label, ident in table.get(orth, ()):
                if tuple(orths[i:i + len(seq)]) == seq:
                    matches.append((i, i + len(seq), label, ident))
        if not matches:
            return doc
        # Longest first, then leftmost; a token belongs to one entity at most
        # and entities already set by earlier components are kept.
        matches.sort(key=lambda m: (m[0] - m[1], m[0]))
        taken = bytearray(len(doc))
        for ent in doc.ents:
            taken[ent.start:ent.end] = b"\1" * (ent.end - ent.start)
        new = []
        for start, end, label, ident in matches:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\1" * (end - start)
            new.append(Span(doc, start, end, label=label, span_id=ident))
        doc.ents = [*doc.ents, *new]
        return doc

    def table(self) -> Table:
        """Return the match table of the KB in use, built or read from the cache once."""
        from ..sources.kb import load_kb

        kb = self.kb or load_kb()
        table = self._tables.get(kb.digest)
        if table is None:
            table = self._tables[kb.digest] = _cached_table(self.nlp, kb)
        return table


@Language.factory("selon_kb_ruler", default_config={})
def make_kb_ruler(nlp: Language, name: str) -> KBRuler:
    """Create the KB ruler; its patterns are read on the first text."""
    return KBRuler(nlp, name)


def _table(patterns: list[list[Any]]) -> Table:
    table: dict[int, list[tuple[tuple[int, ...], str, str]]] = {}
    for orths, label, ident in patterns:
        table.setdefault(orths[0], []).append((tuple(orths), label, ident))
    return {orth: tuple(entries) for orth, entries in table.items()}


def cache_key(nlp: Language, kb: KnowledgeBase) -> str:
    """Return the hash naming the cached patterns of ``kb`` for this pipeline."""
    import spacy

    from ..extract import entities
    from ..sources.lexicons import LEXICON_DIR

    h = hashlib.sha256(f"{CACHE_FORMAT}|{spacy.__version__}|{nlp.lang}|{nlp.meta.get('name')}|"
                       f"{nlp.meta.get('version')}|{kb.digest}".encode())
    for path in (Path(__file__), Path(entities.__file__), *sorted(LEXICON_DIR.glob("*"))):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:24]


def cache_path(nlp: Language, kb: KnowledgeBase) -> Path:
    """Return where the tokenised patterns of ``kb`` are cached (the file may not exist)."""
    from ..sources.gazetteer import cache_dir

    return cache_dir() / f"kb-ruler-{nlp.lang}-{cache_key(nlp, kb)}.msgpack"


def _cached_table(nlp: Language, kb: KnowledgeBase) -> Table:
    """Return the match table of ``kb``, from the cache or built (and cached) now."""
    import srsly

    path = cache_path(nlp, kb)
    try:
        # Arrays read as tuples: the table comes back as it was built.
        data = srsly.msgpack_loads(path.read_bytes(), use_list=False)
        if data.get("format") == CACHE_FORMAT and isinstance(data["table"], dict):
            return data["table"]  # type: ignore[no-any-return]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # absent or unreadable: build it again
    table = _table(_tokenised(nlp, kb))
    write_atomic(path, srsly.msgpack_dumps({"format": CACHE_FORMAT, "table": table}))
    return table


def _tokenised(nlp: Language, kb: KnowledgeBase) -> list[list[Any]]:
    """Return [[orth ids], label, id] per pattern of ``kb``, tokenised now."""
    from ..extract.entities import kb_patterns
    from ..sources.lexicons import load_lexicons

    raw = kb_patterns(nlp, kb, load_lexicons())
    patterns = []
    for pat, doc in zip(raw, nlp.tokenizer.pipe(p["pattern"] for p in raw)):
        orths = [t.orth for t in doc]
        if orths:
            patterns.append([orths, pat["label"], pat.get("id") or ""])
    return patterns
