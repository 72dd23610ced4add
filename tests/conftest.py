"""Shared fixtures: spaCy pipelines (session scope) and the gold data path."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# What the CLI entry point sets (selon.cli.main): the tests call the library
# directly, and a spinning OpenMP embedder slows a shared machine tenfold.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
GOLD = (ROOT / ".." / "shared" / "gold").resolve()
SHARED = GOLD.parent


def read_gold(name: str) -> list[dict]:
    path = GOLD / name
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests read ../shared/gold in place")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_PREDICTIONS: dict[str, list[dict]] = {}


def dev_predictions(name: str) -> list[dict]:
    """The analyzer's attribution predictions on a gold file, computed once per test session."""
    if name not in _PREDICTIONS:
        from selon.evaluate import predictions

        _PREDICTIONS[name] = list(predictions(read_gold(name)))
    return _PREDICTIONS[name]


@pytest.fixture(scope="session")
def nlp_fr():
    from selon.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from selon.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def seed() -> dict:
    return read_gold("seed.jsonl")[0]


@pytest.fixture(scope="session")
def analyze_fr(nlp_fr):
    """Analyse a French text with every layer: analyze_fr(text, published=None)."""
    from selon.model import Article
    from selon.pipeline import run_layers

    def run(text: str, published: str | None = None, layers=None):
        return run_layers(nlp_fr(text), Article(id="t", text=text, lang="fr", published=published), layers)

    return run


@pytest.fixture(scope="session")
def analyze_en(nlp_en):
    from selon.model import Article
    from selon.pipeline import run_layers

    def run(text: str, published: str | None = None, layers=None):
        return run_layers(nlp_en(text), Article(id="t", text=text, lang="en", published=published), layers)

    return run


@pytest.fixture(scope="session")
def en_claims(analyze_en):
    """English attributions of a text by cue word: en_claims(text) -> {cue: (source or None, content)}."""
    def claims(text: str) -> dict[str, tuple[str | None, str]]:
        atts = analyze_en(text, layers=["attributions"]).attributions
        return {a.cue.text: (a.source.text if a.source else None, a.content.text) for a in atts}

    return claims
