"""Source-typing gold on our own paragraphs (French and English), in EVENTS-SOURCES.md's terms.

Short news paragraphs written by the annotator (the ``srctype`` session) for this
check, none taken from a corpus: crime, protests, strikes, courts, hospitals, war,
disasters, business, diplomacy. Each is about the classes of speaker that source
typing found hard: citizens, witnesses, relatives, protesters, lawyers, officials
named only by their office, courts, anonymous sources, documents, outlets a
statement was made to.

A document is ``(id, lang, text, sources)``; a source is
``(name, mentions, type, anonymous, country, party)`` where ``mentions`` lists
the other ways the text names it (pronouns left out), ``country`` is an ISO
code or None, ``party`` is ``party_to_conflict`` (None where the paragraph
reports no conflict or dispute, or where the annotator found the call too
close to make). ``benchmarks/sources_own_eval.py`` turns this into
``score_sources.py``'s format. The split was fixed before the system was run
on these texts: odd numbers ``tune``, even ``heldout``.

Conventions, as in ``gold/README.md``: every distinct speaker of an explicit
attribution (GUIDELINES.md: speech, public stance, calls, findings of
reports); an outlet a statement was made to (*interrogé par X*, *told the
BBC*) is a source; a lawyer speaking for a client takes the client's type
(a private person's lawyer is ``citizen``); a prosecutor is
``judiciary_police`` and a side of a criminal trial, a court or judge is not a
side; witnesses and residents are no side unless they act in the dispute.
"""

