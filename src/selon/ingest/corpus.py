"""Ingest a corpus into the store: dedup, analyse (here, in processes or on Dask), commit in batches.

One writer (this process) reads the inputs, skips texts the store already holds
(their origin is added: that is both dedup and resume after a crash), sends new
texts in small tasks to a :class:`Runner` and writes each task's results in one
transaction, in submission order, so the stored result is the same whichever
runner analysed it. Workers receive and return plain dicts, never spaCy objects.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from ..errors import Errors, SelonError
from ..model import Article
from ..store.articles import Origin, stored_id_of_hash, write_batch
from ..store.db import content_hash
from .inputs import Item

log = logging.getLogger("selon")

# Articles per task sent to a worker: small enough to spread over workers and
# to commit often, big enough for nlp.pipe batching and Dask's per-task cost.
# With several workers, smaller tasks balance long and short articles better.
TASK_SIZE = 8
PARALLEL_TASK_SIZE = 4
# How many error examples the summary prints.
EXAMPLES = 5


def analyze_dicts(records: list[dict[str, Any]], lang: str | None, size: str) -> list[Any]:
    """Analyse article dicts; return, in order, each result dict or its error message (str)."""
    from ..pipeline import analyze_many

    arts = [Article.from_dict(r) for r in records]
    out: list[Any] = []
    for res in analyze_many(arts, lang=lang, size=size):
        out.append(str(res) if isinstance(res, SelonError) else res.to_dict())
    return out


class Runner(Protocol):
    """Runs :func:`analyze_dicts` somewhere; ``slots`` tasks may be in flight."""

    slots: int
    task_size: int

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Any: ...

    def close(self) -> None: ...


class LocalRunner:
    """Analyse in this process, synchronously."""

    slots = 1
    task_size = TASK_SIZE

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(analyze_dicts(records, lang, size))
        except Exception as exc:  # a broken model or a bug: the task's articles fail, the run goes on
            fut.set_exception(exc)
        return fut

    def close(self) -> None:
        pass


class ProcessRunner:
    """Analyse in ``workers`` local processes (each loads spaCy once)."""

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: the writer has threads (progress bar, SQLite), which fork would copy half-held.
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        self.slots = 2 * workers
        self.task_size = PARALLEL_TASK_SIZE

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Any:
        return self.pool.submit(analyze_dicts, records, lang, size)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskRunner:
    """Analyse on a dask.distributed cluster: ``"local"`` starts a LocalCluster of ``workers``."""

    def __init__(self, address: str, workers: int = 2) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is missing
            raise SelonError(Errors.E121.format(
                address=address, detail="dask.distributed is not installed; "
                "pip install 'selon[dask]'")) from exc
        self.cluster = None
        try:
            if address == "local":
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise SelonError(Errors.E121.format(address=address, detail=exc)) from exc
        n = len(self.client.scheduler_info().get("workers", {})) or workers
        self.slots = 2 * n
        self.task_size = PARALLEL_TASK_SIZE

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Any:
        return self.client.submit(analyze_dicts, records, lang, size, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_runner(workers: int | None = None, dask: str | None = None) -> Runner:
    """Return the runner for ``--workers`` (default 1; 2 for a Dask LocalCluster) / ``--dask``."""
    if dask:
        return DaskRunner(dask, workers or 2)
    return ProcessRunner(workers) if workers and workers > 1 else LocalRunner()


@dataclass
class IngestReport:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    errors: int = 0
    examples: list[str] = field(default_factory=list)

    def error(self, where: str, reason: str) -> None:
        self.errors += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(reason if where in reason else f"{reason} (input: {where})")


@dataclass
class _Task:
    future: Any
    items: list[tuple[Origin, Article]]
    dups: dict[str, list[Origin]] = field(default_factory=dict)


def ingest(db: sqlite3.Connection, items: Iterable[Item], runner: Runner, *,
           lang: str | None = None, size: str = "md", published: str | None = None,
           enrich: Callable[[Article], Article] | None = None,
           advance: Callable[[int], None] | None = None) -> IngestReport:
    """Analyse and store every new text of ``items``; return the counts."""
    # 1. read, skip stored texts (origin only), queue new ones by content hash;
    # 2. submit tasks of TASK_SIZE; 3. write the oldest task when slots are full;
    # 4. at the end write what is left.
    report = IngestReport()
    pending: deque[_Task] = deque()
    inflight: dict[str, _Task] = {}
    chunk: list[tuple[Origin, Article]] = []
    chunk_dups: dict[str, list[Origin]] = {}
    origins: list[tuple[str, Origin]] = []
    errors: list[tuple[str, str | None, str]] = []
    tick = advance or (lambda n: None)

    def write(task: _Task | None) -> None:
        saves: list[tuple[Article, Origin | None]] = []
        if task is not None:
            saves = _results(task, report, errors, origins, enrich)
        write_batch(db, saves, origins, errors)
        for origin, art in (task.items if task else []):
            inflight.pop(content_hash(art.text) or "", None)
        tick(len(task.items) + sum(map(len, task.dups.values())) if task else 0)
        origins.clear()
        errors.clear()

    def submit() -> None:
        nonlocal chunk, chunk_dups
        task = _Task(runner.submit([a.to_dict() for _, a in chunk], lang, size), chunk, chunk_dups)
        for _, art in chunk:
            inflight[content_hash(art.text) or ""] = task
        pending.append(task)
        chunk, chunk_dups = [], {}
        while len(pending) >= runner.slots:
            write(pending.popleft())

    for origin, item in items:
        report.read += 1
        if isinstance(item, SelonError):
            report.error(origin.path or "?", str(item))
            errors.append((origin.path or "?", origin.input_id, str(item)))
            tick(1)
            continue
        if published and not item.published:
            item = replace(item, published=published)
        digest = content_hash(item.text) or ""
        holder = inflight.get(digest)
        if holder is not None or any(content_hash(a.text) == digest for _, a in chunk):
            report.duplicates += 1
            (holder.dups if holder else chunk_dups).setdefault(digest, []).append(origin)
            continue
        stored = stored_id_of_hash(db, digest)
        if stored is not None:
            report.duplicates += 1
            origins.append((stored, origin))
            tick(1)
            if len(origins) >= 256:
                write(None)
            continue
        chunk.append((origin, item))
        if len(chunk) >= getattr(runner, "task_size", TASK_SIZE):
            submit()
    if chunk:
        submit()
    while pending:
        write(pending.popleft())
    if origins or errors:
        write(None)
    return report


def _results(task: _Task, report: IngestReport, errors: list[tuple[str, str | None, str]],
             origins: list[tuple[str, Origin]],
             enrich: Callable[[Article], Article] | None) -> list[tuple[Article, Origin | None]]:
    try:
        results = task.future.result()
    except Exception as exc:  # the worker died or the task raised: its articles fail
        log.debug("task failed", exc_info=True)
        results = [Errors.E126.format(where=o.path or o.input_id, detail=f"{type(exc).__name__}: {exc}")
                   for o, _ in task.items]
    saves: list[tuple[Article, Origin | None]] = []
    for (origin, art), res in zip(task.items, results):
        dups = task.dups.get(content_hash(art.text) or "", [])
        if isinstance(res, str):
            for o in (origin, *dups):
                report.error(o.path or "?", res)
                errors.append((o.path or "?", o.input_id, res))
            continue
        done = Article.from_dict(res)
        if enrich is not None:
            done = enrich(done)
        saves.append((done, origin))
        report.stored += 1
        origins.extend((done.id, o) for o in dups)
    return saves
