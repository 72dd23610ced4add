"""WARC archives, written here with warcio's own writer: HTML responses become Articles."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from selon.errors import IngestError
from selon.ingest import read_warc
from selon.ingest.warc import is_warc
from selon.model import Article

FR = ("Le maire de Lyon a annoncé lundi que le tramway serait prolongé jusqu'à la gare, "
      "selon un communiqué de la métropole.")
LATIN = "Le préfet a déclaré mardi que les routes étaient à nouveau ouvertes."


def page(body: str, title: str = "Titre") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav>Accueil</nav>"
            f"<article><p>{body}</p></article><footer>Contact</footer></body></html>")


# (record type, URI, HTTP status or None, content type, body)
RECORDS = [
    ("response", "https://ex.fr/tram", "200 OK", "text/html; charset=utf-8", page(FR, "Tramway").encode()),
    ("request", "https://ex.fr/tram", None, "", b""),
    ("response", "https://ex.fr/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("response", "https://ex.fr/absent", "404 Not Found", "text/html", page("Page introuvable").encode()),
    ("response", "https://ex.fr/ailleurs", "301 Moved Permanently", "text/html", b"<a href='/x'>x</a>"),
    ("response", "https://ex.fr/routes", "200 OK", "text/html; charset=ISO-8859-1",
     page(LATIN).encode("latin-1")),
    # The server says UTF-8 but sends cp1252: the declared charset is dropped.
    ("response", "https://ex.fr/faux", "200 OK", 'text/html; charset="utf-8"',
     page("L’élu a précisé que la séance était levée.").encode("cp1252")),
    ("response", "https://ex.fr/appli", "200 OK", "text/html", b"<html><script>boot()</script></html>"),
    ("resource", "https://ex.fr/archive.html", None, "text/html", page("Selon la mairie, tout va bien.").encode()),
]


def write_warc(path: Path, records: list[tuple[str, str, str | None, str, bytes]] = RECORDS,
               gzip: bool = True) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for rec_type, uri, status, ctype, body in records:
            headers = (StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                       if status else None)
            kwargs = {"http_headers": headers} if headers else {"warc_content_type": ctype or None}
            if rec_type == "request":
                headers = StatusAndHeaders("GET /tram HTTP/1.1", [("Host", "ex.fr")], is_http_request=True)
                kwargs = {"http_headers": headers}
            writer.write_record(writer.create_warc_record(uri, rec_type, payload=BytesIO(body), **kwargs))
    return path


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_html_responses_become_articles(tmp_path: Path, gzip: bool, name: str) -> None:
    items = list(read_warc(write_warc(tmp_path / name, gzip=gzip)))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in arts] == ["https://ex.fr/tram", "https://ex.fr/routes", "https://ex.fr/faux",
                                     "https://ex.fr/archive.html"]
    tram, routes, faux, archive = arts
    assert tram.text == FR and tram.title == "Tramway"
    assert routes.text == LATIN
    assert faux.text == "L’élu a précisé que la séance était levée."
    assert archive.text == "Selon la mairie, tout va bien."
    (err,) = [i for i in items if isinstance(i, IngestError)]
    assert str(err).startswith("[E006] ") and "https://ex.fr/appli" in str(err) and name in str(err)


def test_warc_ids_are_stable(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz")
    ids = [a.id for a in read_warc(path) if isinstance(a, Article)]
    assert ids == [a.id for a in read_warc(path) if isinstance(a, Article)]
    assert len(set(ids)) == len(ids) and all(i.startswith("warc-") for i in ids)


def test_warc_max_bytes_applies_per_record(tmp_path: Path) -> None:
    long = page(FR * 40).encode()
    path = write_warc(tmp_path / "big.warc.gz", [RECORDS[0],
                                                 ("response", "https://ex.fr/long", "200 OK", "text/html", long)])
    short, too_long = read_warc(path, max_bytes=len(long) - 1)
    assert isinstance(short, Article)
    assert isinstance(too_long, IngestError) and str(too_long).startswith("[E004] ")


def test_warc_without_html_is_e082(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "images.warc.gz", [RECORDS[2], RECORDS[3]])
    with pytest.raises(IngestError, match=r"^\[E082\] .*images\.warc\.gz"):
        read_warc(path)


def test_warc_file_that_is_not_a_warc_is_e081(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("not a warc\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"^\[E081\] Can't read WARC '.*notes\.warc'"):
        read_warc(path)


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("cut, n_read, uri", [(0.1, 0, "https://ex.fr/tram"),
                                              (0.66, 1, "https://ex.fr/routes")])
def test_warc_cut_inside_an_html_record_is_e084(tmp_path: Path, gzip: bool, cut: float, n_read: int,
                                                uri: str) -> None:
    # warcio stops quietly at the end of a cut file; the cut page must not
    # pass for a whole one. Pages before the cut are still read.
    full = write_warc(tmp_path / "full.warc", gzip=gzip).read_bytes()
    path = tmp_path / "cut.warc"
    path.write_bytes(full[: int(len(full) * cut)])
    got: list[Article | IngestError] = []
    with pytest.raises(IngestError) as err:
        for item in read_warc(path):
            got.append(item)
    assert str(err.value).startswith(f"[E084] '{path}' is cut short inside the record of {uri}")
    assert len(got) == n_read and all(isinstance(a, Article) for a in got)


def test_warc_cut_inside_a_header_keeps_the_whole_records(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "one.warc", RECORDS[:1], gzip=False).read_bytes()
    path = tmp_path / "two.warc"
    path.write_bytes(whole + write_warc(tmp_path / "x.warc", RECORDS[5:6], gzip=False).read_bytes()[:40])
    got: list[Article | IngestError] = []
    with pytest.raises(IngestError, match=r"^\[E081\] .*corrupt after the records read so far"):
        for item in read_warc(path):
            got.append(item)
    assert [a.url for a in got if isinstance(a, Article)] == ["https://ex.fr/tram"]


def test_warc_missing_and_empty(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^\[E001\]"):
        read_warc(tmp_path / "absent.warc.gz")
    (tmp_path / "vide.warc").write_bytes(b"")
    with pytest.raises(IngestError, match=r"^\[E002\]"):
        read_warc(tmp_path / "vide.warc")


@pytest.mark.parametrize("name, expected", [("a.warc", True), ("A.WARC.GZ", True), ("a.warc.gz.txt", False),
                                            ("a.gz", False), ("warc.html", False)])
def test_warc_is_warc_by_name(name: str, expected: bool) -> None:
    assert is_warc(name) is expected
