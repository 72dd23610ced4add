"""Sources found without an attribution source: inverted subjects, channels, wrappers."""

from __future__ import annotations

import pytest

from selon.sources.speakers import unwrap


def _sources(analyze, text):
    return {s.name: s for s in analyze(text).sources}


@pytest.mark.parametrize("text, inner", [
    ("les propos du directeur de l'usine", "directeur de l'usine"),
    ("ce que rapportent des journaux locaux", "des journaux locaux"),
    ("the remarks of the mayor", "the mayor"),
    ("le directeur de l'usine", "le directeur de l'usine"),
])
def test_unwrap_takes_the_speaker_out_of_what_was_said(text, inner):
    assert unwrap(text) == inner


def test_selon_ce_que_rapportent_gives_the_outlets(analyze_fr):
    srcs = _sources(analyze_fr, "Selon ce que rapportent des journaux locaux, le pont a cédé dans la nuit.")
    src = srcs["des journaux locaux"]
    assert (src.type, src.anonymous) == ("media", True)
    assert src.attributions  # it is the source of the selon attribution


def test_selon_ce_qu_a_confie_gives_the_outlet_and_the_speaker(analyze_fr):
    srcs = _sources(analyze_fr, "Selon ce qu'a confié à Ouest-France Marie Durand, porte-parole de la préfecture, "
                                "la route restera fermée.")
    assert srcs["Ouest-France"].type == "media"
    speaker = next(s for s in srcs.values() if "Marie Durand" in s.name)
    assert speaker.type == "government"
    assert not any("route" in m for s in srcs.values() for m in s.mentions)


def test_channel_of_an_interview_is_a_source(analyze_fr):
    srcs = _sources(analyze_fr, "Lors d'un entretien sur la radio Europe 1, le ministre a défendu sa réforme.")
    assert srcs["Europe 1"].type == "media"


def test_inverted_subject_after_a_quotation(analyze_fr):
    srcs = _sources(analyze_fr, "« Les digues ne tiendront pas un hiver de plus », a renchéri Louise Perrin, "
                                "présidente de l'association des riverains.")
    speaker = next(s for s in srcs.values() if "Louise Perrin" in s.name)
    assert speaker.type == "monitor_ngo"
    assert not speaker.anonymous


def test_no_source_inside_a_quotation_or_for_a_passive(analyze_fr):
    srcs = _sources(analyze_fr, "« La Belgique a souligné sa position », a dit le ministre. "
                                "Il possède deux tableaux estimés à 9 000 euros.")
    assert list(srcs) == ["le ministre"]


def test_apposition_after_a_cut_source_joins_it(analyze_fr):
    srcs = _sources(analyze_fr, "La CFDT, premier syndicat, a déclaré qu'elle ne signerait pas. "
                                "Son secrétaire général, Pierre Martin, a affirmé que le texte était « inacceptable ».")
    martin = next(s for s in srcs.values() if "Pierre Martin" in s.name)
    assert martin.type == "monitor_ngo"  # the union named just before owns "son secrétaire général"


def test_first_name_is_no_role_noun(analyze_fr):
    srcs = _sources(analyze_fr, "« Nous partirons demain », a déclaré Marie Lenoir à la presse.")
    assert next(s for s in srcs.values() if "Marie Lenoir" in s.name).type == "citizen"


def test_practitioner_suffix_is_an_expert(analyze_fr):
    srcs = _sources(analyze_fr, "« Les nappes baissent chaque été », a résumé Paul Lemaire, hydrologue à Rennes.")
    assert next(s for s in srcs.values() if "Paul Lemaire" in s.name).type == "expert"


def test_english_told_an_outlet(analyze_en):
    srcs = _sources(analyze_en, "The mayor told CNN that the bridge would stay closed until Monday.")
    assert srcs["CNN"].type == "media"


def test_pronoun_takes_the_person_named_since_the_last_speaker(analyze_fr):
    art = analyze_fr("« Le site est sûr », a déclaré Paul Girard, porte-parole de l'exploitant. "
                     "Anne Vidal, géologue à l'université de Brest, est plus prudente. "
                     "« Le sol bouge encore », affirme-t-elle.")
    vidal = next(s for s in art.sources if "Anne Vidal" in s.name)
    assert vidal.type == "expert" and len(vidal.attributions) == 1


def test_pronoun_does_not_take_a_name_inside_a_noun_phrase(analyze_fr):
    art = analyze_fr("« Le texte est dangereux », a déclaré Paul Girard, président de la fondation Louis Pasteur. "
                     "Selon lui, le vote est prématuré.")
    assert not any(s.name == "Louis Pasteur" for s in art.sources)


@pytest.mark.parametrize("text, outlet, state", [
    ("Le ministre a déclaré à France Inter que la réforme passerait.", "France Inter", True),
    ("Le ministre a déclaré à RTL que la réforme passerait.", "RTL", False),
    ("Le ministre a déclaré à l'AFP que la réforme passerait.", "l'AFP", False),  # no state holding
])
def test_state_owned_outlets_are_state_affiliated(analyze_fr, text, outlet, state):
    src = next(s for s in analyze_fr(text).sources if s.type in ("media", "news_agency"))
    assert src.state_affiliated is state, (outlet, src)


def test_unnamed_source_taken_up_by_a_definite_role_stays_anonymous(analyze_en):
    art = analyze_en('"We expect a vote on Friday," a senior Treasury official said. '
                     '"Nothing is settled yet," the official added.')
    official = next(s for s in art.sources if "official" in s.name)
    assert (official.type, official.anonymous) == ("government", True)


def test_no_speaker_from_a_verb_that_reports_only_in_an_incise(analyze_en):
    art = analyze_en("A person familiar with the case said the agency was continuing to review the loans.")
    assert [s.name for s in art.sources] == ["A person familiar with the case"]


def test_inverted_speaker_after_a_day_and_a_setting(analyze_fr):
    # no attribution source: the speaker stands after "mercredi dans un communiqué"
    srcs = _sources(analyze_fr, "« Le chantier prendra du retard », avait reconnu mercredi dans un communiqué "
                                "la direction de l'entreprise Vinci.")
    src = next(s for s in srcs.values() if "direction" in s.name)
    assert src.type == "company" and src.attributions


def test_outlet_and_speaker_after_the_verb_are_two_sources(analyze_fr):
    srcs = _sources(analyze_fr, "« Nous ne céderons pas », a affirmé à l'AFP Julie Marchand, porte-parole du collectif.")
    assert srcs["l'AFP"].type == "news_agency"
    marchand = next(s for s in srcs.values() if "Julie Marchand" in s.name)
    assert marchand.type == "monitor_ngo" and "AFP" not in marchand.name


