"""Tests for the dates layer, on small French and English sentences we wrote."""

from __future__ import annotations

import pytest

from selon.errors import ExtractionError
from selon.extract import dates
from selon.extract.dates import extract_dates
from selon.model import Article, DateRef, stable_id

pytestmark = pytest.mark.model

# 2017-09-07 is a Thursday.
PUBLISHED = "2017-09-07"


def _run(nlp, text: str, lang: str, published: str | None = PUBLISHED) -> list[DateRef]:
    return extract_dates(nlp(text), Article(id="t", text=text, lang=lang, published=published))


def _by_span(found: list[DateRef], span_text: str) -> DateRef:
    matches = [d for d in found if d.span.text == span_text]
    assert matches, f"no date spanning {span_text!r}; found {[d.span.text for d in found]}"
    return matches[0]


# (sentence, span, value, granularity, end)
FRENCH = [
    ("Le 26 août dernier, l'ONG a publié un rapport.", "26 août dernier", "2017-08-26", "day", None),
    ("Les hélicoptères sont venus le samedi 26 août.", "samedi 26 août", "2017-08-26", "day", None),
    ("Mardi, l'armée a percé les lignes.", "Mardi", "2017-09-05", "day", None),
    ("L'armée a annoncé mardi une percée.", "mardi", "2017-09-05", "day", None),
    ("Le ministre a parlé jeudi à la radio.", "jeudi", "2017-09-07", "day", None),
    ("Mardi prochain, le ministre se rendra à Alep.", "Mardi prochain", "2017-09-12", "day", None),
    ("Vendredi, le président se rendra à Damas.", "Vendredi", "2017-09-08", "day", None),
    ("Mardi dernier, le convoi est parti.", "Mardi dernier", "2017-09-05", "day", None),
    ("Le convoi est arrivé hier soir.", "hier", "2017-09-06", "day", None),
    ("Il a été arrêté avant-hier.", "avant-hier", "2017-09-05", "day", None),
    ("La semaine dernière, les combats ont repris.", "La semaine dernière", "2017-08-28", "week",
     "2017-09-03"),
    ("Le mois dernier, la ville est tombée.", "Le mois dernier", "2017-08", "month", None),
    ("L'an dernier, le siège a commencé.", "L'an dernier", "2016", "year", None),
    ("La ville est assiégée depuis 2014.", "depuis 2014", "2014", "year", PUBLISHED),
    ("Au cours des deux dernières semaines, les avions ont frappé.", "deux dernières semaines",
     "2017-08-24", "day", PUBLISHED),
    ("Il y a deux semaines, la route a rouvert.", "Il y a deux semaines", "2017-08-24", "day", None),
    ("Les attentats de janvier 2015 ont marqué le pays.", "janvier 2015", "2015-01", "month", None),
    ("Il a été fiché le 19 mars 2015.", "19 mars 2015", "2015-03-19", "day", None),
    ("Le texte entre en vigueur le 1er janvier 2018.", "1er janvier 2018", "2018-01-01", "day", None),
    ("Le scrutin a eu lieu en mai.", "mai", "2017-05", "month", None),
    ("Septembre dernier, la grève a échoué.", "Septembre dernier", "2016-09", "month", None),
    ("Le décret du 07/09/2017 est publié.", "07/09/2017", "2017-09-07", "day", None),
    ("Le mandat court de 2014 à 2016.", "de 2014 à 2016", "2014", "year", "2016"),
    ("La route est coupée depuis le 3 septembre.", "depuis le 3 septembre", "2017-09-03", "day", PUBLISHED),
    ("La grève dure depuis le 17 novembre.", "depuis le 17 novembre", "2016-11-17", "day", PUBLISHED),
    ("Le sommet se tiendra le 12 septembre.", "12 septembre", "2017-09-12", "day", None),
]


@pytest.mark.parametrize(("text", "span", "value", "granularity", "end"), FRENCH)
def test_dates_french(nlp_fr, text, span, value, granularity, end):
    d = _by_span(_run(nlp_fr, text, "fr"), span)
    assert (d.value, d.granularity, d.end, d.resolved) == (value, granularity, end, True)


