"""Stories: same event across languages, same-topic events apart, incremental linking, records."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from selon.linking import anchors, bcubed, build_story, cluster, link_stories
from selon.linking.stories import DATE_CONFLICT, SEQUEL_CONFLICT, _conflict, _skeleton, month_day
from selon.model import Article, DateRef, Entity, Place, Quantity, Source, Span
from selon.store import connect, get_story, list_stories, save_article, story_of


def _art(id: str, text: str, *, place: tuple[str, int] | None = None, names: tuple[str, ...] = (),
         numbers: tuple[tuple[str, float, str], ...] = (), day: str | None = None,
         url: str | None = None, published: str | None = None) -> Article:
    def span(part: str) -> Span:
        i = text.index(part)
        return Span.of(text, i, i + len(part))

    return Article(
        id=id, text=text, url=url, published=published, title=text.split(".")[0],
        places=(Place(id="p", span=span(place[0]), name=place[0], geonames_id=place[1],
                      precision="city"),) if place else (),
        entities=tuple(Entity(id=f"e{i}", name=n, type="organisation", mentions=(span(n),))
                       for i, n in enumerate(names)),
        quantities=tuple(Quantity(id=f"q{i}", span=span(t), value=v, counted=c)
                         for i, (t, v, c) in enumerate(numbers)),
        dates=(DateRef(id="d", span=span(day), value=None, granularity="day"),) if day else (),
        sources=tuple(Source(id=f"s{i}", name=n, type="monitor_ngo") for i, n in enumerate(names)),
    )


# An event reported in French and English, and a same-topic event in the same
# city a few weeks later (written for these tests).
HOSP_FR = _art("h-fr", "Une frappe a détruit un hôpital de Homs le 3 mai. Selon MSF, 14 morts.",
               place=("Homs", 169577), names=("MSF",), numbers=(("14 morts", 14, "morts"),),
               day="3 mai", url="https://www.journal.example/a")
HOSP_EN = _art("h-en", "A strike destroyed a Homs hospital on May 3. MSF said 20 people died.",
               place=("Homs", 169577), names=("MSF",), numbers=(("20 people", 20, "people"),),
               day="May 3", url="https://wire.example/b", published="2016-05-04")
MARKET = _art("m-fr", "Une frappe a touché un marché de Homs le 21 mai. Selon MSF, 31 morts.",
              place=("Homs", 169577), names=("MSF",), numbers=(("31 morts", 31, "morts"),),
              day="21 mai")
QUAKE = _art("q-en", "An earthquake hit Norcia. Officials said 24 people died.",
             place=("Norcia", 3172208), numbers=(("24 people", 24, "people"),))


@pytest.mark.parametrize(("text", "expected"), [
    ("le 3 mai", "05-03"), ("May 21st", "05-21"), ("1er janvier 2017", "01-01"),
    ("Sept. 11", "09-11"), ("mardi", None), ("en 2016", None), ("le 45 mai", None),
])
def test_stories_month_day(text: str, expected: str | None) -> None:
    assert month_day(text) == expected


def test_stories_anchors_are_language_independent() -> None:
    fr, en = anchors(HOSP_FR), anchors(HOSP_EN)
    assert {"P:169577", "E:msf", "D:05-03"} <= fr.keys() & en.keys()


def test_stories_same_event_together_same_topic_apart() -> None:
    pred = cluster([(a.id, anchors(a)) for a in (HOSP_FR, MARKET, QUAKE, HOSP_EN)])
    assert pred["h-fr"] == pred["h-en"]
    assert len({pred["h-fr"], pred["m-fr"], pred["q-en"]}) == 3


def test_stories_bcubed() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0, 1.0)
    p, r, f = bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert (round(p, 3), r) == (0.556, 1.0)


def test_stories_record_first_outlets_and_disagreements() -> None:
    story = build_story("st-1", [HOSP_FR, HOSP_EN])
    # The dated article is first; undated ones follow in ingest order.
    assert story.articles == ("h-en", "h-fr") and story.first == "h-en"
    assert story.outlets == ("journal.example", "wire.example")
    assert {c["cites"] for c in story.citations} == {"MSF"}


def test_stories_incremental_over_the_store(tmp_path: Path) -> None:
    db: sqlite3.Connection = connect(tmp_path / "s.sqlite")
    for art in (HOSP_FR, MARKET):
        save_article(db, art)
    assert link_stories(db)["new"] == 2
    first = story_of(db, "h-fr")
    assert first is not None and first.articles == ("h-fr",)
    save_article(db, HOSP_EN)
    counts = link_stories(db)
    assert counts["new"] == 1 and counts["stories_touched"] == 1
    grown = get_story(db, first.id)
    assert grown is not None and set(grown.articles) == {"h-fr", "h-en"}
    assert [s.id for s in list_stories(db, min_articles=2)] == [first.id]
    # Nothing new: nothing changes.
    assert link_stories(db)["new"] == 0
    assert get_story(db, first.id) == grown


# Two bombings in one city a few days apart (written for these tests): the first
# two reports name no day and read as one story; later reports with the day,
# the toll and the target show they are two happenings.
KABUL = 1138958
MOSQUE_FR = _art("k-mosquee", "Explosion à Kaboul : la mosquée Abdul Rahman visée pendant la prière, "
                 "30 morts selon la police.", place=("Kaboul", KABUL), names=("police", "Abdul Rahman"),
                 numbers=(("30 morts", 30, "morts"),))
MARKET_EN = _art("k-market", "Kabul explosion: a blast ripped through the Mandawi market, 12 dead, "
                 "police said.", place=("Kabul", KABUL), names=("police", "Mandawi"),
                 numbers=(("12 dead", 12, "dead"),))
MARKET_EN2 = _art("k-market2", "Kabul blast: traders at the Mandawi market count 12 dead, police "
                  "said.", place=("Kabul", KABUL), names=("police", "Mandawi"),
                  numbers=(("12 dead", 12, "dead"),))
MOSQUE_EN = _art("k-mosque", "Kabul: the Abdul Rahman mosque bombing on June 9 killed 30 worshippers "
                 "during prayers, police said.", place=("Kabul", KABUL),
                 names=("police", "Abdul Rahman"), numbers=(("30 worshippers", 30, "worshippers"),),
                 day="June 9")
MARKET_FR = _art("k-marche", "Kaboul : l'explosion du marché Mandawi le 4 juin a fait 12 morts, "
                 "selon la police.", place=("Kaboul", KABUL), names=("police", "Mandawi"),
                 numbers=(("12 morts", 12, "morts"),), day="4 juin")


def _c(name: str) -> str:
    """The ``C:`` anchor of a capitalised name (long names by their consonants)."""
    return f"C:{_skeleton(name)}"


def _sigs(*arts: Article) -> list[tuple[str, Counter[str]]]:
    return [(a.id, anchors(a)) for a in arts]


def test_stories_new_articles_split_a_story() -> None:
    first = cluster(_sigs(MOSQUE_FR, MARKET_EN))
    assert first["k-mosquee"] == first["k-market"]  # nothing tells them apart yet
    both = _sigs(MOSQUE_FR, MARKET_EN, MOSQUE_EN, MARKET_FR)
    # Extending only, the mosque report joins the mixed story:
    extended = cluster(both, first, split=False)
    assert extended["k-mosque"] == first["k-mosquee"] != extended["k-marche"]
    # The story re-clustered: mosque with mosque, market with market, across languages.
    pred = cluster(both, first)
    assert pred["k-mosquee"] == pred["k-mosque"] != pred["k-market"] == pred["k-marche"]
    # Tied on the old members; the mosque part also holds the report that joined it.
    assert pred["k-mosquee"] == first["k-mosquee"]
    assert pred["k-market"] == extended["k-marche"]  # the market joined the new report's story
    # The same four in one run give the same partition.
    assert _partition(cluster(both)) == _partition(pred)


def _partition(pred: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, sid in pred.items():
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_stories_split_larger_part_keeps_the_id() -> None:
    first = cluster(_sigs(MOSQUE_FR, MARKET_EN, MARKET_EN2))
    sid = first["k-mosquee"]
    assert set(first.values()) == {sid}
    pred = cluster(_sigs(MOSQUE_FR, MARKET_EN, MARKET_EN2, MOSQUE_EN, MARKET_FR), first)
    # The market part holds two of the three old members: it keeps the id; the
    # mosque part gets a new one (not the old id, though its first article founded it).
    assert pred["k-market"] == pred["k-market2"] == pred["k-marche"] == sid
    assert pred["k-mosquee"] == pred["k-mosque"] != sid


def test_stories_untouched_stories_are_not_reclustered() -> None:
    first = cluster(_sigs(MOSQUE_FR, MARKET_EN, QUAKE))
    # A new article on another event touches neither the Kabul story nor the quake's
    # neighbours: the mixed Kabul story stays as it was.
    pred = cluster(_sigs(MOSQUE_FR, MARKET_EN, QUAKE, HOSP_FR), first)
    assert {k: pred[k] for k in first} == first


def test_stories_split_over_the_store(tmp_path: Path) -> None:
    db: sqlite3.Connection = connect(tmp_path / "k.sqlite")
    for art in (MOSQUE_FR, MARKET_EN, MARKET_EN2):
        save_article(db, art)
    link_stories(db)
    mixed = story_of(db, "k-mosquee")
    assert mixed is not None and len(mixed.articles) == 3
    for art in (MOSQUE_EN, MARKET_FR):
        save_article(db, art)
    counts = link_stories(db)
    assert counts["new"] == 2 and counts["stories_split"] == 1 and counts["stories"] == 2
    market, mosque = story_of(db, "k-marche"), story_of(db, "k-mosque")
    assert market is not None and mosque is not None
    assert market.id == mixed.id and set(market.articles) == {"k-market", "k-market2", "k-marche"}
    assert set(mosque.articles) == {"k-mosquee", "k-mosque"}
    # The stored records and memberships agree; no story is left empty.
    assert {s.id for s in list_stories(db)} == {market.id, mosque.id}
    assert get_story(db, market.id) == market
    assert link_stories(db)["stories_split"] == 0


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ("D:05-03", "D:05-21", True),   # two bombings three weeks apart
    ("D:09-08", "D:09-09", False),  # a night quake: the 8th here, the 9th there
    ("D:12-31", "D:01-01", False),
    ("D:05-03", "N:14", False),     # no day on one side: nothing to compare
])
def test_stories_days_conflict_only_beyond_a_day(a: str, b: str, conflict: bool) -> None:
    assert (_conflict({a: 1.0}, {b: 1.0}) == DATE_CONFLICT) is conflict


def test_stories_weekdays_of_the_lead_keep_two_attacks_apart() -> None:
    """Reports that name no day still name a weekday: Wednesday's attack and Saturday night's
    in one city are two happenings; a next-day report (*dans la nuit de samedi à dimanche*) is one."""
    wed = anchors(Article(id="w", text="A car ploughed into a crowd in Lisbon on Wednesday. Two died."))
    sat = anchors(Article(id="s", text="Un camion a foncé samedi soir sur la foule à Lisbonne. Trois morts."))
    sun = anchors(Article(id="n", text="Trois morts dans la nuit de samedi à dimanche à Lisbonne."))
    assert {k for k in wed if k[0] == "K"} == {"K:2"} and {k for k in sat if k[0] == "K"} == {"K:5"}
    assert _conflict({"K:2": 1.0}, {"K:5": 1.0}) == DATE_CONFLICT
    assert _conflict({"K:5": 1.0}, {"K:5": 1.0, "K:6": 1.0}) == 1.0
    assert _conflict({"K:6": 1.0}, {"K:0": 1.0}) == 1.0  # Sunday night, Monday's report
    # A weekday in a sentence that recalls another happening gives nothing.
    recall = anchors(Article(id="r", text="A car hit a crowd in Lisbon. It recalls the attack of last Monday."))
    assert not any(k[0] == "K" for k in recall)


@pytest.mark.parametrize(("text", "weekdays"), [
    ("A warehouse blew up in Gdynia late Wednesday. The toll rose to 80, officials said Sunday.", {"K:2"}),
    ("At a press conference on Friday, officials said 40 firemen were missing in Gdynia.", set()),
    ("Le bilan de l'explosion de Gdynia s'élève à 80 morts, a annoncé samedi le maire.", set()),
    ("Officials said Monday's blast in Gdynia killed 80.", {"K:0"}),  # the blast's own day
])
def test_stories_the_day_a_toll_was_given_is_no_weekday_anchor(text: str, weekdays: set[str]) -> None:
    """A weekday right after a reporting word dates the statement, not the happening."""
    assert {k for k in anchors(Article(id="g", text=text)) if k[0] == "K"} == weekdays


def test_stories_demonyms_and_country_names_meet_across_languages() -> None:
    """*Swedish fans*, *supporters suédois* and a place resolved to Sweden give one country anchor;
    a country is still no place anchor (a topic, not where it happened)."""
    en = anchors(Article(id="en", lang="en", text="Two Swedish fans were shot dead in Lyon."))
    fr = anchors(Article(id="fr", lang="fr", text="Deux supporters suédois ont été tués à Lyon."))
    text = "La Suède en deuil après la fusillade de Lyon."
    place = Place(id="p", span=Span.of(text, 3, 8), name="Suède", geonames_id=2661886, country="SE",
                  feature="country", precision="country")
    named = anchors(Article(id="n", lang="fr", text=text, places=(place,)))
    assert "G:SE" in en and "G:SE" in fr and "G:SE" in named and "P:2661886" not in named
    recalled = anchors(Article(id="r", lang="en", text="A gunman fled in Lyon. It recalls the attack "
                                                        "on Danish fans."))
    assert "G:DK" not in recalled  # nor in a sentence that recalls another happening


def test_stories_two_quakes_of_other_magnitudes_conflict() -> None:
    """The lead's magnitude (*a 7.1-magnitude quake*, *de magnitude 7,2*) is an anchor; two quakes
    whose magnitudes are all more than 0.45 apart are two happenings, a first estimate is not."""
    first = anchors(Article(id="a", text="A 7.1-magnitude quake shook Tarbes before dawn."))
    fr = anchors(Article(id="b", text="Un séisme de magnitude 7,4 a secoué Tarbes avant l'aube."))
    later = anchors(Article(id="c", text="A magnitude-6.3 tremor hit Tarbes at lunchtime."))
    recall = anchors(Article(id="d", text="A quake hit Tarbes. It recalls the magnitude 7.1 quake of last year."))
    assert "M:7.1" in first and "M:7.4" in fr and "M:6.3" in later and not any(k[0] == "M" for k in recall)
    assert _conflict({"M:7.1": 1.0}, {"M:7.4": 1.0}) == 1.0
    assert _conflict({"M:7.1": 1.0}, {"M:6.3": 1.0}) == DATE_CONFLICT


@pytest.mark.parametrize(("text", "magnitude"), [
    ("A 6.2 earthquake shook Tarbes before dawn.", "M:6.2"),
    ("A 5.8–magnitude tremor hit Tarbes at lunchtime.", "M:5.8"),
    ("A 6.7 Mw magnitude quake hit Tarbes.", "M:6.7"),
    ("Tarbes was hit by a 6 Richter scale magnitude quake on Sunday.", "M:6.0"),
    ("Tarbes a été secouée par un séisme de 5,9 sur l'échelle de Richter.", "M:5.9"),
    ("Three earthquakes shook Tarbes this year; 3 quakes hit in May.", None),  # counts, no magnitude
    ("The quake, which measured 6.1 according to seismologists, hit Tarbes.", "M:6.1"),
    ("The flood at Tarbes measured 2.5 m on Sunday.", None),  # a height, no magnitude
])
def test_stories_magnitude_forms_of_the_lead(text: str, magnitude: str | None) -> None:
    found = {k for k in anchors(Article(id="m", text=text)) if k[0] == "M"}
    assert found == ({magnitude} if magnitude else set())


def test_stories_two_office_ordinals_are_two_elections() -> None:
    """*The 45th president* and *le 47e président* name two terms of one office: two elections."""
    a = anchors(Article(id="a", text="Lina Ortiz will be the 45th president of Norland after Tuesday's vote."))
    b = anchors(Article(id="b", text="Lina Ortiz devient la 47e présidente du Norland après le scrutin."))
    c = anchors(Article(id="c", text="Lina Ortiz, elected on Tuesday, will be Norland's 47th president."))
    assert "O:45" in a and "O:47" in b and "O:47" in c
    assert _conflict(a, b, sequel=False) == DATE_CONFLICT and _conflict(b, c, sequel=False) == 1.0
    recalled = anchors(Article(id="d", text="Lina Ortiz won on Tuesday. It recalls the vote that made "
                                             "Paul Brun the 44th president."))
    assert not any(k[0] == "O" for k in recalled)


def test_stories_a_minutes_later_blast_is_no_sequel_and_a_weeks_away_lead_in_recalls() -> None:
    """*Cinq minutes plus tard, nouvel attentat* is the same series (no sequel anchor); *À deux
    semaines des attentats du 3 mai, …* recalls the earlier happening up to its comma."""
    series = anchors(Article(id="a", text="Une bombe explose dans le métro de Lille. Cinq minutes plus "
                                          "tard, nouvel attentat, cette fois dans un bus."))
    sequel = anchors(Article(id="b", text="Lille frappée par un nouvel attentat dans un bus."))
    assert "S:1" not in series and "S:1" in sequel
    lead_in = anchors(Article(id="c", text="À seulement deux semaines des attentats du 3 mai, le métro de "
                                           "Lille a été de nouveau visé par des bombes."))
    assert "D:05-03" not in lead_in and "C:lille" in lead_in


def test_stories_two_named_storms_conflict() -> None:
    """The storm named in the lead (*Hurricane Lorna*, *l'ouragan Lorna*) is an anchor; two storms of
    other names are two happenings (they cross the same islands, a week or two apart)."""
    en = anchors(Article(id="a", text="Hurricane Lorna tore roofs off in Tortola on Wednesday."))
    fr = anchors(Article(id="b", text="L'ouragan Lorna a arraché les toits à Tortola mercredi."))
    other = anchors(Article(id="c", text="Hurricane Mabel flooded Tortola, the National Hurricane Center said."))
    assert "H:lorna" in en and "H:lorna" in fr and {k for k in other if k[0] == "H"} == {"H:mabel"}
    assert _conflict({"H:lorna": 1.0}, {"H:lorna": 1.0}) == 1.0
    assert _conflict({"H:lorna": 1.0}, {"H:mabel": 1.0}) == DATE_CONFLICT


def test_stories_a_named_day_outranks_the_weekdays() -> None:
    """With a day named, its weekday (known from the article's own year) is the one compared;
    the weekday a new toll was given (*vendredi*) is not."""
    text = "Le séisme du 24 août 2031 a fait 90 morts, selon un bilan donné vendredi."
    i = text.index("24 août 2031")
    art = Article(id="d", text=text, dates=(DateRef(id="d", span=Span.of(text, i, i + 12),
                                                     value="2031-08-24", granularity="day"),))
    feats = anchors(art)
    assert "D:08-24" in feats and {k for k in feats if k[0] == "K"} == {"K:6"}  # a Sunday
    no_year = anchors(Article(id="e", text="Le séisme du 24 août a fait 90 morts, bilan donné vendredi.",
                              dates=art.dates))
    assert not any(k[0] == "K" for k in no_year)
    # Days decide when both sides name one, whatever the weekdays.
    assert _conflict({"D:08-24": 1.0, "K:6": 1.0}, {"D:08-25": 1.0, "K:2": 1.0}) == 1.0


def test_stories_names_inside_sentences_are_anchors_in_both_languages() -> None:
    fr = Article(id="c-fr", text="Le feu a ravagé lundi la cathédrale Notre-Dame, selon Gabriel Plus.")
    en = Article(id="c-en", text="Fire ravaged Notre Dame on Monday, Gabriel Plus said.")
    shared = {k for k in anchors(fr).keys() & anchors(en).keys() if k.startswith("C:")}
    # "Fire" opens its sentence: not a name; English weekdays are no names.
    # A run of names is also kept joined: Notre-Dame = Notre Dame.
    assert shared == {_c(n) for n in ("notre", "dame", "notredame", "gabriel", "plus", "gabrielplus")}
    assert "C:fire" not in anchors(en) and "C:monday" not in anchors(en)


def test_stories_title_case_headline_names_no_one() -> None:
    art = Article(id="h", text="Strong Quake Shakes Coastal Towns Overnight\nA quake shook Bastia at night.")
    assert {k for k in anchors(art) if k.startswith("C:")} == {"C:bastia"}


# Written for these tests: an article whose last sentences recall an earlier,
# similar happening (the same kind of accident, an attack in the same city).
RECALLS = [
    ("Un car s'est renversé mardi près de Gap, faisant 12 blessés. C'est le même modèle que le car "
     "accidenté à Millau, qui avait fait 30 blessés.", "30", "millau"),
    ("A ferry sank off Rhodes on Tuesday, killing 9. The same operator lost a boat off Kos two "
     "years ago.", "", "kos"),
    ("Une attaque au couteau a fait deux morts jeudi à Lunel. En 2015, la ville avait été visée "
     "par un attentat qui avait fait 45 morts près de la gare Saint-Lazare.", "45", "saint-lazare"),
    ("Fire broke out at the Ostrava plant on 3 May 2021, the operator said. A blast at the Vigo "
     "site in 2019 killed 7.", "7", "vigo"),
    ("Un bus a percuté la foule samedi à Lorient (4 morts). Le drame rappelle celui de Vannes. Un "
     "chauffeur y avait foncé sur un marché, faisant 11 morts.", "11", "vannes"),
    ("Three climbers died on Mont Blanc on March 3. It was the second accident on the mountain in "
     "a month, after a fall near Chamonix in February.", "", "chamonix"),
    ("A quake hit Tarbes on Tuesday, the strongest in the region since 1967. A quake near Lourdes "
     "that year killed 14 people.", "14", "lourdes"),
]


@pytest.mark.parametrize(("text", "number", "name"), RECALLS)
def test_stories_recalled_happenings_give_no_anchors(text: str, number: str, name: str) -> None:
    first = text.split(". ")[0]
    art = Article(id="r", text=text, quantities=(
        (Quantity(id="q", span=Span.of(text, text.rindex(number), text.rindex(number) + len(number)),
                  value=float(number)),) if number else ()))
    feats = anchors(art)
    assert _c(name) not in feats and f"N:{number}" not in feats
    # The article's own sentence keeps its names.
    own = [w for w in first.split()[1:] if w[0].isupper() and w.strip(",.") not in ("Tuesday", "March", "May")]
    assert own and all(_c(w.strip(",.").lower()) in feats for w in own)


@pytest.mark.parametrize("text", [
    "Two weeks after the flood that hit Tula, a storm struck Zima on Tuesday.",
    "Trois semaines à peine après la crue qui a frappé Tula, une tempête a touché Zima mardi.",
])
def test_stories_a_time_lead_in_recalls_only_its_clause(text: str) -> None:
    feats = anchors(Article(id="t", text=text))
    assert "C:tula" not in feats and "C:zima" in feats and "K:1" in feats
    # Without the comma the whole sentence is a recall, as before.
    whole = anchors(Article(id="u", text=text.replace(",", "")))
    assert "C:tula" not in whole and "C:zima" not in whole


def test_stories_own_year_and_year_conflict() -> None:
    a = anchors(Article(id="a", text="Le maire sortant a été réélu dimanche 19 mars 2028 à Brest."))
    b = anchors(Article(id="b", text="Brest, 2034 : le maire sortant a été réélu dimanche avec 61 %."))
    # The year is the article's own only outside a recall: a reference to 2028 gives none.
    c = anchors(Article(id="c", text="Le maire de Brest a été réélu. Il avait déjà gagné en 2028."))
    assert "Y:2028" in a and "Y:2034" in b and not any(k.startswith("Y:") for k in c)
    assert _conflict({"Y:2028": 1.0}, {"Y:2034": 1.0}) == DATE_CONFLICT
    assert _conflict({"Y:2028": 1.0}, {"Y:2028": 1.0, "Y:2034": 1.0}) == 1.0


def test_stories_a_full_date_told_in_the_pluperfect_is_not_the_articles_year() -> None:
    """A report that names no year of its own, then a full date in the pluperfect (an earlier
    happening): that year is not the article's (it would conflict with the reports that say 2031)."""
    fr = anchors(Article(id="fr", text="Un séisme a secoué Tarbes samedi matin. Le 3 mars 2024, un "
                                       "séisme de magnitude 6 avait ravagé la ville."))
    en = anchors(Article(id="en", text="A quake shook Tarbes on Saturday. On March 3, 2024, a "
                                       "quake had flattened the old town."))
    said = anchors(Article(id="s", text="A quake shook Tarbes. Officials said on Saturday, March 9, "
                                        "2031, that nine people had died."))
    assert not any(k.startswith("Y:") for k in fr) and not any(k.startswith("Y:") for k in en)
    assert "Y:2031" in said  # backshifted reported speech still reports


def test_stories_a_year_in_a_name_is_not_the_articles_year() -> None:
    """*Euro 2032* names a tournament: the report of a shooting before it keeps its own year
    and its sentence (a year that is not the article's would mark a recall)."""
    a = anchors(Article(id="a", text="Two fans were shot dead in Lyon on Monday, March 4, 2030, "
                                     "an hour before a Euro 2032 qualifier. The gunman fled."))
    b = anchors(Article(id="b", text="Deux supporters tués à Lyon. Le tireur a tiré avant le match "
                                     "de qualification pour l'Euro 2032 et a fui en scooter."))
    c = anchors(Article(id="c", text="In 2031, a fire destroyed the Lyon opera. Depuis 2029, rien."))
    assert "Y:2030" in a and "Y:2032" not in a
    text = "Two fans died before the Euro 2032 qualifier; 4032 people fled."
    q = Article(id="q", text=text, quantities=tuple(
        Quantity(id=f"q{v}", span=Span.of(text, text.index(str(v)), text.index(str(v)) + 4), value=v)
        for v in (2032, 4032)))
    assert "N:2032" not in anchors(q) and "N:4032" in anchors(q)  # the year of a name is no count
    assert not any(k.startswith("Y:") for k in b) and "C:euro" in b  # the sentence is kept
    assert "Y:2031" in c


def test_stories_recall_keeps_two_similar_accidents_apart() -> None:
    """The second accident's reports recall the first (its place, toll, month): still two stories."""
    def art(id: str, text: str, places: tuple[tuple[str, int], ...]) -> Article:
        return Article(id=id, text=text, places=tuple(
            Place(id=f"p{i}", span=Span.of(text, text.index(n), text.index(n) + len(n)), name=n,
                  geonames_id=g, precision="city") for i, (n, g) in enumerate(places)))

    first = [art("a1", "A Skyline 400 airliner crashed into the sea off Palermo on October 9, killing "
                 "all 71 on board. Rescuers found debris near Palermo.", (("Palermo", 2523920),)),
             art("a2", "Un Skyline 400 s'est abîmé en mer au large de Palerme le 9 octobre : les 71 "
                 "occupants sont morts, selon la compagnie Aerolinea.", (("Palerme", 2523920),))]
    second = [art("b1", "A Skyline 400 crashed after take-off from Tromso on March 2, killing 50. It "
                  "was the same model as the jet that crashed off Palermo in October.",
                  (("Tromso", 3133880), ("Palermo", 2523920))),
              art("b2", "Un Skyline 400 s'est écrasé au décollage à Tromso le 2 mars (50 morts). Le "
                  "même modèle que l'appareil tombé au large de Palerme en octobre.",
                  (("Tromso", 3133880), ("Palerme", 2523920)))]
    pred = cluster([(a.id, anchors(a)) for a in first + second])
    assert pred["a1"] == pred["a2"] and pred["b1"] == pred["b2"] and pred["a1"] != pred["b1"]


def test_stories_acronym_of_a_long_name() -> None:
    def art(id: str, text: str, name: str) -> Article:
        i = text.index(name)
        return Article(id=id, text=text, entities=(
            Entity(id="e", name=name, type="organisation", mentions=(Span.of(text, i, i + len(name)),)),))

    fr = art("fr", "La Caisse nationale des retraites agricoles a suspendu ses paiements.",
             "Caisse nationale des retraites agricoles")
    en = art("en", "Payments were suspended by the CNRA on Friday.", "CNRA")
    assert "E:cnra" in anchors(fr).keys() & anchors(en).keys()


def test_stories_words_compare_within_one_language() -> None:
    from selon.linking.stories import _pair, _weigh

    fr = Counter({"P:1": 1, "E:msf": 1, "W:frappe": 1, "W:hopital": 1, "L:fr": 1})
    en = Counter({"P:1": 1, "E:msf": 1, "W:strike": 1, "W:hospital": 1, "L:en": 1})
    fr2 = Counter({"P:2": 1, "W:frappe": 1, "W:hopital": 1, "L:fr": 1})
    df = Counter(k for f in (fr, en, fr2) for k in f)
    vec = {n: (_weigh(f, df, 3, False), _weigh(f, df, 3, True)) for n, f in
           (("fr", fr), ("en", en), ("fr2", fr2))}
    # Across languages the anchors alone decide (the words cannot match);
    # within one, the words count (shared topic words, no shared anchor).
    assert _pair(vec["fr"], vec["en"], 0.6) == pytest.approx(1.0)
    assert _pair(vec["fr"], vec["fr2"], 0.6) == pytest.approx(0.4)


@pytest.mark.parametrize(("text", "kept", "recalled"), [
    # (written for these tests) the report comes first, the recall follows a comma
    ("Un séisme de magnitude 6,1 a frappé mardi la ville de Tessaly, déjà touchée par une crue qui "
     "avait fait 12 morts.", ("C:tessaly", "K:1"), ("N:12",)),
    ("A 6.1 quake struck Tessaly on Tuesday, less than three weeks after floods killed 12 people in "
     "Corvo.", ("C:tessaly", "K:1"), ("N:12", "C:corvo")),
    # a fronted date goes with the recall after it: nothing of this sentence is kept
    ("Fire swept through a Tessaly warehouse on Friday. On July 14, 2016, the town had already been "
     "hit by floods that killed 12 people.", ("C:tessaly", "K:4"), ("N:12", "D:07-14", "Y:2016")),
    # *two weeks since X,* is a lead-in like *two weeks after X,*
    ("Barely two weeks since the flood that killed 12 in Corvo, a fire swept through Tessaly on "
     "Friday.", ("C:tessaly", "K:4"), ("N:12", "C:corvo")),
])
def test_stories_a_recalling_clause_after_the_report(text: str, kept: tuple[str, ...],
                                                     recalled: tuple[str, ...]) -> None:
    i = text.index("12")
    day = "July 14, 2016" if "July 14" in text else None
    art = Article(id="c", text=text, quantities=(
        Quantity(id="q", span=Span.of(text, i, i + 2), value=12.0),), dates=(
        (DateRef(id="d", span=Span.of(text, text.index(day), text.index(day) + len(day)),
                 value=None, granularity="day"),) if day else ()))
    feats = anchors(art)
    assert all(_c(k[2:]) in feats if k[0] == "C" else k in feats for k in kept)
    assert not any((_c(k[2:]) if k[0] == "C" else k) in feats for k in recalled)


# An election and the re-election four years later (written for these tests):
# same places, same winner, same weekday; the re-election's leads say so.
ELECTIONS = [
    ("e1", "Maria Lund elected president of Norland. Maria Lund won the vote on Sunday, carrying "
           "Oster and Vest against Per Ask. Per Ask conceded in Havnby; the Green Union lost Sundal."),
    ("e2", "Maria Lund élue présidente du Norland. Maria Lund a remporté le scrutin dimanche, "
           "gagnant Oster et Vest face à Per Ask. Per Ask a reconnu sa défaite à Havnby."),
    ("r1", "Maria Lund re-elected in Norland. Maria Lund won a second term on Sunday, carrying "
           "Oster and Vest against Ola Berg. Ola Berg spoke in Kirkeby; the Farmers League kept Nordal."),
    ("r2", "Norland : Maria Lund réélue. Maria Lund a remporté dimanche le scrutin, gagnant Oster "
           "et Vest face à Ola Berg. Ola Berg s'est exprimé à Kirkeby."),
]


def test_stories_a_sequel_lead_keeps_the_election_and_the_re_election_apart() -> None:
    sigs = [(i, anchors(Article(id=i, text=t))) for i, t in ELECTIONS]
    assert [("S:1" in f) for _, f in sigs] == [False, False, True, True]
    pred = cluster(sigs)
    assert pred["e1"] == pred["e2"] and pred["r1"] == pred["r2"] and pred["e1"] != pred["r1"]
    # Without the sequel words the two elections are one story.
    plain = [(i, Counter({k: v for k, v in f.items() if k != "S:1"})) for i, f in sigs]
    assert len(set(cluster(plain).values())) == 1
    assert _conflict({"S:1": 1.0}, {"P:1": 1.0}) == SEQUEL_CONFLICT


@pytest.mark.parametrize(("text", "sequel"), [
    ("A new earthquake hit Tessaly on Tuesday.", True),
    ("Nouveau séisme au Norland : 12 morts.", True),
    ("Le Norland de nouveau frappé par un séisme.", True),
    ("It was the second deadliest quake in Tessaly.", False),
    ("A quake hit Tessaly. Rescuers searched all night. A second explosion shook the plant at dawn.",
     False),  # beyond the lead
    ("A quake hit Tessaly on Tuesday. Officials gave a new toll of 12.", False),
    ("The senator launched a new round of attacks on the mayor of Tessaly.", False),
    ("Not just another feud. Attacks on the mayor of Tessaly grew on Monday.", False),
    ("The mayor of Tessaly opened the bridge on Monday. He had already won a second term.", False),
    ("Lina Ortiz remporte un deuxième mandat à la tête du Norland.", True),
    ("Paul Brun fait son retour à la Maison-Blanche après quatre ans d'absence.", True),
    ("Paul Brun returned to power in Norland on Sunday, an extraordinary comeback.", True),
    ("Lina Ortiz won Norland's election on Sunday after a long count.", False),
])
def test_stories_sequel_words_of_the_lead(text: str, sequel: bool) -> None:
    assert ("S:1" in anchors(Article(id="s", text=text))) is sequel


def test_stories_a_mixed_story_compares_by_most_of_its_leads() -> None:
    from selon.linking.stories import _Centroid

    story = _Centroid()
    for feats in ({"P:1": 1.0}, {"P:1": 1.0, "E:x": 1.0}, {"P:1": 1.0, "S:1": 0.2}):
        story.add(feats, {})
    assert story.sequel() is False  # one lead of three says "again"
    plain = story.sim({"P:1": 1.0}, {}, 0.6)
    assert story.sim({"P:1": 0.9, "S:1": 0.1}, {}, 0.6) < plain * (SEQUEL_CONFLICT + 0.05)
    story.add({"P:1": 1.0, "S:1": 0.2}, {})
    assert story.sequel() is None  # half and half: no conflict either way


def test_stories_only_days_of_the_lead_are_anchors() -> None:
    # (written for these tests) the happening's day in the lead, a detail's day far below
    lead = "A lorry drove into a crowd in Tessaly on 14 May, killing 12 people, police said."
    filler = " Investigators searched the driver's flat and questioned his relatives." * 8
    text = f"{lead}{filler} The lorry had been hired on 11 May."

    def day(part: str) -> DateRef:
        i = text.index(part)
        return DateRef(id=part, span=Span.of(text, i, i + len(part)), value=None, granularity="day")

    feats = anchors(Article(id="d", text=text, dates=(day("14 May"), day("11 May"))))
    assert "D:05-14" in feats and "D:05-11" not in feats


def test_stories_transliterated_names_meet_by_their_consonants() -> None:
    # (written for these tests) three spellings of one district, one of another place
    spellings = ("Landslides buried Sindhupalchok district.", "Des glissements ont frappé le district de "
                 "Sindupalchowk.", "Rescuers reached Sindhupalchowk on foot.")
    keys = [{k for k in anchors(Article(id="t", text=t)) if k.startswith("C:~")} for t in spellings]
    assert keys[0] == keys[1] == keys[2] and len(keys[0]) == 1
    assert not keys[0] & set(anchors(Article(id="o", text="Rescuers reached Sindhuli on foot.")))
    # Short names are kept as they are.
    assert "C:oslo" in anchors(Article(id="s", text="A blast hit central Oslo."))


def test_stories_signatures_of_older_rules_are_computed_again(tmp_path: Path) -> None:
    import json

    from selon.linking.stories import SIGNATURE_VERSION, _VERSION_KEY

    db: sqlite3.Connection = connect(tmp_path / "v.sqlite")
    for art in (HOSP_FR, MARKET):
        save_article(db, art)
    link_stories(db)
    # A store linked by older rules: signatures without a version (and other anchors).
    db.execute("UPDATE story_articles SET signature = ?", (json.dumps({"C:homs": 1}).encode(),))
    db.commit()
    before = {s.id for s in list_stories(db)}
    save_article(db, HOSP_EN)
    counts = link_stories(db)
    assert counts["new"] == 1 and counts["signatures_updated"] == 2
    sigs = {aid: json.loads(sig) for aid, sig in
            db.execute("SELECT article_id, signature FROM story_articles")}
    assert all(sig[_VERSION_KEY] == SIGNATURE_VERSION for sig in sigs.values())
    assert "D:05-03" in sigs["h-fr"] and "C:homs" in sigs["h-fr"]
    # The old articles keep their stories; the new report joins its event.
    assert {s.id for s in list_stories(db)} == before
    assert story_of(db, "h-en") == story_of(db, "h-fr")
    # Read back as they are next time: nothing to compute again.
    assert link_stories(db)["signatures_updated"] == 0


def _long_report(k: int, day: str, extra: str) -> Counter[str]:
    """A long flood report of our own making: its place, its prefect, its day and forty names of its own."""
    feats = Counter({"P:quimper": 1, "E:prefet le goff": 1, f"D:{day}": 1, "T:flood": 1, "L:fr": 1,
                     f"C:{extra}": 1, "N:14": 1})
    feats.update({f"C:name{extra}{k}{j}": 1 for j in range(40)})
    feats.update({f"W:{w}{extra}": 2 for w in ("pluie", "crue", "rivier", "maison", "secour")})
    return feats


def test_stories_a_short_report_joins_the_one_story_that_covers_its_anchors() -> None:
    from selon.linking import stories as S

    flood = [(f"a{k}", _long_report(k, "03-12", "odet")) for k in range(3)]
    # A two-line report: the town and its prefect, no day, words of its own.
    short = ("s", Counter({"P:quimper": 1, "E:prefet le goff": 1, "T:flood": 1, "L:fr": 1, "C:odet": 1,
                           "W:bref": 1, "W:alerte": 1}))
    got = cluster([*flood, short])
    assert got["s"] == got["a0"] == got["a1"] == got["a2"]
    old = S.COVER
    try:  # without the rule, its cosine to the story is too low: alone
        S.COVER = 2.0
        assert cluster([*flood, short])["s"] != cluster([*flood, short])["a0"]
    finally:
        S.COVER = old
    # Incremental: the short report came first and was alone; the long reports come in a later
    # run and it joins their story then (as it does when it is the one that comes later).
    first = cluster([short])
    got = cluster([short, *flood], first)
    assert got["s"] == got["a0"] == got["a2"]
    # Another flood in the same town two months later, on another river: the river tells.
    other = [(f"b{k}", _long_report(k, "05-02", "steir")) for k in range(3)]
    got = cluster([*flood, *other, short])
    assert got["a0"] != got["b0"] and got["s"] == got["a0"]
    # Without the river, both floods cover it alike: it stays alone.
    vague = ("v", Counter({k: v for k, v in short[1].items() if k != "C:odet"}))
    got = cluster([*flood, *other, vague])
    assert got["v"] not in (got["a0"], got["b0"])
    # Naming the second flood's day, it conflicts with the first: the second is the one that fits.
    dated = ("d", vague[1] + Counter({"D:05-02": 1}))
    got = cluster([*flood, *other, dated])
    assert got["d"] == got["b0"]


def test_stories_lead_embeddings_stand_in_for_words_across_languages_only() -> None:
    import numpy as np

    from selon.linking.stories import EMB_FLOOR, EMB_SHARE, THRESHOLD, _pair, _weigh

    # Two reports of one fire (written for this test) that share no anchor, and a
    # same-language report of another fire; the embeddings are made up.
    fr = Counter({"C:korvel": 1, "W:incendi": 1, "W:usine": 1, "L:fr": 1})
    en = Counter({"C:korwel": 1, "W:fire": 1, "W:factory": 1, "L:en": 1})
    fr2 = Counter({"C:dassen": 1, "W:incendi": 1, "W:entrepo": 1, "L:fr": 1})
    dated = Counter({"C:korwel2": 1, "D:03-02": 1, "W:fire": 1, "L:en": 1})
    df = Counter(k for f in (fr, en, fr2, dated) for k in f)
    near = np.array([0.6, 0.8], dtype=np.float32)  # cosine .96 with `base`
    base = np.array([0.8, 0.6], dtype=np.float32)
    vec = {n: (_weigh(f, df, 4, False), _weigh(f, df, 4, True), e) for n, f, e in
           (("fr", fr, base), ("en", en, near), ("fr2", fr2, near), ("dated", dated, near))}
    cross = _pair(vec["fr"], vec["en"], 0.6)
    assert cross == pytest.approx(EMB_SHARE * (0.96 - EMB_FLOOR) / (1 - EMB_FLOOR))
    assert cross >= THRESHOLD
    # Within one language the words do that part: the embedding adds nothing.
    assert _pair(vec["fr"], vec["fr2"], 0.6) == pytest.approx(_pair(vec["fr"][:2], vec["fr2"][:2], 0.6))
    # A day conflict still vetoes (the other side names a day, this one too).
    fr_dated = Counter({**fr, "D:03-20": 1})
    vd = (_weigh(fr_dated, df, 4, False), _weigh(fr_dated, df, 4, True), base)
    assert _pair(vd, vec["dated"], 0.6) < THRESHOLD
    # Below the floor the embedding counts nothing.
    far = np.array([0.0, 1.0], dtype=np.float32)
    assert _pair(vec["fr"], (*vec["en"][:2], far), 0.6) == pytest.approx(0.0)


class _FakeEmbedder:
    """Counts the texts it embeds; every lead gets the same unit row."""

    name, dim = "fake", 2

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: list[str]) -> object:
        import numpy as np

        self.texts += texts
        return np.tile(np.array([0.6, 0.8], dtype=np.float32), (len(texts), 1))


def test_stories_lead_embeddings_are_stored_once(tmp_path: Path) -> None:
    import json
    from dataclasses import replace

    db: sqlite3.Connection = connect(tmp_path / "e.sqlite")
    for art in (HOSP_FR, MARKET):
        save_article(db, replace(art, lang="fr"))
    # Without embeddings the signatures hold none; nor with, while the store holds one language.
    fake = _FakeEmbedder()
    link_stories(db, embed=False)
    link_stories(db, embedder=fake)
    sigs = [json.loads(s) for (s,) in db.execute("SELECT signature FROM story_articles")]
    assert sigs and not any("_e" in s for s in sigs) and not fake.texts
    # A second language: the leads of the stored articles are embedded (once) and the new one's.
    save_article(db, replace(HOSP_EN, lang="en"))
    counts = link_stories(db, embedder=fake)
    assert counts["new"] == 1 and counts["signatures_updated"] == 2
    assert len(fake.texts) == 3 and fake.texts[0].startswith(HOSP_FR.title or "")
    sigs = [json.loads(s) for (s,) in db.execute("SELECT signature FROM story_articles")]
    assert all("_e" in s for s in sigs)
    assert link_stories(db, embedder=fake)["signatures_updated"] == 0 and len(fake.texts) == 3


def test_stories_a_dateline_is_no_day_of_the_happening() -> None:
    from selon.linking.stories import _datelines

    # (written for this test) a page's publication line two days after a Thursday fire
    text = ("Fire guts Tessaly warehouse\n\nSaturday, March 9, 2019\n\nA fire gutted a warehouse in "
            "Tessaly on Thursday, March 7, firefighters said.")
    line = "Saturday, March 9, 2019"
    assert [text[a:b] for a, b in _datelines(text)] == [line]
    assert _datelines("Publié le 9 mars 2019 à 10h12 - mis à jour à 11h30\nUn incendie a ravagé un entrepôt.")
    # A line that reports is no dateline.
    assert not _datelines("Le 7 mars, un incendie a ravagé un entrepôt de Tessaly.\nSuite.")
    art = Article(id="t", text=text, dates=(
        DateRef(id="d1", span=Span.of(text, text.index(line), text.index(line) + len(line)),
                value="2019-03-09", granularity="day"),
        DateRef(id="d2", span=Span.of(text, text.index("March 7"), text.index("March 7") + 7),
                value="2019-03-07", granularity="day")))
    feats = anchors(art)
    assert "D:03-07" in feats and "D:03-09" not in feats and "K:5" not in feats


def test_stories_only_articles_tied_to_the_other_language_are_embedded(tmp_path: Path) -> None:
    """Embeddings only compare two languages: an article that shares fewer than two places, names,
    numbers or days with one report in the other language is not embedded (a country or a weekday
    is no tie; one shared name alone is as often a coincidence)."""
    from selon.linking.stories import cross_language

    sigs = [("fr1", Counter({"L:fr": 1, "P:42": 1, "N:14": 1, "G:FR": 1})),
            ("en1", Counter({"L:en": 1, "P:42": 1, "N:14": 1, "K:2": 1})),
            ("fr2", Counter({"L:fr": 1, "E:lina ortiz": 1, "G:FR": 1, "K:2": 1})),
            ("fr3", Counter({"L:fr": 1, "P:42": 1, "N:14": 1})),
            ("fr4", Counter({"L:fr": 1, "P:42": 1, "N:90": 1}))]
    assert cross_language(sigs) == {"fr1", "en1", "fr3"}
    db: sqlite3.Connection = connect(tmp_path / "x.sqlite")
    save_article(db, Article(id="a", lang="fr",
                             text="Un incendie a ravagé un hangar de Tessaly mardi soir, selon Marco Vidal."))
    save_article(db, Article(id="b", lang="en",
                             text="A fire destroyed a hangar in Tessaly on Tuesday night, Marco Vidal said."))
    save_article(db, Article(id="c", lang="fr", text="La chorale de Brunval a donné son concert de printemps."))
    fake = _FakeEmbedder()
    counts = link_stories(db, embedder=fake)
    assert counts["embedded"] == 2 and not any("Brunval" in t for t in fake.texts)


def test_stories_a_said_weekday_resolved_by_the_publication_date_is_no_day_anchor() -> None:
    """With a publication date the weekdays resolve to days; the one right after a reporting
    word (*officials said Thursday*) is the day a toll was given, not the happening's."""
    text = "A quake struck Varno island on Sunday evening, killing 91 people, officials said Thursday."
    def ref(word: str, value: str) -> DateRef:
        i = text.index(word)
        return DateRef(id=word, span=Span.of(text, i, i + len(word)), value=value, granularity="day",
                       resolved=True, relative_to="2031-08-08")

    art = Article(id="v", text=text, published="2031-08-08",
                  dates=(ref("Sunday evening", "2031-08-03"), ref("Thursday", "2031-08-07")))
    feats = anchors(art)
    assert "D:08-03" in feats and "D:08-07" not in feats
    fr = "Un séisme a frappé l'île de Varno dimanche, faisant 91 morts, a annoncé jeudi le gouverneur."
    i, j = fr.index("dimanche"), fr.index("jeudi")
    art_fr = Article(id="w", text=fr, published="2031-08-08", dates=(
        DateRef(id="a", span=Span.of(fr, i, i + 8), value="2031-08-03", granularity="day", resolved=True),
        DateRef(id="b", span=Span.of(fr, j, j + 5), value="2031-08-07", granularity="day", resolved=True)))
    assert {k for k in anchors(art_fr) if k[0] == "D"} == {"D:08-03"}


def test_stories_a_year_after_since_is_no_own_year_and_a_new_quake_of_one_magnitude_is_one_quake() -> None:
    # Written for this test: the strongest quake "since 2003" happened in 2031, not in 2003.
    a = anchors(Article(id="a", text="The strongest quake to hit Tessaly since 2003 struck on Sunday. "
                                     "It measured 6.4."))
    b = anchors(Article(id="b", text="Le séisme le plus puissant depuis 2003 a frappé la Tessalie en 2031."))
    assert not any(k.startswith("Y:") for k in a) and "Y:2031" in b and "Y:2003" not in b
    # A lead calling the quake "new" joins the plain reports that give its magnitude,
    # not the reports of a quake of another magnitude.
    plain, new, other = {"P:1": 1.0, "M:6.4": 0.5}, {"P:1": 1.0, "M:6.5": 0.5, "S:1": 0.2}, \
        {"P:1": 1.0, "M:7.2": 0.5, "S:1": 0.2}
    assert _conflict(plain, new) == 1.0
    assert _conflict(plain, other) == DATE_CONFLICT * SEQUEL_CONFLICT
    assert _conflict({"P:1": 1.0}, {"P:1": 1.0, "S:1": 0.2}) == SEQUEL_CONFLICT


def test_stories_a_day_named_in_a_comparison_is_no_day_anchor() -> None:
    # Written for this test.
    text = "A quake hit Tarbes on Sunday. It was bigger than one on March 3 that killed 40 people."
    a = anchors(_art("c", text, day="March 3"))
    assert not any(k.startswith("D:") for k in a)
    b = anchors(_art("d", "A quake hit Tarbes on March 3, killing 40 people.", day="March 3"))
    assert "D:03-03" in b
    # A day with an indefinite article before a happening's noun dates another happening.
    c = anchors(_art("e", "A quake hit Tarbes on Sunday evening. A March 3 quake killed 16 people there.",
                     day="March 3"))
    assert not any(k.startswith("D:") for k in c)


def test_stories_an_ordinal_cue_without_a_comma_recalls_from_the_cue() -> None:
    # Written for this test: the report before "the second ... in a week" keeps its anchors.
    a = anchors(Article(id="o", text="Rescuers dug in Tarbes on Monday after a magnitude 6.1 earthquake killed "
                                     "at least 30 people and scared tourists shaken by the second strong quake "
                                     "in a week."))
    assert "M:6.1" in a
    # Without a report of four words before it, the whole sentence still recalls.
    b = anchors(Article(id="p", text="A quake hit Tarbes. The second strong quake in a week hit Lourdes."))
    assert "C:tarbes" in b and "C:lourdes" not in b
