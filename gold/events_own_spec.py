"""Events gold on our own paragraphs (an independent check of the events layer).

Short news paragraphs, French and English, written by the annotator for this
check (none is taken from an article), covering verbal acts that are events
(accuse, condemn, demand, call for, order, refuse, threaten, back, meet, open
an investigation), material acts, nominal events (*la manifestation a
réuni*, *des heurts ont éclaté*), civilian news where conflict types must not
fire, and negated or hypothetical acts. Annotated per
``../shared/gold/EVENTS-SOURCES.md`` and the conventions of ``gold/README.md``.

Each document is ``(id, lang, text, events)``; an event is built by :func:`E`:
``E(surface, plover, actor, acled=…, target=…, att=…, opt=…, hedged=…)``.
``surface`` is found in the text after the previous event's trigger;
``att`` is a piece of the text inside the content of the attribution that
reports the event (``None`` when the narrator states it, or when the event is
the reporting act itself). ``benchmarks/eval_events_sources.py --own`` turns
this into ``score_events.py``'s format (offsets, the text's SHA-1).

The split was fixed before the layer was run on these texts: odd numbers
``tune``, even numbers ``heldout``. Batch 1 is f01–f44 and e01–e14; batch 2
(f45–f70, e15–e24) was written after the rules tuned on batch 1 had landed and
before the layer was run on it (``--batch 1|2``). Batch 3 (f71–f76, e25–e26, ``--batch 3``)
was written by the `evtrig` helper after its round-6 rules (one or two paragraphs per
construction they cover, plus acts around them) and annotated before the layer was run on it;
since its writer knew those rules, neither half is an unseen check. Batch 4 (f77–f90, e27–e32,
``--batch 4``) was written by the issue-11 `events` helper after its round-7 rules landed (sports,
civilian news, strikes, courts, diplomacy, African conflicts and protests) and annotated before the
layer was run on it; its writer knew those rules too. Batch 5 (f91–f104, e33–e36, ``--batch 5``) was
written by the round-8 `evten` helper after its English doer and French trade rules (strikes and
protests by trades, courts, local politics, diplomacy, a storm, a Sahel attack) and annotated before
the layer was run on it; same split rule, same caveat.
Batch 6 (f105–f129, e37–e44, ``--batch 6``) was written by the round-9 `events` helper before it
read the layer's code or ran it this round (regional faits divers, strikes, courts, local politics,
Ukraine, Sahel, Lebanon, Georgia, Myanmar, diplomacy, health and weather news with no required
event, a negated call to strike) and annotated before the layer was run on it; same split rule.
Batch 7 (f130–f149, e45–e54, ``--batch 7``) was written by the round-10 `events` helper before any run
this round (nationality adjectives and *de*-complements as doers, a definite description after its named
person, passive agents, meetings, negated and hypothetical acts, civilian news and sport with no event,
plain *a déclaré* next to verbal acts); same split rule.

Conventions: negated and hypothetical acts, planned protests, repeated
mentions of one event and outcomes of a clash (*blessés*) are optional; a
clash between two sides has the first named side as actor; attacks and
explosions nobody caused, sport, weather and markets are no events; a plain
*a déclaré* / *said* is not one.
"""

from __future__ import annotations


def E(surface: str, plover: str, actor: str | None, *, acled: str | None = None, target: str | None = None,
      att: str | None = None, opt: bool = False, hedged: bool = False, note: str | None = None) -> dict:
    return {"surface": surface, "plover": plover, "acled": acled, "actor": actor, "target": target,
            "att": att, "optional": opt, "hedged": hedged, "note": note}


PRO, RIOT, STRAT, VAC = "Protests", "Riots", "Strategic developments", "Violence against civilians"
BAT, EXPL = "Battles", "Explosions/Remote violence"

