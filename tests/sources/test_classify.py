"""Source typing: head nouns, appositions, the KB, anonymity, parties to the conflict."""

from __future__ import annotations

import dataclasses

import pytest

from selon.extract.entities import extract_entities
from selon.extract.events import extract_events
from selon.model import Article, Attribution, Span
from selon.sources.classify import apply, belligerents, classify_sources, describe
from selon.sources.kb import load_kb
from selon.sources.lexicons import load_lexicons


def _describe(text):
    return describe(text, load_kb(), load_lexicons())


@pytest.mark.parametrize("text, type_, anonymous", [
    # a ministry is the government (EVENTS-SOURCES.md), the US one too
    ("the Justice Department", "government", False),
    ("le garde des Sceaux", "government", False),
    ("the Home Office", "government", False),
    # a country's possessive opens the phrase like a determiner
    ("Norway's energy regulator", "government", False),
    ("Latvia's border guards", "judiciary_police", True),
    ("the county council in Kent", "government", False),
    # KB, with the descriptor the name specialises
    ("le site d'information libanais El Nashra", "media", False),
    ("l'agence Anatolie, proche du gouvernement", "news_agency", False),
    ("Russian state broadcaster RT", "state_media", False),
    ("le Pentagone", "military", False),
    ("la coalition menée par les États-Unis", "military", False),
    ("l'OSDH", "monitor_ngo", False),
    ("Amnesty International", "monitor_ngo", False),
    ("l'ONU", "international_org", False),
    ("le parquet national antiterroriste", "judiciary_police", False),
    ("Moscou", "government", False),
    ("Hezbollah", "armed_group", False),
    # head nouns, French
    ("le ministre des Affaires étrangères Jean Dupont", "government", False),
    ("la maire de Lille", "government", False),
    ("le député Paul Martin", "politician", False),
    ("l'ancien président Pierre Durand", "politician", False),
    ("le procureur de la République", "judiciary_police", False),
    ("la gendarmerie", "judiciary_police", False),
    ("la préfecture", "government", False),  # the State in the département
        ("la préfecture de police de Paris", "judiciary_police", False),
    ("le général Jean Dupuis", "military", False),
    ("des rebelles", "armed_group", True),
    ("l'expert russe Igor Petrov", "expert", False),
    ("une chercheuse de l'université de Genève", "expert", True),
    ("une voisine", "citizen", True),
    ("un témoin", "citizen", True),
    ("des habitants du quartier", "citizen", True),
    ("des activistes", "anonymous", True),
    ("une source proche de l'enquête", "anonymous", True),
    ("selon des sources", "anonymous", True),
    ("une source policière", "judiciary_police", True),
    ("une source militaire", "military", True),
    ("un diplomate", "government", True),
    ("le syndicat", "monitor_ngo", False),
    ("l'archevêque de Lyon", "monitor_ngo", False),
    ("un rapport de l'inspection", "document", False),
    ("une vidéo diffusée dimanche", "document", False),
    ("la loi", "document", False),
    ("le décret", "document", False),
    ("la page Facebook du collectif", "social_media", False),
    ("la direction de l'entreprise", "company", False),
    # relational heads take their complement's type
    ("le porte-parole du ministère de l'Intérieur", "government", False),
    ("la porte-parole de l'armée", "military", False),
    ("le chef de mission de MSF en Syrie", "monitor_ngo", False),
    ("le directeur du journal", "media", False),
    ("la journaliste de BFMTV Anne Martin", "media", False),
    ("un membre de l'entreprise", "company", True),
    # appositions
    ("Jacques Martin, préfet du Rhône", "government", False),
    ("Anne Dubois, professeure à l'université de Lyon", "expert", False),
    # English
    ("a senior official", "government", True),
    ("officials", "government", True),
    ("senior U.S. officials", "government", True),
    ("a neighbour", "citizen", True),
    ("witnesses", "citizen", True),
    ("people familiar with the matter", "anonymous", True),
    ("the prosecutor", "judiciary_police", False),
    ("an analyst at a think tank", "expert", True),
    ("Kremlin spokesman Dmitry Peskov", "government", False),
    ("the Syrian Observatory for Human Rights", "monitor_ngo", False),
    ("the report", "document", False),
    # unnamed: the capitalised words before the head name the body, not the speaker (spec: *officials*)
    ("a Homeland Security Department official", "government", True),
    ("a senior State Department official", "government", True),
    ("a U.S. Treasury spokesperson", "government", True),
    ("The New York state attorney general", "judiciary_police", False),
    ("The Republican presidential nominee", "politician", False),
    ("the Dallas Morning News", "media", False),
    ("Le Journal de Saône-et-Loire", "media", False),
    ("Russia", "government", False),
    ("la France", "government", False),
    ("BRIGITTE DURAND (@bdurand)", "social_media", False),
    ("Mgr Jean Dupont", "monitor_ngo", False),
    # a sports club's president runs a club, not a country (the relational default is government)
    ("Paul Martel, président du club", "company", False),
    ("le président du club rennais", "company", False),
    ("the club president", "company", False),
    ("le président du conseil régional", "government", False),
    ("Dayton fire Chief Anne Moss", "judiciary_police", False),
    # a side marker stands for its body: "Côté syndical, on estime…"
    ("Côté syndical", "monitor_ngo", False),
    ("côté patronal", "company", False),
    ("Du côté des syndicats", "monitor_ngo", False),
    ("Côté russe", "government", False),
    ("le côté obscur", "unknown", False),
    # an indefinite role named by an apposition is no anonymous source
    ("un sénateur belge, Marc Lenoir", "politician", False),
    ("une source proche du ministre, Jean Dupont", "anonymous", True),
    # a given name that is also a role word
    ("Marine Le Pen", "unknown", False),
    ("la Marine nationale", "military", False),
    # relatives and close ones are private persons; shops, platforms and their managers companies
    ("Sa compagne", "citizen", True),  # unnamed, known only by a relation (spec: anonymous)
    ("son avocat", "unknown", True),  # the client's type is read at the source level
    ("their lawyers", "unknown", True),
    ("son père, Marc Durel", "citizen", False),
    ("l'oncle du garçon", "citizen", False),
    ("la grand-mère de l'enfant", "citizen", False),
    ("the victim's widow", "citizen", False),
    ("le gérant de la supérette", "company", False),
    ("une plateforme de location", "company", True),
    ("the retailer", "company", False),
    # a public hospital's director speaks for a public body
    ("la directrice du centre hospitalier d'Arles", "government", False),
    # the authors of a study are its researchers
    ("les auteurs de l'étude", "expert", False),
    # an adjective after a relational role or "source" names the body
    ("un conseiller ministériel", "government", True),
    ("une responsable syndicale", "monitor_ngo", True),
    ("une source municipale", "government", True),
    ("des sources préfectorales", "government", True),
    # a relational complement with a type of its own
    ("l'entourage du président", "government", False),
    # English possessive owners: an office, a team, a lawyer take the owner's type
    ("the mayor's office", "government", False),
    ("the district attorney's office", "judiciary_police", False),
    ("the family's lawyer", "citizen", False),
    ("the governor's team", "government", False),
    # courts by their chamber, the Constitutional Council by its journalese
    ("la chambre de l'instruction de la cour d'appel de Caen", "judiciary_police", False),
    ("les Sages de la rue de Montpensier", "judiciary_police", False),
    # figures speak for whoever publishes them; a study stays a document
    ("les chiffres publiés lundi par Météo-France", "government", False),
    ("les données de la préfecture du Nord", "government", False),
    ("data from the Labor Department", "government", False),
    ("une étude du CNRS", "document", False),
    ("des chiffres", "document", False),
    # a share of the public polled
    ("Some 61 percent of voters", "citizen", True),
    ("two in five respondents", "citizen", True),
    ("un électeur sur trois", "citizen", True),
    # an English compound ends on its head: a union, not its teachers
    ("the nurses union", "monitor_ngo", False),
    ("the school board", "government", False),
    # "la direction" alone is an employer's management
    ("la direction", "company", False),
    ("la direction du parti", "politician", False),
    # a business group named after "groupe" that no KB entry types
    ("le groupe Valmorin", "company", False),
    ("le groupe agroalimentaire Brevalec", "company", False),
    ("le groupe de Visegrad", "unknown", False),
    # the state's own outlets
    ("la télévision d'État syrienne", "state_media", False),
    ("state television", "state_media", False),
    # French possessives are no English relatives: "son" is not "son"
    ("son secrétaire général", "unknown", False),
    ("the Commerce Department", "government", False),
    # nothing to go on
    ("Jean Dupont", "unknown", False),
    ("il", "unknown", False),
])
def test_classify_describe_types(text, type_, anonymous):
    desc = _describe(text)
    assert (desc.type, desc.anonymous) == (type_, anonymous)