def test_speaker_before_the_verb_keeps_its_apposition(analyze_fr):
    # the attribution layer gives no source for the second clause's verb
    art = analyze_fr("Pour le quotidien régional, cette hausse est « absurde » et Paul Girard, président de la "
                     "fédération des boulangers, estime qu'elle tuera les petits commerces.")
    girard = next(s for s in art.sources if "Paul Girard" in s.name)
    assert girard.type == "monitor_ngo" and girard.attributions


def test_speaker_after_the_verb_stops_before_the_next_clause(analyze_fr):
    srcs = _sources(analyze_fr, "Selon ce que rapportent des journaux locaux, le pont a cédé dans la nuit.")
    assert "des journaux locaux" in srcs and not any("pont" in n for n in srcs)


def test_pronoun_after_an_outlet_and_a_speaker_is_the_speaker(analyze_fr):
    art = analyze_fr("« Les agriculteurs restent très mobilisés », a affirmé à l'AFP Jeanne Morel, l'une de leurs "
                     "figures dans le Gers. « Nous reviendrons », a-t-elle ajouté.")
    afp = next(s for s in art.sources if s.name == "l'AFP")
    morel = next(s for s in art.sources if "Jeanne Morel" in s.name)
    assert afp.type == "news_agency" and "elle" not in afp.mentions
    assert morel.type == "citizen" and "elle" in morel.mentions


def test_impersonal_on_speaks_for_the_side_the_sentence_opens_on(analyze_fr):
    srcs = _sources(analyze_fr, "Du côté des éleveurs, qui espéraient un report, on se disait plutôt « soulagés ».")
    assert list(srcs) == ["des éleveurs"]
    assert (srcs["des éleveurs"].type, srcs["des éleveurs"].anonymous) == ("citizen", True)


def test_a_person_with_others_is_a_group_apart_from_the_person(analyze_fr):
    art = analyze_fr("Marie Caron a déclaré que le site fermerait. "
                     "Selon Mme Caron et d'autres militants, la direction ment depuis des mois.")
    names = sorted(s.name for s in art.sources)
    assert names == ["Marie Caron", "Mme Caron et d'autres militants"]


def test_presenter_of_a_channel_is_a_person_of_that_outlet(analyze_fr):
    art = analyze_fr("La présentatrice de France 2 Claire Vidal a confirmé que l'émission était annulée. "
                     "France 2 a précisé que la grille changerait.")
    vidal = next(s for s in art.sources if "Claire Vidal" in s.name)
    channel = next(s for s in art.sources if s.name == "France 2")
    assert vidal.type == "media" and vidal is not channel and len(channel.attributions) == 1


def test_source_after_a_preposition_keeps_its_plural_anonymity(analyze_fr):
    srcs = _sources(analyze_fr, "Le ministre a porté plainte contre les journaux qui affirment qu'il a menti.")
    assert (srcs["les journaux"].type, srcs["les journaux"].anonymous) == ("media", True)


def test_a_bare_surname_joins_the_first_full_name_not_a_relative(analyze_fr):
    art = analyze_fr("Jean Morin a annoncé sa candidature à la mairie. Sa femme, Claire Morin, a déclaré qu'elle "
                     "le soutiendrait. « Nous irons jusqu'au bout », a ajouté Morin.")
    jean = next(s for s in art.sources if s.name == "Jean Morin")
    claire = next(s for s in art.sources if "Claire Morin" in s.name)
    assert len(jean.attributions) == 2 and len(claire.attributions) == 1


@pytest.mark.parametrize("text", [
    "Questionné lundi à Lyon, Pierre Amiel, battu au second tour de la législative partielle, a affirmé "
    "qu'il ne soutiendrait personne.",
    "Paul Lenoir, qui a perdu l'élection municipale de 2020, estime que la ville est mal gérée.",
])
def test_a_person_described_by_an_election_is_a_politician(analyze_fr, text):
    person = next(s for s in analyze_fr(text).sources if s.name.split()[0] in ("Pierre", "Paul"))
    assert person.type == "politician"


def test_a_resident_is_no_politician(analyze_fr):
    srcs = _sources(analyze_fr, "Marc Dubois, habitant du quartier depuis vingt ans, a raconté la scène.")
    assert srcs["Marc Dubois"].type == "citizen"


@pytest.mark.parametrize("text, who, kind", [
    ("Qualifié de traître par le directeur du syndicat, Paul Roux, le ministre s'est défendu en affirmant "
     "qu'il n'avait rien signé.", "Paul Roux", "monitor_ngo"),
    ("Le projet a été jugé « irréaliste » par plusieurs économistes.", "plusieurs économistes", "expert"),
])
def test_agent_of_a_passive_reporting_verb_is_a_speaker(analyze_fr, text, who, kind):
    src = next(s for s in analyze_fr(text).sources if who in s.name or any(who in m for m in s.mentions))
    assert src.type == kind


def test_agent_of_a_passive_act_that_reports_nothing_is_no_speaker(analyze_fr):
    assert not analyze_fr("La réforme a été votée par le Parlement en juillet.").sources


def test_agent_in_english(analyze_en):
    srcs = _sources(analyze_en, "The plan was described as reckless by two former officials.")
    assert srcs["two former officials"].anonymous


@pytest.mark.parametrize("text, speaker, kind, outlet", [
    ("Un enquêteur, cité par Le Parisien, affirme que le suspect était connu des services.",
     "Un enquêteur", "judiciary_police", "Le Parisien"),
    ("Selon un proche du dossier cité par Reuters, l'accord sera signé lundi.",
     "un proche du dossier", "anonymous", "Reuters"),
])
def test_an_outlet_relaying_a_speaker_is_a_source_apart(analyze_fr, text, speaker, kind, outlet):
    srcs = _sources(analyze_fr, text)
    assert srcs[speaker].anonymous and srcs[speaker].type == kind
    assert srcs[outlet].type in ("media", "news_agency")


def test_signature_of_an_embedded_post(analyze_fr):
    srcs = _sources(analyze_fr, "Les organisateurs ont salué la mobilisation. Plus de 10 000 cyclistes dans les rues "
                                "ce matin ! pic.twitter.com/abc123— Vélo Cité Nantes (@VeloCiteNantes) 12 mars 2023 "
                                "La préfecture a compté 4 000 personnes.")
    assert srcs["Vélo Cité Nantes (@VeloCiteNantes)"].type == "social_media"


