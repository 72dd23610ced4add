"""The ``selon`` command line: one module per command group."""

from __future__ import annotations

import logging
import sys

import click

from ..errors import SelonError
from .analyze import analyze_cli
from .bench import bench_cli
from .evaluate import eval_cli

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="selon")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: int) -> None:
    """Who says what, according to whom, how firmly: sourced claim graphs from news.

    Example: selon analyze --sample
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    level = logging.DEBUG if verbose > 1 or debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


cli.add_command(analyze_cli)
cli.add_command(eval_cli)
cli.add_command(bench_cli)


def _register_optional() -> None:
    # Command groups that live with their layer register here once they exist.
    try:
        from .narratives import narratives_cli
    except ImportError:
        return
    cli.add_command(narratives_cli)


_register_optional()


def main() -> None:
    """Run the CLI; SelonError becomes one ``Error:`` line and exit code 1."""
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
