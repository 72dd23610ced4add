"""Entities: KB ruler, grouping of mentions, types and countries."""

from __future__ import annotations

import pytest

from selon.extract.entities import RULER_NAME, add_kb_ruler, extract_entities
from selon.model import Article, Attribution, Span


def _entities(nlp, text, sources=()):
    atts = []
    for i, src in enumerate(sources, 1):
        start = text.index(src)
        span = Span.of(text, start, start + len(src))
        atts.append(Attribution(id=f"a{i}", source=span, cue=span, content=span))
    art = Article(id="t", text=text, attributions=tuple(atts))
    return extract_entities(nlp(text), art)


def _find(entities, name):
    return next((e for e in entities if e.name == name), None)


def test_entities_ruler_is_in_the_pipeline_once(nlp_fr, nlp_en):
    for nlp in (nlp_fr, nlp_en):
        assert nlp.pipe_names.count(RULER_NAME) == 1
        assert nlp.pipe_names.index(RULER_NAME) < nlp.pipe_names.index("ner")
        add_kb_ruler(nlp)
        assert nlp.pipe_names.count(RULER_NAME) == 1


@pytest.mark.parametrize("text, name, type_, country", [
    ("Interrogé par Sputnik, un expert a parlé.", "Sputnik", "media", "RU"),
    ("Selon El Nashra, deux opérations ont eu lieu.", "El Nashra", "media", "LB"),
    ("Selon l'Observatoire syrien des droits de l'homme, dix civils sont morts.",
     "Observatoire syrien des droits de l'homme", "organisation", "GB"),
    ("Daech a revendiqué l'attaque.", "État islamique", "armed_group", None),
    ("Le Hezbollah a tiré des roquettes.", "Hezbollah", "armed_group", "LB"),
    ("L'armée russe a frappé Idleb.", "Forces armées russes", "military", "RU"),
    ("L'Élysée a démenti.", "Élysée", "government", "FR"),
    ("Reuters reported the strike.", "Reuters", "media", "GB"),
    ("The Pentagon said the strike was lawful.", "Pentagone", "military", "US"),
])
def test_entities_kb_types(nlp_fr, nlp_en, text, name, type_, country):
    nlp = nlp_en if text.startswith(("Reuters", "The")) else nlp_fr
    entity = _find(_entities(nlp, text), name)
    assert entity is not None, [e.name for e in _entities(nlp, text)]
    assert (entity.type, entity.country) == (type_, country)


def test_entities_demonym_force_without_kb_entry(nlp_fr):
    entity = _find(_entities(nlp_fr, "L'armée malgache a été déployée hier."), "armée malgache")
    assert entity is not None and (entity.type, entity.country) == ("military", "MG")


def test_entities_surname_and_source_phrase_group(nlp_fr):
    text = ("Selon le commandant des forces russes en Syrie Sergueï Sourovikine, l'aviation a détruit "
            "des blindés. Sourovikine a ajouté que les frappes continueront.")
    ents = _entities(nlp_fr, text, ["le commandant des forces russes en Syrie Sergueï Sourovikine"])
    person = _find(ents, "Sergueï Sourovikine")
    assert person is not None and person.type == "person" and person.country == "RU"
    assert {m.text for m in person.mentions} == {
        "le commandant des forces russes en Syrie Sergueï Sourovikine", "Sergueï Sourovikine", "Sourovikine"}
    assert all(text[m.start:m.end] == m.text for m in person.mentions)


def test_entities_ambiguous_surname_stays_apart(nlp_fr):
    text = "Emmanuel Macron et Brigitte Macron sont arrivés. Macron a salué la foule."
    ents = _entities(nlp_fr, text)
    assert _find(ents, "Emmanuel Macron") and _find(ents, "Brigitte Macron")
    assert all(len(e.mentions) == 1 for e in ents if "Macron" in e.name)


def test_entities_acronym_groups_with_full_name(nlp_fr):
    text = ("La Confédération européenne des petits producteurs a protesté. "
            "La CEPP demande une aide.")
    ents = _entities(nlp_fr, text)
    grouped = [e for e in ents if any(m.text == "CEPP" for m in e.mentions)]
    assert grouped and len(grouped[0].mentions) == 2


def test_entities_kb_aliases_group(nlp_fr):
    text = "Daech a perdu du terrain. L'État islamique contrôle encore Raqqa, selon l'EI."
    ents = _entities(nlp_fr, text)
    isis = _find(ents, "État islamique")
    assert isis is not None and isis.kb_id == "islamic-state" and len(isis.mentions) >= 2
    assert "Daesh" in isis.aliases


def test_entities_capitalised_verbs_are_not_names(nlp_fr):
    ents = _entities(nlp_fr, "Interrogé par Sputnik, il a répondu. Citant comme source le QG, le site parle.")
    assert not {"Interrogé", "Citant"} & {e.name for e in ents}


def test_entities_seed(nlp_fr, seed):
    atts = tuple(Attribution.from_dict(a) for a in seed["attributions"])
    art = Article(id=seed["id"], text=seed["text"], lang="fr", attributions=atts)
    ents = extract_entities(nlp_fr(art.text), art)
    by_kb = {e.kb_id: e for e in ents if e.kb_id}
    assert by_kb["sputnik"].type == "media" and by_kb["el-nashra"].type == "media"
    assert by_kb["islamic-state"].type == "armed_group" and len(by_kb["islamic-state"].mentions) >= 5
    assert by_kb["russian-reconciliation-centre"].type == "military"
    sivkov = _find(ents, "Konstantin Sivkov")
    assert sivkov.country == "RU" and any(m.text.startswith("l’expert") for m in sivkov.mentions)
    ids = [e.id for e in ents]
    assert len(ids) == len(set(ids))
