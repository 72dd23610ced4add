"""Every command has help that ends with an example and is documented in README.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from selon.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Command]]:
    for name, cmd in sorted(group.commands.items()):
        path = (*prefix, name)
        yield " ".join(path), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)


COMMANDS = dict(_commands(cli))


def test_docs_the_main_commands_exist() -> None:
    assert {"analyze", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("name", ["selon", *COMMANDS])
def test_docs_help_ends_with_an_example(name: str) -> None:
    cmd = cli if name == "selon" else COMMANDS[name]
    assert cmd.help and cmd.help.strip(), f"`{name}` has no help"
    last = cmd.help.strip().splitlines()[-1].strip()
    assert last.startswith("Example: selon"), f"`{name}` help must end with 'Example: selon ...'"
    # The example runs this very command.
    if name != "selon":
        assert last.startswith(f"Example: selon {name}"), last


@pytest.mark.parametrize("name", list(COMMANDS))
def test_docs_help_is_printed(name: str) -> None:
    for flag in ("--help", "-h"):
        result = CliRunner().invoke(cli, [*name.split(), flag], prog_name="selon")
        assert result.exit_code == 0, result.output
        assert "Example: selon" in result.output and "Usage: selon " in result.output


def test_docs_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"], prog_name="selon")
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.strip()}
    assert listed == {name for name in COMMANDS if " " not in name}


@pytest.mark.parametrize("name", ["analyze", "eval"])
def test_docs_every_option_has_help(name: str) -> None:
    missing = [p.name for p in COMMANDS[name].params
               if isinstance(p, click.Option) and not p.help and p.name != "help"]
    assert not missing, f"`selon {name}` options without help: {missing}"


def test_docs_every_command_is_in_the_readme() -> None:
    # Sections come and go; what must hold is that each command is shown as
    # `selon <command>` somewhere in README.md.
    assert README.exists(), "README.md is missing: it documents every command"
    text = README.read_text(encoding="utf-8")
    missing = [name for name in COMMANDS
               if not re.search(r"\bselon\s+" + r"\s+".join(map(re.escape, name.split())) + r"\b", text)]
    assert not missing, f"commands missing from README.md: {missing}"
