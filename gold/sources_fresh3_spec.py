"""Source-typing gold, third fresh batch (round 9): 20 French and 10 English paragraphs, annotated before any run.

Written and annotated by an AI helper (the ``sources`` session, round 9) in one pass, in
EVENTS-SOURCES.md's terms and with the conventions of ``sources_own_spec.py`` and
``sources_fresh2_spec.py``, **before the system was run on any of these texts**; none is taken
from a corpus. Names of private persons, local officials, candidates and small firms are
invented; bodies, outlets and large firms are real, as facts, and the words given to them are
invented. The batch is built to test ``party_to_conflict`` in both directions: disputes that are
not wars (strikes, lawsuits, elections, a trade row, sports rows, local planning fights), where
the opposing sides are true and mediators, officials counting turnout, experts and bystanders are
false; wars; and articles that report no conflict or dispute, where every party is null.

Same layout as ``sources_own_spec.py``: ``(id, lang, text, sources)``, a source is
``(name, mentions, type, anonymous, country, party)``. Conventions as in the earlier batches: a
ministry of defence is ``military``; firefighters are ``judiciary_police``; a league or a
federation is ``monitor_ngo``, a club ``company``; a lawyer is ``citizen`` and on the side of
the client; a definite single role holder is not anonymous, an indefinite or plural one is; an
incumbent mayor or minister is ``government``, a challenger ``politician_party``.

The halves are fixed here, before the first run: odd numbers ``tune``, even ``heldout``. The
held-out half is run only to report figures; its errors are not read.
"""