@pytest.mark.parametrize("text, country", [
    ("l'expert russe Igor Petrov", "RU"),
    ("le site d'information libanais El Nashra", "LB"),
    ("une source policière française", "FR"),
    ("des médias belges", "BE"),
    ("a senior U.S. official", "US"),
    ("Sputnik", "RU"),
    ("le porte-parole de Tsahal", "IL"),
    ("la ministre de la Santé", None),
])
def test_classify_describe_country(text, country):
    assert _describe(text).country == country


@pytest.mark.parametrize("text, evidence", [
    ("l'Observatoire syrien des droits de l'homme, instance proche de l'opposition",
     ["kb:osdh", "apposition: instance proche de l'opposition"]),
    ("l'expert russe Igor Petrov", ["l'expert russe"]),
    ("le commandant des forces russes en Syrie Ivan Petrov", ["le commandant des forces russes", "kb:armee-russe"]),
    ("Sputnik", ["kb:sputnik"]),
])
def test_classify_describe_evidence(text, evidence):
    assert _describe(text).evidence == evidence


def test_classify_former_office_is_politician():
    assert _describe("l'ex-Premier ministre François Durand").type == "politician"
    assert _describe("le Premier ministre François Durand").type == "government"


def _article(nlp, text, sources, parents=None):
    """Build an article whose attributions have the given source phrases (cue = the phrase)."""
    atts = []
    for i, src in enumerate(sources, 1):
        start = text.index(src)
        span = Span.of(text, start, start + len(src))
        atts.append(Attribution(id=f"a{i}", source=span, cue=span, content=span,
                                parent=(parents or {}).get(f"a{i}")))
    art = Article(id="t", text=text, lang=nlp.lang, attributions=tuple(atts))
    doc = nlp(text)
    return doc, dataclasses.replace(art, entities=tuple(extract_entities(doc, art)))


