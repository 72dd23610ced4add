"""Tests for the places layer: candidates, disambiguation, container fallback."""

from __future__ import annotations

import pytest

from selon.extract import places
from selon.extract.places import PRECISIONS
from selon.model import Article, Attribution, Span

pytestmark = pytest.mark.model


def _places(nlp, text: str, lang: str, attributions=()):
    article = Article(id="t", text=text, lang=lang, attributions=tuple(attributions))
    return places.extract_places(nlp(text), article)


def _by_text(found):
    return {p.span.text: p for p in found}


# (text, mention, expected country, expected precision): variants of names
# and disambiguation by context in several world regions.
FR_CASES = [
    ("Des combats ont éclaté à Homs, dans le centre de la Syrie.", "Homs", "SY", "city"),
    ("Des frappes ont visé Tripoli, la capitale libyenne.", "Tripoli", "LY", "city"),
    ("Des affrontements ont eu lieu à Tripoli, dans le nord du Liban.", "Tripoli", "LB", "city"),
    ("Le président s'est rendu à Paris, au Texas, pour les obsèques.", "Paris", "US", "city"),
    ("Le président s'est rendu à Paris pour rencontrer Emmanuel Macron.", "Paris", "FR", "city"),
    ("Des tirs ont été signalés à Deir al-Zour jeudi.", "Deir al-Zour", "SY", "city"),
    ("L'armée syrienne a repris Dayr az Zawr.", "Dayr az Zawr", "SY", "city"),
    ("Les rebelles ont pris la province d'Idlib.", "Idlib", "SY", "admin1"),
    ("Des drones ont frappé la région de Koursk, en Russie.", "Koursk", "RU", "admin1"),
    ("Des combattants ont attaqué Gao, au Mali.", "Gao", "ML", "city"),
    ("L'armée israélienne a bombardé Khan Younès, dans la bande de Gaza.", "Khan Younès", "PS", "city"),
    ("Des milliers de déplacés ont fui vers Goma, au Nord-Kivu.", "Goma", "CD", "city"),
    ("Une explosion a eu lieu à Hyderabad, dans le sud du Pakistan.", "Hyderabad", "PK", "city"),
    ("Une explosion a eu lieu à Hyderabad, dans le sud de l'Inde.", "Hyderabad", "IN", "city"),
    # a town whose name has its article: the NER mention drops it (*L'* + *Aquila*)
    ("Un séisme a frappé lundi L'Aquila, dans les Abruzzes.", "Aquila", "IT", "city"),
]

EN_CASES = [
    ("The mayor of Paris, Texas, said the storm hit the town on Monday.", "Paris", "US", "city"),
    ("Police in Springfield, Illinois, arrested two men.", "Springfield", "US", "city"),
    ("Rebels attacked Goma, the capital of North Kivu, on Sunday.", "Goma", "CD", "city"),
    ("Militants killed 12 villagers near Maiduguri in Borno State.", "Maiduguri", "NG", "city"),
    ("Floods hit Dhaka and Chittagong in Bangladesh.", "Chittagong", "BD", "city"),
    ("Russian forces shelled Kharkiv overnight.", "Kharkiv", "UA", "city"),
    ("The governor of Texas visited El Paso on Friday.", "El Paso", "US", "city"),
    ("Protesters gathered in Lahore, Pakistan, on Friday.", "Lahore", "PK", "city"),
]


@pytest.mark.parametrize(("text", "mention", "country", "precision"), FR_CASES)
def test_places_resolve_fr(nlp_fr, text, mention, country, precision):
    place = _by_text(_places(nlp_fr, text, "fr"))[mention]
    assert (place.country, place.precision) == (country, precision)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(("text", "mention", "country", "precision"), EN_CASES)
def test_places_resolve_en(nlp_en, text, mention, country, precision):
    place = _by_text(_places(nlp_en, text, "en"))[mention]
    assert (place.country, place.precision) == (country, precision)


# Villages the gazetteer lacks fall back to the container the sentence names.
CONTAINER_CASES = [
    ("L'armée a bombardé le village de Tal Mashrafa, près de Homs.", "Tal Mashrafa", "Homs",
     "vicinity_of_city"),
    ("Une opération a eu lieu à Kab al-Mala, dans la banlieue de Deir Ezzor.", "Kab al-Mala",
     "Deir Ezzor", "vicinity_of_city"),
    ("Des hélicoptères ont atterri dans la région AlTabneh, située dans la province de Deir Ezzor.",
     "AlTabneh", "Deir Ezzor", "within_admin1"),
]