def test_a_person_signing_a_post_stays_a_person(analyze_fr):
    art = analyze_fr("Jeanne Morel a dénoncé une décision « honteuse ». Honte à ce gouvernement ! "
                     "pic.twitter.com/abc123— Jeanne Morel (@jeanne_morel) 12 mars 2023 La préfecture n'a pas réagi.")
    morel = [s for s in art.sources if "Jeanne Morel" in s.name]
    assert len(morel) == 1 and morel[0].type == "citizen"


def test_a_source_close_to_a_named_minister_is_not_the_minister(analyze_fr):
    art = analyze_fr("Les négociations avancent, a indiqué mardi une source proche de la ministre de la Santé, "
                     "Claire Vidal. « Un accord est possible », a précisé la même source.")
    src = next(s for s in art.sources if s.anonymous)
    assert src.name != "Claire Vidal" and len(src.attributions) == 2


def test_this_source_joins_the_unnamed_source_before_it(analyze_fr):
    art = analyze_fr("Le suspect n'avait pas de complice, a-t-on appris jeudi de source proche de l'enquête. "
                     "« Il a agi seul », a précisé cette source.")
    anon = [s for s in art.sources if s.anonymous]
    assert len(anon) == 1 and anon[0].type == "anonymous"


def test_a_central_directorate_takes_its_complement_type(analyze_fr):
    srcs = _sources(analyze_fr, "La direction centrale de la police judiciaire a confirmé deux interpellations.")
    assert srcs["La direction centrale de la police judiciaire"].type == "judiciary_police"


def test_a_title_standing_for_a_withheld_name_is_anonymous(analyze_en):
    art = analyze_en('"The leak did real damage," Senior Defense Official said.')
    src = next(s for s in art.sources if "Official" in s.name)
    assert src.anonymous and src.type == "government"


def test_a_source_with_and_without_its_relative_clause_is_one_source(analyze_en):
    # the attribution layer gives "asked" and "said" one source each, with and without the clause
    art = analyze_en("Police fired tear gas at the crowd, while a local resident who asked not to be identified "
                     "said shots were heard near the station.")
    assert len([s for s in art.sources if "resident" in s.name]) == 1


@pytest.mark.parametrize("text", [
    "According to witnesses, police fired tear gas at the protesters, who accuse the government of fraud.",
    "Selon des témoins, la police a tiré des gaz lacrymogènes sur les manifestants, qui accusent le gouvernement "
    "de fraude.",
])
def test_witnesses_are_no_side_of_the_dispute(analyze_fr, analyze_en, text):
    art = (analyze_fr if "Selon" in text else analyze_en)(text)
    wit = next(s for s in art.sources if "witnesses" in s.name or "témoins" in s.name)
    assert wit.type == "citizen" and wit.anonymous and wit.party_to_conflict is not True


def test_a_people_speaking_is_an_unnamed_group_of_citizens(analyze_en):
    src = next(s for s in analyze_en("Many Ukrainians said they would not leave their homes.").sources)
    assert (src.type, src.anonymous, src.affiliation_country) == ("citizen", True, "UA")


@pytest.mark.parametrize("text, inner", [
    ("l'expression de Me Armand", "Me Armand"),
    ("le témoignage de sa voisine", "sa voisine"),
    ("the account of a witness", "a witness"),
])
def test_unwrap_takes_the_speaker_out_of_a_testimony_or_an_expression(text, inner):
    assert unwrap(text) == inner


def test_defendants_are_citizens(analyze_fr):
    srcs = _sources(analyze_fr, "« Nous n'étions pas sur place », affirment les prévenus, qui nient en bloc.")
    assert srcs["les prévenus"].type == "citizen"


@pytest.mark.parametrize("text, name, kind", [
    ("Une partie des salariés estime avoir été trahie.", "Une partie des salariés", "citizen"),  # no "parti"
    ("Nombre d'observateurs jugent la situation explosive.", "Nombre d'observateurs", "expert"),
    ("D'après les secouristes, trois personnes ont été blessées.", "les secouristes", "judiciary_police"),
])
def test_quantified_and_plural_groups_are_typed_and_unnamed(analyze_fr, text, name, kind):
    src = _sources(analyze_fr, text)[name]
    assert (src.type, src.anonymous) == (kind, True)


def test_a_synonymous_office_title_joins_the_office_holder(analyze_fr):
    art = analyze_fr("Le Premier ministre Paul Garnier a dénoncé une « manipulation ». « Les électeurs méritent "
                     "mieux », a commenté le chef du gouvernement.")
    garnier = next(s for s in art.sources if "Garnier" in s.name)
    assert len(garnier.attributions) == 2


@pytest.mark.parametrize("text, who, kind, anonymous", [
    ('"We will not back down," the union\'s president, Maria Lopez, told reporters on Monday.',
     "Maria Lopez", "monitor_ngo", False),
    ("Local media reported that the mayor had resigned.", "Local media", "media", True),
    ('"It was chaos," said Ahmed Khalil, a shopkeeper whose store was looted.', "Ahmed Khalil", "citizen", False),
])
def test_english_owners_invariant_plurals_and_shopkeepers(analyze_en, text, who, kind, anonymous):
    src = next(s for s in analyze_en(text).sources if who in s.name)
    assert (src.type, src.anonymous) == (kind, anonymous)


def test_a_pronoun_of_the_other_gender_takes_the_last_mention_of_its_gender(analyze_fr):
    art = analyze_fr("« Nous démentons », a écrit la porte-parole du gouvernement Anne Morel sur X. "
                     "Le Premier ministre Paul Garnier a dénoncé une « manipulation ». « Les électeurs méritent "
                     "mieux », a commenté le chef du gouvernement. « C'est grave », a-t-il ajouté.")
    garnier = next(s for s in art.sources if "Garnier" in s.name)
    morel = next(s for s in art.sources if "Morel" in s.name)
    assert "il" in garnier.mentions and "il" not in morel.mentions


@pytest.mark.parametrize("text, name", [
    ("Selon nos informations, le directeur devrait démissionner avant l'été.", "nos informations"),
])
def test_the_article_s_own_reporting_is_its_outlet(analyze_fr, text, name):
    src = _sources(analyze_fr, text)[name]
    assert (src.type, src.anonymous) == ("media", False)


@pytest.mark.parametrize("text, who", [
    ("Les élus ont rencontré des commerçants, inquiets pour leur chiffre d'affaires, et qui demandent une aide.",
     "des commerçants"),
    ("« Il y a chez des pêcheurs qu'on a longtemps ignorés et qui demandaient de vivre de leur métier une vraie "
     "colère », a-t-il expliqué.", "des pêcheurs"),
])
def test_relative_pronoun_source_is_its_antecedent(analyze_fr, text, who):
    srcs = _sources(analyze_fr, text)
    assert srcs[who].type == "citizen" and srcs[who].attributions
    assert not any(n.lower() == "qui" for n in srcs)


