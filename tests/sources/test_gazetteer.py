"""Tests for the offline gazetteer: normalisation, lookup, demonyms."""

from __future__ import annotations

import pytest

from selon.sources import gazetteer


@pytest.mark.parametrize(("name", "key"), [
    ("Deir ez-Zor", "deir zor"),
    ("Deir al-Zour", "deir zour"),
    ("Dayr az Zawr", "dayr zawr"),
    ("AlTabneh", "tabneh"),
    ("al-Rahba", "rahba"),
    ("d’Alep", "alep"),
    ("Ma'arrat al-Nu’man", "maarrat numan"),
    ("Le Caire", "caire"),
    ("Hérat", "herat"),
])
def test_gazetteer_normalize(name, key):
    assert gazetteer.normalize(name) == key


@pytest.mark.parametrize("name", ["Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour",
                                  "Deir el-Zor", "Dair az-Zaur"])
def test_gazetteer_skeleton_joins_transliterations(name):
    assert gazetteer.skeleton(name) == gazetteer.skeleton("Deir ez-Zor")


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("Deir Ezzor", "SY", "city"),
    ("Deir al-Zour", "SY", "city"),
    ("Homs", "SY", "city"),
    ("Raqqa", "SY", "city"),
    ("Alep", "SY", "city"),
    ("Mossoul", "IQ", "city"),
    ("Le Caire", "EG", "city"),
    ("Syrie", "SY", "country"),
    ("États-Unis", "US", "country"),
    ("Etats-Unis", "US", "country"),
    ("RDC", "CD", "country"),
    ("Texas", "US", "admin1"),
    ("Nord-Kivu", "CD", "admin1"),
    ("Cisjordanie", "PS", "admin1"),
    ("Donbass", "UA", "admin1"),
    ("Afrique", None, "continent"),
    ("Abruzzes", "IT", "admin1"),  # French names of Italian regions = their English ones
    ("Pouilles", "IT", "admin1"),
])
def test_gazetteer_lookup_top_candidate(name, country, feature):
    top = gazetteer.lookup(name)[0]
    assert (top.country, top.feature) == (country, feature)


@pytest.mark.parametrize("name", ["Daech", "Kab al-Mala", "Coalition", "DEZ", "Mardi Gras"])
def test_gazetteer_lookup_unknown_or_noise(name):
    # Airport codes and lowercase romanisations are not indexed; fuzzy
    # skeleton hits must stay close to the alias they hit.
    assert all(c.country != "SY" or name == "Kab al-Mala" for c in gazetteer.lookup(name))
    assert gazetteer.lookup(name, fuzzy=False) == []


def test_gazetteer_lookup_lists_every_paris():
    countries = {c.country for c in gazetteer.lookup("Paris")}
    assert {"FR", "US"} <= countries


def test_gazetteer_admin1_of_city():
    city = gazetteer.lookup("Deir ez-Zor")[0]
    region = gazetteer.admin1_of(city)
    assert region is not None and region.feature == "admin1" and region.country == "SY"
    assert region.distance_km(city) < 100  # type: ignore[operator]


@pytest.mark.parametrize(("word", "lang", "code"), [
    ("libanais", "fr", "LB"),
    ("syrienne", "fr", "SY"),
    ("syriens", "fr", "SY"),
    ("russe", "fr", "RU"),
    ("Américaines", "fr", "US"),
    ("American", "en", "US"),
    ("Ukrainians", "en", "UA"),
    ("Israeli", "en", "IL"),
    ("Syrie", "fr", None),
    ("table", "fr", None),
])
def test_gazetteer_country_of_demonym(word, lang, code):
    assert gazetteer.country_of_demonym(word, lang) == code


def test_gazetteer_haversine_paris_london():
    assert 330 < gazetteer.haversine_km(48.8566, 2.3522, 51.5074, -0.1278) < 350


# ---------------------------------------------------------------- on-disk index

def _tiny_index():
    index = gazetteer.GazetteerIndex()
    town = gazetteer.Candidate("Springfield", "city", "US", 39.8, -89.6, 4250542, 116000, "IL")
    state = gazetteer.Candidate("Illinois", "admin1", "US", 40.0, -89.0, 4896861, 12_000_000, "IL")
    land = gazetteer.Candidate("Chad", "country", "TD", 15.0, 19.0, 2434508, 17_000_000)
    index.add(town, ["Springfield"])
    index.add(state, ["Illinois"])
    index.add(land, ["Chad", "Tchad"])
    index.build_fuzzy()
    index.admin1_by_code[("US", "IL")] = state
    index.countries["TD"] = land
    return index