@pytest.mark.parametrize("text, sources, parties", [
    # the army reporting its own strikes is a party
    ("L'aviation russe a mené dix frappes près d'Idleb, a indiqué l'armée russe. "
     "Selon l'expert Igor Petrov, la situation reste tendue.",
     ["l'armée russe", "l'expert Igor Petrov"], [True, False]),
    # a ministry of a state whose forces fight is a party; an NGO is not
    ("Les forces israéliennes ont bombardé un camp, a affirmé le ministère israélien de la Défense. "
     "Amnesty International a dénoncé ces frappes.",
     ["le ministère israélien de la Défense", "Amnesty International"], [True, False]),
    # an armed group named as a belligerent; a government not fighting is not a party
    ("Le Hezbollah a tiré des roquettes, a déclaré le Hezbollah. Le gouvernement français a appelé au calme.",
     ["le Hezbollah", "Le gouvernement français"], [True, False]),
    # no conflict or dispute reported: party is unknown (null), not false
    ("Le ministre de l'Économie a annoncé une baisse des impôts, a rapporté l'armée française.",
     ["Le ministre de l'Économie", "l'armée française"], [None, None]),
])
def test_classify_party_to_conflict(nlp_fr, text, sources, parties):
    doc, art = _article(nlp_fr, text, sources)
    found = {s.attributions[0]: s.party_to_conflict for s in classify_sources(doc, art)}
    assert [found[f"a{i}"] for i in range(1, len(sources) + 1)] == parties


def test_classify_belligerents_from_force_nouns(nlp_fr):
    doc = nlp_fr("Des hélicoptères de combat américains ont frappé des positions de Daech. "
                 "Le maire a inauguré une école.")
    assert belligerents(doc, load_kb(), load_lexicons()) == {"US", "islamic-state"}


def test_classify_merges_one_source_per_real_world_source(nlp_fr):
    text = ("Selon le journal Le Monde, les prix montent. Le Monde ajoute que les loyers baissent. "
            "Une voisine a raconté la scène.")
    doc, art = _article(nlp_fr, text, ["le journal Le Monde", "Le Monde", "Une voisine"])
    sources = classify_sources(doc, art)
    assert sorted(s.attributions for s in sources) == [("a1", "a2"), ("a3",)]
    monde = next(s for s in sources if "a1" in s.attributions)
    assert (monde.name, monde.type, monde.affiliation_country, monde.evidence) == (
        "Le Monde", "media", "FR", "kb:le-monde")


