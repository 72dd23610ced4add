"""Source-typing gold, second fresh batch (round 8): 25 French and 6 English paragraphs, annotated before any run.

Written and annotated by an AI helper (the ``srcrec`` session, round 8) in one pass, in
EVENTS-SOURCES.md's terms and with the conventions of ``sources_own_spec.py``, **before the
system was run on any of these texts**; none is taken from a corpus. Names of private persons,
local officials and small firms are invented; bodies and outlets are real, as facts, and the
words given to them are invented. Styles: regional press faits divers, trials, strikes, local
and national politics, international conflict, health; speakers: witnesses, relatives,
protesters, lawyers, officials named only by their office, courts and prosecutors, anonymous
sources, monitors and NGOs, state media and official agencies, documents, metonyms
(*Budapest*), one body named twice (*l'ARS*).

Same layout as ``sources_own_spec.py``: ``(id, lang, text, sources)``, a source is
``(name, mentions, type, anonymous, country, party)``. Conventions added here: a
government-controlled broadcaster is ``state_media``; an official agency ``news_agency``; both
state-affiliated, as a public-service outlet is; a definite, single role holder (*la maire de
X*, *le gérant de l'établissement*) is not anonymous, an indefinite or plural one is; a
bystander or commuter in a dispute is not a side. This batch is scored only twice, at the start
and at the end of the round, and its errors are not read: it is untuned as a whole (the
``split_of`` halves exist only for the script's format).
"""