DOCS = [
    ("p01", "fr",
     "Les grutiers et dockers de l'entreprise de manutention Portalis, au Havre, sont en grève depuis "
     "lundi pour obtenir une revalorisation de leurs salaires. « Nos primes sont gelées depuis quatre ans », "
     "explique Franck Duval, délégué CGT de l'entreprise. La direction de Portalis juge les revendications "
     "« incompatibles avec la situation financière du groupe ». Un transitaire joint par téléphone dit avoir "
     "détourné ses navires vers Anvers.",
     [("Franck Duval, délégué CGT de l'entreprise", [], "monitor_ngo", False, "FR", True),
      ("La direction de Portalis", [], "company", False, "FR", True),
      ("Un transitaire", [], "company", True, "FR", False)]),
    ("p02", "fr",
     "L'association UFC-Que Choisir a assigné en justice le fournisseur d'électricité Voltéa, qu'elle accuse "
     "d'avoir facturé des frais « injustifiés » à plus de 40 000 clients. « J'ai payé 87 euros pour un "
     "changement de compteur qui n'a jamais eu lieu », raconte Bernard Coutant, retraité à Tours. Dans un "
     "communiqué, Voltéa affirme avoir « toujours respecté la réglementation ». L'audience est fixée au "
     "3 juin devant le tribunal judiciaire de Nanterre.",
     [("L'association UFC-Que Choisir", [], "monitor_ngo", False, "FR", True),
      ("Bernard Coutant, retraité à Tours", [], "citizen", False, "FR", True),
      ("Voltéa", [], "company", False, "FR", True)]),
    ("p03", "fr",
     "La liste de gauche conduite par l'écologiste Julie Ferrand l'a emporté dimanche au second tour des "
     "municipales partielles de Lunel, avec 52,4 % des voix. « Les habitants ont choisi le changement », a "
     "déclaré la nouvelle maire devant ses soutiens. Son adversaire, Marc Vidal (RN), dénonce « une campagne "
     "de caniveau » et n'exclut pas un recours. Selon la préfecture de l'Hérault, la participation s'est "
     "établie à 48 %. Pour le politologue Jean Sabatier, de l'université de Montpellier, « le scrutin reste "
     "très local ».",
     [("l'écologiste Julie Ferrand", ["la nouvelle maire"], "politician_party", False, "FR", True),
      ("Son adversaire, Marc Vidal", [], "politician_party", False, "FR", True),
      ("la préfecture de l'Hérault", [], "government", False, "FR", False),
      ("le politologue Jean Sabatier, de l'université de Montpellier", [], "expert_academic", False, "FR",
       False)]),
    ("p04", "fr",
     "Pékin a annoncé vendredi l'instauration de droits de douane provisoires de 35 % sur le cognac "
     "importé d'Europe. Le ministère chinois du Commerce affirme que les producteurs européens pratiquent "
     "« un dumping manifeste ». Le ministre français délégué au Commerce extérieur a dénoncé « une mesure "
     "de représailles » contre les taxes européennes sur les voitures électriques. Le Bureau national "
     "interprofessionnel du cognac réclame une « riposte ferme » de Bruxelles. Pour l'économiste Claire "
     "Duval, chercheuse au CEPII, « l'escalade ne profite à personne ».",
     [("Le ministère chinois du Commerce", [], "government", False, "CN", True),
      ("Le ministre français délégué au Commerce extérieur", [], "government", False, "FR", True),
      ("Le Bureau national interprofessionnel du cognac", [], "monitor_ngo", False, "FR", True),
      ("l'économiste Claire Duval, chercheuse au CEPII", [], "expert_academic", False, "FR", False)]),
    ("p05", "fr",
     "Le torchon brûle entre le Stade rennais et le FC Nantes. Le président du club breton, Olivier "
     "Cloarec, accuse son voisin d'avoir « approché illégalement » un milieu de terrain de 17 ans formé au "
     "club. Le FC Nantes assure dans un communiqué que « tous les contacts ont eu lieu dans les règles ». "
     "La Ligue de football professionnel indique qu'elle n'a « reçu aucune plainte à ce stade ».",
     [("Le président du club breton, Olivier Cloarec", [], "company", False, "FR", True),
      ("Le FC Nantes", [], "company", False, "FR", True),
      ("La Ligue de football professionnel", [], "monitor_ngo", False, "FR", False)]),
    ("p06", "fr",
     "Le projet d'unité de méthanisation de Saint-Vallier-sur-Drôme divise les habitants. L'association "
     "Air pur en Valloire, qui a déposé un recours, dénonce « des nuisances olfactives garanties ». Le "
     "porteur du projet, la société Agrigaz, promet « zéro odeur au-delà de la clôture ». Le maire, Denis "
     "Chabert, défend une installation « utile aux agriculteurs ». « On a acheté ici pour le calme », "
     "regrette Josiane, 67 ans, dont la maison se trouve à 300 mètres du site.",
     [("L'association Air pur en Valloire", [], "monitor_ngo", False, "FR", True),
      ("Le porteur du projet, la société Agrigaz", [], "company", False, "FR", True),
      ("Le maire, Denis Chabert", [], "government", False, "FR", True),
      ("Josiane, 67 ans", [], "citizen", False, "FR", True)]),
    ("p07", "fr",
     "La tempête a balayé la pointe de la Bretagne dans la nuit de dimanche à lundi. Selon Météo-France, "
     "des rafales de 150 km/h ont été enregistrées à la pointe du Raz. Quelque 40 000 foyers étaient "
     "toujours privés d'électricité lundi midi, d'après Enedis. « Un chêne est tombé à un mètre de la "
     "maison », raconte Lucas, un habitant de Quimper. Le préfet du Finistère appelle à « limiter les "
     "déplacements ».",
     [("Météo-France", [], "government", False, "FR", None),
      ("Enedis", [], "company", False, "FR", None),
      ("Lucas, un habitant de Quimper", [], "citizen", False, "FR", None),
      ("Le préfet du Finistère", [], "government", False, "FR", None)]),
    ("p08", "fr",
     "Les rebelles du M23 se sont emparés mercredi de la localité de Sake, à l'ouest de Goma. Kinshasa "
     "accuse à nouveau le Rwanda de soutenir la rébellion avec « des troupes et des armes ». Le "
     "gouvernement rwandais rejette ces accusations et évoque « une menace à sa frontière ». La Mission de "
     "l'ONU en RDC se dit « profondément préoccupée ». « Nous avons fui avec les enfants sans rien "
     "emporter », témoigne une habitante réfugiée dans un camp.",
     [("Kinshasa", [], "government", False, "CD", True),
      ("Le gouvernement rwandais", [], "government", False, "RW", True),
      ("La Mission de l'ONU en RDC", [], "international_org", False, None, False),
      ("une habitante réfugiée dans un camp", [], "citizen", True, "CD", False)]),
    ("p09", "fr",
     "Licenciée après dix-neuf ans d'ancienneté, Sandrine Pellerin a obtenu gain de cause devant le conseil "
     "de prud'hommes de Lyon. Le conseil a jugé que le licenciement était « dépourvu de cause réelle et "
     "sérieuse ». « Je me suis sentie jetée comme un meuble », confie l'ancienne vendeuse. Son avocate, "
     "Me Laure Benhamou, salue « une décision courageuse ». L'employeur, l'enseigne Bricomax, a annoncé "
     "son intention de faire appel.",
     [("le conseil de prud'hommes de Lyon", ["Le conseil"], "judiciary_police", False, "FR", False),
      ("Sandrine Pellerin", ["l'ancienne vendeuse"], "citizen", False, "FR", True),
      ("Son avocate, Me Laure Benhamou", [], "citizen", False, "FR", True),
      ("L'employeur, l'enseigne Bricomax", [], "company", False, "FR", True)]),
    ("p10", "fr",
     "Le gouvernement a engagé mardi sa responsabilité sur le projet de budget. « Ce budget est une purge "
     "pour les classes populaires », a dénoncé la présidente du groupe insoumis à l'Assemblée, qui a déposé "
     "une motion de censure. Le Premier ministre estime au contraire que le texte « protège le pouvoir "
     "d'achat ». Un député centriste, sous couvert d'anonymat, juge la censure « irresponsable ».",
     [("la présidente du groupe insoumis à l'Assemblée", [], "politician_party", False, "FR", True),
      ("Le Premier ministre", [], "government", False, "FR", True),
      ("Un député centriste", [], "politician_party", True, "FR", True)]),
    ("p11", "fr",
     "Une consommation régulière de boissons sucrées augmenterait de 20 % le risque d'accident vasculaire "
     "cérébral, selon une étude publiée jeudi dans la revue The Lancet. Les chercheurs de l'Inserm, qui ont "
     "suivi 60 000 adultes pendant douze ans, appellent à « renforcer l'information des consommateurs ». "
     "Pour le docteur Paul Mercier, neurologue au CHU de Lille, ces résultats « confirment ce que l'on "
     "observe en consultation ».",
     [("une étude publiée jeudi dans la revue The Lancet", [], "document", False, None, None),
      ("Les chercheurs de l'Inserm", [], "expert_academic", True, "FR", None),
      ("le docteur Paul Mercier, neurologue au CHU de Lille", [], "expert_academic", False, "FR", None)]),
    ("p12", "fr",
     "Un motard de 34 ans a perdu la vie samedi soir dans une sortie de route sur la départementale 97, "
     "près du Luc, ont indiqué les pompiers du Var. « Il faisait ce trajet tous les jours pour aller "
     "travailler », confie un collègue de la victime. Le maire du Luc, Roger Bonnet, rappelle que le virage "
     "est signalé « depuis des années » comme dangereux.",
     [("les pompiers du Var", [], "judiciary_police", False, "FR", None),
      ("un collègue de la victime", [], "citizen", True, "FR", None),
      ("Le maire du Luc, Roger Bonnet", [], "government", False, "FR", None)]),
    ("p13", "fr",
     "Les enseignants du lycée Jean-Moulin de Béziers exercent depuis jeudi leur droit de retrait, après "
     "l'agression d'un professeur par un élève. « On ne peut plus faire cours dans ces conditions », "
     "explique une professeure d'histoire. Le syndicat SNES-FSU réclame la création de deux postes de "
     "surveillants. Le rectorat de Montpellier estime que le droit de retrait « n'est pas fondé » et "
     "annonce l'envoi d'une équipe mobile de sécurité.",
     [("une professeure d'histoire", [], "citizen", True, "FR", True),
      ("Le syndicat SNES-FSU", [], "monitor_ngo", False, "FR", True),
      ("Le rectorat de Montpellier", [], "government", False, "FR", True)]),
    ("p14", "fr",
     "Le président sénégalais a été reçu jeudi à l'Élysée pour une visite de travail consacrée à "
     "l'énergie et à la formation. Selon la présidence française, une dizaine d'accords de coopération "
     "ont été signés. « Nous voulons une relation d'égal à égal », a déclaré le chef de l'État sénégalais "
     "lors d'une conférence de presse commune. Un conseiller diplomatique évoque « une nouvelle étape ».",
     [("la présidence française", [], "government", False, "FR", None),
      ("le chef de l'État sénégalais", ["Le président sénégalais"], "government", False, "SN", None),
      ("Un conseiller diplomatique", [], "government", True, "FR", None)]),
    ("p15", "fr",
     "Des drones ukrainiens ont frappé dans la nuit une raffinerie de la région de Samara, provoquant un "
     "important incendie, selon le gouverneur régional. Le ministère russe de la Défense affirme avoir "
     "abattu 41 drones au-dessus de plusieurs régions. L'état-major ukrainien a confirmé l'opération, "
     "qualifiée de « frappe sur l'infrastructure militaire de l'ennemi ». Les images du site ont été "
     "authentifiées par l'agence Reuters.",
     [("le gouverneur régional", [], "government", False, "RU", True),
      ("Le ministère russe de la Défense", [], "military", False, "RU", True),
      ("L'état-major ukrainien", [], "military", False, "UA", True)]),
    ("p16", "fr",
     "Une quarantaine de militants écologistes ont bloqué mardi matin le chantier de l'autoroute A69 près "
     "de Soual. Selon la préfecture du Tarn, douze d'entre eux ont été interpellés. « Nous défendons des "
     "arbres centenaires, pas la violence », affirme une militante du collectif La Voie est libre. Le "
     "concessionnaire Atosca dénonce des « dégradations sur les engins ». L'avocate des militants, "
     "Me Agnès Royer, juge les interpellations « disproportionnées ».",
     [("la préfecture du Tarn", [], "government", False, "FR", True),
      ("une militante du collectif La Voie est libre", [], "monitor_ngo", True, "FR", True),
      ("Le concessionnaire Atosca", [], "company", False, "FR", True),
      ("L'avocate des militants, Me Agnès Royer", [], "citizen", False, "FR", True)]),
    ("p17", "fr",
     "Le taux de chômage a reculé à 7,1 % au troisième trimestre, a annoncé vendredi l'Insee. La ministre "
     "du Travail s'est félicitée d'un marché de l'emploi « qui résiste ». Pour Mathieu Plane, économiste à "
     "l'OFCE, la baisse « tient surtout à l'apprentissage » et pourrait ne pas durer.",
     [("l'Insee", [], "government", False, "FR", None),
      ("La ministre du Travail", [], "government", False, "FR", None),
      ("Mathieu Plane, économiste à l'OFCE", [], "expert_academic", False, "FR", None)]),
    ("p18", "fr",
     "La fermeture d'une classe à l'école primaire de Vabre, dans le Tarn, provoque la colère des parents. "
     "« On nous retire une classe alors que deux familles s'installent cet été », déplore la présidente de "
     "l'association des parents d'élèves, Aurélie Gasc. La direction académique justifie la mesure par « la "
     "baisse continue des effectifs ». Le maire, Thierry Cabrol, se range du côté des parents et juge la "
     "décision « incompréhensible ».",
     [("la présidente de l'association des parents d'élèves, Aurélie Gasc", [], "monitor_ngo", False, "FR",
       True),
      ("La direction académique", [], "government", False, "FR", True),
      ("Le maire, Thierry Cabrol", [], "government", False, "FR", True)]),
    ("p19", "fr",
     "Les joueuses de l'équipe de France de handball menacent de boycotter le prochain rassemblement pour "
     "protester contre les conditions d'hébergement. « Nous ne demandons que ce que les garçons ont déjà », "
     "explique la capitaine, Estelle Morin. La Fédération française de handball assure que des "
     "« améliorations sont en cours ». La ministre des Sports a appelé les deux parties à « trouver un "
     "terrain d'entente ».",
     [("la capitaine, Estelle Morin", [], "citizen", False, "FR", True),
      ("La Fédération française de handball", [], "monitor_ngo", False, "FR", True),
      ("La ministre des Sports", [], "government", False, "FR", False)]),
    ("p20", "fr",
     "L'Iran a annoncé dimanche avoir mis en service de nouvelles centrifugeuses sur le site de Fordo, a "
     "rapporté l'agence officielle Irna. Le porte-parole du département d'État américain a qualifié cette "
     "décision de « provocation inacceptable ». Le directeur général de l'Agence internationale de "
     "l'énergie atomique a indiqué que ses inspecteurs n'avaient « pas pu accéder » au site depuis "
     "février.",
     [("L'Iran", [], "government", False, "IR", True),
      ("l'agence officielle Irna", [], "news_agency", False, "IR", False),
      ("Le porte-parole du département d'État américain", [], "government", False, "US", True),
      ("Le directeur général de l'Agence internationale de l'énergie atomique", [], "international_org",
       False, None, False)]),
    ("p21", "en",
     "Thousands of hotel workers in Las Vegas walked off the job Friday after contract talks with the "
     "city's largest casino operator broke down. \"We make the beds that make them billions,\" said Maria "
     "Lopez, a housekeeper at one of the resorts for 16 years. The Culinary Workers Union said the strike "
     "would continue \"until there is a fair contract.\" The company said in a statement that its offer was "
     "\"the richest in the history of the industry.\" Clark County officials said traffic on the Strip "
     "was not affected.",
     [("Maria Lopez", [], "citizen", False, "US", True),
      ("The Culinary Workers Union", [], "monitor_ngo", False, "US", True),
      ("The company", ["the city's largest casino operator"], "company", False, "US", True),
      ("Clark County officials", [], "government", True, "US", False)]),
    ("p22", "en",
     "A group of novelists has sued an artificial intelligence company in federal court in San Francisco, "
     "accusing it of training its chatbot on pirated copies of their books. \"This is theft on an "
     "industrial scale,\" said Matthew Klein, a lawyer for the authors. A spokeswoman for the company said "
     "it would \"vigorously defend\" itself. Rachel Osei, a law professor at Stanford University, said the "
     "case could set a precedent for the whole sector.",
     [("Matthew Klein, a lawyer for the authors", [], "citizen", False, "US", True),
      ("A spokeswoman for the company", [], "company", True, "US", True),
      ("Rachel Osei, a law professor at Stanford University", [], "expert_academic", False, "US", False)]),
    ("p23", "en",
     "Mayor Linda Harrow conceded defeat on Tuesday night after a bitter campaign in Fairview. \"The voters "
     "have spoken and I respect their choice,\" Harrow told supporters at a downtown restaurant. Her "
     "challenger, city council member Devon Price, promised to \"clean up City Hall\" in his first hundred "
     "days. The county elections office said turnout reached 41 percent, the highest in two decades.",
     [("Mayor Linda Harrow", ["Harrow"], "government", False, "US", True),
      ("Her challenger, city council member Devon Price", [], "politician_party", False, "US", True),
      ("The county elections office", [], "government", False, "US", False)]),
    ("p24", "en",
     "Canada will impose retaliatory tariffs on $20 billion worth of American goods, the country's finance "
     "minister said Wednesday, a day after Washington raised duties on Canadian steel. The Office of the "
     "U.S. Trade Representative said the new duties were \"a response to unfair subsidies.\" An economist at "
     "the Peterson Institute for International Economics said both economies would lose from the dispute.",
     [("the country's finance minister", [], "government", False, "CA", True),
      ("The Office of the U.S. Trade Representative", [], "government", False, "US", True),
      ("An economist at the Peterson Institute for International Economics", [], "expert_academic", True,
       "US", False)]),
    ("p25", "en",
     "The Riverside Rovers will leave town unless the city pays for a new stadium, team president Greg "
     "Sutter said Monday. \"We cannot play another decade in a ballpark built in 1961,\" Sutter added. "
     "Councilwoman Ana Reyes said taxpayers \"should not be held hostage "
     "by a private business.\" A longtime season ticket holder said he would stop going to games if the "
     "team left.",
     [("team president Greg Sutter", ["Sutter"], "company", False, "US", True),
      ("Councilwoman Ana Reyes", [], "government", False, "US", True),
      ("A longtime season ticket holder", [], "citizen", True, "US", False)]),
    ("p26", "en",
     "A tornado tore through the town of Mayfield late Saturday, destroying dozens of homes, the National "
     "Weather Service said. \"It sounded like a freight train coming through the living room,\" said Kevin "
     "Ross, who sheltered with his family in a basement. The county emergency management director said "
     "search teams had accounted for all residents by Sunday morning.",
     [("the National Weather Service", [], "government", False, "US", None),
      ("Kevin Ross", [], "citizen", False, "US", None),
      ("The county emergency management director", [], "government", False, "US", None)]),
    ("p27", "en",
     "Myanmar's military said Thursday that its troops had repelled an attack by the Arakan Army on a naval "
     "base in Rakhine state. The ethnic armed group said in a statement on Telegram that its fighters had "
     "seized two outposts. The U.N. special rapporteur on Myanmar said he was \"alarmed\" by reports of "
     "airstrikes on villages. A resident of Sittwe, who asked not to be named for fear of reprisals, said "
     "shelling could be heard all night.",
     [("Myanmar's military", [], "military", False, "MM", True),
      ("The ethnic armed group", ["the Arakan Army"], "armed_group", False, "MM", True),
      ("The U.N. special rapporteur on Myanmar", [], "international_org", False, None, False),
      ("A resident of Sittwe", [], "citizen", True, "MM", False)]),
    ("p28", "en",
     "A proposed 300-unit apartment complex on the edge of Willow Creek drew more than 200 residents to a "
     "planning commission meeting on Wednesday. The developer, Northgate Partners, said the project would "
     "ease a severe housing shortage. \"This will destroy the character of our neighborhood,\" said Janet "
     "Cole, who organized a petition against it. The commission chairman said a vote was expected in May.",
     [("The developer, Northgate Partners", [], "company", False, "US", True),
      ("Janet Cole", [], "citizen", False, "US", True),
      ("The commission chairman", [], "government", False, "US", False)]),
    ("p29", "en",
     "Shares of the chipmaker rose 6 percent in after-hours trading after the company reported record "
     "quarterly revenue. The company said demand for data center processors remained strong. \"The numbers "
     "beat every estimate on the Street,\" said Dana Whitfield, an analyst at Synovus Trust. The Commerce "
     "Department said separately that factory orders rose 1.2 percent in October.",
     [("The company", ["the chipmaker"], "company", False, "US", None),
      ("Dana Whitfield, an analyst at Synovus Trust", [], "expert_academic", False, "US", None),
      ("The Commerce Department", [], "government", False, "US", None)]),
    ("p30", "en",
     "A former nurse pleaded not guilty Monday to charges that she stole painkillers from patients at a "
     "Phoenix care home. The Maricopa County Attorney's Office said the thefts had gone on for more than a "
     "year. Her lawyer, Steven Marsh, said his client was \"being made a scapegoat\" for the facility's "
     "failures. \"My mother was in pain for weeks and nobody listened,\" said the daughter of one resident.",
     [("The Maricopa County Attorney's Office", [], "judiciary_police", False, "US", True),
      ("Her lawyer, Steven Marsh", [], "citizen", False, "US", True),
      ("the daughter of one resident", [], "citizen", True, "US", True)]),
]

# Outlets and agencies owned or controlled by a state (public service included).
STATE_AFFILIATED = {("p20", "l'agence officielle Irna")}


def split_of(doc_id: str) -> str:
    """``tune`` for odd numbers, ``heldout`` for even ones (fixed before the first run)."""
    return "tune" if int(doc_id[1:]) % 2 else "heldout"