@pytest.mark.parametrize(("text", "mention", "container", "precision"), CONTAINER_CASES)
def test_places_container_fallback(nlp_fr, text, mention, container, precision):
    found = _by_text(_places(nlp_fr, text, "fr"))
    small, big = found[mention], found[container]
    assert small.precision == precision
    assert small.geonames_id is None and small.name == mention
    assert small.country == big.country
    assert abs(small.lat - big.lat) < 1.5 and abs(small.lon - big.lon) < 1.5  # type: ignore[operator]
    assert small.confidence < big.confidence  # type: ignore[operator]


@pytest.mark.parametrize(("text", "mention"), [
    ("Des inondations ont touché la Manche et le Calvados.", "Manche"),
    ("La Maison Blanche a démenti ces informations.", "Maison Blanche"),
])
def test_places_no_far_fetched_pin(nlp_fr, text, mention):
    # a one-word near miss abroad (*Manche* ~ München) or a seat of power
    # standing for a government is not pinned
    found = _by_text(_places(nlp_fr, text, "fr"))
    assert mention not in found or found[mention].country in (None, "FR")


def test_places_surname_is_not_a_town(nlp_en):
    text = "Hillary Clinton spoke in Ohio. Clinton said the economy was strong."
    found = _places(nlp_en, text, "en")
    assert [p.span.text for p in found] == ["Ohio"]


def test_places_unknown_village_without_container_is_unresolved(nlp_fr):
    text = "Les habitants du village de Zorbakhatoun ont été évacués."
    place = _by_text(_places(nlp_fr, text, "fr"))["Zorbakhatoun"]
    assert (place.lat, place.lon, place.precision) == (None, None, "unresolved")
    assert place.confidence is not None and place.confidence <= 0.2