def test_fronted_participle_speaks_for_the_main_subject(analyze_fr):
    srcs = _sources(analyze_fr, "Estimant que « la colère est légitime », le député de la circonscription, Julien "
                                "Marc, a demandé à être reçu par le ministre.")
    src = next(s for s in srcs.values() if "Julien Marc" in s.name or any("Julien Marc" in m for m in s.mentions))
    assert src.type == "politician"
    assert any("député" in m for m in src.mentions)


def test_fronted_participle_with_an_unnamed_subject(analyze_fr):
    srcs = _sources(analyze_fr, "Réclamant « des moyens », la manifestation a rejoint la place de la mairie vers midi.")
    assert srcs["la manifestation"].type == "citizen"


def test_person_questioned_by_an_outlet_is_a_source(analyze_fr):
    srcs = _sources(analyze_fr, "Une hausse jugée probable par plusieurs économistes interrogés par Le Figaro.")
    assert srcs["plusieurs économistes"].type == "expert" and srcs["plusieurs économistes"].anonymous
    assert srcs["Le Figaro"].type == "media"


@pytest.mark.parametrize("text, who, kind", [
    ("« On attend depuis des mois », soupire Lucie Martin, infirmière au CHU.", "Lucie Martin", "citizen"),
    ("« Nous sommes oubliés », s'insurge Karim, chauffeur de bus depuis vingt ans.", "Karim", "citizen"),
])
def test_incise_verb_the_tagger_misreads(analyze_fr, text, who, kind):
    src = next(s for s in analyze_fr(text).sources if who in s.name)
    assert src.type == kind


def test_speaker_and_colon_before_a_quotation_in_the_body(analyze_fr):
    srcs = _sources(analyze_fr, "La piscine reste fermée. La maire de Morlaix, Anne Le Bihan : « Nous rouvrirons "
                                "en mai. » Les nageurs attendent.")
    src = next(s for s in srcs.values() if "Anne Le Bihan" in s.name)
    assert src.type == "government"


def test_topic_and_colon_is_no_speaker(analyze_fr):
    srcs = _sources(analyze_fr, "La piscine reste fermée. Travaux : « trois mois au moins », selon la mairie.")
    assert "Travaux" not in srcs


def test_pronoun_without_antecedent_takes_the_last_subject_of_its_gender(analyze_fr):
    srcs = _sources(analyze_fr, "Devant la cour d'assises, la procureure a requis quinze ans contre l'accusé. "
                                "« Il a menti du début à la fin », a-t-elle insisté.")
    assert srcs["la procureure"].type == "judiciary_police"
    assert not any(n.lower() in ("elle", "il") for n in srcs)


@pytest.mark.parametrize("text, who, kind, anonymous", [
    ("Un délégué CGT a dénoncé « un plan social déguisé ».", "Un délégué CGT", "monitor_ngo", True),
    ("Les représentants du personnel ont dénoncé « un plan social déguisé ».", "Les représentants du personnel",
     "monitor_ngo", True),
])
def test_unnamed_member_of_a_named_body_is_anonymous(analyze_fr, text, who, kind, anonymous):
    src = _sources(analyze_fr, text)[who]
    assert (src.type, src.anonymous) == (kind, anonymous)


def test_source_phrase_keeps_the_name_the_attribution_left_out(analyze_fr):
    srcs = _sources(analyze_fr, "Le constructeur automobile Renault a annoncé la fermeture de son usine de Flins.")
    src = next(s for s in srcs.values() if "Renault" in s.name or any("Renault" in m for m in s.mentions))
    assert src.type == "company"


def test_a_court_is_no_side_of_the_dispute_it_rules_on(analyze_en):
    srcs = _sources(analyze_en, "A federal judge on Monday blocked the new rule, writing that the agency had "
                                "overstepped. The governor said he would appeal and accused the judge of bias.")
    judge = next(s for s in srcs.values() if "judge" in s.name.lower())
    assert judge.type == "judiciary_police" and judge.party_to_conflict is not True


def test_subject_of_a_reporting_verb_whose_object_the_parser_hung_elsewhere(analyze_fr):
    srcs = _sources(analyze_fr, "Les dirigeants des grands syndicats agricoles ont exprimé, chacun à sa manière, "
                                "leur colère face à la réforme.")
    src = srcs["Les dirigeants des grands syndicats agricoles"]
    assert src.type == "monitor_ngo" and src.anonymous


def test_speaker_inside_what_selon_governs(analyze_fr):
    srcs = _sources(analyze_fr, "Selon la radio locale, un rapport d'expertise fait état de fissures dans le barrage.")
    assert srcs["un rapport d'expertise"].type == "document"


def test_person_with_others_is_typed_by_the_others(analyze_fr):
    srcs = _sources(analyze_fr, "Pour sortir de la crise, M. Garnier et d'autres syndicalistes réclament une hausse "
                                "des salaires.")
    src = next(s for s in srcs.values() if "Garnier" in s.name)
    assert src.type == "monitor_ngo"


def test_agent_right_after_a_passive_participle(analyze_fr):
    srcs = _sources(analyze_fr, "Le ministre a dû s'expliquer sur la note publiée mardi par le Conseil d'État.")
    assert any("Conseil d'État" in n for n in srcs)


def test_agent_after_a_quoted_complement_of_the_participle(analyze_fr):
    srcs = _sources(analyze_fr, "Qualifié de maire qui « a tout raté » par le chef de l'opposition, Paul Roux, le "
                                "maire a répliqué lundi.")
    assert any("Paul Roux" in n for n in srcs)


def test_object_after_the_verb_is_no_speaker_the_subject_before_is(analyze_fr):
    srcs = _sources(analyze_fr, "Le porte-parole des pompiers, qui était sur place dès le début, a confirmé à "
                                "Ouest-France cette information.")
    assert not any("information" in n for n in srcs)


@pytest.mark.parametrize("text, who, kind", [
    ("À en croire les riverains, le chantier durera encore deux ans.", "les riverains", "citizen"),
    ("De l'avis de nombreux spécialistes, la digue ne tiendra pas.", "nombreux spécialistes", "expert"),
    ("Le maire, pour qui « rien n'est joué », attend la décision du préfet.", "Le maire", "government"),
])
def test_phrases_that_work_like_selon(analyze_fr, text, who, kind):
    assert _sources(analyze_fr, text)[who].type == kind


def test_pour_qui_without_an_antecedent_is_no_speaker(analyze_fr):
    assert "qui" not in _sources(analyze_fr, "Il a dit qu'il resterait pour qui le voudrait.")


