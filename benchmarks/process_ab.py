"""Whole-process batch throughput of two or more source trees against bare spaCy.

A bare ``nlp.pipe`` process and ``selon analyze --jsonl --timings`` run from
each tree's ``src`` (the commands of ``selon bench --processes``), interleaved
REPS times on seed + fr-dev repeated to 20,000 words; each process reports its
own work time after loading. Prints, per tree, medians, best times and the
median and range of the per-run ratios bare / tree.

    python benchmarks/process_ab.py 3 /tmp/before /tmp/after   # each holds a src/ tree
    python benchmarks/process_ab.py 3 /tmp/before /tmp/after --input texts.jsonl  # your records instead
    python benchmarks/process_ab.py 3 /tmp/before /tmp/after --bare-sets  # also against a bare process
        # given the lemma_index-as-sets change selon's load_pipeline makes (selon.nlp.pipeline._index_as_sets)
"""
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from selon import bench
from selon.evaluate import load_jsonl

args = sys.argv[1:]
given = args.pop(args.index("--input") + 1) if "--input" in args else None
if given:
    args.remove("--input")
bare_sets = "--bare-sets" in args
if bare_sets:
    args.remove("--bare-sets")
# selon.nlp.pipeline._index_as_sets, inlined for the bare process (which imports spaCy only)
_SETS = ("; _t = nlp.get_pipe('lemmatizer').lookups.get_table('lemma_index'); "
         "[_t.__setitem__(k, frozenset(v)) for k, v in list(_t.items()) if isinstance(v, list)]")
reps = int(args[0]); trees = args[1:]
if given:
    records = [{"id": d["id"], "text": d["text"], "lang": "fr"} for d in load_jsonl(given)]
else:
    docs = load_jsonl(str(bench.default_gold_files()[0])) + load_jsonl(str(bench.default_gold_files()[1]))
    records = []
    while sum(len(d["text"].split()) for d in records) < 20000:
        records += [{"id": f"{d['id']}#{len(records) + n}", "text": d["text"], "lang": "fr"} for n, d in enumerate(docs)]
words = sum(len(d["text"].split()) for d in records)
baselines = ["bare", "bare-sets"] if bare_sets else ["bare"]
runs = {b: [] for b in baselines} | {t: [] for t in trees}
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "batch.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    tm = Path(tmp) / "t.json"
    bare_code = bench._BARE_BATCH.format(m="fr_core_news_md", warm=bench.STARTUP_TEXTS["fr"])
    cmds = {"bare": ([sys.executable, "-c", bare_code, str(path), str(tm)], None)}
    if bare_sets:
        # the same bare process with spaCy's lemma_index held as sets, as selon's load_pipeline does
        cmds["bare-sets"] = ([sys.executable, "-c", bare_code.replace("; nlp(", _SETS + "; nlp(", 1), str(path), str(tm)], None)
    for t in trees:
        cmds[t] = ([sys.executable, "-m", "selon", "analyze", "--jsonl", str(path), "--lang", "fr", "--timings", str(tm)],
                   dict(os.environ, PYTHONPATH=str(Path(t) / "src")))
    for i in range(reps):
        for name, (cmd, env) in cmds.items():
            tm.unlink(missing_ok=True)
            wall, _, cpu = bench._measure(cmd, env=env)
            own = json.loads(tm.read_text())
            assert own["records"] == len(records)
            runs[name].append((wall, cpu, own["work_wall_s"], own["work_cpu_s"]))
            print(f"run {i+1} {name}: whole {wall:.2f} s CPU {cpu:.2f}; work {own['work_wall_s']:.2f} s CPU {own['work_cpu_s']:.2f}", file=sys.stderr, flush=True)
print(f"{len(records)} records, {words} words, {reps} interleaved runs")
labels = ("whole wall", "whole CPU", "work wall", "work CPU")
for k, lab in enumerate(labels):
    for base in baselines:
        b = [r[k] for r in runs[base]]
        line = f"{lab:10} {base} med {statistics.median(b):.2f} best {min(b):.2f}"
        for t in trees:
            s = [r[k] for r in runs[t]]
            pairs = [x / y for x, y in zip(b, s)]
            line += f" | {Path(t).name}: med {statistics.median(s):.2f} best {min(s):.2f} ratio med {statistics.median(pairs):.3f} [{min(pairs):.3f}-{max(pairs):.3f}] bests {min(b)/min(s):.3f}"
        print(line)
