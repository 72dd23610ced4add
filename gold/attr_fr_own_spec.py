"""French attribution gold on our own news texts (``attr-fr-own.jsonl`` is built from this file).

Twenty-four short French news texts written for this check by the round-9 issue-10
``attrfr`` helper (an AI), in the styles of regional dailies, national press, wire copy
and interviews, none taken from a corpus or from the gold files. They were written and
annotated in one pass, per ``../shared/gold/GUIDELINES.md``, **before** the analyzer was
run on them. The split was fixed beforehand: odd numbers ``tune``, even ``heldout``.

A document is ``(id, title-and-text, attributions, hedges)``. An attribution is a dict:
``src`` / ``cue`` / ``content`` are the span texts (``None`` for no source), each either a
string that occurs once in the text as a whole word or ``(string, n)`` for its n-th
(0-based) whole-word occurrence; ``ref`` is the ``source_ref``, ``par`` the index of the
parent attribution in the same document, ``t`` the cue type (default ``verb``), ``h``
hedged, ``neg`` negated. ``quote`` is derived from the content (direct when it is
entirely inside quote marks). A hedge is ``(marker, kind)`` with the same span forms.

    python gold/attr_fr_own_spec.py   # rewrites gold/attr-fr-own.jsonl
"""

from __future__ import annotations

import json
import re
from pathlib import Path


def A(src, cue, content, *, ref=None, par=None, t="verb", h=False, neg=False):  # noqa: N802
    return {"src": src, "cue": cue, "content": content, "ref": ref, "par": par, "t": t, "h": h, "neg": neg}


