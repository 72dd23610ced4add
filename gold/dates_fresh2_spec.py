"""French dates gold, fourth set: 25 regional-press paragraphs written after all the rules so far.

Written and annotated (values by hand, weekdays checked with a calendar) by
an AI helper (``facts``) after the fixes for the third set had landed and
before the layer was run on them; all ``heldout``: its first score is a
clean measure of the layer as of that landing. Format and conventions as in
``dates_fresh_spec.py`` (*il y a un an*: the year; *dans trois mois*: the
month; *depuis 2019*: 2019 to publication; seasons optional).

Publication days: 2025-05-06 Tuesday, 2024-09-10 Tuesday, 2025-11-07
Friday, 2024-06-03 Monday, 2025-08-21 Thursday, 2025-01-24 Friday.
"""

A, B, C, D, E, F = "2025-05-06", "2024-09-10", "2025-11-07", "2024-06-03", "2025-08-21", "2025-01-24"

DOCS = [
    ("g01", A, "La cérémonie du 8-Mai se déroulera jeudi à 11 h devant le monument aux morts. Le maire "
     "déposera une gerbe.", [("8-Mai", "2025-05-08"), ("jeudi", "2025-05-08")]),
    ("g02", A, "Dimanche 11 mai, le vide-greniers de l'association des parents d'élèves investira le stade. "
     "Les exposants peuvent s'inscrire jusqu'à vendredi.",
     [("Dimanche 11 mai", "2025-05-11"), ("vendredi", "2025-05-09")]),
    ("g03", A, "Mardi 3 et mercredi 4 juin, la collecte de sang s'installera à la salle des fêtes.",
     [("Mardi 3", "2025-06-03"), ("mercredi 4 juin", "2025-06-04")]),
    ("g04", A, "Le 1er mai, le défilé syndical a rassemblé quelque 400 personnes dans les rues de la ville.",
     [("1er mai", "2025-05-01")]),
    ("g05", B, "Les journées du patrimoine auront lieu les 21 et 22 septembre. Le château, fermé depuis "
     "2019, ouvrira exceptionnellement ses portes.",
     [("21", "2024-09-21"), ("22 septembre", "2024-09-22"), ("depuis 2019", "2019/2024-09-10")]),
    ("g06", B, "Samedi 14 septembre, le forum des associations se tiendra au gymnase, de 9 h à 17 h.",
     [("Samedi 14 septembre", "2024-09-14")]),
    ("g07", B, "Dimanche dernier, le comité de jumelage a reçu une délégation allemande. La veille, les "
     "invités avaient visité la cave coopérative.",
     [("Dimanche dernier", "2024-09-08"), ("La veille", "2024-09-07")]),
    ("g08", B, "Le tribunal rendra sa décision le 15 octobre. À l'audience de jeudi, le procureur avait "
     "requis deux ans de prison.", [("15 octobre", "2024-10-15"), ("jeudi", "2024-09-05")]),
    ("g09", C, "Les commémorations du 11-Novembre débuteront mardi à 10 h 30 place de la République.",
     [("11-Novembre", "2025-11-11"), ("mardi", "2025-11-11")]),
    ("g10", C, "À la Toussaint, les fleuristes ont réalisé près d'un tiers de leur chiffre d'affaires "
     "annuel.", [("Toussaint", "2025-11-01")]),
    ("g11", C, "La foire aux santons se tiendra du samedi 15 au dimanche 23 novembre sous la halle.",
     [("samedi 15", "2025-11-15"), ("dimanche 23 novembre", "2025-11-23")]),
    ("g12", C, "Il y a un an, la crue avait inondé une quarantaine de maisons du bas du bourg.",
     [("Il y a un an", "2024")]),
    ("g13", D, "Samedi, la kermesse de l'école a attiré plusieurs centaines de familles. Samedi prochain, "
     "ce sera au tour du collège.", [("Samedi", "2024-06-01"), ("Samedi prochain", "2024-06-08")]),
    ("g14", D, "Les résultats du brevet seront publiés le 11 juillet, a annoncé l'inspection académique.",
     [("11 juillet", "2024-07-11")]),
    ("g15", D, "La semaine prochaine, les agents de la voirie refermeront les tranchées de la rue Haute.",
     [("La semaine prochaine", "2024-06-10/2024-06-16")]),
    ("g16", D, "Le 13 juin, le conseil communautaire examinera le projet de méthaniseur. Une réunion "
     "publique avait été organisée fin mai.", [("13 juin", "2024-06-13"), ("fin mai", "2024-05")]),
    ("g17", E, "Dimanche, un incendie a parcouru 12 hectares de garrigue. Les pompiers sont restés "
     "mobilisés jusqu'au lendemain soir.", [("Dimanche", "2025-08-17"), ("lendemain", "2025-08-18")]),
    ("g18", E, "La fête votive se déroulera du vendredi 22 au lundi 25 août. Le concours de boules aura "
     "lieu samedi après-midi.",
     [("vendredi 22", "2025-08-22"), ("lundi 25 août", "2025-08-25"), ("samedi", "2025-08-23")]),
    ("g19", E, "Début septembre, la commune lancera la révision de son plan local d'urbanisme, qui doit "
     "aboutir en 2027.", [("Début septembre", "2025-09"), ("2027", "2027")]),
    ("g20", E, "En juillet, la fréquentation du lac a reculé de 10 % par rapport à juillet 2024.",
     [("juillet", "2025-07"), ("juillet 2024", "2024-07")]),
    ("g21", F, "Samedi 1er février, la médiathèque fêtera ses dix ans avec un spectacle de contes.",
     [("Samedi 1er février", "2025-02-01")]),
    ("g22", F, "Le verglas a provoqué une dizaine d'accidents mercredi matin. Jeudi, les routes avaient "
     "été salées dès 5 h.", [("mercredi", "2025-01-22"), ("Jeudi", "2025-01-23")]),
    ("g23", F, "Les inscriptions sur les listes électorales sont ouvertes jusqu'au 31 janvier.",
     [("31 janvier", "2025-01-31")]),
    ("g24", F, "Condamné le 9 décembre à six mois ferme, l'homme a fait appel. Il sera rejugé dans trois "
     "mois.", [("9 décembre", "2024-12-09"), ("dans trois mois", "2025-04")]),
    ("g25", F, "Ce samedi, les producteurs locaux tiendront un marché paysan sur la place. Le prochain aura "
     "lieu le 22 février.", [("Ce samedi", "2025-01-25"), ("22 février", "2025-02-22")]),
]
DOCS = [(i, pub, "heldout", text, items) for i, pub, text, items in DOCS]
