"""Parsed data files cached on disk: read back unchanged, rebuilt when an input changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from selon import datacache
from selon.errors import ConfigError
from selon.extract import events
from selon.sources import lexicons


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SELON_CACHE_DIR", str(folder))
    return folder


def _words(path: Path) -> dict[str, tuple[str, ...]]:
    return {"words": tuple(path.read_text(encoding="utf-8").split())}


def test_datacache_reads_back_without_building(tmp_path: Path, cache: Path) -> None:
    src = tmp_path / "words.txt"
    src.write_text("alpha beta", encoding="utf-8")
    built = []

    def build() -> dict[str, tuple[str, ...]]:
        built.append(1)
        return _words(src)

    first = datacache.cached("words", [src], build, dict, dict)
    again = datacache.cached("words", [src], build, dict, dict)
    assert first == again == {"words": ("alpha", "beta")} and len(built) == 1
    assert len(list(cache.glob("words-*.msgpack"))) == 1
    # A changed input is another file: built again, never the stale value.
    src.write_text("alpha gamma", encoding="utf-8")
    assert datacache.cached("words", [src], build, dict, dict) == {"words": ("alpha", "gamma")}
    assert len(built) == 2


def test_datacache_missing_input_runs_the_build_and_its_error(tmp_path: Path, cache: Path) -> None:
    src = tmp_path / "words.txt"
    src.write_text("alpha", encoding="utf-8")
    datacache.cached("words", [src], lambda: _words(src), dict, dict)
    src.unlink()

    def build() -> dict:
        raise ConfigError(f"[E113] Can't read the data file {src}")

    with pytest.raises(ConfigError, match="words.txt"):
        datacache.cached("words", [src], build, dict, dict)


def test_datacache_unwritable_cache_still_gives_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SELON_CACHE_DIR", str(blocker / "cache"))
    src = tmp_path / "words.txt"
    src.write_text("alpha", encoding="utf-8")
    assert datacache.cached("words", [src], lambda: _words(src), dict, dict) == {"words": ("alpha",)}


def test_datacache_lexicons_and_event_triggers_read_back_equal(cache: Path) -> None:
    lexicons.load_lexicons.cache_clear()
    events.lexicon.cache_clear()
    try:
        built_lex, built_ev = lexicons.load_lexicons(), events.lexicon("en")
        lexicons.load_lexicons.cache_clear()
        events.lexicon.cache_clear()
        assert {p.name.split("-")[0] for p in cache.iterdir()} == {"lexicons", "events"}
        assert lexicons.load_lexicons() == built_lex == lexicons._build()
        assert events.lexicon("en") == built_ev == events._read_lexicon("en")
        assert isinstance(lexicons.load_lexicons().skip, frozenset)
    finally:
        lexicons.load_lexicons.cache_clear()
        events.lexicon.cache_clear()
