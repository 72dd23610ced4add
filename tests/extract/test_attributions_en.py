"""English attribution rules on sentences written for selon: sources (who and
whom a pronoun refers to), chains, headlines and quoted titles."""

from __future__ import annotations


def _atts(analyze_en, text):
    return analyze_en(text, layers=["attributions"]).attributions


def _by_cue(atts, cue):
    return [a for a in atts if a.cue.text == cue]


def test_pronoun_source_skips_a_mention_of_the_other_gender(analyze_en):
    atts = _atts(analyze_en, "Anna Reyes chaired the hearing. Her brother asked about the fund. "
                             "\"We have no money left,\" she replied.")
    (reply,) = _by_cue(atts, "replied")
    assert reply.source.text == "she" and reply.source_ref == "Anna Reyes"


def test_pronoun_source_is_never_the_reporter(analyze_en):
    atts = _atts(analyze_en, "The reporter asked the mayor about the fund. \"We have no money left,\" she replied.")
    (reply,) = _by_cue(atts, "replied")
    assert reply.source_ref is None


def test_pronoun_source_takes_a_named_person_who_did_not_speak_yet(analyze_en):
    atts = _atts(analyze_en, "Mark Stone met the board on Friday. \"We will not sell the plant,\" he replied.")
    (reply,) = _by_cue(atts, "replied")
    assert reply.source_ref == "Mark Stone"


def test_pronoun_source_is_null_when_the_nearest_name_is_unsure(analyze_en):
    # The nearest person has no known gender, an earlier one is a woman: unsure.
    atts = _atts(analyze_en, "Ms. Reyes said the fund was empty. Her deputy Kim Lo disagreed. "
                             "\"We have reserves,\" she said.")
    last = max(atts, key=lambda a: a.cue.start)
    assert last.source.text == "she" and last.source_ref is None


def test_pronoun_source_gender_from_a_title_elsewhere(analyze_en):
    atts = _atts(analyze_en, "Lee Park and Dana Cole met the press. Mr. Park said prices would rise. "
                             "Ms. Cole disagreed with him. \"Prices will fall,\" he said.")
    last = max(atts, key=lambda a: a.cue.start)
    assert last.source_ref == "Lee Park" or last.source_ref == "Mr. Park"


def test_possessive_document_gives_the_owner_as_parent(analyze_en):
    atts = _atts(analyze_en, "The senator's report says the agency wasted millions.")
    (says,) = _by_cue(atts, "says")
    parent = next(a for a in atts if a.id == says.parent)
    assert parent.cue.text == "report" and parent.source.text == "The senator"
    # A pronoun owner is left alone.
    atts = _atts(analyze_en, "His report says the agency wasted millions.")
    assert [a.parent for a in atts] == [None]


def test_headline_title_is_no_speaker(analyze_en):
    atts = _atts(analyze_en, "Storm Watch: Three rivers rise in the valley\nThe water board said the dams "
                             "would hold.")
    assert [a.cue.text for a in atts] == ["said"]
    atts = _atts(analyze_en, "Laura Hale: The vote was rigged\nShe spoke on Monday.")
    assert [(a.cue.text, a.source.text) for a in atts] == [(":", "Laura Hale")]


def test_time_after_the_cue_is_no_content(analyze_en):
    for text in ("The budget will be cut by ten percent, officials said on Monday.",
                 "\"The budget will be cut,\" officials said on Monday."):
        (att,) = _atts(analyze_en, text)
        assert "budget will be cut" in att.content.text and "Monday" not in att.content.text


def test_quoted_demonstrative_is_kept(analyze_en):
    (att,) = _atts(analyze_en, "\"That is false,\" she replied.")
    assert att.content.text == "That is false"


def test_noun_that_inside_a_verb_content_does_not_nest(analyze_en):
    atts = _atts(analyze_en, "The board rejected the warning by the engineers that the dam would fail.")
    assert [a.cue.text for a in atts] == ["rejected"]
    # Alone, the noun is the cue and its owner the source; a relative "that" is no content.
    (att,) = _atts(analyze_en, "Inspectors checked the owner's claim that the boiler was new.")
    assert (att.cue.text, att.source.text, att.content.text) == ("claim", "the owner", "the boiler was new")
    assert _atts(analyze_en, "The poll that the council ordered was late.") == ()


