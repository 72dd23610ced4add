"""French dates gold on our own sentences (an independent check of the dates layer).

Short regional-press paragraphs written by the annotator for this check, each
with its own publication date, and the dates a reader takes from them. Each
document is ``(id, published, split, text, items)``; an item is
``(surface, value)`` or ``(surface, value, "optional")``: ``surface`` is found
in the text after the previous item, ``value`` is an ISO date, month or year,
or an interval ``start/end``. ``benchmarks/dates_eval.py --own`` turns this
into score_facts.py's format (offsets, ``resolved: true``). The split was fixed
before the layer was run on these texts: odd numbers ``tune``, even ``heldout``.

Conventions: as in TimeML (and this project's layer), each member of a range
or coordination of days or months is its own date (*du 19 au 23 juin* is
*19* and *23 juin*; *mars-avril* is *mars* and *avril*); a range of years
(*la saison 2022-2023*) is one interval; a part of day (*dans la soirée*) is
the day it belongs to; a decade is optional. After the first run, the five
day/month ranges (d09, d11, d26, d38, d39) were re-annotated from one
interval each to members, to follow that convention.

Publication days: 2024-06-12 is a Wednesday, 2023-03-03 a Friday, 2024-10-28
a Monday, 2025-01-09 a Thursday.
"""

A, B, C, D = "2024-06-12", "2023-03-03", "2024-10-28", "2025-01-09"

