"""benchmarks/corpus_bench.py scale --stories: the extra texts of the incremental relink are
stored and counted new, and a failed extra ingest is an error, never a silent "+0 new"."""

from __future__ import annotations

import importlib
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from selon.linking import link_stories
from selon.model import Article
from selon.store import connect, count_articles, save_article

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("corpus_bench")
    finally:
        sys.path.remove(str(BENCH))


class EchoRunner:
    """Returns each article as it came (no analysis), or an E126 error for every one."""

    slots = 1
    task_size = 8

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Future[Any]:
        fut: Future[Any] = Future()
        fut.set_result(["[E126] analysis failed" if self.fail else r for r in records])
        return fut

    def close(self) -> None:
        pass


def _store(tmp_path: Path) -> Any:
    db = connect(tmp_path / "s.sqlite")
    for k, text in enumerate(("A dam burst near Tessaly on Monday, flooding two villages.",
                              "Un incendie a détruit un entrepôt à Lunelle mardi.")):
        save_article(db, Article(id=f"old-{k}", text=text))
    assert link_stories(db)["new"] == 2
    return db


EXTRA = [Article(id=f"mix-{k}", text=f"Report {k}: a ferry ran aground off Corvo; {k + 3} people were rescued.")
         for k in range(3)]


def test_scale_bench_extra_texts_are_counted_new(tmp_path: Path, bench: Any) -> None:
    db = _store(tmp_path)
    report, counts, _ = bench.relink_extra(db, EXTRA, EchoRunner())
    assert (report.stored, counts["new"], count_articles(db)) == (3, 3, 5)


def test_scale_bench_failed_extra_ingest_is_an_error(tmp_path: Path, bench: Any) -> None:
    db = _store(tmp_path)
    with pytest.raises(RuntimeError, match=r"3 extra texts, 0 stored.*3 errors.*E126.*0 new"):
        bench.relink_extra(db, EXTRA, EchoRunner(fail=True))


def test_scale_bench_extra_texts_are_new_texts(bench: Any) -> None:
    from selon.store.db import content_hash

    first = bench.recombined(60, 300)
    more = bench.recombined(63, 300)
    assert [a.text for a in more[:60]] == [a.text for a in first]
    assert not {content_hash(a.text) for a in more[60:]} & {content_hash(a.text) for a in first}
