"""Tests for the events layer: triggers, types, roles, context links, hedging."""

from __future__ import annotations

import pytest

from selon.extract import events
from selon.extract.events import ACLED, NOUN_TRIGGERS, PLOVER, VERB_TRIGGERS
from selon.model import Article, Attribution, DateRef, Entity, Place, Quantity, Span

pytestmark = pytest.mark.model


def _events(nlp, text: str, lang: str, **layers):
    article = Article(id="t", text=text, lang=lang, **layers)
    return events.extract_events(nlp(text), article)


def _types(found):
    return [(e.type, e.trigger.text) for e in found]


FR_TYPES = [
    ("L'armée syrienne a bombardé Idlib samedi.", [("strike", "bombardé")]),
    ("Des hélicoptères américains ont évacué des combattants de Daech.", [("evacuate", "évacué")]),
    ("L'opération d'héliportage a eu lieu de nuit.", [("evacuate", "héliportage")]),
    ("Les rebelles se sont emparés de la ville.", [("capture", "emparés")]),
    ("Les forces kurdes ont pris Raqqa.", [("capture", "pris")]),
    ("La police a arrêté trois manifestants à Paris.", [("arrest", "arrêté")]),
    ("Des milliers de personnes ont manifesté contre la réforme.", [("protest", "manifesté")]),
    ("Ses avions ont effectué 1.417 raids et 2.687 frappes contre les camps.",
     [("strike", "raids"), ("strike", "frappes")]),
    ("Les deux camps ont conclu un accord à Doha.", [("agree", "conclu"), ("agree", "accord")]),
    ("Le Hamas a rejeté la proposition et menacé Israël.",
     [("reject", "rejeté"), ("threaten", "menacé")]),
    ("La ville est assiégée par les djihadistes depuis 2014.", [("siege", "assiégée")]),
    ("Les combattants ont dû se retirer de la province.", [("withdraw", "retirer")]),
    ("Près de 1.200 terroristes ont été éliminés.", [("kill", "éliminés")]),
]

EN_TYPES = [
    ("Russian forces shelled Kharkiv on Monday.", [("strike", "shelled")]),
    ("The rebels seized the airport and killed two guards.",
     [("capture", "seized"), ("kill", "killed")]),
    ("Police arrested 40 protesters in Lahore.", [("arrest", "arrested")]),
    ("Thousands protested in Nairobi against the tax.", [("protest", "protested")]),
    ("The army launched an offensive against the rebels.", [("attack", "offensive")]),
    ("The UN evacuated 300 people from the city.", [("evacuate", "evacuated")]),
    ("Government troops besieged the town for months.", [("siege", "besieged")]),
]

# Words that look like triggers but are not events here.
NO_EVENT = [
    ("fr", "Il a pris une décision difficile."),
    ("fr", "Des hélicoptères de combat survolaient la zone."),
    ("fr", "Elle a retiré sa plainte hier."),
    ("en", "He took a decision."),
    ("en", "Attack helicopters flew over the city."),
]


@pytest.mark.parametrize(("text", "expected"), FR_TYPES)
def test_events_types_fr(nlp_fr, text, expected):
    assert _types(_events(nlp_fr, text, "fr")) == expected


@pytest.mark.parametrize(("text", "expected"), EN_TYPES)
def test_events_types_en(nlp_en, text, expected):
    assert _types(_events(nlp_en, text, "en")) == expected


@pytest.mark.parametrize(("lang", "text"), NO_EVENT)
def test_events_not_triggers(nlp_fr, nlp_en, lang, text):
    assert _events(nlp_fr if lang == "fr" else nlp_en, text, lang) == []


def _entity(text: str, ident: str, name: str, etype: str = "organisation") -> Entity:
    start = text.index(name)
    return Entity(id=ident, name=name, type=etype, mentions=(Span.of(text, start, start + len(name)),))  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), [
    ("fr", "L'armée russe a bombardé les positions de Daech.", "armée russe", "Daech"),
    ("fr", "Les positions de Daech ont été bombardées par l'armée russe.", "armée russe", "Daech"),
    ("fr", "L'aviation russe a effectué des raids contre Daech.", "aviation russe", "Daech"),
    ("en", "The Russian army shelled the positions of the rebels.", "Russian army", "rebels"),
    ("en", "The rebels were attacked by the Russian army.", "Russian army", "rebels"),
])
def test_events_actor_and_target_are_entities(nlp_fr, nlp_en, lang, text, actor, target):
    ents = (_entity(text, "e-actor", actor), _entity(text, "e-target", target))
    (event,) = _events(nlp_fr if lang == "fr" else nlp_en, text, lang, entities=ents)
    assert (event.actor, event.target) == ("e-actor", "e-target")


def test_events_without_entities_have_no_actor(nlp_fr):
    (event,) = _events(nlp_fr, "L'armée russe a bombardé les positions de Daech.", "fr")
    assert event.actor is None and event.target is None


def test_events_link_place_date_quantities(nlp_fr):
    text = "Mardi, l'aviation a détruit 83 véhicules à Homs. Le lendemain, Alep était calme."
    def span(word):
        i = text.index(word)
        return Span.of(text, i, i + len(word))
    homs = Place(id="p-homs", span=span("Homs"), name="Homs")
    alep = Place(id="p-alep", span=span("Alep"), name="Aleppo")
    date = DateRef(id="d-1", span=span("Mardi"), value="2017-09-05")
    qty = Quantity(id="q-1", span=span("83"), value=83.0)
    (event,) = _events(nlp_fr, text, "fr", places=(homs, alep), dates=(date,), quantities=(qty,))
    assert (event.type, event.place, event.date, event.quantities) == ("destroy", "p-homs", "d-1",
                                                                      ("q-1",))


@pytest.mark.parametrize(("lang", "text", "trigger", "hedged"), [
    ("fr", "Les frappes auraient tué 12 civils.", "tué", True),
    ("fr", "Les frappes ont tué 12 civils.", "tué", False),
    ("en", "The strikes would have killed dozens of civilians.", "killed", True),
    ("en", "The strikes killed dozens of civilians.", "killed", False),
])
def test_events_hedged_by_conditional(nlp_fr, nlp_en, lang, text, trigger, hedged):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[trigger].hedged is hedged


def test_events_attribution_and_its_hedge(nlp_fr):
    text = "Selon l'OSDH, des frappes ont tué 12 civils à Idlib."
    content = Span.of(text, 14, len(text) - 1)
    att = Attribution(id="a1", source=None, cue=Span.of(text, 0, 5), content=content, hedged=True)
    found = _events(nlp_fr, text, "fr", attributions=(att,))
    assert {e.type for e in found} == {"strike", "kill"}
    assert all(e.attribution == "a1" and e.hedged for e in found)
    assert all(e.id.startswith("ev-") and text[e.trigger.start:e.trigger.end] == e.trigger.text
               for e in found)


def test_events_lexicons_map_to_plover_and_acled():
    types = {t for table in (*VERB_TRIGGERS.values(), *NOUN_TRIGGERS.values()) for t in table.values()}
    assert types <= set(PLOVER) and set(PLOVER) == set(ACLED)
    assert {PLOVER[t] for t in ("attack", "strike", "kill")} == {"ASSAULT"}
    assert ACLED["strike"] == "Explosions/Remote violence" and PLOVER["protest"] == "PROTEST"


def test_events_seed_article(seed, analyze_fr):
    article = analyze_fr(seed["text"])
    found = {(e.type, e.trigger.text) for e in article.events}
    assert {("evacuate", "évacué"), ("evacuate", "héliportage")} <= found
    assert {("strike", "raids"), ("strike", "frappes")} <= found
    assert ("destroy", "détruit") in found
    assert all(hasattr(e, "attribution") for e in article.events)


# ---------------------------------------------------------------- verbal acts, roles, context

VERBAL_FR = [
    ("Le syndicat a dénoncé la réforme des retraites.", "ACCUSE", "Le syndicat"),
    ("La ministre a critiqué le projet du maire.", "ACCUSE", "La ministre"),
    ("Le procureur a ouvert une enquête sur l'incendie du dépôt.", "ACCUSE", "Le procureur"),
    ("Les infirmières réclament une hausse des salaires.", "REQUEST", "Les infirmières"),
    ("Le maire a appelé les habitants à rester chez eux.", "REQUEST", "Le maire"),
    ("Le gouvernement a refusé de recevoir les grévistes.", "REJECT", "Le gouvernement"),
    ("Le patronat menace de quitter la table.", "THREATEN", "Le patronat"),
    ("Plusieurs élus soutiennent la candidature de la ministre.", "SUPPORT", "Plusieurs élus"),
    ("Le président a rencontré son homologue allemand à Berlin.", "CONSULT", "Le président"),
]


@pytest.mark.parametrize(("text", "plover", "actor"), VERBAL_FR)
def test_verbal_acts_are_events_with_their_doer(nlp_fr, text, plover, actor):
    found = [e for e in _events(nlp_fr, text, "fr") if e.plover == plover]
    assert found and found[0].actor_name == actor


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le porte-parole a déclaré que la réunion était reportée."),
    ("fr", "Selon la préfecture, le trafic a repris normalement."),
    ("en", "The spokesman said the vote was postponed."),
])
def test_plain_reports_are_not_events(nlp_fr, nlp_en, lang, text):
    assert all(e.plover is not None for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang))
    assert not [e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
                if e.trigger.text in ("déclaré", "said", "Selon")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Une explosion s'est produite dans la chaufferie de l'usine, sans faire de blessé."),
    ("fr", "Le candidat a été éliminé dès le premier tour de la primaire."),
    ("en", "A gas explosion destroyed two houses on Main Street."),
])
def test_conflict_types_do_not_fire_on_civilian_news(nlp_fr, nlp_en, lang, text):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.plover == "ASSAULT"]


def test_riots_need_a_protest_context(nlp_fr):
    civil = _events(nlp_fr, "Un incendie a ravagé l'entrepôt pendant la nuit.", "fr")
    riot = _events(nlp_fr, "En marge de la manifestation, des casseurs ont incendié trois voitures.", "fr")
    assert not [e for e in civil if e.acled == "Riots"]
    assert [e.trigger.text for e in riot if e.acled == "Riots"] == ["incendié"]


