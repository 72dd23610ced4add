"""Benchmarks of the web app: X-ray page, POST /api/analyze, search API (server time, p50/p95).

Requests go through the ASGI app in process (Starlette's TestClient), so the
times are the server's, without a network. Each figure comes with a baseline
measured in the same run (the machine's load varies):

- ``xray``: GET /articles/{id} of a stored article of >= 5,000 words (the
  gold fr-dev texts joined), against GET /api/articles/{id} (the stored JSON).
- ``analyze``: POST /api/analyze of a ~1,000-word French text after warm-up,
  against ``selon.pipeline.analyze_article`` called directly.
- ``search``: GET /api/search on a store (``--store``; or one built here with
  ``--build N`` short copies of analysed gold texts, each made unique), against
  GET /api/articles?limit=20.

Usage: python benchmarks/web_bench.py xray|analyze|search [--repeat N] [--store PATH] [--build N]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from _common import truncate_article as _truncate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
QUERIES = ["armée", "ministre déclaré", "Alep", "selon l'agence", "frappes", "président", "Syrie",
           "police", "manifestants", "\"a déclaré\"", "Russie", "otan", "hôpital", "gouvernement"]


def _gold_texts() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "fr-dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _joined(min_words: int) -> str:
    parts: list[str] = []
    words = 0
    for rec in _gold_texts():
        parts.append(rec["text"])
        words += len(rec["text"].split())
        if words >= min_words:
            break
    return "\n\n".join(parts)


class _T(float):
    """A wall time in seconds that also carries the process CPU time of the same call."""

    cpu: float = 0.0


def _pcts(times: list[float]) -> dict[str, float]:
    def p95(xs: list[float]) -> float:
        return round(xs[max(0, int(round(0.95 * len(xs))) - 1)], 1)

    ms = sorted(t * 1000 for t in times)
    # CPU time of the process (all its threads) per request: what the request
    # costs when it does not wait for the CPU behind other processes.
    cpu = sorted(getattr(t, "cpu", 0.0) * 1000 for t in times)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": p95(ms),
            "max_ms": round(ms[-1], 1), "cpu_p50_ms": round(statistics.median(cpu), 1),
            "cpu_p95_ms": p95(cpu)}


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        wall = _T(time.perf_counter() - t)
        wall.cpu = time.process_time() - c
        out.append(wall)
    return out


def _client(path: str | Path, **settings):
    from fastapi.testclient import TestClient

    from selon.web import Corpus, WebSettings, create_app

    return TestClient(create_app(Corpus(path), WebSettings(**settings)))


def bench_xray(repeat: int) -> dict:
    from selon import store
    from selon.model import Article
    from selon.pipeline import analyze_article

    text = _joined(5000)
    art = analyze_article(Article(id="long", text=text, lang="fr", published="2017-09-07",
                                  title="Five thousand words"))
    with tempfile.TemporaryDirectory() as tmp:
        db = store.connect(Path(tmp) / "x.sqlite")
        store.save_article(db, art)
        db.close()
        cold = _client(Path(tmp) / "x.sqlite", view_cache=0)
        warm = _client(Path(tmp) / "x.sqlite")
        for c in (cold, warm):  # warm-up
            for url in ("/articles/long", "/api/articles/long"):
                assert c.get(url).status_code == 200
        page, cached, base = [], [], []
        claims = [a.id for a in art.attributions]
        for i in range(repeat):  # interleaved, so load changes hit all alike
            page += _time(lambda: cold.get("/articles/long"), 1)
            # a selected claim, as a reader without JavaScript requests it
            cached += _time(lambda: warm.get("/articles/long", params={"claim": claims[i % len(claims)]}), 1)
            base += _time(lambda: cold.get("/api/articles/long"), 1)
        size = len(cold.get("/articles/long").content)
    p, w, b = _pcts(page), _pcts(cached), _pcts(base)
    return {"words": len(text.split()), "claims": len(art.attributions), "html_bytes": size,
            "xray_uncached": p, "xray_view_cached": w, "baseline_json": b,
            "p95_ratio_uncached_vs_json": round(p["p95_ms"] / b["p95_ms"], 2),
            "p95_ratio_cached_vs_json": round(w["p95_ms"] / b["p95_ms"], 2)}


def bench_analyze(repeat: int) -> dict:
    from selon.model import Article
    from selon.pipeline import analyze_article

    words = _joined(1000).split()[:1000]
    text = " ".join(words)
    client = _client(":memory:")
    body = {"text": text, "lang": "fr", "published": "2017-09-07"}
    for _ in range(2):  # warm-up: loads the pipeline once
        assert client.post("/api/analyze", json=body).status_code == 200
    http, direct = [], []
    art = Article(id="t", text=text, lang="fr", published="2017-09-07")
    for _ in range(repeat):
        http += _time(lambda: client.post("/api/analyze", json=body), 1)
        direct += _time(lambda: analyze_article(art), 1)
    h, d = _pcts(http), _pcts(direct)
    return {"words": len(words), "http": h, "baseline_direct": d,
            "p95_ratio_vs_direct": round(h["p95_ms"] / d["p95_ms"], 2)}


def build_store(path: Path, n: int) -> None:
    """Store ``n`` articles: the analysed fr-dev and 20 polnear-dev texts, cut to 1,500
    characters (a short news item), each copy made unique by a suffix."""
    from selon import store
    from selon.model import Article
    from selon.pipeline import analyze_many

    recs = _gold_texts()
    recs += [json.loads(line) for line in (GOLD / "polnear-dev.jsonl").read_text(encoding="utf-8")
             .splitlines() if line.strip()][:20]
    base = [_truncate(a, 1500) for a in analyze_many(
        Article(id=r["id"], text=r["text"], lang=r.get("lang"), published=r.get("published"),
                title=r.get("title")) for r in recs) if isinstance(a, Article)]
    db = store.connect(path)
    batch = []
    t = time.perf_counter()
    for i in range(n):
        a = base[i % len(base)]
        # Appended text keeps every span's offsets; it makes the content hash unique.
        day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        batch.append((dataclasses.replace(a, id=f"syn-{i}", text=a.text + f"\n\n(copie {i})",
                                          published=day), None))
        if len(batch) == 1000:
            store.save_articles(db, batch)
            batch = []
            if (i + 1) % 10000 == 0:
                print(f"stored {i + 1} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    if batch:
        store.save_articles(db, batch)
    db.close()


def bench_search(repeat: int, path: Path) -> dict:
    client = _client(path)
    from selon import store

    db = store.connect(path)
    total = store.count_articles(db)
    db.close()
    params = [{"q": q} for q in QUERIES] + [{"q": "armée", "lang": "fr"}, {"q": "frappes", "hedged": "true"},
                                           {"q": "ministre", "source_type": "government"},
                                           {"q": "Alep", "date_from": "2015-01-01", "date_to": "2018-12-31"}]
    for p in params:
        assert client.get("/api/search", params=p).status_code == 200
    times, base = [], []
    per: dict[str, list[float]] = {}
    for i in range(repeat):
        p = params[i % len(params)]
        t = _time(lambda: client.get("/api/search", params=p), 1)
        times += t
        per.setdefault(json.dumps(p, ensure_ascii=False), []).extend(t)
        base += _time(lambda: client.get("/api/articles", params={"limit": 20}), 1)
    s, b = _pcts(times), _pcts(base)
    slowest = sorted(((max(v) * 1000, k) for k, v in per.items()), reverse=True)[:3]
    return {"articles": total, "search": s, "baseline_list": b,
            "p95_ratio_vs_list": round(s["p95_ms"] / b["p95_ms"], 2),
            "slowest_queries_max_ms": [[round(ms, 1), k] for ms, k in slowest]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["xray", "analyze", "search"])
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--store", type=Path, help="search: an existing store to query")
    ap.add_argument("--build", type=int, default=0, help="search: first build a store of N articles")
    a = ap.parse_args()
    if a.what == "xray":
        out = bench_xray(a.repeat)
    elif a.what == "analyze":
        out = bench_analyze(a.repeat)
    else:
        path = a.store or Path(tempfile.mkdtemp()) / "bench.sqlite"
        if a.build:
            build_store(path, a.build)
        out = bench_search(a.repeat, path)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
