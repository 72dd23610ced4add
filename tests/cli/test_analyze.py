"""``selon analyze``: good and bad inputs, through main() as a user meets them.

Most tests run in-process (``main()`` with a patched argv, or click's
CliRunner) so they share the cached spaCy pipelines; a handful run the
installed ``selon`` in a subprocess to see the real stderr.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from selon.cli import cli, main
from selon.ingest import MAX_BYTES

DATA = Path(__file__).resolve().parents[1] / "data"
SELON = Path(sys.executable).parent / "selon"
LAYER_KEYS = {"attributions", "hedges", "entities", "quantities", "dates", "places", "events", "sources"}
ERROR_LINE = re.compile(r"^Error: \[E\d{3}\] ")

FR = "Le maire de Nantes a déclaré lundi que la piscine municipale rouvrirait en juin, selon un communiqué."
EN = "The minister said on Monday that the bridge would reopen next month, according to officials."
ES = "El presidente del gobierno dijo ayer que la economía española crecerá este año más de lo previsto."
DE = "Der Bürgermeister sagte am Montag, dass das Schwimmbad im Juni wieder geöffnet werde."


def run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
             stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run ``selon ARGS`` through main(): (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["selon", *args])
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(BytesIO(stdin), encoding="utf-8"))
    with pytest.raises(SystemExit) as exit_:
        main()
    out = capsys.readouterr()
    return int(exit_.value.code or 0), out.out, out.err


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


BAD_FILES = [
    ("empty.txt", b"", "E002", "empty"),
    ("blank.txt", b"  \n\n\t \n", "E002", "empty"),
    ("nul.txt", b"Le ministre\x00 a dit", "E003", "NUL bytes"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E003", "PNG"),
    ("rapport.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E003", "PDF"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x06\x00", "E003", "ZIP"),
    ("vide.html", b"<html><body>   <div></div> </body></html>", "E006", "no article text"),
    ("es.txt", ES.encode(), "E009", "'es' is not supported. Supported languages: fr, en"),
    ("de.txt", DE.encode(), "E009", "'de' is not supported. Supported languages: fr, en"),
    ("nombres.txt", b"12 345 678 -- 90 %", "E010", "can't tell the language"),
]


@pytest.mark.parametrize("name, content, code, problem", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_analyze_bad_file_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], name: str,
                                            content: bytes, code: str, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    rc, out, err = run_main(monkeypatch, capsys, "analyze", str(path))
    lines = error_lines(err)
    assert rc == 1 and out == ""
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"Error: [{code}] ") and problem in lines[0]
    assert name in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("fixture, code, problem", [
    ("script_only.html", "E006", "no article text could be extracted"),
    ("broken.rss", "E021", "not well-formed"),
])
def test_analyze_bad_fixture_is_one_error_line(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], fixture: str,
                                               code: str, problem: str) -> None:
    rc, out, err = run_main(monkeypatch, capsys, "analyze", str(DATA / fixture))
    assert rc == 1 and out == ""
    assert error_lines(err) == [line for line in err.splitlines() if line.startswith(f"Error: [{code}]")]
    assert len(error_lines(err)) == 1 and problem in err and fixture in err


def test_analyze_missing_file(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                              tmp_path: Path) -> None:
    missing = tmp_path / "absent.html"
    rc, _, err = run_main(monkeypatch, capsys, "analyze", str(missing))
    assert rc == 1
    assert error_lines(err) == [f"Error: [E001] Can't read '{missing}': file not found. Check the path."]
    rc, _, err = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(tmp_path / "absent.jsonl"))
    assert rc == 1 and len(error_lines(err)) == 1 and err.startswith("Error: [E001]")


def test_analyze_max_bytes_refuses_a_larger_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.txt"
    path.write_text(FR * 3, encoding="utf-8")
    size = path.stat().st_size
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--max-bytes", "100", str(path))
    assert rc == 1 and out == ""
    assert error_lines(err) == [f"Error: [E004] '{path}' is {size} bytes, over the 100-byte limit. "
                                f"Split it, or pass --max-bytes {size} to lift the limit."]


def test_analyze_default_limit_on_a_sparse_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # A sparse file: MAX_BYTES + 1 bytes long without writing them.
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    rc, _, err = run_main(monkeypatch, capsys, "analyze", str(path))
    assert rc == 1 and err.startswith(f"Error: [E004] '{path}' is {MAX_BYTES + 1} bytes")


def test_analyze_one_bad_file_does_not_stop_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "bon.txt", tmp_path / "vide.txt"
    good.write_text(FR, encoding="utf-8")
    bad.write_bytes(b"")
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", str(bad), str(good),
                            str(tmp_path / "absent.txt"))
    assert rc == 1
    assert [d["id"] for d in json_lines(out)] == ["bon"]
    assert [line[:13] for line in error_lines(err)] == ["Error: [E002]", "Error: [E001]"]


JSONL_RECORDS = [
    json.dumps({"id": "ok-fr", "text": FR, "published": "2024-06-03"}, ensure_ascii=False),
    "{not json",
    json.dumps({"id": "no-text", "title": "Sans texte"}),
    json.dumps({"id": "bad-title", "text": FR, "title": 5}, ensure_ascii=False),
    json.dumps({"id": ["a", "b"], "text": FR}, ensure_ascii=False),
    json.dumps(["not", "an", "object"]),
    "",
    json.dumps({"id": "es-1", "text": ES}, ensure_ascii=False),
    json.dumps({"id": 42, "text": EN, "lang": "en"}),
]


def test_analyze_jsonl_keeps_ids_and_reports_bad_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(JSONL_RECORDS) + "\n", encoding="utf-8")
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(path))
    assert rc == 1
    lines_out = json_lines(out)
    # One output line per record, in input order: the failed ones say why in their place.
    assert [(d["id"], (d.get("error") or {}).get("code")) for d in lines_out] == [
        ("ok-fr", None), (None, "E007"), ("no-text", "E008"), ("bad-title", "E011"), (None, "E011"),
        (None, "E011"), ("es-1", "E009"), ("42", None)]
    docs = [d for d in lines_out if "error" not in d]
    assert docs[0]["published"] == "2024-06-03" and docs[1]["lang"] == "en"
    assert all(LAYER_KEYS <= set(d) for d in docs)
    lines = error_lines(err)
    assert [line[:13] for line in lines] == ["Error: [E007]", "Error: [E008]", "Error: [E011]",
                                             "Error: [E011]", "Error: [E011]", "Error: [E009]"]
    assert all(ERROR_LINE.match(line) for line in lines)
    # Each line names where: the file and line, or the record id and the file.
    for line, where in zip(lines, [":2:", ":3:", ":4:", ":5:", ":6:", "es-1"]):
        assert where in line and str(path) in line
    assert '"title" must be a string, got 5' in lines[2]
    assert "Traceback" not in err


def test_analyze_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = (json.dumps({"id": "r1", "text": FR}, ensure_ascii=False) + "\n{oops\n").encode()
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--jsonl", "-", stdin=stdin)
    assert rc == 1 and [d["id"] for d in json_lines(out)] == ["r1", None]
    assert error_lines(err) == [line for line in err.splitlines() if line.startswith("Error: [E007] <stdin>:2")]


def test_analyze_text_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "-", "--json", stdin=FR.encode())
    assert rc == 0 and err == ""
    (doc,) = json_lines(out)
    assert doc["id"] == "stdin" and doc["text"] == FR and doc["lang"] == "fr"
    rc, _, err = run_main(monkeypatch, capsys, "analyze", "-", stdin=b"")
    assert rc == 1 and error_lines(err) == ["Error: [E002] '<stdin>' is empty. Give a file that contains "
                                            "article text."]


def test_analyze_json_has_every_layer(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    fr, en = tmp_path / "fr.txt", tmp_path / "en.txt"
    fr.write_text(FR, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    rc, out, _ = run_main(monkeypatch, capsys, "analyze", "--json", "--published", "2024-06-03",
                          str(fr), str(en))
    assert rc == 0
    docs = json_lines(out)
    assert [(d["id"], d["lang"], d["published"]) for d in docs] == [("fr", "fr", "2024-06-03"),
                                                                    ("en", "en", "2024-06-03")]
    for d in docs:
        assert LAYER_KEYS <= set(d)
        assert all(isinstance(d[k], list) for k in LAYER_KEYS)


@pytest.mark.parametrize("name, snippet", [("latin1_fr.txt", "à la circulation dès vendredi"),
                                           ("cp1252_fr.txt", "« près de 2 millions d’euros »")])
def test_analyze_legacy_encoded_file_is_decoded_with_a_warning(monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str],
                                                               caplog: pytest.LogCaptureFixture,
                                                               name: str, snippet: str) -> None:
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", str(DATA / name))
    assert rc == 0 and "Error" not in err
    (doc,) = json_lines(out)
    assert doc["text"].startswith("Le préfet a déclaré mercredi") and snippet in doc["text"]
    assert doc["lang"] == "fr" and LAYER_KEYS <= set(doc)
    (warning,) = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert name in warning and "cp1252" in warning


def test_analyze_encoding_option_overrides_detection(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", "--encoding", "utf-8",
                            str(DATA / "latin1_fr.txt"))
    assert rc == 1 and out == "" and err.startswith("Error: [E005] Can't decode")


def test_analyze_feed_gives_one_article_per_entry(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", str(DATA / "feed_fr.rss"),
                            str(DATA / "feed_en.atom"))
    docs = json_lines(out)
    assert [(d["lang"], d["published"], d["url"].rsplit("/", 1)[-1]) for d in docs] == [
        ("fr", "2024-03-05", "greve-regie"), ("fr", "2024-03-06", "pont-barre"),
        ("en", "2024-06-03", "bridge-reopens")]
    assert all(LAYER_KEYS <= set(d) for d in docs)
    # The third French entry has no text: one line, and the exit code says so.
    assert rc == 1 and len(error_lines(err)) == 1 and err.startswith("Error: [E080] ")
    assert "photo-du-jour" in err


def test_analyze_warc_gives_one_article_per_html_response(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [("https://journal-exemple.fr/a", "text/html; charset=utf-8", f"<p>{FR}</p>".encode()),
             ("https://journal-exemple.fr/logo.png", "image/png", b"\x89PNG\r\n"),
             ("https://journal-exemple.fr/latin", "text/html; charset=iso-8859-1",
              "<p>Le préfet a déclaré que la route était rouverte.</p>".encode("latin-1")),
             ("https://journal-exemple.fr/vide", "text/html", b"<html><script>x()</script></html>")]
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                          http_headers=headers))
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", str(path))
    docs = json_lines(out)
    assert [d["url"] for d in docs] == ["https://journal-exemple.fr/a", "https://journal-exemple.fr/latin"]
    assert docs[1]["text"].startswith("Le préfet a déclaré")
    assert rc == 1 and len(error_lines(err)) == 1 and "[E006]" in err and "https://journal-exemple.fr/vide" in err


def test_analyze_sample_prints_the_claim_graph() -> None:
    runner = CliRunner()
    as_json = runner.invoke(cli, ["analyze", "--sample", "--json"])
    assert as_json.exit_code == 0, as_json.output
    (doc,) = json_lines(as_json.output)
    shown = runner.invoke(cli, ["analyze", "--sample"])
    assert shown.exit_code == 0
    assert shown.output.startswith(doc["title"][:40])
    flat = " ".join(shown.output.split())
    assert f"{len(doc['attributions'])} attributions, {len(doc['hedges'])} hedge markers" in flat
    for att in doc["attributions"]:
        assert att["cue"]["text"] in flat


def test_analyze_without_input_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["analyze"])
    assert result.exit_code == 2 and "Example: selon analyze --sample" in result.output


# Real runs of the installed command: the stderr a user sees, logging included.

def _selon(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SELON), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_analyze_subprocess_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "es.txt").write_text(ES, encoding="utf-8")
    run = _selon("analyze", "vide.txt", "image.txt", "absent.txt", "es.txt", cwd=tmp_path)
    assert run.returncode == 1 and run.stdout == ""
    lines = run.stderr.splitlines()
    assert [line[:13] for line in lines] == ["Error: [E002]", "Error: [E003]", "Error: [E001]", "Error: [E009]"]
    for line, name in zip(lines, ["vide.txt", "image.txt", "absent.txt", "es.txt"]):
        assert name in line
    missing = _selon("analyze", "--jsonl", "absent.jsonl", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.splitlines() == ["Error: [E001] Can't read 'absent.jsonl': file not found. "
                                           "Check the path."]


def test_analyze_subprocess_legacy_encoding_warns_once(tmp_path: Path) -> None:
    # Spanish, so the run stops before spaCy loads (a cold start costs
    # seconds); the French cp1252 success is checked in-process above.
    (tmp_path / "es.txt").write_bytes(ES.encode("latin-1"))
    run = _selon("analyze", "--json", "es.txt", cwd=tmp_path)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.splitlines() == [
        "WARNING selon: 'es.txt' is not UTF-8; decoded it as cp1252. Pass --encoding NAME if the "
        "text looks wrong.",
        "Error: [E009] es: language 'es' is not supported. Supported languages: fr, en. Pass --lang "
        "with one of them if the detection is wrong. (input: es.txt)",
    ]


def test_analyze_subprocess_internal_errors_have_no_traceback(tmp_path: Path) -> None:
    run = _selon("analyze", "--max-bytes", "not-a-number", "x.txt", cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "Invalid value for '--max-bytes'" in run.stderr


def test_analyze_jsonl_file_given_as_file_is_read_as_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lot.jsonl"
    path.write_text("\n".join([json.dumps({"id": "r1", "text": FR}, ensure_ascii=False), "[]"]) + "\n",
                    encoding="utf-8")
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--json", str(path), str(tmp_path / "absent.jsonl"))
    assert [d["id"] for d in json_lines(out)] == ["r1"]
    assert rc == 1 and [line[:13] for line in error_lines(err)] == ["Error: [E011]", "Error: [E001]"]


def test_analyze_timings_writes_work_times_and_leaves_the_output_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": FR}, ensure_ascii=False) + "\n" for i in range(3)),
                    encoding="utf-8")
    rc, plain, _ = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(path))
    timings = tmp_path / "t.json"
    rc2, timed, _ = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(path), "--timings", str(timings))
    assert rc == rc2 == 0 and timed == plain  # the warm-up sentence is dropped
    own = json.loads(timings.read_text(encoding="utf-8"))
    assert set(own) == {"startup_cpu_s", "work_wall_s", "work_cpu_s", "records"} and own["records"] == 3
    assert all(own[k] >= 0 for k in ("startup_cpu_s", "work_wall_s", "work_cpu_s"))


def test_analyze_progress_bar_only_where_rich_would_draw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from selon.cli import analyze as A

    for var in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a pipe or a file: no live display
    assert not A._draws_on_stderr()
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert A._draws_on_stderr()
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert not A._draws_on_stderr()
    from rich.console import Console

    for env in ({}, {"FORCE_COLOR": "1"}, {"FORCE_COLOR": ""}, {"TTY_COMPATIBLE": "1"}, {"TTY_COMPATIBLE": "0"}):
        for var in ("TTY_COMPATIBLE", "FORCE_COLOR"):
            monkeypatch.delenv(var, raising=False)
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        assert A._draws_on_stderr() == Console(stderr=True).is_terminal, env