def test_plover_and_acled_fields(nlp_fr, nlp_en):
    (fr,) = [e for e in _events(nlp_fr, "Des milliers de personnes ont manifesté à Lyon.", "fr")]
    (en,) = [e for e in _events(nlp_en, "Police arrested 40 protesters in Lahore.", "en")
             if e.plover == "COERCE"]
    assert (fr.plover, fr.acled) == ("PROTEST", "Protests")
    assert (en.plover, en.acled) == ("COERCE", "Strategic developments")


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Un rassemblement des agriculteurs est prévu devant la préfecture.", "rassemblement", "agriculteurs"),
    ("Trois militants ont été interpellés par la police.", "interpellés", "la police"),
    ("Les enseignants, qui réclament des moyens, ont défilé.", "réclament", "Les enseignants"),
    ("La grève, lancée par les cheminots, se poursuit.", "grève", "les cheminots"),
])
def test_actor_from_the_parse(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert actor in (found[trigger].actor_name or "")


def test_passive_without_agent_has_no_actor(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "Deux suspects ont été arrêtés samedi.", "fr")}
    assert found["arrêtés"].actor_name is None


def test_speaker_of_a_verbal_act_through_the_attribution(nlp_fr):
    text = "Le ministre a dénoncé une provocation."
    src = Span.of(text, 0, 10)
    att = Attribution(id="a1", source=src, cue=Span.of(text, 13, 20), content=Span.of(text, 21, 37))
    (ev,) = [e for e in _events(nlp_fr, text, "fr", attributions=(att,)) if e.plover == "ACCUSE"]
    assert ev.actor_name == "Le ministre" and ev.attribution is None


@pytest.mark.parametrize(("lang", "text", "trigger", "negated", "hypothetical"), [
    ("fr", "Le syndicat n'a pas appelé à la grève.", "appelé", True, False),
    ("fr", "Le syndicat a appelé à la grève.", "appelé", False, False),
    ("fr", "L'armée pourrait bombarder la ville.", "bombarder", False, True),
    ("en", "The union did not call for a strike.", "call for", True, False),
])
def test_negated_and_hypothetical(nlp_fr, nlp_en, lang, text, trigger, negated, hypothetical):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert (found[trigger].negated, found[trigger].hypothetical) == (negated, hypothetical)


@pytest.mark.parametrize(("text", "plover", "actor"), [
    ("The opposition accused the government of fraud.", "ACCUSE", "The opposition"),
    ("Protesters demanded the release of the journalists.", "REQUEST", "Protesters"),
    ("The minister refused to meet the strikers.", "REJECT", "The minister"),
    ("Several senators backed the bill.", "SUPPORT", "Several senators"),
])
def test_verbal_acts_en(nlp_en, text, plover, actor):
    found = [e for e in _events(nlp_en, text, "en") if e.plover == plover]
    assert found and found[0].actor_name == actor


def test_meet_needs_someone_to_meet(nlp_en):
    assert not [e for e in _events(nlp_en, "She did not meet the polling threshold.", "en") if e.plover == "CONSULT"]
    assert [e for e in _events(nlp_en, "The president met his French counterpart in Paris.", "en")
            if e.plover == "CONSULT"]


def test_quoted_labels_are_not_events(nlp_fr):
    found = _events(nlp_fr, "Les éditeurs ont parlé de « censure » et de « chantage ».", "fr")
    assert not [e for e in found if e.trigger.text == "censure"]


def test_a_threat_as_a_risk_is_not_an_event(nlp_fr):
    assert not _events(nlp_fr, "La menace terroriste reste élevée en Europe.", "fr")
    assert [e.plover for e in _events(nlp_fr, "Le ministre a reçu des menaces de mort.", "fr")] == ["THREATEN"]


# ---------------------------------------------------------------- classes written for generalisation

@pytest.mark.parametrize(("lang", "text", "trigger", "plover", "actor"), [
    # the agent of a noun event, also when the parser hangs it on the noun's complement
    ("fr", "L'arrestation de l'opposant par la police a provoqué la colère.", "arrestation", "COERCE", "la police"),
    ("en", "The arrest of the activist by police sparked outrage.", "arrest", "COERCE", "police"),
    # *entre X et Y*: both sides do the talking
    ("fr", "Les négociations entre la direction et les syndicats ont repris lundi.", "négociations", "CONSULT",
     "la direction et les syndicats"),
    ("en", "The talks between the two sides collapsed on Friday.", "talks", "CONSULT", "the two sides"),
    # a state: *être en grève*, *go on strike*
    ("fr", "Les cheminots sont en grève depuis trois jours.", "grève", "PROTEST", "Les cheminots"),
    ("en", "Teachers went on strike in West Virginia.", "went on strike", "PROTEST", "Teachers"),
    # meeting someone named by a role
    ("fr", "Le président du Sénat a reçu les syndicats à l'Élysée.", "reçu", "CONSULT", "Le président du Sénat"),
    ("fr", "Emmanuel Macron a rencontré le chancelier allemand à Berlin.", "rencontré", "CONSULT",
     "Emmanuel Macron"),
    # a complaint filed by someone
    ("fr", "Le parquet a été saisi d'une plainte déposée par l'association.", "plainte déposée", "ACCUSE",
     "l'association"),
    # verbal attacks in political news
    ("en", "Clinton's campaign attacked Trump's record on taxes.", "attacked", "ACCUSE", "Clinton's campaign"),
    ("en", "Trump fired back at his critics on Twitter.", "fired back", "ACCUSE", "Trump"),
    ("en", "The senator called the governor a liar.", "called", "ACCUSE", "The senator"),
    # penalties are sentences, not accusations
    ("fr", "Le tribunal a condamné l'ancien maire à deux ans de prison.", "condamné", "COERCE", "Le tribunal"),
    ("en", "A judge sentenced the former mayor to two years in prison.", "sentenced", "COERCE", "A judge"),
])
def test_event_classes(nlp_fr, nlp_en, lang, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert trigger in found, sorted(found)
    assert found[trigger].plover == plover
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("en", "The mayor condemned the attack on the synagogue.", "attack"),  # physical, just no context
    ("en", "Trump fired back at his critics on Twitter.", "fired"),  # nobody was fired
    ("en", "She called the office twice on Monday.", "called"),
    ("fr", "La demande d'extradition a été rejetée.", None),  # a bare *de*-complement is not the doer
    ("fr", "Le rassemblement de samedi a été interdit.", None),  # nor a date
    ("fr", "Elle a reçu une lettre du ministère.", "reçu"),
])
def test_not_these_events_or_doers(nlp_fr, nlp_en, lang, text, trigger):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    if trigger is None:
        assert found and all(e.actor_name is None for e in found)
    else:
        assert not [e for e in found if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The governor could ban gatherings of more than ten people.", "ban"),
    ("Congress may reject the deal next week.", "reject"),
])
def test_english_modals_are_hypothetical(nlp_en, text, trigger):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].hypothetical


def test_events_lexicon_is_a_data_file_per_language():
    assert events.lexicon("fr")["verbs"]["manifester"] == "protest"
    assert events.lexicon("en")["phrases"][("call", "on")] == "request"  # not YAML's boolean
    assert all(t in events.TYPES for lang in ("fr", "en") for t in events.lexicon(lang)["verbs"].values())


def test_events_lexicon_missing_is_a_clear_error(monkeypatch, tmp_path):
    from selon.errors import ConfigError

    monkeypatch.setattr(events, "LEXICON_DIR", tmp_path)
    events.lexicon.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"E113.*selon/data/events/fr.yaml"):
            events.lexicon("fr")
    finally:
        events.lexicon.cache_clear()


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("The mayor voiced his disapproval of the new curfew.", "disapproval", "ACCUSE", "The mayor"),
    ("Two lawmakers stepped up their criticism of the budget.", "criticism", "ACCUSE", "Two lawmakers"),
    ("She broke the rules by calling on voters to stay home.", "calling on", "REQUEST", "She"),
    ("The senator had been talking with union leaders for weeks.", "talking", "CONSULT", "The senator"),
])
def test_english_doers_through_the_verb(nlp_en, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize("text", [
    "He was hit in the back of the head.",        # *hit … back* is no phrase when apart
    "The call was paid for by a super PAC.",      # nor *call … for* on a noun
    "The professor agreed.",                      # agreeing with an opinion
    "She demonstrated a good grasp of the file.",  # showing, not protesting
    "The ad is meant to appeal to young voters.",  # attracting, not appealing for
])
def test_english_look_alikes_are_not_events(nlp_en, text):
    assert not _events(nlp_en, text, "en")


def test_reportedly_hedges_the_event(nlp_en):
    (ev,) = _events(nlp_en, "The talks reportedly ended in a meeting at the embassy on Friday.", "en")[-1:]
    assert ev.trigger.text == "meeting" and ev.hedged


@pytest.mark.parametrize(("lang", "text", "trigger"), [
    ("en", "The governor still enjoys 55 percent support in the state.", "support"),
    ("en", "She has lost support among older voters.", "support"),
    ("fr", "Le candidat conserve le soutien de 30 % des électeurs.", "soutien"),
    ("en", "The senator spoke at a campaign rally in Ohio.", "rally"),
    ("en", "The long primary battle between Clinton and Sanders is over.", "battle"),
    ("en", "The senator is backing down from his proposal.", "backing"),
    ("en", "Sanders takes Wisconsin by a wide margin.", "takes"),
    ("en", "She played a supporting role in the campaign.", "supporting"),
])
def test_political_look_alikes_are_not_acts(nlp_fr, nlp_en, lang, text, trigger):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.trigger.text == trigger]


@pytest.mark.parametrize(("lang", "text", "trigger", "plover"), [
    ("en", "Thousands of people rallied against the pipeline.", "rallied", "PROTEST"),
    ("en", "The union declared its support for the strikers.", "support", "SUPPORT"),
    ("fr", "La marche a reçu le soutien de plusieurs évêques.", "soutien", "SUPPORT"),
])
def test_the_acts_themselves_stay(nlp_fr, nlp_en, lang, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[trigger].plover == plover


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Les deux ministres se sont entretenus par téléphone mardi.", "entretenus", "CONSULT", "Les deux ministres"),
    ("La maire invite les habitants à rejoindre le cortège.", "invite", "REQUEST", "La maire"),
    ("La loi, soutenue par les syndicats, a été adoptée.", "soutenue", "SUPPORT", "les syndicats"),
])
def test_french_doers_and_triggers(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger"), [
    ("« Nous irons jusqu'au bout », soutient le porte-parole du syndicat.", "soutient"),  # maintaining a claim
    ("Le ministre a promis un dialogue exigeant et franc.", "exigeant"),  # an adjective
    ("Elle a été invitée à témoigner devant la commission.", "invitée"),
])
def test_french_look_alikes_are_not_events(nlp_fr, text, trigger):
    assert not [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == trigger]


