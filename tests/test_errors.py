"""Numbered messages, the error hierarchy, and main() turning errors into one line."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest

import selon.errors as errors_module
from selon.cli import cli, main
from selon.errors import (
    ConfigError,
    Errors,
    ExtractionError,
    IngestError,
    LinkingError,
    SelonError,
    StoreError,
)

SOURCE = Path(errors_module.__file__).read_text(encoding="utf-8")
CODES = sorted(name for name in vars(Errors) if re.fullmatch(r"[EW]\d{3}", name))


def test_errors_codes_are_never_reused() -> None:
    # A second assignment in the class body would silently replace the first.
    assigned = re.findall(r"^\s+([EW]\d{3})\s*=", SOURCE, flags=re.M)
    duplicates = {c for c in assigned if assigned.count(c) > 1}
    assert not duplicates, f"codes assigned twice in errors.py: {sorted(duplicates)}"
    assert sorted(assigned) == CODES


@pytest.mark.parametrize("code", CODES)
def test_errors_message_is_prefixed_and_formats(code: str) -> None:
    msg = getattr(Errors, code)
    assert msg.startswith(f"[{code}] ")
    # Every placeholder can be filled: no stray brace breaks .format().
    fields = {f for _, f, _, _ in string.Formatter().parse(msg) if f}
    filled = msg.format(**{f: f"<{f}>" for f in fields})
    assert filled.startswith(f"[{code}] ") and not re.search(r"\{\w*\}", filled)


@pytest.mark.parametrize("code", [c for c in CODES if "E080" <= c <= "E089"])
def test_errors_own_range_says_what_to_do(code: str) -> None:
    msg = getattr(Errors, code)
    # Each message names the offending input and a next step.
    assert "{path}" in msg or "{where}" in msg
    assert re.search(r"\b(Check|Give|Fetch|Copy|Pass|Each line must)\b", msg), msg


@pytest.mark.parametrize("cls", [ConfigError, IngestError, ExtractionError, LinkingError, StoreError])
def test_errors_hierarchy(cls: type[SelonError]) -> None:
    assert issubclass(cls, SelonError) and issubclass(SelonError, Exception)
    assert cls.__doc__ and cls.__name__ in (errors_module.__doc__ or "")


def _run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised: BaseException,
              *argv: str) -> tuple[int, str]:
    def fake_main(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(cli, "main", fake_main)
    monkeypatch.setattr(sys, "argv", ["selon", *argv])
    with pytest.raises(SystemExit) as exit_:
        main()
    return int(exit_.value.code or 0), capsys.readouterr().err


def test_errors_main_prints_one_line_for_a_selon_error(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    rc, err = _run_main(monkeypatch, capsys, IngestError(Errors.E002.format(path="a.txt")), "analyze")
    assert rc == 1
    assert err == "Error: [E002] 'a.txt' is empty. Give a file that contains article text.\n"


def test_errors_main_hides_tracebacks_of_bugs(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    rc, err = _run_main(monkeypatch, capsys, KeyError("lang"), "analyze")
    assert rc == 1 and len(err.splitlines()) == 1
    assert err.startswith("Error: internal error KeyError: 'lang'. Rerun with --debug")


def test_errors_main_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_main(*args: object, **kwargs: object) -> None:
        raise IngestError("[E002] x")

    monkeypatch.setattr(cli, "main", fake_main)
    monkeypatch.setattr(sys, "argv", ["selon", "--debug", "analyze"])
    with pytest.raises(IngestError):
        main()