def test_classify_unsourced_attribution_has_no_source(nlp_fr):
    text = "On apprend que le pont est fermé."
    att = Attribution(id="a1", source=None, cue=Span.of(text, 0, 11), content=Span.of(text, 15, 31))
    art = apply(nlp_fr(text), Article(id="t", text=text, attributions=(att,)))
    assert art.sources == () and art.profile["unsourced"]["ids"] == ["a1"]


@pytest.fixture(scope="module")
def seed_sources(nlp_fr, seed):
    from selon.extract import entities

    atts = tuple(Attribution.from_dict(a) for a in seed["attributions"])
    art = Article(id=seed["id"], text=seed["text"], lang="fr", attributions=atts)
    doc = nlp_fr(art.text)
    art = apply(doc, entities.apply(doc, art))
    by_att = {a: s for s in art.sources for a in s.attributions}
    return art, by_att


def test_classify_seed_types(seed_sources):
    _, by_att = seed_sources
    a = {k: by_att[k] for k in by_att}
    assert (a["a11"].name, a["a11"].type, a["a11"].affiliation_country, a["a11"].state_affiliated) == (
        "Sputnik", "state_media", "RU", True)
    assert (a["a2"].type, a["a2"].affiliation_country) == ("media", "LB")
    assert a["a3"] is a["a2"]  # "le site" refers to El Nashra through source_ref
    assert a["a6"].anonymous and a["a6"].type == "anonymous"
    assert a["a5"].type == "monitor_ngo"
    assert "instance médiatique de l’opposition syrienne pro occidentale" in a["a5"].evidence
    assert a["a12"].type == "expert" and a["a12"] is a["a13"]
    assert a["a9"] is a["a10"] and a["a9"].name == "Sergueï Sourovikine"


def test_classify_seed_parties(seed_sources):
    _, by_att = seed_sources
    # the Syrian army HQ, the Russian army, the commander, the Reconciliation Centre
    for att in ("a4", "a7", "a8", "a9", "a14"):
        assert by_att[att].party_to_conflict, att
    for att in ("a2", "a5", "a6", "a11", "a12"):
        assert not by_att[att].party_to_conflict, att


def test_classify_seed_profile_matches_gold(seed_sources, seed):
    art, _ = seed_sources
    profile = art.profile
    gold = seed["attributions"]
    assert profile["claims"] == len(gold)
    assert profile["hedged"]["count"] == sum(bool(a["hedged"]) for a in gold) == 2
    assert profile["longest_chain"]["length"] == 2
    assert profile["unsourced"]["count"] == sum(a["source"] is None for a in gold) == 0
    assert profile["anonymous"]["ids"] == ["a1", "a6"]
    assert profile["state_media"]["ids"] == ["a11"]
    assert profile["second_hand"]["ids"] == ["a4", "a12", "a13"]
    assert profile["named"]["count"] + profile["anonymous"]["count"] + profile["unsourced"]["count"] == len(gold)
    assert [s["text"] for s in profile["signoffs"]] == ["Source: Divers"]


def test_classify_sides_of_a_dispute(nlp_fr):
    """Outside war, the sides of the dispute the article reports are parties; reporters are not."""
    text = ("Les infirmières ont manifesté devant l'hôpital, a constaté l'agence. "
            "La ministre a refusé leurs demandes, selon Le Monde. "
            "Une infirmière, Julie Martin, réclame des moyens.")
    doc, art = _article(nlp_fr, text, ["l'agence", "La ministre", "Le Monde", "Julie Martin"])
    art = dataclasses.replace(art, events=tuple(extract_events(doc, art)))
    by_att = {a: s for s in classify_sources(doc, art) for a in s.attributions}
    assert by_att["a2"].party_to_conflict is True   # the minister refusing the demands
    assert by_att["a4"].party_to_conflict is True   # a named nurse: a citizen taking a side
    assert by_att["a4"].type == "citizen"
    assert by_att["a1"].party_to_conflict is False and by_att["a3"].party_to_conflict is False


def test_classify_mentions_of_one_person_are_one_source(nlp_fr):
    text = ("Jacques Martin, préfet du Var, a annoncé la fermeture des plages. "
            "Le préfet a ajouté que la baignade reste interdite. M. Martin a conclu.")
    doc, art = _article(nlp_fr, text, ["Jacques Martin, préfet du Var", "Le préfet", "M. Martin"])
    sources = classify_sources(doc, art)
    assert len(sources) == 1 and sources[0].type == "government"
    assert set(sources[0].mentions) == {"Jacques Martin, préfet du Var", "Le préfet", "M. Martin"}