ENGLISH = [
    ("On Tuesday, the army broke the siege.", "Tuesday", "2017-09-05", "day", None),
    ("Last week, fighting resumed.", "Last week", "2017-08-28", "week", "2017-09-03"),
    ("The convoy arrived yesterday.", "yesterday", "2017-09-06", "day", None),
    ("The report came out on Sept. 5.", "Sept. 5", "2017-09-05", "day", None),
    ("The city fell in 2014.", "2014", "2014", "year", None),
    ("The road reopened two weeks ago.", "two weeks ago", "2017-08-24", "day", None),
    ("Over the past two weeks, jets struck 300 targets.", "past two weeks", "2017-08-24", "day", PUBLISHED),
    ("The siege has lasted since 2014.", "since 2014", "2014", "year", PUBLISHED),
    ("Talks resume next Tuesday.", "next Tuesday", "2017-09-12", "day", None),
    ("The ceasefire ended on August 26, 2017.", "August 26, 2017", "2017-08-26", "day", None),
    ("He was arrested in January 2015.", "January 2015", "2015-01", "month", None),
    ("Prices rose last month.", "last month", "2017-08", "month", None),
    # A past reference unless the date is within a month ahead.
    ("Shootings rose between January 1 and September 5.", "January 1", "2017-01-01", "day", None),
    ("The summit opens on September 12.", "September 12", "2017-09-12", "day", None),
]


@pytest.mark.parametrize(("text", "span", "value", "granularity", "end"), ENGLISH)
def test_dates_english(nlp_en, text, span, value, granularity, end):
    d = _by_span(_run(nlp_en, text, "en"), span)
    assert (d.value, d.granularity, d.end, d.resolved) == (value, granularity, end, True)


@pytest.mark.parametrize(("lang", "text", "span", "mismatch"), [
    ("fr", "Les frappes ont eu lieu le samedi 26 août.", "samedi 26 août", False),
    ("fr", "Les frappes ont eu lieu le dimanche 26 août.", "dimanche 26 août", True),
    ("en", "Strikes hit the town on Saturday, Aug. 26.", "Saturday, Aug. 26", False),
    ("en", "Strikes hit the town on Friday, Aug. 26, 2017.", "Friday, Aug. 26, 2017", True),
])
def test_dates_weekday_mismatch(nlp_fr, nlp_en, lang, text, span, mismatch):
    d = _by_span(_run(nlp_fr if lang == "fr" else nlp_en, text, lang), span)
    assert d.value and d.value.endswith("08-26")
    assert d.weekday_mismatch is mismatch


# Without a publication date, relative dates and dates without a year stay
# unresolved; absolute ones still resolve.
UNANCHORED = [
    ("fr", "Mardi, l'armée a percé les lignes.", "Mardi", False, None),
    ("fr", "Le 26 août dernier, l'ONG a parlé.", "26 août dernier", False, None),
    ("fr", "Le convoi est arrivé hier.", "hier", False, None),
    ("fr", "La semaine dernière, les combats ont repris.", "La semaine dernière", False, None),
    ("fr", "La ville est assiégée depuis 2014.", "depuis 2014", True, "2014"),
    ("fr", "Il a été fiché le 19 mars 2015.", "19 mars 2015", True, "2015-03-19"),
    ("en", "On Tuesday, the army broke the siege.", "Tuesday", False, None),
    ("en", "The road reopened two weeks ago.", "two weeks ago", False, None),
    ("en", "The city fell in 2014.", "2014", True, "2014"),
]