DOCS = [
    ("afr01",
     "Saint-Brieuc : le budget 2027 adopté dans la douleur\n\n"
     "Le conseil municipal de Saint-Brieuc a adopté lundi soir le budget primitif par 29 voix contre 12. "
     "Le maire, Hervé Guyomard, a défendu « un budget de responsabilité » face à la hausse des coûts de "
     "l'énergie. L'opposition a voté contre. « On nous demande d'approuver une hausse de 4 % de la taxe "
     "foncière sans la moindre étude d'impact », a dénoncé Claire Le Moal, cheffe de file du groupe "
     "Saint-Brieuc Autrement.\nLa réponse du maire n'a pas tardé : « Nous avons gelé les taux pendant six "
     "ans. » Il a ajouté que la ville ne renoncerait pas à la rénovation de la piscine municipale.",
     [A("Le maire, Hervé Guyomard", "défendu", "un budget de responsabilité"),
      A("Claire Le Moal, cheffe de file du groupe Saint-Brieuc Autrement", "dénoncé",
        "On nous demande d'approuver une hausse de 4 % de la taxe foncière sans la moindre étude d'impact"),
      A(("maire", 1), ("réponse", 0), "Nous avons gelé les taux pendant six ans", ref="Le maire, Hervé Guyomard",
        t="noun"),
      A("Il", "ajouté", "la ville ne renoncerait pas à la rénovation de la piscine municipale",
        ref="Le maire, Hervé Guyomard")],
     []),
    ("afr02",
     "Procès du chauffard de Vénissieux : cinq ans requis\n\n"
     "Cinq ans de prison dont trois ferme ont été requis mardi devant le tribunal correctionnel de Lyon "
     "contre un automobiliste de 23 ans qui avait percuté un cycliste en juin. Pour le procureur, Julien "
     "Marceau, le prévenu « a fait le choix de fuir plutôt que de porter secours ». L'avocate de la "
     "défense, Me Sandrine Ollier, a plaidé la relaxe pour le délit de fuite. Son client « a paniqué », "
     "selon elle, et n'avait pas vu la victime. Le jugement sera rendu le 14 janvier.",
     [A("le procureur, Julien Marceau", "Pour",
        "le prévenu « a fait le choix de fuir plutôt que de porter secours »", t="according_to"),
      A("L'avocate de la défense, Me Sandrine Ollier", "plaidé", "la relaxe pour le délit de fuite"),
      A("elle", "selon", "Son client « a paniqué », selon elle, et n'avait pas vu la victime",
        ref="L'avocate de la défense, Me Sandrine Ollier", t="according_to")],
     []),
    ("afr03",
     "Soudan : au moins 40 morts dans un bombardement sur un marché (ONG)\n\n"
     "KHARTOUM, 3 déc (AFP) - Au moins 40 civils ont été tués dimanche dans le bombardement d'un marché "
     "au Darfour-Nord, a annoncé une ONG locale, qui accuse l'armée régulière. Selon le Comité de "
     "résistance d'El-Facher, l'attaque aurait été menée par un drone peu avant midi. L'armée n'a pas "
     "confirmé ces informations et n'a pas répondu aux sollicitations de l'AFP. Un médecin de l'hôpital "
     "saoudien d'El-Facher, joint par téléphone, a fait état de « dizaines de blessés graves ». « Nous "
     "manquons de tout, de sang comme de pansements », a-t-il dit sous couvert d'anonymat.",
     [A(("ONG", 0), ("ONG", 0), "au moins 40 morts dans un bombardement sur un marché", t="other"),
      A("une ONG locale", "annoncé",
        "Au moins 40 civils ont été tués dimanche dans le bombardement d'un marché au Darfour-Nord"),
      A("une ONG locale", "accuse", "l'armée régulière"),
      A("le Comité de résistance d'El-Facher", "Selon", "l'attaque aurait été menée par un drone peu avant midi",
        t="according_to", h=True),
      A("L'armée", "confirmé", "ces informations", ref="l'armée régulière", neg=True),
      A("Un médecin de l'hôpital saoudien d'El-Facher", "fait état", "dizaines de blessés graves"),
      A("il", "dit", "Nous manquons de tout, de sang comme de pansements",
        ref="Un médecin de l'hôpital saoudien d'El-Facher")],
     [("aurait été", "conditional")]),
    ("afr04",
     "Football : le Stade Lavallois renverse Rodez\n\n"
     "Menés 1-0 à la pause, les Lavallois se sont imposés 2-1 samedi au stade Le Basser grâce à un doublé "
     "de Kevin Perrot. L'entraîneur Olivier Frapolli ne cachait pas son soulagement en conférence de "
     "presse. « On a manqué de tout en première période. À la mi-temps, j'ai demandé aux joueurs de jouer "
     "simple. » Puis, plus grave : « Ce groupe a du caractère, mais on ne peut pas se permettre de "
     "commencer les matchs comme ça », poursuit-il. Le capitaine rodézien a, lui, regretté un penalty "
     "« généreux » accordé en fin de match.",
     [A("L'entraîneur Olivier Frapolli", ("«", 0),
        "On a manqué de tout en première période. À la mi-temps, j'ai demandé aux joueurs de jouer simple",
        t="other"),
      A("il", "poursuit",
        "Ce groupe a du caractère, mais on ne peut pas se permettre de commencer les matchs comme ça",
        ref="L'entraîneur Olivier Frapolli"),
      A("Le capitaine rodézien", "regretté", "un penalty « généreux » accordé en fin de match")],
     []),
    ("afr05",
     "Grippe : l'épidémie progresse, les urgences sous tension\n\n"
     "L'épidémie de grippe a franchi le seuil épidémique dans neuf régions, a indiqué mercredi Santé "
     "publique France dans son bulletin hebdomadaire. Le nombre de passages aux urgences pour syndrome "
     "grippal a bondi de 35 % en une semaine. Aux yeux du président de Samu-Urgences de France, Marc "
     "Noizet, « le pic n'est pas encore atteint ». Le ministère de la Santé estime pour sa part qu'il est "
     "« trop tôt » pour rétablir le port du masque à l'hôpital. Interrogé sur France Info, le ministre a "
     "appelé les plus de 65 ans à se faire vacciner « sans attendre ».",
     [A("Santé publique France", "indiqué",
        "L'épidémie de grippe a franchi le seuil épidémique dans neuf régions"),
      A("président de Samu-Urgences de France, Marc Noizet", "Aux yeux", "le pic n'est pas encore atteint",
        t="according_to"),
      A("Le ministère de la Santé", "estime",
        "il est « trop tôt » pour rétablir le port du masque à l'hôpital"),
      A("France Info", "Interrogé sur", "se faire vacciner « sans attendre »", t="citing"),
      A("le ministre", "appelé", "se faire vacciner « sans attendre »", par=3)],
     []),
    ("afr06",
     "Fermeture de l'usine Bertrand : les salariés sous le choc\n\n"
     "La direction du groupe Bertrand a confirmé jeudi la fermeture de son site de Revin (Ardennes) d'ici "
     "à juin, qui emploie 180 personnes. Dans un communiqué, elle invoque « une baisse durable des "
     "commandes » et promet un plan de reclassement. Les syndicats contestent ce diagnostic. « Le carnet "
     "de commandes est plein jusqu'en mars, on nous ment », affirme Patrick Dumont, délégué CFE-CGC. Pour "
     "la CGT, la fermeture viserait surtout à délocaliser la production en Roumanie. Le député de la "
     "circonscription a demandé à être reçu par le ministre de l'Industrie.",
     [A("La direction du groupe Bertrand", "confirmé",
        "la fermeture de son site de Revin (Ardennes) d'ici à juin, qui emploie 180 personnes"),
      A("elle", "invoque", "une baisse durable des commandes", ref="La direction du groupe Bertrand"),
      A("Les syndicats", "contestent", "ce diagnostic"),
      A("Patrick Dumont, délégué CFE-CGC", "affirme", "Le carnet de commandes est plein jusqu'en mars, on nous ment"),
      A("la CGT", "Pour", "la fermeture viserait surtout à délocaliser la production en Roumanie",
        t="according_to", h=True),
      A("Le député de la circonscription", "demandé", "être reçu par le ministre de l'Industrie")],
     [("viserait", "conditional")]),
    ("afr07",
     "Collision sur la RN 165 : deux blessés graves\n\n"
     "Deux personnes ont été grièvement blessées dimanche matin dans une collision entre une voiture et un "
     "poids lourd sur la RN 165, à hauteur de Questembert. D'après les pompiers du Morbihan, le conducteur "
     "de la voiture, un homme de 58 ans, a dû être désincarcéré. Sa passagère a été héliportée vers le CHU "
     "de Rennes. Une automobiliste qui suivait le camion dit avoir vu la voiture « se déporter d'un coup ». "
     "« Il n'a même pas freiné. » La gendarmerie a ouvert une enquête ; la vitesse ne serait pas en cause, "
     "selon une source proche de l'enquête.",
     [A("les pompiers du Morbihan", "D'après",
        "le conducteur de la voiture, un homme de 58 ans, a dû être désincarcéré", t="according_to"),
      A("Une automobiliste qui suivait le camion", "dit", "avoir vu la voiture « se déporter d'un coup »"),
      A("Une automobiliste qui suivait le camion", ("«", 1), "Il n'a même pas freiné", t="other"),
      A("une source proche de l'enquête", "selon", "la vitesse ne serait pas en cause", t="according_to", h=True)],
     [("serait", "conditional")]),
    ("afr08",
     "Anne Rivière : « Le vélo doit devenir une évidence »\n\n"
     "Élue en mars à la tête de la métropole, Anne Rivière présente cette semaine son plan vélo. Entretien.\n"
     "Question : Votre plan prévoit 80 km de pistes. Est-ce réaliste ?\n"
     "Anne Rivière : Oui. Le financement est bouclé à 70 % et les premiers chantiers démarrent au printemps.\n"
     "Question : Les commerçants du centre craignent de perdre des clients.\n"
     "Anne Rivière : Je les ai reçus. Les études montrent le contraire : un cycliste revient plus souvent "
     "qu'un automobiliste.",
     [A(("Anne Rivière", 0), (":", 0), "Le vélo doit devenir une évidence", t="other"),
      A(("Anne Rivière", 2), (":", 2),
        "Oui. Le financement est bouclé à 70 % et les premiers chantiers démarrent au printemps", t="other"),
      A(("Anne Rivière", 3), (":", 4),
        "Je les ai reçus. Les études montrent le contraire : un cycliste revient plus souvent qu'un automobiliste",
        t="other"),
      A("Les études", "montrent", "le contraire : un cycliste revient plus souvent qu'un automobiliste", par=2)],
     []),
    ("afr09",
     "Réforme des retraites : le gouvernement ferme la porte à un référendum\n\n"
     "Le Premier ministre a écarté mardi toute idée de référendum sur la réforme des retraites. « Le "
     "Parlement a tranché, il n'y a pas lieu de revenir devant les Français », a-t-il déclaré devant les "
     "députés. La présidente du groupe écologiste, Cyrielle Chatelain, juge « indigne » ce refus. Le "
     "Rassemblement national n'a pas dit s'il déposerait une motion de censure. Quant au Parti socialiste, "
     "il estime avoir « les voix nécessaires » pour une motion référendaire, ce que conteste l'entourage "
     "du président de l'Assemblée.",
     [A("Le Premier ministre", "écarté", "toute idée de référendum sur la réforme des retraites"),
      A(("il", 1), "déclaré", "Le Parlement a tranché, il n'y a pas lieu de revenir devant les Français",
        ref="Le Premier ministre"),
      A("La présidente du groupe écologiste, Cyrielle Chatelain", "juge", "« indigne » ce refus"),
      A("Le Rassemblement national", "dit", "s'il déposerait une motion de censure", neg=True),
      A(("il", 3), "estime", "avoir « les voix nécessaires » pour une motion référendaire", ref="Parti socialiste"),
      A("l'entourage du président de l'Assemblée", "conteste",
        "avoir « les voix nécessaires » pour une motion référendaire")],
     []),
    ("afr10",
     "Escroquerie aux faux placements : six mois après, les victimes attendent\n\n"
     "Les prétendus conseillers en investissement opéraient depuis un centre d'appels à Tel-Aviv, selon "
     "les enquêteurs. Plus de 300 épargnants auraient été dépouillés.\n"
     "Le juge d'instruction parisien chargé du dossier a délivré six mandats d'arrêt internationaux, a "
     "appris Le Parisien de source judiciaire. La supposée gérante de la plateforme, une Française de 41 "
     "ans, aurait quitté Israël pour Dubaï. « On m'a promis 8 % par an, j'ai perdu toutes mes "
     "économies », témoigne Martine, 67 ans, retraitée à Meaux. Son avocat, Me Yves Carrel, dénonce « la "
     "lenteur » de la coopération judiciaire.",
     [A("les enquêteurs", "selon",
        "Les prétendus conseillers en investissement opéraient depuis un centre d'appels à Tel-Aviv",
        t="according_to", h=True),
      A("Le Parisien", "appris",
        "Le juge d'instruction parisien chargé du dossier a délivré six mandats d'arrêt internationaux"),
      A("source judiciaire", "appris",
        "Le juge d'instruction parisien chargé du dossier a délivré six mandats d'arrêt internationaux",
        par=1, t="citing"),
      A("Martine, 67 ans, retraitée à Meaux", "témoigne",
        "On m'a promis 8 % par an, j'ai perdu toutes mes économies"),
      A("Son avocat, Me Yves Carrel", "dénonce", "« la lenteur » de la coopération judiciaire")],
     [("prétendus", "adjective"), ("auraient été", "conditional"), ("supposée", "adjective"),
      ("aurait quitté", "conditional")]),
    ("afr11",
     "Ukraine : Kiev dit avoir abattu 45 drones russes dans la nuit\n\n"
     "L'armée de l'air ukrainienne a affirmé lundi avoir abattu 45 des 62 drones lancés par la Russie dans "
     "la nuit, dont la plupart visaient la région d'Odessa. Un entrepôt de céréales a été touché dans le "
     "port d'Izmaïl, a précisé le gouverneur régional, Oleh Kiper, sur Telegram. Moscou n'a pas commenté. "
     "Le ministère russe de la Défense a de son côté assuré avoir détruit « 27 drones ukrainiens » "
     "au-dessus de la région de Belgorod. Ces bilans n'ont pas pu être vérifiés de source indépendante.",
     [A("Kiev", "dit", "avoir abattu 45 drones russes dans la nuit"),
      A("L'armée de l'air ukrainienne", "affirmé",
        "avoir abattu 45 des 62 drones lancés par la Russie dans la nuit, dont la plupart visaient la région "
        "d'Odessa"),
      A("Telegram", ("sur", 0), "Un entrepôt de céréales a été touché dans le port d'Izmaïl", t="citing"),
      A("le gouverneur régional, Oleh Kiper", "précisé", "Un entrepôt de céréales a été touché dans le port d'Izmaïl",
        par=2),
      A("Le ministère russe de la Défense", "assuré",
        "avoir détruit « 27 drones ukrainiens » au-dessus de la région de Belgorod")],
     []),
    ("afr12",
     "Méthaniseur de Plouvorn : le préfet temporise\n\n"
     "Le projet de méthaniseur porté par la coopérative Triskalia continue de diviser Plouvorn. Lors de la "
     "réunion publique de jeudi, le préfet du Finistère a promis une « expertise indépendante » sur les "
     "odeurs. Ses propos n'ont pas convaincu l'association Air pur, dont le président, Yann Kervella, "
     "évoque « une concertation de façade ». La réponse de la coopérative est arrivée vendredi dans un "
     "courrier aux riverains : le site respectera « les normes les plus strictes d'Europe ». Le conseil "
     "municipal doit se prononcer le 12 février.",
     [A("le préfet du Finistère", "promis", "une « expertise indépendante » sur les odeurs"),
      A("le président, Yann Kervella", "évoque", "une concertation de façade"),
      A(("la coopérative", 1), "réponse", "le site respectera « les normes les plus strictes d'Europe »",
        ref="la coopérative Triskalia", t="noun")],
     []),
    ("afr13",
     "Tennis : Fils éliminé d'entrée à Bercy\n\n"
     "Arthur Fils s'est incliné mercredi au premier tour du Masters 1000 de Paris face à l'Argentin "
     "Francisco Cerundolo (6-4, 7-6). Le Français, diminué par une douleur au dos, a reconnu ne pas avoir "
     "été « à 100 % ». « Je ne veux pas me chercher d'excuses. Il a mieux joué les points importants. » "
     "Pour son entraîneur, Sergi Bruguera, la saison reste « très positive » malgré cette fin en "
     "demi-teinte. Fils devrait déclarer forfait pour la Coupe Davis, selon L'Équipe.",
     [A("Le Français", "reconnu", "ne pas avoir été « à 100 % »", ref="Arthur Fils"),
      A("Le Français", ("«", 1), "Je ne veux pas me chercher d'excuses. Il a mieux joué les points importants",
        ref="Arthur Fils", t="other"),
      A("son entraîneur, Sergi Bruguera", "Pour", "la saison reste « très positive » malgré cette fin en demi-teinte",
        t="according_to"),
      A("L'Équipe", "selon", "Fils devrait déclarer forfait pour la Coupe Davis", t="according_to")],
     []),
    ("afr14",
     "Hôpital de Guingamp : la maternité fermera ses portes en avril\n\n"
     "L'agence régionale de santé (ARS) de Bretagne a confirmé vendredi la fermeture définitive de la "
     "maternité de Guingamp au 1er avril. Elle évoque un manque de pédiatres et d'anesthésistes. Sur le "
     "parvis de l'hôpital, Marie Le Bihan, sage-femme depuis vingt ans, retient ses larmes. « On a tout "
     "essayé. Les femmes du Trégor vont devoir faire une heure de route pour accoucher. » Le maire, "
     "Philippe Le Goff, a annoncé qu'il saisirait le tribunal administratif. Il dénonce « une décision "
     "prise à Rennes, sans aucune concertation ».",
     [A("L'agence régionale de santé (ARS) de Bretagne", "confirmé",
        "la fermeture définitive de la maternité de Guingamp au 1er avril"),
      A("Elle", "évoque", "un manque de pédiatres et d'anesthésistes",
        ref="L'agence régionale de santé (ARS) de Bretagne"),
      A("Marie Le Bihan, sage-femme depuis vingt ans", ("«", 0),
        "On a tout essayé. Les femmes du Trégor vont devoir faire une heure de route pour accoucher", t="other"),
      A("Le maire, Philippe Le Goff", "annoncé", "il saisirait le tribunal administratif"),
      A("Il", "dénonce", "une décision prise à Rennes, sans aucune concertation", ref="Le maire, Philippe Le Goff")],
     []),
    ("afr15",
     "Municipales : à Marseille, Sabine Bernasconi se lance\n\n"
     "Sabine Bernasconi a officialisé samedi sa candidature à la mairie de Marseille devant quelque 800 "
     "sympathisants réunis aux Docks. La sénatrice LR a longuement attaqué le bilan de la majorité "
     "sortante.\n« Cette ville mérite mieux que des promesses. Les écoles tombent en ruine, la propreté "
     "recule, les Marseillais n'en peuvent plus.\n« Je ne serai pas la candidate d'un parti, mais celle de "
     "tous ceux qui veulent que ça change. »\nL'entourage du maire sortant, Benoît Payan, n'a pas souhaité "
     "réagir.",
     [A("La sénatrice LR", "attaqué", "le bilan de la majorité sortante", ref="Sabine Bernasconi"),
      A("La sénatrice LR", ("«", 0),
        "Cette ville mérite mieux que des promesses. Les écoles tombent en ruine, la propreté recule, les "
        "Marseillais n'en peuvent plus", ref="Sabine Bernasconi", t="other"),
      A("La sénatrice LR", ("«", 1),
        "Je ne serai pas la candidate d'un parti, mais celle de tous ceux qui veulent que ça change",
        ref="Sabine Bernasconi", t="other")],
     []),
    ("afr16",
     "Rachat de Casino : Kretinsky reste discret\n\n"
     "Le milliardaire tchèque Daniel Kretinsky n'a pas démenti lundi les informations des Échos selon "
     "lesquelles il préparerait une nouvelle offre sur les magasins de proximité du groupe. Son entourage "
     "se borne à indiquer que « toutes les options sont étudiées ». Aux yeux des analystes de Bryan "
     "Garnier, une telle opération « n'aurait de sens qu'avec une forte décote ». Les syndicats, eux, "
     "réclament des garanties sur l'emploi. La direction de Casino n'a pas souhaité faire de commentaire.",
     [A("Échos", "informations", "il préparerait une nouvelle offre sur les magasins de proximité du groupe",
        t="noun", h=True),
      A("Le milliardaire tchèque Daniel Kretinsky", "démenti",
        "les informations des Échos selon lesquelles il préparerait une nouvelle offre sur les magasins de "
        "proximité du groupe", neg=True),
      A("Son entourage", "indiquer", "toutes les options sont étudiées"),
      A("analystes de Bryan Garnier", "Aux yeux", "une telle opération « n'aurait de sens qu'avec une forte décote »",
        t="according_to"),
      A("Les syndicats", "réclament", "des garanties sur l'emploi")],
     [("préparerait", "conditional")]),
    ("afr17",
     "Inde : un bus tombe dans un ravin, au moins 22 morts\n\n"
     "Au moins 22 personnes ont péri dimanche lorsqu'un bus a chuté dans un ravin dans l'État himalayen de "
     "l'Uttarakhand, ont annoncé les autorités locales. Le véhicule, qui transportait des pèlerins, aurait "
     "manqué un virage sur une route détrempée par la mousson, selon des médias locaux. « Les secours ont "
     "dû descendre à la corde sur près de 200 mètres », a déclaré à l'agence PTI un responsable de la "
     "police du district. Le Premier ministre Narendra Modi a dit sur X être « profondément attristé ».",
     [A("les autorités locales", "annoncé",
        "Au moins 22 personnes ont péri dimanche lorsqu'un bus a chuté dans un ravin dans l'État himalayen de "
        "l'Uttarakhand"),
      A("des médias locaux", "selon",
        "Le véhicule, qui transportait des pèlerins, aurait manqué un virage sur une route détrempée par la mousson",
        t="according_to", h=True),
      A("l'agence PTI", "déclaré à", "Les secours ont dû descendre à la corde sur près de 200 mètres", t="citing"),
      A("un responsable de la police du district", "déclaré",
        "Les secours ont dû descendre à la corde sur près de 200 mètres", par=2),
      A("X", ("sur", 2), "être « profondément attristé »", t="citing"),
      A("Le Premier ministre Narendra Modi", "dit", "être « profondément attristé »", par=4)],
     [("aurait manqué", "conditional")]),
    ("afr18",
     "Meurtre de Landerneau : l'accusé condamné à vingt ans\n\n"
     "La cour d'assises du Finistère a condamné vendredi Stéphane L., 46 ans, à vingt ans de réclusion "
     "criminelle pour le meurtre de son ancienne compagne. L'avocate générale avait requis trente ans. "
     "Pendant les trois jours d'audience, l'accusé a maintenu qu'il n'avait « jamais voulu la tuer ». La "
     "sœur de la victime s'est dite « soulagée » à la sortie de la salle. « Elle a enfin été reconnue comme "
     "victime », a-t-elle confié, en larmes. Son avocat a indiqué qu'il ne ferait pas appel.",
     [A("L'avocate générale", "requis", "trente ans"),
      A(("l'accusé", 1), "maintenu", "il n'avait « jamais voulu la tuer »", ref="Stéphane L., 46 ans"),
      A("La sœur de la victime", "dite", "soulagée"),
      A("elle", "confié", "Elle a enfin été reconnue comme victime", ref="La sœur de la victime"),
      A("Son avocat", "indiqué", "il ne ferait pas appel")],
     []),
    ("afr19",
     "Climat : l'ONU alerte sur un réchauffement de 2,8 °C\n\n"
     "La planète se dirige vers un réchauffement de 2,8 °C d'ici à la fin du siècle, selon un rapport du "
     "Programme des Nations unies pour l'environnement (PNUE) publié mardi. Les engagements actuels des "
     "États « ne suffisent pas », insiste le document. Son directeur exécutif, Inger Andersen, a appelé les "
     "pays du G20 à « doubler leurs efforts » avant la COP. Plusieurs ONG jugent le texte trop prudent. "
     "Greenpeace regrette notamment l'absence de toute mention des énergies fossiles.",
     [A("Programme des Nations unies pour l'environnement (PNUE)", "rapport",
        "La planète se dirige vers un réchauffement de 2,8 °C d'ici à la fin du siècle", t="noun"),
      A("un rapport", "selon", "La planète se dirige vers un réchauffement de 2,8 °C d'ici à la fin du siècle",
        par=0, t="according_to"),
      A("le document", "insiste", "Les engagements actuels des États « ne suffisent pas »", ref="un rapport"),
      A("Son directeur exécutif, Inger Andersen", "appelé", "« doubler leurs efforts » avant la COP"),
      A("Plusieurs ONG", "jugent", "le texte trop prudent"),
      A("Greenpeace", "regrette", "l'absence de toute mention des énergies fossiles")],
     []),
    ("afr20",
     "« Sans la pluie, on aurait tout perdu » : un viticulteur raconte la saison\n\n"
     "Jean-Marc Fabre cultive 25 hectares de vignes à Gaillac. Il revient sur une année difficile.\n"
     "La Dépêche : Comment s'est passée la vendange ?\n"
     "Jean-Marc Fabre : Le gel d'avril a détruit un tiers de la récolte. Heureusement, les pluies de juin ont "
     "sauvé le reste.\n"
     "La Dépêche : Les prix vont-ils augmenter ?\n"
     "Jean-Marc Fabre : Forcément. Mes coûts ont bondi de 20 % en deux ans, je ne peux pas tout absorber.",
     [A("un viticulteur", (":", 0), "Sans la pluie, on aurait tout perdu", t="other"),
      A(("Jean-Marc Fabre", 1), (":", 2),
        "Le gel d'avril a détruit un tiers de la récolte. Heureusement, les pluies de juin ont sauvé le reste",
        t="other"),
      A(("Jean-Marc Fabre", 2), (":", 4),
        "Forcément. Mes coûts ont bondi de 20 % en deux ans, je ne peux pas tout absorber", t="other")],
     []),
    ("afr21",
     "Grenoble : la ZFE divise les artisans\n\n"
     "Depuis le 1er janvier, les véhicules Crit'Air 3 sont interdits dans la zone à faibles émissions de "
     "Grenoble. Thierry Gaillard, plombier à Échirolles, a dû racheter une camionnette. « 28 000 euros, à "
     "crédit. Pour moi, c'est une taxe sur ceux qui travaillent. » Il hausse les épaules. « Et les gros "
     "camions de livraison, eux, ont des dérogations », poursuit-il. La Métropole assure que 1 400 aides à "
     "l'achat ont déjà été versées.",
     [A("Thierry Gaillard, plombier à Échirolles", ("«", 0),
        "28 000 euros, à crédit. Pour moi, c'est une taxe sur ceux qui travaillent", t="other"),
      A("il", "poursuit", "Et les gros camions de livraison, eux, ont des dérogations",
        ref="Thierry Gaillard, plombier à Échirolles"),
      A("La Métropole", "assure", "1 400 aides à l'achat ont déjà été versées")],
     []),
    ("afr22",
     "Vapotage : une étude relance le débat\n\n"
     "Le vapotage aiderait davantage à arrêter de fumer que les substituts nicotiniques, selon une étude "
     "publiée jeudi dans la revue The Lancet. Ses auteurs, des chercheurs de l'université de Bristol, ne "
     "disent pas pour autant que la cigarette électronique est sans risque. La supposée innocuité des "
     "arômes reste très discutée, rappelle le Pr Bertrand Dautzenberg, pneumologue. L'Académie de "
     "médecine, elle, juge prématuré de recommander le vapotage aux fumeurs.",
     [A("une étude publiée jeudi dans la revue The Lancet", "selon",
        "Le vapotage aiderait davantage à arrêter de fumer que les substituts nicotiniques", t="according_to", h=True),
      A("Ses auteurs, des chercheurs de l'université de Bristol", "disent",
        "la cigarette électronique est sans risque", neg=True),
      A("le Pr Bertrand Dautzenberg, pneumologue", "rappelle", "La supposée innocuité des arômes reste très discutée",
        h=True),
      A("L'Académie de médecine", "juge", "prématuré de recommander le vapotage aux fumeurs")],
     [("aiderait", "conditional"), ("supposée", "adjective")]),
    ("afr23",
     "Cambriolages en série à Pontivy : deux suspects interpellés\n\n"
     "« On les surveillait depuis trois semaines. » Le commandant de la compagnie de gendarmerie de Pontivy, "
     "Loïc Hamon, ne boude pas sa satisfaction après l'interpellation, mardi, de deux frères de 19 et 22 ans. "
     "Ils sont soupçonnés d'une quinzaine de cambriolages dans des résidences secondaires. Lors de la "
     "perquisition, les enquêteurs ont retrouvé des bijoux et trois ordinateurs portables. Les deux hommes "
     "ont reconnu une partie des faits, a indiqué le parquet de Lorient. Pour les habitants du quartier de "
     "Kerjalaune, c'est un soulagement.",
     [A("Le commandant de la compagnie de gendarmerie de Pontivy, Loïc Hamon", ("«", 0),
        "On les surveillait depuis trois semaines", t="other"),
      A("Les deux hommes", "reconnu", "une partie des faits", par=2),
      A("le parquet de Lorient", "indiqué", "Les deux hommes ont reconnu une partie des faits"),
      A("les habitants du quartier de Kerjalaune", "Pour", "c'est un soulagement", t="according_to")],
     []),
    ("afr24",
     "Venezuela : Caracas accuse Washington de préparer une « agression »\n\n"
     "Le gouvernement vénézuélien a accusé mercredi les États-Unis de préparer une « agression militaire » "
     "contre le pays. Le ministre des Affaires étrangères, Yván Gil, affirme sans preuve que des mercenaires "
     "auraient été recrutés en Colombie. Un porte-parole du département d'État a qualifié ces accusations de "
     "« ridicules » dans une déclaration à Reuters. Apparemment, plusieurs vols commerciaux entre Caracas et "
     "Miami ont été suspendus jeudi. Les autorités colombiennes n'ont pas réagi.",
     [A(("Caracas", 0), "accuse", "préparer une « agression »"),
      A("Le gouvernement vénézuélien", "accusé", "préparer une « agression militaire » contre le pays"),
      A("Le ministre des Affaires étrangères, Yván Gil", "affirme",
        "des mercenaires auraient été recrutés en Colombie", h=True),
      A("Reuters", "déclaration", "ridicules", t="citing"),
      A("Un porte-parole du département d'État", "qualifié", "ridicules", par=3)],
     [("sans preuve", "other"), ("auraient été", "conditional"), ("Apparemment", "adverb")]),
]


