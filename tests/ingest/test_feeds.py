"""RSS and Atom feeds: one Article per entry, clear errors for what is not a feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from selon.errors import IngestError
from selon.ingest import read_feed
from selon.ingest.feeds import parse_feed
from selon.model import Article

DATA = Path(__file__).resolve().parents[1] / "data"


def rss(items: str, lang: str = "fr") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>https://ex.test/</link><language>{lang}</language>{items}</channel></rss>").encode()


def test_feeds_rss_entries_become_articles() -> None:
    first, second, third = read_feed(DATA / "feed_fr.rss")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.published, first.url, first.lang) == (
        "Grève reconductible à la régie des transports", "2024-03-05",
        "https://journal-exemple.fr/regions/greve-regie", "fr")
    # content:encoded is the full text; the description is only a teaser.
    assert first.text == ("Les syndicats de la régie ont annoncé lundi une grève reconductible à partir de "
                          "jeudi, selon un communiqué commun.\nLa direction a dénoncé « une décision "
                          "irresponsable » et affirmé que le dialogue restait ouvert.")
    # An escaped-HTML description is read as HTML.
    assert second.text == ("Le pont de la Barre a rouvert mercredi après six semaines de travaux, "
                           "a indiqué la préfecture.")
    assert isinstance(third, IngestError) and str(third).startswith("[E080] ")
    assert "entry 3" in str(third) and "photo-du-jour" in str(third)


def test_feeds_ids_are_stable_and_distinct() -> None:
    once = [a.id for a in read_feed(DATA / "feed_fr.rss") if isinstance(a, Article)]
    again = [a.id for a in read_feed(DATA / "feed_fr.rss") if isinstance(a, Article)]
    assert once == again and len(set(once)) == 2 and all(i.startswith("feed-") for i in once)


def test_feeds_atom_entry() -> None:
    (entry,) = read_feed(DATA / "feed_en.atom")
    assert isinstance(entry, Article)
    assert entry.title == "Harbour bridge to reopen next month"
    assert entry.published == "2024-06-03"
    assert entry.url == "https://gazette.example/city/bridge-reopens"
    assert entry.lang == "en"
    assert entry.text == ("The harbour bridge will reopen in July, the transport department said on "
                          "Monday.\nAccording to officials, the repairs cost about $40 million.")


@pytest.mark.parametrize("lang, expected", [("fr-FR", "fr"), ("en-us", "en"), ("EN", "en"),
                                            ("es", None), ("de-DE", None), ("", None)])
def test_feeds_language_is_kept_only_when_supported(lang: str, expected: str | None) -> None:
    # An unsupported or missing language is left to detection, which names it.
    item = "<item><title>A</title><description>Le maire a parlé.</description></item>"
    (art,) = parse_feed(rss(item, lang), where="x.rss")
    assert isinstance(art, Article) and art.lang == expected


def test_feeds_plain_text_summary_and_no_date() -> None:
    item = "<item><title>A</title><description>Le maire a dit que 3 &lt; 4.</description></item>"
    (art,) = parse_feed(rss(item), where="x.rss")
    assert isinstance(art, Article) and art.published is None and art.url is None
    assert art.text == "Le maire a dit que 3 < 4."


def test_feeds_recoverable_breakage_is_read() -> None:
    # An unescaped "&" makes the XML ill-formed; feedparser still reads the entry.
    item = "<item><title>A</title><description>Tom & Jerry ont dit que tout allait bien.</description></item>"
    (art,) = parse_feed(rss(item), where="x.rss")
    assert isinstance(art, Article) and art.text == "Tom & Jerry ont dit que tout allait bien."


@pytest.mark.parametrize("raw, detail", [
    ((DATA / "broken.rss").read_bytes(), "not well-formed"),
    (b"<html><body><p>Pas un flux.</p></body></html>", "not an RSS or Atom document"),
    (rss(""), "no entries found"),
    (b"just some words", "not"),
    # Bytes that look like a URL are parsed, never fetched.
    (b"https://example.invalid/feed.xml", "not"),
])
def test_feeds_malformed_feed_is_e021(raw: bytes, detail: str) -> None:
    with pytest.raises(IngestError) as err:
        parse_feed(raw, where="flux.xml")
    msg = str(err.value)
    assert msg.startswith("[E021] Can't read feed 'flux.xml': ") and detail in msg
    assert msg.endswith("Check that it is RSS or Atom.")


def test_feeds_file_checks(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^\[E001\]"):
        read_feed(tmp_path / "absent.rss")
    (tmp_path / "vide.rss").write_bytes(b"")
    with pytest.raises(IngestError, match=r"^\[E002\]"):
        read_feed(tmp_path / "vide.rss")
    with pytest.raises(IngestError, match=r"^\[E004\]"):
        read_feed(DATA / "feed_fr.rss", max_bytes=100)