@pytest.mark.parametrize(("lang", "text", "span", "resolved", "value"), UNANCHORED)
def test_dates_without_published(nlp_fr, nlp_en, lang, text, span, resolved, value):
    d = _by_span(_run(nlp_fr if lang == "fr" else nlp_en, text, lang, published=None), span)
    assert (d.resolved, d.value, d.relative_to) == (resolved, value, None)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La réunion a eu lieu à 11 h 30 au ministère."),
    ("fr", "Il est passé sur Mars et a pris deux cents photos."),
    ("en", "Rebels may march on the capital."),
    ("en", "The army destroyed 2014 vehicles."),
    ("en", "He spoke on Fox News Sunday about the poll."),
    ("en", "A reporter for USA Today saw her."),
])
def test_dates_skip_non_dates(nlp_fr, nlp_en, lang, text):
    assert _run(nlp_fr if lang == "fr" else nlp_en, text, lang) == []


def test_dates_ids_spans_and_relative_to(nlp_fr):
    text = "Mardi, l'armée a percé. La ville était assiégée depuis 2014."
    result = dates.apply(nlp_fr(text), Article(id="art", text=text, lang="fr", published=PUBLISHED))
    assert [d.span.text for d in result.dates] == ["Mardi", "depuis 2014"]
    for d in result.dates:
        assert text[d.span.start:d.span.end] == d.span.text
        assert d.id == stable_id("art", "date", d.span.start, d.span.end, prefix="d-")
        assert d.relative_to == PUBLISHED
    assert DateRef.from_dict(result.dates[0].to_dict()) == result.dates[0]


def test_dates_bad_published_raises(nlp_fr):
    text = "Mardi, l'armée a percé."
    with pytest.raises(ExtractionError, match="E042"):
        extract_dates(nlp_fr(text), Article(id="art", text=text, lang="fr", published="07/09/2017"))


def test_dates_seed_gold(nlp_fr, seed):
    doc = nlp_fr(seed["text"])
    anchored = extract_dates(doc, Article(id=seed["id"], text=seed["text"], lang="fr", published=PUBLISHED))
    assert _by_span(anchored, "26 août dernier").value == "2017-08-26"
    saturday = _by_span(anchored, "samedi 26 août")
    assert (saturday.value, saturday.weekday_mismatch) == ("2017-08-26", False)
    assert _by_span(anchored, "Mardi").value == "2017-09-05"
    assert (_by_span(anchored, "depuis 2014").value, _by_span(anchored, "depuis 2014").end) == ("2014", PUBLISHED)
    floating = extract_dates(doc, Article(id=seed["id"], text=seed["text"], lang="fr", published=None))
    for span in ("26 août dernier", "samedi 26 août", "Mardi"):
        d = _by_span(floating, span)
        assert (d.resolved, d.value) == (False, None)