def test_classify_names_sources_in_the_article_language(nlp_en):
    text = "The White House said the talks would resume on Monday."
    start = text.index("The White House")
    span = Span.of(text, start, start + len("The White House"))
    att = Attribution(id="a1", source=span, cue=Span.of(text, 16, 20), content=Span.of(text, 21, 56))
    art = Article(id="t", text=text, lang="en", attributions=(att,))
    (src,) = classify_sources(nlp_en(text), art)
    assert "White House" in src.name and "Maison" not in src.name


def test_classify_us_party_label_is_politician():
    assert describe("Rep. Jane Doe (D-Wis.)", load_kb(), load_lexicons()).type == "politician"


def test_classify_name_after_a_role_joins_the_surname(nlp_fr):
    text = ("Le candidat de la droite, Paul Durand, a affirmé que tout était légal. "
            "Durand a ajouté qu'il irait jusqu'au bout.")
    doc, art = _article(nlp_fr, text, ["Le candidat de la droite, Paul Durand", "Durand"])
    (src,) = classify_sources(doc, art)
    assert src.type == "politician" and src.attributions == ("a1", "a2")


@pytest.mark.parametrize("second, merged", [
    ("The former governor and current Senate candidate", True),  # a qualified office: the person named before
    ("The former chancellor and current Democratic nominee", True),
    ("The mayor", False),  # a bare office may be someone else
    ("The mayor of Dayton", False),
])
def test_classify_qualified_office_after_a_bare_name_is_that_person(nlp_en, second, merged):
    text = f"Jane Holt warned that the river was rising. {second} said the dikes would hold."
    doc, art = _article(nlp_en, text, ["Jane Holt", second])
    sources = classify_sources(doc, art)
    assert (len(sources) == 1) == merged
    if merged:
        assert sources[0].type == "politician"


@pytest.mark.parametrize("text, type_", [
    # a rail union, the rector of an education authority, a deputy mayor (roles.yaml, organisations.yaml)
    ("Sud-Rail", "monitor_ngo"),
    ("la CFTC", "monitor_ngo"),
    ("la rectrice de l'académie de Caen", "government"),
    ("Lucie Morvan, adjointe aux sports", "government"),
    ("le maire adjoint", "government"),
    ("l'adjoint du directeur", "unknown"),
])
def test_classify_union_and_local_office_types(text, type_):
    assert _describe(text).type == type_


def _parties(nlp, text, sources):
    doc, art = _article(nlp, text, sources)
    art = dataclasses.replace(art, events=tuple(extract_events(doc, art)))
    by_att = {a: s.party_to_conflict for s in classify_sources(doc, art) for a in s.attributions}
    return [by_att[f"a{i}"] for i in range(1, len(sources) + 1)]


def test_classify_outlet_reporting_a_dispute_is_no_side(nlp_fr):
    """An outlet that deplores the violence or denies a rumour reports on the dispute; it takes no side."""
    text = ("Des manifestants ont jeté des pierres sur les gendarmes à Nantes. "
            "La chaîne Télé Nantes a déploré ces violences. "
            "Le collectif réclame le retrait du projet d'aéroport.")
    assert _parties(nlp_fr, text, ["La chaîne Télé Nantes", "Le collectif"]) == [False, True]


def test_classify_employer_in_a_labour_dispute_is_a_side(nlp_fr):
    """The strikers and the employer (EVENTS-SOURCES.md): a company the workers dispute with is a side."""
    text = ("Les salariés de la conserverie dénoncent la fermeture de l'atelier de Douarnenez. "
            "L'entreprise Armor Conserves invoque la hausse du prix du poisson.")
    assert _parties(nlp_fr, text, ["Les salariés de la conserverie", "L'entreprise Armor Conserves"]) == [True, True]