def _find(text: str, spec, doc_id: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    s, n = (spec, None) if isinstance(spec, str) else spec
    left = r"(?<!\w)" if s[:1].isalnum() else ""
    right = r"(?!\w)" if s[-1:].isalnum() else ""
    hits = [m.start() for m in re.finditer(left + re.escape(s) + right, text)]
    if n is None:
        if len(hits) != 1:
            raise ValueError(f"{doc_id}: {s!r} occurs {len(hits)} times; give (text, n)")
        n = 0
    start = hits[n]
    return {"start": start, "end": start + len(s), "text": s}


def _quote(content: str, text: str, span: dict) -> str:  # type: ignore[type-arg]
    before, after = text[:span["start"]].rstrip(), text[span["end"]:].lstrip()
    if "«" not in content and "»" not in content and before.endswith("«") and after.startswith("»"):
        return "direct"
    if "«" not in content and before.endswith("«"):
        return "direct"
    return "mixed" if "«" in content else "indirect"


def build() -> list[dict]:  # type: ignore[type-arg]
    out = []
    for doc_id, text, attrs, hedges in DOCS:
        recs = []
        for i, a in enumerate(attrs):
            content = _find(text, a["content"], doc_id)
            recs.append({
                "id": f"a{i + 1}",
                "source": _find(text, a["src"], doc_id) if a["src"] is not None else None,
                "source_ref": a["ref"],
                "cue": _find(text, a["cue"], doc_id),
                "content": content,
                "parent": f"a{a['par'] + 1}" if a["par"] is not None else None,
                "cue_type": a["t"],
                "quote": _quote(content["text"], text, content),
                "hedged": a["h"],
                "negated": a["neg"],
            })
        num = int(doc_id[3:])
        out.append({"id": doc_id, "lang": "fr", "published": "2026-12-01", "title": text.split("\n")[0],
                    "url": None, "license": "CC0 (written for selon)", "split": "tune" if num % 2 else "heldout",
                    "text": text, "attributions": recs,
                    "hedges": [{"marker": _find(text, m, doc_id), "kind": k} for m, k in hedges]})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("attr-fr-own.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for d in build():
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