# One rule per phenomenon of French news (published Thursday 2017-09-07):
# (sentence, span, value) — sentences written for these tests.
FRENCH_RULES = [
    # A day and month equal to the publication day is that day, in any tense.
    ("Le conseil se réunira le 7 septembre en mairie.", "7 septembre", "2017-09-07"),
    ("Jeudi 7 septembre, le préfet viendra inaugurer le pont.", "Jeudi 7 septembre", "2017-09-07"),
    # Direction from the verb the date hangs on, and from announcement words.
    ("La fête se tiendra le 30 juin sur la place.", "30 juin", "2018-06-30"),
    ("La brocante aura lieu samedi sur le parking.", "samedi", "2017-09-09"),
    ("Le comité des fêtes organise samedi un loto.", "samedi", "2017-09-09"),
    ("Les inscriptions sont ouvertes dès lundi à l'accueil.", "lundi", "2017-09-11"),
    ("La piscine va rouvrir début octobre.", "début octobre", "2017-10"),
    ("Samedi, les pompiers sont intervenus pour un feu de haie.", "Samedi", "2017-09-02"),
    ("Le 12 septembre, le maire avait signé la convention.", "12 septembre", "2016-09-12"),
    ("La vente de livres est prévue le 14 avril.", "14 avril", "2018-04-14"),
    # Anaphors from the last day named before them.
    ("Le 3 mai, il a été interpellé. Le lendemain, il était relâché.", "Le lendemain", "2017-05-04"),
    ("Le 3 mai, il a été interpellé. La veille, il avait menacé un voisin.", "La veille", "2017-05-02"),
    ("Le 3 mai, le feu a pris. Deux jours plus tard, la route a rouvert.", "Deux jours plus tard", "2017-05-05"),
    ("Le 3 mai, une voiture a brûlé. Le même jour, un abri a été visé.", "Le même jour", "2017-05-03"),
    ("Le 3 mai, la kermesse a commencé. Ce soir-là, un orage a éclaté.", "Ce soir-là", "2017-05-03"),
    ("Le maire a parlé ce mardi 5 septembre devant le conseil.", "ce mardi 5 septembre", "2017-09-05"),
    # A part of day alone: the day being told, else the publication day.
    ("Le 12 août, la fête battait son plein. Dans la soirée, une rixe a éclaté.", "Dans la soirée", "2017-08-12"),
    ("Un cambriolage a eu lieu dans la nuit, rue des Lilas.", "dans la nuit", "2017-09-07"),
    # Each member of a coordination or a range.
    ("Les élections auront lieu les 6 et 13 avril.", "6", "2018-04-06"),
    ("Les élections auront lieu les 6 et 13 avril.", "13 avril", "2018-04-13"),
    ("Le stage a eu lieu du 19 au 23 juin à Brest.", "19", "2017-06-19"),
    ("Le stage a eu lieu du 19 au 23 juin à Brest.", "23 juin", "2017-06-23"),
    ("Les fouilles ont été menées en mars-avril 2015.", "mars", "2015-03"),
    ("Les fouilles ont été menées en mars-avril 2015.", "avril 2015", "2015-04"),
    # Two-digit years.
    ("Le contrat a été signé le 12/03/98 à Nantes.", "12/03/98", "1998-03-12"),
    ("Elle est arrivée le 2 juin 04 à Lorient.", "2 juin 04", "2004-06-02"),
    # A year modifying a noun.
    ("Le bilan 2001 de la sécurité routière reste lourd.", "2001", "2001"),
    ("La saison 2016 du club s'est achevée sur une défaite.", "2016", "2016"),
    # A weekday with the day and month names the year, whatever the tense.
    ("Le salon ferme ses portes lundi 6 novembre.", "lundi 6 novembre", "2017-11-06"),
    ("Le salon avait fermé ses portes le dimanche 6 novembre.", "dimanche 6 novembre", "2016-11-06"),
    # *devoir* + infinitive is a forecast; a plan the main clause reports as past is past.
    ("Le chantier devrait s'achever en mars.", "mars", "2018-03"),
    ("Les fouilles, prévues en mai, ont été repoussées.", "mai", "2017-05"),
    # A sentence whose root is an infinitive (a headline) is parsed like any other.
    ("Comment s'inscrire avant le 30 septembre ?", "30 septembre", "2017-09-30"),
    # A weekend is its Saturday (end: Sunday): the coming one in an announcement.
    ("Ce week-end, le club de voile organise des portes ouvertes.", "Ce week-end", "2017-09-09"),
    ("Le week-end dernier, deux randonneurs se sont perdus.", "Le week-end dernier", "2017-09-02"),
    # A feast after a preposition is its day; *14-Juillet* is a day and month.
    ("À la Toussaint, les allées du cimetière seront fleuries.", "la Toussaint", "2017-11-01"),
    ("Le bal du 14-Juillet a réuni tout le quartier.", "14-Juillet", "2017-07-14"),
    # The first member of a range keeps its weekday.
    ("La rue sera fermée du lundi 11 au mercredi 13 septembre.", "lundi 11", "2017-09-11"),
    # A day of the month alone (*Le 2,*): this month's or the last one; ahead with a future verb.
    ("Le 2, le conseil municipal a voté la hausse des tarifs.", "2", "2017-09-02"),
    ("Le 12 au soir, un orage a inondé trois caves.", "12", "2017-08-12"),
    ("Le 30, la fanfare défilera dans les rues.", "30", "2017-09-30"),
    # *fin 2015*: the qualifier is part of the year's span; a year after a noun and its adjective.
    ("Fin 2015, la scierie employait 30 ouvriers.", "Fin 2015", "2015"),
    ("La saison estivale 2016 avait été pluvieuse.", "2016", "2016"),
    # *ce samedi* with a verb that is not past: the one of the publication week.
    ("La médiathèque ouvre ses portes ce samedi aux familles.", "ce samedi", "2017-09-09"),
    ("Ce lundi, le maire inaugure la nouvelle passerelle.", "Ce lundi", "2017-09-04"),
    # A day and month on a present verb: the nearer of the last and the coming one.
    ("Les candidats sont attendus à la préfecture le 20 octobre.", "20 octobre", "2017-10-20"),
    ("Après leur défaite à Brest le 2 septembre, les basketteuses reçoivent Nantes.", "2 septembre",
     "2017-09-02"),
    # A participle modifier is past unless it names a plan; a postponement points ahead.
    ("La salle, rénovée en mars, accueillera un concert.", "mars", "2017-03"),
    ("Le procès a été reporté au 4 février à la demande de la défense.", "4 février", "2018-02-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), FRENCH_RULES)
def test_dates_french_rules(nlp_fr, text, span, value):
    d = _by_span(_run(nlp_fr, text, "fr"), span)
    assert (d.value, d.resolved, d.weekday_mismatch) == (value, True, False)


@pytest.mark.parametrize(("text", "span"), [
    ("Le lendemain, la mairie a publié un communiqué.", "Le lendemain"),
    ("Trois jours plus tard, le club a perdu.", "Trois jours plus tard"),
])
def test_dates_anaphor_without_antecedent_is_unresolved(nlp_fr, text, span):
    d = _by_span(_run(nlp_fr, text, "fr"), span)
    assert (d.resolved, d.value) == (False, None)


@pytest.mark.parametrize(("text", "not_a_date"), [
    ("Le village compte 2001 habitants depuis le recensement.", "2001"),
    ("Selon l'article 2016 du règlement, rien ne change.", "2016"),
    ("Le 12 mai 15 personnes ont été évacuées.", "12 mai 15"),
    ("Il a passé la nuit de samedi à dimanche au poste.", "la nuit"),
    ("Le marché se tient chaque samedi sur la place de la mairie.", "samedi"),
    ("Deux jours après les heurts, le calme est revenu en ville.", "Deux jours après"),
    ("Le marché de Noël attire les familles de tout le canton.", "Noël"),
    ("Le week-end, la déchetterie ferme à midi.", "week-end"),
    ("Le cabinet se trouve au 12, rue des Tanneurs.", "12"),
    ("Il habite le 14, avenue Foch, depuis vingt ans.", "14"),
])
def test_dates_french_rules_skip(nlp_fr, text, not_a_date):
    found = _run(nlp_fr, text, "fr")
    assert not any(not_a_date in d.span.text for d in found), found


@pytest.mark.parametrize(("text", "verb", "tense"), [
    # the parser tags this present form Tense=Past; news rarely uses the passé simple
    ("Les vacances de la Toussaint se terminent lundi 4 novembre.", "terminent", "present"),
    # a passé composé stays past
    ("Des vandales ont tagué la façade samedi.", "tagué", "past"),
])
def test_dates_verb_tense(nlp_fr, text, verb, tense):
    tok = next(t for t in nlp_fr(text) if t.text == verb)
    assert dates._verb_tense(tok) == tense


def test_dates_weekend_is_saturday_to_sunday(nlp_fr):
    # published Thursday 2017-09-07: a report's weekend is the last one
    d = _by_span(_run(nlp_fr, "Ce week-end, des vandales ont saccagé le stade.", "fr"), "Ce week-end")
    assert (d.value, d.end, d.resolved) == ("2017-09-02", "2017-09-03", True)


# English direction from the verb the date hangs on (published Thursday 2017-09-07).
ENGLISH_RULES = [
    ("Road closures begin Monday on Elm Street.", "Monday", "2017-09-11", None),
    ("The mayor is expected to sign the bill Tuesday.", "Tuesday", "2017-09-12", None),
    ("Officials said Tuesday that the bridge will reopen soon.", "Tuesday", "2017-09-05", None),
    ("The impact of Monday's storm is still visible downtown.", "Monday", "2017-09-04", None),
    ("The hearing, adjourned on Aug. 30, will resume Oct. 2.", "Aug. 30", "2017-08-30", None),
    ("The hearing, adjourned on Aug. 30, will resume Oct. 2.", "Oct. 2", "2017-10-02", None),
    ("The vote was postponed to Jan. 9 at the request of the council.", "Jan. 9", "2018-01-09", None),
    ("The museum is scheduled to reopen in March.", "March", "2018-03", None),
    ("Sales fell between June and August 2016.", "June", "2016-06", None),
    ("This weekend, the county fair opens its gates.", "This weekend", "2017-09-09", "2017-09-10"),
    ("Crews worked over the weekend to repair the main.", "over the weekend", "2017-09-02", "2017-09-03"),
    ("The fire broke out on Aug. 2. The next day, crews contained it.", "The next day", "2017-08-03", None),
    # later days of a month-first date; *through*/*until* on a verb that is not past points ahead
    ("The festival runs Oct. 6-8 at the fairgrounds.", "8", "2017-10-08", None),
    ("The museum was closed Aug. 24 and 25.", "25", "2017-08-25", None),
    ("The pool stays open through October.", "October", "2017-10", None),
]


@pytest.mark.parametrize(("text", "span", "value", "end"), ENGLISH_RULES)
def test_dates_english_rules(nlp_en, text, span, value, end):
    d = _by_span(_run(nlp_en, text, "en"), span)
    assert (d.value, d.end, d.resolved) == (value, end, True)


def test_dates_english_score_is_no_following_day(nlp_en):
    found = _run(nlp_en, "Voters approved the plan on Sept. 5, 52 to 48.", "en")
    assert [d.span.text for d in found] == ["Sept. 5"]


def test_dates_english_day_after_an_event_is_no_anaphor(nlp_en):
    found = _run(nlp_en, "He resigned the day after the election.", "en")
    assert not any("day after" in d.span.text for d in found), found


# Sentences with every French date form, as written and in capitals (the gates read the
# lower case), and with a long s, a dotless i (equal to s and i for the case-blind
# patterns, but not by ``str.lower``): the gates skip no match.
_GATED = [
    "Le 3 mars 2021, puis le 12/04/2021 et le 2021-05-06, entre 2019 et 2020.",
    "Il y a deux semaines, voilà trois jours, depuis deux mois, dans trois ans.",
    "Les deux derniers mois, ce week-end, à Noël, la semaine dernière.",
    "Le lendemain, deux jours plus tard, dans la nuit, en fin de soirée, hier.",
    "Fin mars-avril, mardi prochain, le 13, au soir, fin 2022, en 2019.",
    "Aucune date ici, rien que des mots et un maire.",
    "Le 3 ſeptembre, le 4 mars, dımanche et ıl y a deux jours.",
]


@pytest.mark.parametrize("text", _GATED + [t.upper() for t in _GATED])
def test_dates_gates_skip_no_match(text):
    import dataclasses

    lex = dates._lexicon("fr")
    assert lex.gates and len(lex.gates) == len(lex.patterns)
    ungated = dataclasses.replace(lex, gates=())

    def found(lexicon):
        return [(f.start, f.end, f.kind, f.match.groupdict()) for f in dates._candidates(text, lexicon)]

    assert found(lex) == found(ungated)


def test_dates_gates_skip_patterns_that_cannot_match():
    lex = dates._lexicon("fr")
    text = "Aucune date ici, rien que des mots."
    skipped = [k for (k, _), g in zip(lex.patterns, lex.gates) if g is not None and not g.passes(text, text.lower())]
    assert {"full", "month", "weekday", "year", "ago", "day_only"} <= set(skipped)
    assert dates._candidates(text, lex) == []