def test_a_cause_is_not_the_doer(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "La fumée a nécessité l'évacuation des élèves.", "fr")}
    assert found["évacuation"].actor_name is None


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    # a present-tense verb the tagger reads as a modifier of its subject
    ("Le syndicat menace de bloquer les dépôts pétroliers.", "menace", "THREATEN", "Le syndicat"),
    ("Les agriculteurs menacent de bloquer les autoroutes.", "menacent", "THREATEN", "Les agriculteurs"),
    ("L'opposition reproche au gouvernement son silence.", "reproche", "ACCUSE", "L'opposition"),
    # a bare act noun after *de* is what the act is about, not its doer
    ("Washington a brandi la menace de sanctions contre Téhéran.", "menace", "THREATEN", "Washington"),
    # talks, meetings
    ("Les deux dirigeants ont eu un entretien téléphonique dimanche.", "entretien", "CONSULT",
     "Les deux dirigeants"),
    ("Les discussions entre la direction et les syndicats ont repris.", "discussions", "CONSULT",
     "la direction et les syndicats"),
    ("Le président a reçu les responsables syndicaux à l'Élysée.", "reçu", "CONSULT", "Le président"),
    ("Les chefs de gouvernement se sont réunis à Bruxelles.", "réunis", "CONSULT", "Les chefs de gouvernement"),
    ("Le maire a échangé avec les riverains inquiets.", "échangé", "CONSULT", "Le maire"),
    # violence with no other sense, or with a weapon named, in any article
    ("Les forces de l'ordre ont ouvert le feu sur la foule.", "ouvert le feu", "ASSAULT", "Les forces de l'ordre"),
    ("La victime a été frappée avec une barre de fer.", "frappée", "ASSAULT", None),
    ("Un passant a été poignardé dans la rue.", "poignardé", "ASSAULT", None),
    # more verbal acts
    ("Les élus plaident pour un report de la réforme.", "plaident", "REQUEST", "Les élus"),
    ("La ministre a mis en garde les banques.", "mis en garde", "THREATEN", "La ministre"),
    ("Le président a opposé son veto au texte.", "opposé son veto", "REJECT", "Le président"),
    ("Le rapport épingle la gestion de la mairie.", "épingle", "ACCUSE", "Le rapport"),
    ("Le sommet européen s'est ouvert jeudi à Bruxelles.", "sommet", "CONSULT", None),
])
def test_french_classes_from_unseen_news(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "word"), [
    ("L'entretien des routes coûte cher à la commune.", "entretien"),  # upkeep
    ("Dans un entretien au Figaro, le ministre a défendu sa réforme.", "entretien"),  # an interview
    ("Le Bayern est encore loin du sommet du classement.", "sommet"),
    ("La crise frappe durement les ménages modestes.", "frappe"),
    ("Les syndicats revendiquent 2 millions de manifestants.", "revendiquent"),  # a figure claimed
    ("L'attentat a été revendiqué par l'État islamique.", "revendiqué"),  # a deed claimed
    ("Il a plaidé coupable devant le tribunal.", "plaidé"),
    ("La marche a réuni 3 000 personnes dans le centre.", "réuni"),
    ("Le patient est toujours dans un état critique.", "critique"),
    ("Les échanges commerciaux entre les deux pays ont progressé.", "échanges"),
    ("Le député a échangé des messages avec son assistant.", "échangé"),
    ("Le club a accueilli le festival de jazz en juillet.", "accueilli"),
])
def test_french_senses_that_are_no_act(nlp_fr, text, word):
    assert not [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == word]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a perfect infinitive under a reporting verb: the verb's subject did it
    ("Le procureur de Lyon a annoncé lundi avoir ouvert une enquête sur les violences.", "ouvert une enquête",
     "Le procureur de Lyon"),
    ("La junte a affirmé, dans un communiqué lu à la télévision, avoir pris le pouvoir au Niger.",
     "pris le pouvoir", "La junte"),
    ("Le quotidien estime avoir eu raison de refuser la publication du texte.", "refuser", "Le quotidien"),
    # a conjoined participle shares its head's auxiliary and subject
    ("Le ministre a condamné les violences et averti que les auteurs seraient poursuivis.", "averti",
     "Le ministre"),
    # a present participle after a verb: that verb's subject
    ("« Nous ne céderons pas », ont-ils prévenu, rejetant la proposition du patronat.", "rejetant", "ils"),
])
def test_french_doer_of_a_dependent_verb(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # the pronoun doer is the earlier subject it agrees with, past a *selon* source and a quote's speaker
    ("François Bayrou a défendu son bilan devant la presse jeudi. « Je n'ai rien commis d'illégal », "
     "a-t-il ajouté. Selon le quotidien Le Monde, plusieurs assistants auraient été rémunérés sans "
     "travailler. Il a cependant fermement nié toute irrégularité.", "nié", "François Bayrou"),
    # gender from the determiner (*la maire*), past a plural subject
    ("La maire de Lille a présenté mardi son plan pour les transports. Les commerçants, eux, restent "
     "sceptiques. Elle a toutefois rejeté toute hausse des tarifs.", "rejeté", "La maire de Lille"),
    # a body, not a thing (*le trafic*)
    ("Le syndicat Sud-Rail a déposé un préavis de grève. Selon la direction, le trafic sera perturbé. "
     "Il réclame une hausse des salaires de 5 %.", "réclame", "Le syndicat Sud-Rail"),
])
def test_french_pronoun_doers(analyze_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in analyze_fr(text).events}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    # an act noun after a verb's bare *de* is the act (*émaillé de heurts*), not a modifier of a noun
    ("Le défilé a rassemblé 5 000 personnes à Lyon "
     "et été émaillé de heurts en fin de journée, en marge du cortège.", "heurts", "PROTEST", None),
    # threats made to someone (*menaces physiques*), reported by another: the reporter did not threaten
    ("L'élue a fait part à la presse des menaces de mort visant sa famille.", "menaces", "THREATEN", None),
    # reporting facts to a prosecutor accuses
    ("Un signalement au procureur a été transmis mardi.", "signalement", "ACCUSE", None),
    ("L'école a signalé les faits au parquet de Nantes.", "signalé", "ACCUSE", "L'école"),
])
def test_french_acts_from_dev_misses(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "word"), [
    ("La menace terroriste reste élevée.", "menace"),  # a risk
    ("La police a diffusé le signalement du suspect.", "signalement"),  # a description
    ("Il signale que la route est fermée.", "signale"),
])
def test_french_risks_and_descriptions_are_no_acts(nlp_fr, text, word):
    assert not [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == word]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("La Cour des comptes s'en prend au coût du projet.", "prend", "ACCUSE"),
    ("La ministre a taclé son prédécesseur.", "taclé", "ACCUSE"),
    ("Le syndicat a assigné l'entreprise en justice.", "assigné l'entreprise en justice", "ACCUSE"),
    # *interpeller* by someone who is no police, of an office holder: a challenge, not an arrest
    ("Le président a été vivement interpellé par des manifestants.", "interpellé", "ACCUSE"),
    ("Les ONG interpellent le gouvernement sur le sort des migrants.", "interpellent", "ACCUSE"),
    ("Le suspect a été interpellé par la brigade anticriminalité.", "interpellé", "COERCE"),
    ("Les autorités ont interpellé 8400 personnes en un an.", "interpellé", "COERCE"),
    ("Trois personnes ont été interpellées samedi.", "interpellées", "COERCE"),
])
def test_french_challenges_and_arrests(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


@pytest.mark.parametrize(("text", "trigger", "plover", "acled"), [
    # scuffles are riots in any article, also with no protest word in it
    ("Des échauffourées ont opposé dimanche des supporters aux stadiers devant le stade.", "échauffourées",
     "PROTEST", "Riots"),
    ("Une rixe entre deux bandes rivales a fait un blessé grave vendredi soir.", "rixe", "PROTEST", "Riots"),
    # damage done by people: a riot where there is no war, destruction where there is one
    ("Plusieurs individus ont saccagé la médiathèque du quartier dans la nuit.", "saccagé", "PROTEST", "Riots"),
    ("Les miliciens ont incendié le dispensaire du village avant de fuir l'armée.", "incendié", "ASSAULT",
     "Explosions/Remote violence"),
    # an occupation of a building by people is a protest
    ("L'occupation du lycée par une centaine d'élèves a duré deux jours.", "occupation", "PROTEST", "Protests"),
    # dispersing a gathering
    ("Les gendarmes ont dispersé les occupants du terrain à l'aube.", "dispersé", "COERCE", None),
])
def test_french_riots_and_crowd_acts_anywhere(nlp_fr, text, trigger, plover, acled):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert (found[trigger].plover, found[trigger].acled) == (plover, acled)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "La passation de pouvoir s'est déroulée sans heurts.", "heurts"),  # smoothly
    ("fr", "Le taux d'occupation des hôpitaux dépasse 90 %.", "occupation"),  # occupancy
    ("fr", "Malgré la violence du choc, aucun blessé n'est à déplorer.", "déplorer"),  # losses, not blame
    ("fr", "Les secours déplorent deux victimes dans l'effondrement du toit.", "déplorent"),
    # receiving a threat, a letter, a prize is no meeting
    ("fr", "Elle ne compte plus les insultes qu'elle reçoit chaque jour en ligne.", "reçoit"),
    ("fr", "Le romancier a reçu le prix des lecteurs.", "reçu"),
    # a political fight at a protest is no riot
    ("fr", "Les grévistes mènent un combat pour leurs salaires.", "combat"),
])
def test_french_look_alikes_are_no_acts(nlp_fr, lang, text, word):
    assert not [e for e in _events(nlp_fr, text, lang) if e.trigger.text == word]


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    # meeting groups of people
    ("La préfète a rencontré mardi les riverains de l'usine.", "rencontré", "CONSULT", "La préfète"),
    ("Le ministre a reçu les familles des victimes place Beauvau.", "reçu", "CONSULT", "Le ministre"),
    # *demander que* + subjunctive is a request, not reported speech
    ("L'intersyndicale demande que le projet soit retiré.", "demande", "REQUEST", "L'intersyndicale"),
    # a light verb: *procéder à des interpellations*
    ("Les policiers, qui ont procédé à six interpellations, ont saisi des armes.", "interpellations",
     "COERCE", "Les policiers"),
])
def test_french_meetings_requests_light_verbs(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


def test_french_suspect_is_the_doer_and_the_act_hedged(nlp_fr):
    text = "Un adolescent a été arrêté lundi à Grenoble, soupçonné d'avoir poignardé un camarade."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["poignardé"].actor_name == "Un adolescent" and found["poignardé"].hedged
    assert not found["arrêté"].hedged


def test_french_assault_noun_de_complement_is_the_victim(nlp_fr):
    text = "Deux hommes ont été condamnés pour l'agression d'une contrôleuse dans un train."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["agression"].actor_name is None


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("Security forces fired live rounds at the crowd outside the ministry.", "fired", "ASSAULT"),
    ("Demonstrators clashed with police near the square after the rally.", "clashed", "PROTEST"),
])
def test_english_fire_at_and_clashes(nlp_en, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover


def test_english_fire_someone_is_still_a_dismissal(nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_en, "The board fired the chief executive on Monday.", "en")}
    assert found["fired"].plover == "SANCTION"


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a present verb the tagger reads as an adverb or a noun: *les* before a singular form is a pronoun
    ("À l'arrivée des secours, le conducteur les menace.", "menace", "le conducteur"),
    ("Moscou dément avoir bombardé un hôpital.", "dément", "Moscou"),
    # the actor phrase does not start with what the parser hung before it
    ("Au même moment, une cinquantaine de militants ont occupé le hall de la mairie pendant la grève.",
     "occupé", "une cinquantaine de militants"),
])
def test_french_misread_verbs_and_actor_phrases(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger"), [
    ("Un rassemblement non déclaré mais non interdit s'est tenu devant la gare.", "interdit"),
    ("Aucune interpellation n'a eu lieu pendant le match.", "interpellation"),
])
def test_french_negated_forms(nlp_fr, text, trigger):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].negated


