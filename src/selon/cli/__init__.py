"""The ``selon`` command line: one module per command group."""

from __future__ import annotations

import logging
import os
import sys

import importlib
from typing import Any

import click

from ..errors import SelonError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

log = logging.getLogger("selon")


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().ensure_object(dict)["debug"] = True
        _set_log_level(ctx)


def _add_verbose(ctx: click.Context, _param: click.Parameter, value: int) -> None:
    if value:
        obj = ctx.find_root().ensure_object(dict)
        obj["verbose"] = obj.get("verbose", 0) + value
        _set_log_level(ctx)


def _set_log_level(ctx: click.Context) -> None:
    """-v: INFO, -vv or --debug: DEBUG, on the "selon" loggers; WARNING otherwise."""
    obj = ctx.find_root().ensure_object(dict)
    verbose = obj.get("verbose", 0)
    level = logging.DEBUG if verbose > 1 or obj.get("debug") else logging.INFO if verbose else logging.WARNING
    # One stderr handler on the root logger (a no-op when one exists); the
    # level is set on our own logger so other libraries stay quiet.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    log.setLevel(level)


def _global_options() -> list[click.Option]:
    """--debug and -v/--verbose, accepted before or after the command name."""
    return [
        click.Option(["--debug"], is_flag=True, expose_value=False, callback=_set_debug,
                     help="Show tracebacks on errors (and debug logs)."),
        click.Option(["-v", "--verbose"], count=True, expose_value=False, callback=_add_verbose,
                     help="More log output on stderr (-vv for debug)."),
    ]


class _Group(click.Group):
    """A group whose every command (nested groups too) also takes the global options."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        _with_global_options(cmd)
        super().add_command(cmd, name)


# Command name → (module of selon.cli, attribute). A command's module is imported
# when the command is looked up (to run it or list its help), so ``selon analyze``
# does not load, nor compile, the code of the other commands.
_LAZY = {
    "analyze": ("analyze", "analyze_cli"),
    "eval": ("evaluate", "eval_cli"),
    "bench": ("bench", "bench_cli"),
    "ingest": ("ingest", "ingest_cli"),
    "search": ("search", "search_cli"),
    "show": ("search", "show_cli"),
    "export": ("export", "export_cli"),
    "serve": ("serve", "serve_cli"),
    "stories": ("stories", "stories_cli"),
    "story": ("stories", "story_cli"),
    "narratives": ("narratives", "narratives_cli"),
}


class _LazyCommands(dict):  # type: ignore[type-arg]
    """``Group.commands`` whose values are imported on first access (see ``_LAZY``)."""

    def __init__(self, lazy: dict[str, tuple[str, str]]) -> None:
        super().__init__(dict.fromkeys(lazy))
        self._lazy = dict(lazy)

    def _load(self, name: str) -> Any:
        cmd = dict.get(self, name)
        if cmd is None and name in self._lazy:
            module, attr = self._lazy.pop(name)
            cmd = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
            _with_global_options(cmd)
            dict.__setitem__(self, name, cmd)
        return cmd

    def __getitem__(self, name: str) -> Any:
        if name not in self:
            raise KeyError(name)
        return self._load(name)

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return self._load(name) if name in self else default

    def values(self) -> Any:  # type: ignore[override]
        return [self._load(name) for name in self]

    def items(self) -> Any:  # type: ignore[override]
        return [(name, self._load(name)) for name in self]


def _with_global_options(cmd: click.Command) -> None:
    have = {opt for p in cmd.params for opt in getattr(p, "opts", [])}
    cmd.params.extend(o for o in _global_options() if not have & set(o.opts))
    if isinstance(cmd, click.Group):
        for sub in cmd.commands.values():
            _with_global_options(sub)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(package_name="selon")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Who says what, according to whom, how firmly: sourced claim graphs from news.

    Global options (--debug, -v) go before or after the command name.

    Example: selon analyze --sample
    """
    ctx.ensure_object(dict)
    _set_log_level(ctx)


cli.params.extend(_global_options())
cli.commands = _LazyCommands(_LAZY)


def main() -> None:
    """Run the CLI; SelonError becomes one ``Error:`` line and exit code 1."""
    # The process environment is the entry point's to set, not the library's:
    # the narrative embedder's OpenMP threads wait passively instead of
    # spinning against spaCy (see selon/narratives/embed.py), unless the user
    # chose a policy. libgomp reads it when the engine loads, later.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    debug = "--debug" in sys.argv
    try:
        rv = cli.main(standalone_mode=False, prog_name="selon")
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except SelonError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: still one line, with the way to see more
        if debug:
            raise
        click.echo(f"Error: internal error {type(exc).__name__}: {exc}. Rerun with --debug "
                   "for the traceback and report it.", err=True)
        sys.exit(1)
    sys.exit(rv if isinstance(rv, int) else 0)