def test_gazetteer_index_round_trips_through_sqlite(tmp_path):
    path = tmp_path / "g.sqlite"
    gazetteer.write_index(_tiny_index(), path)
    store = gazetteer.GazetteerStore(path)
    town = store.exact("springfield")[0]
    assert (town.name, town.country, town.admin1, town.population) == ("Springfield", "US", "IL", 116000)
    assert store.exact("springfield")[0] is town  # one object per entry, across lookups
    assert store.admin1("US", "IL").name == "Illinois"
    assert store.country("TD") is store.exact("tchad")[0]
    assert [c.name for _, c in store.fuzzy(gazetteer.skeleton("Springfeld"))] == ["Springfield"]
    assert store.exact("shelbyville") == [] and store.admin1("US", "XX") is None


def test_gazetteer_new_index_deletes_long_unused_ones_but_the_newest(tmp_path):
    import os

    olds = [tmp_path / f"gazetteer-{n}.sqlite" for n in ("aaa", "bbb", "ccc")]
    for age, old in enumerate(olds):  # unused since 1970; aaa oldest, ccc newest of them
        old.write_bytes(b"earlier index")
        os.utime(old, (1_000_000 + age * 100, 1_000_000 + age * 100))
    in_use = tmp_path / "gazetteer-ddd.sqlite"  # another install opened it just now
    gazetteer.write_index(_tiny_index(), in_use)
    os.utime(in_use, (1_000_000, 1_000_000))
    assert gazetteer._open(in_use) is not None  # opening marks it in use
    other = tmp_path / "kb-123.json"
    other.write_text("{}")
    path = tmp_path / "gazetteer-new.sqlite"
    gazetteer.write_index(_tiny_index(), path)
    left = sorted(p.name for p in tmp_path.iterdir())
    # ddd is recent (kept as the newest other, and in use); of the unused, all go
    assert left == ["gazetteer-ddd.sqlite", "gazetteer-new.sqlite", "kb-123.json"]
    assert gazetteer.GazetteerStore(path).exact("springfield")


def test_gazetteer_indexes_in_use_by_other_installs_are_kept(tmp_path):
    import os

    names = ("unused", "used1", "used2")
    for n in names:
        (tmp_path / f"gazetteer-{n}.sqlite").write_bytes(b"earlier index")
    os.utime(tmp_path / "gazetteer-unused.sqlite", (1_000_000, 1_000_000))
    # two other installs opened theirs recently: both stay, beyond the one newest kept
    gazetteer.write_index(_tiny_index(), tmp_path / "gazetteer-new.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-new.sqlite", "gazetteer-used1.sqlite", "gazetteer-used2.sqlite"]


def test_gazetteer_index_unwritable_cache_names_the_fix(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(gazetteer.ConfigError, match=r"E052.*SELON_CACHE_DIR"):
        gazetteer.write_index(_tiny_index(), blocker / "g.sqlite")


def test_gazetteer_index_corrupt_file_is_not_opened(tmp_path):
    path = tmp_path / "gazetteer-0.sqlite"
    path.write_bytes(b"half a file" * 100)
    assert gazetteer._open(path) is None  # the caller rebuilds it


def test_gazetteer_index_path_follows_cache_dir_and_inputs(tmp_path, monkeypatch):
    monkeypatch.setenv("SELON_CACHE_DIR", str(tmp_path))
    first = gazetteer.index_path()
    assert first.parent == tmp_path and first.name.startswith("gazetteer-")
    # a changed input (our admin-1 table) gives another file: the stale index is not used
    own = tmp_path / "geo"
    own.mkdir()
    for name in gazetteer._OWN_FILES:
        (own / name).write_bytes(gazetteer._data_path(name).read_bytes())
    (own / "admin1.tsv").write_text((own / "admin1.tsv").read_text() + "# one more line\n")
    monkeypatch.setattr(gazetteer, "_data_path", lambda name: own / name)
    assert gazetteer.index_path() != first


def test_gazetteer_missing_geonames_file_names_file(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "_geonames_dir", lambda: tmp_path)
    with pytest.raises(gazetteer.ConfigError, match=r"E050.*cities1000\.json.*pip install"):
        gazetteer.index_path()


def test_gazetteer_french_region_name_is_the_same_unit():
    assert gazetteer.lookup("Abruzzes", fuzzy=False)[0] == gazetteer.lookup("Abruzzo", fuzzy=False)[0]