@pytest.mark.parametrize(("text", "trigger", "acled"), [
    # violence by a crowd at a protest is a riot; an armed attack in a war stays a battle
    ("Pendant la manifestation, des dizaines de casseurs ont détruit du mobilier urbain.", "détruit", "Riots"),
    ("En marge du cortège, des jeunes ont attaqué un fourgon de police.", "attaqué", "Riots"),
    ("Les soldats ont attaqué un camp rebelle près de la frontière.", "attaqué", "Battles"),
])
def test_crowd_violence_at_protests_is_riot(nlp_fr, text, trigger, acled):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].acled == acled


@pytest.mark.parametrize(("text", "word"), [
    ("Elle a déposé une demande de titre de séjour en mars.", "demande"),  # an application
    ("La visite guidée du château dure une heure.", "visite"),  # touring a place
    ("La visite de la cathédrale est gratuite le dimanche.", "visite"),
    ("Le soutien scolaire reprend après les vacances.", "soutien"),  # a service
    ("Le nouveau maire a reçu un accueil favorable des commerçants.", "favorable"),
])
def test_french_applications_tours_services_are_no_acts(nlp_fr, text, word):
    assert not [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == word]


def test_french_visit_of_a_person_stays_a_meeting(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "La visite du Premier ministre à Dakar a été reportée.", "fr")}
    assert found["visite"].plover == "CONSULT"


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Des dizaines de grévistes se sont rassemblés devant le rectorat.", "rassemblés", "PROTEST",
     "Des dizaines de grévistes"),
    ("Demonstrators gathered near the parliament and threw bottles at the police.", "gathered", "PROTEST",
     "Demonstrators"),
    ("Demonstrators gathered near the parliament and threw bottles at the police.", "threw bottles", "PROTEST",
     "Demonstrators"),
    ("The strike by refinery workers entered its second week.", "strike", "PROTEST", "refinery workers"),
])
def test_gatherings_of_protesters_and_strikes(nlp_fr, nlp_en, text, trigger, plover, actor):
    lang = "fr" if "se sont" in text else "en"
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Les paroissiens se sont rassemblés dans la chapelle.", "rassemblés"),
    ("en", "Hundreds of relatives gathered at the cemetery.", "gathered"),
    ("en", "A lightning strike damaged the roof of the school.", "strike"),
])
def test_gatherings_and_strikes_that_are_no_protest(nlp_fr, nlp_en, lang, text, word):
    assert not [e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang) if e.trigger.text == word]


def test_english_drone_strike_is_an_assault_and_threatened_strike_hypothetical(nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_en, "A drone strike hit a convoy of militants.", "en")}
    assert found["strike"].plover == "ASSAULT"
    found = {e.trigger.text: e for e in _events(nlp_en, "The union threatened a strike over pay.", "en")}
    assert found["strike"].plover == "PROTEST" and found["strike"].hypothetical


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Le syndicat exclut toute reprise du travail avant vendredi.", "exclut", "REJECT", "Le syndicat"),
    ("Le Niger a annoncé l'expulsion de deux journalistes étrangers.", "expulsion", "COERCE", "Le Niger"),
    ("Le groupe armé a revendiqué l'attaque du poste frontière.", "attaque", "ASSAULT", "Le groupe armé"),
    ("Les enseignants grévistes ont été reçus mardi par le recteur.", "reçus", "CONSULT", "le recteur"),
    ("La ministre a rencontré lundi les salariés du site.", "rencontré", "CONSULT", "La ministre"),
    ("La police affirme être intervenue pour disperser la foule.", "disperser", "COERCE", "La police"),
    ("Des militants ont bloqué l'accès au port pendant deux heures.", "bloqué", "PROTEST", "Des militants"),
])
def test_french_rejections_announced_acts_receptions(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


def test_french_gathered_crowd_is_the_protest_actor(nlp_fr):
    text = "Plusieurs centaines de grévistes rassemblés devant l'usine ont hué le directeur."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["rassemblés"].plover == "PROTEST"
    assert found["rassemblés"].actor_name.startswith("Plusieurs centaines de grévistes")


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("Le journaliste, poursuivi pour diffamation, a été relaxé.", "poursuivi", "ACCUSE"),
    ("Des roquettes lancées depuis le sud ont visé la ville, selon l'armée.", "lancées", "ASSAULT"),
    ("Un forcené a été abattu par les gendarmes après une prise d'otages.", "abattu", "ASSAULT"),
    ("Les détenus auraient subi des mauvais traitements.", "mauvais traitements", "ASSAULT"),
])
def test_french_prosecution_projectiles_shooting_abuse(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "L'entreprise est exclue du marché public.", "exclue"),  # no refusal
    ("fr", "Les syndicats réclament le retrait du projet de loi.", "retrait"),  # a law, not troops
    ("fr", "L'avocat a annoncé qu'il allait faire appel.", "appel"),  # a court appeal
    ("fr", "Les bûcherons ont abattu une centaine d'arbres.", "abattu"),
    ("fr", "La foule s'est dispersée dans le calme.", "dispersée"),
    ("fr", "Le ministre a été accueilli par des sifflets à son arrivée.", "accueilli"),
    ("en", "The two sides held talks on a new trade deal.", "deal"),  # the topic of talks
    ("en", "The ministry denounced what it called foreign meddling.", "called"),
])
def test_no_act_in_these_uses(nlp_fr, nlp_en, lang, text, word):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.trigger.text == word and e.plover in ("COERCE", "ASSAULT", "CONSULT", "RETREAT",
                                                                             "REQUEST", "REJECT", "AGREE", "ACCUSE",
                                                                             "PROTEST")]


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Students staged a sit-in outside the dean's office.", "sit-in", "PROTEST", "Students"),
    ("Angry fans pelted the players with bottles after the match.", "pelted", "PROTEST", "Angry fans"),
    ("The foreign ministry summoned the French ambassador on Friday.", "summoned the French ambassador",
     "ACCUSE", "The foreign ministry"),
])
def test_english_sit_ins_pelting_summons(nlp_en, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


def test_french_attack_as_subject_passes_on_its_doers(nlp_fr):
    text = "Une embuscade tendue par des rebelles a tué deux soldats près du fleuve."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["tué"].actor_name == "des rebelles"


def test_french_time_read_as_subject_is_no_actor(nlp_fr):
    text = "Ce matin à l'aube des rebelles du groupe armé ont lancé une offensive contre la caserne."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert "matin" not in (found["offensive"].actor_name or "")


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Le parti a demandé le soutien de la communauté internationale.", "soutien"),
    ("en", "Opposition parties demanded an inquiry into the contracts.", "inquiry"),
])
def test_acts_asked_for_are_not_acts_done(nlp_fr, nlp_en, lang, text, word):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.trigger.text == word]
    assert [e for e in found if e.plover == "REQUEST"]


