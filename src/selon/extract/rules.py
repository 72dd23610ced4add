"""The attribution rules, one named entry per construction.

A newcomer's map of ``attributions.py``: each rule names the construction it
reads, the method that implements it, the word lists it uses (data files in
``nlp/lang/data/``) and examples written for selon — each example is checked
by ``tests/extract/test_rules.py`` (the cue and the source it must give).
Adding a construction: write its examples here first, then the method.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    cue: str
    source: str | None
    content: str  # a substring the content must contain


@dataclass(frozen=True)
class Rule:
    name: str
    construction: str
    method: str  # in attributions.py (or polarity.py)
    data: tuple[str, ...]
    examples: tuple[Example, ...]


RULES: tuple[Rule, ...] = (
    Rule("reporting-verb", "a reporting verb with a que/that clause, an infinitive or an object",
         "_Extractor._verb / _right_content", ("{lang}_reporting_verbs.txt", "en_cue_model.npz"), (
             Example("fr", "La mairie a annoncé que la piscine rouvrirait en juin.", "annoncé", "La mairie",
                     "la piscine rouvrirait"),
             Example("en", "The coach said that the team was tired.", "said", "The coach", "the team was tired"),
         )),
    Rule("verb-tagged-noun", "a reporting form the tagger reads as a noun or a modifier, in a verb's place (after "
         "the subject's noun, no determiner): X juge nécessaire de …, X juge la sanction excessive; a reporting "
         "form after a determiner is a noun (dans un communiqué)", "_Extractor._verb_tagged_noun / _right_content",
         ("fr_reporting_verbs.txt",), (
             Example("fr", "Le recteur juge nécessaire de réduire les effectifs des classes.", "juge", "Le recteur",
                     "réduire les effectifs"),
         )),
    Rule("incise", "a cue after its claim: « … », a-t-il dit / …, the source added",
         "_Extractor._is_incise / _left_contents", ("{lang}_reporting_verbs.txt",), (
             Example("fr", "« Le pont tiendra », a assuré l'ingénieure.", "assuré", "l'ingénieure",
                     "Le pont tiendra"),
             Example("en", "\"The bridge will hold,\" the engineer said.", "said", "the engineer",
                     "The bridge will hold"),
             # A noun in the quote read as a second subject: the nearer one is the source.
             Example("en", "“My answer, that was bad,” the former mayor said on Monday.", "said",
                     "the former mayor", "My answer, that was bad"),
         )),
    Rule("pronominal-incise", "a pronominal verb in an incise: « … », se réjouit X / s'agace-t-il",
         "_Extractor._verb_start / _is_incise", ("fr_reporting_verbs.txt",), (
             Example("fr", "« C'est un beau succès pour le quartier », se réjouit Paul Durand.", "réjouit",
                     "Paul Durand", "C'est un beau succès"),
         )),
    Rule("pronominal-only-cue", "a verb listed only with its reflexive clitic (s'inquiéter, s'emporter) reports "
         "only with it: « … », s'emporte X; cela inquiète les habitants is no claim",
         "_Extractor._reflexive / LangData.pronominal_only", ("fr_reporting_verbs.txt",), (
             Example("fr", "« Personne ne nous écoute », s'emporte la présidente du club.", "emporte",
                     "la présidente du club", "Personne ne nous écoute"),
         )),
    Rule("hedge-not-conditional", "a conditional is no hedge when it is the future-in-the-past of reported speech "
         "(a dit qu'il viendrait; il ne viendrait pas, a-t-il dit; a promis que le stade, qui aurait dix mille "
         "places, serait prêt), a real condition (si, au cas où, même dans le cas où: {lang}_hedges.txt "
         "condition) or a hypothetical relative on an indefinite noun (une solution qui satisferait tout le monde)",
         "hedges._under_past_verb / _before_past_incise / _has_si_clause / _hypothetical_relative",
         ("{lang}_hedges.txt",), ()),
    Rule("multiword-cue", "a verb + noun cue: faire savoir, faire état de; English made it clear that, took "
         "issue with (a cue whatever the cue model says of make, take)",
         "_Extractor._verb / _multiword", ("{lang}_multiword_cues.txt",), (
             Example("fr", "Le club a fait savoir qu'il vendrait son stade.", "fait savoir", "Le club",
                     "vendrait son stade"),
             Example("en", "The mayor made it clear that the pool would stay shut.", "made it clear", "The mayor",
                     "the pool would stay shut"),
             Example("en", "The coach took issue with the new schedule.", "took issue", "The coach",
                     "the new schedule"),
         )),
    Rule("according-to", "Selon X, … / D'après X / Aux yeux de X / According to X",
         "_Extractor._according_to / _according_phrase", ("{lang}_according_to.txt", "fr_selon_not_sources.txt"), (
             Example("fr", "Selon la préfecture, deux routes sont coupées.", "Selon", "la préfecture",
                     "deux routes sont coupées"),
             Example("fr", "Aux yeux du syndicat, la réforme est injuste.", "Aux yeux du", "syndicat",
                     "la réforme est injuste"),
             Example("en", "According to the police, two roads are closed.", "According to", "the police",
                     "two roads are closed"),
             # A source noun the parser reads as an infinitive after "to" (show); its words are no cues.
             Example("en", "The mayor often mocked young players, according to show insiders.", "according to",
                     "show insiders", "The mayor often mocked young players"),
         )),
    Rule("document-author", "a document with its author as source: Selon un rapport de X / D'après une étude "
         "publiée par X / according to a report by X / Un rapport de X affirme que: the author is the parent "
         "attribution (cue: the document noun)", "_Extractor._document_author", ("{lang}_attribution_words.txt",), (
             Example("fr", "Selon une note du syndicat des pilotes, trois vols seront annulés.", "Selon",
                     "une note du syndicat des pilotes", "trois vols seront annulés"),
             Example("fr", "D'après une étude publiée par l'observatoire régional, les loyers ont doublé.",
                     "D'après", "une étude publiée par l'observatoire régional", "les loyers ont doublé"),
             # A time word between the participle and its agent (_participle_by).
             Example("fr", "D'après les chiffres publiés mardi par la caisse d'allocations, les dossiers ont augmenté.",
                     "D'après", "les chiffres publiés mardi par la caisse d'allocations", "les dossiers ont augmenté"),
             Example("en", "According to a report by the city auditor, the tram cost twice the estimate.",
                     "According to", "a report by the city auditor", "the tram cost twice"),
             Example("fr", "Un audit du cabinet Mazars affirme que la régie a perdu deux millions.", "affirme",
                     "Un audit du cabinet Mazars", "la régie a perdu"),
             Example("en", "A study by the state university found that the river was cleaner.", "found",
                     "A study by the state university", "the river was cleaner"),
             # Possessive form: the owner is the author (tests/extract/test_attributions_en.py).
             Example("en", "According to the city auditor's report, the tram cost twice the estimate.",
                     "According to", "the city auditor's report", "the tram cost twice"),
         )),
    Rule("pour-x", "sentence-initial Pour X, … on a person or organisation",
         "_Extractor._pour", ("fr_person_nouns.txt",), (
             Example("fr", "Pour la directrice, ce budget est insuffisant.", "Pour", "la directrice",
                     "ce budget est insuffisant"),
             # An apposition after the name is the source's (_apposition_after).
             Example("fr", "Pour Paul Roy, président du club, le stade doit être rénové.", "Pour",
                     "Paul Roy, président du club", "le stade doit être rénové"),
         )),
    Rule("citing", "Citant X, … / Interrogé par X, … (a citing parent)",
         "_Extractor._citing / _attach_citing", ("fr_citing.txt", "fr_not_channels.txt"), (
             Example("fr", "Citant un rapport interne, le journal affirme que l'usine fermera.", "Citant",
                     "un rapport interne", "l'usine fermera"),
             # "par nos soins", "par téléphone" name the reporter or a means (fr_not_channels.txt).
             Example("fr", "Contacté par téléphone, le directeur assure que l'usine restera ouverte.", "assure",
                     "le directeur", "l'usine restera ouverte"),
             # An irregular participle (irregular_citing_participle): joint par X.
             Example("fr", "Joint par Le Télégramme, le skipper affirme que le bateau a chaviré de nuit.", "Joint par",
                     "Le Télégramme", "le bateau a chaviré"),
         )),
    Rule("noun-relative", "a cue noun with selon lequel: les affirmations de X selon lesquelles …",
         "_Extractor._noun_relative", ("{lang}_cue_nouns.txt",), (
             Example("fr", "Il rejette les accusations de l'opposition selon lesquelles le scrutin était truqué.",
                     "accusations", "l'opposition", "le scrutin était truqué"),
         )),
    Rule("channel", "the outlet a speaker talks to is a parent: a déclaré à l'AFP / told NBC",
         "_Extractor._channel / _channel_en", ("{lang}_media_nouns.txt", "data/kb/media.yaml"), (
             Example("fr", "Le maire a déclaré à l'AFP que la digue avait cédé.", "déclaré", "Le maire",
                     "la digue avait cédé"),
             Example("en", "The senator told NBC that the bill was dead.", "told", "The senator",
                     "the bill was dead"),
             # The outlet ends where a person's name starts (_media_np).
             Example("fr", "« Le bassin rouvrira en juin », a annoncé sur France Bleu Marc Dubois.", "annoncé",
                     "Marc Dubois", "Le bassin rouvrira en juin"),
         )),
    Rule("passive-agent", "a passive cue with its agent: une explosion démentie par EDF",
         "_Extractor._passive", ("{lang}_reporting_verbs.txt",), (
             Example("fr", "La fermeture a été annoncée par le rectorat.", "annoncée", "le rectorat",
                     "La fermeture"),
         )),
    Rule("speaker-colon", "a name (with its apposition: Jean Dupont, maire de Brest :) and a colon: interviews, "
         "transcripts, headlines (never a page label: Source:, Topic:; never a one-word French topic with no quote "
         "after it: Budget : le maire promet …; "
         "never an English headline 'Title: subtitle', where the words before the colon are several, none a "
         "named person or organisation, or open with an article; never a table row with no words: Jane Roe: 1,204)",
         "_Extractor._speaker_colon", ("{lang}_colon_labels.txt",), (
             Example("fr", "Jean Martin : « Nous avons gagné grâce au public. »", ":", "Jean Martin",
                     "Nous avons gagné"),
             Example("en", "SMITH: We have to fix the roads first.", ":", "SMITH", "We have to fix the roads"),
             # A name with its apposition, in a headline (_name_apposition_colon).
             Example("fr", "Jean Dupont, maire de Brest : « Le port doit rester public »", ":",
                     "Jean Dupont, maire de Brest", "Le port doit rester public"),
             # An interview in Name : lines; the interviewer (a newspaper) is no person.
             Example("fr", "La Gazette : Votez-vous le budget ?\nMarc Petit : Non, il est trop cher.", ":",
                     "Marc Petit", "il est trop cher"),
         )),
    Rule("parenthetical-cue", "a cue that cuts its claim in two: To fix it, he said, the city needs money",
         "_Extractor._parenthetical", (), (
             Example("en", "The museum, the director said, would open in June despite the delays.", "said",
                     "the director", "would open in June"),
         )),
    Rule("dash-signature", "a quote or line signed with a dash: “…” — Name",
         "_Extractor._dash_signatures", (), (
             Example("en", "“We will be back next year.” — Maria Lopez", "—", "Maria Lopez",
                     "We will be back next year"),
         )),
    Rule("quote-without-cue", "a sentence that is only a quote takes the speaker nearby (or the person subject "
         "of the sentence before)", "_Extractor._orphan_quotes / _previous_subject", (), (
             Example("fr", "La directrice a détaillé les travaux. « Le chantier durera deux ans. »", "«",
                     "La directrice", "Le chantier durera deux ans"),
         )),
    Rule("quote-before-speaker", "a quote opening its paragraph with no cue, its speaker the person subject of the "
         "sentence right after it: « … » Jeanne Roux, maire du village, a reçu …", "_Extractor._next_subject", (), (
             Example("fr", "« Nous ne fermerons jamais cette école. » Paul Mercier, maire du village, a reçu les "
                     "parents mardi soir.", "«", "Paul Mercier, maire du village", "Nous ne fermerons jamais"),
         )),
    Rule("interview-quoted", "an interview with no Q/R markers: question lines (with a ?) each followed by a quoted "
         "answer, possibly over several paragraphs; every answer paragraph is the interviewee's (the first person "
         "named before the first question); needs two question-answer pairs",
         "_Extractor._interview_quoted_answers", (), (
             Example("fr", "Nous avons rencontré la navigatrice Claire Morin.\nLe Journal : Comment s'est passée la "
                     "course ?\n« Très bien, malgré une mer agitée au départ. »\nAllez-vous repartir l'an prochain ?\n"
                     "« Oui, le bateau est déjà en préparation. »", "«", "Claire Morin",
                     "le bateau est déjà en préparation"),
         )),
    Rule("interview-unmarked", "an interview with no labels and no quote marks: question paragraphs (ending with "
         "?) each followed by answer paragraphs; every answer paragraph is the interviewee's (the first person named "
         "before the first question, not in a byline); needs two pairs, a question addressing someone (vous) and two "
         "answers in the first person; after the last question only first-person paragraphs count",
         "_Extractor._interview_unmarked", ("fr_attribution_words.txt",), (
             Example("fr", "La potière Anne Vidal expose à la médiathèque.\nComment avez-vous commencé ?\n"
                     "J'ai suivi un stage à Vallauris il y a vingt ans.\nQue montrez-vous cette fois ?\n"
                     "Nous avons choisi des bols cuits au bois.\nLa mairie prête la salle.", "N", "Anne Vidal",
                     "des bols cuits au bois"),
         )),
    Rule("interview-answer-run", "in a Name : answer interview, an answer that goes on over the next paragraphs "
         "(no label, question or quote mark at their start) is the same speaker's, paragraph by paragraph, up to "
         "the next labelled or question line; only for an answer right after a question line (the name may be one "
         "the tagger does not know as a person)", "_Extractor._colon_answer_runs / _after_question",
         ("fr_attribution_words.txt",), (
             Example("fr", "Le Courrier : Pourquoi quitter la présidence ?\nOdile Marchand’t : Je veux du temps "
                     "pour ma famille.\nNous avons aussi trouvé une relève solide au club.\nLe Courrier : Et "
                     "après ?\nOdile Marchand’t : Je resterai bénévole.", ":", "Odile Marchand’t",
                     "trouvé une relève solide"),
         )),
    Rule("quote-speaker-after", "a quote inside a paragraph with no cue and no speaker before it in the paragraph "
         "(no claim, no person subject in the sentence before) takes the person subject of the sentence right "
         "after it: … minuit. « … » Karim Benali, voisin, a donné l'alerte", "_Extractor._orphan_quotes / "
         "_next_subject", (), (
             Example("fr", "Le feu a pris vers minuit dans la cage d'escalier. « On a d'abord cru à un feu de "
                     "poubelle. » Karim Benali, voisin de l'immeuble, a donné l'alerte.", "«",
                     "Karim Benali, voisin de l'immeuble", "On a d'abord cru"),
         )),
    Rule("incise-after-channel", "an incise whose inverted subject comes after a time word and the outlet it "
         "spoke to, which the parser hangs on the outlet: …, a indiqué à l'AFP la préfecture / a précisé mercredi "
         "au Télégramme le directeur", "_Extractor._subject_after_channel", ("fr_attribution_words.txt",), (
             Example("fr", "Quelque 300 bénévoles seront mobilisés samedi, a indiqué à l'AFP la préfecture, contre "
                     "120 l'an dernier.", "indiqué", "la préfecture", "300 bénévoles seront mobilisés"),
             Example("fr", "La route restera fermée jusqu'à lundi, a précisé mercredi au Télégramme le directeur "
                     "des routes.", "précisé", "le directeur des routes", "La route restera fermée"),
         )),
    Rule("quote-paragraph-run", "a quote over several paragraphs, each reopened with « and closed only at the "
         "last: each paragraph is a quote of the same speaker", "quotes.find_quotes / _orphan_quotes", (), (
             Example("fr", "Le maire a détaillé son projet.\n« Nous rénoverons l'école cet été.\n"
                     "« Puis viendra la salle des fêtes, en deux ans. »", "«", "Le maire",
                     "Puis viendra la salle des fêtes"),
         )),
    Rule("interview-qa", "an interview laid out in Question :/Q : and Réponse :/R :/A: lines: each answer line "
         "is the interviewee's (the last Name : line before it, else the first person named before the first "
         "question)", "_Extractor._interview", ("{lang}_colon_labels.txt",), (
             Example("fr", "Le chef Paul Girard ouvre un restaurant à Lyon.\nQuestion : Pourquoi Lyon ?\n"
                     "Réponse : Parce que les produits du marché y sont excellents.", "Réponse", "Paul Girard",
                     "les produits du marché"),
             Example("en", "Five questions for coach Laura Kent\nQ: Are you ready for the final?\n"
                     "A: We trained hard all week and the squad is fit.", "A", "Laura Kent",
                     "the squad is fit"),
         )),
    Rule("apposition-read-as-verb", "French: a name and its apposition before the cue, where the parser reads the "
         "apposition's noun as a finite verb (Jean Dufour, figure du mouvement, accuse …: figure as a verb) or hangs "
         "the cue on the name as a clause (Anne Morel, pilote de ligne, raconte que …): the name (with its apposition "
         "when that is parsed as a noun) is the source, not an incise", "_Extractor._apposition_verb / _verb_source_raw", (), (
             Example("fr", "Jean Dufour, figure du mouvement, accuse le gouvernement de mépris.", "accuse",
                     "Jean Dufour", "le gouvernement de mépris"),
             Example("fr", "Anne Morel, pilote de ligne, raconte que le vol a été dérouté.", "raconte",
                     "Anne Morel, pilote de ligne", "le vol a été dérouté"),
         )),
    Rule("written-incise", "French: an incise verb after a quotation and a comma that the tagger reads as a noun "
         "or an adjective (« … », souffle X / s'indigne X / peste-t-elle), read from its written form (a form of "
         "fr_reporting_verbs.txt; é → è and -eler → -elle forms generated: s'inquiète, rappelle); the source is the "
         "clitic or the name after it with its apposition, cut before a relative pronoun", "_Extractor._written_incises",
         ("fr_reporting_verbs.txt",), (
             Example("fr", "La poste du village fermera en mai. « On va devoir faire vingt kilomètres », souffle "
                     "Odile Tanguy, retraitée.", "souffle", "Odile Tanguy, retraitée", "On va devoir faire vingt kilomètres"),
             Example("fr", "Le conseil a voté sans débat. « Personne ne nous a prévenus », peste l’élue qui siège "
                     "dans l’opposition.", "peste", "l’élue", "Personne ne nous a prévenus"),
             # an irregular form (fr_attribution_words.txt incise_form) and its clitic subject
             Example("fr", "Le car ne passe plus. \"On nous a oubliés\", se plaint-il.", "plaint", "il",
                     "On nous a oubliés"),
         )),
    Rule("call-for-noun", "French: a call whose object is the noun after à (fr_attribution_words.txt call_for: "
         "appeler, exhorter): La CGT appelle à la grève; not a person or a body called",
         "_Extractor._right_content", ("fr_attribution_words.txt",), (
             Example("fr", "Le syndicat appelle à une grève reconductible dès lundi.", "appelle", "Le syndicat",
                     "une grève reconductible"),
         )),
    Rule("noun-colon", "a cue noun, a colon and a quote: La réponse du ministre est tombée : « … »",
         "_Extractor._noun_colon", ("fr_cue_nouns.txt",), (
             Example("fr", "Le message de la préfecture est clair : « Restez chez vous ce soir. »", "message",
                     "la préfecture", "Restez chez vous"),
             # a bare reply noun opening the sentence (fr_cue_nouns.txt: réplique, riposte)
             Example("fr", "Le ton est monté au conseil. Réplique de l'adjointe Léa Morvan : « Ces chiffres sont "
                     "faux. »", "Réplique", "l'adjointe Léa Morvan", "Ces chiffres sont faux"),
         )),
    Rule("present-read-as-participle", "French: a present form that is also a past participle (dit, écrit) "
         "right after its subject, with an infinitive or a que-clause: a cue, not the adjective of un homme dit X",
         "_Extractor._present_read_as_participle / _not_a_cue", (), (
             Example("fr", "Une riveraine dit avoir vu deux hommes s'enfuir en scooter.", "dit", "Une riveraine",
                     "avoir vu deux hommes"),
         )),
    Rule("aux-split-participle", "French: a participle cut from its auxiliary by a short phrase (a de son côté "
         "assuré, a, pour sa part, indiqué) that the parser hangs elsewhere: a cue, its subject the auxiliary's",
         "_Extractor._split_from_aux / _not_a_cue / _verb_source_raw", ("fr_attribution_words.txt",), (
             Example("fr", "Le syndicat a de son côté assuré avoir transmis toutes les pièces au juge.", "assuré",
                     "Le syndicat", "transmis toutes les pièces"),
             Example("fr", "La préfecture a quant à elle affirmé que le site était sûr.", "affirmé",
                     "La préfecture", "le site était sûr"),
             Example("fr", "L'armée a affirmé avoir repoussé l'assaut. Le ministère russe de la Défense a de son côté "
                     "assuré avoir détruit « 12 chars » près de Koupiansk.", "assuré",
                     "Le ministère russe de la Défense", "avoir détruit"),
         )),
    Rule("quote-before-role-speaker", "French: a quote opening its paragraph with no cue, its speaker a role with a "
         "name (fr_person_nouns.txt) as subject of the words right after it, also when the parser makes one sentence "
         "of both: « … » La présidente de l'association, Sophie Martin, ne cache pas sa joie; a role subject of the "
         "sentence before a quote is a speaker (La sénatrice a critiqué … « … »)",
         "_Extractor._next_subject / _role_with_name / _previous_subject", ("fr_person_nouns.txt",), (
             Example("fr", "« Nous attendions ce jugement depuis six ans. » La présidente du collectif des "
                     "locataires, Nadia Ferhat, ne cache pas son émotion.", "«",
                     "La présidente du collectif des locataires, Nadia Ferhat", "Nous attendions ce jugement"),
             Example("fr", "Le conseil a voté la fusion des deux écoles. La conseillère Irène Baud a longuement "
                     "regardé la salle. « Ce vote est une erreur. Personne n'a lu le rapport. »", "«",
                     "La conseillère Irène Baud", "Ce vote est une erreur"),
         )),
    Rule("quoted-adjective-stance", "French: a stance form (juge, estime) that the tagger reads as a noun, right "
         "before a quoted adjective and its object, in a sentence with no finite verb: X juge « indigne » ce refus",
         "_Extractor._verb_tagged_noun", ("fr_reporting_verbs.txt",), (
             Example("fr", "Le président du club juge « scandaleux » l'arbitrage de dimanche.", "juge",
                     "Le président du club", "l'arbitrage de dimanche"),
             Example("fr", "La présidente du groupe centriste, Marie Dubois, juge « inadmissible » ce vote.", "juge",
                     "La présidente du groupe centriste, Marie Dubois", "ce vote"),
             Example("fr", "Le procureur juge « peu crédible » la version du prévenu.", "juge", "Le procureur",
                     "la version du prévenu"),
         )),
    Rule("quoted-infinitive", "French: a call whose infinitive opens a quote after the addressee: a appelé les "
         "parents à « garder leur calme »", "_Extractor._right_content", ("fr_attribution_words.txt",), (
             Example("fr", "Le préfet a appelé les automobilistes à « différer leurs déplacements » jeudi.",
                     "appelé", "Le préfet", "différer leurs déplacements"),
         )),
    Rule("pour-role-name", "French: Pour + a role, then the person's name between commas: the name is part of "
         "the source, not of the content (Pour son avocat, Me Jean Roux, …)", "_Extractor._pour / _name_after",
         ("fr_person_nouns.txt",), (
             Example("fr", "Pour leur entraîneur, Paul Vidal, la saison est déjà réussie.", "Pour",
                     "leur entraîneur, Paul Vidal", "la saison est déjà réussie"),
         )),
    Rule("incise-after-time", "French: an incise whose inverted subject is a capitalised name right after a "
         "time word, with no outlet between (…, a indiqué jeudi Santé publique France)",
         "_Extractor._subject_after_channel", ("fr_attribution_words.txt",), (
             Example("fr", "Le trafic a repris sur toute la ligne, a annoncé mardi Keolis Rennes dans un "
                     "communiqué.", "annoncé", "Keolis Rennes", "Le trafic a repris"),
         )),
    Rule("trailing-selon-clause", "French: a selon phrase closing a sentence takes the clause after the last "
         "semicolon or closed quoted sentence before it, not the whole sentence the parser made (« … » La police "
         "enquête ; X serait en cause, selon Y)", "_Extractor._according_to", ("fr_according_to.txt",), (
             Example("fr", "Un témoin dit avoir vu le camion freiner. « Il roulait au pas. » La police a ouvert une "
                     "enquête ; l'alcool ne serait pas en cause, selon une source policière.", "selon",
                     "une source policière", "l'alcool ne serait pas en cause"),
         )),
    Rule("channel-outlet-name", "French: in an incise, an outlet given by its noun and its name (à l'agence PTI) "
         "before the inverted subject: the subject is the phrase after the name",
         "_Extractor._subject_after_channel", ("fr_attribution_words.txt",), (
             Example("fr", "« Les routes sont coupées », a déclaré à l'agence PTI un responsable de la police.",
                     "déclaré", "un responsable de la police", "Les routes sont coupées"),
         )),
    Rule("quote-inner-on", "French: a cue inside a quote whose subject is the impersonal on (« On nous demande de "
         "… », a dénoncé X) is the quote's speaker's words, no claim of its own", "_Extractor._verb",
         ("fr_attribution_words.txt",), (
             Example("fr", "« On nous demande de travailler plus pour gagner moins », a dénoncé la déléguée.",
                     "dénoncé", "la déléguée", "On nous demande de travailler plus"),
         )),
    Rule("quoted-object-stance", "French: défendre, attaquer, étriller report a stance only with a quote, que or "
         "an infinitive (|noobj) and when finite or a participle: a défendu « un budget sérieux »; défendre la "
         "ville, attaquer un convoi, un des thèmes était de défendre « … » are no claims",
         "_Extractor._not_a_cue / LangData noobj", ("fr_reporting_verbs.txt", "fr_attribution_words.txt"), (
             Example("fr", "Le maire a défendu « un budget de responsabilité » face à la crise.", "défendu",
                     "Le maire", "un budget de responsabilité"),
             Example("fr", "La sénatrice a attaqué « un bilan désastreux » de la majorité.", "attaqué",
                     "La sénatrice", "un bilan désastreux"),
         )),
    Rule("headline-paren-source", "French: a wire headline ending with its source in parentheses (… (ONG), "
         "… (police)): the line is the claim, the parenthesis its source; not (vidéo), (direct)…",
         "_Extractor._headline_paren_source", ("fr_attribution_words.txt",), (
             Example("fr", "Mali : une trentaine de soldats tués dans une attaque jihadiste (armée)\n\nUne trentaine "
                     "de soldats ont été tués dimanche.", "armée", "armée", "une trentaine de soldats tués"),
         )),
    Rule("reflexive-attribute", "French: a pronominal reporting verb with an adjective (se déclarer favorable à, "
         "se dire très inquiet): the adjective phrase is the claim", "_Extractor._right_content",
         ("fr_reporting_verbs.txt",), (
             Example("fr", "La ministre s'est déclarée favorable à un report du scrutin.", "déclarée", "La ministre",
                     "favorable à un report du scrutin"),
         )),
    Rule("pour-not-feast", "French: Pour + a feast or season name (Pour Noël, …) is a time, no source "
         "(fr_attribution_words.txt pour_not_source)", "_Extractor._pour", ("fr_attribution_words.txt",), ()),
    Rule("ce-que-stance", "French: a cue in a relative ce que after a comma, its subject inverted (X affirme A, ce "
         "que conteste Y): Y's claim is A (the content before the comma), and A ends at the comma",
         "_Extractor._ce_que_comma / _verb / clause_end", (), (
             Example("fr", "Le syndicat affirme avoir la majorité des voix, ce que conteste la direction de l'usine.",
                     "conteste", "la direction de l'usine", "avoir la majorité des voix"),
         )),
    Rule("narrative-infinitive", "French: the infinitive of narration after a sentence end (Et d'ajouter : « … ») "
         "has the speaker of the claim before it", "_Extractor._narrative_infinitives", (), (
             Example("fr", "Le directeur de l'hôpital, Marc Petit, s'inquiète. « Nous manquons de lits. Chaque hiver, "
                     "c'est pareil. » Et d'ajouter : « Personne ne nous écoute. »", "ajouter",
                     "Le directeur de l'hôpital, Marc Petit", "Personne ne nous écoute"),
         )),
    Rule("fronted-side-on", "French: a fronted side or source before the impersonal on (Du côté de la mairie, on "
         "assure que …; De source policière, on indique que …) is the source; a passive maintenir with no agent "
         "(le marché sera maintenu) is no claim (passive_plain)", "_Extractor._verb_source_raw",
         ("fr_attribution_words.txt",), (
             Example("fr", "Du côté de la mairie, on assure que le marché de Noël sera maintenu.", "assure",
                     "la mairie", "le marché de Noël"),
             Example("fr", "De source policière, on indique que trois personnes ont été interpellées.", "indique",
                     "source policière", "trois personnes"),
         )),
    Rule("polarity", "negated: true when the cue itself is negated (n'a pas confirmé, did not say, refused to "
         "confirm); a denial cue is not a negation", "polarity.cue_negated", ("{lang}_negation.txt",), (
             Example("fr", "Le parquet n'a pas confirmé cette information.", "confirmé", "Le parquet",
                     "cette information"),
             Example("en", "The agency did not say that the data was lost.", "say", "The agency",
                     "the data was lost"),
         )),
    Rule("boilerplate", "page furniture is never a claim: a label line (Lire aussi :, Read more:), a date or "
         "photo stamp (Publié le, Mis à jour, Photo, ©), a byline with no finite verb (Par Jean Dupont, By Jane "
         "Doe, Reuters), a bullet line with no verb", "_boilerplate_lines", ("{lang}_colon_labels.txt",), ()),
    Rule("no-fragment-source", "a sentence fragment (C', a time, a clause, a phrase cut after a preposition: "
         "L'occasion de) is never a source; selon lui is the pronoun alone",
         "_plausible_source / _according_to", (), ()),
    Rule("subject-colon-quote", "a clause whose subject is a person or an organisation, then a colon and a quote "
         "no cue claims: Le maire n'en revient pas : « … », La présidente est formelle : « … »; the cue is the colon",
         "_Extractor._subject_colon_quotes", ("fr_attribution_words.txt", "fr_person_nouns.txt"), (
             Example("fr", "Le maire, quant à lui, n'en revient toujours pas : « Ce quartier est si calme. »", ":",
                     "Le maire", "Ce quartier est si calme"),
         )),
    Rule("passive-plain", "juger, entendre, condamner in the passive with no agent and no attribute is a court or "
         "police act, no claim: les complices seront jugés en mars, elle a été condamnée à deux ans; with an "
         "agent or an attribute it still reports (jugée inacceptable par les syndicats)",
         "_Extractor._not_a_cue", ("fr_attribution_words.txt",), ()),
    Rule("no-comment", "an infinitive content that alone says nothing is no claim: n'a pas souhaité réagir, a "
         "refusé de commenter; the negated subject of répondre / réagir is no speaker (n'a pas répondu à nos "
         "questions; sources/speakers.py)", "_finalise / speakers._Finder.subject", ("fr_attribution_words.txt",), ()),
    Rule("fixed-phrase", "a set phrase ending with a reporting verb reports nothing: c'est-à-dire que, autrement "
         "dit, à vrai dire; apprendre à + infinitive learns (apprendre que/de reports)",
         "_Extractor._not_a_cue / _right_content", ("fr_attribution_words.txt",), ()),
    Rule("negated-infinitive", "an infinitive content keeps the negation before it: X affirme ne jamais avoir reçu "
         "…, X regrette de ne pas avoir été consulté", "_Extractor._right_content", ("fr_attribution_words.txt",), (
             Example("fr", "Le club affirme ne jamais avoir reçu la lettre.", "affirme", "Le club",
                     "ne jamais avoir reçu la lettre"),
         )),
    Rule("pronominal-cause", "a pronominal reporting verb with its cause is no speech: Cela s'explique par …, "
         "ce retard s'explique par le fait que …", "_Extractor._not_a_cue", ("fr_attribution_words.txt",), ()),
    Rule("noun-that", "an English cue noun with its that-clause: the mayor's claim that …, the warning by X that "
         "…; as a verb's object the whole noun phrase is the verb's content (PolNeAR does not nest)",
         "_Extractor._noun_that / _right_content", ("en_cue_nouns.txt",), (
             Example("en", "Inspectors checked the owner's claim that the boiler was new.", "claim", "the owner",
                     "the boiler was new"),
             Example("en", "The board rejected the warning by the engineers that the dam would fail.", "rejected",
                     "The board", "the warning by the engineers that the dam would fail"),
         )),
    Rule("noun-colon-claim", "English: a noun of what was said right before a colon (en_attribution_words.txt "
         "colon_noun: message, argument, question) opens its claim with no quote needed, to the end of the sentence; "
         "the source is the possessor, else the subject of the verb the noun completes",
         "_Extractor._noun_colon_claim", ("en_attribution_words.txt",), (
             Example("en", "The nurses had one message: the ward must stay open.", "message", "The nurses",
                     "the ward must stay open"),
             Example("en", "Their argument: a smaller school costs less to run.", "argument", "Their",
                     "a smaller school costs less"),
         )),
    Rule("speech-noun-topic", "English: a noun of what was said (en_attribution_words.txt speech_noun: remarks, "
         "allegations, claims) whose first complement is a topic preposition (speech_noun_prep: about, on, of) is a "
         "cue when the stance model does not take it; the preposition's object is the content, the possessor the "
         "source; of with a name or a pronoun is the author, on with a date or a place is when or where",
         "_Extractor._speech_noun_topic / _stance", ("en_attribution_words.txt",), (
             Example("en", "The senator's remarks about the new toll angered drivers.", "remarks", "The senator",
                     "the new toll"),
             Example("en", "Allegations of bribery have hung over the tender for months.", "Allegations", None,
                     "bribery"),
         )),
    Rule("quote-comma-cue", "an English cue that reports only after a quote (continue) also reports before a comma "
         "and a quote: She continued, \"…\"", "_Extractor._verb", ("en_reporting_verbs.txt",), (
             Example("en", "He continued, \"The pool will open in June.\"", "continued", "He",
                     "The pool will open in June"),
             Example("en", "\"The pool will open in June,\" he continued.", "continued", "he",
                     "The pool will open in June"),
         )),
    Rule("final-incise", "English: a subject and its cue close the sentence after a comma, only a time or an "
         "adverb after them: what comes before the comma is the claim, verb or not (Fewer buses, the mayor said.)",
         "_Extractor._final_incise / _left_contents", ("en_reporting_verbs.txt",), (
             Example("en", "Fewer buses, the mayor said.", "said", "the mayor", "Fewer buses"),
             Example("en", "The bridge needs new cables, engineers said on Tuesday.", "said", "engineers",
                     "The bridge needs new cables"),
             # The parser reads the claim's noun as a second subject: the nearer one is the source.
             Example("en", "Who will win? People like Scott, he said.", "said", "he", "People like Scott"),
         )),
    Rule("cue-model-speaker", "English: a verb outside the word list whose cue-model score is between 0.3 and 0.5 "
         "is a cue only if the model learned its lemma as cue-leaning and a speaker is its subject (a named "
         "person, organisation or group, a personal pronoun) or a clause its complement: Ms. Park pitched a "
         "tax; The firm pitched a tax and Kate Moss cooked the rice are no claims", "_Extractor._is_reporting / _speaker_context",
         ("en_cue_model.npz",), (
             Example("en", "Ms. Park pitched a new tax on sugar.", "pitched", "Ms. Park", "a new tax on sugar"),
         )),
    Rule("cue-model-class", "English: a verb whose lemma the cue model did not learn as leaning to a cue, but "
         "listed in a class of en_verb_classes.txt (speech, cognition, emotion, stance, evidence), is a cue at a "
         "model probability of 0.25 rather than 0.7: The mayor repeatedly linked the floods to the new dam; The "
         "senator complimented the nurses (0.37)",
         "_Extractor._is_reporting", ("en_verb_classes.txt", "en_cue_model.npz"), (
             Example("en", "The mayor repeatedly linked the floods to the new dam.", "linked", "The mayor",
                     "the floods"),
             Example("en", "The senator complimented the nurses on their courage.", "complimented", "The senator",
                     "the nurses"),
         )),
    Rule("headline-case", "English: a line in title case (every word of four letters or more capitalised) is "
         "parsed again in sentence case (a word keeps its capital only if the article writes it so inside a "
         "sentence, or in capitals), since the tagger reads each capitalised word as a name; the claims of that "
         "parse replace those of the title-case one: Mayor Jones Slams Council Over Bus Cuts",
         "_headline_cands / _sentence_case", (), (
             Example("en", "Mayor Jones Slams Council Over Bus Cuts.\n\nThe council met on Monday.", "Slams",
                     "Mayor Jones", "Council Over Bus Cuts"),
             Example("en", "Residents Fear Flooding Will Return This Winter.\n\nThe river rose in May.", "Fear",
                     "Residents", "Flooding Will Return This Winter"),
         )),
    Rule("headline-verb", "English: a headline (the first line, not in title case) with no claim, where a noun "
         "or a name is followed by the third-person form of a listed or classed verb that the tagger read as a "
         "noun: the form is the cue, the words before it the source, the rest of the line the claim; also "
         "where the tagger read the word after the form as the verb, when that word is a name or no verb in the "
         "lemmatizer's lists (Mayor rips rhetoric over bus cuts), never a real verb (Protest leaders demands grow); "
         "after a plural subject, the plain form of a listed verb or one of the speech or stance class read as a "
         "noun or an adjective (Farmers blast minister after price drop)",
         "_headline_verb / _is_verb_word", ("en_reporting_verbs.txt", "en_verb_classes.txt"), (
             Example("en", "Court rules against the water tax\n\nThe ruling came on Monday.", "rules", "Court",
                     "against the water tax"),
             Example("en", "Mayor rips rhetoric over bus cuts\n\nThe council met on Monday.", "rips", "Mayor",
                     "rhetoric over bus cuts"),
             Example("en", "Farmers blast minister after price drop\n\nThe market closed early.", "blast", "Farmers",
                     "minister after price drop"),
         )),
    Rule("headline-conj", "English: in a headline (the first line), a claim whose words hold a second "
         "third-person form of a listed or classed verb after and, a comma or then is two claims of the same "
         "source: the first ends before the conjunction, the second has the second form for cue",
         "_headline_conj", ("en_reporting_verbs.txt", "en_verb_classes.txt"), (
             Example("en", "Mayor praises nurses and thanks volunteers after flood\n\nThe river fell on Monday.",
                     "thanks", "Mayor", "volunteers after flood"),
             Example("en", "Mayor praises nurses and thanks volunteers after flood\n\nThe river fell on Monday.",
                     "praises", "Mayor", "nurses"),
         )),
    Rule("in-poll", "English: in with one poll or survey for object (en_attribution_words.txt poll_noun) is an "
         "according-to cue whose source is the poll: before a comma the rest of the sentence is the claim, at the "
         "end the clause before it; in the polls (plural, no given poll) is no cue",
         "_Extractor._according_to / _in_poll", ("en_attribution_words.txt",), (
             Example("en", "In a new survey by the county paper, the mayor leads her rival by nine points.", "In",
                     "a new survey by the county paper", "the mayor leads her rival by nine points"),
             Example("en", "The mayor stays well ahead of her rival in the latest poll.", "in", "the latest poll",
                     "The mayor stays well ahead of her rival"),
         )),
    Rule("report-adverb", "English: an adverb that reports with no named source (en_attribution_words.txt "
         "report_adverb: reportedly) is the cue of the clause it modifies, itself included; at the head of the "
         "sentence, the clause after its comma", "_Extractor._report_adverb", ("en_attribution_words.txt",), (
             Example("en", "The club has reportedly sold its old stadium to a developer.", "reportedly", None,
                     "The club has reportedly sold its old stadium"),
             Example("en", "Reportedly, the two firms met twice in March.", "Reportedly", None,
                     "the two firms met twice in March"),
         )),
    Rule("perception-not-cue", "English: a perception verb (taste, smell, overhear: en_attribution_words.txt "
         "perception) is no cue through the cue model unless a clause with its own subject follows: Maria tasted "
         "the soup is no claim (GUIDELINES.md: perception is not counted)", "_Extractor._is_reporting",
         ("en_attribution_words.txt",), ()),
    Rule("stance-complement", "English: a noun or an adjective with a complement that the stance model "
         "(en_cue_model.npz, trained on PolNeAR nouns and adjectives) scores as a cue: X is critical of Y, X is "
         "eager to Y, X is confident that Y; the source is the possessor, the by/from/among complement or the "
         "subject of the verb the word completes", "_Extractor._stance",
         ("en_cue_model.npz", "en_attribution_words.txt"), (
             Example("en", "The mayor has been critical of the new budget.", "critical", "The mayor",
                     "the new budget"),
             Example("en", "The union is eager to resume talks with the owners.", "eager", "The union",
                     "to resume talks with the owners"),
             Example("en", "The governor is confident that the bill will pass.", "confident", "The governor",
                     "the bill will pass"),
         )),
    Rule("stance-adjective", "English: a listed adjective of attitude (willing, afraid, concerned, determined: "
         "en_attribution_words.txt stance_adjective) with a complement, completing a verb whose subject is a speaker "
         "(a named person, organisation or group, a personal pronoun, a speaker noun: speaker_noun), is a stance cue "
         "at a lower stance score (0.15); The bridge is determined to open is no claim", "_Extractor._stance_adjective",
         ("en_cue_model.npz", "en_attribution_words.txt"), (
             Example("en", "The farmers were willing to sell the land.", "willing", "The farmers",
                     "to sell the land"),
             Example("en", "Many parents are afraid that the school will close.", "afraid", "Many parents",
                     "the school will close"),
         )),
    Rule("stance-participle", "English: a passive participle of attitude (frustrated, convinced: "
         "en_attribution_words.txt stance_adjective) with no by-agent and a complement, once a cue: the subject "
         "holds the stance and the complement is the content (not the whole clause with no source)",
         "_Extractor._passive", ("en_attribution_words.txt",), (
             Example("en", "The nurses were frustrated that the hospital cut their pay.", "frustrated", "The nurses",
                     "the hospital cut their pay"),
         )),
    Rule("wh-complement", "English: a clause opened by a wh-word or if right after the cue is its content, "
         "the wh-word included (the parser often reads it as an adverbial clause)", "_Extractor._right_content",
         ("en_attribution_words.txt",), (
             Example("en", "The senators have not said when they would vote on the bill.", "said", "The senators",
                     "when they would vote on the bill"),
             Example("en", "The board worried if the deal would collapse.", "worried", "The board",
                     "if the deal would collapse"),
             # A whether-clause parsed as the cue's complement keeps its whether.
             Example("en", "Lawmakers also asked whether the new rules required the firms to keep records.",
                     "asked", "Lawmakers", "whether the new rules required"),
         )),
    Rule("indefinite-object", "English: an indefinite pronoun object with its modifiers is a content (a bare "
         "pronoun object is not): proposed nothing that would raise taxes", "_Extractor._right_content",
         ("en_attribution_words.txt",), (
             Example("en", "The mayor has proposed nothing that would raise taxes.", "proposed", "The mayor",
                     "nothing that would raise taxes"),
         )),
    Rule("colon-paragraph", "English: a cue and a colon with no quote marks after it: the claim runs to the "
         "end of the paragraph (PolNeAR takes every sentence of it)", "_Extractor._right_content", (), (
             Example("en", "The governor added: It is typical of the council. They know nothing about roads.",
                     "added", "The governor", "They know nothing about roads"),
         )),
    Rule("stance-prep", "English: with no other complement, the object of a stance preposition right after "
         "the cue (with, at, toward, behind) is the content, unless a pronoun or who was spoken to",
         "_Extractor._right_content", ("en_attribution_words.txt",), (
             Example("en", "The coach largely agreed with the referee.", "agreed", "The coach", "the referee"),
             Example("en", "The firm was balking at the new rules.", "balking", "The firm", "the new rules"),
         )),
    Rule("as-incise", "English: an incise opened by as between commas (X, as the surveyors noted, does Y) "
         "is an incise of the whole sentence", "_Extractor._parenthetical", ("en_reporting_verbs.txt",), (
             Example("en", "The river, as the surveyors noted, rarely floods in spring.", "noted", "the surveyors",
                     "The river"),
         )),
    Rule("quote-after-incise", "English: a cue between commas followed by a quote takes the quote, not the "
         "sentence (The clerk left, saying, \"…\")", "_Extractor._parenthetical", (), (
             Example("en", "The clerk left the room, saying, \"I am done here.\"", "saying", "The clerk",
                     "I am done here"),
         )),
    Rule("relative-cue", "English: a cue in a relative or free relative clause whose object is the relative word: "
         "the content runs from the relative word (from the noun phrase for that) to the clause's end: what she "
         "called a disaster, an attack that the mayor described as cowardly; not when the verb has an object or "
         "a that-clause of its own", "_Extractor._relative_content", (), (
             Example("en", "The plan relied on what the senators said was a loophole.", "said", "the senators",
                     "what the senators said was a loophole"),
             Example("en", "The fire spread through an old mill, which the owners pointed to as proof of neglect.",
                     "pointed", "the owners", "which the owners pointed to as proof of neglect"),
         )),
    Rule("topic-prep", "English: the object of a cue's topic preposition is its content (called for an inquiry, "
         "spoke out Tuesday about X: particles and times may sit between), a for-clause too (calling for the "
         "city to hire nurses), and with no other complement the object of to (pointed to the budget) unless it is "
         "who was spoken to (a person, a body, a pronoun, reporters)", "_Extractor._right_content",
         ("en_attribution_words.txt",), (
             Example("en", "Mr. Lee spoke out Tuesday about the closing of the plant.", "spoke", "Mr. Lee",
                     "the closing of the plant"),
             Example("en", "The senator is calling for the city to hire more nurses.", "calling", "The senator",
                     "the city to hire more nurses"),
             Example("en", "The mayor pointed to the new budget.", "pointed", "The mayor", "the new budget"),
         )),
    Rule("content-end", "English: a content after its cue ends before a second verb of the same cue that "
         "shares its subject (said X, but cautioned Y); a conjunct with its own subject or that stays in",
         "_Extractor._en_content_end", (), (
             Example("en", "The governor said that she had voted for the plan, but cautioned against reading it "
                     "as support.", "said", "The governor", "she had voted for the plan"),
         )),
    Rule("content-conjunct", "English: a verb the parser joins to the cue that is no cue and has no subject of its "
         "own goes on with the cue's verbal content (promised to repair and in places widen the roads); after a noun "
         "content it is the speaker's next act, not the claim", "_Extractor._content_conjunct / _clause_rest", (), (
             Example("en", "The governor has promised to repair and in some places widen the old county roads.",
                     "promised", "The governor", "widen the old county roads"),
             Example("en", "The chief said his officers had doubts about the plan, but could not afford to ignore "
                     "the mayor.", "said", "The chief", "could not afford to ignore the mayor"),
         )),
    Rule("quote-paragraph-continuation", "English: a paragraph that is only a quote, with no cue, goes on with the "
         "quoted claim ending the paragraph before it (\"A,\" he said. / \"B.\"): one content, as PolNeAR marks it",
         "_Extractor._quote_paragraph_continuation", (), (
             Example("en", "\"Nobody is buying tickets for the final,\" the coach said.\n\n\"Right now the fans are "
                     "angry with the owners.\"", "said", "the coach", "Right now the fans are angry"),
         )),
    Rule("content-closing-quote", "English: a content ending on a closing quote mark loses the mark and the "
         "stop before it (said the plan was \"a mess.\" gives 'the plan was \"a mess'), as PolNeAR trims it; "
         "French keeps the closing guillemet (fr-dev gold)", "_trim_closing_quote", (), (
             Example("en", "The mayor said the new plan was \"a total mess.\"", "said", "The mayor",
                     "the new plan was \"a total mess"),
         )),
    Rule("content-opening-quote", "English: a content starting on an opening quote mark (\" “ or '') loses it "
         "(the mayor said that \"a wise plan\" can … gives 'a wise plan\" can …'), as no PolNeAR content starts "
         "with one (none of 13,169 in polnear-train 200:640 and the polnear-dev tune split)", "_trim_closing_quote",
         (), (
             Example("en", "The mayor said that \"a careful budget\" can still fund the pools.", "said", "The mayor",
                     "a careful budget\" can still fund the pools"),
         )),
    Rule("split-quote-pieces", "English: a quote split by its incise ('\"…,\" X said, adding Y. \"…\"') is one "
         "content in two pieces around the incise (PolNeAR); a cue in that gap is a claim of its own when it is "
         "adverbial (adding, referring to, when asked), not when it is in a relative clause on the speaker "
         "(who backs Y)", "_split_around_cue / _covers", (), (
             Example("en", "\"The tunnel will open in May,\" the engineer said, adding that the budget was tight. "
                     "\"We still need two more crews.\"", "adding", "the engineer", "the budget was tight"),
             Example("en", "\"The tunnel will open in May,\" the engineer said, adding that the budget was tight. "
                     "\"We still need two more crews.\"", "said", "the engineer", "We still need two more crews"),
         )),
    Rule("quote-noun-subject", "English: a quote of several sentences whose last one has no verb, before an "
         "incise ('\"… . Every cent of it,\" said X'): the parser reads a noun in the quote as the cue's subject; "
         "a subject inside the quote that closes right before the cue is not one, the quote is the content",
         "_Extractor._subject_in_quote / _left_contents", (), (
             Example("en", "“We will get the money back. Every cent of it,” said Mary Brown, a retired teacher.",
                     "said", "Mary Brown, a retired teacher", "We will get the money back. Every cent of it"),
         )),
    Rule("quote-mark-subject", "English: a parse that hangs the quote before an incise on its subject "
         "('\u201c\u2026,\u201d Jones, 61, told CNN' with the quote in the subject's subtree): the subject starts "
         "after the quote's closing mark, so the quote is the content and the name the source (tested on a parse "
         "set by hand: tests/extract/test_en_quote_incise.py)", "_Extractor._subject_start / np_span", (), ()),
    Rule("quote-np-incise", "English: '\"…,\" city police Chief X said Monday' parsed with the verb hung on the "
         "quote's verb and no subject: the noun phrase between the quote's closing mark (a comma, ? or ! inside "
         "it) and the verb is the source, an age between commas included ('\u2026,\u201d Ramos, 58, told AFP'), "
         "and the quote is the content (tested on a parse set by hand: tests/extract/test_en_quote_incise.py)",
         "_Extractor._unparsed_quote_subject / _quote_before_subject / _verb_source_raw", (), ()),
    Rule("headline-speaker-prep", "English: a first line 'Name to/at/on X: claim' (a quote, or a clause with a "
         "finite verb): the words before the preposition are the speaker; 'Obama at 55: a look back' is a title",
         "_Extractor._headline_speaker_prep", ("en_attribution_words.txt",), (
             Example("en", "Smith to city council: the budget will not pass.\nThe council met on Monday.", ":",
                     "Smith", "the budget will not pass"),
             Example("en", "Rail Chief On Strike: ‘We Will Not Give In.’\nThe strike began on Monday.", ":",
                     "Rail Chief", "We Will Not Give In"),
         )),
    Rule("quote-stop-incise", "English: a quote closed by a full stop, then a sentence that is only its speaker "
         "and the verb (with a time at most): '\u201c\u2026.\u201d Brown said.' (PolNeAR annotates it as an "
         "incise); a verb with words of its own after it ('\u201c\u2026.\u201d She said the council would try "
         "again') keeps its own content", "_Extractor._quote_before_subject / _ends_sentence", (), (
             Example("en", "“Leeds, if you are out there, we want the stadium back.” Brown said.", "said", "Brown",
                     "we want the stadium back"),
         )),
    Rule("quote-inner-end", "English: a quote that ends with an inner quote ('\u201c\u2026 asked us, \u2018Where "
         "is the money?\u2019\u201d Weaver said'): the punctuation inside both closing marks tells an incise",
         "_Extractor._quote_end_mark", (), (
             Example("en", "“He came to the plant and asked us, ‘Where is the money going?’” Weaver said.", "said",
                     "Weaver", "He came to the plant"),
         )),
    Rule("second-predicate-cue", "English: a second cue of the speaker coordinated after a content (said the bill "
         "had failed and urged X), which the parser hangs on the content's verb, ends that content and is a claim "
         "of its own with the speaker as source, when it has the cue's finite form with no auxiliary and the "
         "content's verb has another form (had failed); with the same form (said the climber slipped on the ice "
         "and refused to turn back) it stays in the content",
         "_finalise / _second_predicate_cut", (), (
             Example("en", "The senator said the bill had failed and urged voters to call their representatives.",
                     "urged", "The senator", "voters to call their representatives"),
         )),
    Rule("second-claim-clause", "English: a clause hung on the cue after its content and headed by a cue of its "
         "own ends that content and is a claim of its own (PolNeAR does not nest): a conjunct with its own subject "
         "(agreed that X, but he said Y) or an adverbial clause (urged X to Y, although they say Z; mocked X, "
         "noting Y); a purpose infinitive (invoked X to claim Y) stays in the content",
         "_Extractor._en_content_end / _second_claim", (), (
             Example("en", "The mayor agreed that the bridge should be repaired, but he said that the work "
                     "should wait until spring.", "said", "he", "the work should wait until spring"),
             Example("en", "Parents have urged the board to keep the school open, although they say they accept "
                     "some of the cuts.", "say", "they", "they accept some of the cuts"),
         )),
    Rule("psych-verb", "English: a verb of feeling (anger, unsettle, worry: en_attribution_words.txt psych_verb) "
         "whose subject is what is felt about and whose object is who feels it: the object is the source and the "
         "subject the content (PolNeAR); in the passive (the tenants were angered by the fees) the subject feels "
         "and the agent is the content; not with a that-clause (it worries me that) or a particle (rattled off)",
         "_Extractor._psych_roles", ("en_attribution_words.txt",), (
             Example("en", "The new parking fees have angered the tenants of the old tower.", "angered",
                     "the tenants of the old tower", "The new parking fees"),
             Example("en", "The tenants were unsettled by the sudden closure of the pool.", "unsettled",
                     "The tenants", "the sudden closure of the pool"),
         )),
    Rule("apostrophe-quotes", "English wire copy: two apostrophes are a double quote mark (''…,'' said X); three "
         "after a word close an inner quote, then the outer one (''I would call it 'a mess,''' said X), and the "
         "content ends before the inner quote's comma and mark", "quotes.doubled_apostrophes / _trim_closing_quote",
         (), (
             Example("en", "''We were never told about the fees,'' said Anna Berg, a nurse.", "said",
                     "Anna Berg, a nurse", "We were never told about the fees"),
             Example("en", "''I would call it 'a disaster,''' said Paul Grant, a former mayor of the town.", "said",
                     "Paul Grant, a former mayor of the town", "I would call it 'a disaster"),
         )),
    Rule("dash-pair-content", "English: a content that stops right before a phrase set off by a pair of dashes goes "
         "on after the second dash to the end of the sentence when the parser hung the dashed phrase elsewhere "
         "(pledged to close all mines — forty sites in the county — from next year); a dashed phrase with a verb "
         "ends it", "_Extractor._over_dash_pair", (), (
             Example("en", "The mayor, a crank and fraud who has repeatedly pledged to bar all tourists — 2.5 "
                     "million visitors of a whole region — from entering the park, spoke.", "pledged",
                     "a crank and fraud", "from entering the park"),
         )),
    Rule("quote-after-conjunction", "English: a split quote whose second piece follows the incise after a "
         "conjunction ('\"A,\" he said, but \"B.\"', ', and still \"B\"') is one content, as PolNeAR marks it",
         "_Extractor._split_quote_after", (), (
             Example("en", "\"I respect the manager,\" he said, but \"on the budget, his record is poor.\"",
                     "said", "he", "his record is poor"),
         )),
    Rule("parse-forms", "English: the horizontal bar (WASHINGTON ― …, “…” ― Name) is parsed as an em dash (same "
         "length: offsets and the output text are unchanged); the parser had tagged it a verb",
         "pipeline.parse / _EN_PARSE_FORMS", (), (
             Example("en", "PORTLAND ― The harbor master said on Monday that the pier would close.", "said",
                     "The harbor master", "the pier would close"),
         )),
    Rule("judged-passive", "English: a passive verb of praise or blame (criticize, rebuke, praise: "
         "en_attribution_words.txt judgement_verb) with its reason (for, over) is one claim, who was judged and "
         "why: the content is the whole clause (PolNeAR), the source the by-agent", "_Extractor._judged_clause",
         ("en_attribution_words.txt",), (
             Example("en", "The mayor was criticized by residents for closing the pool in July.", "criticized",
                     "residents", "The mayor was criticized by residents for closing the pool"),
         )),
    Rule("raising-subject", "English: a raising verb (seem, appear: en_attribution_words.txt raising) with an "
         "infinitive: its subject is part of the claim, which has no source (PolNeAR)", "_Extractor._verb",
         ("en_attribution_words.txt",), (
             Example("en", "Investors seem to agree with the new plan.", "seem", None,
                     "Investors seem to agree with the new plan"),
         )),
    Rule("target-prep", "English: the person or body a cue targets before its topic preposition is part of the "
         "content: blasted him for not paying, mocked the mayor for X", "_Extractor._right_content",
         ("en_attribution_words.txt",), (
             Example("en", "The coach blasted him for not passing the ball.", "blasted", "The coach",
                     "him for not passing the ball"),
         )),
    Rule("to-infinitive-content", "English: an infinitive content keeps its to, as PolNeAR marks it "
         "(Officials hope to reopen the library)", "_Extractor._right_content", (), (
             Example("en", "Officials hope to reopen the library in May.", "hope", "Officials",
                     "to reopen the library"),
             # An adverb between to and the verb stays in (_to_infinitive).
             Example("en", "The union vowed to quickly rebuild the damaged houses.", "vowed", "The union",
                     "to quickly rebuild the damaged houses"),
         )),
    Rule("addressee-infinitive", "English: a cue with an addressee and an infinitive (urged X to Y, told X to Y, "
         "encouraged X to Y): the content starts at the addressee, as PolNeAR marks it (French starts after à: "
         "GUIDELINES.md)", "_Extractor._right_content / _to_infinitive", (), (
             Example("en", "In her speech, the senator urged farmers to join the new cooperative.", "urged",
                     "the senator", "farmers to join the new cooperative"),
             Example("en", "The mayor told his aides to find the money without the council.", "told", "The mayor",
                     "his aides to find the money"),
         )),
    Rule("quoted-title", "a quoted show, book or article title before the subject is no incise quote: On "
         "Sunday's \"Meet the Press,\" the senator said …", "_Extractor._quoted_title", (), (
             Example("en", "In her new book, \"Saving Early,\" Ms. Grant argued that families should start at "
                     "birth.", "argued", "Ms. Grant", "families should start at birth"),
         )),
    Rule("host-clause", "English: a cue with no complement of its own inside the clause it reports: an "
         "as-clause (as X noted, X said: en_attribution_words.txt as_clause_verb; the content is the host clause "
         "without it, or the whole host when it sits in the middle; as predicted has no source; as he spoke is a "
         "time) or a parenthetical X said between commas (the content is the host clause, the incise within it, as "
         "PolNeAR keeps it)", "_Extractor._host_clause", ("en_attribution_words.txt",), (
             Example("en", "As the engineer has pointed out, the old bridge cannot carry buses.", "pointed",
                     "the engineer", "the old bridge cannot carry buses"),
             Example("en", "The ferry lost money again this year, as the council had predicted.", "predicted",
                     "the council", "The ferry lost money again this year"),
             Example("en", "To fix the roads, the governor said, the state will borrow more.", "said",
                     "the governor", "the state will borrow more"),
         )),
    Rule("pronoun-object", "English: a personal or demonstrative pronoun object (en_attribution_words.txt "
         "object_pronoun) of a cue that does not take its addressee as object (tell, call: noobj in "
         "en_reporting_verbs.txt) is the content, with its conjuncts and its as-predicate: endorsed him, "
         "dismissed it as a stunt (PolNeAR)", "_Extractor._right_content", ("en_attribution_words.txt",), (
             Example("en", "The retired judge endorsed him on Friday.", "endorsed", "The retired judge", "him"),
             Example("en", "The union dismissed it as a stunt.", "dismissed", "The union", "it as a stunt"),
         )),
    Rule("seem-predicate", "English: a verb of seeming (en_attribution_words.txt raising, seem_predicate) with an "
         "adjective predicate: the whole clause, subject included, is the content, with no source (PolNeAR): The "
         "deal seems unlikely; Both plans look dubious", "_Extractor._seem_predicate", ("en_attribution_words.txt",), (
             Example("en", "The new stadium deal seems unlikely.", "seems", None, "The new stadium deal seems unlikely"),
             Example("en", "Both of the council's plans look increasingly dubious.", "look", None,
                     "plans look increasingly dubious"),
         )),
    Rule("stance-speaker", "English: a noun or an adjective with a complement that the stance model scores "
         "between STANCE_LOW (0.3) and STANCE_THRESHOLD (0.5) is a stance cue only with a speaker holding it: a "
         "possessor, a subject that is a named person, body or group, a personal pronoun or a speaker noun "
         "(en_attribution_words.txt speaker_noun), or, for a noun, no holder named (criticism of the plan); The "
         "box is full of old letters is no claim", "_Extractor._stance_score_ok",
         ("en_cue_model.npz", "en_attribution_words.txt"), (
             Example("en", "The mayor was frank about the budget gap.", "frank", "The mayor", "the budget gap"),
         )),
    Rule("pronoun-source", "pronoun and short sources get source_ref: the nearest earlier speaker (English: or "
         "named person) that agrees in number and gender (English gender from titles, person nouns and "
         "en_first_names.txt), never the reporter (not_speaker), else null", "_resolve_sources / _antecedent",
         ("en_attribution_words.txt", "en_first_names.txt"), (
             Example("fr", "La ministre Anne Morel a critiqué le texte. « C'est une faute », a-t-elle ajouté.",
                     "ajouté", "elle", "C'est une faute"),
         )),
)


def rule(name: str) -> Rule:
    """Return the rule called ``name``."""
    for r in RULES:
        if r.name == name:
            return r
    raise KeyError(name)
