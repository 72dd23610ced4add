"""Every named attribution rule (selon/extract/rules.py) gives what its examples say."""

from __future__ import annotations

from pathlib import Path

import pytest

from selon.extract.rules import RULES

_DATA = Path(__file__).resolve().parents[2] / "src" / "selon" / "nlp" / "lang" / "data"
_EXAMPLES = [(r.name, ex) for r in RULES for ex in r.examples]


def test_rules_have_unique_names_and_their_data_files_exist():
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        for name in r.data:
            if name.startswith("data/"):
                continue
            for lang in ("fr", "en"):
                path = _DATA / name.format(lang=lang)
                if "{lang}" in name or name.startswith(lang):
                    assert path.exists(), f"{r.name}: {path.name} missing"


@pytest.mark.parametrize("name,ex", _EXAMPLES, ids=[f"{n}-{e.lang}-{i}" for i, (n, e) in enumerate(_EXAMPLES)])
def test_rule_example(analyze_fr, analyze_en, name, ex):
    art = (analyze_fr if ex.lang == "fr" else analyze_en)(ex.text, layers=["attributions"])
    found = [a for a in art.attributions if a.cue.text == ex.cue and ex.content in a.content.text]
    assert found, f"{name}: no ({ex.cue!r}, …{ex.content}…) in {[(a.cue.text, a.content.text) for a in art.attributions]}"
    att = found[0]
    assert (att.source.text if att.source else None) == ex.source
    if name == "polarity":
        assert att.negated
    if name == "channel":
        assert att.parent is not None
    if name == "document-author":  # the author is the parent, cued by the document noun
        parent = next(a for a in art.attributions if a.id == att.parent)
        assert parent.source.text in att.source.text and parent.source.text != att.source.text
        assert parent.cue.text in att.source.text and parent.content.text == att.content.text
    if name == "pronoun-source":
        assert att.source_ref and "Morel" in att.source_ref


