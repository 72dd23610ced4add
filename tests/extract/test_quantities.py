"""Tests for the quantities layer, on small French and English sentences we wrote."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selon.extract import quantities
from selon.extract.quantities import extract_quantities, parse_number
from selon.model import Article, Attribution, Quantity, Span, stable_id

pytestmark = pytest.mark.model


def _run(nlp, text: str, lang: str) -> list[Quantity]:
    return extract_quantities(nlp(text), Article(id="t", text=text, lang=lang))


def _by_span(found: list[Quantity], span_text: str) -> Quantity:
    matches = [q for q in found if q.span.text == span_text]
    assert matches, f"no quantity spanning {span_text!r}; found {[q.span.text for q in found]}"
    return matches[0]


# (sentence, span, value, low, high, approx, unit, counted)
FRENCH = [
    ("L'aviation a effectué 1.417 raids en Syrie.", "1.417", 1417, None, None, None, None, "raids"),
    ("Les avions ont mené 1 417 raids.", "1 417", 1417, None, None, None, None, "raids"),
    ("Quelque 50'000 manifestants ont défilé.", "Quelque 50'000", 50000, None, None, "about", None,
     "manifestants"),
    ("Près de 1.200 terroristes ont été éliminés, selon l'armée.", "Près de 1.200", 1200, None, None,
     "about", None, "terroristes"),
    ("Ils ont détruit plus de 200 voitures piégées.", "plus de 200", 200, 200, None, "more_than", None,
     "voitures piégées"),
    ("Ils ont saisi plus de 200 voitures équipées de mitrailleuses.", "plus de 200", 200, 200, None,
     "more_than", None, "voitures"),
    ("Le raid a tué huit membres de l'organisation.", "huit", 8, None, None, None, None, "membres"),
    ("L'armée a détruit 83 véhicules blindés.", "83", 83, None, None, None, None, "véhicules blindés"),
    ("Washington a promis 2,5 millions de dollars.", "2,5 millions de dollars", 2_500_000, None, None,
     None, "USD", None),
    ("La ville recevra 1,2 million d'euros.", "1,2 million d'euros", 1_200_000, None, None, None, "EUR",
     None),
    ("Une vingtaine de soldats ont été blessés.", "Une vingtaine", 20, None, None, "about", None,
     "soldats"),
    ("Des dizaines de civils ont fui.", "Des dizaines", None, 20, None, "several", None, "civils"),
    ("Des dizaines de milliers de réfugiés attendent.", "Des dizaines de milliers", None, 20_000, None,
     "several", None, "réfugiés"),
    ("Plusieurs centaines de policiers sont déployés.", "Plusieurs centaines", None, 200, None,
     "several", None, "policiers"),
    ("Le chômage touche 12,5 % des jeunes.", "12,5 %", 12.5, None, None, None, "%", None),
    ("Il a obtenu 40 pour cent des voix.", "40 pour cent", 40, None, None, None, "%", None),
    ("Le convoi est à 150 km de Damas.", "150 km", 150, None, None, None, "km", None),
    ("Le siège a duré trois années de suite.", "trois années", 3, None, None, None, "year", None),
    ("Il a été retenu 48 heures par la police.", "48 heures", 48, None, None, None, "hour", None),
    ("Le billet coûte 5 000 livres syriennes.", "5 000 livres syriennes", 5000, None, None, None, "SYP",
     None),
    ("Au moins 30 personnes sont mortes.", "Au moins 30", 30, 30, None, "at_least", None, "personnes"),
    ("Moins de 10 blessés ont été hospitalisés.", "Moins de 10", 10, None, 10, "less_than", None,
     "blessés"),
    ("La foule pourrait atteindre jusqu'à 500 personnes.", "jusqu'à 500", 500, None, 500, "up_to", None,
     "personnes"),
    ("Entre 10 et 15 civils ont été tués.", "Entre 10 et 15", None, 10, 15, "range", None, "civils"),
    ("Entre 2 et 3 millions de personnes ont fui.", "Entre 2 et 3 millions", None, 2_000_000, 3_000_000,
     "range", None, "personnes"),
    ("Il a vécu là-bas deux ou trois ans.", "deux ou trois ans", None, 2, 3, "range", "year", None),
    ("Le drame a fait neuf blessés.", "neuf", 9, None, None, None, None, "blessés"),
    ("Environ 4000 « gilets jaunes » ont manifesté.", "Environ 4000", 4000, None, None, "about", None,
     "gilets jaunes"),
    # text2num's gaps: *deux cents*, *vingt et un*, *quatre-vingt-dix*, *un* before a scale.
    ("Ils ont compté deux cents morts.", "deux cents", 200, None, None, None, None, "morts"),
    ("Vingt et un soldats ont été libérés.", "Vingt et un", 21, None, None, None, None, "soldats"),
    ("On dénombre quatre-vingt-dix victimes.", "quatre-vingt-dix", 90, None, None, None, None, "victimes"),
    ("Le fonds a reçu un million de dollars.", "un million de dollars", 1_000_000, None, None, None, "USD",
     None),
    ("L'enquête dure depuis plus d'un an.", "plus d'un an", 1, 1, None, "more_than", "year", None),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "approx", "unit", "counted"), FRENCH)
def test_quantities_french(nlp_fr, text, span, value, low, high, approx, unit, counted):
    q = _by_span(_run(nlp_fr, text, "fr"), span)
    assert (q.value, q.low, q.high, q.approx, q.unit, q.counted) == (value, low, high, approx, unit, counted)


ENGLISH = [
    ("The army destroyed 83 armored vehicles.", "83", 83, None, None, None, None, "armored vehicles"),
    ("Rebels seized more than 200 cars.", "more than 200", 200, 200, None, "more_than", None, "cars"),
    ("Nearly 1,200 fighters were killed.", "Nearly 1,200", 1200, None, None, "about", None, "fighters"),
    ("Turnout reached about 40% in the city.", "about 40%", 40, None, None, "about", "%", None),
    ("The agency pledged $2.5 million in aid.", "$2.5 million", 2_500_000, None, None, None, "USD", None),
    ("Dozens of people were arrested.", "Dozens", None, 24, None, "several", None, "people"),
    ("A dozen soldiers were wounded.", "A dozen", 12, None, None, "about", None, "soldiers"),
    ("Tens of thousands of refugees crossed.", "Tens of thousands", None, 20_000, None, "several", None,
     "refugees"),
    ("Several hundred troops were sent.", "Several hundred", None, 200, None, "several", None, "troops"),
    ("Between 2 and 3 million people fled.", "Between 2 and 3 million", None, 2_000_000, 3_000_000,
     "range", None, "people"),
    ("The town lies 150 miles from the border.", "150 miles", 150, None, None, None, "mi", None),
    ("One soldier was killed.", "One", 1, None, None, None, None, "soldier"),
    ("Twenty-one cars and two hundred and fifty homes burned.", "two hundred and fifty", 250, None, None,
     None, None, "homes"),
    ("Up to 500 fighters remain.", "Up to 500", 500, None, 500, "up_to", None, "fighters"),
    ("The talks lasted two weeks.", "two weeks", 2, None, None, None, "week", None),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "approx", "unit", "counted"), ENGLISH)
def test_quantities_english(nlp_en, text, span, value, low, high, approx, unit, counted):
    q = _by_span(_run(nlp_en, text, "en"), span)
    assert (q.value, q.low, q.high, q.approx, q.unit, q.counted) == (value, low, high, approx, unit, counted)


# Numbers that are not quantities: reference numbers, dates, years, times,
# ordinals, addresses, idioms, articles.
NOT_QUANTITIES = [
    ("fr", "Les avions Su-34 et Su-35 ont décollé.", ["34", "35"]),
    ("fr", "Les avions frappent les cibles 24 heures sur 24.", ["24", "24 heures"]),
    ("fr", "La réunion a eu lieu à 11 h 30 au ministère.", ["11", "30"]),
    ("fr", "Il est arrivé à 18 heures.", ["18 heures"]),
    ("fr", "Le 26 août, l'armée est entrée dans la ville.", ["26"]),
    ("fr", "La ville est assiégée depuis 2014.", ["2014"]),
    ("fr", "Le 1er mai, la 2e division a défilé.", ["1", "2"]),
    ("fr", "Selon l'article 49 de la Constitution, le texte passe.", ["49"]),
    ("fr", "Le siège est au 12 rue de la Paix.", ["12"]),
    ("fr", "Un chef de la milice a fui.", ["Un"]),
    ("fr", "L'arrêt du réacteur 1 a été décidé.", ["1"]),
    ("fr", "Il a été interviewé au « 20 Heures » de la chaîne.", ["20 Heures", "20"]),
    ("fr", "Le bâtiment neuf a été inauguré.", ["neuf"]),
    ("en", "The Su-34 jets flew 24 hours a day.", ["34", "24 hours", "24"]),
    ("en", "The meeting ended at 5 p.m. on Sept. 5, 2017.", ["5", "2017"]),
    ("en", "The siege has lasted since 2014.", ["2014"]),
    ("en", "He flew a Boeing 737 to the 21st summit.", ["737", "21"]),
    ("fr", "Les 3 et 4 septembre, la ville a été bombardée.", ["3", "4"]),
    ("en", "He tweeted at three o'clock in the morning.", ["three"]),
    ("en", "Clinton leads by 46 percent to 42 percent.", ["46 percent to 42 percent"]),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_QUANTITIES)
def test_quantities_skip_non_counts(nlp_fr, nlp_en, lang, text, absent):
    found = {q.span.text for q in _run(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert not found & set(absent), found


@pytest.mark.parametrize(("raw", "lang", "expected"), [
    ("1.417", "fr", 1417), ("1 417", "fr", 1417), ("1\u202f417", "fr", 1417), ("50'000", "fr", 50000),
    ("2,5", "fr", 2.5), ("1 234,5", "fr", 1234.5), ("1,200", "en", 1200), ("2.5", "en", 2.5),
    ("1,234,567", "en", 1234567), ("Su", "fr", None),
])
def test_quantities_parse_number(raw, lang, expected):
    assert parse_number(raw, lang) == expected


@given(st.integers(min_value=1000, max_value=999_999_999), st.sampled_from([".", " ", "\u202f", "'"]))
def test_quantities_parse_number_french_groups(n, sep):
    assert parse_number(f"{n:,}".replace(",", sep), "fr") == n


def test_quantities_spans_ids_and_attribution(nlp_fr):
    text = "Selon l'armée, près de 1.200 terroristes ont été éliminés. Au total, 83 véhicules ont brûlé."
    content = text.index("près")
    att = Attribution(id="a-1", source=Span.of(text, 6, 13), cue=Span.of(text, 0, 5),
                      content=Span.of(text, content, text.index("éliminés") + len("éliminés")))
    article = Article(id="art", text=text, lang="fr", attributions=(att,))
    result = quantities.apply(nlp_fr(text), article)
    assert [q.span.text for q in result.quantities] == ["près de 1.200", "83"]
    for q in result.quantities:
        assert text[q.span.start:q.span.end] == q.span.text
        assert q.id == stable_id("art", "quantity", q.span.start, q.span.end, prefix="q-")
    assert [q.attribution for q in result.quantities] == ["a-1", None]
    assert Quantity.from_dict(result.quantities[0].to_dict()) == result.quantities[0]


def test_quantities_seed_gold(nlp_fr, seed):
    article = Article(id=seed["id"], text=seed["text"], lang="fr", published="2017-09-07")
    found = extract_quantities(nlp_fr(article.text), article)
    by_counted = {(q.counted, q.value, q.approx) for q in found}
    assert ("raids", 1417, None) in by_counted
    assert ("frappes", 2687, None) in by_counted
    assert ("terroristes", 1200, "about") in by_counted
    assert ("véhicules blindés", 83, None) in by_counted
    assert ("membres", 8, None) in by_counted
    more = [q for q in found if q.counted and q.counted.startswith("voitures")]
    assert more and (more[0].low, more[0].approx) == (200, "more_than")
    spans = {q.span.text for q in found}
    assert not spans & {"34", "35", "24", "2014"}


# Approximations stated by a verb, currency ranges, an amount followed by a
# date: (lang, sentence, span, value, low, high, approx, unit) — sentences we wrote.
APPROXIMATIONS = [
    ("fr", "Le déficit dépasse les 3 millions d'euros.", "3 millions d'euros", 3_000_000, 3_000_000, None,
     "more_than", "EUR"),
    ("fr", "Le taux de chômage avoisine les 7 %.", "7 %", 7, None, None, "about", "%"),
    ("fr", "La fréquentation a frôlé la barre des 10 000 entrées.", "10 000", 10_000, None, None, "about", None),
    ("en", "The deficit topped $4 billion last year.", "$4 billion", 4_000_000_000, 4_000_000_000, None,
     "more_than", "USD"),
    ("en", "Attendance neared 5,000 on the final day.", "5,000", 5000, None, None, "about", None),
    ("en", "The project will cost between $2 million and $3 million.", "between $2 million and $3 million",
     None, 2_000_000, 3_000_000, "range", "USD"),
    ("en", "Tickets cost $15 to $25 at the door.", "$15 to $25", None, 15, 25, "range", "USD"),
    ("en", "The city spent $400 last week on repairs.", "$400", 400, None, None, None, "USD"),
    ("fr", "Le prix du ticket passe de 1,50 à 1,80 euro.", "1,80 euro", 1.8, None, None, None, "EUR"),
    # a verb that spans values introduces a range, not a change
    ("en", "Fares range from $3 to $7 depending on distance.", "from $3 to $7", None, 3, 7, "range", "USD"),
    ("fr", "Les loyers varient de 400 à 700 euros.", "de 400 à 700 euros", None, 400, 700, "range", "EUR"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "low", "high", "approx", "unit"), APPROXIMATIONS)
def test_quantities_approximations(nlp_fr, nlp_en, lang, text, span, value, low, high, approx, unit):
    q = _by_span(_run(nlp_fr if lang == "fr" else nlp_en, text, lang), span)
    assert (q.value, q.low, q.high, q.approx, q.unit) == (value, low, high, approx, unit)


def test_quantities_top_as_adjective_is_no_cue(nlp_en):
    q = _by_span(_run(nlp_en, "The top 10 schools all improved.", "en"), "10")
    assert q.approx is None


@pytest.mark.parametrize("text", [
    "Des centaines de manifestants et une dizaine de blessés.",
    "DES MILLIERS DE PERSONNES, UNE VINGTAINE DE CARS.",
    "Une dızaine de blessés, des centaines de témoins.",  # dotless i: the word test is skipped
    "Aucun nombre vague ici.",
])
def test_vague_word_test_skips_no_match(text):
    import dataclasses

    from selon.extract import quantities

    lex = quantities._lexicon("fr")
    everything = dataclasses.replace(lex, vague_words=("",))  # "" is in every text: no skip
    assert quantities._vague_atoms(text, lex) == quantities._vague_atoms(text, everything)
    assert bool(quantities._vague_atoms(text, lex)) == ("Aucun" not in text)
