"""Build the place gold from gold/places_spec.py and score the places layer with score_facts.py.

    python benchmarks/eval_places.py [--split dev|heldout|all] [--lang en|fr] [--build-only]
        [--pred-dir DIR] [--reuse]

``--build-only`` rewrites ``gold/places-gold.jsonl`` from the spec and the
texts in ``../shared/gold`` (offsets and the text's SHA-1 only). Otherwise the
places layer (with the layers it reads) runs on the gold texts, predictions
go to ``--pred-dir`` (default ``/tmp/selon-eval-places``) and
``score_facts.py --layers places`` scores the split. The split is fixed in
the gold file: every third article by sorted id is ``heldout`` (never tuned on).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path
from _common import load_module, read_jsonl as _read, write_jsonl as _write

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"
GOLD = ROOT / "gold" / "places-gold.jsonl"
TEXTS = {"en": SHARED / "polnear-train.jsonl", "fr": SHARED / "fr-dev.jsonl"}
# our own news paragraphs (written for this gold; their split is fixed in the file)
OWN_TEXTS = ROOT / "gold" / "places-own-texts.jsonl"


def _texts(lang: str) -> list[dict]:
    """The gold's texts in ``lang``: the shared corpus, then our own paragraphs."""
    return _read(TEXTS[lang]) + [r for r in _read(OWN_TEXTS) if r["lang"] == lang]


def _spec():
    mod = load_module("places_spec", ROOT / "gold" / "places_spec.py")
    return ({"en": mod.ENGLISH, "fr": mod.FRENCH}, {"en": mod.ENGLISH_HELDOUT},
            {"en": mod.OWN_ENGLISH, "fr": mod.OWN_FRENCH})


def _resolve(ref: str) -> dict:
    from selon.sources import gazetteer

    kind, _, rest = ref.partition(":")
    if kind == "pt":
        lat, lon, cc = rest.split(",")
        return {"country": cc or None, "lat": float(lat), "lon": float(lon)}
    if kind == "C":
        c = gazetteer.country(rest)
    else:
        name, _, cc = rest.partition(":")
        cc, _, a1 = cc.partition(":")
        feature = {"city": "city", "a1": "admin1", "a2": "admin2", "cont": "continent"}[kind]
        found = [c for c in gazetteer.lookup(name, fuzzy=False) if c.feature == feature
                 and (kind == "cont" or c.country == cc) and (not a1 or c.admin1 == a1)]
        if not found and kind in ("a1", "a2"):
            found = _unit_row(kind, name, cc)
        if not found:
            raise SystemExit(f"referent {ref!r} not in the gazetteer; give it as pt:lat,lon,CC")
        c = max(found, key=lambda c: c.population)
    return {"country": c.country, "lat": c.lat, "lon": c.lon}


def _unit_row(kind: str, name: str, cc: str) -> list:
    """A unit the gazetteer does not index under its bare name (*Kano*, *Niigata*: the city
    answers to it), read from the same GeoNames table: ``Name`` or ``Name Sheng``/``Name Province``."""
    from types import SimpleNamespace

    table = ROOT / "src" / "selon" / "data" / "geo" / ("admin1_world.tsv" if kind == "a1" else "admin2.tsv")
    rows = [r.split("\t") for r in table.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    return [SimpleNamespace(country=r[0], lat=float(r[3]), lon=float(r[4]), population=int(r[5]))
            for r in rows if r[0] == cc and (r[2] == name or r[2].startswith(name + " "))]


def build() -> list[dict]:
    spec, extra, own = _spec()
    rows = _build(spec)
    for i, row in enumerate(rows):
        row["split"] = "heldout" if i % 3 == 2 else "dev"
    later = _build(extra)
    for row in later:
        row["split"] = "heldout"
    ours = _build(own)
    split = {r["id"]: r["split"] for r in _read(OWN_TEXTS)}
    for row in ours:
        row["split"] = split[row["id"]]
        row["source"] = "own"
    return rows + later + ours


def _build(spec: dict) -> list[dict]:
    rows = []
    for lang, docs in spec.items():
        texts = {r["id"]: r["text"] for r in _texts(lang)}
        for doc_id, rules in docs.items():
            text = texts[doc_id]
            taken: list[tuple[int, int]] = []
            places = []
            for surface, ref in sorted(rules, key=lambda r: -len(r[0])):
                for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                    if any(s < m.end() and m.start() < e for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    if ref is None:
                        continue
                    optional = ref.startswith("?")
                    item = {"span": {"start": m.start(), "end": m.end(), "text": surface},
                            **_resolve(ref.lstrip("?")), "ref": ref.lstrip("?")}
                    if optional:
                        item["optional"] = True
                    places.append(item)
            places.sort(key=lambda p: p["span"]["start"])
            rows.append({"id": doc_id, "lang": lang,
                         "text_sha1": hashlib.sha1(text.encode()).hexdigest(), "places": places})
    rows.sort(key=lambda r: r["id"])
    return rows


def predict(gold: list[dict], out: Path) -> None:
    from selon.model import Article
    from selon.pipeline import analyze_many

    preds = []
    for lang in ("en", "fr"):
        want = {g["id"] for g in gold if g["lang"] == lang}
        texts = [r for r in _texts(lang) if r["id"] in want]
        arts = [Article(id=r["id"], text=r["text"], lang=lang, published=r.get("published"))
                for r in texts]
        for art in analyze_many(arts, lang=lang, layers=["attributions", "entities", "places"]):
            preds.append({"id": art.id, "places": [p.to_dict() for p in art.places]})
    _write(out, preds)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--lang", choices=["en", "fr", "all"], default="all")
    ap.add_argument("--source", choices=["shared", "own", "all"], default="all",
                    help="shared-corpus articles, our own paragraphs, or both")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--pred-dir", type=Path, default=Path("/tmp/selon-eval-places"))
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    if args.build_only:
        _write(GOLD, build())
        return 0
    gold = _read(GOLD)
    args.pred_dir.mkdir(parents=True, exist_ok=True)
    pred = args.pred_dir / "places-pred.jsonl"
    if not args.reuse:
        predict(gold, pred)
    keep = [g for g in gold if args.split in ("all", g["split"]) and args.lang in ("all", g["lang"])
            and args.source in ("all", g.get("source", "shared"))]
    part = args.pred_dir / f"gold-{args.split}-{args.lang}-{args.source}.jsonl"
    _write(part, keep)
    return subprocess.call([sys.executable, str(SHARED / "score_facts.py"), str(part), str(pred),
                            "--layers", "places"])


if __name__ == "__main__":
    raise SystemExit(main())
