"""The rule lemmatizer's word index is held as sets (selon.nlp.pipeline._index_as_sets):
the lemmas must be those the lists gave."""
import pytest

from selon.nlp.pipeline import load_pipeline


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les négociatrices étaient parties avant que les ministres n'aient signé les accords, "
           "a-t-elle expliqué jeudi aux journalistes réunis devant les grilles."),
    ("en", "The negotiators had already left when the ministers signed the agreements, "
           "she told reporters gathered outside the gates on Thursday."),
])
def test_lemmas_same_with_index_as_sets(lang, text):
    nlp = load_pipeline(lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    sets = dict(table.items())
    assert sets and all(isinstance(words, frozenset) for words in sets.values())
    doc = nlp(text)
    with_sets = [t.lemma_ for t in doc]
    saved_cache = lemmatizer.cache
    try:
        for key, words in sets.items():
            table[key] = sorted(words)  # as spaCy ships them: lists
        lemmatizer.cache = {}
        with_lists = [t.lemma_ for t in nlp(text)]
    finally:
        for key, words in sets.items():
            table[key] = words
        lemmatizer.cache = saved_cache
    assert with_sets == with_lists
    assert any(a != t.text.lower() for a, t in zip(with_sets, doc))  # the lemmatizer did work
