"""Source-typing gold, fresh batch (round 7): 20 French paragraphs, annotated before any run.

Written and annotated by an AI helper (the ``srcfr`` session, round 7) in one pass, in
EVENTS-SOURCES.md's terms and with the conventions of ``sources_own_spec.py``, **before the
system was run on any of these texts**; none is taken from a corpus (real names are public
figures or bodies, as facts). Each paragraph is built around a class of source that recall on
unseen text missed or might miss: sources cited for figures, data, studies, reports, polls and
letters (*d'après les chiffres de X*, *selon une étude de X*, *X a publié un rapport*, *dans une
lettre*), outlets a statement was made to (*contacté par*, *joint par*, *cité par*), a person
named with a role and later by surname only (one source, the surname a mention), collective
speakers (*des témoins*, *plusieurs manifestants*, *deux voisines*, *la famille de X*), and the
traps for false sources (a headline topic before a colon, a vocative *Monsieur le Maire*, a time
phrase after the verb).

Same layout as ``sources_own_spec.py``: ``(id, lang, text, sources)``, a source is
``(name, mentions, type, anonymous, country, party)``. Split fixed before the first run: odd
numbers ``tune``, even ``heldout``; the first run of the whole batch is the untuned figure.
"""

DOCS = [
    ("t01", "fr",
     "Le nombre de demandeurs d'emploi a reculé de 1,2 % au troisième trimestre dans les Côtes-d'Armor, "
     "d'après les chiffres publiés jeudi par France Travail. Une baisse « encourageante mais fragile », "
     "juge Maryvonne Le Roux, directrice de l'agence de Saint-Brieuc. Pour la CGT, ces données masquent "
     "« la hausse des contrats précaires ».",
     [("France Travail", [], "government", False, "FR", None),
      ("Maryvonne Le Roux, directrice de l'agence de Saint-Brieuc", [], "government", False, "FR", None),
      ("la CGT", [], "monitor_ngo", False, "FR", None)]),
    ("t02", "fr",
     "Le chef cuisinier Thomas Guérin, installé à Annecy depuis 2015, a annoncé lundi la fermeture de son "
     "restaurant étoilé. « Le coût de l'énergie a été multiplié par quatre », explique-t-il. Guérin affirme "
     "avoir reçu des propositions de rachat, mais refuse d'en dire plus. Selon l'Union des métiers de "
     "l'hôtellerie de Haute-Savoie, une quinzaine d'établissements ont fermé dans le département depuis "
     "janvier.",
     [("Le chef cuisinier Thomas Guérin", ["Guérin"], "citizen", False, "FR", None),
      ("l'Union des métiers de l'hôtellerie de Haute-Savoie", [], "monitor_ngo", False, "FR", None)]),
    ("t03", "fr",
     "Plusieurs habitants de la rue des Tanneurs ont été évacués mercredi soir après l'effondrement "
     "partiel d'un immeuble à Lille. « On a entendu un grand craquement, puis de la poussière partout », "
     "racontent deux voisines encore sous le choc. Des témoins affirment que des fissures étaient "
     "apparues depuis plusieurs semaines. La mairie assure de son côté qu'aucun signalement ne lui était "
     "parvenu.",
     [("deux voisines", [], "citizen", True, "FR", None),
      ("Des témoins", [], "citizen", True, "FR", None),
      ("La mairie", [], "government", False, "FR", None)]),
    ("t04", "fr",
     "Contacté par Ouest-France, le directeur de l'hôpital de Morlaix, Pierre-Yves Caradec, confirme que "
     "les urgences fermeront trois nuits par semaine cet été. Interrogée par France 3 Bretagne, une "
     "infirmière du service évoque « un épuisement général ». L'Agence régionale de santé n'a pas "
     "souhaité réagir.",
     [("Ouest-France", [], "media", False, "FR", None),
      ("le directeur de l'hôpital de Morlaix, Pierre-Yves Caradec", [], "government", False, "FR", None),
      ("France 3 Bretagne", [], "media", False, "FR", None),
      ("une infirmière du service", [], "citizen", True, "FR", None)]),
    ("t05", "fr",
     "Selon une étude de l'Inserm publiée mardi dans la revue The Lancet, la pollution aux particules "
     "fines serait responsable de 40 000 décès par an en France. Les auteurs appellent à abaisser les "
     "seuils réglementaires. Le ministère de la Transition écologique a indiqué qu'il « prendrait "
     "connaissance » de ces travaux.",
     [("une étude de l'Inserm", [], "document", False, "FR", None),
      ("Les auteurs", [], "expert_academic", True, "FR", None),
      ("Le ministère de la Transition écologique", [], "government", False, "FR", None)]),
    ("t06", "fr",
     "L'ONG Human Rights Watch a publié jeudi un rapport accablant sur les conditions de détention dans "
     "les prisons tunisiennes. Le document fait état de « mauvais traitements systématiques ». Les "
     "autorités tunisiennes ont rejeté ces accusations, les qualifiant de « mensongères ». Un ancien "
     "détenu, joint par téléphone, raconte avoir passé huit mois dans une cellule de 12 m² avec vingt "
     "autres hommes.",
     [("L'ONG Human Rights Watch", [], "monitor_ngo", False, None, True),
      ("un rapport accablant sur les conditions de détention dans les prisons tunisiennes",
       ["Le document"], "document", False, None, None),
      ("Les autorités tunisiennes", [], "government", False, "TN", True),
      ("Un ancien détenu", [], "citizen", True, "TN", None)]),
    ("t07", "fr",
     "Dans une lettre adressée au préfet, les maires de onze communes du Pays basque demandent la "
     "suspension du projet de ligne à grande vitesse. « Nos territoires ne peuvent pas servir de simple "
     "couloir », écrivent-ils. SNCF Réseau rappelle que le tracé a été validé après « dix ans de "
     "concertation ».",
     [("les maires de onze communes du Pays basque", [], "government", True, "FR", True),
      ("SNCF Réseau", [], "company", False, "FR", True)]),
    ("t08", "fr",
     "Fermeture de la piscine : les usagers en colère. Lors du conseil municipal de lundi, une habitante a "
     "interpellé l'élu : « Monsieur le Maire, où vont aller nos enfants ? » Le maire, Jean-Luc Ferrand, a "
     "répondu que la rénovation coûterait « plus de 4 millions d'euros ». L'opposition municipale réclame "
     "un référendum local.",
     [("une habitante", [], "citizen", True, "FR", True),
      ("Le maire, Jean-Luc Ferrand", [], "government", False, "FR", True),
      ("L'opposition municipale", [], "politician_party", False, "FR", True)]),
    ("t09", "fr",
     "Le procès de l'ancien président du club de rugby de Narbonne s'est ouvert mardi devant le tribunal "
     "correctionnel. Jacques Vidal, 67 ans, est accusé d'avoir détourné 300 000 euros. « Je n'ai jamais "
     "pris un centime », a déclaré mardi matin Vidal à la barre. La procureure, Claire Mathieu, a requis "
     "deux ans de prison avec sursis. L'avocat de la défense, Me Antoine Roussel, a plaidé la relaxe.",
     [("Jacques Vidal", ["Vidal"], "citizen", False, "FR", True),
      ("La procureure, Claire Mathieu", [], "judiciary_police", False, "FR", True),
      ("L'avocat de la défense, Me Antoine Roussel", [], "citizen", False, "FR", True)]),
    ("t10", "fr",
     "D'après les données de Météo-France, le mois de juillet a été le plus chaud jamais enregistré dans "
     "l'Hérault. Le quotidien Midi Libre rapporte que plusieurs communes ont déjà imposé des restrictions "
     "d'eau. « Les nappes sont au plus bas », alerte Sandrine Costes, hydrologue à l'université de "
     "Montpellier.",
     [("Météo-France", [], "government", False, "FR", None),
      ("Le quotidien Midi Libre", [], "media", False, "FR", None),
      ("Sandrine Costes, hydrologue à l'université de Montpellier", [], "expert_academic", False, "FR", None)]),
    ("t11", "fr",
     "Quelque 3 000 agriculteurs ont bloqué jeudi les principaux accès à Toulouse, selon la préfecture. "
     "« On travaille à perte depuis deux ans », lance Julien Fabre, éleveur dans le Gers, juché sur son "
     "tracteur. Plusieurs manifestants dénoncent la concurrence de produits importés. Le président de la "
     "FNSEA de Haute-Garonne, Luc Mesplès, a prévenu que le mouvement « durera le temps qu'il faudra ».",
     [("la préfecture", [], "government", False, "FR", None),
      ("Julien Fabre, éleveur dans le Gers", [], "citizen", False, "FR", True),
      ("Plusieurs manifestants", [], "citizen", True, "FR", True),
      ("Le président de la FNSEA de Haute-Garonne, Luc Mesplès", [], "monitor_ngo", False, "FR", True)]),
    ("t12", "fr",
     "Le directeur de la police municipale de Perpignan a été suspendu à titre conservatoire, selon une "
     "source municipale. Il lui est reproché d'avoir utilisé un véhicule de service à des fins "
     "personnelles, a-t-on appris de source proche de l'enquête. Joint par L'Indépendant, son avocat "
     "dénonce « une cabale ».",
     [("une source municipale", [], "government", True, "FR", True),
      ("source proche de l'enquête", [], "anonymous", True, None, None),
      ("L'Indépendant", [], "media", False, "FR", False),
      ("son avocat", [], "judiciary_police", True, "FR", True)]),
    ("t13", "fr",
     "La famille de Léa, 19 ans, disparue depuis le 2 mars à Besançon, lance un nouvel appel à témoins. "
     "« Nous ne perdrons jamais espoir », confie son père, Didier Marchal, à France Bleu Besançon. Les "
     "enquêteurs privilégient la piste d'une fugue, indique une source policière.",
     [("La famille de Léa", [], "citizen", False, "FR", None),
      ("son père, Didier Marchal", [], "citizen", False, "FR", None),
      ("France Bleu Besançon", [], "media", False, "FR", None),
      ("une source policière", [], "judiciary_police", True, "FR", None)]),
    ("t14", "fr",
     "Le groupe Michelin a confirmé mercredi la fermeture de son usine de Cholet d'ici à 2026, qui emploie "
     "955 salariés. La direction évoque « une surcapacité structurelle en Europe ». « C'est un coup de "
     "massue », réagit Nicolas Robert, délégué syndical SUD. Il estime que le groupe « a organisé le déclin "
     "du site ». Le ministre de l'Industrie a demandé à l'entreprise de « tout mettre en œuvre » pour le "
     "reclassement des salariés.",
     [("Le groupe Michelin", ["La direction"], "company", False, "FR", True),
      ("Nicolas Robert, délégué syndical SUD", [], "monitor_ngo", False, "FR", True),
      ("Le ministre de l'Industrie", [], "government", False, "FR", None)]),
    ("t15", "fr",
     "Le Conseil d'État a validé vendredi la dissolution du collectif écologiste Terres vivantes. Dans sa "
     "décision, la haute juridiction juge que le groupe a « provoqué à des agissements violents ». Les "
     "avocats du collectif ont dénoncé « une décision politique ». Le ministre de l'Intérieur s'est "
     "félicité sur X d'une « victoire de l'État de droit ».",
     [("Le Conseil d'État", ["la haute juridiction"], "judiciary_police", False, "FR", False),
      ("Les avocats du collectif", [], "monitor_ngo", True, "FR", True),
      ("Le ministre de l'Intérieur", [], "government", False, "FR", True)]),
    ("t16", "fr",
     "Au moins quatorze civils ont été tués dans des frappes aériennes sur la région d'Idleb, a annoncé "
     "l'Observatoire syrien des droits de l'homme. Un secouriste des Casques blancs, joint par l'AFP, "
     "décrit des « scènes de chaos ». L'armée syrienne affirme avoir visé des « repaires terroristes ».",
     [("l'Observatoire syrien des droits de l'homme", [], "monitor_ngo", False, None, False),
      ("Un secouriste des Casques blancs", [], "monitor_ngo", True, "SY", None),
      ("l'AFP", [], "news_agency", False, "FR", False),
      ("L'armée syrienne", [], "military", False, "SY", True)]),
    ("t17", "fr",
     "Le prix du litre de gazole a franchi la barre des 2 euros dans plusieurs stations de la Manche, "
     "d'après le site spécialisé Carbu.com. « Les clients font le plein par petites quantités », observe "
     "le gérant d'une station de Saint-Lô, cité par La Manche Libre. L'UFC-Que Choisir appelle le "
     "gouvernement à baisser les taxes.",
     [("le site spécialisé Carbu.com", [], "media", False, "FR", None),
      ("le gérant d'une station de Saint-Lô", [], "company", True, "FR", None),
      ("La Manche Libre", [], "media", False, "FR", None),
      ("L'UFC-Que Choisir", [], "monitor_ngo", False, "FR", None)]),
    ("t18", "fr",
     "Selon un sondage Ifop pour Le Journal du dimanche, 58 % des Français se disent opposés au projet de "
     "loi. Le porte-parole du gouvernement a balayé ces résultats, assurant que « les Français jugeront "
     "sur pièces ». Pour le politologue Jérôme Sainte-Marie, « la défiance n'a jamais été aussi forte ».",
     [("un sondage Ifop pour Le Journal du dimanche", [], "document", False, "FR", None),
      ("Le porte-parole du gouvernement", [], "government", False, "FR", True),
      ("le politologue Jérôme Sainte-Marie", [], "expert_academic", False, "FR", False)]),
    ("t19", "fr",
     "Dans une vidéo publiée sur TikTok, une influenceuse lyonnaise affirme avoir été victime d'une "
     "arnaque à la location. La publication a été vue plus de deux millions de fois. La plateforme de "
     "réservation mise en cause assure avoir « immédiatement suspendu » l'annonce frauduleuse.",
     [("une influenceuse lyonnaise", [], "citizen", True, "FR", None),
      ("La plateforme de réservation mise en cause", [], "company", True, None, None)]),
    ("t20", "fr",
     "Le député de la Somme François Ruffin a annoncé qu'il déposerait une proposition de loi sur les "
     "accompagnants d'élèves en situation de handicap. Selon lui, ces salariés « sont payés sous le seuil "
     "de pauvreté ». Ruffin dit avoir reçu plus de 400 témoignages. Le rectorat d'Amiens n'a pas répondu "
     "à nos questions.",
     [("Le député de la Somme François Ruffin", ["Ruffin"], "politician_party", False, "FR", None)]),
]

# Outlets owned or controlled by a state (public service included), as in gold/README.md.
STATE_AFFILIATED = {("t04", "France 3 Bretagne"), ("t13", "France Bleu Besançon"), ("t16", "l'AFP")}


def split_of(doc_id: str) -> str:
    """``tune`` for odd numbers, ``heldout`` for even ones (fixed before the first run)."""
    return "tune" if int(doc_id[1:]) % 2 else "heldout"