def test_french_being_pleased_is_no_praise(nlp_fr):
    found = _events(nlp_fr, "Les organisateurs se sont félicités de la forte affluence.", "fr")
    assert not [e for e in found if e.plover == "SUPPORT"]
    found = _events(nlp_fr, "Le maire a félicité les bénévoles pour leur travail.", "fr")
    assert [e.plover for e in found] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("La fédération conteste la sanction infligée à son club.", "conteste", "REJECT"),
    ("L'ancien ministre a été placé en résidence surveillée.", "placé en résidence", "COERCE"),
])
def test_french_contesting_and_house_arrest(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


def test_french_contester_que_is_a_claim(nlp_fr):
    found = _events(nlp_fr, "Les riverains contestent que le bruit ait diminué.", "fr")
    assert not [e for e in found if e.plover == "REJECT"]


@pytest.mark.parametrize(("lang", "text", "word"), [
    # another mention: a demonstrative names again an event already reported
    ("fr", "Le syndicat a lancé une grève illimitée lundi. Cette grève paralyse déjà trois usines.", "grève"),
    ("fr", "Le parquet de Lyon a ouvert une enquête. Cette enquête a été confiée à la police judiciaire.", "enquête"),
    # what is avoided or prevented did not happen
    ("fr", "Les commerçants ont fermé leurs vitrines pendant la manifestation pour éviter les pillages.", "pillages"),
    ("fr", "Le préfet a interdit le cortège afin d'empêcher tout affrontement avec la police.", "affrontement"),
    ("en", "Shops closed early during the protest to avoid looting.", "looting"),
    # no victim: no injury
    ("fr", "Des militaires ont tiré sur le véhicule, mais personne n'a été blessé.", "blessé"),
    ("fr", "Des tirs ont visé la caserne ; aucun soldat n'a été tué.", "tué"),
    ("en", "Rebels fired rockets at the base, but no one was killed.", "killed"),
    # called to do / doomed to do, with no one calling or sentencing
    ("fr", "Nous sommes appelés à vivre ensemble malgré nos différences.", "appelés"),
    ("fr", "Les électeurs sont appelés aux urnes le mois prochain.", "appelés"),
    ("fr", "Sans réforme, nous sommes condamnés à payer davantage.", "condamnés"),
    # consent, a regret reported, a thing at risk, a fall in prices
    ("fr", "Les agents n'entrent dans les foyers qu'avec l'accord des gestionnaires.", "accord"),
    ("fr", "« Nous manquons de tout », déplore la directrice du centre.", "déplore"),
    ("fr", "Ces forêts menacées par la sécheresse abritent des espèces rares.", "menacées"),
    ("fr", "L'usine, menacée de fermeture, emploie trois cents salariés.", "menacée"),
    ("fr", "Le prix du blé a connu un net repli cette semaine.", "repli"),
    ("fr", "Les distributeurs expliquent la baisse par le repli du cours du baril.", "repli"),
])
def test_acts_that_did_not_happen_or_are_named_again(nlp_fr, nlp_en, lang, text, word):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.trigger.start == text.rindex(word)]  # the last mention of the word


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("Cette grève paralyse déjà trois usines.", "grève", "PROTEST"),  # no earlier mention: the event itself
    ("Des manifestants ont été blessés lors des heurts avec la police.", "blessés", "ASSAULT"),
    ("Les salariés sont appelés à la grève par la CGT.", "appelés", "REQUEST"),
    ("Le tribunal l'a condamné à deux ans de prison ferme.", "condamné", "COERCE"),
    ("Les deux pays ont signé un accord de cessez-le-feu.", "accord", "AGREE"),
    ("La maire a déploré l'absence de l'État.", "déploré", "ACCUSE"),
    ("Le maire a été menacé de mort par un inconnu.", "menacé", "THREATEN"),
    ("Les salariés, menacés de licenciement par la direction, ont cessé le travail.", "menacés", "THREATEN"),
])
def test_the_contrasting_acts_stay(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


def test_zero_quantified_subject_is_negated_and_a_person_noun_no_act(nlp_fr):
    found = _events(nlp_fr, "Aucun manifestant n'a été interpellé samedi.", "fr")
    assert [(e.trigger.text, e.negated) for e in found] == [("interpellé", True)]


@pytest.mark.parametrize(("text", "word"), [
    ("He moved to Ohio in order to be closer to his family.", "order"),
    ("The agency has not answered a request for comment so far.", "request"),
    ("Residents watch a show called \"Life on the Farm\" every week.", "called"),
    ("She called herself a moderate in the interview.", "called"),
    ("Illegal immigration is not welcome here, the governor said.", "welcome"),
    ("She has 31 endorsements in the Senate.", "endorsements"),
    ("The president warned about a slowing economy.", "warned"),
    ("The mayor's populist appeal grew during the long campaign.", "appeal"),
])
def test_english_senses_that_are_no_act(nlp_en, text, word):
    assert not [e for e in _events(nlp_en, text, "en") if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("The governor ordered the guard to leave the square.", "ordered the guard to", "REQUEST"),
    ("The mayor called the plan a disgrace.", "called", "ACCUSE"),
    ("The union welcomed the decision.", "welcomed", "SUPPORT"),
    ("The president warned the rebels that any attack would be punished.", "warned", "THREATEN"),
    ("The charity issued an appeal for donations after the flood.", "appeal", "REQUEST"),
])
def test_english_contrasting_acts_stay(nlp_en, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover


def test_french_press_request_is_no_act(nlp_fr):
    assert not _events(nlp_fr, "Sollicitée par l'AFP, la mairie n'a pas souhaité réagir.", "fr")
    found = _events(nlp_fr, "Le syndicat a sollicité une audience auprès du ministre.", "fr")
    assert [e.plover for e in found] == ["REQUEST"]


def test_english_called_after_an_apposition_still_accuses(nlp_en):
    text = "The mayor, speaking on a local radio station, called the senator a coward."
    assert [e.plover for e in _events(nlp_en, text, "en") if e.trigger.text == "called"] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # a verb coordinated after an object noun: the parser hangs it on the noun; the doer is the first verb's
    ("Rabat a aussitôt convoqué l'ambassadeur d'Algérie et exigé des explications.", "exigé", "Rabat"),
    ("Les syndicats réclament des embauches et menacent de prolonger le mouvement.", "menacent", "Les syndicats"),
    # an infinitive hung on an intention noun: the noun's owner acts
    ("L'entreprise a annoncé son intention de porter plainte.", "porter plainte", "L'entreprise"),
    # the accused act is done by the accused
    ("Le Hamas accuse Israël de bloquer l'aide humanitaire.", "bloquer", "Israël"),
    ("L'armée affirme avoir neutralisé plusieurs assaillants lors de l'attaque.", "neutralisé", "L'armée"),
    ("Washington presse les deux camps de conclure un accord.", "presse", "Washington"),
])
def test_french_doers_of_coordinated_infinitive_and_accused_acts(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].actor_name == actor


def test_french_participle_on_a_noun_names_the_victim_not_the_doer(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "Des manifestants blessés ont été conduits à l'hôpital.", "fr")}
    assert found["blessés"].actor_name is None
    found = {e.trigger.text: e for e in _events(nlp_fr, "Des militants rassemblés place du Capitole ont scandé des slogans.", "fr")}
    assert found["rassemblés"].actor_name == "Des militants"


@pytest.mark.parametrize(("text", "word"), [
    ("Les négociations entre les deux camps ont repris samedi au Caire.", "repris"),
    ("Les deux pays n'entretiennent plus de relations diplomatiques.", "entretiennent"),
    ("Le temps presse pour les négociateurs.", "presse"),
    ("Le conseil a rejeté l'initiative visant à interdire la chasse.", "interdire"),
    ("Le texte menacerait des milliers d'emplois, selon les syndicats.", "menacerait"),
])
def test_french_resumed_maintained_aimed_at_are_no_acts(nlp_fr, text, word):
    assert not [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == word]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("Les rebelles ont repris la ville de Kidal aux forces gouvernementales.", "repris", "ASSAULT"),
    ("Le ministre s'est entretenu avec son homologue allemand.", "entretenu", "CONSULT"),
    ("Les rebelles menacent la capitale.", "menacent", "THREATEN"),
])
def test_french_the_acts_beside_them_stay(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


def test_a_subheading_run_into_the_paragraph_is_no_event(nlp_fr):
    text = ("Le cortège a rejoint la place en fin de journée. Soutien des élus Parmi les participants, "
            "plusieurs maires ont apporté leur soutien aux manifestants.")
    found = [e.trigger.text for e in _events(nlp_fr, text, "fr")]
    assert found.count("soutien") == 1 and "Soutien" not in found
    text = "La veille, la foule s'était dispersée. Manifestation interdite à Lyon La préfecture a interdit le cortège."
    assert "Manifestation" not in [e.trigger.text for e in _events(nlp_fr, text, "fr")]
    text = "La veille, la foule s'était dispersée. Une manifestation a eu lieu à Lyon samedi."
    assert "manifestation" in [e.trigger.text for e in _events(nlp_fr, text, "fr")]


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Plusieurs milliers de gilets jaunes ont battu le pavé samedi à Genève.", "battu le pavé", "PROTEST",
     "Plusieurs milliers de gilets jaunes"),
    ("Les forces de sécurité ont tiré à balles réelles sur des manifestants.", "tiré", "ASSAULT",
     "Les forces de sécurité"),
    ("Les chauffeurs de taxi ont bloqué l'accès à l'aéroport pour protester contre les plateformes.", "protester",
     "PROTEST", "Les chauffeurs de taxi"),
    ("Les chauffeurs de taxi ont bloqué l'accès à l'aéroport pour protester contre les plateformes.", "bloqué",
     "PROTEST", "Les chauffeurs de taxi"),
    ("Le ministre nie les faits, alors que Washington et Bruxelles réclamaient sa libération.", "réclamaient",
     "REQUEST", "Washington et Bruxelles"),
    ("Le gouvernement dément avoir donné l'ordre de tirer.", "dément", "REJECT", "Le gouvernement"),
    ("Les policiers, déployés en nombre, n'ont pas empêché la marche vers le palais.", "marche", "PROTEST", None),
])
def test_french_shooting_idioms_purpose_and_stray_subjects(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


def test_phrase_word_is_no_target_and_violations_are_no_agreement(nlp_fr, nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_fr, "La présidente a porté plainte contre X.", "fr")}
    assert found["porté plainte"].target_name is None
    found = _events(nlp_fr, "L'OSCE a relevé plusieurs violations du cessez-le-feu dans l'est du pays.", "fr")
    assert not [e for e in found if e.plover == "AGREE"]
    found = _events(nlp_en, "The opposition leader went to Brussels to ask for humanitarian aid.", "en")
    assert not [e for e in found if e.trigger.text == "aid"]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("La police a appréhendé deux suspects dans la nuit.", "appréhendé", "COERCE"),
    ("Les syndicats se sont insurgés contre la réforme des retraites.", "insurgés", "ACCUSE"),
    ("Le Parlement a destitué le président pour corruption.", "destitué", "SANCTION"),
    ("Une manif a réuni 300 personnes devant la mairie.", "manif", "PROTEST"),
])
def test_french_synonyms_of_arrest_blame_dismissal_protest(nlp_fr, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover


def test_french_dreading_is_no_arrest(nlp_fr):
    assert not _events(nlp_fr, "Beaucoup de parents appréhendent la rentrée scolaire.", "fr")


def test_french_court_appeal_apology_and_disrupted_rally(nlp_fr):
    assert not _events(nlp_fr, "Le directeur du journal a annoncé qu'il ne ferait pas appel.", "fr")
    assert not _events(nlp_fr, "L'évêque a demandé pardon aux victimes.", "fr")
    found = {e.trigger.text: e for e in _events(nlp_fr, "Des militants ont perturbé le rassemblement du candidat.", "fr")}
    assert found["rassemblement"].actor_name != "Des militants"


def test_french_time_anchor_on_a_movement_is_no_new_event(nlp_fr):
    text = "Plus de 300 personnes ont été interpellées depuis le début de la contestation, selon le ministère."
    assert [e.trigger.text for e in _events(nlp_fr, text, "fr")] == ["interpellées"]
    text = "Au début de la manifestation, quelques heurts ont éclaté."
    assert "manifestation" in [e.trigger.text for e in _events(nlp_fr, text, "fr")]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Le latéral gauche a été expulsé à la 52e minute pour un tacle, et son équipe a perdu le match.", "expulsé"),
    ("fr", "Avant la mi-temps, l'arbitre a sifflé une faute sur le buteur, et la rencontre a basculé.", "rencontre"),
    ("fr", "Le championnat reprend samedi : l'entraîneur a préparé ses joueurs dans le vestiaire. "
           "La rencontre face à Nantes sera décisive, et l'expulsion de son capitaine pèse.", "expulsion"),
    ("en", "The quarterback was ejected after a scuffle with a referee late in the game.", "ejected"),
    ("en", "The two teams meet again in the playoffs next week.", "meet"),
])
def test_moves_of_a_match_are_no_events(nlp_fr, nlp_en, lang, text, word):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert word not in [e.trigger.text for e in found]