DOCS = [
    # ------------------------------------------------------------------ French
    ("f01", "fr",
     "Le syndicat Sud-Rail a appelé mardi les conducteurs à une grève reconductible à partir du 12 mars. "
     "La direction de l'entreprise a refusé d'ouvrir des négociations et dénonce « un mouvement politique ».",
     [E("appelé", "REQUEST", "Le syndicat Sud-Rail", target="les conducteurs"),
      E("grève", "PROTEST", None, acled=PRO, opt=True, note="planned"),
      E("refusé", "REJECT", "La direction de l'entreprise"),
      E("négociations", "CONSULT", None, opt=True, note="negated"),
      E("dénonce", "ACCUSE", "La direction de l'entreprise")]),
    ("f02", "fr",
     "Des heurts ont éclaté samedi soir à Nantes entre des manifestants et les forces de l'ordre. "
     "Selon la préfecture, douze personnes ont été interpellées et trois policiers ont été légèrement blessés.",
     [E("heurts", "PROTEST", "des manifestants", acled=RIOT),
      E("interpellées", "COERCE", None, acled=STRAT, target="douze personnes",
        att="douze personnes ont été interpellées"),
      E("blessés", "ASSAULT", None, opt=True)]),
    ("f03", "fr",
     "La marche pour le climat a réuni près de 4 000 personnes dimanche à Lille. Le cortège, parti de la gare, "
     "s'est dispersé dans le calme en fin d'après-midi.",
     [E("marche", "PROTEST", None, acled=PRO)]),
    ("f04", "fr",
     "La ministre de l'Intérieur a ordonné l'évacuation du camp installé sous le pont. "
     "Plusieurs associations ont aussitôt condamné une décision « brutale » et réclament un relogement "
     "pour les familles.",
     [E("ordonné", "REQUEST", "La ministre de l'Intérieur"),
      E("évacuation", "COERCE", None, opt=True, note="ordered, not yet done"),
      E("condamné", "ACCUSE", "Plusieurs associations"),
      E("réclament", "REQUEST", "Plusieurs associations")]),
    ("f05", "fr",
     "Un incendie a détruit dans la nuit un entrepôt de la zone industrielle de Saint-Priest. "
     "Les pompiers ont évacué une vingtaine de riverains par précaution ; aucune victime n'est à déplorer.",
     [E("évacué", "AID", "Les pompiers", acled=STRAT, opt=True, note="civil rescue")]),
    ("f06", "fr",
     "Le parquet de Marseille a ouvert une enquête après la diffusion de menaces de mort visant le maire "
     "de la ville. L'élu a porté plainte lundi et reçu le soutien de plusieurs responsables de l'opposition.",
     [E("ouvert une enquête", "ACCUSE", "Le parquet de Marseille"),
      E("menaces", "THREATEN", None, target="le maire"),
      E("porté plainte", "ACCUSE", "L'élu"),
      E("soutien", "SUPPORT", "plusieurs responsables de l'opposition", target="L'élu")]),
    ("f07", "fr",
     "Lors d'une conférence de presse, le président du conseil départemental a déclaré que le budget serait "
     "voté en décembre. Il a indiqué que les routes seraient rénovées en priorité.",
     []),
    ("f08", "fr",
     "Le Premier ministre a reçu jeudi à Matignon les représentants des syndicats agricoles. "
     "À l'issue de cette rencontre, la FNSEA a salué « des avancées » mais menace de reprendre les blocages "
     "si les promesses ne sont pas tenues.",
     [E("reçu", "CONSULT", "Le Premier ministre", target="les représentants des syndicats agricoles"),
      E("rencontre", "CONSULT", None, opt=True, note="same meeting"),
      E("salué", "SUPPORT", "la FNSEA"),
      E("menace", "THREATEN", "la FNSEA"),
      E("blocages", "PROTEST", "la FNSEA", acled=PRO, opt=True, note="hypothetical")]),
    ("f09", "fr",
     "L'armée malienne a affirmé avoir repoussé une attaque jihadiste contre un poste militaire près de "
     "Mopti. Selon une source sécuritaire, les assaillants ont incendié plusieurs véhicules avant de se replier.",
     [E("repoussé", "ASSAULT", "L'armée malienne", acled=BAT, att="avoir repoussé"),
      E("attaque", "ASSAULT", None, acled=BAT, att="avoir repoussé une attaque"),
      E("incendié", "ASSAULT", "les assaillants", acled=BAT, att="les assaillants ont incendié"),
      E("replier", "RETREAT", "les assaillants", acled=STRAT, att="avant de se replier")]),
    ("f10", "fr",
     "Le club a battu Lorient 3-1 samedi et s'empare de la deuxième place. L'entraîneur a félicité ses "
     "joueurs pour leur attaque « tranchante » et leur solidité défensive.",
     []),
    ("f11", "fr",
     "La journaliste, qui enquête sur le trafic de drogue dans le quartier, a déposé plainte pour les "
     "menaces qu'elle reçoit depuis plusieurs semaines. Le syndicat national des journalistes demande "
     "qu'elle soit placée sous protection.",
     [E("déposé plainte", "ACCUSE", "La journaliste"),
      E("menaces", "THREATEN", None, target="La journaliste"),
      E("demande", "REQUEST", "Le syndicat national des journalistes")]),
    ("f12", "fr",
     "Le gouvernement n'a pas interdit la manifestation prévue samedi devant l'Assemblée, a précisé la "
     "préfecture. Les organisateurs attendent plusieurs milliers de participants.",
     [E("interdit", "COERCE", "Le gouvernement", opt=True, note="negated"),
      E("manifestation", "PROTEST", None, acled=PRO, opt=True, note="planned")]),
    ("f13", "fr",
     "Des milliers d'enseignants ont manifesté jeudi dans toute la France pour réclamer des hausses de "
     "salaire. À Paris, le cortège a été émaillé de quelques échauffourées avec la police en fin de parcours.",
     [E("manifesté", "PROTEST", "Des milliers d'enseignants", acled=PRO),
      E("réclamer", "REQUEST", "Des milliers d'enseignants"),
      E("échauffourées", "PROTEST", None, acled=RIOT)]),
    ("f14", "fr",
     "Le Kremlin a accusé Kiev d'avoir lancé des drones contre une raffinerie de la région de Belgorod. "
     "L'Ukraine n'a pas commenté. Moscou menace de riposter « avec fermeté ».",
     [E("accusé", "ACCUSE", "Le Kremlin", target="Kiev"),
      E("lancé des drones", "ASSAULT", "Kiev", acled=EXPL, att="d'avoir lancé des drones"),
      E("menace", "THREATEN", "Moscou"),
      E("riposter", "ASSAULT", "Moscou", acled=BAT, opt=True, note="threatened")]),
    ("f15", "fr",
     "Le ministre des Affaires étrangères s'est entretenu par téléphone avec son homologue algérien. "
     "Les deux hommes ont évoqué la coopération migratoire et prévoient de se rencontrer à Alger en mai.",
     [E("entretenu", "CONSULT", "Le ministre des Affaires étrangères", target="son homologue algérien"),
      E("coopération", "COOPERATE", None, opt=True),
      E("rencontrer", "CONSULT", "Les deux hommes", opt=True, note="planned")]),
    ("f16", "fr",
     "Le prix de l'électricité a explosé cet hiver, frappant durement les ménages modestes. "
     "L'association de consommateurs critique l'inaction du gouvernement et exige un bouclier tarifaire.",
     [E("critique", "ACCUSE", "L'association de consommateurs", target="l'inaction du gouvernement"),
      E("exige", "REQUEST", "L'association de consommateurs")]),
    ("f17", "fr",
     "Trois hommes ont été placés en garde à vue mardi après l'agression d'un chauffeur de bus à Rennes. "
     "Le conducteur avait été roué de coups par un groupe de jeunes qui refusaient de payer leur ticket.",
     [E("placés en garde à vue", "COERCE", None, acled=STRAT, target="Trois hommes"),
      E("agression", "ASSAULT", None, acled=VAC, target="un chauffeur de bus"),
      E("roué", "ASSAULT", "un groupe de jeunes", acled=VAC, opt=True, note="same as agression"),
      E("refusaient", "REJECT", "un groupe de jeunes", opt=True)]),
    ("f18", "fr",
     "La Commission européenne a infligé une amende de 500 millions d'euros au groupe pour abus de position "
     "dominante. L'entreprise conteste cette sanction et annonce qu'elle fera appel.",
     [E("amende", "SANCTION", "La Commission européenne", target="au groupe"),
      E("conteste", "REJECT", "L'entreprise"),
      E("sanction", "SANCTION", None, opt=True, note="same as amende"),
      E("fera appel", "ACCUSE", "L'entreprise", opt=True, note="announced appeal")]),
    ("f19", "fr",
     "Le maire a rencontré mercredi les habitants du quartier pour évoquer les travaux. Plusieurs riverains "
     "lui ont reproché le manque de concertation.",
     [E("rencontré", "CONSULT", "Le maire", target="les habitants du quartier"),
      E("reproché", "ACCUSE", "Plusieurs riverains", target="Le maire")]),
    ("f20", "fr",
     "L'opposition a vivement critiqué le projet de loi sur l'immigration, que le Sénat doit examiner la "
     "semaine prochaine. Les Républicains réclament son durcissement, tandis que la gauche appelle à "
     "manifester dimanche.",
     [E("critiqué", "ACCUSE", "L'opposition", target="le projet de loi sur l'immigration"),
      E("réclament", "REQUEST", "Les Républicains"),
      E("appelle", "REQUEST", "la gauche"),
      E("manifester", "PROTEST", "la gauche", acled=PRO, opt=True, note="planned")]),
    ("f21", "fr",
     "Au moins quinze civils ont été tués dans une frappe aérienne sur un marché du nord-ouest de la Syrie, "
     "selon l'Observatoire syrien des droits de l'homme. Damas dément avoir visé des zones habitées.",
     [E("tués", "ASSAULT", None, acled=VAC, target="Au moins quinze civils",
        att="Au moins quinze civils ont été tués"),
      E("frappe", "ASSAULT", None, acled=EXPL, att="dans une frappe aérienne"),
      E("dément", "REJECT", "Damas"),
      E("visé", "ASSAULT", "Damas", opt=True, note="denied")]),
    ("f22", "fr",
     "Les salariés de l'usine de Gravelines sont en grève depuis lundi contre la fermeture d'une ligne de "
     "production. Ils bloquent l'accès au site et demandent à rencontrer la direction.",
     [E("grève", "PROTEST", "Les salariés de l'usine de Gravelines", acled=PRO),
      E("bloquent", "PROTEST", "Les salariés de l'usine de Gravelines", acled=PRO),
      E("demandent", "REQUEST", "Les salariés de l'usine de Gravelines"),
      E("rencontrer", "CONSULT", "Les salariés de l'usine de Gravelines", opt=True, note="requested")]),
    ("f23", "fr",
     "Le tribunal correctionnel a condamné l'ancien adjoint à deux ans de prison avec sursis pour "
     "détournement de fonds. Son avocat a annoncé qu'il ferait appel.",
     [E("condamné", "COERCE", "Le tribunal correctionnel", target="l'ancien adjoint"),
      E("ferait appel", "ACCUSE", "l'ancien adjoint", opt=True, note="announced appeal")]),
    ("f24", "fr",
     "Une violente tempête a frappé la Bretagne dans la nuit de dimanche à lundi, privant d'électricité "
     "80 000 foyers. Un automobiliste a été tué par la chute d'un arbre près de Quimper.",
     []),
    ("f25", "fr",
     "Le président turc a menacé de lancer une nouvelle offensive contre les combattants kurdes dans le nord "
     "de la Syrie. Washington a appelé Ankara à la retenue.",
     [E("menacé", "THREATEN", "Le président turc", target="les combattants kurdes"),
      E("offensive", "ASSAULT", "Le président turc", acled=BAT, opt=True, note="threatened"),
      E("appelé", "REQUEST", "Washington", target="Ankara")]),
    ("f26", "fr",
     "La police a dispersé à coups de gaz lacrymogène un rassemblement d'agriculteurs devant la préfecture "
     "d'Agen. Les manifestants avaient déversé du fumier et jeté des pneus contre les grilles.",
     [E("dispersé", "COERCE", "La police", target="un rassemblement d'agriculteurs"),
      E("rassemblement", "PROTEST", "agriculteurs", acled=PRO),
      E("déversé", "PROTEST", "Les manifestants", acled=PRO, opt=True),
      E("jeté", "PROTEST", "Les manifestants", acled=RIOT)]),
    ("f27", "fr",
     "L'ONG Human Rights Watch a exhorté les autorités à libérer les journalistes détenus depuis le coup "
     "d'État. Elle accuse la junte de museler la presse.",
     [E("exhorté", "REQUEST", "L'ONG Human Rights Watch", target="les autorités"),
      E("détenus", "COERCE", None, acled=STRAT, target="les journalistes", opt=True, note="background"),
      E("coup", "COERCE", None, acled=STRAT, opt=True, note="background"),
      E("accuse", "ACCUSE", "L'ONG Human Rights Watch", target="la junte"),
      E("museler", "COERCE", "la junte", att="de museler la presse", opt=True)]),
    ("f28", "fr",
     "Le conseil municipal a approuvé lundi la construction d'une nouvelle médiathèque. Les travaux "
     "débuteront au printemps et devraient durer dix-huit mois, a précisé l'adjointe à la culture.",
     []),
    ("f29", "fr",
     "« Nous ne céderons pas aux menaces », a répondu la présidente de l'université, qui a porté plainte "
     "contre X après l'occupation d'un amphithéâtre par des étudiants. Ceux-ci exigent l'annulation des "
     "examens.",
     [E("menaces", "THREATEN", None, opt=True),
      E("porté plainte", "ACCUSE", "la présidente de l'université"),
      E("occupation", "PROTEST", "des étudiants", acled=PRO),
      E("exigent", "REQUEST", "des étudiants")]),
    ("f30", "fr",
     "Le Premier ministre israélien a rejeté l'appel des Nations unies à un cessez-le-feu, alors que les "
     "bombardements se poursuivent sur le sud de Gaza.",
     [E("rejeté", "REJECT", "Le Premier ministre israélien"),
      E("appel", "REQUEST", "des Nations unies"),
      E("cessez-le-feu", "AGREE", None, acled=STRAT, opt=True, note="requested"),
      E("bombardements", "ASSAULT", None, acled=EXPL)]),
    ("f31", "fr",
     "La CGT a apporté son soutien aux livreurs en grève et a appelé les clients à boycotter la plateforme. "
     "La société a démenti toute baisse de rémunération.",
     [E("soutien", "SUPPORT", "La CGT", target="aux livreurs"),
      E("grève", "PROTEST", "livreurs", acled=PRO),
      E("appelé", "REQUEST", "La CGT", target="les clients"),
      E("boycotter", "SANCTION", "les clients", opt=True, note="requested"),
      E("démenti", "REJECT", "La société")]),
    ("f32", "fr",
     "L'Église catholique a publié jeudi un rapport sur l'accueil des migrants. L'évêque de Nice a expliqué "
     "qu'il souhaitait encourager les paroisses à ouvrir leurs portes.",
     [E("encourager", "SUPPORT", "L'évêque de Nice", opt=True, note="wish")]),
    ("f33", "fr",
     "Un homme a été interpellé dimanche à Strasbourg, soupçonné d'avoir poignardé un passant à la sortie "
     "d'un bar. La victime a été hospitalisée, ses jours ne sont pas en danger.",
     [E("interpellé", "COERCE", None, acled=STRAT, target="Un homme"),
      E("poignardé", "ASSAULT", "Un homme", acled=VAC, target="un passant", hedged=True)]),
    ("f34", "fr",
     "Les dirigeants européens se sont réunis vendredi à Bruxelles pour un sommet consacré à l'aide à "
     "l'Ukraine. Ils ont approuvé une enveloppe de 50 milliards d'euros malgré le veto brandi par la Hongrie "
     "pendant des semaines.",
     [E("réunis", "CONSULT", "Les dirigeants européens"),
      E("sommet", "CONSULT", None, opt=True, note="same meeting"),
      E("aide", "AID", None, opt=True, note="topic"),
      E("approuvé", "AGREE", "Les dirigeants européens", opt=True, note="a vote"),
      E("veto", "REJECT", "la Hongrie")]),
    ("f35", "fr",
     "Le candidat a reçu dimanche le soutien de l'ancien président, qui a appelé ses électeurs à voter pour "
     "lui au second tour.",
     [E("soutien", "SUPPORT", "l'ancien président", target="Le candidat"),
      E("appelé", "REQUEST", "l'ancien président", target="ses électeurs")]),
    ("f36", "fr",
     "La météo reste menaçante sur le sud-est : Météo-France a placé trois départements en vigilance orange. "
     "Les pompiers ont effectué plus de 200 interventions pendant la nuit.",
     []),
    ("f37", "fr",
     "Des jeunes ont incendié des voitures et attaqué un commissariat à coups de mortiers d'artifice dans la "
     "nuit de mardi à mercredi à Villeneuve, après la mort d'un adolescent lors d'un contrôle routier.",
     [E("incendié", "PROTEST", "Des jeunes", acled=RIOT),
      E("attaqué", "PROTEST", "Des jeunes", acled=RIOT, target="un commissariat")]),
    ("f38", "fr",
     "Le Conseil constitutionnel a censuré vendredi plusieurs articles de la loi. Le gouvernement a pris "
     "acte de la décision et a convoqué les partenaires sociaux pour une réunion la semaine prochaine.",
     [E("censuré", "REJECT", "Le Conseil constitutionnel", opt=True, note="ruling"),
      E("convoqué", "CONSULT", "Le gouvernement", target="les partenaires sociaux"),
      E("réunion", "CONSULT", None, opt=True, note="planned")]),
    ("f39", "fr",
     "Le chef de la diplomatie iranienne a averti que Téhéran répondrait à toute attaque contre ses "
     "installations nucléaires. Il s'exprimait après des manœuvres militaires américaines dans le Golfe.",
     [E("averti", "THREATEN", "Le chef de la diplomatie iranienne"),
      E("attaque", "ASSAULT", None, acled=BAT, opt=True, note="hypothetical"),
      E("manœuvres", "MOBILIZE", None, acled=STRAT, opt=True)]),
    ("f40", "fr",
     "Selon ses proches, l'opposant aurait été arrêté à son domicile par des agents en civil. Son parti "
     "exige sa libération immédiate et accuse le pouvoir de vouloir l'écarter de l'élection.",
     [E("arrêté", "COERCE", "des agents en civil", acled=STRAT, target="l'opposant", hedged=True,
        att="l'opposant aurait été arrêté"),
      E("exige", "REQUEST", "Son parti"),
      E("accuse", "ACCUSE", "Son parti", target="le pouvoir")]),
    ("f41", "fr",
     "Les négociations entre le patronat et les syndicats sur l'assurance chômage ont échoué mercredi. "
     "Force ouvrière a quitté la table en dénonçant des propositions « inacceptables ».",
     [E("négociations", "CONSULT", "le patronat"),
      E("quitté la table", "REJECT", "Force ouvrière", opt=True),
      E("dénonçant", "ACCUSE", "Force ouvrière")]),
    ("f42", "fr",
     "Le gardien de but a été expulsé à la 60e minute après une faute sur l'attaquant adverse. Son équipe, "
     "réduite à dix, a tenu jusqu'au coup de sifflet final.",
     []),
    ("f43", "fr",
     "Des militants écologistes ont bloqué pendant trois heures l'entrée d'un dépôt pétrolier près de "
     "Rouen. Ils ont été délogés par les gendarmes, qui ont procédé à huit interpellations.",
     [E("bloqué", "PROTEST", "Des militants écologistes", acled=PRO),
      E("délogés", "COERCE", "les gendarmes", target="Des militants écologistes"),
      E("interpellations", "COERCE", "les gendarmes", acled=STRAT)]),
    ("f44", "fr",
     "Le maire a signé un arrêté interdisant la mendicité dans le centre-ville pendant l'été. La Ligue des "
     "droits de l'homme a saisi le tribunal administratif pour faire annuler cette mesure, qu'elle juge "
     "discriminatoire.",
     [E("interdisant", "COERCE", "Le maire"),
      E("saisi", "ACCUSE", "La Ligue des droits de l'homme"),
      E("annuler", "REQUEST", "La Ligue des droits de l'homme", opt=True)]),
    # ------------------------------------------------------------------ English
    ("e01", "en",
     "Opposition lawmakers accused the prime minister on Tuesday of misleading parliament about the cost of "
     "the scheme and demanded an independent inquiry.",
     [E("accused", "ACCUSE", "Opposition lawmakers", target="the prime minister"),
      E("demanded", "REQUEST", "Opposition lawmakers"),
      E("inquiry", "ACCUSE", None, opt=True, note="requested")]),
    ("e02", "en",
     "Police fired tear gas at hundreds of protesters who had gathered outside the parliament in Nairobi to "
     "denounce the new tax bill. At least 30 people were arrested, a police spokesman said.",
     [E("fired", "ASSAULT", "Police", target="hundreds of protesters"),
      E("gathered", "PROTEST", "hundreds of protesters", acled=PRO, opt=True),
      E("denounce", "ACCUSE", "hundreds of protesters", opt=True),
      E("arrested", "COERCE", None, acled=STRAT, target="At least 30 people", att="At least 30 people were arrested")]),
    ("e03", "en",
     "The company said on Monday that its quarterly profit had jumped 12 percent, beating analysts' "
     "forecasts. Shares rose 4 percent in early trading.",
     []),
    ("e04", "en",
     "The governor met with tribal leaders on Friday to discuss water rights, and later praised the agreement "
     "they reached as a model for the region.",
     [E("met", "CONSULT", "The governor", target="tribal leaders"),
      E("praised", "SUPPORT", "The governor"),
      E("agreement", "AGREE", "The governor", acled=STRAT)]),
    ("e05", "en",
     "A wildfire destroyed more than 200 homes near the town, officials said, and the sheriff ordered the "
     "evacuation of two more neighbourhoods.",
     [E("ordered", "REQUEST", "the sheriff"),
      E("evacuation", "AID", None, acled=STRAT, opt=True)]),
    ("e06", "en",
     "The senator threatened to block the nomination unless the White House released the documents. "
     "The administration refused, calling the demand a political stunt.",
     [E("threatened", "THREATEN", "The senator"),
      E("block", "REJECT", "The senator", opt=True, note="threatened"),
      E("refused", "REJECT", "The administration"),
      E("calling", "ACCUSE", "The administration", opt=True),
      E("demand", "REQUEST", None, opt=True, note="same as threat")]),
    ("e07", "en",
     "Israeli airstrikes killed at least 12 people in southern Lebanon overnight, the health ministry said. "
     "Hezbollah said it had fired rockets at a military base in response.",
     [E("airstrikes", "ASSAULT", None, acled=EXPL, att="Israeli airstrikes killed"),
      E("killed", "ASSAULT", "Israeli airstrikes", acled=EXPL, target="at least 12 people",
        att="Israeli airstrikes killed", opt=True, note="same as airstrikes"),
      E("fired", "ASSAULT", "Hezbollah", acled=EXPL, att="it had fired rockets")]),
    ("e08", "en",
     "The mayor did not condemn the remarks, but said she would meet the community leaders next week.",
     [E("condemn", "ACCUSE", "The mayor", opt=True, note="negated"),
      E("meet", "CONSULT", "The mayor", opt=True, note="planned")]),
    ("e09", "en",
     "Thousands of nurses went on strike across the state on Wednesday, demanding higher staffing levels. "
     "The hospital association criticized the walkout as reckless.",
     [E("strike", "PROTEST", "Thousands of nurses", acled=PRO),
      E("demanding", "REQUEST", "Thousands of nurses"),
      E("criticized", "ACCUSE", "The hospital association", target="the walkout"),
      E("walkout", "PROTEST", None, acled=PRO, opt=True, note="same as strike")]),
    ("e10", "en",
     "The team's attack looked sharp in the second half, and the striker fired a shot past the keeper to "
     "seal the win.",
     []),
    ("e11", "en",
     "Federal prosecutors opened an investigation into the shooting, and the state's attorney general called "
     "on residents to remain calm.",
     [E("opened an investigation", "ACCUSE", "Federal prosecutors"),
      E("shooting", "ASSAULT", None, acled=VAC, opt=True, note="background"),
      E("called on", "REQUEST", "the state's attorney general", target="residents")]),
    ("e12", "en",
     "The union endorsed the candidate on Sunday, while her rival rejected calls to drop out of the race.",
     [E("endorsed", "SUPPORT", "The union", target="the candidate"),
      E("rejected", "REJECT", "her rival"),
      E("calls", "REQUEST", None, opt=True)]),
    ("e13", "en",
     "Protesters clashed with riot police in the capital on Saturday after the election results were "
     "announced. Several cars were set on fire.",
     [E("clashed", "PROTEST", "Protesters", acled=RIOT),
      E("set on fire", "PROTEST", None, acled=RIOT, opt=True)]),
    ("e14", "en",
     "The foreign minister held talks with his Chinese counterpart in Beijing and warned against any attempt "
     "to change the status quo by force.",
     [E("talks", "CONSULT", "The foreign minister", target="his Chinese counterpart"),
      E("warned", "THREATEN", "The foreign minister", opt=True, note="warning, not a threat")]),
    # ------------------------------------------------------------------ batch 2 (French), written after
    # the first rules had landed and before the layer was run on it
    ("f45", "fr",
     "« Nous exigeons le retrait immédiat de cette réforme », a lancé la secrétaire générale de la CGT devant "
     "quelques centaines de militants rassemblés place de la République. Le gouvernement, lui, exclut tout recul.",
     [E("exigeons", "REQUEST", "la secrétaire générale de la CGT", att="Nous exigeons le retrait immédiat"),
      E("rassemblés", "PROTEST", "quelques centaines de militants", acled=PRO),
      E("exclut", "REJECT", "Le gouvernement")]),
    ("f46", "fr",
     "Le préfet de police a interdit tout rassemblement aux abords du stade avant le match de dimanche, "
     "invoquant des risques de troubles à l'ordre public. Les associations de supporters ont annoncé qu'elles "
     "contesteraient l'arrêté devant le tribunal administratif.",
     [E("interdit", "COERCE", "Le préfet de police"),
      E("rassemblement", "PROTEST", None, acled=PRO, opt=True, note="banned, hypothetical"),
      E("contesteraient", "ACCUSE", "Les associations de supporters", opt=True, note="announced appeal")]),
    ("f47", "fr",
     "La Russie a annoncé vendredi l'expulsion de quinze diplomates français, en représailles à une mesure "
     "similaire prise par Paris la semaine dernière. Le Quai d'Orsay a dénoncé une décision « injustifiée ».",
     [E("expulsion", "COERCE", "La Russie", target="quinze diplomates français",
        att="l'expulsion de quinze diplomates français"),
      E("représailles", "SANCTION", None, opt=True),
      E("dénoncé", "ACCUSE", "Le Quai d'Orsay")]),
    ("f48", "fr",
     "Le chiffre d'affaires du groupe a reculé de 8 % au troisième trimestre, frappé par la baisse de la "
     "demande en Chine. La direction prévoit de supprimer 1 200 postes et promet de négocier un plan de départs "
     "volontaires avec les syndicats.",
     [E("négocier", "CONSULT", "La direction", opt=True, note="promised")]),
    ("f49", "fr",
     "Deux policiers ont été blessés par balle lors d'une interpellation qui a mal tourné dans la nuit de "
     "samedi à dimanche à Marseille. Le suspect, un homme de 25 ans, a été abattu par un autre agent. "
     "L'Inspection générale de la police nationale a été saisie.",
     [E("blessés", "ASSAULT", None, acled=VAC, target="Deux policiers"),
      E("interpellation", "COERCE", None, acled=STRAT),
      E("abattu", "ASSAULT", "un autre agent", acled=VAC, target="Le suspect"),
      E("saisie", "ACCUSE", None, opt=True, note="investigation opened")]),
    ("f50", "fr",
     "La Première ministre a défendu mardi devant les députés le recours au 49.3, tandis que l'opposition a "
     "déposé une motion de censure. « Ce gouvernement méprise le Parlement », a accusé le président du groupe "
     "socialiste.",
     [E("défendu", "SUPPORT", "La Première ministre", opt=True),
      E("motion de censure", "ACCUSE", "l'opposition"),
      E("accusé", "ACCUSE", "le président du groupe socialiste")]),
    ("f51", "fr",
     "Un violent séisme de magnitude 6,8 a frappé le centre du Maroc dans la nuit. Les secours tentent "
     "toujours d'atteindre les villages isolés de l'Atlas, où de nombreuses maisons se sont effondrées.",
     []),
    ("f52", "fr",
     "Les taxis ont bloqué lundi matin le périphérique parisien pour protester contre la concurrence des "
     "plateformes de VTC. Des opérations escargot ont aussi eu lieu à Lyon et à Toulouse.",
     [E("bloqué", "PROTEST", "Les taxis", acled=PRO),
      E("protester", "PROTEST", "Les taxis", acled=PRO, opt=True, note="same as blocage"),
      E("opérations escargot", "PROTEST", None, acled=PRO)]),
    ("f53", "fr",
     "Selon le ministère de la Défense, l'armée a abattu dans la nuit une vingtaine de drones lancés contre "
     "la capitale. Des débris sont tombés sur un immeuble résidentiel, blessant trois personnes.",
     [E("abattu", "ASSAULT", "l'armée", acled=BAT, att="l'armée a abattu dans la nuit une vingtaine"),
      E("lancés", "ASSAULT", None, acled=EXPL, att="lancés contre la capitale"),
      E("blessant", "ASSAULT", None, opt=True)]),
    ("f54", "fr",
     "Le président de la région a reçu lundi une délégation d'éleveurs en colère, qui réclament des aides "
     "d'urgence après la sécheresse. Il leur a promis une enveloppe de 10 millions d'euros.",
     [E("reçu", "CONSULT", "Le président de la région", target="une délégation d'éleveurs"),
      E("réclament", "REQUEST", "une délégation d'éleveurs en colère"),
      E("promis", "AGREE", "Le président de la région", opt=True)]),
    ("f55", "fr",
     "Une centaine de personnes ont manifesté samedi à Brest contre la fermeture de la maternité. "
     "Aucun incident n'a été signalé.",
     [E("manifesté", "PROTEST", "Une centaine de personnes", acled=PRO)]),
    ("f56", "fr",
     "Le procureur a requis dix ans de réclusion contre l'accusé, jugé pour le meurtre de son associé en 2021. "
     "La défense plaide l'acquittement.",
     [E("requis", "ACCUSE", "Le procureur", target="l'accusé"),
      E("meurtre", "ASSAULT", "l'accusé", acled=VAC, target="son associé", hedged=True),
      E("plaide", "REQUEST", "La défense", opt=True)]),
    ("f57", "fr",
     "Des colons ont incendié plusieurs maisons palestiniennes dans un village de Cisjordanie, selon des "
     "témoins. L'armée israélienne affirme être intervenue pour disperser les assaillants.",
     [E("incendié", "ASSAULT", "Des colons", acled=VAC, att="Des colons ont incendié plusieurs maisons"),
      E("disperser", "COERCE", "L'armée israélienne", att="intervenue pour disperser les assaillants")]),
    ("f58", "fr",
     "La maire de la commune a adressé une lettre au ministre pour réclamer la réouverture du bureau de poste. "
     "Elle envisage de saisir la justice si rien ne bouge.",
     [E("réclamer", "REQUEST", "La maire de la commune", target="au ministre"),
      E("saisir la justice", "ACCUSE", "La maire de la commune", opt=True, note="hypothetical")]),
    ("f59", "fr",
     "Le chef de l'État a salué la « détermination » des forces de l'ordre et promis des sanctions "
     "exemplaires contre les auteurs des violences de la nuit dernière.",
     [E("salué", "SUPPORT", "Le chef de l'État", target="des forces de l'ordre"),
      E("sanctions", "SANCTION", "Le chef de l'État", opt=True, note="promised"),
      E("violences", "PROTEST", None, acled=RIOT, opt=True, note="background")]),
    ("f60", "fr",
     "Le Mali a rappelé son ambassadeur à Alger après des propos jugés hostiles du ministre algérien des "
     "Affaires étrangères. Alger n'a pas réagi dans l'immédiat.",
     [E("rappelé son ambassadeur", "SANCTION", "Le Mali", target="Alger")]),
    ("f61", "fr",
     "Les syndicats de l'éducation ont été reçus jeudi au ministère, sans obtenir de réponse à leurs "
     "revendications. Ils appellent à une nouvelle journée de grève le 5 décembre.",
     [E("reçus", "CONSULT", None, target="Les syndicats de l'éducation"),
      E("revendications", "REQUEST", "Les syndicats de l'éducation", opt=True),
      E("appellent", "REQUEST", "Les syndicats de l'éducation"),
      E("grève", "PROTEST", "Les syndicats de l'éducation", acled=PRO, opt=True, note="planned")]),
    ("f62", "fr",
     "Le match a été interrompu pendant vingt minutes après des jets de fumigènes sur la pelouse. "
     "Le club visiteur risque une lourde sanction de la commission de discipline.",
     [E("jets de fumigènes", "PROTEST", None, acled=RIOT, opt=True, note="borderline fan disorder"),
      E("sanction", "SANCTION", "la commission de discipline", opt=True, note="hypothetical")]),
    ("f63", "fr",
     "D'après l'ONG, au moins 300 manifestants ont été arrêtés depuis le début du mouvement, et plusieurs "
     "d'entre eux auraient subi des mauvais traitements en détention.",
     [E("manifestants", "PROTEST", None, opt=True),
      E("arrêtés", "COERCE", None, acled=STRAT, target="au moins 300 manifestants", att="au moins 300 manifestants ont été arrêtés"),
      E("mouvement", "PROTEST", None, opt=True),
      E("mauvais traitements", "ASSAULT", None, acled=VAC, hedged=True, att="auraient subi des mauvais traitements"),
      E("détention", "COERCE", None, opt=True)]),
    ("f64", "fr",
     "La présidente de la Commission européenne s'est rendue à Kiev pour la cinquième fois depuis le début "
     "de la guerre. Elle y a rencontré le président ukrainien, avec qui elle a évoqué l'adhésion du pays à l'Union.",
     [E("rendue", "CONSULT", "La présidente de la Commission européenne"),
      E("guerre", "ASSAULT", None, opt=True, note="background"),
      E("rencontré", "CONSULT", "La présidente de la Commission européenne", target="le président ukrainien")]),
    ("f65", "fr",
     "Le tribunal a relaxé le militant écologiste poursuivi pour avoir décroché un portrait présidentiel "
     "dans une mairie. Le parquet a dix jours pour faire appel.",
     [E("relaxé", "CONCEDE", "Le tribunal", opt=True, note="acquittal"),
      E("poursuivi", "ACCUSE", None, target="le militant écologiste"),
      E("décroché", "PROTEST", "le militant écologiste", acled=PRO, opt=True, note="background action")]),
    ("f66", "fr",
     "L'épidémie de grippe a atteint son pic cette semaine, selon Santé publique France, qui appelle les "
     "personnes fragiles à se faire vacciner.",
     [E("appelle", "REQUEST", "Santé publique France", target="les personnes fragiles")]),
    ("f67", "fr",
     "Les rebelles houthis ont revendiqué une attaque de missile contre un navire marchand en mer Rouge. "
     "Washington a promis de riposter et a appelé ses alliés à renforcer la protection des convois.",
     [E("attaque", "ASSAULT", "Les rebelles houthis", acled=EXPL, target="un navire marchand",
        att="une attaque de missile contre un navire marchand"),
      E("riposter", "ASSAULT", "Washington", acled=EXPL, opt=True, note="promised"),
      E("appelé", "REQUEST", "Washington", target="ses alliés")]),
    ("f68", "fr",
     "Plusieurs élus locaux ont apporté leur soutien au projet d'éoliennes en mer, malgré l'opposition des "
     "pêcheurs, qui dénoncent une menace pour leur activité.",
     [E("soutien", "SUPPORT", "Plusieurs élus locaux", target="au projet d'éoliennes en mer"),
      E("opposition", "REJECT", "des pêcheurs", opt=True),
      E("dénoncent", "ACCUSE", "des pêcheurs")]),
    ("f69", "fr",
     "Un adolescent de 16 ans a été mis en examen pour tentative de meurtre après une rixe entre bandes rivales "
     "à Bobigny. Un jeune homme avait été grièvement blessé à coups de couteau.",
     [E("mis en examen", "ACCUSE", None, target="Un adolescent de 16 ans"),
      E("tentative de meurtre", "ASSAULT", None, opt=True, note="the charge"),
      E("rixe", "PROTEST", None, acled=RIOT),
      E("blessé", "ASSAULT", None, acled=VAC, target="Un jeune homme")]),
    ("f70", "fr",
     "Le Conseil de sécurité de l'ONU s'est réuni en urgence mercredi à la demande de la France. Plusieurs "
     "membres ont condamné les tirs de missiles balistiques nord-coréens.",
     [E("réuni", "CONSULT", "Le Conseil de sécurité de l'ONU"),
      E("demande", "REQUEST", "la France", opt=True),
      E("condamné", "ACCUSE", "Plusieurs membres"),
      E("tirs", "ASSAULT", None, acled=EXPL)]),
    # ------------------------------------------------------------------ batch 2 (English)
    ("e15", "en",
     "Hundreds of farmers blocked roads around Brussels on Thursday to protest against cheap imports, "
     "and some pelted police with eggs. Officers used water cannon to disperse them.",
     [E("blocked", "PROTEST", "Hundreds of farmers", acled=PRO),
      E("protest", "PROTEST", "Hundreds of farmers", acled=PRO, opt=True, note="same"),
      E("pelted", "PROTEST", "Hundreds of farmers", acled=RIOT),
      E("disperse", "COERCE", "Officers")]),
    ("e16", "en",
     "The prime minister rejected calls for her resignation on Monday, a day after a senior minister accused "
     "her of ignoring warnings about the budget.",
     [E("rejected", "REJECT", "The prime minister"),
      E("calls", "REQUEST", None, opt=True),
      E("accused", "ACCUSE", "a senior minister", target="her")]),
    ("e17", "en",
     "Stocks fell sharply on Wall Street after the central bank signalled that interest rates would stay high. "
     "Tech shares took the biggest hit.",
     []),
    ("e18", "en",
     "Gunmen killed at least 20 villagers in an attack in northwestern Nigeria, local officials said, and "
     "abducted dozens of others.",
     [E("killed", "ASSAULT", "Gunmen", acled=VAC, target="at least 20 villagers", att="Gunmen killed at least 20"),
      E("attack", "ASSAULT", None, acled=VAC, opt=True, note="same"),
      E("abducted", "COERCE", "Gunmen", acled=VAC, att="abducted dozens")]),
    ("e19", "en",
     "The two leaders agreed to resume talks on a trade deal and pledged to meet again before the end of "
     "the year.",
     [E("agreed", "AGREE", "The two leaders"),
      E("talks", "CONSULT", "The two leaders", opt=True, note="planned"),
      E("meet", "CONSULT", "The two leaders", opt=True, note="planned")]),
    ("e20", "en",
     "A federal judge blocked the state's new voting law, ruling that it discriminated against minority "
     "voters. The governor vowed to appeal.",
     [E("blocked", "REJECT", "A federal judge", opt=True, note="ruling"),
      E("appeal", "ACCUSE", "The governor", opt=True, note="announced")]),
    ("e21", "en",
     "Activists staged a sit-in at the university's administration building, demanding that it cut ties with "
     "fossil fuel companies. Campus police arrested 14 of them.",
     [E("sit-in", "PROTEST", "Activists", acled=PRO),
      E("demanding", "REQUEST", "Activists"),
      E("arrested", "COERCE", "Campus police", acled=STRAT)]),
    ("e22", "en",
     "The hurricane destroyed hundreds of homes along the coast, and the governor declared a state of "
     "emergency.",
     [E("state of emergency", "COERCE", "the governor", opt=True)]),
    ("e23", "en",
     "Iran's foreign ministry summoned the British ambassador to protest what it called interference in its "
     "internal affairs.",
     [E("summoned", "ACCUSE", "Iran's foreign ministry", target="the British ambassador"),
      E("protest", "ACCUSE", "Iran's foreign ministry", opt=True, note="same act")]),
    ("e24", "en",
     "The senator praised the bipartisan bill but warned that she would not support it without stronger "
     "protections for workers.",
     [E("praised", "SUPPORT", "The senator", target="the bipartisan bill"),
      E("warned", "THREATEN", "The senator", opt=True),
      E("support", "SUPPORT", "The senator", opt=True, note="negated")]),
    # ------------------------------------------------------------------ batch 3 (after round 6 of `evtrig`)
    ("f71", "fr",
     "Les contrôleurs de la SNCF ont entamé lundi une grève de trois jours. Cette grève perturbe fortement le "
     "trafic en Bretagne, où la direction a supprimé un train sur deux. Pour éviter les débordements, la "
     "préfecture a interdit tout rassemblement devant la gare de Rennes.",
     [E("grève", "PROTEST", "Les contrôleurs de la SNCF", acled=PRO),
      E("grève", "PROTEST", "Les contrôleurs de la SNCF", acled=PRO, opt=True, note="same event"),
      E("interdit", "COERCE", "la préfecture", target="tout rassemblement"),
      E("rassemblement", "PROTEST", None, acled=PRO, opt=True, note="banned, not held")]),
    ("f72", "fr",
     "Un engin explosif a visé dimanche une patrouille de l'armée dans le nord du Burkina Faso ; personne n'a "
     "été blessé, selon l'état-major. Les militaires ont arrêté deux suspects et saisi des armes.",
     [E("visé", "ASSAULT", "Un engin explosif", acled=EXPL, target="une patrouille de l'armée", opt=True,
        note="device as subject"),
      E("blessé", "ASSAULT", None, opt=True, note="negated: no victim"),
      E("arrêté", "COERCE", "Les militaires", acled=STRAT, target="deux suspects")]),
    ("f73", "fr",
     "Les électeurs sont appelés aux urnes dimanche pour élire un nouveau Parlement. L'opposition accuse le "
     "pouvoir de vouloir truquer le scrutin et a demandé l'envoi d'observateurs internationaux.",
     [E("accuse", "ACCUSE", "L'opposition", target="le pouvoir"),
      E("demandé", "REQUEST", "L'opposition")]),
    ("f74", "fr",
     "Des agriculteurs ont déversé du fumier devant la préfecture d'Agen pour protester contre les normes "
     "européennes. Le préfet a reçu une délégation et promis de transmettre leurs revendications au ministre.",
     [E("déversé", "PROTEST", "Des agriculteurs", acled=PRO, opt=True, note="act of protest, next trigger"),
      E("protester", "PROTEST", "Des agriculteurs", acled=PRO),
      E("reçu", "CONSULT", "Le préfet", target="une délégation")]),
    ("f75", "fr",
     "Depuis le début de la contestation, plus de 400 personnes ont été interpellées, selon le ministère de "
     "l'Intérieur. Amnesty International dénonce un usage disproportionné de la force et réclame une enquête "
     "indépendante.",
     [E("interpellées", "COERCE", None, acled=STRAT, target="plus de 400 personnes",
        att="plus de 400 personnes ont été interpellées"),
      E("dénonce", "ACCUSE", "Amnesty International"),
      E("réclame", "REQUEST", "Amnesty International")]),
    ("f76", "fr",
     "Le Premier ministre a reçu les syndicats à Matignon et écarté toute hausse du salaire minimum. "
     "Contactée, la CGT n'a pas souhaité réagir. Force ouvrière, elle, appelle ses adhérents à manifester "
     "jeudi.",
     [E("reçu", "CONSULT", "Le Premier ministre", target="les syndicats"),
      E("écarté", "REJECT", "Le Premier ministre", opt=True, note="synonym of exclure"),
      E("appelle", "REQUEST", "Force ouvrière", target="ses adhérents"),
      E("manifester", "PROTEST", "ses adhérents", acled=PRO, opt=True, note="planned")]),
    ("e25", "en",
     "Police fired tear gas to disperse hundreds of students who had blocked a highway in order to protest "
     "against fee increases. No one was seriously hurt. The university did not respond to a request for "
     "comment.",
     [E("disperse", "COERCE", "Police"),
      E("blocked", "PROTEST", "hundreds of students", acled=PRO),
      E("protest", "PROTEST", "hundreds of students", acled=PRO, opt=True, note="same act"),
      E("hurt", "ASSAULT", None, opt=True, note="negated: no victim")]),
    ("e26", "en",
     "The mayor, speaking on local radio, called the strike a betrayal of the city. Union leaders accused him "
     "of threatening workers and called on the council to intervene.",
     [E("called", "ACCUSE", "The mayor", target="the strike"),
      E("strike", "PROTEST", None, acled=PRO, opt=True, note="named, not reported here"),
      E("accused", "ACCUSE", "Union leaders", target="him"),
      E("threatening", "THREATEN", "him", opt=True, note="the accused act"),
      E("called on", "REQUEST", "Union leaders", target="the council")]),
    # ------------------------------------------------------------------ batch 4 (issue 11 helper `events`, round 7)
    ("f77", "fr",
     "Réunis à Bruxelles, les ministres de l'Agriculture des Vingt-Sept n'ont pas trouvé d'accord sur la réforme "
     "des subventions. La Pologne et la Hongrie ont bloqué le texte, tandis que la France a plaidé pour un "
     "compromis d'ici juin.",
     [E("Réunis", "CONSULT", "les ministres de l'Agriculture des Vingt-Sept"),
      E("accord", "AGREE", "les ministres de l'Agriculture des Vingt-Sept", opt=True, note="negated"),
      E("bloqué", "REJECT", "La Pologne et la Hongrie", target="le texte"),
      E("plaidé", "REQUEST", "la France")]),
    ("f78", "fr",
     "L'OM s'est imposé 3-1 face à Lens samedi soir au Vélodrome. Expulsé à la 40e minute, le défenseur "
     "marseillais a laissé son équipe à dix, mais l'entraîneur a salué « un grand caractère » après la rencontre.",
     []),
    ("f79", "fr",
     "Un incendie s'est déclaré dans la nuit de mardi à mercredi dans un entrepôt de la zone industrielle de "
     "Saint-Priest. Les pompiers ont évacué une dizaine de riverains ; aucun blessé n'est à déplorer. Le maire a "
     "demandé une enquête sur les normes de sécurité du site.",
     [E("évacué", "AID", "Les pompiers", target="une dizaine de riverains"),
      E("demandé", "REQUEST", "Le maire"),
      E("enquête", "ACCUSE", None, opt=True, note="requested")]),
    ("f80", "fr",
     "Les enseignants du lycée Jean-Moulin ont débrayé jeudi matin pour dénoncer la suppression de deux classes. "
     "Reçus par le recteur, leurs représentants ont obtenu la promesse d'un réexamen du dossier.",
     [E("débrayé", "PROTEST", "Les enseignants du lycée Jean-Moulin", acled=PRO),
      E("dénoncer", "ACCUSE", "Les enseignants du lycée Jean-Moulin"),
      E("Reçus", "CONSULT", "le recteur", target="leurs représentants")]),
    ("f81", "fr",
     "Au Soudan, les Forces de soutien rapide ont lancé une offensive contre la ville d'El-Obeid, selon des "
     "témoins. L'armée affirme avoir repoussé les assaillants et tué plusieurs dizaines de combattants. L'ONU a "
     "appelé à une trêve humanitaire immédiate.",
     [E("offensive", "ASSAULT", "les Forces de soutien rapide", acled=BAT, target="la ville d'El-Obeid",
        att="les Forces de soutien rapide ont lancé une offensive contre la ville d'El-Obeid"),
      E("repoussé", "ASSAULT", "L'armée", acled=BAT, target="les assaillants",
        att="avoir repoussé les assaillants et tué plusieurs dizaines de combattants"),
      E("tué", "ASSAULT", "L'armée", acled=BAT, target="plusieurs dizaines de combattants",
        att="avoir repoussé les assaillants et tué plusieurs dizaines de combattants"),
      E("appelé", "REQUEST", "L'ONU"),
      E("trêve", "AGREE", None, opt=True, note="requested")]),
    ("f82", "fr",
     "Le tribunal correctionnel de Nanterre a condamné jeudi l'ancien maire à deux ans de prison avec sursis pour "
     "favoritisme. Son avocat a annoncé qu'il ferait appel, dénonçant « un jugement politique ».",
     [E("condamné", "COERCE", "Le tribunal correctionnel de Nanterre", target="l'ancien maire"),
      E("dénonçant", "ACCUSE", "Son avocat")]),
    ("f83", "fr",
     "Plusieurs centaines de personnes se sont rassemblées dimanche à Marseille en hommage au jeune homme tué par "
     "un policier lors d'un contrôle routier. La famille réclame la vérité et a porté plainte pour homicide "
     "volontaire.",
     [E("rassemblées", "PROTEST", "Plusieurs centaines de personnes", acled=PRO, opt=True, note="a tribute"),
      E("tué", "ASSAULT", "un policier", acled=VAC, target="le jeune homme"),
      E("réclame", "REQUEST", "La famille"),
      E("porté plainte", "ACCUSE", "La famille")]),
    ("f84", "fr",
     "Le président sénégalais s'est entretenu lundi avec son homologue mauritanien sur l'exploitation du gisement "
     "gazier commun. Les deux chefs d'État ont signé un accord de coopération énergétique.",
     [E("entretenu", "CONSULT", "Le président sénégalais", target="son homologue mauritanien"),
      E("signé un accord", "AGREE", "Les deux chefs d'État")]),
    ("f85", "fr",
     "Les salariés de la raffinerie de Donges poursuivent leur mouvement. Leurs revendications portent sur les "
     "salaires et les effectifs. La direction, qui refuse de rouvrir les négociations, accuse les grévistes de "
     "mettre en danger la sécurité du site.",
     [E("mouvement", "PROTEST", "Les salariés de la raffinerie de Donges", acled=PRO),
      E("revendications", "REQUEST", "Les salariés de la raffinerie de Donges", opt=True, note="content"),
      E("refuse", "REJECT", "La direction"),
      E("négociations", "CONSULT", None, opt=True, note="refused"),
      E("accuse", "ACCUSE", "La direction", target="les grévistes")]),
    ("f86", "fr",
     "À Kinshasa, la police a dispersé à coups de gaz lacrymogène une marche de l'opposition contre le report des "
     "élections. Une vingtaine de militants ont été interpellés, a indiqué un porte-parole de la coalition, qui a "
     "dénoncé une « répression brutale ».",
     [E("dispersé", "COERCE", "la police", target="une marche de l'opposition"),
      E("marche", "PROTEST", "l'opposition", acled=PRO),
      E("interpellés", "COERCE", None, acled=STRAT, target="Une vingtaine de militants",
        att="Une vingtaine de militants ont été interpellés"),
      E("dénoncé", "ACCUSE", "un porte-parole de la coalition"),
      E("répression", "COERCE", None, opt=True, note="quoted label")]),
    ("f87", "fr",
     "Ce week-end, le ministre de l'Intérieur a été vivement critiqué par ses propres alliés après ses propos sur "
     "l'immigration. Le chef du groupe centriste a exigé des excuses, tandis que l'opposition réclame sa démission.",
     [E("critiqué", "ACCUSE", "ses propres alliés", target="le ministre de l'Intérieur"),
      E("exigé", "REQUEST", "Le chef du groupe centriste"),
      E("réclame", "REQUEST", "l'opposition")]),
    ("f88", "fr",
     "Les autorités chinoises ont convoqué l'ambassadeur du Japon après la visite d'un ministre japonais dans un "
     "sanctuaire controversé. Pékin menace de suspendre les échanges culturels entre les deux pays.",
     [E("convoqué l'ambassadeur", "ACCUSE", "Les autorités chinoises", target="l'ambassadeur du Japon"),
      E("menace", "THREATEN", "Pékin"),
      E("suspendre", "SANCTION", "Pékin", opt=True, note="threatened")]),
    ("f89", "fr",
     "Dans un communiqué, la Fédération française de football a annoncé une suspension de trois matchs infligée au "
     "milieu de terrain lyonnais, sanctionné pour avoir insulté l'arbitre.",
     []),
    ("f90", "fr",
     "Le gouvernement malien a expulsé le représentant de la Cédéao, accusé d'ingérence. L'organisation régionale "
     "a « regretté » cette décision et appelé Bamako au dialogue.",
     [E("expulsé", "COERCE", "Le gouvernement malien", target="le représentant de la Cédéao"),
      E("accusé", "ACCUSE", None, target="le représentant de la Cédéao"),
      E("regretté", "ACCUSE", "L'organisation régionale", opt=True, note="regret"),
      E("appelé", "REQUEST", "L'organisation régionale", target="Bamako"),
      E("dialogue", "CONSULT", None, opt=True, note="requested")]),
    ("e27", "en",
     "Israeli strikes on the southern city killed at least twelve people overnight, the local health ministry "
     "said. The military said it had targeted militant infrastructure.",
     [E("strikes", "ASSAULT", "Israeli", acled=EXPL, target="the southern city",
        att="Israeli strikes on the southern city killed at least twelve people overnight"),
      E("killed", "ASSAULT", "Israeli", acled=EXPL, opt=True, note="outcome, same event",
        att="Israeli strikes on the southern city killed at least twelve people overnight"),
      E("targeted", "ASSAULT", "The military", acled=EXPL, opt=True, note="same event",
        att="it had targeted militant infrastructure")]),
    ("e28", "en",
     "Nurses across the state walked off the job on Tuesday, the second strike this year. The hospital "
     "association criticised the walkout and urged the union to return to talks.",
     [E("walked off the job", "PROTEST", "Nurses across the state", acled=PRO),
      E("strike", "PROTEST", "Nurses across the state", acled=PRO, opt=True, note="same event"),
      E("criticised", "ACCUSE", "The hospital association", target="the walkout"),
      E("walkout", "PROTEST", None, acled=PRO, opt=True, note="same event"),
      E("urged", "REQUEST", "The hospital association", target="the union"),
      E("talks", "CONSULT", None, opt=True, note="requested")]),
    ("e29", "en",
     "Manchester City beat Arsenal 2-1 on Sunday. Arsenal's captain was sent off in the 70th minute, and the "
     "manager later blasted the referee's decision.",
     []),
    ("e30", "en",
     "The foreign ministers of India and Pakistan met in Astana on Thursday, their first talks in two years. Both "
     "sides agreed to restore a hotline between their militaries.",
     [E("met", "CONSULT", "The foreign ministers of India and Pakistan"),
      E("talks", "CONSULT", None, opt=True, note="same meeting"),
      E("agreed", "AGREE", "Both sides")]),
    ("e31", "en",
     "Opposition lawmakers walked out of parliament on Wednesday to protest the arrest of their leader. The "
     "speaker threatened to suspend them for a week.",
     [E("walked out", "PROTEST", "Opposition lawmakers", acled=PRO),
      E("protest", "PROTEST", "Opposition lawmakers", acled=PRO, opt=True, note="same act"),
      E("arrest", "COERCE", None, acled=STRAT, target="their leader"),
      E("threatened", "THREATEN", "The speaker", target="them"),
      E("suspend", "SANCTION", "The speaker", opt=True, note="threatened")]),
    ("e32", "en",
     "A fire at a chemical plant near Houston forced the evacuation of nearby homes. The company denied that toxic "
     "fumes had been released, but residents demanded an independent investigation.",
     [E("evacuation", "AID", None, opt=True, note="no helper named"),
      E("denied", "REJECT", "The company"),
      E("demanded", "REQUEST", "residents"),
      E("investigation", "ACCUSE", None, opt=True, note="requested")]),
    # ---- batch 5 (round 8, helper `evten`): written and annotated before the layer was run on it
    ("f91", "fr",
     "Les agents de la médiathèque de Quimperlé ont cessé le travail mardi matin pour dénoncer le manque "
     "d'effectifs. La direction leur a proposé une réunion jeudi, que l'intersyndicale a acceptée.",
     [E("cessé le travail", "PROTEST", "Les agents de la médiathèque de Quimperlé", acled=PRO),
      E("dénoncer", "ACCUSE", "Les agents de la médiathèque de Quimperlé", target="le manque d'effectifs"),
      E("réunion", "CONSULT", "La direction", opt=True, note="planned"),
      E("acceptée", "AGREE", "l'intersyndicale")]),
    ("f92", "fr",
     "À Béziers, le tribunal correctionnel a condamné un homme de 32 ans à huit mois de prison ferme pour avoir "
     "frappé un contrôleur dans un train. Son avocate a indiqué qu'elle ferait appel.",
     [E("condamné", "COERCE", "le tribunal correctionnel", target="un homme de 32 ans"),
      E("frappé", "ASSAULT", "un homme de 32 ans", acled=VAC, target="un contrôleur"),
      E("appel", "REJECT", "Son avocate", opt=True, note="announced appeal", att="qu'elle ferait appel")]),
    ("f93", "fr",
     "Plusieurs centaines d'ambulanciers ont défilé samedi à Lille derrière une banderole réclamant la "
     "revalorisation de leurs tarifs. Le préfet a reçu une délégation en fin d'après-midi.",
     [E("défilé", "PROTEST", "Plusieurs centaines d'ambulanciers", acled=PRO),
      E("réclamant", "REQUEST", "une banderole", opt=True, note="a banner"),
      E("reçu", "CONSULT", "Le préfet", target="une délégation")]),
    ("f94", "fr",
     "Le maire de Vierzon a suspendu la subvention du club de boxe après des violences lors d'un gala. "
     "L'opposition municipale l'accuse d'avoir agi sans consulter le conseil.",
     [E("suspendu", "SANCTION", "Le maire de Vierzon", target="le club de boxe"),
      E("violences", "ASSAULT", None, opt=True, note="no actor, background"),
      E("accuse", "ACCUSE", "L'opposition municipale", target="Le maire de Vierzon"),
      E("consulter", "CONSULT", "Le maire de Vierzon", opt=True, note="negated")]),
    ("f95", "fr",
     "Des éboueurs en grève depuis dix jours ont bloqué mercredi l'accès au centre de tri de Marseille. La "
     "métropole a saisi la justice pour obtenir leur évacuation.",
     [E("grève", "PROTEST", "Des éboueurs", acled=PRO),
      E("bloqué", "PROTEST", "Des éboueurs", acled=PRO, target="l'accès au centre de tri de Marseille"),
      E("saisi la justice", "ACCUSE", "La métropole"),
      E("évacuation", "COERCE", None, opt=True, note="requested")]),
    ("f96", "fr",
     "La Russie a convoqué l'ambassadeur d'Estonie après l'expulsion d'un diplomate russe par Tallinn. Moscou "
     "promet une « réponse ferme ».",
     [E("convoqué", "ACCUSE", "La Russie", target="l'ambassadeur d'Estonie"),
      E("expulsion", "COERCE", "Tallinn", target="un diplomate russe"),
      E("promet", "THREATEN", "Moscou")]),
    ("f97", "fr",
     "Le conseil départemental a refusé de financer le nouveau collège, dénonçant un projet trop coûteux. Les "
     "parents d'élèves ont lancé une pétition qui a recueilli 3 000 signatures.",
     [E("refusé", "REJECT", "Le conseil départemental", target="le nouveau collège"),
      E("dénonçant", "ACCUSE", "Le conseil départemental", target="un projet trop coûteux"),
      E("pétition", "REQUEST", "Les parents d'élèves")]),
    ("f98", "fr",
     "Une violente tempête a privé d'électricité 40 000 foyers en Bretagne dans la nuit de dimanche. Les "
     "pompiers sont intervenus plus de 300 fois, sans faire de blessé.",
     [E("intervenus", "AID", "Les pompiers", opt=True, note="rescue work, no one helped named")]),
    ("f99", "fr",
     "Au Niger, des hommes armés ont attaqué un poste de gendarmerie près de la frontière malienne, tuant "
     "quatre gendarmes, selon une source sécuritaire. L'armée a lancé une opération de ratissage.",
     [E("attaqué", "ASSAULT", "des hommes armés", acled=BAT, target="un poste de gendarmerie",
        att="des hommes armés ont attaqué un poste de gendarmerie près de la frontière malienne, tuant quatre gendarmes"),
      E("tuant", "ASSAULT", "des hommes armés", acled=BAT, target="quatre gendarmes", opt=True, note="outcome",
        att="des hommes armés ont attaqué un poste de gendarmerie près de la frontière malienne, tuant quatre gendarmes"),
      E("opération", "MOBILIZE", "L'armée", opt=True, note="sweep")]),
    ("f100", "fr",
     "Le refus de la préfecture d'autoriser la manifestation a provoqué la colère des syndicats, qui ont appelé à "
     "se rassembler malgré l'interdiction.",
     [E("refus", "REJECT", "la préfecture"),
      E("manifestation", "PROTEST", None, acled=PRO, opt=True, note="planned"),
      E("appelé", "REQUEST", "des syndicats"),
      E("interdiction", "COERCE", "la préfecture", opt=True, note="same act as the refusal")]),
    ("f101", "fr",
     "Les ministres de l'Agriculture des Vingt-Sept se sont retrouvés lundi à Luxembourg. Ils ont approuvé un "
     "allègement des règles environnementales réclamé par les agriculteurs.",
     [E("retrouvés", "CONSULT", "Les ministres de l'Agriculture des Vingt-Sept"),
      E("approuvé", "AGREE", "Les ministres de l'Agriculture des Vingt-Sept"),
      E("réclamé", "REQUEST", "les agriculteurs")]),
    ("f102", "fr",
     "Interpellé vendredi à Toulouse, un militant écologiste a été placé en garde à vue pour avoir tagué la "
     "façade d'une banque. Ses soutiens ont dénoncé une « criminalisation » de leur combat.",
     [E("Interpellé", "COERCE", None, acled=STRAT, target="un militant écologiste"),
      E("placé en garde à vue", "COERCE", None, acled=STRAT, target="un militant écologiste", opt=True,
        note="same arrest"),
      E("tagué", "PROTEST", "un militant écologiste", opt=True, note="vandalism as protest"),
      E("dénoncé", "ACCUSE", "Ses soutiens")]),
    ("f103", "fr",
     "Le patron du groupe a annoncé la fermeture de l'usine de Blois. Les salariés ont aussitôt voté la grève "
     "et retenu deux cadres pendant plusieurs heures.",
     [E("grève", "PROTEST", "Les salariés", acled=PRO),
      E("retenu", "COERCE", "Les salariés", target="deux cadres")]),
    ("f104", "fr",
     "La cour d'appel de Rennes a confirmé jeudi la relaxe d'un agriculteur poursuivi pour avoir menacé un "
     "inspecteur de l'environnement. Le parquet général envisage un pourvoi en cassation.",
     [E("poursuivi", "ACCUSE", None, target="un agriculteur"),
      E("menacé", "THREATEN", "un agriculteur", target="un inspecteur de l'environnement", hedged=True),
      E("pourvoi", "REJECT", "Le parquet général", opt=True, note="considered")]),
    ("e33", "en",
     "Dockworkers at the port of Antwerp walked out on Monday over a pay offer they called insulting. The port "
     "authority warned that ships would be diverted to Rotterdam.",
     [E("walked out", "PROTEST", "Dockworkers at the port of Antwerp", acled=PRO),
      E("warned", "THREATEN", "The port authority")]),
    ("e34", "en",
     "A jury in Ohio convicted a former police officer of assaulting a handcuffed man. His lawyer said he would "
     "appeal, and the victim's family thanked prosecutors.",
     [E("convicted", "COERCE", "A jury in Ohio", target="a former police officer"),
      E("assaulting", "ASSAULT", "a former police officer", acled=VAC, target="a handcuffed man"),
      E("appeal", "REJECT", "His lawyer", opt=True, note="announced appeal", att="he would appeal"),
      E("thanked", "SUPPORT", "the victim's family", target="prosecutors")]),
    ("e35", "en",
     "The mayor told reporters she had ordered an inquiry into the collapse of the footbridge. Residents had "
     "complained about cracks for months.",
     [E("ordered", "REQUEST", "The mayor", opt=True, note="same act as the inquiry",
        att="she had ordered an inquiry into the collapse of the footbridge"),
      E("inquiry", "ACCUSE", "The mayor", att="she had ordered an inquiry into the collapse of the footbridge"),
      E("complained", "ACCUSE", "Residents", opt=True, note="complaint about a thing")]),
    ("e36", "en",
     "Kenyan police fired tear gas at protesters who blocked a highway in Nairobi to denounce new taxes. Dozens "
     "of people were arrested, the interior ministry said.",
     [E("blocked", "PROTEST", "protesters", acled=PRO, target="a highway in Nairobi"),
      E("denounce", "ACCUSE", "protesters", target="new taxes"),
      E("arrested", "COERCE", None, acled=STRAT, target="Dozens of people",
        att="Dozens of people were arrested")]),
    # ---- batch 6 (round 9, helper `events`): written and annotated before the layer was run on it
    ("f105", "fr",
     "À Lorient, un homme de 28 ans a été interpellé samedi après avoir agressé un chauffeur de bus à coups de "
     "poing. Le conducteur, choqué, a porté plainte. La direction du réseau dénonce « une violence devenue "
     "quotidienne » et demande plus de patrouilles le soir.",
     [E("interpellé", "COERCE", None, acled=STRAT, target="un homme de 28 ans"),
      E("agressé", "ASSAULT", "un homme de 28 ans", acled=VAC, target="un chauffeur de bus"),
      E("porté plainte", "ACCUSE", "Le conducteur"),
      E("dénonce", "ACCUSE", "La direction du réseau"),
      E("violence", "ASSAULT", None, opt=True, note="quoted label"),
      E("demande", "REQUEST", "La direction du réseau")]),
    ("f106", "fr",
     "Les contrôleurs aériens de l'aéroport de Nice ont entamé jeudi une grève de 48 heures à l'appel du SNCTA. "
     "Plus de 200 vols ont été annulés. Le ministre des Transports a appelé les grévistes à « la responsabilité » "
     "et a promis de recevoir les syndicats la semaine prochaine.",
     [E("grève", "PROTEST", "Les contrôleurs aériens de l'aéroport de Nice", acled=PRO),
      E("appel", "REQUEST", "le SNCTA", opt=True, note="call behind the strike"),
      E("appelé", "REQUEST", "Le ministre des Transports", target="les grévistes"),
      E("recevoir", "CONSULT", "Le ministre des Transports", opt=True, note="promised")]),
    ("f107", "fr",
     "Le tribunal judiciaire de Bobigny a condamné mercredi la société Urbaclean à 150 000 euros d'amende pour la "
     "mort d'un ouvrier tombé d'un échafaudage. L'entreprise, qui conteste toute faute, a fait appel. La veuve de "
     "la victime a salué « une première victoire ».",
     [E("condamné", "COERCE", "Le tribunal judiciaire de Bobigny", target="la société Urbaclean"),
      E("conteste", "REJECT", "L'entreprise", opt=True, note="denial"),
      E("appel", "REJECT", "L'entreprise", opt=True, note="appeal"),
      E("salué", "SUPPORT", "La veuve de la victime")]),
    ("f108", "fr",
     "Au conseil municipal de Tours, l'opposition a quitté la séance lundi pour protester contre la hausse de la "
     "taxe foncière. Le maire a regretté « un coup de communication » et a refusé de retirer la délibération, "
     "adoptée à la majorité.",
     [E("quitté la séance", "PROTEST", "l'opposition", acled=PRO),
      E("protester", "PROTEST", "l'opposition", acled=PRO, opt=True, note="same act"),
      E("regretté", "ACCUSE", "Le maire", opt=True, note="regret"),
      E("refusé", "REJECT", "Le maire")]),
    ("f109", "fr",
     "Dans l'est de l'Ukraine, l'armée russe a bombardé dans la nuit de mardi à mercredi la ville de Kramatorsk, "
     "faisant au moins trois morts, selon le gouverneur régional. Kiev a dénoncé « un crime de guerre » et appelé "
     "ses alliés à livrer davantage de systèmes de défense antiaérienne.",
     [E("bombardé", "ASSAULT", "l'armée russe", acled=EXPL, target="la ville de Kramatorsk",
        att="l'armée russe a bombardé dans la nuit de mardi à mercredi la ville de Kramatorsk"),
      E("dénoncé", "ACCUSE", "Kiev"),
      E("crime de guerre", "ASSAULT", None, opt=True, note="quoted label"),
      E("appelé", "REQUEST", "Kiev", target="ses alliés"),
      E("livrer", "AID", "ses alliés", opt=True, note="requested")]),
    ("f110", "fr",
     "Le ministre des Affaires étrangères, Jean-Noël Barrot, a rencontré vendredi à Alger son homologue algérien "
     "pour tenter de relancer la coopération migratoire. Les deux pays ont convenu de reprendre les réadmissions "
     "de ressortissants en situation irrégulière, suspendues depuis le printemps.",
     [E("rencontré", "CONSULT", "Le ministre des Affaires étrangères, Jean-Noël Barrot",
        target="son homologue algérien"),
      E("coopération", "COOPERATE", None, opt=True, note="intended"),
      E("convenu", "AGREE", "Les deux pays"),
      E("réadmissions", "COERCE", None, opt=True, note="planned"),
      E("suspendues", "SANCTION", None, opt=True, note="background, no actor")]),
    ("f111", "fr",
     "L'hôpital de Montluçon a déclenché lundi son plan blanc face à l'afflux de patients atteints de la grippe. "
     "L'agence régionale de santé recommande le port du masque dans les salles d'attente et appelle les personnes "
     "âgées à se faire vacciner.",
     [E("recommande", "REQUEST", "L'agence régionale de santé", opt=True, note="health advice"),
      E("appelle", "REQUEST", "L'agence régionale de santé", opt=True, note="health advice")]),
    ("f112", "fr",
     "Plusieurs dizaines d'agriculteurs ont déversé du fumier devant la préfecture d'Agen dans la nuit de jeudi, "
     "à l'appel de la Coordination rurale. Ils réclament la suspension des contrôles de l'Office français de la "
     "biodiversité. Le préfet a condamné des « dégradations inacceptables » et annoncé le dépôt d'une plainte.",
     [E("déversé", "PROTEST", "Plusieurs dizaines d'agriculteurs", acled=PRO),
      E("appel", "REQUEST", "la Coordination rurale", opt=True, note="call behind the protest"),
      E("réclament", "REQUEST", "Plusieurs dizaines d'agriculteurs"),
      E("suspension", "SANCTION", None, opt=True, note="requested"),
      E("condamné", "ACCUSE", "Le préfet"),
      E("dégradations", "PROTEST", None, opt=True, note="quoted label"),
      E("plainte", "ACCUSE", "Le préfet", opt=True, note="announced complaint")]),
    ("f113", "fr",
     "Dans le nord du Burkina Faso, des hommes armés ont tendu une embuscade à un convoi de ravitaillement escorté "
     "par des volontaires pour la défense de la patrie, tuant une quinzaine de personnes, ont rapporté des sources "
     "locales. L'armée affirme avoir « neutralisé » une partie des assaillants.",
     [E("embuscade", "ASSAULT", "des hommes armés", acled=BAT, target="un convoi de ravitaillement",
        att="des hommes armés ont tendu une embuscade à un convoi de ravitaillement"),
      E("tuant", "ASSAULT", "des hommes armés", acled=BAT, opt=True, note="outcome",
        att="des hommes armés ont tendu une embuscade à un convoi de ravitaillement"),
      E("neutralisé", "ASSAULT", "L'armée", acled=BAT, target="une partie des assaillants",
        att="neutralisé » une partie des assaillants")]),
    ("f114", "fr",
     "L'ancien député Thierry Morel a été mis en examen pour détournement de fonds publics, a-t-on appris mardi "
     "de source judiciaire. Il est soupçonné d'avoir rémunéré un assistant parlementaire fictif. Son parti a "
     "suspendu son adhésion à titre conservatoire.",
     [E("mis en examen", "ACCUSE", None, target="L'ancien député Thierry Morel",
        att="L'ancien député Thierry Morel a été mis en examen pour détournement de fonds publics"),
      E("soupçonné", "ACCUSE", None, opt=True, note="suspicion"),
      E("suspendu", "SANCTION", "Son parti", target="L'ancien député Thierry Morel")]),
    ("f115", "fr",
     "Les enseignants du collège Pierre-Brossolette, à Villeurbanne, ont exercé mardi leur droit de retrait "
     "après l'agression d'une surveillante par un élève exclu. Le rectorat a annoncé l'envoi d'une équipe mobile "
     "de sécurité.",
     [E("droit de retrait", "PROTEST", "Les enseignants du collège Pierre-Brossolette", opt=True,
        note="right of withdrawal"),
      E("agression", "ASSAULT", "un élève exclu", acled=VAC, target="une surveillante"),
      E("envoi", "MOBILIZE", "Le rectorat", opt=True, note="school staff sent")]),
    ("f116", "fr",
     "À Tbilissi, des milliers de manifestants pro-européens se sont rassemblés dimanche devant le Parlement pour "
     "la dixième nuit consécutive. La police a fait usage de canons à eau et a arrêté une cinquantaine de "
     "personnes. L'Union européenne a appelé les autorités géorgiennes à la retenue.",
     [E("rassemblés", "PROTEST", "des milliers de manifestants pro-européens", acled=PRO),
      E("fait usage de canons à eau", "COERCE", "La police"),
      E("arrêté", "COERCE", "La police", acled=STRAT, target="une cinquantaine de personnes"),
      E("appelé", "REQUEST", "L'Union européenne", target="les autorités géorgiennes")]),
    ("f117", "fr",
     "Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de la zone artisanale de "
     "Saint-Avé. Une quarantaine de pompiers ont été mobilisés. Les causes du sinistre restent inconnues, a "
     "indiqué la gendarmerie, qui a ouvert une enquête.",
     [E("mobilisés", "AID", None, opt=True, note="firefighters, no one helped named"),
      E("ouvert une enquête", "ACCUSE", "la gendarmerie", opt=True, note="inquiry into an accident")]),
    ("f118", "fr",
     "Washington a imposé jeudi de nouvelles sanctions à une dizaine d'entreprises chinoises accusées de fournir "
     "des composants électroniques à l'armée russe. Pékin a protesté vigoureusement et menacé de prendre des "
     "« contre-mesures ».",
     [E("sanctions", "SANCTION", "Washington", target="une dizaine d'entreprises chinoises"),
      E("accusées", "ACCUSE", None, target="une dizaine d'entreprises chinoises"),
      E("fournir", "AID", "une dizaine d'entreprises chinoises", opt=True, note="alleged supply"),
      E("protesté", "ACCUSE", "Pékin"),
      E("menacé", "THREATEN", "Pékin"),
      E("contre-mesures", "SANCTION", "Pékin", opt=True, note="threatened")]),
    ("f119", "fr",
     "Trois policiers ont été renvoyés devant le tribunal correctionnel de Paris pour des violences commises lors "
     "de l'interpellation d'un livreur en 2023. L'avocat du jeune homme a salué une décision « courageuse », "
     "tandis que le syndicat Alliance a dénoncé un « acharnement » contre les forces de l'ordre.",
     [E("renvoyés", "ACCUSE", None, target="Trois policiers"),
      E("violences", "ASSAULT", "Trois policiers", acled=VAC, opt=True, note="alleged, background"),
      E("interpellation", "COERCE", "Trois policiers", acled=STRAT, opt=True, note="background"),
      E("salué", "SUPPORT", "L'avocat du jeune homme"),
      E("dénoncé", "ACCUSE", "le syndicat Alliance")]),
    ("f120", "fr",
     "Le préfet de Haute-Savoie a interdit jeudi la circulation des poids lourds dans la vallée de l'Arve en "
     "raison d'un pic de pollution. Les transporteurs routiers menacent de bloquer les accès au tunnel du "
     "Mont-Blanc si la mesure est prolongée.",
     [E("interdit", "COERCE", "Le préfet de Haute-Savoie"),
      E("menacent", "THREATEN", "Les transporteurs routiers"),
      E("bloquer", "PROTEST", "Les transporteurs routiers", acled=PRO, opt=True, note="threatened")]),
    ("f121", "fr",
     "Le Hezbollah a tiré lundi une salve de roquettes sur le nord d'Israël, qui a riposté par des frappes "
     "aériennes contre plusieurs villages du Sud-Liban, selon l'agence nationale libanaise. Aucune victime n'a "
     "été signalée.",
     [E("tiré", "ASSAULT", "Le Hezbollah", acled=EXPL, target="le nord d'Israël",
        att="Le Hezbollah a tiré lundi une salve de roquettes sur le nord d'Israël"),
      E("riposté", "ASSAULT", "Israël", acled=EXPL, opt=True, note="same act as the strikes",
        att="qui a riposté par des frappes aériennes contre plusieurs villages du Sud-Liban"),
      E("frappes", "ASSAULT", "Israël", acled=EXPL, target="plusieurs villages du Sud-Liban",
        att="qui a riposté par des frappes aériennes contre plusieurs villages du Sud-Liban")]),
    ("f122", "fr",
     "À l'appel de l'intersyndicale, quelque 15 000 personnes ont défilé jeudi à Rennes contre la réforme de "
     "l'assurance chômage, selon les organisateurs. En marge du cortège, des groupes cagoulés ont brisé des "
     "vitrines et la police a répliqué par des tirs de gaz lacrymogène.",
     [E("appel", "REQUEST", "l'intersyndicale", opt=True, note="call behind the march"),
      E("défilé", "PROTEST", "quelque 15 000 personnes", acled=PRO,
        att="quelque 15 000 personnes ont défilé jeudi à Rennes contre la réforme de l'assurance chômage"),
      E("cortège", "PROTEST", None, acled=PRO, opt=True, note="same march"),
      E("brisé", "PROTEST", "des groupes cagoulés", acled=RIOT),
      E("répliqué", "COERCE", "la police"),
      E("tirs", "COERCE", "la police", opt=True, note="same act")]),
    ("f123", "fr",
     "Le président congolais Félix Tshisekedi et son homologue rwandais Paul Kagame se sont entretenus mercredi à "
     "Doha sous l'égide du Qatar. Kinshasa accuse Kigali de soutenir les rebelles du M23, ce que le Rwanda dément.",
     [E("entretenus", "CONSULT", "Le président congolais Félix Tshisekedi",
        target="son homologue rwandais Paul Kagame"),
      E("accuse", "ACCUSE", "Kinshasa", target="Kigali"),
      E("soutenir", "SUPPORT", "Kigali", opt=True, note="alleged"),
      E("dément", "REJECT", "le Rwanda")]),
    ("f124", "fr",
     "Un adolescent de 16 ans a été blessé par balle dans la nuit de vendredi à samedi dans le quartier de la "
     "Paillade, à Montpellier. Le tireur a pris la fuite. Le maire a réclamé des renforts de police à l'État.",
     [E("blessé par balle", "ASSAULT", None, acled=VAC, target="Un adolescent de 16 ans"),
      E("réclamé", "REQUEST", "Le maire", target="l'État")]),
    ("f125", "fr",
     "La ville de Grenoble a fermé trois écoles maternelles après la découverte de légionelles dans le réseau "
     "d'eau chaude. Les parents d'élèves ont été reçus jeudi par l'adjointe à l'éducation, qui a promis un retour "
     "en classe avant la fin du mois.",
     [E("reçus", "CONSULT", "l'adjointe à l'éducation", target="Les parents d'élèves")]),
    ("f126", "fr",
     "Les syndicats de la RATP n'ont pas appelé à la grève malgré l'échec des négociations salariales. Ils "
     "envisagent toutefois une mobilisation en janvier si la direction ne revoit pas sa copie.",
     [E("appelé", "REQUEST", "Les syndicats de la RATP", opt=True, note="negated"),
      E("grève", "PROTEST", None, acled=PRO, opt=True, note="negated"),
      E("négociations", "CONSULT", None, opt=True, note="background, failed"),
      E("mobilisation", "PROTEST", "Les syndicats de la RATP", acled=PRO, opt=True, note="hypothetical")]),
    ("f127", "fr",
     "Le Niger a ordonné l'expulsion de trois diplomates ivoiriens, accusés d'espionnage par la junte au pouvoir "
     "à Niamey. Abidjan a rappelé son ambassadeur pour consultations.",
     [E("ordonné", "REQUEST", "Le Niger", opt=True, note="same act as the expulsion"),
      E("expulsion", "COERCE", "Le Niger", target="trois diplomates ivoiriens"),
      E("accusés", "ACCUSE", "la junte au pouvoir à Niamey", target="trois diplomates ivoiriens"),
      E("rappelé son ambassadeur", "SANCTION", "Abidjan"),
      E("consultations", "CONSULT", "Abidjan", opt=True, note="recall wording")]),
    ("f128", "fr",
     "Le tribunal de Saint-Brieuc a relaxé jeudi le militant antispéciste poursuivi pour l'intrusion dans un "
     "élevage porcin. Les éleveurs, qui avaient porté plainte, dénoncent un « permis de saccager ».",
     [E("relaxé", "COERCE", "Le tribunal de Saint-Brieuc", opt=True, note="acquittal"),
      E("poursuivi", "ACCUSE", None, target="le militant antispéciste"),
      E("intrusion", "PROTEST", "le militant antispéciste", opt=True, note="background"),
      E("porté plainte", "ACCUSE", "Les éleveurs", opt=True, note="background"),
      E("dénoncent", "ACCUSE", "Les éleveurs")]),
    ("f129", "fr",
     "La grève des éboueurs de Toulon entre dans sa deuxième semaine. Une réunion entre la métropole et les "
     "représentants du personnel s'est tenue mardi sans aboutir. La CGT accuse la collectivité de « jouer le "
     "pourrissement ».",
     [E("grève", "PROTEST", "éboueurs de Toulon", acled=PRO),
      E("réunion", "CONSULT", "la métropole", target="les représentants du personnel"),
      E("accuse", "ACCUSE", "La CGT", target="la collectivité")]),
    ("e37", "en",
     "A federal judge in Texas blocked the state's new immigration law on Friday after civil rights groups sued to "
     "stop it. Governor Greg Abbott condemned the ruling and vowed to appeal.",
     [E("blocked", "COERCE", "A federal judge in Texas", opt=True, note="court blocks a law"),
      E("sued", "ACCUSE", "civil rights groups"),
      E("condemned", "ACCUSE", "Governor Greg Abbott", target="the ruling"),
      E("appeal", "REJECT", "Governor Greg Abbott", opt=True, note="announced appeal")]),
    ("e38", "en",
     "Thousands of people marched through central Belgrade on Saturday to demand the resignation of the "
     "government, the largest protest in months. Riot police blocked the road to the presidency and detained "
     "several students, according to local media.",
     [E("marched", "PROTEST", "Thousands of people", acled=PRO),
      E("demand", "REQUEST", "Thousands of people"),
      E("protest", "PROTEST", "Thousands of people", acled=PRO, opt=True, note="same march"),
      E("blocked", "COERCE", "Riot police",
        att="Riot police blocked the road to the presidency and detained several students"),
      E("detained", "COERCE", "Riot police", acled=STRAT, target="several students",
        att="Riot police blocked the road to the presidency and detained several students")]),
    ("e39", "en",
     "Myanmar's military carried out air strikes on a village in Sagaing region on Tuesday, killing at least 20 "
     "civilians, according to a local resistance group. The junta denied targeting civilians and said it had hit "
     "rebel positions.",
     [E("air strikes", "ASSAULT", "Myanmar's military", acled=EXPL, target="a village in Sagaing region",
        att="Myanmar's military carried out air strikes on a village in Sagaing region on Tuesday"),
      E("killing", "ASSAULT", "Myanmar's military", acled=EXPL, opt=True, note="outcome",
        att="Myanmar's military carried out air strikes on a village in Sagaing region on Tuesday"),
      E("denied", "REJECT", "The junta"),
      E("targeting", "ASSAULT", "The junta", opt=True, note="negated"),
      E("hit", "ASSAULT", "The junta", acled=EXPL, opt=True, note="same strikes", att="it had hit rebel positions")]),
    ("e40", "en",
     "The Chinese and Australian trade ministers met in Canberra on Monday and agreed to resume annual economic "
     "talks. Beijing also lifted its remaining tariffs on Australian wine.",
     [E("met", "CONSULT", "The Chinese and Australian trade ministers"),
      E("agreed", "AGREE", "The Chinese and Australian trade ministers"),
      E("talks", "CONSULT", None, opt=True, note="planned"),
      E("lifted", "COOPERATE", "Beijing", opt=True, note="eased restriction")]),
    ("e41", "en",
     "Teachers in Portland, Oregon, stayed on strike for a second week on Wednesday. The school board rejected "
     "the union's latest offer and accused its leaders of misleading parents.",
     [E("strike", "PROTEST", "Teachers in Portland, Oregon", acled=PRO),
      E("rejected", "REJECT", "The school board", target="the union's latest offer"),
      E("accused", "ACCUSE", "The school board", target="its leaders")]),
    ("e42", "en",
     "Heavy rain flooded hundreds of homes in the Yorkshire town of Hebden Bridge overnight. The Environment "
     "Agency issued three severe flood warnings and urged residents to move to higher ground.",
     [E("urged", "REQUEST", "The Environment Agency", opt=True, note="safety advice")]),
    ("e43", "en",
     "Police in Manchester arrested two men on Sunday after a stabbing outside a nightclub left a teenager "
     "seriously injured. Prosecutors charged one of them with attempted murder.",
     [E("arrested", "COERCE", "Police in Manchester", acled=STRAT, target="two men"),
      E("stabbing", "ASSAULT", None, acled=VAC, target="a teenager"),
      E("charged", "ACCUSE", "Prosecutors", target="one of them")]),
    ("e44", "en",
     "Senate Republicans blocked a Democratic bill on border security on Thursday, and the majority leader blamed "
     "the former president for sabotaging the deal. The White House called the vote a disgrace.",
     [E("blocked", "REJECT", "Senate Republicans", opt=True, note="legislative vote"),
      E("blamed", "ACCUSE", "the majority leader", target="the former president"),
      E("sabotaging", "ASSAULT", "the former president", opt=True, note="alleged, metaphor"),
      E("called the vote a disgrace", "ACCUSE", "The White House")]),
    # ---- batch 7 (round 10, helper `events`): written and annotated before the layer was run on it
    ("f130", "fr",
     "Les forces turques ont bombardé dans la nuit de lundi à mardi plusieurs villages kurdes du nord de la Syrie, "
     "selon une ONG syrienne basée à Londres. Ankara a déclaré viser des « terroristes » et a rejeté "
     "les appels de Washington à la retenue.",
     [E("bombardé", "ASSAULT", "Les forces turques", acled=EXPL, target="plusieurs villages kurdes",
        att="Les forces turques ont bombardé dans la nuit de lundi à mardi plusieurs villages kurdes du nord de la Syrie"),
      E("viser", "ASSAULT", "Ankara", acled=EXPL, opt=True, note="same strikes, in Ankara's words",
        att="viser des « terroristes »"),
      E("rejeté", "REJECT", "Ankara", target="les appels de Washington à la retenue"),
      E("appels", "REQUEST", "Washington")]),
    ("f131", "fr",
     "Le ministre de l'Intérieur, Marc Delaunay, a reçu mercredi les maires des communes touchées par les "
     "inondations. Le ministre a déclaré que l'état de catastrophe naturelle serait reconnu « dans les meilleurs "
     "délais ». Il a en revanche refusé de débloquer un fonds d'urgence, ce que les élus ont vivement critiqué.",
     [E("reçu", "CONSULT", "Le ministre de l'Intérieur, Marc Delaunay",
        target="les maires des communes touchées par les inondations"),
      E("refusé", "REJECT", "Le ministre de l'Intérieur, Marc Delaunay"),
      E("débloquer", "AID", None, opt=True, note="refused"),
      E("critiqué", "ACCUSE", "les élus")]),
    ("f132", "fr",
     "Le maire de Béziers a été mis en demeure par le préfet de l'Hérault de retirer la crèche installée dans le "
     "hall de l'hôtel de ville. L'élu a dénoncé une « atteinte aux traditions » et annoncé qu'il ne s'y plierait "
     "pas.",
     [E("mis en demeure", "REQUEST", "le préfet de l'Hérault", target="Le maire de Béziers"),
      E("dénoncé", "ACCUSE", "Le maire de Béziers"),
      E("plierait", "REJECT", "Le maire de Béziers", opt=True, note="announced refusal, negated verb")]),
    ("f133", "fr",
     "La CGT de l'usine Stellantis de Sochaux accuse la direction de vouloir supprimer 400 postes d'intérimaires. "
     "Le syndicat menace de bloquer les expéditions dès lundi. La direction n'a pas répondu à nos sollicitations.",
     [E("accuse", "ACCUSE", "La CGT de l'usine Stellantis de Sochaux", target="la direction"),
      E("menace", "THREATEN", "La CGT de l'usine Stellantis de Sochaux"),
      E("bloquer", "PROTEST", "La CGT de l'usine Stellantis de Sochaux", acled=PRO, opt=True, note="threatened")]),
    ("f134", "fr",
     "Les troupes russes ont lancé une nouvelle offensive près de Pokrovsk, a affirmé dimanche l'état-major "
     "ukrainien, qui dit avoir repoussé dix-sept assauts en vingt-quatre heures. Moscou n'a pas commenté ces "
     "informations.",
     [E("offensive", "ASSAULT", "Les troupes russes", acled=BAT,
        att="Les troupes russes ont lancé une nouvelle offensive près de Pokrovsk"),
      E("repoussé", "ASSAULT", "l'état-major ukrainien", acled=BAT,
        att="avoir repoussé dix-sept assauts en vingt-quatre heures"),
      E("assauts", "ASSAULT", "Les troupes russes", acled=BAT, opt=True, note="same offensive",
        att="avoir repoussé dix-sept assauts en vingt-quatre heures")]),
    ("f135", "fr",
     "Emmanuel Macron s'est entretenu jeudi au téléphone avec son homologue brésilien, Luiz Inácio Lula da Silva, "
     "au sujet de l'accord commercial entre l'Union européenne et le Mercosur. Le chef de l'État a réitéré "
     "l'opposition de la France au texte « en l'état ».",
     [E("entretenu", "CONSULT", "Emmanuel Macron", target="son homologue brésilien, Luiz Inácio Lula da Silva"),
      E("accord", "AGREE", None, opt=True, note="the agreement as a text"),
      E("opposition", "REJECT", "la France")]),
    ("f136", "fr",
     "La mairie de Quimper a annoncé la fermeture de la piscine municipale pour travaux jusqu'en septembre. Le maire "
     "a déclaré que le chantier coûterait 3,2 millions d'euros et a indiqué qu'une navette serait mise en place vers "
     "le centre aquatique de Concarneau.",
     []),
    ("f137", "fr",
     "Les députés insoumis menacent de déposer une motion de censure si le gouvernement recourt au 49.3 pour faire "
     "adopter le budget, selon plusieurs sources parlementaires. Le Rassemblement national n'a pas dit s'il la "
     "voterait.",
     [E("menacent", "THREATEN", "Les députés insoumis",
        att="Les députés insoumis menacent de déposer une motion de censure"),
      E("motion de censure", "REJECT", "Les députés insoumis", opt=True, note="threatened",
        att="Les députés insoumis menacent de déposer une motion de censure")]),
    ("f138", "fr",
     "Au moins douze soldats ont été tués dimanche dans l'attaque d'un poste de l'armée nigérienne par des "
     "combattants de l'État islamique au Sahel, a annoncé le ministère de la Défense à Niamey. L'armée a lancé une "
     "opération de ratissage dans la zone.",
     [E("tués", "ASSAULT", "des combattants de l'État islamique au Sahel", acled=BAT, opt=True, note="outcome",
        att="Au moins douze soldats ont été tués dimanche dans l'attaque d'un poste de l'armée nigérienne"),
      E("attaque", "ASSAULT", "des combattants de l'État islamique au Sahel", acled=BAT,
        target="un poste de l'armée nigérienne",
        att="Au moins douze soldats ont été tués dimanche dans l'attaque d'un poste de l'armée nigérienne"),
      E("opération de ratissage", "MOBILIZE", "L'armée", acled=STRAT, opt=True, note="sweep, type borderline")]),
    ("f139", "fr",
     "Le Premier ministre a rencontré lundi les représentants des buralistes, puis les syndicats de policiers. Il a "
     "apporté son soutien aux forces de l'ordre après les violences du week-end à Nanterre et promis des moyens "
     "supplémentaires.",
     [E("rencontré", "CONSULT", "Le Premier ministre", target="les représentants des buralistes"),
      E("soutien", "SUPPORT", "Le Premier ministre", target="forces de l'ordre"),
      E("violences", "PROTEST", None, acled=RIOT, opt=True, note="background")]),
    ("f140", "fr",
     "La plainte de l'association Anticor contre l'ancien président du conseil régional a été classée sans suite "
     "par le parquet national financier. L'association a aussitôt annoncé qu'elle saisirait un juge d'instruction.",
     [E("plainte", "ACCUSE", "l'association Anticor", target="l'ancien président du conseil régional"),
      E("classée sans suite", "REJECT", "le parquet national financier"),
      E("saisirait", "ACCUSE", "l'association Anticor", opt=True, note="announced")]),
    ("f141", "fr",
     "Une centaine de militants écologistes ont bloqué samedi l'accès au chantier de l'autoroute A69. Ils ont été "
     "délogés en milieu de journée par les gendarmes mobiles, qui ont procédé à quinze interpellations, selon la "
     "préfecture du Tarn.",
     [E("bloqué", "PROTEST", "Une centaine de militants écologistes", acled=PRO),
      E("délogés", "COERCE", "les gendarmes mobiles", target="Une centaine de militants écologistes",
        att="délogés en milieu de journée par les gendarmes mobiles"),
      E("interpellations", "COERCE", "les gendarmes mobiles", acled=STRAT,
        att="qui ont procédé à quinze interpellations")]),
    ("f142", "fr",
     "Des frappes israéliennes ont visé mardi soir la banlieue sud de Beyrouth, a rapporté l'agence nationale "
     "d'information libanaise. Le Premier ministre libanais a condamné « une violation flagrante » du "
     "cessez-le-feu et appelé la communauté internationale à réagir.",
     [E("frappes", "ASSAULT", "israéliennes", acled=EXPL, target="la banlieue sud de Beyrouth",
        att="Des frappes israéliennes ont visé mardi soir la banlieue sud de Beyrouth"),
      E("visé", "ASSAULT", "israéliennes", acled=EXPL, opt=True, note="same strikes",
        att="Des frappes israéliennes ont visé mardi soir la banlieue sud de Beyrouth"),
      E("condamné", "ACCUSE", "Le Premier ministre libanais"),
      E("violation", "ASSAULT", None, opt=True, note="quoted label"),
      E("cessez-le-feu", "AGREE", None, opt=True, note="background"),
      E("appelé", "REQUEST", "Le Premier ministre libanais", target="la communauté internationale")]),
    ("f143", "fr",
     "Le président de la Fédération française de rugby a démenti jeudi toute ingérence dans la sélection. Il n'a "
     "accusé personne mais a déclaré que « certaines personnes » cherchaient à déstabiliser le staff.",
     [E("démenti", "REJECT", "Le président de la Fédération française de rugby"),
      E("accusé", "ACCUSE", "Le président de la Fédération française de rugby", opt=True, note="negated")]),
    ("f144", "fr",
     "La décision de Paris d'expulser deux diplomates algériens a provoqué la colère d'Alger, qui a convoqué "
     "l'ambassadeur de France et dénoncé une « escalade injustifiée ».",
     [E("expulser", "COERCE", "Paris", target="deux diplomates algériens"),
      E("convoqué", "ACCUSE", "Alger", target="l'ambassadeur de France"),
      E("dénoncé", "ACCUSE", "Alger")]),
    ("f145", "fr",
     "Réunis mardi à Bruxelles, les ministres de l'Agriculture des Vingt-Sept ont rejeté la proposition de la "
     "Commission de réduire les aides directes. La France et la Pologne ont exigé un moratoire.",
     [E("Réunis", "CONSULT", "les ministres de l'Agriculture des Vingt-Sept"),
      E("rejeté", "REJECT", "les ministres de l'Agriculture des Vingt-Sept", target="la proposition de la Commission"),
      E("exigé", "REQUEST", "La France et la Pologne")]),
    ("f146", "fr",
     "L'OM a écrasé Montpellier 5-0 dimanche soir au Vélodrome, grâce notamment à un triplé de son attaquant. Le "
     "défenseur adverse, exclu à la demi-heure, a reconnu que son équipe avait « explosé ».",
     []),
    ("f147", "fr",
     "Selon le quotidien Le Parisien, la préfecture de police envisagerait d'interdire la manifestation prévue "
     "samedi devant l'Assemblée nationale. Les organisateurs ont prévenu qu'ils maintiendraient le rassemblement "
     "« quoi qu'il arrive ».",
     [E("interdire", "COERCE", "la préfecture de police", opt=True, note="considered", hedged=True,
        att="la préfecture de police envisagerait d'interdire la manifestation"),
      E("manifestation", "PROTEST", None, acled=PRO, opt=True, note="planned"),
      E("rassemblement", "PROTEST", "Les organisateurs", acled=PRO, opt=True, note="planned")]),
    ("f148", "fr",
     "L'offensive des rebelles du M23 sur Uvira a poussé des dizaines de milliers d'habitants à fuir vers le "
     "Burundi, selon le Haut-Commissariat des Nations unies pour les réfugiés. Kinshasa a accusé le Rwanda d'avoir "
     "fourni des drones aux insurgés, ce que Kigali a nié.",
     [E("offensive", "ASSAULT", "rebelles du M23", acled=BAT, target="Uvira",
        att="L'offensive des rebelles du M23 sur Uvira a poussé des dizaines de milliers d'habitants à fuir"),
      E("accusé", "ACCUSE", "Kinshasa", target="le Rwanda"),
      E("fourni", "AID", "le Rwanda", opt=True, note="alleged"),
      E("nié", "REJECT", "Kigali")]),
    ("f149", "fr",
     "Le Syndicat national des enseignants du second degré appelle à la grève le 12 décembre contre la réforme du "
     "brevet. La FSU soutient le mouvement, tout comme la CFDT, qui a toutefois refusé de s'associer à la "
     "manifestation parisienne.",
     [E("appelle", "REQUEST", "Le Syndicat national des enseignants du second degré"),
      E("grève", "PROTEST", None, acled=PRO, opt=True, note="planned"),
      E("soutient", "SUPPORT", "La FSU", target="le mouvement"),
      E("refusé", "REJECT", "la CFDT"),
      E("manifestation", "PROTEST", None, acled=PRO, opt=True, note="planned")]),
    ("e45", "en",
     "Russian forces struck the port of Odesa with drones and missiles overnight, damaging grain silos, Ukraine's "
     "air force said. Kyiv urged its allies to speed up deliveries of air defence systems.",
     [E("struck", "ASSAULT", "Russian forces", acled=EXPL, target="the port of Odesa",
        att="Russian forces struck the port of Odesa with drones and missiles overnight"),
      E("damaging", "ASSAULT", "Russian forces", acled=EXPL, opt=True, note="outcome",
        att="Russian forces struck the port of Odesa with drones and missiles overnight"),
      E("urged", "REQUEST", "Kyiv", target="its allies"),
      E("deliveries", "AID", None, opt=True, note="requested")]),
    ("e46", "en",
     "Interior Minister Priti Kaur met police chiefs in Birmingham on Thursday after a week of unrest. The minister "
     "said more officers would be deployed and condemned what she called “thuggery” by a small minority.",
     [E("met", "CONSULT", "Interior Minister Priti Kaur", target="police chiefs"),
      E("unrest", "PROTEST", None, acled=RIOT, opt=True, note="background"),
      E("deployed", "MOBILIZE", None, opt=True, note="announced", att="more officers would be deployed"),
      E("condemned", "ACCUSE", "Interior Minister Priti Kaur")]),
    ("e47", "en",
     "Two journalists were detained by security forces in Addis Ababa on Monday, the Committee to Protect "
     "Journalists said, calling for their immediate release. The government has not commented.",
     [E("detained", "COERCE", "security forces", acled=STRAT, target="Two journalists",
        att="Two journalists were detained by security forces in Addis Ababa on Monday"),
      E("calling", "REQUEST", "the Committee to Protect Journalists"),
      E("release", "AID", None, opt=True, note="requested")]),
    ("e48", "en",
     "The city council said on Wednesday that the new bus lanes would open in March. A spokesperson added that "
     "fares would remain unchanged until the end of the year.",
     []),
    ("e49", "en",
     "The union did not call a strike at Heathrow on Friday, but warned that baggage handlers could walk out over "
     "the Christmas period if talks with the airport failed.",
     [E("call", "REQUEST", "The union", opt=True, note="negated"),
      E("strike", "PROTEST", None, acled=PRO, opt=True, note="negated"),
      E("warned", "THREATEN", "The union"),
      E("walk out", "PROTEST", "baggage handlers", acled=PRO, opt=True, note="hypothetical"),
      E("talks", "CONSULT", None, opt=True, note="hypothetical")]),
    ("e50", "en",
     "The decision of the Supreme Court to hear the case was welcomed by abortion rights groups, while the governor "
     "of Texas accused the justices of “judicial overreach”.",
     [E("welcomed", "SUPPORT", "abortion rights groups", target="The decision of the Supreme Court"),
      E("accused", "ACCUSE", "the governor of Texas", target="the justices")]),
    ("e51", "en",
     "Foreign ministers from Saudi Arabia, Iran and China held talks in Beijing on Thursday and agreed to reopen "
     "embassies within two months, according to a joint statement.",
     [E("talks", "CONSULT", "Foreign ministers from Saudi Arabia, Iran and China",
        att="Foreign ministers from Saudi Arabia, Iran and China held talks in Beijing"),
      E("agreed", "AGREE", "Foreign ministers from Saudi Arabia, Iran and China",
        att="agreed to reopen embassies within two months"),
      E("reopen", "COOPERATE", None, opt=True, note="agreed, future", att="agreed to reopen embassies")]),
    ("e52", "en",
     "North Korea threatened on Sunday to take “overwhelming” action against joint military drills by South Korean "
     "and US forces, state media reported. Seoul dismissed the warning as routine rhetoric.",
     [E("threatened", "THREATEN", "North Korea", att="North Korea threatened on Sunday"),
      E("action", "ASSAULT", "North Korea", opt=True, note="threatened"),
      E("drills", "MOBILIZE", "South Korean and US forces", opt=True, note="background"),
      E("dismissed", "REJECT", "Seoul"),
      E("warning", "THREATEN", "North Korea", opt=True, note="same threat")]),
    ("e53", "en",
     "Thousands of farmers drove tractors into central Brussels on Wednesday to protest against the EU trade deal "
     "with South American countries. Police fired water cannon at demonstrators who threw eggs and set fires near "
     "the European Parliament. Farm leaders accused Brussels of “sacrificing” agriculture.",
     [E("drove tractors", "PROTEST", "Thousands of farmers", acled=PRO),
      E("protest", "PROTEST", "Thousands of farmers", acled=PRO, opt=True, note="same act"),
      E("deal", "AGREE", None, opt=True, note="the agreement as a text"),
      E("fired water cannon", "COERCE", "Police", target="demonstrators"),
      E("threw eggs", "PROTEST", "demonstrators", acled=RIOT),
      E("set fires", "PROTEST", "demonstrators", acled=RIOT, opt=True, note="same riot"),
      E("accused", "ACCUSE", "Farm leaders", target="Brussels")]),
    ("e54", "en",
     "The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Saturday, killing at least "
     "40 people, according to a local medical group. The army-aligned government called on the UN Security Council "
     "to designate the group a terrorist organisation.",
     [E("shelled", "ASSAULT", "The paramilitary Rapid Support Forces", acled=EXPL,
        target="a displacement camp near El Fasher",
        att="The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Saturday"),
      E("killing", "ASSAULT", "The paramilitary Rapid Support Forces", acled=EXPL, opt=True, note="outcome",
        att="The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Saturday"),
      E("called on", "REQUEST", "The army-aligned government", target="the UN Security Council"),
      E("designate", "SANCTION", None, opt=True, note="requested")]),
]
