"""Option checks shared by commands: bad values are usage errors (exit 2), caught before any model loads."""

from __future__ import annotations

import codecs
import datetime as dt

import click


def check_published(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """--published must be an ISO date (what the dates layer reads), checked before any model loads."""
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value[:10])
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date. Give it as YYYY-MM-DD, "
                                 "for example --published 2024-03-14.") from None
    return value


def check_encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"{value!r} is not a known text encoding. Give a Python codec "
                                 "name such as utf-8, latin-1 or cp1252.") from None
    return value