def test_incise_rules_give_the_claim_and_nothing_more(analyze_en):
    # final-incise: a verbless claim before "…, X said."
    (att,) = _atts(analyze_en, "Fewer buses, the mayor said.")
    assert (att.source.text, att.content.text) == ("the mayor", "Fewer buses")
    # as-incise: the whole sentence, not only what follows the incise
    (att,) = _atts(analyze_en, "The river, as the surveyors noted, rarely floods in spring.")
    assert att.content.text.startswith("The river") and att.content.text.endswith("in spring")
    # quote-after-incise: the quote, not the sentence around it
    (att,) = _atts(analyze_en, "The clerk left the room, saying, \"I am done here.\"")
    assert att.content.text == "I am done here"


def test_content_ends_before_a_second_verb_of_its_cue(analyze_en):
    atts = _atts(analyze_en, "The governor said that she had voted for the plan, but cautioned against "
                             "reading it as support.")
    assert _by_cue(atts, "said")[0].content.text == "she had voted for the plan"
    # A conjunct with its own subject and "that" belongs to the content.
    (att,) = _by_cue(_atts(analyze_en, "The analyst predicted that wages would fall, but that bonuses "
                                       "would rise."), "predicted")
    assert att.content.text.endswith("bonuses would rise")


def test_content_goes_on_over_a_conjunct_that_is_no_cue(analyze_en):
    # Rule content-conjunct: the parser hangs "widen" on the cue; it continues the content.
    (att,) = _by_cue(_atts(analyze_en, "The governor has promised to repair and in some places widen the old "
                                       "county roads."), "promised")
    assert att.content.text == "to repair and in some places widen the old county roads"
    # After a noun content, a second verb is the speaker's next act, not the claim.
    (att,) = _by_cue(_atts(analyze_en, "The auditor documented higher costs, but also drew links between the "
                                       "delays and the weather."), "documented")
    assert att.content.text == "higher costs"
    # A conjunct with a subject of its own is another clause.
    (att,) = _by_cue(_atts(analyze_en, "The council said the tram was late, and the contractor blamed the rain."),
                     "said")
    assert att.content.text == "the tram was late"


def test_infinitive_content_keeps_to(analyze_en):
    (att,) = _atts(analyze_en, "Officials hope to reopen the library in May.")
    assert att.content.text == "to reopen the library in May"
    # A split infinitive keeps its to and its adverb.
    (att,) = _atts(analyze_en, "The union vowed to quickly rebuild the damaged houses.")
    assert att.content.text == "to quickly rebuild the damaged houses"


def test_a_quote_before_its_incise_with_a_long_subject_or_place(analyze_en):
    # The parser hangs the quote's comma and mark on the subject: the quote is still the claim.
    (att,) = _by_cue(_atts(analyze_en, "\"I really hate this plan for the parks,\" Ana B. Ruiz II, a writer for "
                                       "The Herald, said on Twitter."), "said")
    assert att.content.text == "I really hate this plan for the parks"
    assert att.source.text == "Ana B. Ruiz II, a writer for The Herald"
    # A split quote whose incise names a place with commas is one content.
    (att,) = _by_cue(_atts(analyze_en, "\"I think the referee will be fair,\" Kim said during a visit to Dayton, "
                                       "Ohio, \"but many fans are going to watch him closely.\""), "said")
    assert att.content.text.startswith("I think the referee") and att.content.text.endswith("watch him closely")
    # A verb after the comma ends the incise: the quote after it is that verb's.
    atts = _atts(analyze_en, "\"I think the referee will be fair,\" Kim said, adding that she had met him, "
                             "\"and he knows the rules.\"")
    assert _by_cue(atts, "said")[0].content.text == "I think the referee will be fair"


def test_content_ends_before_a_closing_quote_and_its_stop(analyze_en):
    (att,) = _atts(analyze_en, "The mayor said the new plan was \"a total mess.\"")
    assert att.content.text == "the new plan was \"a total mess"
    # A word ending with an apostrophe keeps it.
    (att,) = _atts(analyze_en, "The coach said the final decision was the players’.")
    assert att.content.text == "the final decision was the players’"


def test_a_raising_verb_takes_its_subject_into_the_claim(analyze_en):
    (att,) = _atts(analyze_en, "The mayor appeared to accept the offer from the union.")
    assert att.cue.text == "appeared" and att.source is None
    assert att.content.text == "The mayor appeared to accept the offer from the union"


def test_according_to_a_source_the_parser_reads_as_a_verb(analyze_en):
    atts = _atts(analyze_en, "The mayor often mocked young players, according to show insiders.")
    (acc,) = _by_cue(atts, "according to")
    assert acc.source.text == "show insiders" and acc.content.text == "The mayor often mocked young players"
    assert not _by_cue(atts, "show")  # a word of the source is no cue


