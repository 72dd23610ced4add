"""Importing case lists: validation first, all-or-nothing writes, upserts."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from selon.errors import IngestError
from selon.narratives import HEADER, E5Embedder, import_narratives, read_cases
from selon.store import connect, count_narratives, load_narrative, narrative_vectors

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SMALL = Path(__file__).resolve().parents[1] / "data" / "narratives_small.csv"
GOOD = "2020-01-02,https://example.org/case/a/,A case title,Poland,Baltic Sea+Agriculture,Russian,Outlet"


@pytest.fixture(scope="module")
def embedder() -> E5Embedder:
    return E5Embedder()


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "n.sqlite")


def test_importer_reads_every_case() -> None:
    cases = read_cases(SMALL)
    assert len(cases) == 9
    first = cases[0]
    assert first.id == "https://example.org/case/nato-troops-spread-measles-in-lithuania/"
    assert first.title == "NATO troops spread measles in Lithuania"
    assert first.date == "2019-03-04"
    assert first.keywords == ("NATO", "Health", "Military exercise")
    assert cases[1].languages == ("English", "Russian")
    assert cases[1].outlets == ("Outlet Two", "Outlet Three")


def test_importer_imports_then_upserts(tmp_path: Path, db: sqlite3.Connection,
                                       embedder: E5Embedder) -> None:
    report = import_narratives(db, SMALL, embedder)
    assert (report.cases, report.embedded) == (9, 9)
    assert count_narratives(db) == 9
    before = narrative_vectors(db)

    changed = tmp_path / "changed.csv"
    text = SMALL.read_text(encoding="utf-8").replace("The EU will ban Christmas markets",
                                                     "Brussels will ban Christmas trees")
    changed.write_text(text, encoding="utf-8")
    report = import_narratives(db, changed, embedder)
    # Only the changed title is embedded again; the rest reuse their vectors.
    assert (report.cases, report.embedded) == (9, 1)
    assert count_narratives(db) == 9
    case = load_narrative(db, "https://example.org/case/the-eu-will-ban-christmas-markets/")
    assert case is not None and case.title == "Brussels will ban Christmas trees"
    after = narrative_vectors(db)
    assert sum(before[k][1] != after[k][1] for k in before) == 1


@pytest.mark.parametrize(("lines", "line", "detail"), [
    (["date,id,name,countries,keywords,languages,outlets", GOOD], 1, "header"),
    (["date,id,title", GOOD], 1, "header"),
    ([], 1, "empty"),
    ([",".join(HEADER), GOOD, "2020-01-03,https://example.org/b/,,Poland,,Russian,X"], 3, "title is empty"),
    ([",".join(HEADER), GOOD, "2020-01-03,,Some title,Poland,,Russian,X"], 3, "id"),
    ([",".join(HEADER), GOOD, GOOD, "03/01/2020,https://example.org/c/,Title,,,,"], 4, "bad date '03/01/2020'"),
    ([",".join(HEADER), GOOD, "2020-02-30,https://example.org/c/,Title,,,,"], 3, "bad date '2020-02-30'"),
    ([",".join(HEADER), GOOD, "2020-02-03,https://example.org/c/,Title,Poland"], 3, "4 fields"),
    # A quoted title over two lines: the error names the line the record starts on.
    ([",".join(HEADER), '2020-01-02,https://example.org/d/,"Two\nlines",,,,', "bad,x,y,,,,"], 4, "bad date"),
])
def test_importer_malformed_csv_changes_nothing(tmp_path: Path, db: sqlite3.Connection,
                                                embedder: E5Embedder, lines: list[str], line: int,
                                                detail: str) -> None:
    import_narratives(db, SMALL, embedder)
    before = narrative_vectors(db)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    with pytest.raises(IngestError, match=r"\[E019\]") as err:
        import_narratives(db, bad, embedder)
    assert f"at line {line}:" in str(err.value)
    assert detail in str(err.value)
    assert "Nothing was imported" in str(err.value)
    assert narrative_vectors(db) == before


@pytest.mark.parametrize(("content", "detail"), [
    (None, "file not found"),
    (b"date,id,title\n\xff\xfe broken", "not UTF-8"),
])
def test_importer_unreadable_file(tmp_path: Path, content: bytes | None, detail: str) -> None:
    path = tmp_path / "cases.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(IngestError, match=r"\[E075\].*" + detail):
        read_cases(path)


def test_importer_repeated_id_keeps_the_last_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("\n".join([",".join(HEADER), GOOD, GOOD.replace("A case title", "Newer title")]),
                    encoding="utf-8")
    assert [c.title for c in read_cases(path)] == ["Newer title"]
