"""A missing or unreadable data file is an error naming the file and the fix, never a silent fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from selon.errors import ConfigError
from selon.nlp import cuemodel
from selon.nlp import lang as lang_module
from selon.sources import gazetteer, kb, lexicons

FIX = "Reinstall selon with `pip install -e .`"


def _assert_names(err: pytest.ExceptionInfo[ConfigError], path: str) -> None:
    msg = str(err.value)
    assert msg.startswith("[E113] Can't read the data file ") and path in msg and FIX in msg
    assert f"git checkout -- src/{path}" in msg


@pytest.fixture
def fresh_caches():
    caches = (cuemodel._weights, lang_module.lang_data, lexicons.load_lexicons, kb._default)
    for c in caches:
        c.cache_clear()
    yield
    for c in caches:
        c.cache_clear()


@pytest.mark.parametrize("content", [None, b"not a numpy archive"], ids=["missing", "corrupt"])
def test_data_files_english_cue_model(content: bytes | None, tmp_path: Path, fresh_caches: None,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "en_cue_model.npz"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setattr(cuemodel, "_model_path", lambda: path)
    with pytest.raises(ConfigError) as err:
        cuemodel._weights()
    _assert_names(err, "selon/nlp/lang/data/en_cue_model.npz")


@pytest.mark.model
def test_data_files_english_analysis_fails_without_the_cue_model(tmp_path: Path, fresh_caches: None,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  analyze_en) -> None:
    # The article fails with the file's name rather than losing most English cues silently.
    monkeypatch.setattr(cuemodel, "_model_path", lambda: tmp_path / "absent.npz")
    with pytest.raises(ConfigError, match=r"^\[E113\] .*en_cue_model\.npz"):
        analyze_en("The spokesman insisted the talks had collapsed.", layers=["attributions"])


def test_data_files_the_real_cue_model_loads(fresh_caches: None) -> None:
    w = cuemodel._weights()
    assert w.shape == (cuemodel.DIM,) and float(abs(w).sum()) > 0


def test_data_files_missing_word_list(tmp_path: Path, fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lang_module, "_data_file", lambda name: tmp_path / name)
    with pytest.raises(ConfigError) as err:
        lang_module.lang_data("en")
    _assert_names(err, "selon/nlp/lang/data/en_reporting_verbs.txt")


def test_data_files_undecodable_word_list(tmp_path: Path, fresh_caches: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fr_reporting_verbs.txt").write_bytes(b"dire\n\xff\xfe\x00d\xe9clarer\n")
    monkeypatch.setattr(lang_module, "_data_file", lambda name: tmp_path / name)
    with pytest.raises(ConfigError) as err:
        lang_module.lang_data("fr")
    _assert_names(err, "selon/nlp/lang/data/fr_reporting_verbs.txt")


def test_data_files_missing_kb_lexicon(tmp_path: Path, fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    with pytest.raises(ConfigError) as err:
        lexicons.load_lexicons()
    _assert_names(err, "selon/data/kb/lexicons/roles.yaml")


def test_data_files_empty_knowledge_base(tmp_path: Path, fresh_caches: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kb, "KB_DIR", tmp_path)
    with pytest.raises(ConfigError) as err:
        kb.load_kb()
    _assert_names(err, "selon/data/kb/*.yaml")
    assert str(tmp_path) in str(err.value)


def test_data_files_missing_gazetteer_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer, "_data_path", lambda name: tmp_path / name)
    with pytest.raises(ConfigError, match=r"^\[E050\] Can't read gazetteer data '.*country_aliases\.tsv'.*"
                                          r"Reinstall selon"):
        gazetteer._read_tsv("country_aliases.tsv", 2)
    monkeypatch.setattr(gazetteer, "_geonames_dir", lambda: tmp_path)
    with pytest.raises(ConfigError, match=r"^\[E050\] Can't read gazetteer data '.*cities1000\.json'"):
        gazetteer._load_cities(gazetteer.GazetteerIndex())
