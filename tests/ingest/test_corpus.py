"""Corpus ingest without spaCy: inputs of every format, dedup, origins, errors, batches."""

from __future__ import annotations

import io
import json
import sqlite3
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from selon.errors import SelonError
from selon.ingest.corpus import TASK_SIZE, ingest
from selon.ingest.inputs import InputOptions, iter_inputs
from selon.model import Article
from selon.store import article_origins, connect, count_articles, list_errors, load_article

DATA = Path(__file__).resolve().parents[1] / "data"


class EchoRunner:
    """Returns each article as it came (no analysis), failing texts that say FAIL."""

    slots = 2

    def __init__(self) -> None:
        self.tasks: list[int] = []

    def submit(self, records: list[dict[str, Any]], lang: str | None, size: str) -> Future[Any]:
        self.tasks.append(len(records))
        fut: Future[Any] = Future()
        fut.set_result(["[E009] unsupported" if "FAIL" in r["text"] else {**r, "lang": "fr"}
                        for r in records])
        return fut

    def close(self) -> None:
        pass


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "c.sqlite")


def _items(*paths: Path | str, **opts: Any) -> list[tuple[str, str]]:
    out = []
    for origin, item in iter_inputs([str(p) for p in paths], InputOptions(**opts)):
        out.append((origin.input_id, item.text[:12] if isinstance(item, Article) else "ERR"))
    return out


def test_inputs_csv_with_custom_fields(tmp_path: Path) -> None:
    csv_file = tmp_path / "a.csv"
    csv_file.write_text('ref,body,published\nx1,"Le maire a dit, hier, que\nle pont rouvre.",2024-01-02\n'
                        'x2,,\n', encoding="utf-8")
    items = list(iter_inputs([str(csv_file)], InputOptions(text_field="body", id_field="ref")))
    (o1, a1), (o2, e2) = items
    assert isinstance(a1, Article) and a1.id == o1.input_id == "x1"
    assert a1.text.endswith("le pont rouvre.") and a1.published == "2024-01-02"
    assert isinstance(e2, SelonError) and "E008" in str(e2) and o2.path == f"{csv_file}:4"


def test_inputs_csv_without_the_text_column_is_one_error(tmp_path: Path) -> None:
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("id,contenu\n1,Bonjour\n", encoding="utf-8")
    [(origin, err)] = list(iter_inputs([str(csv_file)]))
    assert isinstance(err, SelonError) and "E120" in str(err) and "contenu" in str(err)


def test_inputs_jsonl_fields_and_folder_ids(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "2024" / ".hidden").mkdir(parents=True)
    (folder / "2024" / "un.txt").write_text("Le préfet a annoncé la fermeture.", encoding="utf-8")
    (folder / "2024" / ".hidden" / "x.txt").write_text("caché", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    _jsonl(folder / "r.jsonl", [{"uid": 7, "contenu": "Selon la police, deux blessés."}])
    assert _items(folder, text_field="contenu", id_field="uid") == [
        ("2024/un", "Le préfet a "), ("7", "Selon la pol")]


def test_inputs_feed_reads_its_local_linked_pages(tmp_path: Path) -> None:
    page = "<html><body><article><p>Le ministre de l'Intérieur a affirmé mardi que la " \
           "manifestation avait réuni 3 000 personnes à Rennes.</p></article></body></html>"
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p1.html").write_text(page, encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Manif</title><link>pages/p1.html</link><guid>g1</guid>"
        "<description>Résumé court.</description></item>"
        "<item><title>Loin</title><link>https://example.org/x</link><guid>g2</guid>"
        "<description>Un résumé distant.</description></item></channel></rss>", encoding="utf-8")
    (o1, a1), (o2, a2) = list(iter_inputs([str(tmp_path / "feed.rss")]))
    assert isinstance(a1, Article) and "3 000 personnes" in a1.text and a1.title == "Manif"
    assert o1.feed == str(tmp_path / "feed.rss") and o1.path.endswith("p1.html")
    assert isinstance(a2, Article) and a2.text == "Un résumé distant."


def test_inputs_stdin_jsonl_or_text(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        def __init__(self, raw: bytes) -> None:
            self.buffer = io.BytesIO(raw)

    monkeypatch.setattr("sys.stdin", Stdin(b'{"id": "s1", "text": "Bonjour le monde."}\n'))
    assert _items("-") == [("s1", "Bonjour le m")]
    monkeypatch.setattr("sys.stdin", Stdin("Le maire a parlé.".encode()))
    assert _items("-") == [("stdin", "Le maire a p")]


def test_ingest_dedups_keeps_origins_and_records_errors(tmp_path: Path, db: sqlite3.Connection) -> None:
    texts = [f"Selon le maire, {n} maisons ont été inondées à Quimper." for n in range(20)]
    records = [{"id": f"a{n}", "text": t} for n, t in enumerate(texts)]
    records += [{"id": "dup-a3", "text": texts[3]}, {"id": "dup-a19", "text": texts[19]},
                {"id": "bad", "text": "FAIL this one"}, {"id": "empty", "text": ""}]
    src = _jsonl(tmp_path / "in.jsonl", records)
    runner = EchoRunner()
    report = ingest(db, iter_inputs([str(src)]), runner)
    assert (report.read, report.stored, report.duplicates, report.errors) == (24, 20, 2, 2)
    assert max(runner.tasks) == TASK_SIZE
    assert count_articles(db) == 20
    assert [o.input_id for o in article_origins(db, "a19")] == ["a19", "dup-a19"]
    # Asked for by the duplicate's own id, the stored analysis carries that id.
    first, dup = load_article(db, "a3"), load_article(db, "dup-a3")
    assert first is not None and dup is not None
    assert (first.id, dup.id) == ("a3", "dup-a3") and dup.text == first.text
    assert {e["input_id"] for e in list_errors(db)} == {"bad", None}
    # A rerun stores nothing new, keeps every origin and does not repeat the errors.
    again = ingest(db, iter_inputs([str(src)]), EchoRunner())
    assert (again.stored, again.duplicates, again.errors) == (0, 22, 2)
    assert count_articles(db) == 20 and len(list_errors(db)) == 2
    assert db.execute("SELECT count(*) FROM origins").fetchone()[0] == 22


def test_ingest_a_failing_task_fails_its_articles_only(tmp_path: Path, db: sqlite3.Connection) -> None:
    class Broken(EchoRunner):
        def submit(self, records, lang, size):  # type: ignore[no-untyped-def]
            fut = super().submit(records, lang, size)
            if any("Brest" in r["text"] for r in records):
                fut = Future()
                fut.set_exception(RuntimeError("worker died"))
            return fut

    texts = [f"Selon la mairie, {n} arbres sont tombés à Lorient." for n in range(TASK_SIZE)]
    texts += ["Selon la mairie, un arbre est tombé à Brest."]
    src = _jsonl(tmp_path / "in.jsonl", [{"id": f"t{n}", "text": t} for n, t in enumerate(texts)])
    report = ingest(db, iter_inputs([str(src)]), Broken())
    assert (report.stored, report.errors) == (TASK_SIZE, 1)
    assert "E126" in report.examples[0] and "worker died" in report.examples[0]