def test_expulsion_and_meeting_outside_sport_stay_events(nlp_fr):
    text = "La préfète a ordonné l'expulsion de trois militants. Le maire a rencontré les riverains mardi."
    found = {e.trigger.text: e.plover for e in _events(nlp_fr, text, "fr")}
    assert found.get("expulsion") == "COERCE" and found.get("rencontré") == "CONSULT"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Devant la préfecture, les gendarmes ont tiré des grenades lacrymogènes sur le cortège."),
    ("fr", "Des tirs de gaz lacrymogène ont dispersé les derniers manifestants vers minuit."),
    ("en", "Riot police fired tear gas and water cannon at the crowd outside the ministry."),
])
def test_crowd_control_is_no_assault(nlp_fr, nlp_en, lang, text):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.plover == "ASSAULT"]


def test_live_fire_is_still_an_assault(nlp_en, nlp_fr):
    found = _events(nlp_en, "Troops fired live rounds at the marchers, killing four.", "en")
    assert "fired" in [e.trigger.text for e in found if e.plover == "ASSAULT"]
    found = _events(nlp_fr, "Les militaires ont tiré des roquettes contre les positions rebelles.", "fr")
    assert [e for e in found if e.plover == "ASSAULT"]


def test_strikes_in_a_shelling_report_are_air_strikes(nlp_en):
    text = ("Artillery shelled the port overnight, the army said. Local officials said the strikes destroyed "
            "a hospital and two schools.")
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found["strikes"].plover == "ASSAULT"
    text = "Rebels attacked a convoy. In the capital, teachers went on strike, and the strike closed schools."
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found["strike"].plover == "PROTEST"


def test_demands_as_content_and_claims_of_responsibility_are_no_requests(nlp_fr):
    text = "Leurs revendications portent sur les horaires et la prime de nuit."
    assert not [e for e in _events(nlp_fr, text, "fr") if e.plover == "REQUEST"]
    text = "Le groupe armé a diffusé la revendication de l'attentat sur une messagerie."
    assert not [e for e in _events(nlp_fr, text, "fr") if e.plover == "REQUEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La hausse des taux frappe les emprunteurs, et la sécheresse a tué la récolte de blé."),
    ("fr", "Le gouvernement a éliminé cette piste dès mardi."),
    ("en", "Senate leaders killed the measure before the vote."),
])
def test_killing_a_thing_is_a_figure_of_speech(nlp_fr, nlp_en, lang, text):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.plover == "ASSAULT"]


def test_throwing_stones_at_gendarmes_is_a_riot(nlp_fr):
    text = "Une cinquantaine de jeunes ont lancé des pierres sur les gendarmes lors de la manifestation."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["lancé des pierres"].acled == "Riots"


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("La maire de Nantes s'est opposée au projet d'extension de l'aéroport.", "opposée", "REJECT", "La maire de Nantes"),
    ("Deux anciens ministres ont pris la défense du directeur, visé par une enquête.", "pris la défense", "SUPPORT",
     "Deux anciens ministres"),
    ("Les riverains ont saisi la justice pour faire annuler le permis de construire.", "saisi la justice", "ACCUSE",
     "Les riverains"),
    ("Les ministres des Finances se sont rencontrés jeudi à Bruxelles.", "rencontrés", "CONSULT",
     "Les ministres des Finances"),
    ("Les critiques des syndicats contre la réforme se sont durcies.", "critiques", "ACCUSE", "syndicats"),
])
def test_french_refusal_defence_lawsuit_mutual_meeting_and_criticism(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and actor in (found[trigger].actor_name or "")


def test_a_film_critic_is_no_criticism(nlp_fr):
    found = _events(nlp_fr, "Le critique du journal a salué le film de la réalisatrice.", "fr")
    assert "critique" not in [e.trigger.text for e in found]


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Macron and Scholz met in Berlin on Friday.", "met", "CONSULT", "Macron and Scholz"),
    ("The health secretary came under fire from doctors over the waiting lists.", "came under fire", "ACCUSE",
     "doctors"),
])
def test_english_mutual_meeting_and_coming_under_fire(nlp_en, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover and actor in (found[trigger].actor_name or "")


def test_a_committee_meeting_alone_and_targets_met_are_no_meetings(nlp_en):
    assert not _events(nlp_en, "Sales targets were met in the third quarter.", "en")


def test_threat_misread_as_a_noun_keeps_its_subject(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "La fédération menace d'une grève reconductible dès lundi.", "fr")}
    assert found["menace"].actor_name == "La fédération"


def test_purpose_infinitive_after_a_list_of_towns_is_done_by_the_marchers(nlp_fr):
    text = "Des milliers d'enseignants ont manifesté jeudi à Lyon, Grenoble ou Annecy pour exiger des postes."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert "enseignants" in found["exiger"].actor_name


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("La chanteuse, qui s'est dite favorable au mouvement des taxis, a été critiquée.", "favorable", "La chanteuse"),
    ("Les conducteurs de bus ont entamé lundi une grève de trois jours.", "grève", "Les conducteurs de bus"),
    ("La mairie soutient les agents en grève depuis une semaine.", "grève", "agents"),
    ("Le maire a reçu les représentants des commerçants. Ceux-ci exigent des aides.", "exigent", "représentants"),
    ("La juge a convoqué l'avocate du prévenu. Cette dernière a dénoncé une procédure bâclée.", "dénoncé", "avocate"),
])
def test_french_doers_of_adjectives_strikes_and_demonstratives(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert actor in (found[trigger].actor_name or "")


def test_a_phrase_word_is_no_actor(nlp_fr):
    text = "La ministre a été accueillie par un concert de casseroles devant la gare."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["concert de casseroles"].actor_name is None


def test_blocking_a_bill_is_a_veto_and_reopening_talks_is_no_concession(nlp_fr, nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_fr, "L'Assemblée a bloqué la réforme du code minier.", "fr")}
    assert found["bloqué"].plover == "REJECT"
    found = {e.trigger.text: e for e in _events(nlp_fr, "Des pêcheurs ont bloqué le port de Boulogne.", "fr")}
    assert found["bloqué"].plover != "REJECT"
    found = _events(nlp_fr, "Le patronat accepte de rouvrir les discussions avec les syndicats.", "fr")
    assert "rouvrir" not in [e.trigger.text for e in found]


def test_oblique_par_phrase_of_a_passive_is_its_doer(nlp_fr):
    text = "La ministre a été durement critiquée par les députés de son propre camp."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert "députés" in (found["critiquée"].actor_name or "")


def test_english_nationality_before_an_event_noun_is_its_doer(nlp_en):
    text = "Turkish shelling hit the border town on Sunday, killing two soldiers, the army said."
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found["shelling"].actor_name == "Turkish"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Après le match nul, l'entraîneur a vivement critiqué l'arbitrage vidéo."),
    ("en", "After the match, the coach slammed the referee for a late penalty call."),
])
def test_words_about_a_match_are_no_accusations(nlp_fr, nlp_en, lang, text):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.plover == "ACCUSE"]


def test_a_place_before_an_event_noun_is_no_doer(nlp_en):
    text = "Officials said the gunman had planned the Denver shooting for months, and the police arrested two men."
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert "shooting" not in found or found["shooting"].actor_name != "Denver"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La guerre des prix fait rage : les enseignes ont riposté en cassant leurs tarifs."),
    ("fr", "Dès son arrivée, la ministre a été bombardée de questions sur la réforme."),
    ("fr", "Le Quai d'Orsay a lancé une offensive diplomatique en Afrique de l'Ouest."),
    ("en", "In the escalating trade war, Ottawa attacked the new duties on steel."),
    ("en", "The committee chair shot down the idea within minutes."),
])
def test_figures_of_war_in_civilian_news_are_no_assaults(nlp_fr, nlp_en, lang, text):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert not [e for e in found if e.plover == "ASSAULT"]


def test_a_real_war_keeps_its_assaults(nlp_fr):
    text = "La guerre au Soudan s'étend : l'armée a bombardé Nyala et les paramilitaires ont attaqué un camp."
    found = _events(nlp_fr, text, "fr")
    assert len([e for e in found if e.plover == "ASSAULT"]) >= 2


def test_possessive_in_a_fronted_adjunct_names_the_clause_doer(nlp_fr):
    text = "Au cours de sa visite à Dakar, la ministre a rencontré des étudiants."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["visite"].actor_name == "la ministre"
    text = "Depuis son arrestation, l'opposant a été transféré deux fois."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["arrestation"].actor_name is None


def test_trades_blocking_a_road_protest(nlp_fr):
    text = "Des éleveurs ont bloqué le pont de Normandie toute la matinée."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["bloqué"].plover == "PROTEST"


def test_in_protest_is_done_by_the_clause_subject(nlp_en):
    text = "Three students glued themselves to the museum floor in protest on Friday."
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert "students" in (found["protest"].actor_name or "")


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Cette affaire a rouvert les plaies de la guerre d'Algérie.", "rouvert"),
    ("en", "The vote reopened deep divisions inside the party.", "reopened"),
])
def test_reopening_a_sore_is_no_concession(nlp_fr, nlp_en, lang, text, word):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert word not in [e.trigger.text for e in found]


def test_reopening_a_border_is_a_concession(nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_en, "Israel reopened the Kerem Shalom crossing on Sunday.", "en")}
    assert found["reopened"].plover == "CONCEDE"


def test_order_as_a_noun_before_to_is_no_order(nlp_en):
    text = "The judge said the court order was meant to protect the files, and she ordered the agency to comply."
    found = [e.trigger.text for e in _events(nlp_en, text, "en")]
    assert not [t for t in found if t.startswith("order ")] and any(t.startswith("ordered") for t in found)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Après l'attentat de Nice, Éric Ciotti a attaqué Gérald Darmanin sur les effectifs de police.", "attaqué"),
    ("en", "Days after the suicide bombing, Ted Cruz attacked Hillary Clinton over her foreign policy.", "attacked"),
])
def test_a_person_attacking_a_person_in_a_violent_article_is_criticism(nlp_fr, nlp_en, lang, text, word):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[word].plover == "ACCUSE"


def test_an_assailant_attacking_soldiers_stays_an_assault(nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_en, "A militant attacked two soldiers near the border post.", "en")}
    assert found["attacked"].plover == "ASSAULT"