def test_classify_sides_of_a_trial():
    """A trial with no act of a dispute among the events: the prosecution and the defence are sides, the
    court is not; an article with no trial, lawsuit or complaint has no sides (null)."""
    import selon

    text = ("Devant la cour d'assises de la Sarthe, le procureur a requis quinze ans de prison, estimant que "
            "l'accusé reste dangereux. L'avocate de l'accusé, Me Laure Tessier, a plaidé la légitime défense. "
            "Le président de la cour a annoncé le verdict pour jeudi.")
    parties = {s.name: s.party_to_conflict for s in selon.analyze(text, lang="fr").sources}
    assert parties == {"le procureur": True, "Laure Tessier": True, "Le président de la cour": False}
    calm = "Le procureur a indiqué que l'enquête suivait son cours. Le maire a salué le travail des gendarmes."
    assert {s.party_to_conflict for s in selon.analyze(calm, lang="fr").sources} == {None}


def test_classify_mayor_in_a_lawsuit_is_a_side(nlp_fr):
    """A mayor whose decree an association attacks in court is a side of that lawsuit, not a neutral office."""
    text = ("L'association a déposé un recours contre l'arrêté anti-bruit de la commune. "
            "Le maire de Vannes assure que l'arrêté est légal.")
    assert _parties(nlp_fr, text, ["L'association", "Le maire de Vannes"]) == [True, True]


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Selon la télévision d'État syrienne, le convoi a été détruit à l'aube.", "la télévision d'État syrienne"),
    ("en", "State television said the dam had held through the night.", "State television"),
])
def test_classify_state_outlet_named_by_the_text_is_state_affiliated(analyze_fr, analyze_en, lang, text, name):
    """An outlet the sentence itself calls the state's is state media, state-affiliated (EVENTS-SOURCES.md)."""
    srcs = {s.name: s for s in (analyze_fr if lang == "fr" else analyze_en)(text).sources}
    assert srcs[name].type == "state_media" and srcs[name].state_affiliated


def test_classify_possessed_counsel_is_anonymous_and_authorities_are_not(analyze_fr):
    """Lawyers known only as someone's are unnamed persons; *les autorités* are institutions."""
    text = ("Le militant a été condamné à six mois de prison ferme. Ses avocats ont annoncé qu'ils feraient "
            "appel. Les autorités marocaines ont assuré que le procès avait été équitable.")
    srcs = {s.name: s.anonymous for s in analyze_fr(text).sources}
    assert srcs == {"Ses avocats": True, "Les autorités marocaines": False}


@pytest.mark.parametrize("lang, text, parties", [
    # a verdict is a trial: the prosecution and the defence are sides, the jury is not
    ("en", "A jury in Tulsa found a nurse guilty of fraud on Monday. Prosecutors said she had billed for visits "
           "that never happened. Her lawyer said she would appeal.",
     {"A jury in Tulsa": False, "Prosecutors": True, "Her lawyer": True}),
    ("fr", "Un artisan a été reconnu coupable de travail dissimulé par le tribunal correctionnel. Le procureur a "
           "estimé que la fraude était « organisée ». Son avocate a annoncé qu'elle ferait appel.",
     {"Le procureur": True, "Son avocate": True}),
])
def test_classify_verdict_makes_a_trial(analyze_fr, analyze_en, lang, text, parties):
    srcs = (analyze_fr if lang == "fr" else analyze_en)(text).sources
    assert {s.name: s.party_to_conflict for s in srcs} == parties


def test_classify_town_of_an_office_is_not_the_source_name(analyze_en):
    """*The mayor of Kherson said…*: the source is the mayor, not the town named in the phrase."""
    srcs = analyze_en("The mayor of Tulsa said the water supply was safe.").sources
    assert [(s.name, s.type) for s in srcs] == [("The mayor of Tulsa", "government")]


def test_classify_demonym_after_the_verb_is_no_side(nlp_en):
    """*Russian forces destroyed a Ukrainian depot*: the demonym after the verb is the target, not a force."""
    doc = nlp_en("The ministry said its troops had destroyed a Ukrainian ammunition depot overnight.")
    assert "UA" not in belligerents(doc, load_kb(), load_lexicons())


def test_classify_outlet_that_reached_a_speaker_is_media(analyze_fr):
    """*Joint par Le Courrier de Lannion, son avocat dénonce …*: who reached the speaker is an outlet,
    even one the KB does not know."""
    srcs = {s.name: s.type for s in analyze_fr("Le gérant du bar a été placé en garde à vue. Joint par L'Écho "
                                               "du Trégor, son avocat dénonce « un dossier vide ».").sources}
    assert any(t == "media" and "Trégor" in n for n, t in srcs.items()), srcs