@pytest.mark.parametrize(("text", "lang"), [
    ("Le ministre libanais a rencontré son homologue russe.", "fr"),
    ("Des soldats syriens et des conseillers américains étaient présents.", "fr"),
    ("The American envoy met Syrian and Russian officials.", "en"),
])
def test_places_demonyms_are_not_places(nlp_fr, nlp_en, text, lang):
    found = _places(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert found == []


@pytest.mark.parametrize("text", [
    "Il a prêté allégeance à Daech en 2015.",
    "La réunion a eu lieu en mars à huis clos.",
])
def test_places_no_place_without_evidence(nlp_fr, text):
    assert _places(nlp_fr, text, "fr") == []


def test_places_spans_ids_and_attribution(nlp_fr):
    text = "Selon l'OSDH, des frappes ont touché Alep."
    content = Span.of(text, 13, len(text) - 1)
    att = Attribution(id="a1", source=None, cue=Span.of(text, 0, 5), content=content)
    found = _places(nlp_fr, text, "fr", [att])
    (place,) = found
    assert text[place.span.start:place.span.end] == place.span.text == "Alep"
    assert place.attribution == "a1"
    assert place.precision in PRECISIONS
    again = _places(nlp_fr, text, "fr", [att])
    assert again[0].id == place.id and place.id.startswith("p-")


def test_places_seed_article(seed, analyze_fr):
    article = analyze_fr(seed["text"], layers=["attributions", "entities", "quantities", "dates",
                                                "places"])
    by_name: dict[str, list] = {}
    for p in article.places:
        by_name.setdefault(p.span.text, []).append(p)
    for name in ("Deir Ezzor", "Homs", "Hama", "Raqqa"):
        assert by_name[name] and all(p.country == "SY" for p in by_name[name]), name
    deir = next(p for p in by_name["Deir Ezzor"] if p.precision == "city")
    for name in ("al-Rahba", "Kab al-Mala"):
        (p,) = by_name[name]
        assert p.country == "SY"
        assert p.precision in ("vicinity_of_city", "within_admin1", "city")
        # within the governorate or near the city (the governorate spans ~2°)
        assert abs(p.lat - deir.lat) < 1.5 and abs(p.lon - deir.lon) < 1.5
    assert all(hasattr(p, "attribution") for p in article.places)


def test_places_outlet_names_are_not_places(analyze_fr):
    art = analyze_fr("Selon l'agence SANA, un convoi a été arrêté à Alep.")
    assert [p.name for p in art.places if p.span.text == "SANA"] == []
    assert any(p.span.text == "Alep" and p.country == "SY" for p in art.places)


def test_places_text_without_place_candidate_never_opens_gazetteer(nlp_fr, monkeypatch):
    from selon.sources import gazetteer

    def refuse():
        raise AssertionError("the gazetteer index was opened")

    monkeypatch.setattr(gazetteer, "gazetteer_store", refuse)
    gazetteer._lookup_key.cache_clear()
    text = "Le ministre a affirmé mardi que les prix allaient baisser, selon ses proches."
    assert _places(nlp_fr, text, "fr") == []
    gazetteer._lookup_key.cache_clear()


# Issue 11's English phenomena, on sentences written for these tests:
# (text, mention, country, feature, (lat, lon) the place must lie within 161 km of).
EN_WORLD_CASES = [
    # a country at its own representative point, not its capital
    ("Troops massed along the border with Russia on Monday.", "Russia", "RU", "country", (60.0, 100.0)),
    # an upper-case acronym is the country, never the town *Us* in France
    ("Officials in the US said the talks would resume.", "US", "US", "country", (39.76, -98.5)),
    ("The DC council voted on the budget late on Tuesday.", "DC", "US", "admin1", (38.9, -77.0)),
    # a county of England, not the city of Kent in Washington state
    ("Flooding closed roads across Kent on Tuesday, police in Maidstone said.", "Kent", "GB", "admin2",
     (51.26, 0.7)),
    ("Deputies in Cook County, Illinois, arrested three men.", "Cook County", "US", "admin2", (41.8, -87.8)),
    # regions of other countries do not land in the US
    ("Wildfires forced thousands to leave their homes in northern Ontario, Canadian officials said.",
     "Ontario", "CA", "admin1", (44.7, -79.9)),
    ("Heavy monsoon rain flooded villages across Punjab, Pakistani officials said.", "Punjab", "PK",
     "admin1", (31.5, 72.6)),
    # the capital, not the state, when the sentence is about the government
    ("Washington imposed new sanctions on Tehran, the administration said.", "Washington", "US", "city",
     (38.9, -77.0)),
    # ... and the state when the text says so
    ("Wildfires spread across Washington state, near Spokane and Yakima.", "Washington", "US", "admin1",
     (47.3, -121.0)),
    # a large region at its own point, not the hamlet *Middle East* in Maryland
    ("The envoy toured the Middle East for a week.", "Middle East", None, "region", (29.0, 41.0)),
    # a state abbreviation after a town
    ("Two people died in a fire in Fresno, Calif., on Sunday.", "Calif.", "US", "admin1", (36.2, -119.9)),
    # a dateline in capitals, which NER leaves untagged
    ("NAIROBI (AFP) - Teachers went on strike across the country on Monday.", "NAIROBI", "KE", "city",
     (-1.28, 36.82)),
    ("KINGSTON, Jamaica - The storm knocked out power to half the island.", "KINGSTON", "JM", "city",
     (18.0, -76.8)),
    # a country's name is the country, not a same-named state of another country
    ("Officials in Abuja and Kaduna said fuel was smuggled into Niger, Nigerian police said.", "Niger",
     "NE", "country", (16.0, 8.0)),
    ("Protesters filled the streets of Tbilisi as Georgia's parliament met.", "Georgia", "GE", "country",
     (42.0, 43.5)),
    # ... unless the state is the larger and its country is the text's
    ("Georgia voters lined up in Atlanta and Savannah, US networks said.", "Georgia", "US", "admin1",
     (32.7, -83.4)),
    # a province named without GeoNames' generic word (*Zhejiang Sheng*)
    ("Factories in Zhejiang cut their power use, Chinese state media said.", "Zhejiang", "CN", "admin1",
     (29.2, 120.2)),
    # names NER leaves untagged at the start of a sentence
    ("Kunming reported no new cases. Uruguay and Chile sent doctors.", "Uruguay", "UY", "country",
     (-33.0, -56.0)),
    ("Kunming reported no new cases. Uruguay and Chile sent doctors.", "Kunming", "CN", "city",
     (25.04, 102.7)),
    # a Portuguese name glued by *do* (not the town *Rio Grande*)
    ("Rescuers worked through the night in Rio Grande do Sul, officials said.", "Rio Grande do Sul", "BR",
     "admin1", (-29.5, -53.0)),
]


@pytest.mark.parametrize(("text", "mention", "country", "feature", "point"), EN_WORLD_CASES)
def test_places_world_en(nlp_en, text, mention, country, feature, point):
    from selon.sources.gazetteer import haversine_km

    place = _by_text(_places(nlp_en, text, "en"))[mention]
    assert (place.country, place.feature) == (country, feature)
    assert haversine_km(place.lat, place.lon, *point) <= 161


@pytest.mark.parametrize(("text", "name"), [
    # a name NER reads as a person more often than as a place is no Japanese town
    ("Obama, Abe meet on trade. Obama said the talks went well, and Obama thanked Japan.", "Obama"),
    # an organisation's name is no town
    ("The Asahi newspaper criticised the remark, Japanese officials said.", "Asahi"),
    ("The Subcommittee on Crime, Justice and Public Safety met in the United States.", "Justice"),
])
def test_places_person_or_organisation_is_not_a_town(nlp_en, text, name):
    found = _places(nlp_en, text, "en")
    assert name not in {p.span.text for p in found}


def test_places_possessive_country_inside_an_organisation(nlp_en):
    found = _by_text(_places(nlp_en, "He said Japan’s Constitution forbids it, and North Korea's leader agreed.",
                             "en"))
    assert found["Japan"].country == "JP"
    assert found["North Korea"].country == "KP"


@pytest.mark.parametrize(("text", "mention", "country", "feature"), [
    ("De violents orages ont frappé la Normandie dimanche.", "Normandie", "FR", "admin1"),
    ("Le sénateur de la Sarthe a démissionné.", "Sarthe", "FR", "admin2"),
    ("Les diplomates ont fait une tournée au Moyen-Orient.", "Moyen-Orient", None, "region"),
])
def test_places_regions_fr(nlp_fr, text, mention, country, feature):
    place = _by_text(_places(nlp_fr, text, "fr"))[mention]
    assert (place.country, place.feature) == (country, feature)


def test_places_small_town_takes_no_article(nlp_fr):
    # *la Ville* is the city council, not the village of Villé
    assert _places(nlp_fr, "Selon la Ville, les travaux dureront deux ans.", "fr") == []
    found = _by_text(_places(nlp_fr, "La Rochelle a été touchée par la tempête.", "fr"))
    assert found["La Rochelle"].country == "FR"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Officials in Lagos State said the floods killed 12 people.", "Lagos State", "NG"),
    ("Gunmen attacked a village in Sindh Province on Sunday.", "Sindh Province", "PK"),
])
def test_places_unit_named_with_its_kind(nlp_en, text, mention, country):
    place = _by_text(_places(nlp_en, text, "en"))[mention]
    assert (place.country, place.feature) == (country, "admin1")


