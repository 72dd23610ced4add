"""Start-up of one sentence, several source trees against bare spaCy, interleaved in one run.

The pair of ``selon bench`` (``selon analyze one.txt --json`` and a bare
``python -c`` that loads the spaCy model and parses the same sentence, each a
whole process), with any number of selon source trees side by side (before and
after a change: ``git archive COMMIT src | tar -x -C /tmp/before``), in two
bytecode settings: ``cached`` (a bytecode cache of their own for all processes,
filled by an uncounted first run, as after any first run or a pip install) and
``compiled`` (``PYTHONDONTWRITEBYTECODE=1``: each process compiles the modules
that have no cached bytecode, i.e. all of selon's in an editable install).
Prints the best of N wall time, CPU time (user + sys) and peak RSS of each
command, and its ratio to bare spaCy measured in the same run.

    python benchmarks/startup_compare.py --lang en --repeat 10 /tmp/before/src src
    python benchmarks/startup_compare.py --lang fr --repeat 5 src
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selon.bench import _MODELS, STARTUP_TEXTS, _measure  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("trees", nargs="+", help="selon source folders (each holds selon/)")
    ap.add_argument("--lang", choices=sorted(STARTUP_TEXTS), default="en")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--bytecode", choices=["cached", "compiled", "both"], default="both")
    args = ap.parse_args()
    model = _MODELS[args.lang]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / f"one-{args.lang}.txt"
        one.write_text(STARTUP_TEXTS[args.lang] + "\n", encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")}
        modes = ["cached", "compiled"] if args.bytecode == "both" else [args.bytecode]
        cmds: dict[tuple[str, str], tuple[list[str], dict[str, str]]] = {}
        for mode in modes:
            env = dict(base)
            if mode == "cached":
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            else:
                env["PYTHONDONTWRITEBYTECODE"] = "1"
            bare = [sys.executable, "-c", f"import spacy; nlp = spacy.load({model!r}); "
                                          f"nlp(open({str(one)!r}, encoding='utf-8').read())"]
            cmds[(mode, "bare spaCy")] = (bare, env)
            for n, tree in enumerate(args.trees):
                name = f"{n}:{tree}"
                cmds[(mode, name)] = ([sys.executable, "-m", "selon", "analyze", str(one), "--json"],
                                      {**env, "PYTHONPATH": str(Path(tree).resolve())})
        for cmd, env in cmds.values():  # not counted: fills the caches and the bytecode cache
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
        best = {key: [float("inf")] * 3 for key in cmds}
        for i in range(args.repeat):
            for key, (cmd, env) in cmds.items():
                wall, rss, cpu = _measure(cmd, env=env)
                best[key] = [min(a, b) for a, b in zip(best[key], (wall, cpu, rss))]
            print(f"… run {i + 1}/{args.repeat}", file=sys.stderr)
    rows = []
    for (mode, name), (wall, cpu, rss) in best.items():
        bw, bc, br = best[(mode, "bare spaCy")]
        rows.append({"lang": args.lang, "bytecode": mode, "command": name, "wall_s": round(wall, 3),
                     "cpu_s": round(cpu, 3), "rss_mb": round(rss), "wall_ratio": round(wall / bw, 3),
                     "cpu_ratio": round(cpu / bc, 3), "rss_ratio": round(rss / br, 3)})
        print(f"{args.lang} {mode:8} {name:40} wall {wall:6.2f} s ({wall / bw:.2f}×)  CPU {cpu:6.2f} s "
              f"({cpu / bc:.2f}×)  RSS {rss:4.0f} MB ({rss / br:.2f}×)")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