DOCS = [
    ("n01", "fr",
     "Un incendie a ravagé dans la nuit de mardi à mercredi un entrepôt de la zone artisanale de "
     "Quimperlé. « Les flammes montaient à plus de vingt mètres », témoigne Gwenaëlle, une riveraine "
     "réveillée vers 3 heures. D'après les gendarmes, aucune victime n'est à déplorer. Le maire de la "
     "commune, Yves Le Corre, a annoncé l'ouverture d'une cellule d'accueil pour les salariés.",
     [("Gwenaëlle, une riveraine réveillée vers 3 heures", [], "citizen", False, "FR", None),
      ("les gendarmes", [], "judiciary_police", True, "FR", None),
      ("Le maire de la commune, Yves Le Corre", [], "government", False, "FR", None)]),
    ("n02", "fr",
     "La cour d'assises de la Gironde a condamné vendredi Kevin M., 31 ans, à dix-huit ans de réclusion "
     "criminelle pour le meurtre de son ancienne compagne. La cour a estimé que la préméditation était "
     "« établie ». L'avocate générale avait requis vingt ans. « Justice a été rendue, mais rien ne nous "
     "la rendra », a réagi la sœur de la victime à la sortie de l'audience. L'avocat de l'accusé, "
     "Me Fabrice Delorme, a annoncé qu'il ferait appel.",
     [("La cour d'assises de la Gironde", ["La cour"], "judiciary_police", False, "FR", False),
      ("L'avocate générale", [], "judiciary_police", False, "FR", True),
      ("la sœur de la victime", [], "citizen", False, "FR", True),
      ("L'avocat de l'accusé, Me Fabrice Delorme", [], "citizen", False, "FR", True)]),
    ("n03", "fr",
     "Le trafic des TER reste très perturbé ce jeudi en Occitanie, au troisième jour de la grève des "
     "contrôleurs. Selon la direction régionale de la SNCF, un train sur trois circule. Le syndicat "
     "SUD-Rail dénonce « un dialogue social en panne » et appelle à reconduire le mouvement. « Je suis "
     "arrivée deux heures en retard au travail, encore une fois », soupire Nadia, une usagère croisée en "
     "gare de Montpellier. La présidente de la Région exhorte les deux parties à « reprendre les "
     "discussions ».",
     [("la direction régionale de la SNCF", [], "company", False, "FR", True),
      ("Le syndicat SUD-Rail", [], "monitor_ngo", False, "FR", True),
      ("Nadia, une usagère croisée en gare de Montpellier", [], "citizen", False, "FR", False),
      ("La présidente de la Région", [], "government", False, "FR", False)]),
    ("n04", "fr",
     "L'Assemblée nationale a adopté mardi en première lecture le projet de loi sur la fin de vie, par "
     "305 voix contre 199. « C'est un texte d'équilibre », a salué la ministre de la Santé dans "
     "l'hémicycle. Le groupe Les Républicains a dénoncé « une rupture anthropologique » et annoncé un "
     "recours. D'après un sondage Elabe, sept Français sur dix soutiennent la réforme.",
     [("la ministre de la Santé", [], "government", False, "FR", True),
      ("Le groupe Les Républicains", [], "politician_party", False, "FR", True),
      ("un sondage Elabe", [], "document", False, "FR", None)]),
    ("n05", "fr",
     "L'armée russe affirme avoir pris le contrôle d'un village de la région de Donetsk, a rapporté "
     "dimanche l'agence de presse officielle TASS. L'état-major ukrainien dément et assure que « les "
     "combats se poursuivent » aux abords de la localité. Selon l'Institut pour l'étude de la guerre, un "
     "centre de réflexion américain, les gains russes restent « marginaux ». Un habitant joint par "
     "téléphone raconte que « plus personne ne sort des caves ».",
     [("L'armée russe", [], "military", False, "RU", True),
      ("l'agence de presse officielle TASS", [], "news_agency", False, "RU", None),
      ("L'état-major ukrainien", [], "military", False, "UA", True),
      ("l'Institut pour l'étude de la guerre", [], "expert_academic", False, "US", False),
      ("Un habitant", [], "citizen", True, "UA", False)]),
    ("n06", "fr",
     "Trois cas de légionellose ont été recensés en une semaine à Vichy, a indiqué lundi l'Agence "
     "régionale de santé Auvergne-Rhône-Alpes. Une enquête environnementale est en cours pour identifier "
     "la source de la contamination, précise l'ARS. « Mon père a été hospitalisé en réanimation, on "
     "attend des réponses », témoigne la fille d'un des patients. Pour le docteur Samir Haddad, "
     "infectiologue au CHU de Clermont-Ferrand, « les tours aéroréfrigérantes sont les premières "
     "suspectes ».",
     [("l'Agence régionale de santé Auvergne-Rhône-Alpes", ["l'ARS"], "government", False, "FR", None),
      ("la fille d'un des patients", [], "citizen", True, "FR", None),
      ("le docteur Samir Haddad, infectiologue au CHU de Clermont-Ferrand", [], "expert_academic", False,
       "FR", None)]),
    ("n07", "fr",
     "Le corps d'un randonneur porté disparu depuis samedi a été retrouvé mardi dans le massif de "
     "Belledonne, a annoncé le peloton de gendarmerie de haute montagne de Grenoble. L'homme, âgé de 58 "
     "ans, aurait chuté dans un ravin. « C'était un marcheur expérimenté, il connaissait ces sentiers par "
     "cœur », confie un ami de la victime au Dauphiné libéré.",
     [("le peloton de gendarmerie de haute montagne de Grenoble", [], "judiciary_police", False, "FR", None),
      ("un ami de la victime", [], "citizen", True, "FR", None),
      ("Dauphiné libéré", [], "media", False, "FR", None)]),
    ("n08", "fr",
     "Le tribunal administratif de Montpellier a suspendu jeudi l'arrêté préfectoral autorisant "
     "l'abattage de 200 bouquetins dans le massif du Caroux. Le juge des référés estime qu'il existe « un "
     "doute sérieux » sur la légalité de la mesure. L'association One Voice, à l'origine du recours, "
     "salue « une première victoire ». La préfecture de l'Hérault indique qu'elle « prend acte » de la "
     "décision et étudie un éventuel pourvoi.",
     [("Le juge des référés", [], "judiciary_police", False, "FR", False),
      ("L'association One Voice", [], "monitor_ngo", False, "FR", True),
      ("La préfecture de l'Hérault", [], "government", False, "FR", True)]),
    ("n09", "fr",
     "Entre 4 500 personnes, selon la police, et 12 000, selon l'intersyndicale, ont défilé samedi à "
     "Nantes contre la réforme de l'assurance chômage. « On nous demande toujours plus pour moins de "
     "droits », lance Yannick, 44 ans, cariste au chômage depuis un an. Des heurts ont éclaté en fin de "
     "cortège ; la préfecture fait état de trois interpellations. Plusieurs manifestants accusent les "
     "forces de l'ordre d'avoir chargé « sans sommation ».",
     [("la police", [], "judiciary_police", False, "FR", None),
      ("l'intersyndicale", [], "monitor_ngo", False, "FR", True),
      ("Yannick, 44 ans, cariste au chômage depuis un an", [], "citizen", False, "FR", True),
      ("la préfecture", [], "government", False, "FR", None),
      ("Plusieurs manifestants", [], "citizen", True, "FR", True)]),
    ("n10", "fr",
     "Les soignants des urgences du centre hospitalier d'Agen sont en grève depuis lundi. « Certaines "
     "nuits, on est deux infirmières pour trente patients », explique une aide-soignante, qui préfère "
     "garder l'anonymat. La direction de l'établissement reconnaît « des tensions sur les effectifs » mais "
     "assure que la sécurité des patients « n'est pas menacée ». Le député de la circonscription a écrit "
     "au ministre pour demander des moyens supplémentaires.",
     [("une aide-soignante", [], "citizen", True, "FR", True),
      ("La direction de l'établissement", [], "government", False, "FR", True),
      ("Le député de la circonscription", [], "politician_party", False, "FR", None)]),
    ("n11", "fr",
     "Au moins vingt personnes ont été tuées mercredi dans une frappe sur une école transformée en abri à "
     "Gaza, selon le ministère de la Santé du Hamas. L'armée israélienne affirme avoir ciblé « un centre de "
     "commandement » du mouvement islamiste. Le porte-parole de l'UNRWA a dénoncé « une nouvelle violation "
     "du droit international humanitaire ». Un médecin de l'hôpital Al-Chifa, cité par l'AFP, évoque « un "
     "afflux de blessés impossible à gérer ».",
     [("le ministère de la Santé du Hamas", [], "government", False, "PS", True),
      ("L'armée israélienne", [], "military", False, "IL", True),
      ("Le porte-parole de l'UNRWA", [], "international_org", False, None, False),
      ("Un médecin de l'hôpital Al-Chifa", [], "citizen", True, "PS", False),
      ("l'AFP", [], "news_agency", False, "FR", False)]),
    ("n12", "fr",
     "Un car scolaire transportant 38 collégiens a quitté la route lundi matin près de Vitré, faisant "
     "quatre blessés légers. Selon le transporteur, les Autocars Rivière, le chauffeur aurait voulu éviter "
     "un chevreuil. « Quand ma fille m'a appelée en pleurs, j'ai cru mourir », témoigne la mère d'une "
     "élève. Le recteur d'académie a annoncé la mise en place d'une cellule d'écoute psychologique au "
     "collège.",
     [("le transporteur, les Autocars Rivière", [], "company", False, "FR", None),
      ("la mère d'une élève", [], "citizen", True, "FR", None),
      ("Le recteur d'académie", [], "government", False, "FR", None)]),
    ("n13", "fr",
     "Quatre ans de prison, dont deux ferme, ont été requis mercredi contre l'ancien maire de "
     "Saint-Aubin, jugé pour favoritisme devant le tribunal correctionnel de Rouen. « Il a fait de la "
     "commune sa petite entreprise », a lancé la procureure dans son réquisitoire. L'ancien élu, Gérard "
     "Fontaine, conteste toute malversation. Ses avocats dénoncent « un dossier vide ». Le jugement sera "
     "rendu le 14 mars.",
     [("la procureure", [], "judiciary_police", False, "FR", True),
      ("L'ancien élu, Gérard Fontaine", ["l'ancien maire de Saint-Aubin"], "citizen", False, "FR", True),
      ("Ses avocats", [], "citizen", True, "FR", True)]),
    ("n14", "fr",
     "Une centaine de salariés de l'entrepôt Amazon de Brétigny-sur-Orge ont débrayé mardi pour protester "
     "contre les cadences. « On nous chronomètre jusqu'aux pauses toilettes », dénonce Karim Benali, "
     "délégué CGT du site. Un porte-parole d'Amazon France assure que les objectifs de productivité sont "
     "« réalistes et encadrés ». L'inspection du travail a été saisie.",
     [("Karim Benali, délégué CGT du site", [], "monitor_ngo", False, "FR", True),
      ("Un porte-parole d'Amazon France", [], "company", True, "FR", True)]),
    ("n15", "fr",
     "Le remaniement pourrait intervenir avant la fin de la semaine, selon plusieurs sources "
     "gouvernementales. « Rien n'est arbitré », tempère un conseiller de l'Élysée, sous couvert "
     "d'anonymat. Interrogé sur franceinfo, le porte-parole du Rassemblement national a estimé que "
     "« changer les têtes ne changera pas la politique ».",
     [("plusieurs sources gouvernementales", [], "government", True, "FR", None),
      ("un conseiller de l'Élysée", [], "government", True, "FR", None),
      ("franceinfo", [], "media", False, "FR", None),
      ("le porte-parole du Rassemblement national", [], "politician_party", False, "FR", None)]),
    ("n16", "fr",
     "Les Forces de soutien rapide ont revendiqué dimanche la prise d'El-Facher, dernière grande ville du "
     "Darfour encore tenue par l'armée soudanaise. Médecins sans frontières fait état de « centaines de "
     "blessés » arrivés dans ses structures en quarante-huit heures. Le haut-commissaire des Nations unies "
     "aux droits de l'homme s'est dit « horrifié » par des informations faisant état d'exécutions "
     "sommaires. L'armée n'a pas commenté.",
     [("Les Forces de soutien rapide", [], "armed_group", False, "SD", True),
      ("Médecins sans frontières", [], "monitor_ngo", False, None, False),
      ("Le haut-commissaire des Nations unies aux droits de l'homme", [], "international_org", False, None,
       False)]),
    ("n17", "fr",
     "Le vaccin contre le chikungunya serait efficace à 85 % chez les plus de 65 ans, d'après des résultats "
     "préliminaires publiés par le laboratoire Valneva. « Ces données sont encourageantes mais doivent être "
     "confirmées sur un plus grand nombre de patients », prévient l'épidémiologiste Hélène Marchetti, de "
     "l'Institut Pasteur. La Haute Autorité de santé rendra son avis en septembre.",
     [("le laboratoire Valneva", [], "company", False, "FR", None),
      ("l'épidémiologiste Hélène Marchetti", [], "expert_academic", False, "FR", None)]),
    ("n18", "fr",
     "Une vingtaine de brebis ont été tuées dans la nuit de jeudi à vendredi sur une estive du Vercors. "
     "« C'est la troisième attaque depuis juin, je ne dors plus », raconte l'éleveur, Mathieu Arnaud, qui "
     "réclame des tirs de défense. La préfète de la Drôme a annoncé vendredi avoir autorisé un tir de "
     "prélèvement. L'association France Nature Environnement juge cette décision « contraire au droit "
     "européen ».",
     [("l'éleveur, Mathieu Arnaud", [], "citizen", False, "FR", True),
      ("La préfète de la Drôme", [], "government", False, "FR", True),
      ("L'association France Nature Environnement", [], "monitor_ngo", False, "FR", True)]),
    ("n19", "fr",
     "La Chine a « fermement condamné » lundi le passage d'un navire de guerre américain dans le détroit de "
     "Taïwan, selon l'agence officielle Chine nouvelle. Le porte-parole du ministère chinois des Affaires "
     "étrangères a accusé Washington de « provocations délibérées ». La marine américaine assure de son "
     "côté que le navire a transité « conformément au droit international ».",
     [("La Chine", [], "government", False, "CN", True),
      ("l'agence officielle Chine nouvelle", [], "news_agency", False, "CN", None),
      ("Le porte-parole du ministère chinois des Affaires étrangères", [], "government", False, "CN", True),
      ("La marine américaine", [], "military", False, "US", True)]),
    ("n20", "fr",
     "Un jeune homme de 22 ans a été grièvement blessé à l'arme blanche dans la nuit de samedi à dimanche "
     "à la sortie d'une discothèque de Bayonne. D'après plusieurs témoins, une altercation avait éclaté sur "
     "le parking. Le procureur de la République de Bayonne, Marc Delattre, a indiqué qu'un suspect avait "
     "été placé en garde à vue. Le gérant de l'établissement, joint par Sud Ouest, affirme que « la "
     "sécurité avait été renforcée » ce soir-là.",
     [("plusieurs témoins", [], "citizen", True, "FR", None),
      ("Le procureur de la République de Bayonne, Marc Delattre", [], "judiciary_police", False, "FR", None),
      ("Le gérant de l'établissement", [], "company", False, "FR", None),
      ("Sud Ouest", [], "media", False, "FR", None)]),
    ("n21", "fr",
     "Le projet de parking souterrain sous la place du Marché divise Cahors. Le maire, Bernard Lacoste "
     "(divers gauche), défend « un équipement indispensable au commerce de centre-ville ». Le collectif "
     "Sauvons la place, qui a recueilli 2 300 signatures, redoute « des années de chantier ». Pour Élodie "
     "Marty, conseillère municipale d'opposition, « le coût a été sous-estimé de moitié ». Une commerçante "
     "de la rue voisine confie, elle, attendre le projet « avec impatience ».",
     [("Le maire, Bernard Lacoste", [], "government", False, "FR", True),
      ("Le collectif Sauvons la place", [], "monitor_ngo", False, "FR", True),
      ("Élodie Marty, conseillère municipale d'opposition", [], "politician_party", False, "FR", True),
      ("Une commerçante de la rue voisine", [], "citizen", True, "FR", True)]),
    ("n22", "fr",
     "Une attaque contre un convoi militaire a fait au moins quinze morts mardi dans le centre du Mali, "
     "selon un élu local qui a requis l'anonymat. Le Groupe de soutien à l'islam et aux musulmans (JNIM), "
     "lié à Al-Qaïda, a revendiqué l'embuscade sur ses canaux de propagande. L'armée malienne, dans un "
     "communiqué lu à la télévision nationale ORTM, évoque « une attaque terroriste repoussée » et affirme "
     "avoir « neutralisé une vingtaine d'assaillants ».",
     [("un élu local", [], "government", True, "ML", None),
      ("Le Groupe de soutien à l'islam et aux musulmans", ["JNIM"], "armed_group", False, "ML", True),
      ("L'armée malienne", [], "military", False, "ML", True),
      ("la télévision nationale ORTM", [], "state_media", False, "ML", None)]),
    ("n23", "fr",
     "Des milliers de poissons morts ont été retrouvés flottant sur la Vilaine, en aval de Rennes, a "
     "constaté dimanche l'Office français de la biodiversité. L'association Eau et Rivières de Bretagne "
     "accuse une laiterie voisine d'avoir rejeté des effluents non traités et annonce une plainte. Le "
     "groupe laitier, mis en cause, « conteste fermement toute responsabilité » dans un communiqué.",
     [("l'Office français de la biodiversité", [], "government", False, "FR", False),
      ("L'association Eau et Rivières de Bretagne", [], "monitor_ngo", False, "FR", True),
      ("Le groupe laitier, mis en cause", [], "company", True, "FR", True)]),
    ("n24", "fr",
     "Un adolescent de 15 ans s'est noyé jeudi après-midi dans le lac de Guerlédan, où la baignade est "
     "interdite. « Il savait nager, on ne comprend pas ce qui s'est passé », confie son frère aîné, Dylan. "
     "La maire de Mûr-de-Bretagne rappelle que des panneaux d'interdiction « sont installés tout autour du "
     "lac ». Selon la gendarmerie, le corps a été retrouvé par des plongeurs après deux heures de "
     "recherches.",
     [("son frère aîné, Dylan", [], "citizen", False, "FR", None),
      ("La maire de Mûr-de-Bretagne", [], "government", False, "FR", None),
      ("la gendarmerie", [], "judiciary_police", False, "FR", None)]),
    ("n25", "fr",
     "La Commission européenne a proposé mercredi de suspendre une partie des fonds destinés à la Hongrie, "
     "invoquant des « manquements persistants à l'État de droit ». Budapest dénonce « un chantage "
     "politique », selon un communiqué du gouvernement hongrois. Transparency International estime que la "
     "mesure « arrive trop tard ». Un diplomate européen juge qu'une majorité d'États membres devrait "
     "soutenir la proposition.",
     [("La Commission européenne", [], "international_org", False, None, True),
      ("Budapest", ["gouvernement hongrois"], "government", False, "HU", True),
      ("Transparency International", [], "monitor_ngo", False, None, False),
      ("Un diplomate européen", [], "government", True, None, None)]),
    ("n26", "en",
     "A federal jury in Chicago on Thursday convicted a former alderman of bribery and extortion. "
     "Prosecutors said he had used his office \"as a personal ATM.\" His attorney, Daniel Ruiz, told "
     "reporters outside the courthouse that they would appeal. U.S. District Judge Ellen Park set "
     "sentencing for March.",
     [("Prosecutors", [], "judiciary_police", True, "US", True),
      ("His attorney, Daniel Ruiz", [], "citizen", False, "US", True)]),
    ("n27", "en",
     "Russian state television reported that air defenses had intercepted a missile over the Belgorod "
     "region overnight. The regional governor said two people were wounded by falling debris. Ukraine's "
     "military did not comment on the claim. Analysts at the open-source research group Bellingcat said "
     "the footage aired by the channel had been filmed last year.",
     [("Russian state television", [], "state_media", False, "RU", None),
      ("The regional governor", [], "government", False, "RU", True),
      ("Analysts at the open-source research group Bellingcat", [], "monitor_ngo", True, "NL", False)]),
    ("n28", "en",
     "More than 2,000 nurses at three Minneapolis hospitals walked off the job Monday in a dispute over "
     "staffing. \"We are exhausted and we are short every single shift,\" said Kelly Brandt, an intensive "
     "care nurse who has worked at Abbott Northwestern for 14 years. The hospital system said in a "
     "statement that it had offered a 12 percent raise over three years. The Minnesota Nurses Association "
     "said talks would resume Thursday.",
     [("Kelly Brandt", [], "citizen", False, "US", True),
      ("The hospital system", [], "company", False, "US", True),
      ("The Minnesota Nurses Association", [], "monitor_ngo", False, "US", True)]),
    ("n29", "en",
     "A 72-year-old woman died Saturday after her house caught fire in rural Marion County, the sheriff's "
     "office said. A neighbor, who declined to give his name, said he tried to break down the door but was "
     "pushed back by the smoke. \"She was like a grandmother to everyone on this street,\" said Tasha "
     "Greene, who lives two doors down. Investigators believe the fire started in a space heater.",
     [("the sheriff's office", [], "judiciary_police", False, "US", None),
      ("A neighbor", [], "citizen", True, "US", None),
      ("Tasha Greene", [], "citizen", False, "US", None),
      ("Investigators", [], "judiciary_police", True, "US", None)]),
    ("n30", "en",
     "The Senate majority leader said Tuesday that a vote on the spending bill would take place before the "
     "holiday recess. The White House called the bill \"a reckless giveaway.\" A senior Democratic aide, "
     "speaking on condition of anonymity, said several moderates were still undecided. The Congressional "
     "Budget Office estimated the measure would add $400 billion to the deficit over a decade.",
     [("The Senate majority leader", [], "politician_party", False, "US", True),
      ("The White House", [], "government", False, "US", True),
      ("A senior Democratic aide", [], "politician_party", True, "US", True),
      ("The Congressional Budget Office", [], "government", False, "US", False)]),
    ("n31", "en",
     "The World Health Organization said Friday that a cholera outbreak in eastern Congo had spread to two "
     "new provinces. The country's health minister told state broadcaster RTNC that vaccination teams had "
     "been deployed. Aid workers in Goma, who spoke on condition of anonymity, said clinics had run out of "
     "rehydration salts.",
     [("The World Health Organization", [], "international_org", False, None, None),
      ("The country's health minister", [], "government", False, "CD", None),
      ("state broadcaster RTNC", [], "state_media", False, "CD", None),
      ("Aid workers in Goma", [], "monitor_ngo", True, None, None)]),
]

# Outlets and agencies owned or controlled by a state (public service included).
STATE_AFFILIATED = {("n05", "l'agence de presse officielle TASS"), ("n11", "l'AFP"), ("n15", "franceinfo"),
                    ("n19", "l'agence officielle Chine nouvelle"), ("n22", "la télévision nationale ORTM"),
                    ("n27", "Russian state television"), ("n31", "state broadcaster RTNC")}


def split_of(doc_id: str) -> str:
    """``tune`` for odd numbers, ``heldout`` for even ones (format only: the batch is untuned as a whole)."""
    return "tune" if int(doc_id[1:]) % 2 else "heldout"