def test_role_words_are_read_in_the_article_language():
    """French *militants* is no English *militant* (an armed group); English keeps it."""
    from selon.sources.lexicons import words

    fr = load_lexicons("fr").head_role(words("les militants écologistes"))
    en = load_lexicons("en").head_role(words("the militants"))
    assert fr is None or fr.type != "armed_group"
    assert en is not None and en.type == "armed_group"
    assert describe("une militante du collectif Terres vives", load_kb(), load_lexicons("fr")).type != "armed_group"


@pytest.mark.parametrize("text, lang, expected", [
    # a strike the events may not name: the employer is a side, a firm that suffers it is not
    ("Les caristes de l'entrepôt Logiplus sont en grève depuis jeudi. La direction de Logiplus juge les "
     "demandes « irréalistes ». Un importateur de jouets dit avoir perdu une semaine de ventes.",
     "fr", {"La direction de Logiplus": True, "Un importateur de jouets": False}),
    # a mediator calls both sides to talk: no side
    ("Les arbitres menacent de boycotter la fin du championnat. La ministre des Sports a appelé les deux "
     "parties à « renouer le dialogue ».", "fr", {"La ministre des Sports": False}),
    # an election: the candidates are sides, the office that counts the votes is not
    ("Mayor Tom Sayer conceded the runoff on Sunday. \"I wish my opponent well,\" Sayer said. The county "
     "elections office said turnout was 35 percent.", "en",
     {"Tom Sayer": True, "The county elections office": False}),
])
def test_classify_sides_of_disputes_that_are_not_wars(text, lang, expected):
    import selon

    parties = {s.name: s.party_to_conflict for s in selon.analyze(text, lang=lang).sources}
    assert {k: parties.get(k) for k in expected} == expected


def test_hyphenated_role_noun_is_one_token_and_the_whole_source(nlp_fr):
    import selon

    assert [t.text for t in nlp_fr("Une aide-soignante témoigne.")][:2] == ["Une", "aide-soignante"]
    art = selon.analyze("« Nous sommes à bout », explique une aide-soignante du service.", lang="fr")
    assert [(s.name, s.type) for s in art.sources] == [("une aide-soignante du service", "citizen")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le syndicat appelle à la grève ; le procès de l'entreprise s'ouvre devant le tribunal.", "fr"),
    ("« La grève est finie », dit-il, mais le conseil des prud'hommes tranchera.", "fr"),
    ("Rien à signaler dans ce quartier calme.", "fr"),
    ("Les salariés en grève ont déposé plainte ; bras de fer en vue avant la campagne électorale.", "fr"),
    ("The union called a strike and filed a lawsuit before the election.", "en"),
])
def test_markers_as_every_phrase_searched(text, lang):
    from selon.sources import classify
    from selon.sources.lexicons import words

    lex = load_lexicons(lang)
    joined = " " + " ".join(words(classify._QUOTED.sub(" ", text))) + " "
    every = frozenset(p for p in lex.legal | lex.labour | lex.dispute | lex.election if f" {p} " in joined)
    assert classify._markers(text, lang) == every
    if "bras de fer" in text:
        assert {"en greve", "bras de fer", "campagne electorale"} <= every  # phrases of several words


def test_english_party_adjective_and_clause_after_a_name():
    import selon

    assert describe("A senior Republican aide", load_kb(), load_lexicons("en")).type == "politician"
    assert describe("The Oregon Nurses Association", load_kb(), load_lexicons("en")).type == "monitor_ngo"
    text = "The firm was fined on Monday. Her lawyer, Ann Cole, told reporters that the ruling was unfair."
    types = {s.name: s.type for s in selon.analyze(text, lang="en").sources}
    assert "media" not in types.values()


def test_party_label_plural_after_names_and_plural_staff_of_a_body():
    import selon

    text = ("Au second tour, Paul Roche (LR) a battu la maire sortante. Paul Roche a salué « une victoire "
            "collective ».")
    assert {s.name: s.type for s in selon.analyze(text, lang="fr").sources}.get("Paul Roche") == "politician"
    officials = describe("Marion County officials", load_kb(), load_lexicons("en"))
    office = describe("The county elections office", load_kb(), load_lexicons("en"))
    assert officials.anonymous and not office.anonymous


def test_english_apposition_with_modifiers_before_its_head():
    d = describe("Jane Roe, a Latin America analyst with the Brookings Institution", load_kb(), load_lexicons("en"))
    assert d.type == "expert"
    assert describe("RNC spokesman Tim Lord", load_kb(), load_lexicons("en")).type == "politician"