_BOILERPLATE = {
    "fr": ("Par Claire Vidal\nPublié le 3 avril 2025 à 09h12, mis à jour à 11h40\n"
           "Le recteur a annoncé que trois collèges fermeraient en septembre.\n"
           "Photo : Luc Perrin / Hans Lucas\n• Pascale Roy : adjointe chargée des écoles\n"
           "- Lire aussi : Selon le rectorat, les effectifs baissent\n"
           "Par ailleurs, la maire a déclaré qu'elle contesterait la décision.",
           ("fermeraient en septembre", "contesterait la décision")),
    "en": ("By Tom Baker, Reuters\nUpdated April 3, 2025\n"
           "The dean said that three schools would close in September.\n"
           "Photo: Ann Lee/AP\n* Read more: Officials say enrolment is falling\n"
           "By Friday, the mayor said, the council will appeal.",
           ("would close in September", "the council will appeal")),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_boilerplate_lines_make_no_claims(analyze_fr, analyze_en, lang):
    text, kept = _BOILERPLATE[lang]
    art = (analyze_fr if lang == "fr" else analyze_en)(text, layers=["attributions"])
    contents = [a.content.text for a in art.attributions]
    for claim in kept:  # the article's own claims (and "Par ailleurs", "By Friday") stay
        assert any(claim in c for c in contents), contents
    bad = ("Lire aussi", "effectifs", "adjointe", "enrolment", "Claire Vidal", "Tom Baker", "Hans Lucas", "AP")
    assert not [c for c in contents if any(b in c for b in bad)], contents
    assert not [a for a in art.attributions if a.source and a.source.text in ("Pascale Roy", "Officials")]


def test_interview_answers_stop_at_their_line_and_need_a_question(analyze_fr, analyze_en):
    text = ("La navigatrice Inès Caron revient sur sa course.\nQ : Le pire moment ?\n"
            "R : La tempête du troisième jour, sans hésiter.\nLe club a annoncé qu'il la soutiendrait.")
    atts = analyze_fr(text, layers=["attributions"]).attributions
    answer = [a for a in atts if a.cue.text == "R"]
    assert len(answer) == 1 and answer[0].source.text == "Inès Caron"
    assert "club" not in answer[0].content.text  # the article resumes after the answer
    # An "A:" line with no question line is no interview.
    atts = analyze_en("Senator Mark Hill spoke on Monday.\nA: Roads come first.", layers=["attributions"]).attributions
    assert not [a for a in atts if a.cue.text == "A"]


def test_every_word_class_the_rules_read_is_in_the_data_files():
    """The rules read their words from {lang}_attribution_words.txt (w("kind")):
    each kind named in attributions.py is listed for French, and no language
    file lists a kind that no rule reads."""
    import re

    src = (Path(__file__).resolve().parents[2] / "src" / "selon" / "extract" / "attributions.py").read_text("utf-8")
    used = set()
    for call in re.findall(r"\b(?:_?w|_w_all|_endings)\(([^)]*)\)", src):
        used |= set(re.findall(r'"(\w+)"', call))
    assert len(used) > 30
    listed = {}
    for lang in ("fr", "en"):
        lines = (_DATA / f"{lang}_attribution_words.txt").read_text("utf-8").splitlines()
        listed[lang] = {ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")}
    # feminine_noun, masculine_noun: English has no grammatical gender to read;
    # addressee_noun: only English reads "<cue> to X" (rule topic-prep); perception: only the English
    # cue model needs it (rule perception-not-cue); stance_source_prep: only English reads stance nouns
    # (rule stance-complement); wh_complement, indefinite_object: English complements (rules wh-complement,
    # indefinite-object); stance_adjective, speaker_noun: English stance adjectives (rule stance-adjective);
    # poll_prep, poll_noun, report_adverb, raising: English only so far (rules in-poll, report-adverb,
    # raising-subject, headline-speaker-prep, psych-verb, judged-passive); as_clause_verb: English
    # as-clauses (rule host-clause); object_pronoun, seem_predicate: English
    # pronoun and seeming contents (rules pronoun-object, seem-predicate); speech_noun, speech_noun_prep:
    # English nouns of what was said with their topic (rule speech-noun-topic); colon_noun: English nouns
    # opening a claim after a colon (rule noun-colon-claim).
    assert used - listed["fr"] <= {"headline_speaker_prep", "contrast", "topic_prep", "feminine_noun", "masculine_noun", "addressee_noun",
                                   "perception", "stance_source_prep", "wh_complement", "indefinite_object",
                                   "stance_prep", "stance_adjective", "speaker_noun", "poll_prep", "poll_noun",
                                   "report_adverb", "raising", "psych_verb", "judgement_verb", "as_clause_verb", "object_pronoun", "seem_predicate",
                                   "speech_noun", "speech_noun_prep", "colon_noun"}, \
        used - listed["fr"]
    assert not (listed["fr"] | listed["en"]) - used - {"pronoun", "feminine", "masculine"}


def test_stance_adjective_needs_a_speaker_subject(analyze_en):
    """Rule stance-adjective: a listed adjective of attitude reports a stance only with a speaker for subject."""
    atts = analyze_en("The new bridge is determined to open in May.", layers=["attributions"]).attributions
    assert not [a for a in atts if a.cue.text == "determined"]
    atts = analyze_en("The mayor is determined to sign the budget.", layers=["attributions"]).attributions
    assert [a.source.text for a in atts if a.cue.text == "determined"] == ["The mayor"]


def test_host_clause_needs_a_clause_verb_and_keeps_time_as_clauses_out(analyze_en):
    """Rule host-clause: "as he spoke" is a time, not a claim; "as predicted" names no source."""
    art = analyze_en("As the mayor spoke, the crowd in the square grew quiet.", layers=["attributions"])
    assert not [a for a in art.attributions if a.cue.text == "spoke"]
    art = analyze_en("The old ferry company went bankrupt in May, as predicted.", layers=["attributions"])
    found = [a for a in art.attributions if a.cue.text == "predicted"]
    assert found and found[0].source is None and "went bankrupt" in found[0].content.text
    assert "predicted" not in found[0].content.text


def test_pronoun_object_is_no_content_of_an_addressee_verb(analyze_en):
    """Rule pronoun-object: "told her" names who was spoken to, not what was said."""
    art = analyze_en("The coach told her on Monday.", layers=["attributions"])
    assert not [a for a in art.attributions if a.content.text == "her"]


@pytest.mark.parametrize("text", [
    "The mayor said that \"a careful budget\" can still fund the pools.",
    "Outside the hall, the mayor spoke. “We will keep every pool open,” she said.",
    "The mayor said on Monday: ''We will keep every pool open.''",
])
def test_english_content_never_starts_with_an_opening_quote(analyze_en, text):
    """Rule content-opening-quote (PolNeAR contents start after the quote mark)."""
    art = analyze_en(text, layers=["attributions"])
    assert art.attributions
    for a in art.attributions:
        assert not a.content.text.startswith(("\"", "“", "''", " ")), a.content.text


def test_speech_noun_topic_not_a_time_or_an_author(analyze_en):
    """Rule speech-noun-topic: on with a date is when, of with a name is who (no topic content)."""
    art = analyze_en("His remarks on Saturday were short. The report of Amnesty was long.", layers=["attributions"])
    assert not [a for a in art.attributions if a.cue.text in ("remarks", "report")]
    art = analyze_en("Her comments about the stadium were brief.", layers=["attributions"])
    assert [(a.cue.text, a.source.text if a.source else None, a.content.text) for a in art.attributions] == \
        [("comments", "Her", "the stadium")]



def test_noun_colon_claim_only_right_before_the_colon(analyze_en):
    """Rule noun-colon-claim: the noun must end right at the colon; a list after a plain noun is no claim."""
    art = analyze_en("The message was sent to three schools: Hillside, Oakwood and Bay View.", layers=["attributions"])
    assert not [a for a in art.attributions if a.cue.text == "message"]
    art = analyze_en("The committee's verdict: the bridge must close.", layers=["attributions"])
    assert [(a.cue.text, a.source.text if a.source else None, a.content.text) for a in art.attributions] == \
        [("verdict", "The committee", "the bridge must close")]