DOCS = [
    ("s01", "fr",
     "Un homme de 34 ans a été blessé par balle dans la nuit de samedi à dimanche à Nîmes. Selon des "
     "témoins, deux individus circulant à scooter ont ouvert le feu avant de prendre la fuite. « J'ai "
     "entendu trois détonations, puis des cris », raconte une voisine. Le parquet de Nîmes a ouvert une "
     "enquête pour tentative de meurtre, a indiqué le procureur de la République, Eric Maurel.",
     [("des témoins", [], "citizen", True, "FR", None),
      ("une voisine", [], "citizen", True, "FR", None),
      ("le procureur de la République, Eric Maurel", [], "judiciary_police", False, "FR", None)]),
    ("s02", "fr",
     "Plusieurs centaines de manifestants se sont rassemblés jeudi devant la préfecture de Rennes pour "
     "dénoncer la fermeture de la maternité. « On ne lâchera rien », a lancé Sophie Le Guen, infirmière "
     "et déléguée CGT. La préfète a assuré dans un communiqué que « toutes les options restent sur la "
     "table ». Selon les organisateurs, 2 000 personnes ont défilé ; la police en a compté 900.",
     [("Plusieurs centaines de manifestants", [], "citizen", True, "FR", True),
      ("Sophie Le Guen, infirmière et déléguée CGT", [], "monitor_ngo", False, "FR", True),
      ("La préfète", [], "government", False, "FR", True),
      ("les organisateurs", [], "citizen", True, "FR", True),
      ("la police", [], "judiciary_police", False, "FR", False)]),
    ("s03", "fr",
     "L'ancien directeur financier du club a été mis en examen mardi pour abus de biens sociaux, "
     "a-t-on appris de source judiciaire. D'après une source proche du dossier, les enquêteurs "
     "s'intéressent à plusieurs virements vers Chypre. Son avocat, Me Laurent Pic, a dénoncé « un "
     "acharnement » et annoncé qu'il ferait appel.",
     [("source judiciaire", [], "judiciary_police", True, "FR", False),
      ("une source proche du dossier", [], "anonymous", True, None, False),
      ("Son avocat, Me Laurent Pic", [], "citizen", False, "FR", True)]),
    ("s04", "fr",
     "La famille de Yanis, 17 ans, mort après une course-poursuite avec la police, réclame « la vérité ». "
     "« Mon fils n'était pas armé », a déclaré sa mère, Nadia Belkacem, lors d'une conférence de presse. "
     "L'IGPN a été saisie, a précisé la direction générale de la police nationale. Le syndicat Alliance "
     "estime pour sa part que les policiers « ont respecté le cadre légal ».",
     [("La famille de Yanis", [], "citizen", False, "FR", True),
      ("sa mère, Nadia Belkacem", [], "citizen", False, "FR", True),
      ("la direction générale de la police nationale", [], "judiciary_police", False, "FR", True),
      ("Le syndicat Alliance", [], "monitor_ngo", False, "FR", True)]),
    ("s05", "fr",
     "Le tribunal administratif de Toulouse a suspendu lundi l'arrêté anti-mendicité pris par la mairie "
     "de Montauban. Dans son ordonnance, le juge des référés estime que la mesure porte « une atteinte "
     "grave » à la liberté d'aller et venir. Le maire a regretté cette décision et indiqué qu'il "
     "étudiait un recours. La Ligue des droits de l'homme, qui avait saisi la justice, s'est félicitée "
     "d'une « victoire pour les plus précaires ».",
     [("le juge des référés", [], "judiciary_police", False, "FR", False),
      ("Le maire", [], "government", False, "FR", True),
      ("La Ligue des droits de l'homme", [], "monitor_ngo", False, "FR", True)]),
    ("s06", "fr",
     "Le trafic ferroviaire restera perturbé jusqu'à vendredi, selon la SNCF. Les syndicats Sud-Rail et "
     "CGT-Cheminots, à l'origine du mouvement, réclament l'ouverture de négociations sur les salaires. "
     "Pour le ministre des Transports, cette grève est « incompréhensible ».",
     [("la SNCF", [], "company", False, "FR", True),
      ("Les syndicats Sud-Rail et CGT-Cheminots", [], "monitor_ngo", False, "FR", True),
      ("le ministre des Transports", [], "government", False, "FR", True)]),
    ("s07", "fr",
     "Des habitants du quartier, qui dénoncent depuis des mois les nuisances du chantier, ont lancé une "
     "pétition. Une riveraine, qui a souhaité rester anonyme, affirme que les travaux commencent « dès "
     "6 heures du matin ». Contacté, le promoteur n'a pas répondu à nos sollicitations.",
     [("Des habitants du quartier", [], "citizen", True, "FR", True),
      ("Une riveraine", [], "citizen", True, "FR", True)]),
    ("s08", "fr",
     "Un rapport de la Cour des comptes publié mercredi pointe la dérive des dépenses de la région. "
     "Selon ce document, le coût du nouveau siège a triplé depuis 2019. Le président de la région, "
     "Hervé Castel, conteste ces conclusions et dénonce « des calculs biaisés ».",
     [("Un rapport de la Cour des comptes", ["ce document"], "document", False, "FR", False),
      ("Le président de la région, Hervé Castel", [], "government", False, "FR", True)]),
    ("s09", "fr",
     "L'armée israélienne a affirmé avoir frappé des positions du Hezbollah dans le sud du Liban. Selon "
     "l'agence de presse officielle libanaise NNA, deux civils ont été tués. Un responsable du "
     "Hezbollah, qui s'exprimait sous couvert d'anonymat, a promis une « riposte ».",
     [("L'armée israélienne", [], "military", False, "IL", True),
      ("l'agence de presse officielle libanaise NNA", [], "news_agency", False, "LB", False),
      ("Un responsable du Hezbollah", [], "armed_group", True, "LB", True)]),
    ("s10", "fr",
     "Incendie à Marseille : « les flammes montaient jusqu'au toit », témoigne un habitant. Les "
     "marins-pompiers ont mobilisé 80 hommes, a indiqué leur porte-parole. Aucune victime n'est à "
     "déplorer, selon la préfecture de police.",
     [("un habitant", [], "citizen", True, "FR", None),
      ("leur porte-parole", [], "judiciary_police", False, "FR", None),
      ("la préfecture de police", [], "judiciary_police", False, "FR", None)]),
    ("s11", "fr",
     "Le constructeur automobile Stellantis a annoncé mardi la suppression de 600 postes sur son site de "
     "Poissy. La direction invoque « la baisse durable des ventes ». Les représentants du personnel "
     "dénoncent « un plan social déguisé », selon un délégué FO interrogé par l'AFP.",
     [("Le constructeur automobile Stellantis", ["La direction"], "company", False, "FR", True),
      ("Les représentants du personnel", [], "monitor_ngo", True, "FR", True),
      ("un délégué FO", [], "monitor_ngo", True, "FR", True),
      ("l'AFP", [], "news_agency", False, "FR", False)]),
    ("s12", "fr",
     "Le gouvernement a présenté mercredi son projet de réforme de l'assurance chômage. Matignon assure "
     "que le texte permettra « d'inciter au retour à l'emploi ». À l'Élysée, on souligne que le chef de "
     "l'État « tient à cette réforme ». Les syndicats, unanimes, ont appelé à une journée de "
     "mobilisation le 12 mars.",
     [("Matignon", [], "government", False, "FR", True),
      ("l'Élysée", [], "government", False, "FR", True),
      ("Les syndicats", [], "monitor_ngo", True, "FR", True)]),
    ("s13", "fr",
     "Pour Claire Moreau, économiste à l'OFCE, la hausse des prix de l'énergie « pèsera sur la "
     "consommation jusqu'à l'été ». Un avis partagé par plusieurs analystes interrogés par Les Échos.",
     [("Claire Moreau, économiste à l'OFCE", [], "expert_academic", False, "FR", None),
      ("plusieurs analystes", [], "expert_academic", True, None, None),
      ("Les Échos", [], "media", False, "FR", None)]),
    ("s14", "fr",
     "Sur son compte X, le footballeur Kylian Dubreuil a dénoncé des insultes racistes reçues après le "
     "match. Le club a apporté son soutien à son joueur dans un communiqué. La Ligue de football "
     "professionnel a annoncé l'ouverture d'une enquête.",
     [("le footballeur Kylian Dubreuil", [], "citizen", False, "FR", True),
      ("Le club", [], "company", False, "FR", True),
      ("La Ligue de football professionnel", [], "monitor_ngo", False, "FR", False)]),
    ("s15", "fr",
     "Dénonçant « une provocation », les agriculteurs de la FNSEA ont déversé du fumier devant la "
     "sous-préfecture. Estimant que « la colère est légitime », le député de la circonscription, Julien "
     "Marc, a demandé à être reçu par le ministre.",
     [("les agriculteurs de la FNSEA", [], "monitor_ngo", False, "FR", True),
      ("le député de la circonscription, Julien Marc", [], "politician_party", False, "FR", True)]),
    ("s16", "fr",
     "La décision a été vivement critiquée par l'opposition municipale. Le projet, qualifié de « gâchis » "
     "par l'association Vélo en ville, prévoit de supprimer deux pistes cyclables. Il est en revanche "
     "soutenu par les commerçants du centre.",
     [("l'opposition municipale", [], "politician_party", False, "FR", True),
      ("l'association Vélo en ville", [], "monitor_ngo", False, "FR", True),
      ("les commerçants du centre", [], "citizen", True, "FR", True)]),
    ("s17", "fr",
     "Devant la cour d'assises du Rhône, l'avocate générale a requis vingt ans de réclusion contre "
     "l'accusé. « Il n'a jamais exprimé le moindre remords », a-t-elle souligné. La défense a plaidé "
     "l'acquittement, Me Karim Saïdi estimant que « le doute doit profiter à l'accusé ».",
     [("l'avocate générale", [], "judiciary_police", False, "FR", True),
      ("La défense", [], "citizen", False, "FR", True),
      ("Me Karim Saïdi", [], "citizen", False, "FR", True)]),
    ("s18", "fr",
     "Le festival de jazz de Vienne est annulé, a-t-on appris jeudi auprès des organisateurs. La "
     "municipalité a fait savoir qu'elle rembourserait les billets. « C'est un crève-cœur », a confié à "
     "France Bleu Isère la présidente de l'association organisatrice, Martine Roux.",
     [("des organisateurs", [], "citizen", True, "FR", None),
      ("La municipalité", [], "government", False, "FR", None),
      ("France Bleu Isère", [], "media", False, "FR", None),
      ("la présidente de l'association organisatrice, Martine Roux", [], "monitor_ngo", False, "FR", None)]),
    ("s19", "fr",
     "Le directeur de l'hôpital a été suspendu à titre conservatoire, selon nos informations. L'agence "
     "régionale de santé confirme qu'une inspection est en cours mais refuse de commenter « une "
     "procédure individuelle ». Plusieurs médecins du service, sous couvert d'anonymat, décrivent un "
     "« climat de peur ».",
     [("nos informations", [], "media", False, None, False),
      ("L'agence régionale de santé", [], "government", False, "FR", False),
      ("Plusieurs médecins du service", [], "citizen", True, "FR", True)]),
    ("s20", "fr",
     "Trois personnes ont été interpellées mardi à Lille dans le cadre d'un trafic de stupéfiants, de "
     "source policière. D'après le parquet, près de 40 kilos de résine de cannabis ont été saisis. Les "
     "suspects devaient être présentés à un juge d'instruction jeudi, a précisé le procureur adjoint.",
     [("source policière", [], "judiciary_police", True, "FR", None),
      ("le parquet", [], "judiciary_police", False, "FR", None),
      ("le procureur adjoint", [], "judiciary_police", False, "FR", None)]),
    ("s21", "fr",
     "Piscine municipale : la réouverture repoussée. Le maire de Quimperlé, Yann Kerjean : « Nous "
     "rouvrirons en septembre, pas avant. » Les usagers, eux, s'impatientent. « On nous promet des dates "
     "depuis deux ans », soupire Marc, nageur depuis trente ans.",
     [("Le maire de Quimperlé, Yann Kerjean", [], "government", False, "FR", None),
      ("Marc, nageur depuis trente ans", [], "citizen", False, "FR", None)]),
    ("s22", "fr",
     "L'Organisation mondiale de la santé a appelé les pays européens à renforcer la vaccination contre "
     "la rougeole. Selon l'agence onusienne, le nombre de cas a été multiplié par trente en un an. Le "
     "ministère de la Santé a indiqué de son côté qu'une campagne de rattrapage débuterait en octobre.",
     [("L'Organisation mondiale de la santé", ["l'agence onusienne"], "international_org", False, None, None),
      ("Le ministère de la Santé", [], "government", False, "FR", None)]),
    ("s23", "fr",
     "Au moins douze soldats ont été tués dans une embuscade dans le nord du Mali, selon un bilan de "
     "l'armée malienne. L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans "
     "(GSIM), a annoncé un élu local joint par téléphone. Des habitants de la zone affirment avoir "
     "entendu des tirs pendant plus de deux heures.",
     [("un bilan de l'armée malienne", [], "document", False, "ML", None),
      ("le Groupe de soutien à l'islam et aux musulmans (GSIM)", [], "armed_group", False, "ML", True),
      ("un élu local", [], "politician_party", True, "ML", None),
      ("Des habitants de la zone", [], "citizen", True, "ML", False)]),
    ("s24", "fr",
     "Interrogé par Le Soir, le Premier ministre belge a jugé « prématuré » tout débat sur une coalition. "
     "Son porte-parole a ensuite précisé que « rien n'est exclu ».",
     [("Le Soir", [], "media", False, "BE", None),
      ("le Premier ministre belge", [], "government", False, "BE", None),
      ("Son porte-parole", [], "government", False, "BE", None)]),
    ("s25", "fr",
     "Samedi, quelques centaines de personnes ont manifesté à Bordeaux contre la réforme des retraites. "
     "« Nous travaillerons jusqu'à 64 ans pour des salaires de misère », s'indigne Hélène, aide-soignante "
     "de 52 ans. Le cortège a scandé des slogans hostiles au gouvernement. La préfecture a fait état de "
     "quatre interpellations en fin de journée.",
     [("Hélène, aide-soignante de 52 ans", [], "citizen", False, "FR", True),
      ("Le cortège", [], "citizen", True, "FR", True),
      ("La préfecture", [], "government", False, "FR", None)]),
    ("e01", "en",
     "Police in Ohio said Tuesday that a 19-year-old man had been arrested in connection with the "
     "shooting. \"It was chaos, people were running everywhere,\" said Maria Lopez, who lives across the "
     "street. A spokesperson for the Columbus Division of Police said the investigation was continuing.",
     [("Police in Ohio", [], "judiciary_police", False, "US", None),
      ("Maria Lopez", [], "citizen", False, "US", None),
      ("A spokesperson for the Columbus Division of Police", [], "judiciary_police", True, "US", None)]),
    ("e02", "en",
     "Two senior administration officials, who asked not to be named because they were not authorized "
     "to discuss the talks, said a deal could be announced as early as Friday. The White House press "
     "secretary, Karine Hale, told reporters the president was \"optimistic.\" Republican leaders accused "
     "the administration of caving to pressure.",
     [("Two senior administration officials", [], "government", True, "US", True),
      ("The White House press secretary, Karine Hale", [], "government", False, "US", True),
      ("Republican leaders", [], "politician_party", True, "US", True)]),
    ("e03", "en",
     "According to witnesses, the fire started in a kitchen on the third floor. \"We heard an alarm and "
     "then smoke was everywhere,\" said one resident, who gave only her first name, Aisha. Fire "
     "department officials said three people were taken to hospital.",
     [("witnesses", [], "citizen", True, None, None),
      ("one resident", ["Aisha"], "citizen", False, None, None),
      ("Fire department officials", [], "judiciary_police", True, None, None)]),
    ("e04", "en",
     "The family of the victim said in a statement that they were \"devastated.\" Their lawyer, Ben "
     "Crump, called for the release of the body camera footage. The city's police chief said an "
     "internal investigation had been opened.",
     [("The family of the victim", [], "citizen", False, "US", True),
      ("Their lawyer, Ben Crump", [], "citizen", False, "US", True),
      ("The city's police chief", [], "judiciary_police", False, "US", True)]),
    ("e05", "en",
     "A federal judge in Texas on Monday blocked the new rule, writing that the agency had \"exceeded "
     "its authority.\" The Justice Department said it would appeal. Advocacy groups that had challenged "
     "the rule welcomed the decision.",
     [("A federal judge in Texas", [], "judiciary_police", True, "US", False),
      ("The Justice Department", [], "government", False, "US", True),
      ("Advocacy groups that had challenged the rule", [], "monitor_ngo", True, "US", True)]),
    ("e06", "en",
     "Protesters gathered outside the state Capitol on Saturday, chanting \"No more cuts.\" \"We are here "
     "because our schools are falling apart,\" said Janet Morris, a teacher from Springfield. Governor "
     "Mike Dolan said in a statement that the budget \"protects taxpayers.\"",
     [("Protesters", [], "citizen", True, "US", True),
      ("Janet Morris, a teacher from Springfield", [], "citizen", False, "US", True),
      ("Governor Mike Dolan", [], "government", False, "US", True)]),
    ("e07", "en",
     "The company said in a filing that it expected revenue to fall by 8 percent. Analysts at Morgan "
     "Stanley wrote in a note to clients that the guidance was \"disappointing.\" A person familiar with "
     "the matter said the chief executive was considering stepping down.",
     [("The company", [], "company", False, None, None),
      ("Analysts at Morgan Stanley", [], "expert_academic", True, "US", None),
      ("A person familiar with the matter", [], "anonymous", True, None, None)]),
    ("e08", "en",
     "Russia's defense ministry said its forces had shot down 12 Ukrainian drones overnight. Ukraine's "
     "air force said on Telegram that it had destroyed 20 of 25 drones launched by Russia. Neither claim "
     "could be independently verified.",
     [("Russia's defense ministry", [], "military", False, "RU", True),
      ("Ukraine's air force", [], "military", False, "UA", True)]),
    ("e09", "en",
     "Residents of the coastal town told the BBC they had received no warning before the flood. \"The "
     "water came up to our knees in minutes,\" one man said. The regional governor blamed \"an "
     "unprecedented amount of rain\" and promised compensation.",
     [("Residents of the coastal town", [], "citizen", True, None, None),
      ("the BBC", [], "media", False, "GB", None),
      ("one man", [], "citizen", True, None, None),
      ("The regional governor", [], "government", False, None, None)]),
    ("e10", "en",
     "The court ruled that the law was unconstitutional. In a dissent, Justice Samuel Alito wrote that "
     "the majority had \"rewritten the statute.\" The governor's office said it was reviewing the "
     "decision.",
     [("The court", [], "judiciary_police", False, "US", False),
      ("Justice Samuel Alito", [], "judiciary_police", False, "US", False),
      ("The governor's office", [], "government", False, "US", True)]),
    ("e11", "en",
     "Speaking on condition of anonymity, a European diplomat said the sanctions package would be "
     "approved next week. EU foreign policy chief Kaja Kallas told reporters that \"pressure must be "
     "maintained.\" Hungary's prime minister has threatened to veto the measures.",
     [("a European diplomat", [], "government", True, None, None),
      ("EU foreign policy chief Kaja Kallas", [], "international_org", False, None, None),
      ("Hungary's prime minister", [], "government", False, "HU", None)]),
    ("e12", "en",
     "Local media reported that at least 30 people were killed in the landslide. The Red Cross said its "
     "teams were searching for survivors, while a government spokesman urged residents to stay away from "
     "the area.",
     [("Local media", [], "media", True, None, None),
      ("The Red Cross", [], "monitor_ngo", False, None, None),
      ("a government spokesman", [], "government", True, None, None)]),
]

# Outlets owned or controlled by a state (public service included), as in gold/README.md.
STATE_AFFILIATED = {("s09", "l'agence de presse officielle libanaise NNA"), ("s11", "l'AFP"),
                    ("s18", "France Bleu Isère"), ("e09", "the BBC")}


def split_of(doc_id: str) -> str:
    """``tune`` for odd numbers, ``heldout`` for even ones (fixed before the first run)."""
    return "tune" if int(doc_id[1:]) % 2 else "heldout"
