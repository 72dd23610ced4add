"""Data files shipped with selon (lexicons, knowledge base, gazetteer extras, sample)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..errors import ConfigError, Errors


def load_json(relpath: str) -> Any:
    """Read a JSON data file of the package, e.g. ``facts/dates.json``."""
    path = resources.files("selon.data").joinpath(relpath)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(Errors.E040.format(path=path, detail=exc)) from exc
