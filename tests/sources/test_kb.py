"""Knowledge base: loading, schema, lookup, user extensions and malformed files."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from selon.errors import ConfigError
from selon.sources.kb import KB_DIR, load_kb, normalize

MEDIA_TYPES = {"media", "state_media", "news_agency", "social_media"}


def test_kb_has_enough_outlets_and_a_version():
    kb = load_kb()
    assert sum(e.type in MEDIA_TYPES for e in kb.entries) >= 300
    assert "media@1" in kb.version
    assert load_kb() is kb  # cached


@pytest.mark.parametrize("name", ["RT", "Sputnik", "TASS", "RIA Novosti", "CGTN", "Xinhua", "Press TV",
                                  "SANA", "IRNA", "Anadolu", "Al Arabiya", "Fars"])
def test_kb_state_affiliated_outlets(name):
    entry = load_kb().lookup(name)
    assert entry is not None and entry.state_affiliated and entry.country


@pytest.mark.parametrize("name, expected", [
    ("l’Observatoire syrien des droits de l’homme", "osdh"),
    ("OSDH", "osdh"),
    ("SOHR", "osdh"),
    ("Daech", "islamic-state"),
    ("ISIL", "islamic-state"),
    ("l'EI", "islamic-state"),
    ("État islamique", "islamic-state"),
    ("Etat islamique", "islamic-state"),
    ("Hayat Tahrir al-Cham", "hts"),
    ("les FDS", "sdf"),
    ("FDS", "sdf"),
    ("Spoutnik", "sputnik"),
    ("the Pentagon", "pentagon"),
    ("L’Élysée", "elysee"),
    ("Elysée", "elysee"),
    ("Al-Mayadeen", "al-mayadeen"),
    ("Al Mayadeen", "al-mayadeen"),
    ("le Centre russe pour la réconciliation", "russian-reconciliation-centre"),
    ("Croissant-Rouge", "red-crescent"),
    ("Human Rights Watch", "hrw"),
    ("Nations unies", "un"),
    # fuzzy: one typo in a long name
    ("Observatoire syrien des droits de l'home", "osdh"),
    ("Syrian Observatory for Human Right", "osdh"),
    # short names match only exactly, acronyms only in capitals
    ("TAS", None),
    ("France 4", None),
    ("Sputnik Nws", "sputnik"),
    ("un", None),
    ("UN", "un"),
    ("l'Onu", "un"),
    ("France 24", "france-24"),
    ("France 2", "france-2"),
    ("Le Monde", "le-monde"),
    ("Lenta.ru", "lenta-ru"),
    ("la boulangerie du coin", None),
])
def test_kb_lookup(name, expected):
    entry = load_kb().lookup(name)
    assert (entry.id if entry else None) == expected


def test_kb_lookup_metonyms_only_when_asked():
    kb = load_kb()
    assert kb.lookup("Moscou") is None
    assert kb.lookup("Moscou", metonyms=True).id == "kremlin"


def test_kb_find_in_returns_longest_matches():
    kb = load_kb()
    text = "le site d’information libanais El Nashra cite le QG de l’armée syrienne"
    found = [(text[s:e], entry.id) for s, e, entry in kb.find_in(text)]
    assert found == [("El Nashra", "el-nashra"), ("armée syrienne", "syrian-army")]


def test_normalize():
    assert normalize("L’Observatoire  Syrien") == "observatoire syrien"
    assert normalize("O.N.U.") == "onu"
    assert normalize("Lenta.ru") == "lentaru"  # "le" is only an article before a space


def test_kb_aliases_do_not_collide():
    owners = defaultdict(set)
    for alias, entry in load_kb().aliases():
        owners[normalize(alias)].add(entry.id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_kb_entries_are_well_formed():
    for entry in load_kb().entries:
        assert entry.country is None or (len(entry.country) == 2 and entry.country.isupper())
        if entry.state_affiliated:
            assert entry.owner, entry.id


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_kb_extra_file_adds_and_overrides(tmp_path):
    path = _write(tmp_path, """
version: 3
entries:
  - {id: gazette-du-village, name: La Gazette du village, type: media, country: FR, aliases: [Gazette du village]}
  - {id: sputnik, name: Sputnik, type: state_media, country: RU, state_affiliated: true, owner: me, aliases: [Spoutnik Info]}
""")
    kb = load_kb(path)
    assert kb.lookup("la Gazette du village").id == "gazette-du-village"
    assert kb.lookup("Spoutnik Info").owner == "me"
    assert "mine@3" in kb.version
    assert load_kb().lookup("Gazette du village") is None  # the default stays untouched


@pytest.mark.parametrize("body, fragments", [
    ("version: 1\nentries:\n  - {id: x1, name: X, type: newspaper}\n",
     ["entry #1", "'x1'", "type", "newspaper"]),
    ("version: 1\nentries:\n  - {id: ok, name: Ok, type: media}\n  - {id: y2, name: Y, type: media, country: France}\n",
     ["entry #2", "'y2'", "country", "France"]),
    ("version: 1\nentries:\n  - {id: z3, type: media}\n", ["entry #1", "'z3'", "name", "required"]),
    ("version: 1\nentries:\n  - {id: w4, name: W, type: media, colour: red}\n", ["entry #1", "colour"]),
    ("version: 1\nentries:\n  - {id: Bad Id, name: B, type: media}\n", ["entry #1", "id"]),
    ("entries: []\n", ["version"]),
    ("- just\n- a list\n", ["top level"]),
    ("version: 1\nentries: [\n", ["YAML"]),
    ("version: 1\nentries:\n  - {id: le-monde, name: Le Monde bis, type: media}\n  - {id: le-monde, name: Dup, type: media}\n",
     ["le-monde", "unique"]),
])
def test_kb_malformed_file_raises_e018(tmp_path, body, fragments):
    path = _write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_kb(path)
    msg = str(err.value)
    assert msg.startswith("[E018]") and "mine.yaml" in msg
    for fragment in fragments:
        assert fragment in msg
    assert load_kb().lookup("Le Monde bis") is None  # nothing from the bad file is loaded


def test_kb_missing_extra_file(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E018\].*not found"):
        load_kb(tmp_path / "nope.yaml")


def test_kb_data_files_are_versioned():
    for path in KB_DIR.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").count("\nversion: ") == 1, path


def test_kb_loose_name_needs_its_capitals():
    """"l'agence de presse syrienne SANA" is SANA, not the Canadian daily La Presse."""
    from selon.sources.kb import load_kb

    ids = [entry.id for _, _, entry in load_kb().find_in("l'agence de presse syrienne SANA")]
    assert ids == ["sana"]