def test_a_quoted_paragraph_goes_on_with_the_quote_before(analyze_en):
    # Rule quote-paragraph-continuation: one content over both quotes.
    text = ("\"Nobody is buying tickets for the final,\" the coach said.\n\n"
            "\"Right now the fans are angry with the owners.\"\n\nThe stadium opened in 1990.")
    (att,) = _by_cue(_atts(analyze_en, text), "said")
    assert att.content.text.startswith("Nobody is buying") and att.content.text.endswith("angry with the owners")
    # A quoted paragraph after a claim that is no quote is left alone.
    text = ("The coach said that nobody was buying tickets.\n\n"
            "\"Right now the fans are angry with the owners.\"")
    (att,) = _by_cue(_atts(analyze_en, text), "said")
    assert att.content.text == "nobody was buying tickets"


def test_content_keeps_the_target_before_a_topic_preposition(analyze_en):
    # Rule target-prep: "blasted him for X" gives "him for X".
    (att,) = _by_cue(_atts(analyze_en, "The coach blasted him for not passing the ball."), "blasted")
    assert att.content.text == "him for not passing the ball"
    # Only a time between: the object of the preposition alone.
    (att,) = _by_cue(_atts(analyze_en, "Mr. Lee spoke out Tuesday about the closing of the plant."), "spoke")
    assert att.content.text == "the closing of the plant"


def test_infinitive_content_starts_at_its_addressee(analyze_en):
    # Rule addressee-infinitive: "urged X to Y" gives "X to Y".
    (att,) = _by_cue(_atts(analyze_en, "In her speech, the senator urged farmers to join the new cooperative."),
                     "urged")
    assert att.content.text == "farmers to join the new cooperative"
    # With no addressee the content is the infinitive alone.
    (att,) = _by_cue(_atts(analyze_en, "The senator promised to join the new cooperative."), "promised")
    assert att.content.text == "to join the new cooperative"


def test_cue_model_low_band_needs_a_known_lemma_and_a_speaker(analyze_en, monkeypatch):
    # "cook" never heads a cue in training (no lemma weight): its context (a
    # person subject, an object) is not enough, whoever the subject.
    assert _atts(analyze_en, "Kate Moss cooked the rice for ten minutes.") == ()
    assert _atts(analyze_en, "Lee Park and Dana Cole met the press.") == ()
    # In the low band (a score between CUE_MODEL_LOW and the threshold, forced
    # here so that the rule, not the model, is tested) a stance verb the model
    # learned needs a speaker for subject.
    from selon.extract import attributions

    band = (attributions.CUE_MODEL_LOW + attributions.CUE_MODEL_THRESHOLD) / 2
    monkeypatch.setattr(attributions, "cue_probability", lambda tok: band)
    (att,) = _atts(analyze_en, "Ms. Park pitched a new tax on sugar.")
    assert (att.cue.text, att.source.text, att.content.text) == ("pitched", "Ms. Park", "a new tax on sugar")
    # The same verb in the same score band with a common noun for subject: no speaker, no claim.
    assert _atts(analyze_en, "The firm pitched a new tax on sugar.") == ()


def test_relative_cue_takes_the_relative_clause(analyze_en):
    (att,) = _atts(analyze_en, "It was an attack that Mayor Ann Cole described as \"a cowardly act.\"")
    assert (att.cue.text, att.source.text) == ("described", "Mayor Ann Cole")
    assert att.content.text.startswith("an attack that Mayor Ann Cole described as")
    # A relative clause with no reporting verb is no claim.
    assert _atts(analyze_en, "The book that she wrote sold well.") == ()


def test_to_object_is_a_topic_but_not_an_addressee(analyze_en):
    (att,) = _atts(analyze_en, "The firm has not responded to the claims.")
    assert att.content.text == "the claims"
    assert _atts(analyze_en, "Mr. Lee spoke to reporters.") == ()
    assert _atts(analyze_en, "She talked to Mr. Hill.") == ()
    (att,) = _atts(analyze_en, "The mayor said to reporters that the road was closed.")
    assert att.content.text == "the road was closed"


def test_perception_verb_is_no_claim(analyze_en):
    # Perception is not speech (GUIDELINES.md "What counts"), whoever the subject.
    assert _atts(analyze_en, "Maria tasted the soup.") == ()
    assert _atts(analyze_en, "The inspector smelled gas in the basement.") == ()
    # A reporting verb after it in the same sentence still reports.
    (att,) = _atts(analyze_en, "Maria tasted the soup and said it was too salty.")
    assert (att.cue.text, att.content.text) == ("said", "it was too salty")