def test_en_signe_de_protestation_is_a_protest_by_the_clause_subject(nlp_fr):
    text = "Les conseillers municipaux de la minorité ont quitté la séance en signe de protestation."
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found["protestation"].plover == "PROTEST" and "conseillers" in (found["protestation"].actor_name or "")


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Senator Mary Lee spoke to reporters on Friday. Then she called on the governor to veto the bill.",
     "called on", "Mary Lee"),
    ("The nurses gathered outside the hospital on Monday. They demanded more staff.", "demanded", "nurses"),
    # *he* is not the spokeswoman named before
    ("Campaign spokeswoman Ann Hill said the senator would vote no. He later criticized the bill.",
     "criticized", "the senator"),
    # a sentence before: its main clause's subject, not the one of its *if* clause
    ("Mary Lee fears what happens if Tom Reed is elected. She later criticized his plan.", "criticized", "Mary Lee"),
])
def test_english_pronoun_doer_is_the_nearest_compatible_named_subject(nlp_en, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert actor in (found[trigger].actor_name or "")


def test_english_second_verb_hung_too_far_left_takes_the_nearer_verbs_doer(nlp_en):
    text = ("An aide said the governor was at the library for a reading, which she was finishing when "
            "the museum guards and park rangers spotted her and told her to go.")
    (ev,) = [e for e in _events(nlp_en, text, "en") if e.trigger.text.startswith("told")]
    assert "park rangers" in (ev.actor_name or "")


@pytest.mark.parametrize(("lang", "word", "trade"), [
    ("fr", "ambulancières", True), ("fr", "éboueurs", True), ("fr", "coiffeuses", True), ("fr", "avocate", True),
    ("fr", "critiques", False), ("fr", "facteur", False), ("fr", "voitures", False),
    ("en", "paramedics", True), ("en", "lawyer", True), ("en", "staff", False),
])
def test_trades_come_from_the_derived_table(nlp_fr, nlp_en, lang, word, trade):
    tok = (nlp_fr if lang == "fr" else nlp_en)(f"Les {word} sont là." if lang == "fr" else f"The {word} are here.")[1]
    assert events._trade(tok) is (trade and tok.pos_ == "NOUN")


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Les caissières du magasin ont débrayé samedi. Elles dénoncent des cadences intenables.", "dénoncent",
     "caissières"),
    ("Les ambulanciers se sont rassemblés devant l'hôpital pour réclamer des moyens.", "rassemblés", "ambulanciers"),
    ("Les éboueurs se sont rassemblés devant la mairie pour dénoncer le gel des salaires.", "rassemblés", "éboueurs"),
])
def test_trades_are_people_who_act_and_protest(nlp_fr, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert actor in (found[trigger].actor_name or "")


def test_a_trade_gathering_for_no_demand_is_no_protest(nlp_fr):
    found = _events(nlp_fr, "Les enseignants se sont rassemblés dans la cour pour un pot de départ.", "fr")
    assert "rassemblés" not in [e.trigger.text for e in found]


@pytest.mark.parametrize(("text", "trigger", "plover"), [
    ("The governor is under fire for the closure of three clinics.", "fire", "ACCUSE"),
    ("Two nuns were found slain in their home after a gunman broke in.", "slain", "ASSAULT"),
    ("Police cracked down on the protesters in the capital.", "cracked down", "COERCE"),
    ("The mayor applauded the deal.", "applauded", "SUPPORT"),
    ("The senator commended the rescue teams.", "commended", "SUPPORT"),
])
def test_english_triggers_round8(nlp_en, text, trigger, plover):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].plover == plover


@pytest.mark.parametrize("text", [
    "The town was under fire from artillery all night.",
    "The crowd applauded.",
    "Most voters questioned in the survey support the mayor.",
    "The mayor's support dropped to 41 percent.",
    "Her rival keeps picking up support.",
])
def test_english_no_event_round8(nlp_en, text):
    assert not [e for e in _events(nlp_en, text, "en") if e.plover in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The union made fresh demands of the school board.", "demands", "The union"),
    ("The talks among the ministers lasted two days.", "talks", "the ministers"),
    ("Smith, who launched the campaign with a speech attacking the senator, will not attend.", "attacking", "Smith"),
    ("The governor gave a speech criticizing the court on Monday.", "criticizing", "The governor"),
])
def test_english_doers_round8(nlp_en, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "actor"), [
    ("« Le directeur m'a dit de partir », raconte une employée.", "Le directeur"),
    ("La mère de la victime raconte que les surveillants lui ont dit d'attendre dehors.", "les surveillants"),
])
def test_dire_de_is_an_order_by_the_teller(nlp_fr, text, actor):
    (ev,) = [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == "dit"]
    assert ev.plover == "REQUEST" and ev.actor_name == actor


def test_dire_without_an_infinitive_is_no_order(nlp_fr):
    found = _events(nlp_fr, "Il dit de lui qu'il est un homme honnête. Le maire a dit qu'il viendrait.", "fr")
    assert "dit" not in [e.trigger.text for e in found]


@pytest.mark.parametrize(("lang", "text", "trigger", "actor"), [
    ("fr", "Le refus du gouvernement a provoqué la colère des syndicats.", "refus", "gouvernement"),
    ("fr", "Le blocage des routiers a duré trois jours.", "blocage", "routiers"),
    ("fr", "Le retrait des troupes russes a commencé lundi.", "retrait", "troupes russes"),
    ("fr", "L'offensive des rebelles a fait vingt morts dans la région.", "offensive", "rebelles"),
    ("en", "The withdrawal of Russian troops began on Monday.", "withdrawal", "Russian troops"),
])
def test_de_complement_naming_people_is_the_doer(nlp_fr, nlp_en, lang, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger"), [
    ("Le blocage des routes a duré trois jours.", "blocage"),
    ("L'attaque de la caserne a fait trois morts parmi les soldats.", "attaque"),
])
def test_de_complement_naming_a_thing_is_no_doer(nlp_fr, text, trigger):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].actor_name is None


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The activist was detained after climbing the fence and chaining herself to a gate in protest.", "protest",
     "The activist"),
    ("The senator was criticized for attacking the judge.", "attacking", "The senator"),
    ("Blame was assigned to the government for deploying the troops.", "deploying", None),
])
def test_gerund_after_a_passive_is_done_by_its_subject_when_a_person(nlp_en, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found[trigger].actor_name == actor


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Les agents de la piscine ont cessé le travail lundi pour dénoncer leurs conditions.", "cessé le travail",
     "PROTEST", "Les agents de la piscine"),
    ("Les caissières ont débrayé samedi.", "débrayé", "PROTEST", "Les caissières"),
    ("Les habitants ont lancé une pétition contre le projet.", "lancé une pétition", "REQUEST", "Les habitants"),
    ("Les salariés ont séquestré le directeur pendant deux heures.", "séquestré", "COERCE", "Les salariés"),
    ("Les deux présidents se sont retrouvés mardi.", "retrouvés", "CONSULT", "Les deux présidents"),
    ("Un livreur a été interpellé jeudi après avoir frappé un serveur.", "frappé", "ASSAULT", "Un livreur"),
    ("Une passante a été placée en garde à vue pour avoir menacé un chauffeur.", "menacé", "THREATEN",
     "Une passante"),
    ("La cour a condamné un agriculteur pour avoir frappé un inspecteur.", "frappé", "ASSAULT", "un agriculteur"),
    ("Un supporter a agressé un steward à la sortie du stade de Brest.", "agressé", "ASSAULT", "Un supporter"),
    ("Trois surveillants ont été renvoyés devant le tribunal correctionnel.", "renvoyés devant le tribunal",
     "ACCUSE", None),
    ("La milice a tiré dimanche une salve de roquettes sur le camp.", "tiré", "ASSAULT", "La milice"),
    ("L'opposition accuse le maire de favoritisme, ce que l'élu dément.", "dément", "REJECT", "l'élu"),
    ("La Turquie a répliqué par des frappes sur des positions kurdes.", "frappes", "ASSAULT", "La Turquie"),
    ("Les élus écologistes ont boycotté la cérémonie.", "boycotté", "REJECT", "Les élus écologistes"),
    ("Bamako a rompu ses relations avec Kiev.", "rompu ses relations", "SANCTION", "Bamako"),
    ("L'Union a gelé les avoirs de trois ministres.", "gelé les avoirs", "SANCTION", "L'Union"),
    ("La préfecture a mis en demeure l'exploitant de cesser les rejets.", "mis en demeure", "REQUEST",
     "La préfecture"),
    ("Les chauffeurs routiers sont descendus dans la rue samedi.", "descendus dans la rue", "PROTEST",
     "Les chauffeurs routiers"),
    ("La fédération agite la menace d'un boycott du tournoi.", "menace", "THREATEN", "La fédération"),
])
def test_french_triggers_and_doers(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    assert found[trigger].plover == plover and found[trigger].actor_name == actor


@pytest.mark.parametrize("text", [
    "Il a arrêté de travailler à 60 ans.",
    "Elle a cessé le travail à 62 ans pour s'occuper de ses petits-enfants.",
    "Les salariés se sont retrouvés au chômage après la fermeture.",
    "Les dirigeants se sont retrouvés dans une impasse.",
    "La crise frappe durement les familles modestes.",
    "La région a été frappée par une violente tempête.",
    "Le procès a été renvoyé au mois de juin.",
    "Le joueur a frappé le ballon de la tête.",
])
def test_french_no_event(nlp_fr, text):
    assert _events(nlp_fr, text, "fr") == []


def test_english_stabbing_is_an_assault_anywhere(nlp_en):
    found = {e.trigger.text: e for e in _events(nlp_en, "Police arrested a man after a stabbing at a bus stop.", "en")}
    assert found["stabbing"].plover == "ASSAULT"


@pytest.mark.parametrize(("lang", "text", "trigger", "actor"), [
    ("fr", "Le collectif a accepté la médiation proposée par le préfet.", "accepté", "Le collectif"),
    ("fr", "Le maire a proposé une rencontre, que les commerçants ont acceptée.", "acceptée", "les commerçants"),
    ("en", "The strikers accepted the management's offer on Friday.", "accepted", "The strikers"),
])
def test_accepting_a_proposal_is_an_agreement(nlp_fr, nlp_en, lang, text, trigger, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)}
    assert found[trigger].plover == "AGREE" and found[trigger].actor_name == actor


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Il a accepté sa défaite sans un mot."),
    ("fr", "L'accord prévoit le gel des loyers pendant un an."),
    ("en", "The accord sets out a timetable for the transition."),
    ("en", "The crash left two cyclists badly injured."),
])
def test_agreement_text_acceptance_of_a_fate_and_a_toll_are_no_events(nlp_fr, nlp_en, lang, text):
    assert [e for e in _events(nlp_fr if lang == "fr" else nlp_en, text, lang)
            if e.plover in ("AGREE", "ASSAULT")] == []


