"""README command 1, scripts/demo, scripts/test and the hash-pinned lock say and do the same thing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DATA = Path(__file__).resolve().parent / "data"
SELON = Path(sys.executable).parent / "selon"


def _readme_command_1() -> str:
    block = README.split("## Two commands", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    lines = block.strip().splitlines()
    return lines[lines.index(next(line for line in lines if line.startswith("# 1."))) + 1].strip()


def test_install_demo_runs_exactly_readme_command_1() -> None:
    command = _readme_command_1()
    assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e . && ")
    demo = [line.strip() for line in (ROOT / "scripts" / "demo").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert demo[-1] == command


@pytest.mark.parametrize("script", ["demo", "test"])
def test_install_scripts_never_upgrade_pip(script: str) -> None:
    # Installing must work with the pip Python bundles (23.x): no script may hide a failure by upgrading it.
    text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert not re.search(r"install\b[^\n]*(--upgrade|-U)\b[^\n]*\bpip\b", code), f"scripts/{script} upgrades pip"


def test_install_lock_pins_every_package_with_hashes() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert "pip install --require-hashes -r requirements.lock && pip install --no-deps -e ." in README
    assert "bash scripts/lock" in README and (ROOT / "scripts" / "lock").exists()
    # One entry per requirement: from a line starting with its name up to the next one.
    reqs = re.findall(r"^[A-Za-z0-9][^\n]*(?:\n[ #][^\n]*)*", lock, flags=re.M)
    assert len(reqs) > 30
    for entry in reqs:
        head = entry.split(" ", 1)[0]
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", head), f"not pinned: {head}"
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", entry), f"no hash for {head}"


def test_install_lock_covers_every_dependency_of_pyproject() -> None:
    tomllib = pytest.importorskip("tomllib")
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = {canonicalize_name(n): v for n, v in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", lock, flags=re.M)}
    stale = []
    for dep in map(Requirement, deps):
        if dep.marker is not None and not dep.marker.evaluate():
            continue
        pin = pins.get(canonicalize_name(dep.name))
        if pin is None or not dep.specifier.contains(pin, prereleases=True):
            stale.append(f"{dep} (lock: {pin})")
    assert not stale, f"requirements.lock is stale, rerun `PYTHON=python3.10 bash scripts/lock`: {stale}"


def test_install_html_file_is_analysed_by_the_installed_command(tmp_path: Path) -> None:
    # The HTML stack (trafilatura + lxml's cleaner) as installed by whatever
    # pip built this environment; CI installs with the bundled one.
    run = subprocess.run([str(SELON), "analyze", "--json", "--lang", "fr", str(DATA / "article_fr.html")],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    import json

    (doc,) = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert doc["title"] and doc["attributions"], doc.get("title")