def test_english_speaker_before_said_after_a_quotation(analyze_en):
    # the tagger may read the town as a verb and the speaker as its object
    srcs = _sources(analyze_en, "The river rose overnight. “I give you my word: we will rebuild every home,” "
                                "Harlow fire Chief Nina Brandt said Sunday. “Nobody will be left behind.”")
    speaker = next(s for s in srcs.values() if "Nina Brandt" in s.name)
    assert speaker.type == "judiciary_police"
    assert "Harlow" not in srcs


def test_town_before_a_role_is_not_the_person(analyze_en):
    srcs = _sources(analyze_en, '"The suspect is in custody," Dayton police Chief Anne Moss said Tuesday.')
    assert "Anne Moss" in srcs and "Dayton" not in srcs


@pytest.mark.parametrize("text, who", [
    ("Footage shows the door was open, contradicting Harlow police’s earlier claim that it was locked.",
     "Harlow police"),
    ("Records show the gate was shut, unlike the county sheriff's statement that it stood open.",
     "county sheriff"),
])
def test_owner_of_a_claim_that_is_a_source(analyze_en, text, who):
    assert any(who in m for s in analyze_en(text).sources for m in s.mentions)


def test_fronted_outlet_participle_is_not_the_speaker(analyze_fr):
    srcs = _sources(analyze_fr, "Interrogée par Ouest-France, une voisine du couple dit avoir entendu des cris.")
    voisine = next(s for s in srcs.values() if "voisine" in s.name)
    assert (voisine.type, voisine.anonymous) == ("citizen", True)
    assert srcs["Ouest-France"].type == "media"
    assert not any("voisine" in m for m in srcs["Ouest-France"].mentions)


def test_selon_an_outlet_keeps_the_clause_out_of_its_mentions(analyze_fr):
    srcs = _sources(analyze_fr, "Selon Le Télégramme, le club compte recruter deux défenseurs cet été.")
    assert srcs["Le Télégramme"].mentions == ("Le Télégramme",)


def test_same_role_of_another_body_is_someone_else(analyze_fr):
    srcs = _sources(analyze_fr, "La directrice de la clinique, Claire Vidal, a confirmé la fermeture. "
                                "La directrice technique de l'agence régionale précise que les travaux dureront un an.")
    assert len(srcs) == 2


def test_same_role_taken_up_again_is_the_same_person(analyze_fr):
    srcs = _sources(analyze_fr, "La directrice de la clinique, Claire Vidal, a confirmé la fermeture. "
                                "La directrice de l'établissement précise que les patients seront transférés.")
    assert len(srcs) == 1


def test_agent_of_a_publishing_participle_read_as_a_noun(analyze_fr):
    srcs = _sources(analyze_fr, "Un rapport publié par l'Observatoire des déserts médicaux montre que "
                                "les délais s'allongent.")
    assert any("Observatoire" in n for n in srcs)


def test_spokesperson_of_a_named_person_takes_the_owner_type(analyze_en):
    srcs = _sources(analyze_en, "Senator Ruth Calloway voted against the bill on Monday. "
                                "Calloway spokeswoman Dana Wirth said the senator would not change her mind.")
    speaker = next(s for s in srcs.values() if "Dana Wirth" in s.name)
    assert speaker.type == "politician"


def test_outlets_are_a_side_of_a_dispute_over_the_press(analyze_fr):
    srcs = _sources(analyze_fr, "Le syndicat du livre a bloqué jeudi l'impression des quotidiens nationaux. "
                                "Le Figaro dénonce une « prise d'otage » et juge que la liberté d'informer est en danger.")
    assert srcs["Le Figaro"].party_to_conflict is True


def test_an_outlet_reporting_a_strike_is_no_side_of_it(analyze_fr):
    srcs = _sources(analyze_fr, "Les grévistes ont bloqué le dépôt de bus toute la matinée, a rapporté Ouest-France. "
                                "La direction a dénoncé une action illégale.")
    assert srcs["Ouest-France"].party_to_conflict is not True


def test_police_are_a_side_when_an_officer_acts_in_the_dispute(analyze_en):
    srcs = _sources(analyze_en, "A police officer shot an unarmed man during a traffic stop on Friday. Protesters "
                                "marched to city hall on Saturday. Harlow police Chief Nina Brandt said the officer "
                                "had been suspended.")
    chief = next(s for s in srcs.values() if "Nina Brandt" in s.name)
    assert chief.party_to_conflict is True


def test_pronoun_inside_a_quotation_speaks_for_a_subject_of_that_quotation(analyze_fr):
    srcs = _sources(analyze_fr, "« La fédération ne se contente pas de s'excuser, elle reconnaît qu'elle a failli », "
                                "a déclaré Paul Ramel.")
    assert srcs["La fédération"].type == "monitor_ngo"
    assert "elle" not in srcs


def test_a_named_body_after_a_bare_name_is_not_that_person(analyze_fr):
    srcs = _sources(analyze_fr, "Marc Dubreuil a fait savoir, dans un avis publié lundi par la Haute Autorité "
                                "de santé, qu'il n'avait aucun lien avec les laboratoires.")
    body = next(s for s in srcs.values() if "Haute Autorité" in s.name)
    assert not any("Dubreuil" in m for m in body.mentions)


@pytest.mark.parametrize("text, thing", [
    ("« Nous ne lâcherons rien », pouvait-on lire sur une pancarte brandie par une manifestante.", "une pancarte"),
    ("Les grévistes ont déployé une banderole sur laquelle était inscrit « Usine en lutte ».", "une banderole"),
])
def test_words_written_on_a_sign_have_the_sign_as_source(analyze_fr, text, thing):
    assert _sources(analyze_fr, text)[thing].type == "document"


def test_reading_on_social_networks_is_no_sign(analyze_fr):
    assert not _sources(analyze_fr, "Sur les réseaux sociaux, on peut lire des messages de soutien.")


def test_subject_of_a_reflexive_reporting_verb_the_tagger_read_as_passive(analyze_fr):
    srcs = _sources(analyze_fr, "Le tribunal a annulé l'arrêté. La Fédération des parents d'élèves, qui avait saisi "
                                "la justice, s'est félicitée d'une « avancée décisive ».")
    assert any("Fédération des parents" in n for n in srcs)


def test_signs_of_a_protest_are_a_side(analyze_fr):
    srcs = _sources(analyze_fr, "Des milliers d'enseignants ont manifesté jeudi contre la réforme. « Pas un poste de "
                                "moins », pouvait-on lire sur une pancarte.")
    assert srcs["une pancarte"].party_to_conflict is True


