"""Matching articles' claims against known narratives, in French and English."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from selon.errors import StoreError
from selon.model import (
    Article,
    Attribution,
    DateRef,
    Entity,
    NarrativeCase,
    Place,
    Span,
)
from selon.narratives import (
    E5Embedder,
    NarrativeMatcher,
    article_claims,
    import_narratives,
)
from selon.narratives.matcher import (
    article_names,
    claims_of,
    english_names,
    name_keys,
    open_matcher,
    plain_restriction,
)
from selon.store import connect, save_narratives

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SMALL = Path(__file__).resolve().parents[1] / "data" / "narratives_small.csv"
CASE = "https://example.org/case/"


@pytest.fixture(scope="module")
def embedder() -> E5Embedder:
    return E5Embedder()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, embedder: E5Embedder) -> Path:
    path = tmp_path_factory.mktemp("narratives") / "small.sqlite"
    db = connect(path)
    import_narratives(db, SMALL, embedder)
    db.close()
    return path


@pytest.fixture(scope="module")
def matcher(db_path: Path, embedder: E5Embedder) -> NarrativeMatcher:
    return NarrativeMatcher.from_db(connect(db_path), embedder)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Selon la chaîne, ce sont les soldats de l'OTAN qui ont apporté la rougeole en Lituanie.", "fr",
     "nato-troops-spread-measles-in-lithuania/"),
    ("D'après ce site, les antennes 5G seraient à l'origine de l'épidémie de coronavirus.", "fr",
     "5g-masts-cause-the-coronavirus/"),
    ("Paris vendrait en secret des armes aux groupes terroristes au Mali.", "fr",
     "france-sells-weapons-to-terrorists-in-mali/"),
    ("Bruxelles s'apprête à interdire les marchés de Noël, a affirmé le présentateur.", "fr",
     "the-eu-will-ban-christmas-markets/"),
    ("Des médecins allemands auraient inventé de toutes pièces l'empoisonnement de l'opposant.", "fr",
     "german-doctors-faked-the-poisoning/"),
    ("The broadcaster claimed that soldiers from the alliance brought measles to Lithuania.", "en",
     "nato-troops-spread-measles-in-lithuania/"),
    ("Mobile phone masts are blamed for spreading the virus, the blog said.", "en",
     "5g-masts-cause-the-coronavirus/"),
    ("Stockholm has forbidden its officers from disclosing offences committed by migrants.", "en",
     "swedish-police-banned-from-reporting-migrant-crimes/"),
])
def test_matcher_finds_the_case_across_languages(matcher: NarrativeMatcher, text: str, lang: str,
                                                 expected: str) -> None:
    found = matcher.match(Article(id="t", text=text, lang=lang), top_k=3, min_score=None)
    assert found[0].id == CASE + expected
    assert found[0].claim == text
    assert len(found) == 3 and found[0].score >= found[1].score >= found[2].score


@pytest.mark.parametrize(("published", "expected"), [
    ("2021-01-12", "polish-farmers-dump-grain-into-the-baltic-2021/"),
    ("2019-01-08", "polish-farmers-dump-grain-into-the-baltic-2019/"),
])
def test_matcher_prefers_the_case_closest_in_time(matcher: NarrativeMatcher, published: str,
                                                  expected: str) -> None:
    art = Article(id="t", lang="fr", published=published,
                  text="Des agriculteurs polonais déversent leurs céréales dans la mer Baltique.")
    assert matcher.match(art, top_k=1, min_score=None)[0].id == CASE + expected


def test_matcher_reports_the_claim_that_matched(matcher: NarrativeMatcher) -> None:
    text = ("Le conseil municipal s'est réuni mardi soir pour voter le budget. "
            "Selon un blog, les antennes 5G propageraient le coronavirus dans toute la ville. "
            "Le maire a ensuite remercié les services techniques de la commune.")
    best = matcher.match(Article(id="t", text=text, lang="fr"), top_k=1, min_score=None)[0]
    assert best.id == CASE + "5g-masts-cause-the-coronavirus/"
    assert best.claim == "Selon un blog, les antennes 5G propageraient le coronavirus dans toute la ville."


def test_matcher_uses_attribution_contents_when_present(matcher: NarrativeMatcher) -> None:
    text = "Le journal affirme que la France livre des armes aux jihadistes du Mali. Il pleut à Lyon."
    start = text.index("la France")
    content = Span.of(text, start, text.index(". Il pleut"))
    att = Attribution(id="a", source=Span.of(text, 0, 10), cue=Span.of(text, 11, 18), content=content)
    art = Article(id="t", text=text, lang="fr", attributions=(att,))
    # The attribution's content first, then every sentence (the title would come between).
    assert article_claims(art) == ["la France livre des armes aux jihadistes du Mali",
                                   "Le journal affirme que la France livre des armes aux jihadistes du Mali."]
    best = matcher.match(art, top_k=1, min_score=None)[0]
    assert best.id == CASE + "france-sells-weapons-to-terrorists-in-mali/"
    assert best.claim is not None and content.text in best.claim


def test_matcher_shows_a_content_through_its_sentence(matcher: NarrativeMatcher) -> None:
    text = ("Réunis jeudi, les élus ont parlé du budget. Un député a affirmé que les antennes 5G "
            "propageraient le coronavirus. La séance a duré trois heures.")
    start = text.index("les antennes")
    content = Span.of(text, start, text.index(". La séance"))
    att = Attribution(id="a", source=Span.of(text, text.index("Un député"), text.index(" a affirmé")),
                      cue=Span.of(text, text.index("affirmé"), text.index(" que les")), content=content)
    art = Article(id="t", text=text, lang="fr", attributions=(att,))
    assert [c.whole for c in claims_of(art)] == [False, True, True, True]
    shown = matcher.match(art, top_k=1, min_score=float("-inf"))
    assert shown and shown[0].id == CASE + "5g-masts-cause-the-coronavirus/"
    assert shown[0].claim == "Un député a affirmé que les antennes 5G propageraient le coronavirus."


@pytest.mark.parametrize(("text", "expected"), [
    # a capital stands for its country, an exonym becomes the English name
    ("Kiev et Varsovie ont protesté auprès de Pékin.", "Ukraine et Poland ont protesté auprès de China."),
    ("Les habitants de Mourmansk ont voté.", "Les habitants de Murmansk ont voté."),
    # metonyms of institutions, with or without their article
    ("Selon la Maison-Blanche, l'Alliance atlantique renforce ses troupes.",
     "Selon the White House, NATO renforce ses troupes."),
    ("Le Vieux Continent répond à Bruxelles.", "Europe répond à the EU."),
    # a town's own name is not read as an old name of a bigger place (Salisbury, once Harare);
    # sentence-initial words and English country names stay as they are
    ("Sur la route de Salisbury, un accident.", "Sur la route de Salisbury, un accident."),
    ("Ukraine and Russia met.", "Ukraine and Russia met."),
])
def test_matcher_english_names(text: str, expected: str) -> None:
    assert english_names(text) == expected


@pytest.mark.parametrize(("text", "title", "claims"), [
    ("Il a plu. Selon l'agence, la Lituanie a fermé sa frontière avec la Biélorussie hier soir.", None,
     ["Selon l'agence, la Lituanie a fermé sa frontière avec la Biélorussie hier soir."]),
    ("The minister resigned on Monday after the vote.\nShe said the government had lost its majority.",
     "Minister quits over budget vote",
     ["Minister quits over budget vote", "The minister resigned on Monday after the vote.",
      "She said the government had lost its majority."]),
    ("Oui. Non.", None, []),
    # a title or an initial before a name ends no sentence
    ("Selon M. Durand, le pont rouvrira en mai. Mr. Smith told reporters the plan was ready.", None,
     ["Selon M. Durand, le pont rouvrira en mai.", "Mr. Smith told reporters the plan was ready."]),
])
def test_matcher_claims_are_sentences_without_attributions(text: str, title: str | None,
                                                           claims: list[str]) -> None:
    assert article_claims(Article(id="t", text=text, title=title)) == claims


@pytest.mark.parametrize(("names", "expected"), [
    (["États-Unis"], {"us"}),
    (["Deir ez-Zor"], {"deirezzor", "deir", "zor"}),
    (["Deir Ezzor"], {"deirezzor", "deir", "ezzor"}),
    (["Daech", "OTAN"], {"isis", "nato"}),
    (["Syrian War"], {"syrianwar", "syrian", "war"}),
])
def test_matcher_name_keys_bridge_languages(names: list[str], expected: set[str]) -> None:
    keys = name_keys(names)
    assert {k for k in keys if ":" not in k} == expected  # the spelled keys; the gazetteer's below


@pytest.mark.parametrize(("french", "english"), [
    ("Moscou", "Russia"),        # a capital names its country
    ("russes", "Russia"),        # a demonym too
    ("Tbilissi", "Tbilisi"),     # French exonym → GeoNames name
    ("Biélorusses", "Belarus"),
    ("Pékin", "China"),
    ("Royaume-Uni", "UK"),
])
def test_matcher_name_keys_meet_through_the_gazetteer(french: str, english: str) -> None:
    assert name_keys([french]) & name_keys([english])


@pytest.mark.parametrize(("french", "english"), [
    ("Bruxelles", "EU"),                 # a metonym names what it stands for
    ("Occidentaux", "The West"),
    ("Vieux Continent", "Europe"),
    ("Occident", "Western"),             # the West's adjective is the West
    ("européennes", "European Union"),
])
def test_matcher_bloc_names_meet(french: str, english: str) -> None:
    assert name_keys([french]) & name_keys([english])


@pytest.mark.parametrize(("french", "english"), [("Bruxelles", "Moscow"), ("Occidentaux", "Europe")])
def test_matcher_bloc_names_stay_apart(french: str, english: str) -> None:
    assert not name_keys([french]) & name_keys([english])


def test_matcher_bloc_adjectives_in_lower_case_are_names() -> None:
    claim = claims_of(Article(id="t", lang="fr", text=(
        "Les démocraties occidentales et le marché européen traversent une crise profonde.")))[0]
    assert [s for s, _ in claim.places] == ["occidentales", "européen"]


@pytest.mark.parametrize("word", ["Alliance", "Occident", "Maison"])
def test_matcher_small_homonym_towns_name_no_country(word: str) -> None:
    # GeoNames has small towns of these names; below GEO_MIN_POPULATION they stay words.
    assert not any(k.startswith(("cc:", "pl:")) for k in name_keys([word]))


def test_matcher_article_names_prefer_entities() -> None:
    text = "Le Kremlin dément. Washington accuse Moscou."
    bare = Article(id="t", text=text)
    assert {"us", "russia", "moscow"} <= article_names(bare)
    tagged = Article(id="t", text=text, entities=(Entity(id="e", name="Moscou", type="place"),))
    assert {k for k in article_names(tagged) if ":" not in k} == {"moscow"}


def test_matcher_refuses_an_empty_or_stale_store(tmp_path: Path, embedder: E5Embedder) -> None:
    db = connect(tmp_path / "empty.sqlite")
    with pytest.raises(StoreError, match=r"\[E071\]"):
        NarrativeMatcher.from_db(db, embedder)
    assert open_matcher(tmp_path / "empty.sqlite") is None
    case = NarrativeCase(id="x", title="A case", date="2020-01-01")
    save_narratives(db, [case], np.ones((1, embedder.dim), dtype=np.float32), ["k"], "old-model")
    with pytest.raises(StoreError, match=r"\[E073\].*old-model"):
        NarrativeMatcher.from_db(db, embedder)


def test_matcher_open_matcher_loads_a_filled_store(db_path: Path) -> None:
    matcher = open_matcher(db_path)
    assert matcher is not None and len(matcher.index.cases) == 9


def test_matcher_article_without_claims_matches_nothing(matcher: NarrativeMatcher) -> None:
    assert matcher.match(Article(id="t", text="Oui."), top_k=5) == []


def test_matcher_shows_only_matches_above_the_threshold(matcher: NarrativeMatcher) -> None:
    claim = "D'après ce site, les antennes 5G seraient à l'origine de l'épidémie de coronavirus."
    shown = matcher.match(Article(id="t", text=claim, lang="fr"))
    assert [m.id for m in shown] == [CASE + "5g-masts-cause-the-coronavirus/"]
    everyday = ("La médiathèque prolonge ses horaires d'ouverture pendant les vacances scolaires. "
                "Les enfants pourront y emprunter jusqu'à dix livres chacun.")
    assert matcher.match(Article(id="t", text=everyday, lang="fr")) == []
    assert len(matcher.match(Article(id="t", text=everyday, lang="fr"), min_score=None)) == 5


def test_matcher_shows_no_match_without_a_shared_name(matcher: NarrativeMatcher) -> None:
    # Close to the 5G case in meaning, but naming nothing the case names.
    claim = "Les antennes de téléphonie mobile propageraient le virus, affirme ce blog."
    ranked = matcher.match(Article(id="t", text=claim, lang="fr"), min_score=None)
    assert ranked[0].id == CASE + "5g-masts-cause-the-coronavirus/"
    assert matcher.match(Article(id="t", text=claim, lang="fr"), min_score=float("-inf")) == []


def test_matcher_buried_claim_wins_over_its_article(matcher: NarrativeMatcher) -> None:
    text = ("La commune a inauguré samedi une nouvelle piste cyclable le long du canal. "
            "Les travaux ont duré six mois et coûté deux millions d'euros.\n\n"
            "Au marché, un habitant affirmait que les soldats de l'OTAN ont apporté la rougeole en Lituanie.\n\n"
            "Le maire a remercié les riverains pour leur patience pendant le chantier.")
    (best,) = matcher.match(Article(id="t", text=text, lang="fr"), top_k=1, min_score=None)
    assert best.id == CASE + "nato-troops-spread-measles-in-lithuania/"
    assert "rougeole" in (best.claim or "")
    assert set(best.shared_entities) == {"OTAN", "Lituanie"}
    assert best.similarity is not None and best.score >= best.similarity


def test_matcher_reports_shared_places_and_years(tmp_path: Path, embedder: E5Embedder) -> None:
    csv = tmp_path / "cases.csv"
    csv.write_text("date,id,title,countries,keywords,languages,outlets\n"
                   "2017-01-24,x:coup,There was a coup in Ukraine in 2014,Ukraine,Euromaidan,Russian,O\n"
                   "2019-03-04,x:measles,NATO troops spread measles in Lithuania,Lithuania,NATO,Russian,O\n",
                   encoding="utf-8")
    db = connect(tmp_path / "c.sqlite")
    import_narratives(db, csv, embedder)
    text = "Ce qui s'est passé en Ukraine en 2014 n'était rien d'autre qu'un putsch."
    at = text.index("Ukraine")
    place = Place(id="p", span=Span.of(text, at, at + 7), name="Ukraine")
    date = DateRef(id="d", span=Span.of(text, text.index("2014"), text.index("2014") + 4), value="2014")
    art = Article(id="t", text=text, lang="fr", places=(place,), dates=(date,))
    best = NarrativeMatcher.from_db(db, embedder).match(art, top_k=1, min_score=None)[0]
    assert best.id == "x:coup"
    assert (best.shared_places, best.shared_dates, best.shared_entities) == (("Ukraine",), ("2014",), ())


@pytest.mark.parametrize(("text", "expected"), [
    ("Selon lui, l'Alliance n'est qu'un club de vieux pays.", "Selon lui, l'Alliance est un club de vieux pays."),
    ("Ces réformes ne sont que des promesses.", "Ces réformes sont des promesses."),
    ("Il n'y a que des ruines au bord du fleuve.", "Il y a des ruines au bord du fleuve."),
    ("Le gouvernement ne cherche qu'à gagner du temps.", "Le gouvernement cherche à gagner du temps."),
    # a negation before que (a completive) is not a restriction, nor is "ne fait que" + infinitive
    ("Le ministre ne dit pas que la crise est finie.", "Le ministre ne dit pas que la crise est finie."),
    ("Nous ne savons jamais qu'en penser.", "Nous ne savons jamais qu'en penser."),
    ("Le porte-parole ne fait que répéter la même phrase.", "Le porte-parole ne fait que répéter la même phrase."),
    ("Il n'est plus qu'un souvenir.", "Il n'est plus qu'un souvenir."),
    ("No restriction in English: he only said that.", "No restriction in English: he only said that."),
])
def test_matcher_plain_restriction(text: str, expected: str) -> None:
    assert plain_restriction(text) == expected


def test_matcher_restriction_is_embedded_plain_and_shown_as_written(matcher: NarrativeMatcher) -> None:
    text = "Les marchés de Noël ne sont que la prochaine cible de Bruxelles, qui veut les interdire."
    found = matcher.match(Article(id="t", text=text, lang="fr"), top_k=1, min_score=None)
    assert found[0].id == CASE + "the-eu-will-ban-christmas-markets/"
    assert found[0].claim == text
    # its cosine is that of the plain statement (or of its English-names variant), not the text's
    row = [c.id for c in matcher.index.cases].index(found[0].id)
    plain = plain_restriction(text)
    vecs = matcher.embedder.embed([plain, english_names(plain), text]) @ matcher.index.matrix[row]
    assert found[0].similarity == pytest.approx(float(max(vecs[:2])), abs=1e-3)
    assert found[0].similarity != pytest.approx(float(vecs[2]), abs=1e-3)
