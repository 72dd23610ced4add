"""Plain text, HTML and JSONL readers: decoding, extraction and refusals."""

from __future__ import annotations

import codecs
import json
import logging
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selon.errors import IngestError
from selon.ingest import html_to_text, read_file, read_jsonl, read_jsonl_file, read_text
from selon.ingest.readers import record_to_article
from selon.model import Article

DATA = Path(__file__).resolve().parents[1] / "data"
FR = "Le préfet a déclaré mercredi que la route serait rouverte à la circulation dès vendredi."


def code_of(exc: pytest.ExceptionInfo[IngestError]) -> str:
    return str(exc.value)[1:5]


def test_readers_html_page_keeps_the_article_and_its_metadata() -> None:
    art = read_file(DATA / "article_fr.html")
    assert art.id == "article_fr"
    assert art.title == "Le tramway de Valence prolongé jusqu'à la gare"
    assert art.published == "2024-05-14"
    assert art.url == "https://journal-exemple.fr/transports/tramway-valence"
    paragraphs = art.text.split("\n")
    assert any(p.startswith("Le président de l'agglomération a annoncé mardi") for p in paragraphs)
    assert any(p.startswith("« Ce chantier est attendu depuis dix ans », a déclaré") for p in paragraphs)
    # Navigation, related links, footer and scripts are not article text.
    for boilerplate in ("S'abonner", "À lire aussi", "Mentions légales", "window.analytics", "font-family"):
        assert boilerplate not in art.text


def test_readers_english_html_page() -> None:
    art = read_file(DATA / "article_en.html")
    assert art.published == "2024-06-03"
    assert "chief engineer Mara Quinn told reporters" in art.text
    assert "Terms of use" not in art.text and "The Example Gazette" not in art.text


def test_readers_unclosed_tags_still_give_the_paragraphs() -> None:
    art = read_file(DATA / "unclosed.html")
    lines = art.text.split("\n")
    assert lines[0].startswith("Le porte-parole du gouvernement a affirmé jeudi")
    assert any(line.startswith("Selon lui, un accord reste possible") for line in lines)
    assert lines[-1].endswith("un calendrier « intenable ».")
    assert all(line == line.strip() for line in lines)


@pytest.mark.parametrize("html", [
    (DATA / "script_only.html").read_bytes(),
    b"<html><head><style>p{color:red}</style></head><body><p>   </p></body></html>",
    b"<!DOCTYPE html><html><body><!-- only a comment --></body></html>",
])
def test_readers_html_without_text_is_e006(html: bytes) -> None:
    with pytest.raises(IngestError) as err:
        read_text(html, where="page.html", html=True)
    assert code_of(err) == "E006" and "'page.html'" in str(err.value)


def test_readers_html_fragment_is_detected_and_read() -> None:
    # No <html> around it: trafilatura finds no page, the visible text is kept.
    art = read_text(f"<p>{FR}</p><p>Selon la mairie, <b>les travaux</b> sont finis.</p>".encode(),
                    where="frag")
    assert art.text == f"{FR}\nSelon la mairie, les travaux sont finis."


@pytest.mark.parametrize("fragment, text", [
    ("<p>Un</p><p>Deux &amp; trois</p>", "Un\nDeux & trois"),
    ("<div>A<br>B</div><script>alert('x')</script><style>.a{}</style>", "A\nB"),
    ("<ul><li>Premier</li><li>Second</li></ul>", "Premier\nSecond"),
    ("Texte    sans\n\n   balise", "Texte sans\nbalise"),
    ("", ""),
])
def test_readers_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


@pytest.mark.parametrize("name", ["latin1_fr.txt", "cp1252_fr.txt"])
def test_readers_legacy_encodings_are_decoded_with_a_warning(name: str,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="selon"):
        art = read_file(DATA / name)
    assert art.text.startswith("Le préfet a déclaré mercredi que la route départementale")
    assert "coûté" in art.text and "à la circulation dès vendredi" in art.text
    (record,) = caplog.records
    assert name in record.getMessage() and "cp1252" in record.getMessage()


def test_readers_cp1252_punctuation_survives() -> None:
    art = read_file(DATA / "cp1252_fr.txt")
    assert art.text.endswith("« près de 2 millions d’euros ».")


@pytest.mark.parametrize("raw", [
    codecs.BOM_UTF8 + FR.encode("utf-8"),
    codecs.BOM_UTF16_LE + FR.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + FR.encode("utf-16-be"),
    FR.replace(" ", "\r\n", 2).encode("utf-8"),
])
def test_readers_unicode_forms_are_read(raw: bytes) -> None:
    text = read_text(raw, where="x.txt").text
    assert text.replace("\n", " ") == FR


def test_readers_given_encoding_is_used_or_refused() -> None:
    raw = FR.encode("latin-1")
    assert read_text(raw, where="x", encoding="latin-1").text == FR
    for wrong in ("utf-8", "no-such-codec"):
        with pytest.raises(IngestError) as err:
            read_text(raw, where="x.txt", encoding=wrong)
        assert code_of(err) == "E005" and "--encoding" in str(err.value)


def test_readers_control_characters_and_newlines_are_cleaned() -> None:
    art = read_text(b"  Ligne un\r\nLigne\x0b deux\x07\rfin \n", where="x")
    assert art.text == "Ligne un\nLigne\x0b deux \nfin"


