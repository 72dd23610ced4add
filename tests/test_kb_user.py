"""A user's knowledge base end to end, and the entity ruler's pattern cache."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import selon
from selon.errors import ConfigError
from selon.nlp import kbruler
from selon.sources.kb import load_kb, using_kb

# An outlet and an armed group we made up: nothing in the built-in KB knows them.
USER_KB = """
version: 1
entries:
  - {id: echo-des-cretes, name: L'Écho des Crêtes, type: state_media, country: AD,
     state_affiliated: true, owner: Conseil des vallées, aliases: [Écho des Crêtes]}
  - {id: brigade-ardoise, name: Brigade Ardoise, type: armed_group, aliases: [Brigades Ardoise]}
"""
TEXT = ("Selon L'Écho des Crêtes, la Brigade Ardoise aurait pris le contrôle du col mardi. "
        "Le Conseil a démenti.")


@pytest.fixture()
def user_kb(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(USER_KB, encoding="utf-8")
    return path


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("SELON_CACHE_DIR", str(path))
    return path


@pytest.mark.model
def test_analyze_with_user_kb_tags_and_types_its_entries(user_kb: Path) -> None:
    plain = selon.analyze(TEXT, lang="fr")
    mine = selon.analyze(TEXT, lang="fr", kb=user_kb)
    ids = {e.kb_id for e in mine.entities}
    assert {"echo-des-cretes", "brigade-ardoise"} <= ids
    assert not {"echo-des-cretes", "brigade-ardoise"} & {e.kb_id for e in plain.entities}
    echo = next(e for e in mine.entities if e.kb_id == "echo-des-cretes")
    assert echo.type == "media" and echo.country == "AD"
    assert any(s.type == "state_media" for s in mine.sources if "Crêtes" in (s.name or ""))
    # The user KB is set for that call only.
    assert load_kb().get("echo-des-cretes") is None
    assert selon.analyze(TEXT, lang="fr").entities == plain.entities


def test_bad_user_kb_is_refused_before_any_input_is_read(tmp_path: Path, monkeypatch, capsys) -> None:
    from selon.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries:\n  - {id: x1, name: X, type: newspaper}\n", encoding="utf-8")
    missing_input = tmp_path / "nothing-here.txt"
    monkeypatch.setattr(sys, "argv", ["selon", "analyze", str(missing_input), "--kb", str(bad), "--json"])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 1
    assert err.startswith("Error: [E018]") and "bad.yaml" in err and "newspaper" in err
    assert "nothing-here" not in err  # refused before the input was looked at
    assert err.count("\n") == 1


def test_bad_user_kb_is_refused_by_analyze_many_before_the_first_article(tmp_path: Path) -> None:
    from selon.pipeline import analyze_many

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries: [\n", encoding="utf-8")
    drawn = []

    def articles():
        drawn.append(1)
        yield selon.Article(id="a", text="Bonjour.", lang="fr")

    with pytest.raises(ConfigError, match=r"^\[E018\].*bad\.yaml"):
        analyze_many(articles(), kb=bad)
    assert not drawn


def test_using_kb_is_scoped(user_kb: Path) -> None:
    with using_kb(user_kb) as kb:
        assert load_kb() is kb and kb.get("brigade-ardoise") is not None
    assert load_kb().get("brigade-ardoise") is None


def test_user_kb_is_read_again_when_the_file_changes(user_kb: Path) -> None:
    first = load_kb(user_kb)
    assert load_kb(user_kb) is first  # unchanged file: read once
    user_kb.write_text(USER_KB.replace("Brigade Ardoise, type", "Brigade Schiste, type"), encoding="utf-8")
    second = load_kb(user_kb)
    assert second.get("brigade-ardoise").name == "Brigade Schiste"
    assert second.digest != first.digest


@pytest.mark.model
def test_ruler_patterns_are_cached_and_keyed_by_the_kb(nlp_fr, user_kb: Path, cache_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ruler = kbruler.KBRuler(nlp_fr, "test_ruler")
    table = ruler.table()
    built_in = kbruler.cache_path(nlp_fr, load_kb())
    assert built_in.is_file() and built_in.parent == cache_dir
    # A second ruler reads the file: the patterns are not built again.
    monkeypatch.setattr("selon.extract.entities.kb_patterns", _fail)
    assert kbruler.KBRuler(nlp_fr, "again").table() == table
    # Another KB has another file; it is built from that KB, never the stale one.
    # (A KB of its own: the shared pipeline keeps in memory the tables of KBs other
    # tests used, and those would not be written to this test's cache folder.)
    user_kb.write_text(USER_KB.replace("Brigade Ardoise, type", "Brigade Granit, type"), encoding="utf-8")
    mine = load_kb(user_kb)
    assert kbruler.cache_path(nlp_fr, mine) != built_in
    monkeypatch.undo()
    monkeypatch.setenv("SELON_CACHE_DIR", str(cache_dir))
    with using_kb(mine):
        doc = nlp_fr("Selon L'Écho des Crêtes, rien.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_ == "echo-des-cretes"] == [
        ("L'Écho des Crêtes", "echo-des-cretes")]
    assert kbruler.cache_path(nlp_fr, mine).is_file()


@pytest.mark.model
def test_ruler_works_with_an_unwritable_cache(nlp_fr, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SELON_CACHE_DIR", str(blocker / "cache"))
    ruler = kbruler.KBRuler(nlp_fr, "no_cache")
    doc = ruler(nlp_fr.make_doc("Interrogé par Sputnik, un expert a parlé."))
    assert [e.ent_id_ for e in doc.ents] == ["sputnik"]


@pytest.mark.model
def test_ruler_prefers_the_longest_match(nlp_fr, tmp_path: Path) -> None:
    path = tmp_path / "nested.yaml"
    path.write_text("version: 1\nentries:\n"
                    "  - {id: gazette-sud, name: Gazette Sud, type: media}\n"
                    "  - {id: gazette-sud-soir, name: Gazette Sud Soir, type: media}\n", encoding="utf-8")
    ruler = kbruler.KBRuler(nlp_fr, "longest")
    with using_kb(path):
        doc = ruler(nlp_fr.make_doc("La Gazette Sud Soir cite la Gazette Sud et Sputnik."))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [
        ("Gazette Sud Soir", "gazette-sud-soir"), ("Gazette Sud", "gazette-sud"), ("Sputnik", "sputnik")]


def _fail(*_a, **_k):
    raise AssertionError("the patterns were rebuilt instead of read from the cache")


def test_serve_refuses_a_bad_user_kb_before_starting(tmp_path: Path, monkeypatch, capsys) -> None:
    from selon.cli import main
    from selon.cli import serve

    started = []
    monkeypatch.setattr(serve, "run_server", lambda *a, **k: started.append(a))
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries:\n  - {id: x1, name: X, type: newspaper}\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["selon", "serve", "--db", str(tmp_path / "s.db"), "--kb", str(bad)])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 1 and err.startswith("Error: [E018]") and "bad.yaml" in err
    assert started == []


@pytest.mark.model
def test_serve_analyze_uses_the_user_kb(user_kb: Path) -> None:
    from fastapi.testclient import TestClient

    from selon.web import MemoryCorpus, WebSettings, create_app

    def sources(settings: WebSettings) -> dict[str, str]:
        app = TestClient(create_app(MemoryCorpus([]), settings))
        r = app.post("/api/analyze", json={"text": TEXT, "lang": "fr"})
        assert r.status_code == 200, r.text
        return {s["name"]: s["type"] for s in r.json()["sources"]}

    mine = sources(WebSettings(kb=load_kb(user_kb)))
    assert any("Crêtes" in name and kind == "state_media" for name, kind in mine.items()), mine
    plain = sources(WebSettings())
    assert not any("Crêtes" in name and kind == "state_media" for name, kind in plain.items()), plain
