"""Library code leaves the process environment alone; the CLI entry point sets the one variable it needs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "selon"
WRITES = re.compile(r"os\.environ\[[^\]]+\]\s*=|os\.environ\.(setdefault|update|pop)\(|os\.putenv\(|os\.unsetenv\(")


def test_environ_only_the_cli_entry_point_writes_it() -> None:
    writers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if WRITES.search(p.read_text(encoding="utf-8")))
    assert writers == ["cli/__init__.py"]


def _run(code: str, **env: str) -> str:
    base = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**base, **env})
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_environ_embedder_does_not_set_the_openmp_policy() -> None:
    code = ("import os; from selon.narratives.embed import E5Embedder\n"
            "E5Embedder().embed(['Le pont est fermé.'])\n"
            "print(os.environ.get('OMP_WAIT_POLICY'))")
    assert _run(code) == "None"


def test_environ_cli_sets_a_passive_openmp_policy_unless_chosen() -> None:
    code = ("import os, sys; from selon.cli import main\n"
            "sys.argv = ['selon', '--version']\n"
            "try:\n    main()\nexcept SystemExit:\n    print(os.environ.get('OMP_WAIT_POLICY'))")
    assert _run(code).splitlines()[-1] == "PASSIVE"
    assert _run(code, OMP_WAIT_POLICY="ACTIVE").splitlines()[-1] == "ACTIVE"