def test_second_name_of_a_pair_is_no_and_mention(analyze_en):
    atts = _atts(analyze_en, "Tom Hanks and Maria Lopez visited the plant on Monday. "
                             "\"We will be back in June,\" she said.")
    (said,) = _by_cue(atts, "said")
    assert said.source.text == "she" and said.source_ref == "Maria Lopez"


def test_stance_adjective_takes_its_complement_and_its_subject(analyze_en):
    (att,) = _atts(analyze_en, "Parents are skeptical about the new exam.")
    assert (att.cue.text, att.source.text, att.content.text) == ("skeptical", "Parents", "the new exam")
    assert att.cue_type == "noun"
    # A complement of place or amount is no stance: no claim.
    assert _atts(analyze_en, "The road is close to the river.") == ()
    assert _atts(analyze_en, "The box is full of old letters.") == ()


def test_wh_clause_after_the_cue_is_the_content(analyze_en):
    (att,) = _atts(analyze_en, "The senators have not said when they would vote on the bill.")
    assert (att.cue.text, att.content.text) == ("said", "when they would vote on the bill")
    assert att.negated
    # A time clause before a that-clause is never the content.
    atts = _atts(analyze_en, "He said when he arrived that the gates were closed.")
    assert not any(a.content.text.startswith("when") for a in atts)
    # "whether" stays in the content, "that" does not (PolNeAR).
    (att,) = _atts(analyze_en, "The coach has often wondered whether the referees will be fair to his team.")
    assert att.content.text == "whether the referees will be fair to his team"


def test_indefinite_pronoun_object_needs_its_modifiers(analyze_en):
    (att,) = _atts(analyze_en, "The mayor has proposed nothing that would raise taxes.")
    assert att.content.text == "nothing that would raise taxes"
    assert _atts(analyze_en, "The mayor has proposed nothing.") == ()


def test_stance_preposition_object_is_the_content_unless_an_addressee(analyze_en):
    (att,) = _atts(analyze_en, "The coach largely agreed with the referee.")
    assert (att.cue.text, att.content.text) == ("agreed", "the referee")
    # A that-clause wins over the preposition; who was spoken to is no content.
    (att,) = _atts(analyze_en, "She said with a smile that the race was over.")
    assert att.content.text == "the race was over"
    assert not any(a.content.text == "reporters" for a in _atts(analyze_en, "The mayor agreed with reporters."))


def test_colon_claim_runs_to_the_end_of_its_paragraph(analyze_en):
    (att,) = _atts(analyze_en, "The governor added: The tax is unfair. Families will pay twice.\nThe vote is Monday.")
    assert att.content.text == "The tax is unfair. Families will pay twice"


def test_name_colon_number_is_a_table_row_not_a_claim(analyze_en):
    atts = _atts(analyze_en, "Delegates so far\nJane Roe: 1,204\nJohn Poe: 987\nMARY SMITH: We will win Ohio.")
    assert [(a.source.text, a.content.text) for a in atts] == [("MARY SMITH", "We will win Ohio")]



def test_headline_case_lowers_all_but_names_and_acronyms():
    from selon.extract.attributions import _is_title_case, _sentence_case

    line = "Mayor Jones Slams NATO Over Bus Cuts"
    assert _is_title_case(line)
    assert _sentence_case(line, frozenset({"Jones"})) == "Mayor Jones slams NATO over bus cuts"
    # A sentence with a few names is no headline; nor is a two-word label.
    assert not _is_title_case("The mayor said that Jones would run the Bus Company.")
    assert not _is_title_case("Breaking News")


def test_headline_case_reads_the_title_line_only(analyze_en):
    text = "Residents Fear Flooding Will Return This Winter.\n\nThe river rose in May. Engineers fear more rain."
    atts = analyze_en(text, layers=["attributions"]).attributions
    head = [a for a in atts if a.cue.text == "Fear"]
    assert len(head) == 1 and head[0].source.text == "Residents"
    assert head[0].content.text.startswith("Flooding Will Return")
    assert any(a.cue.text == "fear" and a.content.text == "more rain" for a in atts)


def test_cue_model_class_needs_a_listed_class(analyze_en, monkeypatch):
    # "linked" scores between 0.5 and 0.7 and its lemma has no positive weight:
    # a cue only because en_verb_classes.txt lists it (evidence).
    from selon.extract import attributions

    text = "The mayor repeatedly linked the floods to the new dam."
    assert [a.cue.text for a in analyze_en(text, layers=["attributions"]).attributions] == ["linked"]
    monkeypatch.setattr(attributions, "verb_classes", lambda lemma: ())
    assert not analyze_en(text, layers=["attributions"]).attributions


