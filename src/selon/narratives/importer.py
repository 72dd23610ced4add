"""Import a case list of known narratives (EUvsDisinfo's CSV format) into the store.

The whole file is validated before anything is written, then every case goes
in with one transaction: a bad line leaves the store exactly as it was.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from ..errors import Errors, IngestError
from ..model import NarrativeCase
from ..store import narrative_vectors, save_narratives
from .embed import BATCH_SIZE, Embedder, embed_key

HEADER = ("date", "id", "title", "countries", "keywords", "languages", "outlets")
# Several values in one field are joined with "+" ("Russia+Germany").
MULTI_SEP = "+"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import did."""

    path: str
    cases: int
    embedded: int
    seconds: float


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(MULTI_SEP) if v.strip())


def _invalid(path: str, line: int, detail: str) -> IngestError:
    return IngestError(Errors.E019.format(path=path, line=line, detail=detail))


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, fields) for each CSV record."""
    start = 1
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh, strict=True)
            for fields in reader:
                yield start, fields
                start = reader.line_num + 1
    except FileNotFoundError as exc:
        raise IngestError(Errors.E075.format(path=path, detail="file not found")) from exc
    except UnicodeDecodeError as exc:
        raise IngestError(Errors.E075.format(path=path, detail=f"not UTF-8 ({exc.reason})")) from exc
    except csv.Error as exc:
        raise _invalid(str(path), start, f"not valid CSV ({exc})") from exc
    except OSError as exc:
        raise IngestError(Errors.E075.format(path=path, detail=exc.strerror or exc)) from exc


def _case(path: str, line: int, fields: list[str]) -> NarrativeCase:
    if len(fields) != len(HEADER):
        raise _invalid(path, line, f"{len(fields)} fields, expected {len(HEADER)} ({','.join(HEADER)})")
    row = dict(zip(HEADER, (f.strip() for f in fields)))
    if not row["id"]:
        raise _invalid(path, line, "the id (case URL) is empty")
    if not row["title"]:
        raise _invalid(path, line, "the title is empty")
    try:
        if not _ISO_DATE.fullmatch(row["date"]):
            raise ValueError
        date.fromisoformat(row["date"])
    except ValueError:
        raise _invalid(path, line, f"bad date {row['date']!r}, expected YYYY-MM-DD") from None
    return NarrativeCase(id=row["id"], title=row["title"], date=row["date"],
                         countries=_split(row["countries"]), keywords=_split(row["keywords"]),
                         languages=_split(row["languages"]), outlets=_split(row["outlets"]))


def read_cases(path: str | Path) -> list[NarrativeCase]:
    """Read and validate every line of a case-list CSV; a repeated id keeps its last line."""
    path = Path(path)
    records = _records(path)
    first = next(records, None)
    if first is None:
        raise _invalid(str(path), 1, "the file is empty, expected the header " + ",".join(HEADER))
    header = tuple(f.strip().lower() for f in first[1])
    if header != HEADER:
        raise _invalid(str(path), 1, f"the header is {','.join(first[1])!r}, expected {','.join(HEADER)!r}")
    cases: dict[str, NarrativeCase] = {}
    for line, fields in records:
        if not fields or not any(f.strip() for f in fields):
            continue
        case = _case(str(path), line, fields)
        cases[case.id] = case
    return list(cases.values())


# A weekly rubric that EUvsDisinfo puts before some titles ("This Week's
# Trend: ...", "THIS WEEK'S TREND:", "Last Week's Trend:", "The Trend Last
# Time:"; 123 of 10,892): a label, not part of the claim.
_RUBRIC = re.compile(r"^\s*(?:(?:this|last) week[’']s trend|the trend last time)\s*:\s*", re.IGNORECASE)


def case_text(case: NarrativeCase) -> str:
    """Return the text embedded for a case: its title alone, without a rubric label."""
    # Appending the keywords ("Syrian War, Terrorism, Daesh") blurred the
    # titles: recall@1 on our French paraphrases fell from 0.97 to 0.59.
    # Keywords and countries count through shared names instead (matcher.py).
    return _RUBRIC.sub("", case.title) or case.title


def import_narratives(db: sqlite3.Connection, path: str | Path, embedder: Embedder,
                      progress: Progress | None = None) -> ImportReport:
    """Validate a case list, embed the new or changed cases, and upsert all in one transaction."""
    # 1. validate every line; 2. reuse stored vectors whose key is unchanged;
    # 3. embed the rest in batches; 4. write everything in one transaction.
    start = time.perf_counter()
    cases = read_cases(path)
    keys = [embed_key(embedder.name, case_text(c)) for c in cases]
    stored = narrative_vectors(db)
    vectors = np.zeros((len(cases), embedder.dim), dtype=np.float32)
    todo = []
    for i, (case, key) in enumerate(zip(cases, keys)):
        old = stored.get(case.id)
        if old and old[0] == key and len(old[1]) == 4 * embedder.dim:
            vectors[i] = np.frombuffer(old[1], dtype=np.float32)
        else:
            todo.append(i)
    for b in range(0, len(todo), BATCH_SIZE):
        chunk = todo[b:b + BATCH_SIZE]
        vectors[chunk] = embedder.embed([case_text(cases[i]) for i in chunk])
        if progress:
            progress(min(b + BATCH_SIZE, len(todo)), len(todo))
    save_narratives(db, cases, vectors, keys, embedder.name)
    return ImportReport(path=str(path), cases=len(cases), embedded=len(todo),
                        seconds=time.perf_counter() - start)
