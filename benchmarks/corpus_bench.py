"""Corpus benchmarks: ingest vs analyze, Dask 2 vs 1 workers, FTS/show on a big store, stories.

Every figure is a ratio against a baseline measured in the same run (the
machine is shared). Texts are the articles of ../shared/gold (read in place,
recombined at run time, never committed).

    python benchmarks/corpus_bench.py throughput [--n 40]
    python benchmarks/corpus_bench.py dask [--n 40]
    python benchmarks/corpus_bench.py store [--n 100000]
    python benchmarks/corpus_bench.py stories [--n 10000]
    python benchmarks/corpus_bench.py scale --n 1000 [--chars 300] [--workers 2] [--stories] [--keep PATH]
    python benchmarks/corpus_bench.py stories-store --db PATH [--tie-min-shared 1,2]   # with / without lead embeddings
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from selon.model import Article
from _common import truncate_article as _truncate

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold"


def gold_articles(n: int) -> list[Article]:
    rows = []
    for name in ("fr-dev.jsonl", "polnear-dev.jsonl"):
        rows += [json.loads(line) for line in (GOLD / name).read_text().splitlines() if line]
    random.Random(0).shuffle(rows)
    return [Article(id=r["id"], text=r["text"], lang=r.get("lang"), published=r.get("published"),
                    title=r.get("title"), url=r.get("url")) for r in rows[:n]]


def _items(arts: list[Article]):  # type: ignore[no-untyped-def]
    from selon.store import Origin

    return [(Origin(input_id=a.id), a) for a in arts]


def throughput(n: int) -> None:
    from selon.ingest.corpus import LocalRunner, ingest
    from selon.pipeline import analyze_many
    from selon.store import connect

    arts = gold_articles(n)
    words = sum(len(a.text.split()) for a in arts)
    list(analyze_many(arts[:4]))  # load both pipelines
    t_an, t_in = [], []
    for rep in range(2):
        t = time.perf_counter()
        out = [json.dumps(r.to_dict(), ensure_ascii=False) for r in analyze_many(arts)
               if isinstance(r, Article)]
        t_an.append(time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp:
            db = connect(Path(tmp) / "b.sqlite")
            t = time.perf_counter()
            report = ingest(db, _items(arts), LocalRunner())
            t_in.append(time.perf_counter() - t)
        assert report.stored == len(out)
    a, b = min(t_an), min(t_in)
    print(f"{n} articles, {words} words: analyze alone {a:.1f}s ({words / a:.0f} w/s), "
          f"ingest {b:.1f}s ({words / b:.0f} w/s); ingest/analyze throughput = {a / b:.2f} "
          f"(runs: analyze {[round(x, 1) for x in t_an]}, ingest {[round(x, 1) for x in t_in]})")


def _warm() -> None:
    from selon.nlp import load_pipeline

    load_pipeline("fr")
    load_pipeline("en")


def dask_scaling(n: int) -> None:
    from selon.ingest.corpus import DaskRunner, ingest
    from selon.store import connect

    arts = gold_articles(n)
    times = {}
    for workers in (1, 2, 1, 2):
        runner = DaskRunner("local", workers)
        runner.client.run(_warm)
        with tempfile.TemporaryDirectory() as tmp:
            db = connect(Path(tmp) / "d.sqlite")
            t = time.perf_counter()
            report = ingest(db, _items(arts), runner)
            times.setdefault(workers, []).append(time.perf_counter() - t)
        runner.close()
        assert report.stored == n, report
    one, two = min(times[1]), min(times[2])
    print(f"Dask LocalCluster, {n} articles: 1 worker {one:.1f}s, 2 workers {two:.1f}s, "
          f"speed-up {one / two:.2f}x (runs {times})")


def recombined(n: int, chars: int, seed: int = 4) -> list[Article]:
    """``n`` distinct texts of about ``chars`` characters, each made of sentences
    drawn from gold articles of one language (built at run time, never stored)."""
    import re

    by_lang: dict[str, list[str]] = {"fr": [], "en": []}
    for name, lang in (("fr-dev.jsonl", "fr"), ("polnear-dev.jsonl", "en")):
        for line in (GOLD / name).read_text().splitlines():
            if line:
                text = json.loads(line)["text"]
                by_lang[lang] += [x for x in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(x) <= 400]
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        lang = "fr" if len(out) % 2 == 0 else "en"
        parts: list[str] = []
        while sum(map(len, parts)) < chars:
            parts.append(rng.choice(by_lang[lang]))
        text = " ".join(parts)
        if text not in seen:
            seen.add(text)
            out.append(Article(id=f"mix-{len(out)}", text=text, lang=lang))
    return out


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                  if ":" in line)
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def relink_extra(db, extra: list[Article], runner) -> tuple[object, dict[str, int], float]:  # type: ignore[no-untyped-def]
    """Ingest ``extra`` (texts the store lacks) on ``runner``, then time an incremental ``link_stories``.

    Returns (the ingest report, the relink's counts, its seconds). Raises
    RuntimeError when not every extra text was stored and then counted new by
    the relink: a failed analysis (E126 from the writer) must not read as "+0".
    """
    from selon.ingest.corpus import ingest
    from selon.linking import link_stories

    report = ingest(db, _items(extra), runner)
    t = time.perf_counter()
    counts = link_stories(db)
    dt = time.perf_counter() - t
    if report.stored != len(extra) or counts["new"] != report.stored:
        raise RuntimeError(
            f"incremental stories: {len(extra)} extra texts, {report.stored} stored, "
            f"{report.duplicates} duplicates, {report.errors} errors {report.examples[:2]}; "
            f"the relink counted {counts['new']} new")
    return report, counts, dt


def dask_scale(n: int, chars: int, workers: int, stories: bool = False, keep: Path | None = None) -> None:
    """Ingest ``n`` recombined texts on a Dask LocalCluster; per-article cost and writer memory.
    With ``stories``, then time ``link_stories`` on that store (every article new), and again
    after 1 % more articles are ingested (the incremental case; analysed on the same
    cluster, so the writer never loads a second copy of the code or the models)."""
    from selon.ingest.corpus import DaskRunner, ingest
    from selon.store import connect

    arts = recombined(n, chars)
    words = sum(len(a.text.split()) for a in arts)
    runner = DaskRunner("local", workers)
    runner.client.run(_warm)
    before = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "s.sqlite")
        t = time.perf_counter()
        report = ingest(db, _items(arts), runner)
        dt = time.perf_counter() - t
        size = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6
        if keep is not None:  # before any stories: the store as ingested
            import shutil

            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy(Path(tmp) / "s.sqlite", keep)
        worker_rss = runner.client.run(lambda: _rss_mb()[1])
        after = _rss_mb()
        try:
            if stories:
                from selon.linking import link_stories

                t = time.perf_counter()
                counts = link_stories(db)  # first pass: anchors of every article, clustering, stories
                st1 = time.perf_counter() - t
                extra = recombined(n + max(n // 100, 1), chars)[n:]
                # incremental: 1 % new articles, stored signatures reused
                extra_report, again, st2 = relink_extra(db, extra, runner)
        finally:
            runner.close()
    assert report.stored == n, report
    print(f"scale: {n} articles (~{chars} chars, {words} words), Dask LocalCluster {workers} workers: "
          f"{dt:.1f}s, {1000 * dt / n:.1f} ms/article, {n / dt:.1f} articles/s; writer RSS "
          f"{before[0]:.0f} -> {after[0]:.0f} MB (peak {after[1]:.0f} MB); worker peak RSS "
          f"{', '.join(f'{v:.0f}' for v in worker_rss.values())} MB; store {size:.0f} MB")
    if stories:
        print(f"stories on that store: {counts['articles']} articles -> {counts['stories']} stories in "
              f"{st1:.1f}s ({1000 * st1 / n:.1f} ms/article); +{again['new']} articles, incremental "
              f"relink {st2:.1f}s (ingest of the extra texts: {extra_report})")


def stories_on_store(path: Path, tie_min_shared: tuple[int, ...] = ()) -> None:
    """Time ``link_stories`` on copies of a built store (every article new): without lead
    embeddings (what a one-language store costs) and with them (a mixed-language store), same
    run; then a relink with nothing new. Build the store with ``scale --n N --keep PATH``.
    ``tie_min_shared``: with embeddings, once per value of ``TIE_MIN_SHARED`` (how many tie
    anchors a lead shares with one article of the other language to be embedded; 1 was the rule
    before round 9)."""
    import shutil
    import sqlite3

    from selon.linking import link_stories
    from selon.linking import stories as st
    from selon.store import connect

    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with tempfile.TemporaryDirectory() as tmp:
        default = st.TIE_MIN_SHARED
        for embed, ties in [(False, default)] + [(True, k) for k in tie_min_shared or (default,)]:
            st.TIE_MIN_SHARED = ties
            copy = Path(tmp) / f"{embed}-{ties}.sqlite"
            shutil.copy(path, copy)
            db = connect(copy)
            w, c = time.perf_counter(), time.process_time()
            counts = link_stories(db, embed=embed)
            w, c = time.perf_counter() - w, time.process_time() - c
            w2, c2 = time.perf_counter(), time.process_time()
            link_stories(db, embed=embed)
            w2, c2 = time.perf_counter() - w2, time.process_time() - c2
            db.close()
            print(f"stories {f'with lead embeddings (ties >= {ties})' if embed else 'without lead embeddings'}: "
                  f"{counts['articles']} articles -> "
                  f"{counts['stories']} stories, {counts['embedded']} leads embedded: {w:.1f} s wall, "
                  f"{c:.1f} s CPU ({1000 * w / counts['articles']:.1f} ms/article); relink with nothing new "
                  f"{w2:.1f} s wall, {c2:.1f} s CPU", flush=True)
        st.TIE_MIN_SHARED = default


def store_bench(n: int, db_path: Path) -> None:
    import io

    from rich.console import Console

    from selon.cli import render
    from selon.pipeline import analyze_many
    from selon.store import Origin, SearchFilters, connect, load_article_json, search, write_batch

    db = connect(db_path)
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have < n:
        templates = [_truncate(a, 1500) for a in analyze_many(gold_articles(104))
                     if isinstance(a, Article)]
        rng = random.Random(1)
        t = time.perf_counter()
        from dataclasses import replace

        batch = []
        for k in range(have, n):
            tpl = templates[k % len(templates)]
            # A unique tail keeps each text distinct (offsets before it stay valid).
            art = replace(tpl, id=f"syn-{k}", text=f"{tpl.text}\n[{k} {rng.random():.6f}]",
                          published=f"20{10 + k % 15}-{1 + k % 12:02d}-{1 + k % 28:02d}")
            batch.append((art, Origin(input_id=art.id)))
            if len(batch) == 1000:
                write_batch(db, batch)
                batch = []
        if batch:
            write_batch(db, batch)
        print(f"built {n - have} synthetic articles in {time.perf_counter() - t:.0f}s "
              f"({(n - have) / (time.perf_counter() - t):.0f}/s written)")
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    vocab = [w for (w,) in db.execute("SELECT title FROM articles LIMIT 200") for w in (w or "").split()
             if len(w) > 4][:300]
    rng = random.Random(2)
    queries = [(" ".join(rng.sample(vocab, rng.choice((1, 2)))), SearchFilters()) for _ in range(60)]
    queries += [(rng.choice(vocab), SearchFilters(lang="fr", date_from="2015-01-01")) for _ in range(20)]
    queries += [(rng.choice(vocab), SearchFilters(source_type="government", hedged=True)) for _ in range(20)]
    lat, worst = [], []
    for q, f in queries:
        t = time.perf_counter()
        search(db, q, f, limit=20)
        lat.append((time.perf_counter() - t) * 1000)
        worst.append((lat[-1], q, f))
    print("slowest:", [(round(ms), q, f != SearchFilters()) for ms, q, f in sorted(worst, key=lambda x: x[0])[-3:]])
    def p95(xs: list[float]) -> float:
        xs = sorted(xs)
        return xs[max(int(0.95 * len(xs)) - 1, 0)]

    plain = [ms for ms, q, f in worst if f == SearchFilters()]
    filtered = [ms for ms, q, f in worst if f != SearchFilters()]
    load, full = [], []
    for k in rng.sample(range(total), 100):
        t = time.perf_counter()
        art = Article.from_dict(json.loads(load_article_json(db, f"syn-{k}") or "{}"))
        load.append((time.perf_counter() - t) * 1000)
        render.render_article(art, console=Console(file=io.StringIO(), width=100))
        full.append((time.perf_counter() - t) * 1000)
    print(f"store of {total} articles ({db_path.stat().st_size / 1e6:.0f} MB): search p50 "
          f"{statistics.median(lat):.1f} ms, p95 {p95(lat):.1f} ms (no filter: {len(plain)} queries, "
          f"p95 {p95(plain):.1f} ms; with filters: {len(filtered)}, p95 {p95(filtered):.1f} ms), "
          f"max {max(lat):.1f} ms; show: load + parse p50 {statistics.median(load):.1f} ms, "
          f"p95 {p95(load):.1f} ms; with the terminal rendering p50 {statistics.median(full):.1f} ms, "
          f"p95 {p95(full):.1f} ms")


def stories_bench(n: int) -> None:
    from selon.linking.stories import bcubed, cluster

    rng = random.Random(3)
    events = max(n // 5, 1)
    vocab = [f"w{i}" for i in range(20000)]
    ev_feats = []
    for e in range(events):
        feats = Counter({f"P:{rng.randrange(5000)}": 1, f"E:{rng.randrange(20000)}": 1,
                         f"E:{rng.randrange(20000)}": 1, f"N:{rng.randrange(1000)}": 1,
                         f"D:{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}": 1,
                         f"T:{rng.choice(['kill', 'strike', 'protest', 'meet', 'statement'])}": 1})
        for w in rng.sample(vocab[:2000], 6) + rng.sample(vocab, 10):
            feats[f"W:{w}"] += 1
        ev_feats.append(feats)
    sigs, gold = [], {}
    for k in range(n):
        e = rng.randrange(events)
        feats = Counter({key: v for key, v in ev_feats[e].items() if rng.random() < 0.7})
        for w in rng.sample(vocab, 15):
            feats[f"W:{w}"] += 1
        sigs.append((f"a{k}", feats))
        gold[f"a{k}"] = str(e)
    t = time.perf_counter()
    pred = cluster(sigs)
    dt = time.perf_counter() - t
    p, r, f = bcubed(pred, gold)
    print(f"stories: {n} synthetic signatures ({events} events) clustered in {dt:.1f}s "
          f"({n / dt:.0f}/s); B-cubed on this synthetic set P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["throughput", "dask", "store", "stories", "scale", "stories-store"])
    ap.add_argument("--n", type=int)
    ap.add_argument("--chars", type=int, default=300, help="scale: characters per recombined text")
    ap.add_argument("--workers", type=int, default=2, help="scale: Dask workers")
    ap.add_argument("--stories", action="store_true", help="scale: then time stories on that store")
    ap.add_argument("--db", type=Path, default=Path("/tmp/selon-bench-100k.sqlite"))
    ap.add_argument("--keep", type=Path, help="scale: copy the built store there (for stories-store)")
    ap.add_argument("--tie-min-shared", default="",
                    help="stories-store: comma-separated TIE_MIN_SHARED values to time with embeddings "
                         "(e.g. 1,2: the rule before round 9 and the current one)")
    args = ap.parse_args()
    if args.what == "throughput":
        throughput(args.n or 40)
    elif args.what == "dask":
        dask_scaling(args.n or 40)
    elif args.what == "scale":
        dask_scale(args.n or 1000, args.chars, args.workers, args.stories, args.keep)
    elif args.what == "store":
        store_bench(args.n or 100_000, args.db)
    elif args.what == "stories-store":
        stories_on_store(args.db, tuple(int(x) for x in args.tie_min_shared.split(",") if x))
    else:
        for n in ([args.n] if args.n else [1000, 5000, 10000]):
            stories_bench(n)


if __name__ == "__main__":
    main()