def test_an_agreement_signed_stays_an_event(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "L'accord a été signé jeudi à Lomé.", "fr")}
    assert found["accord"].plover == "AGREE"


def test_under_threat_is_a_state_not_a_threat(nlp_en):
    assert _events(nlp_en, "The town's water supply is under threat from the drought.", "en") == []


def test_a_bare_definite_noun_naming_an_event_again_is_one_event(nlp_fr):
    text = ("Une grève des conducteurs a paralysé le réseau de bus lundi. "
            "La grève devrait se poursuivre jusqu'à jeudi, selon le syndicat.")
    assert [e.trigger.text for e in _events(nlp_fr, text, "fr") if e.plover == "PROTEST"] == ["grève"]


def test_a_definite_noun_with_new_information_stays_an_event(nlp_fr):
    text = "Une grève a éclaté à l'usine. La grève des livreurs a commencé mardi."
    assert len([e for e in _events(nlp_fr, text, "fr") if e.plover == "PROTEST"]) == 2


@pytest.mark.parametrize(("text", "trigger", "plover", "actor"), [
    ("Le sénateur, visé par une plainte de son ancien assistant, dément toute faute.", "dément", "REJECT",
     "Le sénateur"),
    ("Le syndicat, reçu par le préfet, conteste le plan social.", "conteste", "REJECT", "Le syndicat"),
    ("Il a été frappé par trois inconnus devant son domicile.", "frappé", "ASSAULT", "trois inconnus"),
    ("Une délégation des talibans est arrivée à Doha pour des négociations.", "négociations", "CONSULT",
     "Une délégation des talibans"),
    ("Les gendarmes ont évacué le campement installé sur le parking.", "évacué", "COERCE", "Les gendarmes"),
])
def test_french_doers_and_types_round9c(nlp_fr, text, trigger, plover, actor):
    found = {e.trigger.text: e for e in _events(nlp_fr, text, "fr")}
    # the doer's phrase may run on past its head (*trois inconnus devant son domicile*)
    assert found[trigger].plover == plover and (found[trigger].actor_name or "").startswith(actor)


def test_evacuating_the_wounded_stays_aid(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "Les pompiers ont évacué deux blessés vers Brest.", "fr")}
    assert found["évacué"].plover == "AID"


def test_a_pronominal_verb_with_etre_is_done_by_its_subject(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "Des jeunes s'en sont pris à un chauffeur de bus à Rennes.", "fr")}
    assert found["pris"].actor_name == "Des jeunes"


def _att(text: str, source: str | None, cue: str, content: str) -> Attribution:
    """An attribution given by its words (each the first occurrence in ``text``)."""
    def span(words: str) -> Span:
        start = text.index(words)
        return Span.of(text, start, start + len(words))
    return Attribution(id="a1", source=span(source) if source else None, cue=span(cue), content=span(content))


# (lang, text, attribution as (source, cue, content), {trigger: reported by a1?}): the content span holds
# each trigger; only the acts the attribution reports hang on it, however far the content stretches.
LINKS = [
    ("en", "Two reporters were arrested by police on Friday, the union said, calling for their release.",
     ("the union", "said", "Two reporters were arrested by police on Friday, the union said, calling for their release"),
     {"arrested": True, "calling": False}),
    ("en", "A judge blocked the merger after two rivals sued the firm.",
     ("A judge", "blocked", "the merger after two rivals sued the firm"), {"sued": False}),
    ("en", "Trump attacked Romney on Monday, calling him a loser.",
     ("Trump", "calling", "Trump attacked Romney on Monday, calling him a loser"), {"attacked": False}),
    ("en", "The mayor said he is leaning toward backing the strike.",
     ("The mayor", "said", "he is leaning toward backing the strike"), {"backing": True}),
    ("fr", "Le maire accuse le préfet de mentir, ce que la préfecture conteste.",
     ("Le maire", "accuse", "mentir, ce que la préfecture conteste"), {"conteste": False}),
    ("fr", "Le syndicat a affirmé qu'il refusait le compromis.",
     ("Le syndicat", "affirmé", "qu'il refusait le compromis"), {"refusait": True}),
]


@pytest.mark.parametrize(("lang", "text", "att", "want"), LINKS)
def test_attribution_link_only_for_reported_acts(nlp_fr, nlp_en, lang, text, att, want):
    found = _events(nlp_fr if lang == "fr" else nlp_en, text, lang, attributions=(_att(text, *att),))
    got = {t: [e.attribution == "a1" for e in found if e.trigger.text.startswith(t)] for t in want}
    assert got == {t: [v] for t, v in want.items()}


@pytest.mark.parametrize(("lang", "text", "trigger", "actor"), [
    ("fr", "La CFDT de l'hôpital de Brest dénonce le manque de lits. Le syndicat menace de déposer un préavis.",
     "menace", "La CFDT de l'hôpital de Brest"),
    ("fr", "Le maire de Quimper a reçu les commerçants lundi. L'élu a dénoncé les tags sur la mairie.",
     "dénoncé", "Le maire de Quimper"),
    ("fr", "Le ministre de la Culture, Paul Vidal, est arrivé à Lyon. Le ministre a refusé de commenter le budget.",
     "refusé", "Le ministre de la Culture"),
    ("en", "Health Minister Ann Boyd visited nurses in Leeds. The minister condemned the cuts.",
     "condemned", "Health Minister Ann Boyd"),
    ("fr", "La ministre a reçu les syndicats. La ministre a rejeté leur demande.", "rejeté", "La ministre"),
])
def test_definite_role_noun_stands_for_the_one_named_before(nlp_fr, nlp_en, lang, text, trigger, actor):
    from selon.pipeline import analyze_many

    (article,) = analyze_many([Article(id="t", text=text, lang=lang)])
    (ev,) = [e for e in article.events if e.trigger.text == trigger]
    assert ev.actor_name is not None and ev.actor_name.startswith(actor)


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Des frappes russes ont touché un dépôt de carburant près de Lviv.", "frappes", "russes"),
    ("Le bombardement turc a détruit un pont au nord de Hassaké.", "bombardement", "turc"),
    ("L'aviation syrienne a mené une série de raids sur Idlib.", "raids", "L'aviation syrienne"),
])
def test_nationality_and_series_doers(nlp_fr, text, trigger, actor):
    (ev,) = [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == trigger]
    assert ev.actor_name == actor


def test_a_nationality_does_not_make_protesters_or_sanctions(nlp_fr):
    found = {e.trigger.text: e for e in _events(nlp_fr, "Les manifestations iraniennes ont été réprimées.", "fr")}
    assert found["manifestations"].actor_name is None


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("Réunis lundi à Luxembourg, les ministres des Finances ont rejeté le plan.", "Réunis",
     "les ministres des Finances", None),
    ("Les dirigeants européens, réunis en sommet à Bruxelles, ont appelé au calme.", "réunis",
     "Les dirigeants européens", None),
    ("La ministre du Travail, Anne Morel, a reçu les grévistes mardi.", "reçu", "La ministre du Travail", None),
    ("Le chef de l'État s'est entretenu jeudi avec son homologue italien.", "entretenu", "Le chef de l'État",
     "son homologue italien"),
])
def test_meetings_the_parser_misreads(nlp_fr, text, trigger, actor, target):
    (ev,) = [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == trigger]
    assert ev.plover == "CONSULT" and (ev.actor_name or "").startswith(actor)
    assert target is None or ev.target_name == target


def test_a_crowd_gathered_is_no_meeting(nlp_fr):
    assert not [e for e in _events(nlp_fr, "Les bénévoles réunis dans la salle ont applaudi.", "fr")
                if e.plover == "CONSULT"]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # the repeat is dropped as a second mention, but the doer it names goes to the first
    ("Une grève paralyse le port de Sète depuis lundi. Cette grève, lancée par FO, pourrait durer.", "grève", "FO"),
    ("Un rassemblement a eu lieu samedi à Caen. Le rassemblement a été organisé par un collectif de parents.",
     "rassemblement", "un collectif de parents"),
    ("Les bombardements de l'armée syrienne sur Deraa ont repris.", "bombardements", "l'armée syrienne"),
])
def test_doer_of_a_repeat_and_of_strikes(nlp_fr, text, trigger, actor):
    found = [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == trigger]
    assert len(found) == 1 and found[0].actor_name == actor


def test_a_strike_called_terrorist_has_no_doer(nlp_fr):
    (ev,) = [e for e in _events(nlp_fr, "Une explosion qualifiée de terroriste a eu lieu à la gare.", "fr")
             if e.trigger.text == "explosion"]
    assert ev.actor_name is None


@pytest.mark.parametrize(("text", "want"), [
    ("Russian troops struck a railway depot near Kharkiv with missiles on Sunday.", [("strike", "struck")]),
    ("Two rockets hit a hospital in the besieged city, killing a nurse.", [("strike", "hit"), ("kill", "killing")]),
    ("The soldiers struck a deal with the rebels after the shelling stopped.", [("strike", "shelling")]),
    ("The storm hit the coast on Monday, the army said.", []),
])
def test_en_armed_blows(nlp_en, text, want):
    found = [(e.type, e.trigger.text) for e in _events(nlp_en, text, "en") if e.type in ("strike", "kill")]
    assert found == want


def test_a_coming_participle_is_done_by_the_nearest_conjunct(nlp_fr):
    text = ("On remarquait aussi Anne Roux et Paul Simon, du Parti radical, ainsi qu'un élu belge, Marc Dupuis, "
            "venu « soutenir » les grévistes.")
    (ev,) = [e for e in _events(nlp_fr, text, "fr") if e.trigger.text == "soutenir"]
    assert ev.actor_name == "un élu belge"


def test_a_declared_stance_is_not_its_own_content(nlp_fr):
    text = "La chanteuse Lina Moreau s'est déclarée favorable au mouvement."
    att = _att(text, "La chanteuse Lina Moreau", "déclarée", "favorable au mouvement")
    (ev,) = [e for e in _events(nlp_fr, text, "fr", attributions=(att,)) if e.trigger.text == "favorable"]
    assert ev.plover == "SUPPORT" and ev.attribution is None


def test_a_relative_pronoun_names_its_antecedent(nlp_en):
    text = "The senator praised the trade bill that the governor vetoed last year."
    found = {e.trigger.text: e for e in _events(nlp_en, text, "en")}
    assert found["vetoed"].target_name == "the trade bill" and found["vetoed"].actor_name == "the governor"