@pytest.mark.parametrize("raw, code", [
    (b"", "E002"),
    (b" \n\t\n", "E002"),
    (b"%PDF-1.4\n", "E003"),
    (b"\xff\xd8\xff\xe0JFIF", "E003"),
    (b"GIF89a\x01\x00", "E003"),
    (b"\x1f\x8b\x08\x00", "E003"),
    (b"texte\x00binaire", "E003"),
    (b"x" * 101, "E004"),
])
def test_readers_refusals(raw: bytes, code: str) -> None:
    with pytest.raises(IngestError) as err:
        read_text(raw, where="in.txt", max_bytes=100)
    assert code_of(err) == code and "in.txt" in str(err.value)


def test_readers_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as err:
        read_file(tmp_path / "absent.txt")
    assert code_of(err) == "E001"
    big = tmp_path / "big.txt"
    big.write_text(FR, encoding="utf-8")
    with pytest.raises(IngestError) as err:
        read_file(big, max_bytes=10)
    assert code_of(err) == "E004"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_readers_any_bytes_give_an_article_or_an_ingest_error(raw: bytes) -> None:
    try:
        art = read_text(raw, where="fuzz")
    except IngestError as exc:
        assert str(exc).startswith("[E0")
    else:
        assert art.text and art.text == art.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_readers_any_utf8_text_round_trips_or_is_refused(text: str) -> None:
    # What a plain-text file should become: one newline convention, control
    # characters blanked, outer whitespace and a leading BOM dropped.
    expected = re.sub(r"[\x00-\x08\x0e-\x1f]", " ",
                      text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")).strip()
    try:
        art = read_text(text.encode("utf-8"), where="fuzz", html=False)
    except IngestError as exc:
        assert "\x00" in text[:4096] or not expected, exc
    else:
        assert art.text == expected


@pytest.mark.parametrize("record, code, detail", [
    ({"text": "  "}, "E008", 'no non-empty "text"'),
    ({"id": "a", "text": 12}, "E008", 'no non-empty "text"'),
    ({"id": "a"}, "E008", 'no non-empty "text"'),
    ({"id": "a", "text": FR, "published": 20240603}, "E011", '"published" must be a string, got 20240603'),
    ({"id": "a", "text": FR, "lang": ["fr"]}, "E011", '"lang" must be a string'),
    ({"id": {"x": 1}, "text": FR}, "E011", '"id" must be a string or an integer'),
    ({"id": True, "text": FR}, "E011", '"id" must be a string or an integer'),
    (["a"], "E011", '"record" must be an object'),
    ("texte", "E011", '"record" must be an object'),
])
def test_readers_bad_records(record: object, code: str, detail: str) -> None:
    with pytest.raises(IngestError) as err:
        record_to_article(record, "in.jsonl:3")
    assert code_of(err) == code and str(err.value).startswith(f"[{code}] in.jsonl:3: ")
    assert detail in str(err.value)


def test_readers_record_fields_and_ids() -> None:
    art = record_to_article({"id": 7, "text": FR, "lang": "fr", "published": "2024-06-03",
                             "title": "Route", "url": None, "extra": {"x": 1}}, "w")
    assert art == Article(id="7", text=FR, lang="fr", published="2024-06-03", title="Route")
    # Without an id, the id is hashed: the same record gets the same id.
    assert record_to_article({"text": FR}, "w").id == record_to_article({"text": FR}, "w").id


def test_readers_jsonl_lines_go_on_after_errors() -> None:
    lines = [json.dumps({"id": "a", "text": FR}), "", "{bad", "   ", json.dumps({"id": "b", "text": FR}),
             json.dumps({"id": "c", "text": "x" * 500})]
    out = list(read_jsonl(lines, name="in.jsonl", max_bytes=300))
    assert [o.id if isinstance(o, Article) else str(o)[:20] for o in out] == [
        "a", "[E007] in.jsonl:3: n", "b", "[E004] 'in.jsonl:6' "]


def test_readers_jsonl_file_checks(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(IngestError) as err:
        read_jsonl_file(tmp_path / "absent.jsonl")
    assert code_of(err) == "E001"
    for name, raw, code in (("empty.jsonl", b"\n\n", "E002"), ("zip.jsonl", b"PK\x03\x04rest", "E003")):
        (tmp_path / name).write_bytes(raw)
        with pytest.raises(IngestError) as err:
            read_jsonl_file(tmp_path / name)
        assert code_of(err) == code and name in str(err.value)
    # Latin-1 JSONL is decoded (with a warning), not mangled into U+FFFD.
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps({"id": "l", "text": FR}, ensure_ascii=False).encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="selon"):
        (art,) = read_jsonl_file(latin)
    assert isinstance(art, Article) and art.text == FR and "latin.jsonl" in caplog.text


def test_readers_jsonl_keeps_unicode_line_separators_in_strings(tmp_path: Path) -> None:
    # JSON allows a raw U+2028 in a string; str.splitlines() would cut the record in two.
    text = "Il a dit :\u2028« oui ».\x85Fin."
    path = tmp_path / "sep.jsonl"
    path.write_text(json.dumps({"id": "s", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = read_jsonl_file(path)
    assert isinstance(art, Article) and art.text == text


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(["id", "text", "lang", "title", "x"]), inner,
                                             max_size=4), max_leaves=8)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=30)), max_size=6))
def test_readers_jsonl_never_raises_on_any_line(lines: list[str]) -> None:
    # One bad record never stops a batch: every line gives an Article or its error.
    for item in read_jsonl(lines, name="fuzz.jsonl"):
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            # E110: two generated records can share an id (a duplicate is reported, not raised)
            assert str(item)[:5] in ("[E004", "[E007", "[E008", "[E011", "[E110") and "fuzz.jsonl:" in str(item)
        else:
            assert item.text.strip() and isinstance(item.id, str)
