"""Long texts are parsed in pieces cut at line breaks and joined back into one Doc."""

from __future__ import annotations

import pytest

import selon.pipeline as P
from selon.model import Article
from tests.conftest import read_gold


@pytest.mark.parametrize("text, size", [
    ("Premier paragraphe, assez long.\n\nDeuxième paragraphe ici.\n\nTroisième.\n" * 40, 200),
    ("une ligne\n" * 300, 97),
    ("pas de saut de ligne du tout " * 100, 150),  # cut at spaces
    ("x" * 1000, 100),  # one long word: cut at the size
    ("court", 100),
])
def test_split_text_pieces_join_back(text: str, size: int) -> None:
    pieces = P.split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces)
    if "\n" in text:
        assert all(p.endswith("\n") for p in pieces[:-1])
    elif " " in text:
        assert all(p.endswith(" ") for p in pieces[:-1])


@pytest.mark.model
def test_chunked_parse_keeps_offsets_and_results(nlp_fr, monkeypatch: pytest.MonkeyPatch) -> None:
    text = max((d["text"] for d in read_gold("fr-dev.jsonl")), key=len)
    layers = ["attributions", "entities", "quantities", "dates"]
    whole = P.run_layers(nlp_fr(text), Article(id="w", text=text, lang="fr"), layers)
    monkeypatch.setattr(P, "CHUNK_CHARS", 1500)
    doc = next(P.parse(nlp_fr, [text]))
    assert doc.text == text and len(P.split_text(text, 1500)) >= 3
    # Every piece starts a sentence, as the paragraph break did in the whole text.
    starts = {s.start_char for s in doc.sents}
    offset = 0
    for piece in P.split_text(text, 1500):
        assert offset in starts or not text[offset:].strip()
        offset += len(piece)
    chunked = P.run_layers(doc, Article(id="w", text=text, lang="fr"), layers)
    for key in layers:
        assert getattr(chunked, key) == getattr(whole, key), key


@pytest.mark.model
def test_parse_yields_one_doc_per_text_in_order(nlp_fr, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(P, "CHUNK_CHARS", 300)
    texts = ["Il a dit que oui.", "Elle a affirmé que non.\n\n" * 30, "Selon lui, rien."]
    docs = list(P.parse(nlp_fr, texts))
    assert [d.text for d in docs] == texts


@pytest.mark.model
def test_one_pipeline_however_the_arguments_are_spelt(nlp_en) -> None:
    from selon.nlp.pipeline import load_pipeline

    assert load_pipeline("en", "md") is nlp_en
    assert load_pipeline("en", size="md") is nlp_en
    assert load_pipeline(lang="en") is nlp_en
