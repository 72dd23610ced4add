"""``selon bench``: the documented default texts and the start-up sentences."""

from __future__ import annotations

from selon import bench
from tests.conftest import read_gold


def test_bench_default_is_small_and_documented() -> None:
    files = bench.default_gold_files()
    assert files and not any("train" in f for f in files)
    docs = bench.default_docs()
    english = [d for d in docs if d.get("lang") == "en"]
    french = [d for d in docs if (d.get("lang") or "fr") == "fr"]
    assert len(english) == bench.DEFAULT_EN_DOCS
    assert len(french) == len(read_gold("seed.jsonl")) + len(read_gold("fr-dev.jsonl"))
    assert sum(len(d["text"]) for d in docs) < 300_000


def test_bench_startup_sentences_are_in_their_language() -> None:
    from selon.nlp.langid import detect_language

    for lang, text in bench.STARTUP_TEXTS.items():
        assert detect_language(text) == lang


def test_bench_startup_bytecode_cache_only_when_the_environment_writes_none(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench._bytecode_env(str(tmp_path))
    assert env is not None and "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"].startswith(str(tmp_path))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE")
    assert bench._bytecode_env(str(tmp_path)) is None
