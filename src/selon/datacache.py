"""Parsed forms of the data files, cached on disk so that a process does not redo them.

A value built from data files (word lists read from YAML and normalised, say)
is stored as msgpack in the cache directory (``$SELON_CACHE_DIR`` or the user
cache, beside the gazetteer index and the KB caches), in a file named by a hash
of every input: the data files and the source files of the code that builds the
value. A changed input changes the name, so a stale file is never read; a
missing input is hashed as missing, so the build runs and raises its own error
naming the file; a cache that can't be read or written only costs the build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger("selon")

T = TypeVar("T")

# Bump when the layout of every cached file changes.
CACHE_FORMAT = 1


def input_key(kind: str, inputs: Iterable[Path]) -> str:
    """Return the hash naming the cached ``kind`` made from ``inputs`` (24 hex digits)."""
    h = hashlib.sha256(f"{CACHE_FORMAT}|{kind}".encode())
    for path in inputs:
        try:
            data = path.read_bytes()
        except OSError:
            h.update(b"\0missing\0" + str(path).encode())
            continue
        h.update(b"\0" + path.name.encode() + b"\0" + len(data).to_bytes(8, "little") + data)
    return h.hexdigest()[:24]


def cached(kind: str, inputs: Iterable[Path], build: Callable[[], T],
           dump: Callable[[T], Any], restore: Callable[[Any], T]) -> T:
    """Return ``build()``, read back through ``restore`` from the cache when ``inputs`` are unchanged.

    ``dump`` turns the value into msgpack-able data (arrays come back as tuples);
    ``restore`` turns that data back into the value.
    """
    import srsly

    from .sources.gazetteer import cache_dir

    path = cache_dir() / f"{kind}-{input_key(kind, inputs)}.msgpack"
    try:
        return restore(srsly.msgpack_loads(path.read_bytes(), use_list=False))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        pass  # absent or unreadable: build it
    value = build()
    try:
        data = srsly.msgpack_dumps(dump(value))
    except (TypeError, ValueError) as exc:  # not msgpack-able: built at each start instead
        log.info("can't cache %s (%s)", kind, exc)
        return value
    write_atomic(path, data)
    return value


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file aside and rename it (a reader never sees half a file); an error is logged."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        log.info("can't cache %s in %s (%s); it is rebuilt at each start", path.name, path.parent, exc)