def test_in_poll_needs_one_given_poll(analyze_en):
    # "in the polls" names no poll; a poll that is no object of "in" is no cue either.
    for text in ("The senator slid in the polls after the debate.", "The poll closed at noon, and the mayor left."):
        atts = analyze_en(text, layers=["attributions"]).attributions
        assert not [a for a in atts if a.cue.text.lower() == "in"], atts


def test_report_adverb_takes_the_whole_clause_not_an_adjective(analyze_en):
    atts = analyze_en("The singer, who was reportedly ill, cancelled the show.", layers=["attributions"]).attributions
    rep = [a for a in atts if a.cue.text == "reportedly"]
    assert len(rep) == 1 and rep[0].source is None and rep[0].content.text == "who was reportedly ill"
    # An adverb of manner is no cue.
    assert not analyze_en("The club quickly sold its old stadium.", layers=["attributions"]).attributions


def test_headline_verb_only_on_a_headline_with_no_claim(analyze_en):
    # A noun followed by a verb is a subject ("demands grow"), and the rule reads the first line only.
    atts = analyze_en("Protest leaders demands grow in the capital\n\nThe court rules on Monday.",
                      layers=["attributions"]).attributions
    assert not [a for a in atts if a.cue.text in ("demands", "rules")], atts


def test_headline_verb_when_the_object_is_read_as_the_verb(analyze_en):
    # The tagger reads "rips" as a noun and the object as the verb: the headline is still a claim.
    atts = analyze_en("Coach rips rhetoric over late tackles\n\nThe match ended on Sunday.",
                      layers=["attributions"]).attributions
    rips = [a for a in atts if a.cue.text == "rips"]
    assert rips and rips[0].source.text == "Coach" and rips[0].content.text == "rhetoric over late tackles", atts
    # After a plural subject the plain form read as a noun or adjective is the cue; not any verb.
    atts = analyze_en("Critics mock rival over toll chaos\n\nThe vote is in May.", layers=["attributions"]).attributions
    assert [(a.source.text, a.content.text) for a in atts if a.cue.text == "mock"] == [
        ("Critics", "rival over toll chaos")], atts
    atts = analyze_en("Farm prices drop sharply in spring\n\nThe vote is in May.", layers=["attributions"]).attributions
    assert not [a for a in atts if a.cue.text == "drop"], atts
    # A real verb after the plural noun stays a verb: "demands grow" is no claim.
    atts = analyze_en("Protest leaders demands grow in the capital\n\nThe court met.",
                      layers=["attributions"]).attributions
    assert not [a for a in atts if a.cue.text == "demands"], atts


def test_headline_conj_splits_two_verbs_of_one_source(analyze_en):
    atts = analyze_en("Governor says the bridge is safe, calls the report careless\n\nThe bridge opened in May.",
                      layers=["attributions"]).attributions
    got = {a.cue.text: (a.source.text if a.source else None, a.content.text) for a in atts}
    assert got.get("says") == ("Governor", "the bridge is safe"), got
    assert got.get("calls") == ("Governor", "the report careless"), got
    # Only the headline: in the body a conjoined noun after "and" stays in the claim.
    atts = analyze_en("Rain returns\n\nThe mayor said the road and bridges reopen today.",
                      layers=["attributions"]).attributions
    said = [a for a in atts if a.cue.text == "said"]
    assert said and said[0].content.text == "the road and bridges reopen today", atts


def test_split_quote_is_two_pieces_and_frees_an_adverbial_cue_in_the_gap(analyze_en):
    text = ('"The ferry will run again in spring," the harbour master said on Friday, adding that two boats '
            'needed repairs. "The crews are ready."')
    atts = analyze_en(text, layers=["attributions"]).attributions
    said = next(a for a in atts if a.cue.text == "said")
    assert said.content.pieces is not None and len(said.content.pieces) == 2
    first, second = (text[s:e] for s, e in said.content.pieces)
    assert "ferry will run" in first and "adding" not in first and second.startswith('"The crews are ready')
    adding = [a for a in atts if a.cue.text == "adding"]
    assert adding and "two boats needed repairs" in adding[0].content.text
    # A verb in a relative clause on the speaker describes the speaker: no claim of its own.
    rel = ('"The ferry will run again in spring," said the harbour master, who supports the new port. '
           '"The crews are ready."')
    atts = analyze_en(rel, layers=["attributions"]).attributions
    assert [a.cue.text for a in atts] == ["said"], [(a.cue.text, a.content.text) for a in atts]