@pytest.mark.parametrize("text, side", [
    ("Des milliers de personnes ont défilé dimanche contre le projet de loi. Ils étaient 12 000 selon la police.",
     None),
    ("Des casseurs ont attaqué des policiers et incendié des voitures samedi lors de la manifestation contre "
     "le projet de loi. La police a affirmé que 40 personnes avaient été interpellées.", True),
])
def test_police_counting_a_march_is_no_side_police_in_clashes_is(analyze_fr, text, side):
    police = next(s for s in analyze_fr(text).sources if "police" in s.name.lower())
    assert (police.party_to_conflict is True) == bool(side)


def test_a_headline_source_joins_the_body_source_it_abbreviates(analyze_en):
    text = ("Striking Nurses Say Pay Offer Is An Insult\n\nThe latest pay offer is an insult to every ward, "
            "several striking nurses said on Monday, as talks with the board stalled again.")
    srcs = analyze_en(text).sources
    nurses = [s for s in srcs if any("nurses" in m.lower() for m in s.mentions)]
    assert len(nurses) == 1 and nurses[0].anonymous and len(nurses[0].mentions) == 2


@pytest.mark.parametrize("who", ["Ses proches", "Son avocate"])
def test_relatives_and_lawyer_of_a_private_person_are_citizens(analyze_fr, who):
    srcs = _sources(analyze_fr, "Un homme de 34 ans a été mis en examen pour homicide. Ses proches affirment qu'il "
                                "était ailleurs ce soir-là. Son avocate dénonce une enquête bâclée.")
    assert srcs[who].type == "citizen"


def test_incise_speaker_stops_before_its_relative_clause(analyze_fr):
    """« … », s’indigne l’élu qui a quitté la majorité: the speaker is the councillor, not a name in the
    relative clause."""
    srcs = _sources(analyze_fr, "Le maire a ouvert la séance. « On travaille dans l’urgence. », s’indigne "
                                "l’élu qui a quitté la majorité avec Paul Léost.")
    assert "Paul Léost" not in srcs
    assert "l’élu" in srcs


def test_subject_whose_object_follows_a_setting(analyze_fr):
    """La fédération dénonce, dans un communiqué, une décision: the parser reads the object as a modifier
    with no preposition; the subject is still a speaker. A plain act with a time between is not."""
    srcs = _sources(analyze_fr, "La fédération de pêche dénonce, dans un communiqué publié lundi, une "
                                "décision injuste.")
    assert srcs["La fédération de pêche"].type == "monitor_ngo"
    assert not _sources(analyze_fr, "Le maire a inauguré, dimanche matin, la nouvelle salle.")


@pytest.mark.parametrize("text, who, type_", [
    ("Le syndicat juge inacceptable la fermeture du site.", "Le syndicat", "monitor_ngo"),
    ("Le maire juge la mesure inutile.", "Le maire", "government"),
    ("Le syndicat du personnel hospitalier juge indispensable de recruter.",
     "Le syndicat du personnel hospitalier", "monitor_ngo"),
])
def test_subject_of_a_reporting_form_tagged_as_a_noun(analyze_fr, text, who, type_):
    """*Le maire juge la mesure inutile*: the tagger reads *juge* as a noun; the noun phrase before it
    is the speaker."""
    assert _sources(analyze_fr, text)[who].type == type_


def test_no_speaker_from_a_noun_phrase_with_no_reporting_form(analyze_fr):
    assert not _sources(analyze_fr, "La place du marché accueille les forains.")
    assert not _sources(analyze_fr, "Le conseil municipal vote le budget.")


@pytest.mark.parametrize("text, who", [
    ("Même son de cloche chez les agriculteurs : « On ne peut plus vivre de notre travail. »", "les agriculteurs"),
    ("Autre discours du côté de la CGT : « La grève continue. »", "CGT"),
])
def test_group_after_a_same_view_lead_and_a_colon(analyze_fr, text, who):
    """*Même son de cloche chez X : « … »*: the group after the lead speaks the quotation."""
    assert who in _sources(analyze_fr, text)


def test_lawyer_named_after_a_role_with_a_title_takes_the_role(analyze_fr):
    """*L'avocat du ministre, Me Henri Salle, affirme…*: the title *Me* does not hide the role phrase in
    apposition before the name; a minister's lawyer is typed by the client (relational role)."""
    srcs = analyze_fr("L'avocat du ministre, Me Henri Salle, affirme que son client est innocent.").sources
    lawyer = next(s for s in srcs if "Salle" in s.name)
    assert lawyer.type == "government"


def test_outlet_name_cut_short_or_run_on_is_the_whole_name(analyze_fr):
    """*a expliqué au Journal du dimanche*: the parse cuts the outlet at *Journal*; the KB name is whole.
    A channel run on into its claim's *que* loses it."""
    srcs = _sources(analyze_fr, "Le ministre a expliqué au Journal du dimanche que la réforme serait votée.")
    jdd = srcs["Le Journal du dimanche"]
    assert (jdd.type, jdd.anonymous) == ("media", False)
    srcs = _sources(analyze_fr, "Le maire a confié au Journal de Saône-et-Loire que le pont serait réparé.")
    assert not any(name.endswith(" que") for name in srcs)


def test_pronoun_opening_a_sentence_is_the_subject_before_it(analyze_fr):
    """*Le président du collectif a pris la parole. Il appelle à …*: *il* is the president (the subject
    of the sentence before), not an earlier body named in a *selon* phrase."""
    srcs = _sources(analyze_fr, "Selon le ministère de l'Intérieur, 3000 personnes ont défilé. Le président du "
                                "collectif, qui est arrivé en retard, a pris la parole devant la mairie. Il appelle "
                                "à poursuivre le mouvement.")
    president = srcs["Le président du collectif"]
    assert president.type == "monitor_ngo" and "Il" in president.mentions
    assert "Il" not in srcs["le ministère de l'Intérieur"].mentions


def test_person_named_by_a_same_view_lead_sentence(analyze_fr):
    """*Même son de cloche pour X, adjointe au maire. « … »*: the lead sentence names the speaker of the
    quotation after it; *Même chose pour le prix du pain* names no one."""
    srcs = _sources(analyze_fr, "Les maires ont protesté. Même son de cloche pour Léa Morvan, adjointe au maire "
                                "de Rosporden. « On nous a oubliés. »")
    assert srcs["Léa Morvan"].type == "government"
    assert not _sources(analyze_fr, "Même chose pour le prix du pain. « Il a doublé en un an. »")