@pytest.mark.parametrize(("lang", "text", "mention", "country"), [
    ("en", "Officials said U.S. military advisers would stay.", "U.S.", "US"),
    ("fr", "Le parquet fédéral de Belgique a ouvert une enquête.", "Belgique", "BE"),
])
def test_places_country_named_in_a_state_actor(nlp_en, nlp_fr, lang, text, mention, country):
    found = _by_text(_places(nlp_en if lang == "en" else nlp_fr, text, lang))
    assert found[mention].country == country


def test_places_outlet_name_is_no_country(nlp_fr):
    found = _places(nlp_fr, "Le ministre a parlé sur France Inter ce matin.", "fr")
    assert "France" not in {p.span.text for p in found}


def test_places_party_name_is_no_country(nlp_fr):
    found = _places(nlp_fr, "Les députés de La France insoumise ont voté contre le texte.", "fr")
    assert not any(p.country == "FR" and p.feature == "country" for p in found)


@pytest.mark.parametrize("text", [
    "Too many calls to the VA hotline went unanswered, veterans said.",
    "Veterans waited for months and the VA blamed its budget, the governor said.",
    # sentence-initial, where the determiner is capitalised
    "The VA said on Friday that the backlog had been cleared.",
    "The VA hospital in the city will close its emergency ward.",
])
def test_places_acronym_of_an_agency_is_no_state(nlp_en, text):
    # *the VA* (Veterans Affairs), tagged GPE or ORG, is not Virginia
    assert "VA" not in {p.span.text for p in _places(nlp_en, text, "en")}


def test_places_untagged_name_after_another_name_is_its_tail(nlp_en):
    # *Breitbart London*-style outlet names: the city inside is no place here
    found = _places(nlp_en, "He told Reuters London on Monday that he would stay.", "en")
    assert "London" not in {p.span.text for p in found}


def test_places_no_unit_abroad_in_us_news(nlp_en):
    # Long Island, a district of the Bahamas, does not land in US news
    text = "He died at a veterans hospital on Long Island, New York officials said."
    found = {p.span.text: p for p in _places(nlp_en, text, "en")}
    assert "Long Island" not in found or found["Long Island"].country == "US"


def test_gazetteer_direction_names_are_not_indexed():
    from selon.sources import gazetteer

    assert not any(c.feature in ("admin1", "admin2") for c in gazetteer.lookup("Eastern", fuzzy=False))
