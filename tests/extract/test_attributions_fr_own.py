"""French attribution rules of round 9 (issue 10): constructions that must not report,
and a floor on our own French gold texts (gold/attr-fr-own.jsonl, tune and held-out halves)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Un homme dit « le Sage » vivait seul dans la forêt.",  # an adjective, no cue
    "Les cas rapportés cette semaine sont en hausse dans le département.",
])
def test_no_claim(analyze_fr, text):
    art = analyze_fr(text, layers=["attributions"])
    assert [a.cue.text for a in art.attributions if a.cue.text in ("dit", "rapportés")] == []


def test_aux_split_needs_a_phrase_opener(analyze_fr):
    # "a des amis assurés": a determiner after the auxiliary, no cue
    art = analyze_fr("Le patron a des salariés assurés contre les accidents du travail.", layers=["attributions"])
    assert [a.cue.text for a in art.attributions] == []


def test_trailing_selon_after_semicolon_only(analyze_fr):
    art = analyze_fr("Le magasin a fermé ses portes ; la direction aurait quitté la ville, selon des voisins.",
                     layers=["attributions"])
    selon = [a for a in art.attributions if a.cue.text == "selon"]
    assert selon and selon[0].content.text == "la direction aurait quitté la ville"


def test_on_inside_quote_is_no_claim(analyze_fr):
    art = analyze_fr("« On nous dit que tout va bien, mais les rayons sont vides », s'agace une cliente.",
                     layers=["attributions"])
    assert [a.cue.text for a in art.attributions] == ["agace"]


def test_on_outside_quote_still_reports(analyze_fr):
    art = analyze_fr("On apprend que la mairie renonce au projet de parking.", layers=["attributions"])
    assert any("la mairie renonce" in a.content.text for a in art.attributions)


@pytest.mark.parametrize("text", [
    "Les soldats ont défendu la ville pendant trois jours.",
    "Des hommes armés ont attaqué un convoi près de Gao.",
    "Le champion défendra son titre samedi à Lyon.",
    "Le thème de la marche était de défendre « la liberté de choisir ».",
])
def test_object_stance_needs_a_claim(analyze_fr, text):
    art = analyze_fr(text, layers=["attributions"])
    assert [a.cue.text for a in art.attributions] == []


@pytest.mark.parametrize("text", [
    "Incendie à Brest : le feu est maîtrisé (vidéo)\n\nLe feu a pris vers midi.",
    "Nantes : le tramway coupé jusqu'à lundi\n\nLes travaux durent (depuis mars).",
    "Football : Rennes gagne enfin (2-0)\n\nLes Rennais ont dominé.",
])
def test_headline_parenthesis_that_is_no_source(analyze_fr, text):
    art = analyze_fr(text, layers=["attributions"])
    assert [a.cue_type for a in art.attributions] == []


def test_pour_feast_is_no_source(analyze_fr):
    art = analyze_fr("Pour Noël, les commerces du centre seront ouverts trois dimanches.", layers=["attributions"])
    assert [a.cue.text for a in art.attributions] == []


def test_pour_outlet_is_a_source(analyze_fr):
    art = analyze_fr("Pour Le Télégramme, il s'agit d'une « erreur historique ».", layers=["attributions"])
    assert [(a.cue.text, a.source.text) for a in art.attributions] == [("Pour", "Le Télégramme")]