@pytest.mark.parametrize("word, role", [
    ("une chanteuse", "chanteur"), ("la directrice", "directrice"), ("deux policières", "policier"),
    ("une sportive", "sportif"), ("les blogueuses", "blogueur"),
])
def test_feminine_forms_find_their_masculine_role(word, role):
    from selon.sources.lexicons import load_lexicons, words

    hit = load_lexicons().head_role(words(word))
    assert hit is not None and role in hit.phrase


def test_subject_with_a_feminine_role_is_a_speaker(analyze_fr):
    """*-euse*, *-rice*, *-ère*, *-ive* forms of a role noun make a speaker like the masculine."""
    srcs = _sources(analyze_fr, "Sur son compte, une chanteuse bretonne affirme avoir été écartée du festival.")
    assert any("chanteuse" in name for name in srcs)


def test_outlet_that_reached_a_speaker_is_a_source(analyze_fr):
    """*Un guide, joint par Le Dauphiné, décrit …*: the outlet of an irregular citing participle."""
    srcs = _sources(analyze_fr, "Un guide de haute montagne, joint par Le Dauphiné libéré, décrit une pente "
                                "très instable. Joint par La Dépêche, le maire assure que la route rouvrira.")
    assert any("Dauphiné" in name for name in srcs)
    assert any("Dépêche" in name for name in srcs)


def test_declining_to_comment_is_no_source(analyze_fr):
    """*n'a pas souhaité réagir*, *a refusé de commenter*, *n'a pas répondu à nos questions*: no claim, no
    speaker; a negated verb with a claim still reports (*n'a pas confirmé ces chiffres*)."""
    art = analyze_fr("La mairie de Quimperlé n'a pas souhaité réagir. Le club a refusé de commenter. "
                     "La direction de l'usine n'a pas répondu à nos questions. "
                     "La préfecture n'a pas confirmé que trois hangars avaient brûlé.")
    assert not any(a.content.text.strip() in ("réagir", "commenter") for a in art.attributions)
    names = [s.name for s in art.sources]
    assert not any("mairie" in n or "club" in n or "usine" in n for n in names), names
    assert any("préfecture" in n for n in names)


def test_name_after_an_inverted_role_is_the_same_source(analyze_fr):
    """*« … », confie son frère, Karim Haddad, à X*: the role and the name are one source; *Selon X, un
    premier bilan fait état de …*: the clause after a *selon* phrase is not its apposition."""
    srcs = analyze_fr("« Il adorait la mer », confie son frère, Karim Haddad, à France Bleu Armorique.").sources
    brother = [s for s in srcs if any("frère" in m for m in s.mentions)]
    assert len(brother) == 1 and any("Karim Haddad" in m for m in brother[0].mentions)
    srcs = analyze_fr("Hier soir, selon Europe 1, le décompte provisoire fait état de trois granges brûlées.").sources
    assert not any(any("Europe 1" in m for m in s.mentions) and any("décompte" in m for m in s.mentions) for s in srcs)


def test_platform_a_statement_was_posted_on_is_no_source(analyze_fr):
    """*s'est félicité sur X*, *une vidéo publiée sur TikTok*: where it was posted; *sur France Inter*
    is an outlet."""
    names = [s.name for s in analyze_fr("Le préfet s'est félicité sur X d'une « belle mobilisation ». Dans une "
                                        "vidéo publiée sur TikTok, un pêcheur affirme avoir vu le bateau couler.").sources]
    assert not any(n in ("X", "TikTok") for n in names), names


def test_body_after_a_bare_name_is_not_that_person(analyze_fr):
    """*Marie Roux … L'enquête a été confiée, a précisé la direction départementale de la police
    nationale*: a body with a knowledge-base name is not an office describing the person named before."""
    srcs = analyze_fr("« Il faut que justice soit faite », a déclaré Marie Roux devant le tribunal. L'enquête a été "
                      "confiée à la brigade, a précisé la direction départementale de la police nationale.").sources
    roux = next(s for s in srcs if any("Marie Roux" in m for m in s.mentions))
    assert not any("police" in m for m in roux.mentions)


def test_incise_inside_a_quotation_gives_its_speaker(analyze_fr):
    """*« Ce qui compte, explique la directrice, c'est … »*, *« … le quai, rappelle un agent du port. Il … »*:
    the incise that cuts a quotation names its speaker (rule inner-incise)."""
    srcs = analyze_fr("La réunion a duré trois heures. « Ce qui compte, explique la directrice du port, tentant "
                      "de rassurer la salle, c'est que les bateaux puissent sortir. » « Nous avons refait tout le "
                      "quai, rappelle un agent du port. Il faudra encore deux ans. »").sources
    mentions = [m for s in srcs for m in s.mentions]
    assert any("directrice du port" in m for m in mentions), mentions
    assert any("agent du port" in m for m in mentions), mentions
    # a comma inside a quotation with no reporting verb after it gives no one
    assert not analyze_fr("« Le quai, le port et la digue seront refaits », dit-on.").sources


def test_two_indefinite_mentions_are_two_people(analyze_fr):
    """*« … », lance un homme. … « … », commente un homme assis au fond*: two people; a pronoun for an
    indefinite mention (*une source … précise-t-elle*) stays that source."""
    srcs = analyze_fr("« Vous nous avez oubliés », lance un homme. La salle applaudit. « Rien ne changera », "
                      "commente un homme assis au fond.").sources
    assert len([s for s in srcs if "homme" in s.name]) == 2
    srcs = analyze_fr("« Rien n'est confirmé », selon une source proche du dossier. Les premiers éléments "
                      "« ne tiennent pas », précise-t-elle.").sources
    assert len([s for s in srcs if "source" in s.name]) == 1


def test_name_before_an_apposition_source_after_lance_is_kept(analyze_fr):
    """*« … », lance Paul Durand, secrétaire du comité*: when the source phrase holds only the apposition,
    the person is the name before it, and two such speakers are two sources."""
    srcs = analyze_fr("« On ne lâchera rien », lance Odile Kerhervé, secrétaire du comité d'entreprise. « Ça a "
                      "marché ailleurs », lance Yves Morvan, secrétaire de l'association des riverains.").sources
    mentions = [" ".join(s.mentions) for s in srcs]
    assert any("Odile Kerhervé" in m for m in mentions) and any("Yves Morvan" in m for m in mentions), mentions
    assert not any("Odile" in m and "Yves" in m for m in mentions)