DOCS = [
    ("d01", A, "La fête de la musique du village aura lieu samedi sur la place de l'église, annonce le "
     "comité des fêtes.", [("samedi", "2024-06-15")]),
    ("d02", A, "Le marché nocturne reprendra dès lundi, de 18 h à 23 h, a précisé la mairie.",
     [("lundi", "2024-06-17")]),
    ("d03", A, "Les inscriptions pour le vide-greniers sont ouvertes jusqu'au 30 juin.",
     [("30 juin", "2024-06-30")]),
    ("d04", A, "Les travaux de la rue Jean-Jaurès débuteront début septembre et dureront trois mois.",
     [("début septembre", "2024-09")]),
    ("d05", A, "Le conseil municipal se réunira le 15 novembre pour voter le budget.",
     [("15 novembre", "2024-11-15")]),
    ("d06", A, "Ce mercredi 12 juin, les élèves de l'école Jules-Ferry ont présenté leur spectacle.",
     [("mercredi 12 juin", "2024-06-12")]),
    ("d07", A, "Mercredi, les pompiers sont intervenus pour un feu de broussailles près de la "
     "départementale.", [("Mercredi", "2024-06-12")]),
    ("d08", A, "Un accident s'est produit le 12 juin au matin sur la rocade, a indiqué la gendarmerie.",
     [("12 juin", "2024-06-12")]),
    ("d09", A, "Le festival se tiendra du 19 au 23 juin dans le parc du château.",
     [("19", "2024-06-19"), ("23 juin", "2024-06-23")]),
    ("d10", A, "Les permanences auront lieu les 6 et 13 juillet à la salle des fêtes.",
     [("6", "2024-07-06"), ("13 juillet", "2024-07-13")]),
    ("d11", A, "Les fouilles archéologiques, prévues en mars-avril, ont été repoussées.",
     [("mars", "2024-03"), ("avril", "2024-04")]),
    ("d12", A, "Samedi 8 juin, le club de football a fêté ses 50 ans. Le lendemain, un tournoi de jeunes "
     "a réuni 200 enfants.", [("Samedi 8 juin", "2024-06-08"), ("Le lendemain", "2024-06-09")]),
    ("d13", A, "Le maire avait annoncé sa démission le 3 mai. La veille, il avait réuni ses adjoints.",
     [("3 mai", "2024-05-03"), ("La veille", "2024-05-02")]),
    ("d14", A, "Dans la nuit de lundi à mardi, des vandales ont tagué la façade de la mairie.",
     [("lundi", "2024-06-10"), ("mardi", "2024-06-11")]),
    ("d15", A, "Mardi, un cambriolage a eu lieu dans une pharmacie du centre-ville. Dans la nuit, les "
     "malfaiteurs ont emporté la caisse.", [("Mardi", "2024-06-11"), ("Dans la nuit", "2024-06-11")]),
    ("d16", A, "Lundi, le préfet a visité le chantier. Dans la soirée, il a rencontré les riverains.",
     [("Lundi", "2024-06-10"), ("Dans la soirée", "2024-06-10")]),
    ("d17", B, "Né le 14 juillet 58 à Brest, l'ancien maire s'est éteint mercredi.",
     [("14 juillet 58", "1958-07-14"), ("mercredi", "2023-03-01")]),
    ("d18", B, "Le bilan 2022 de la sécurité routière dans le département est en baisse.",
     [("2022", "2022")]),
    ("d19", B, "La saison 2022-2023 du théâtre municipal s'achèvera en juin.",
     [("2022-2023", "2022/2023"), ("juin", "2023-06")]),
    ("d20", B, "Le budget 2023 a été adopté jeudi soir par 25 voix contre 4.",
     [("2023", "2023"), ("jeudi soir", "2023-03-02")]),
    ("d21", B, "Le club organise son loto dimanche 5 mars à 14 h à la salle polyvalente.",
     [("dimanche 5 mars", "2023-03-05")]),
    ("d22", B, "Ce vendredi 3 mars, la préfecture a levé l'alerte sécheresse.",
     [("vendredi 3 mars", "2023-03-03")]),
    ("d23", B, "La préfecture avait déclenché l'alerte le 25 février. Trois jours plus tard, les "
     "restrictions d'eau étaient en vigueur.",
     [("25 février", "2023-02-25"), ("Trois jours plus tard", "2023-02-28")]),
    ("d24", B, "Les fortes pluies de fin février ont fait déborder la rivière.",
     [("fin février", "2023-02")]),
    ("d25", B, "La réunion publique prévue mardi prochain est annulée.",
     [("mardi prochain", "2023-03-07")]),
    ("d26", B, "La brocante se tiendra le dimanche 2 avril, et la fête foraine du 14 au 16 avril.",
     [("dimanche 2 avril", "2023-04-02"), ("14", "2023-04-14"), ("16 avril", "2023-04-16")]),
    ("d27", C, "Samedi, la commune a inauguré sa nouvelle médiathèque. Le même jour, une exposition a "
     "ouvert à la mairie.", [("Samedi", "2024-10-26"), ("Le même jour", "2024-10-26")]),
    ("d28", C, "La cérémonie du 11-Novembre se déroulera au monument aux morts à 11 h.",
     [("11-Novembre", "2024-11-11")]),
    ("d29", C, "Les vacances de la Toussaint se terminent lundi 4 novembre.",
     [("lundi 4 novembre", "2024-11-04")]),
    ("d30", C, "Dimanche, vers 17 h, un automobiliste a été blessé à la sortie du bourg. Il a été "
     "transporté au CHU dans la soirée.", [("Dimanche", "2024-10-27"), ("dans la soirée", "2024-10-27")]),
    ("d31", C, "La collecte des encombrants aura lieu mercredi et jeudi dans le quartier nord.",
     [("mercredi", "2024-10-30"), ("jeudi", "2024-10-31")]),
    ("d32", C, "Les résultats seront connus début décembre, selon le syndicat.",
     [("début décembre", "2024-12")]),
    ("d33", C, "Le chantier, lancé en octobre 2023, devrait s'achever en mars.",
     [("octobre 2023", "2023-10"), ("mars", "2025-03")]),
    ("d34", C, "L'association, créée en 2000, fêtera ses 25 ans l'an prochain.",
     [("2000", "2000"), ("l'an prochain", "2025")]),
    ("d35", D, "Les vœux du maire auront lieu vendredi 17 janvier à 19 h à la salle des fêtes.",
     [("vendredi 17 janvier", "2025-01-17")]),
    ("d36", D, "Mardi, la tempête a arraché des toitures. Le lendemain, les services techniques ont "
     "dégagé les routes.", [("Mardi", "2025-01-07"), ("Le lendemain", "2025-01-08")]),
    ("d37", D, "Le 31 décembre, les pompiers sont intervenus à douze reprises.",
     [("31 décembre", "2024-12-31")]),
    ("d38", D, "L'enquête publique se déroulera du 3 février au 5 mars en mairie.",
     [("3 février", "2025-02-03"), ("5 mars", "2025-03-05")]),
    ("d39", D, "Les travaux prévus en janvier-février perturberont la circulation.",
     [("janvier", "2025-01"), ("février", "2025-02")]),
    ("d40", D, "Ce jeudi, le tribunal a rendu son jugement. L'audience s'était tenue le 12 décembre.",
     [("Ce jeudi", "2025-01-09"), ("12 décembre", "2024-12-12")]),
    ("d41", D, "Né en 1947, il avait repris la ferme familiale dans les années 70.",
     [("1947", "1947"), ("les années 70", "1970/1979", "optional")]),
    ("d42", D, "Le rallye, prévu les 15 et 16 février, attire chaque année 20 000 spectateurs.",
     [("15", "2025-02-15"), ("16 février", "2025-02-16")]),
    ("d43", D, "Samedi dernier, la galette des rois a réuni 80 adhérents. La prochaine rencontre aura "
     "lieu samedi.", [("Samedi dernier", "2025-01-04"), ("samedi", "2025-01-11")]),
    ("d44", D, "Dans la matinée de mercredi, un camion s'est renversé sur la N12.",
     [("mercredi", "2025-01-08")]),
]
# Second batch, written after the first round of fixes (same split rule);
# 2024-07-04 is a Thursday, 2023-12-20 a Wednesday.
E, F = "2024-07-04", "2023-12-20"
DOCS += [
    ("d45", E, "Ce week-end, la commune accueille le championnat régional de pétanque.",
     [("Ce week-end", "2024-07-06/2024-07-07")]),
    ("d46", E, "Dans la nuit de samedi à dimanche, un incendie a détruit un hangar agricole.",
     [("samedi", "2024-06-29"), ("dimanche", "2024-06-30")]),
    ("d47", E, "Le 1er juillet, la nouvelle directrice a pris ses fonctions.",
     [("1er juillet", "2024-07-01")]),
    ("d48", E, "Aujourd'hui, la mairie publie les résultats de la consultation.",
     [("Aujourd'hui", "2024-07-04")]),
    ("d49", E, "Demain, le Tour de France traversera le département.", [("Demain", "2024-07-05")]),
    ("d50", E, "La piscine municipale restera fermée jusqu'à dimanche.", [("dimanche", "2024-07-07")]),
    ("d51", E, "Depuis lundi, la circulation est alternée sur le pont.",
     [("Depuis lundi", "2024-07-01/2024-07-04")]),
    ("d52", E, "Les fouilles reprendront mi-juillet, a indiqué le service archéologique.",
     [("mi-juillet", "2024-07")]),
    ("d53", E, "Le feu d'artifice du 14-Juillet sera tiré depuis le port.", [("14-Juillet", "2024-07-14")]),
    ("d54", E, "L'an dernier, le festival avait attiré 12 000 personnes.", [("L'an dernier", "2023")]),
    ("d55", E, "Les travaux seront terminés d'ici la fin de l'année.",
     [("la fin de l'année", "2024", "optional")]),
    ("d56", E, "Samedi 6 et dimanche 7 juillet, la fête médiévale investira les remparts.",
     [("Samedi 6", "2024-07-06"), ("dimanche 7 juillet", "2024-07-07")]),
    ("d57", E, "Le 13, le conseil municipal a approuvé le plan local d'urbanisme.",
     [("13", "2024-06-13")]),
    ("d58", E, "Ce matin, un camion a percuté un muret rue Pasteur.", [("Ce matin", "2024-07-04")]),
    ("d59", E, "En début de semaine, les gendarmes ont interpellé deux suspects.",
     [("début de semaine", "2024-07-01/2024-07-07", "optional")]),
    ("d60", E, "La saison estivale 2024 s'annonce record pour les campings.", [("2024", "2024")]),
    ("d61", F, "À Noël, la chorale donnera un concert en l'église Saint-Martin.",
     [("Noël", "2023-12-25")]),
    ("d62", F, "Le marché de Noël se tient jusqu'au 24 décembre.", [("24 décembre", "2023-12-24")]),
    ("d63", F, "L'année prochaine, la commune investira dans une nouvelle école.",
     [("L'année prochaine", "2024")]),
    ("d64", F, "La cérémonie des vœux aura lieu le vendredi 5 janvier.",
     [("vendredi 5 janvier", "2024-01-05")]),
    ("d65", F, "Hier soir, le conseil communautaire a voté le budget 2024.",
     [("Hier", "2023-12-19"), ("2024", "2024")]),
    ("d66", F, "Fin 2022, l'entreprise comptait 40 salariés.", [("Fin 2022", "2022")]),
    ("d67", F, "Le nouveau gymnase ouvrira à la rentrée 2024.", [("rentrée 2024", "2024-09", "optional")]),
    ("d68", F, "Les permanences ont lieu tous les mardis de 9 h à 12 h.", []),
    ("d69", F, "La fermeture du pont, prévue du lundi 8 au vendredi 12 janvier, perturbera les trajets.",
     [("lundi 8", "2024-01-08"), ("vendredi 12 janvier", "2024-01-12")]),
    ("d70", F, "Le 31, les pompiers seront mobilisés pour la Saint-Sylvestre.",
     [("31", "2023-12-31"), ("Saint-Sylvestre", "2023-12-31", "optional")]),
    ("d71", F, "Cette semaine, la neige est tombée sur les hauteurs.",
     [("Cette semaine", "2023-12-18/2023-12-24")]),
    ("d72", F, "Le mois dernier, 300 personnes ont participé au téléthon.",
     [("Le mois dernier", "2023-11")]),
    ("d73", F, "Dimanche 17 décembre, le club a remporté la coupe régionale.",
     [("Dimanche 17 décembre", "2023-12-17")]),
    ("d74", F, "Les résultats du bac 98 avaient été annoncés le 7 juillet.",
     [("98", "1998"), ("7 juillet", "1998-07-07")]),
]
DOCS = [(i, pub, "tune" if int(i[1:]) % 2 else "heldout", text, items) for i, pub, text, items in DOCS]
