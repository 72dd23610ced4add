"""The world basemap served by the app: country outlines from ``pygal_maps_world``.

The package ships ``worldmap.svg``, one ``<g class="fr country">`` group of paths
per ISO 3166-1 alpha-2 code, drawn in the Robinson projection. Its frame is not
documented: ``scripts/calibrate_basemap.py`` fitted it (constants below) from
the centres of small countries against their capitals' coordinates.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# Robinson's table (Snyder, Map Projections: A Working Manual, p. 83): for each
# 5° of latitude, the length of the parallel (X) and its distance from the
# equator (Y), both relative.
_LAT = tuple(range(0, 95, 5))
_X = (1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
      0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322)
_Y = (0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
      0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000)

# Frame of worldmap.svg, fitted by scripts/calibrate_basemap.py:
# x = X0 + S·X(φ)·λ + C·X(φ), y = Y0 − T·Y(φ) (λ, φ in degrees).
# Fit on 35 capitals: rms 5.5 px in x, 3.5 px in y (about 0.7° of longitude);
# T/S = 90.9 against Robinson's 91.3, which confirms the projection.
X0, S, C = 1300.05, 7.640, -101.441
Y0, T = 683.88, 694.441
VIEWBOX = (0.0, 0.0, 2475.0, 1388.0)


def _interp(table: tuple[float, ...], lat: float) -> float:
    a = min(abs(lat), 90.0)
    i = min(bisect.bisect_right(_LAT, a) - 1, len(_LAT) - 2)
    f = (a - _LAT[i]) / 5.0
    return table[i] + f * (table[i + 1] - table[i])


def robinson_x_factor(lat: float) -> float:
    """Return Robinson's relative parallel length X(φ)."""
    return _interp(_X, lat)


def _robinson_xy(lat: float, lon: float) -> tuple[float, float]:
    """Return (X(φ)·λ, ±Y(φ)): Robinson coordinates before the map's scale and offset."""
    y = _interp(_Y, lat)
    return robinson_x_factor(lat) * lon, y if lat >= 0 else -y


def project(lat: float, lon: float) -> tuple[float, float]:
    """Return the (x, y) of a point in the basemap's SVG user units."""
    ux, uy = _robinson_xy(lat, lon)
    return X0 + S * ux + C * robinson_x_factor(lat), Y0 - T * uy


def _svg_path() -> Path:
    # find_spec locates the package without running its __init__ (which imports pygal).
    spec = importlib.util.find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("pygal_maps_world is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "worldmap.svg"


@lru_cache(maxsize=1)
def basemap_svg() -> bytes:
    """Return the world map SVG, with grey land and thin borders as presentation attributes."""
    raw = _svg_path().read_bytes()
    # pygal colours the map with its own CSS; as a bare image the land would
    # be black. Attributes (not a <style>) keep it free of any stylesheet.
    return raw.replace(b'<g id="countries">',
                       b'<g id="countries" fill="#e4e4e4" stroke="#8c8c8c" stroke-width="0.7">', 1)


_GROUP = re.compile(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', re.S)
_D = re.compile(r'\sd="([^"]+)"')


@lru_cache(maxsize=1)
def country_paths() -> dict[str, tuple[str, ...]]:
    """Return ``{ISO alpha-2 (upper case): path data strings}`` of every country outline."""
    text = basemap_svg().decode("utf-8")
    return {m.group(1).upper(): tuple(_D.findall(m.group(2))) for m in _GROUP.finditer(text)}