def test_subject_of_a_clause_before_a_colon_and_a_quotation(analyze_fr):
    """*Au conseil, une commerçante a interpellé le maire : « … »*: the subject speaks the quotation no
    attribution holds (rule colon-clause); *« … », racontent trois riverains*: a number opens a group."""
    srcs = analyze_fr("Au conseil de mardi, une commerçante a interpellé le maire : « Qui paiera les travaux ? » "
                      "« Le mur a bougé dans la nuit », racontent trois riverains.").sources
    mentions = [m for s in srcs for m in s.mentions]
    assert any("commerçante" in m for m in mentions) and any("trois riverains" in m for m in mentions), mentions
    assert not any("maire" in m for m in mentions)


def test_rejecting_a_claim_is_a_stance(analyze_fr):
    """*La direction a rejeté ces accusations*: a denial verb with a claim noun as object makes its subject a
    speaker (rule denial); rejecting a plan or a bill does not."""
    names = [s.name for s in analyze_fr("Le syndicat accuse l'usine de polluer la rivière. La direction du site "
                                        "a rejeté ces accusations mardi.").sources]
    assert any("direction" in n for n in names), names
    assert not analyze_fr("Les députés ont rejeté le projet de budget mardi soir.").sources


def test_reporting_form_read_as_a_noun_after_a_fronted_adverbial(analyze_fr):
    """*Dans son avis, la commission juge que …*: the tagged-noun rule reads past a fronted adverbial."""
    names = [s.name for s in analyze_fr("Dans son avis rendu lundi, la haute juridiction juge que la mesure est "
                                        "disproportionnée.").sources]
    assert any("juridiction" in n for n in names), names


def test_title_cut_from_its_name_gets_the_name_back(analyze_fr):
    """*« …, rassure Me Claire Tanguy, avocate. … »*: the attribution layer may stop at *Me*; the source is
    the lawyer named after the title, one source with *Me Tanguy* later."""
    srcs = analyze_fr("« Il ne faut pas paniquer, rassure Me Claire Tanguy, avocate à Lorient. Peu de dossiers "
                      "finissent en prison. » « Mieux vaut s'expliquer, commente Me Tanguy. Le silence coûte "
                      "cher. »").sources
    assert not any(s.name.strip().lower() == "me" for s in srcs), [s.name for s in srcs]
    assert any("Claire Tanguy" in " ".join(s.mentions) for s in srcs)


def test_what_was_gathered_by_someone_keeps_its_gatherer(analyze_fr):
    """*Selon les premiers éléments recueillis par la gendarmerie, …*: not a person relayed by an outlet;
    the source keeps the gendarmerie (*un riverain cité par Le Télégramme* is still cut)."""
    srcs = analyze_fr("Selon les premiers éléments recueillis par la gendarmerie, le feu est parti du garage.").sources
    assert any("gendarmerie" in " ".join(s.mentions) and s.type == "judiciary_police" for s in srcs)
    srcs = analyze_fr("Selon un riverain cité par Le Télégramme, le feu est parti du garage.").sources
    assert any(s.name.startswith("un riverain") and "Télégramme" not in s.name for s in srcs)


def test_surname_opening_with_a_particle_is_kept(analyze_fr):
    """*a lancé Yann Le Bihan, secrétaire …*: a surname opening with *Le* is not cut at the first name."""
    srcs = analyze_fr("Des centaines de personnes ont défilé. « Nous reviendrons », a lancé Yann Le Bihan, "
                      "secrétaire de l'union locale.").sources
    assert any("Yann Le Bihan" in " ".join(s.mentions) for s in srcs), [s.mentions for s in srcs]


def test_a_requisition_is_a_call(analyze_fr):
    """*Le procureur a requis trois ans de prison*: the subject of a verb of requisition with any object is a
    speaker (rule demand); the prosecution at a trial is a side of it."""
    srcs = analyze_fr("Le procès du garagiste s'est ouvert jeudi. Le procureur a requis dix-huit mois de prison "
                      "avec sursis.").sources
    assert [(s.name, s.type, s.party_to_conflict) for s in srcs] == [("Le procureur", "judiciary_police", True)]
    assert not analyze_fr("Trois ans de prison ont été requis contre le garagiste.").sources


# Sentences we wrote that each pattern below matches, as written and in capitals, with
# a long s or a dotless i (case-blind equal to s and i, which ``str.lower`` does not
# give): the cheap word test before each pattern lets every one of them through.
_GATED = [
    "On pouvait lire sur une pancarte « non ».",
    "Une banderole sur laquelle était inscrit « stop ».",
    "Ici on lit sur les murs « assez ».",
    "Des panneaux reading “No war”.",
    "Le maire, pour qui « rien n'est joué », a parlé.",
    "À en croire les riverains, tout va bien.",
    "De l’avis des experts, la pluie reviendra.",
    "Même son de cloche chez les élus. « Rien ne change »",
    "Le maire de Brest, Yann Kerjean : « Bonjour »",
    "On pouvaıt lıre sur une pancarte « non ».",
    "Le maire, pour quı « rien n'est joué », a parlé.",
]


@pytest.mark.parametrize("text", _GATED + [t.upper() for t in _GATED])
def test_speaker_pattern_gates_let_every_match_through(text):
    from selon.nlp.pipeline import case_blind_lower
    from selon.sources import speakers as s

    low, flat = case_blind_lower(text), text.replace("’", "'")
    lowf = case_blind_lower(flat)
    gates = {
        s._INSCRIPTION_PROBE: low is None or any(w in low for w in s._INSCRIPTION_WORDS)
        or ("lit" in low and s._LIT_SPACE.search(low) is not None),
        s._ACCORDING_RELATIVE: low is None or "qui" in low or "quel" in low or "whom" in low,
        s._COLON: s._COLON_QUOTE.search(text) is not None,
        s._SAME_VIEW_SENTENCE: low is None or "même" in low or "autre" in low,
    }
    matched = [p for p in gates if p.search(text)]
    if s._according_phrase_pattern("fr").search(flat):
        assert lowf is None or any(p in lowf for p in s._according_phrase_words("fr"))
        matched.append(None)
    assert matched, "each sentence is written for one of the patterns"
    assert all(gates[p] for p in matched if p is not None)


def test_quoted_object_makes_its_subject_a_speaker():
    """Rule quoted-object: any verb whose object is a quotation says it."""
    import selon

    text = ("Le projet de digue divise Lannion. La maire, Anne Guivarch, défend « un ouvrage vital pour le port ». "
            "Le film a été tourné en Bretagne.")
    names = [s.name for s in selon.analyze(text, lang="fr").sources]
    assert names == ["Anne Guivarch"]


def test_channel_after_an_inverted_subject():
    import selon

    text = "« Il connaissait la route », confie un voisin de la famille au Parisien."
    types = {s.name: s.type for s in selon.analyze(text, lang="fr").sources}
    assert "media" in types.values() and "citizen" in types.values()