@pytest.mark.parametrize(("text", "type_", "anonymous"), [
    ("Assembly Speaker Dana Holt", "politician", False),
    ("the campaign manager for the governor", "politician", False),
    ("Lena Park, Smith’s deputy political director", "politician", False),
    ("a veteran Democratic operative", "politician", True),
    ("one Ohio Republican strategist", "politician", True),
    ("a defense strategist with the army", "military", True),
    ("Tom Reyes, a Tucson Republican", "politician", False),
    ("the longest-serving Democrat on the panel", "politician", False),
    ("his supporters", "citizen", True),
    ("the owner of the bakery", "company", False),
    ("Ann Kerr, the owner of a car dealership who later ran for mayor", "company", False),
])
def test_english_campaign_roles_owners_and_party_nouns(text, type_, anonymous):
    d = describe(text, load_kb(), load_lexicons("en"))
    assert (d.type, d.anonymous) == (type_, anonymous)


def test_english_title_after_a_place_or_in_apposition():
    kb, lex = load_kb(), load_lexicons("en")
    assert describe("Ohio Sen. Mary Vance", kb, lex).type == "politician"
    assert describe("New Mexico Gov. Ted Lark", kb, lex).type == "government"
    assert describe("Her Republican rival, Rep. Omar Pitt", kb, lex).type == "politician"
    assert describe("Quiet Oak Farms", kb, lex).type == "unknown"


def test_english_role_owned_by_a_person_named_before():
    import selon

    text = ("Senator Mary Vance said on Monday that the bill would pass. "
            "Her spokesman said the vote was set for Thursday. "
            "Vance’s spokeswoman Ida Quist said the senator would not comment further.")
    types = {s.name: s.type for s in selon.analyze(text, lang="en").sources}
    assert types.get("Mary Vance") == "politician"
    assert types.get("Ida Quist") == "politician"
    assert any(n.lower().startswith("her spokesman") and t == "politician" for n, t in types.items())


@pytest.mark.parametrize("text", ["Thirty percent", "Forty-six percent of voters", "Almost half of respondents",
                                  "Two-thirds of Americans", "Families of flood victims"])
def test_english_spelled_poll_shares_and_families_are_anonymous_citizens(text):
    d = describe(text, load_kb(), load_lexicons("en"))
    assert (d.type, d.anonymous) == ("citizen", True)


def test_english_chamber_and_compound_owned_role():
    import selon

    assert describe("the Senate", load_kb(), load_lexicons("en")).type == "politician"
    text = ("Senator Mary Vance said on Monday that the bill would pass. "
            "His chief aide said the vote was set for Thursday.")
    types = {s.name: s.type for s in selon.analyze(text, lang="en").sources}
    assert types.get("His chief aide") == "politician"


@pytest.mark.parametrize(("text", "type_"), [
    ("a paramedic at the scene", "judiciary_police"),
    ("the state's environmental agency", "government"),
    ("a retired Navy admiral", "military"),
    ("her daughter and her dad", "citizen"),
    ("a beekeeper near the plant", "citizen"),
    ("a conservation group", "monitor_ngo"),
    ("the hotel's general manager", "company"),
    ("a surgeon at the clinic", "expert"),
])
def test_english_everyday_role_nouns(text, type_):
    assert describe(text, load_kb(), load_lexicons("en")).type == type_


@pytest.mark.parametrize("text, type_", [
    # a chief of staff is typed by the body named with it; only a military body makes it military
    ("the White House chief of staff", "government"),
    ("the chief of staff of the army", "military"),
    ("the Joint Chiefs of Staff", "military"),
    ("the governor's chief of staff", "government"),
    ("Ohio Rep. Dana Pike's chief of staff", "politician"),
    # a rank opens a person's name, never a body's
    ("General Lee", "military"),
    ("General Motors", "unknown"),
    ("the General Assembly", "unknown"),
    ("General Motors' spokesman", "unknown"),
    ("Dana Pike, a spokeswoman for General Electric", "unknown"),
    # a short outlet name that opens a longer capitalised name is not that outlet
    ("the National Weather Service forecaster", "expert"),
    ("The National", "media"),
    # a relative clause is no part of the head: the paramedic, not the driver
    ("a paramedic who treated the driver", "judiciary_police"),
])
def test_classify_describe_english_heads(text, type_):
    assert describe(text, load_kb(), load_lexicons("en")).type == type_
