"""Derive the events layer's table of trades (maintainer script).

Writes ``src/selon/data/events/trades.tsv``: one lower-cased head noun per line with its
language, the nouns that name a person by their trade (*ambulancier*, *avocat*, *nurse*). The
French nouns come from the ONISEP list of trades (data.gouv.fr, Licence Ouverte) as the
``faker`` package ships it (``faker/providers/job/fr_FR``): a one-word title, or the first word of
a longer one (*agent* of *agent de sécurité*), less a few words that are something else too
(``_NOT_HEADS``), plus a few trades of the news the list lacks (``EXTRA``: *éboueur*, *cheminot*). The English ones from faker's default job list
(``faker/providers/job``): the last word of the title before any comma (*nurse* of *Adult
nurse*). Only the words are kept (facts); faker is not a run-time dependency. Rerun after
``pip download --no-deps faker`` and unpacking the wheel into DIR::

    python scripts/derive_trades.py DIR
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "selon" / "data" / "events" / "trades.tsv"
# Words of the lists that name no person on their own (a title's qualifier read as its head).
_NOT_HEADS = {"bim", "chef", "responsable", "directeur", "technicien-ne", "et", "de", "en", "du", "d",
              "artistic", "arts", "health", "services", "service", "development", "planning", "control",
              "conservation", "research", "learning", "management", "therapy", "sales", "editing",
              "production", "care", "media", "theatre", "television", "film", "video", "radio",
              "building", "intelligence", "risk", "education", "government", "charities", "sports",
              "insurance", "museum", "music", "press", "exhibitions", "broadcasting", "print",
              "magazine", "features", "commissioning", "publishing", "programme", "trade", "mark",
              "patent", "land", "rural", "tourism", "estate", "english", "retail", "buying", "finance",
              "clinical", "corporate", "commercial", "local", "civil", "engineering", "energy", "mining",
              "site", "structural", "water", "acoustic", "chemical", "drilling", "electrical",
              "electronics", "maintenance", "manufacturing", "materials", "petroleum", "technical",
              # English heads and French first words that are no trade read alone, or another word too
              # (*critique* is criticism, *garde* custody, *facteur* a factor)
              "boy", "copy", "make", "maths", "medical", "sciences", "sub", "wales", "person", "staff",
              "runner", "streamer", "emeritus", "associate", "professional", "visitor", "handler", "processor",
              "community", "credit", "data", "hot", "traffic", "yield", "salesman", "femme", "garçon", "maître",
              "garde", "critique", "guide", "facteur", "chargé", "attaché", "auxiliaire", "économe", "substitut",
              "visiteur", "gouvernant", "mandataire", "scripte", "hôte", "veilleur", "metteur", "souffleur",
              "concepteur", "monteur", "syndic", "scénariste", "manager", "trader", "designer", "sportif",
              "militaire", "juge", "gendarme", "magistrat", "commissaire", "expert", "spécialiste"}
# Trades often in the news that the ONISEP list names otherwise (*agent de propreté urbaine*) or not at
# all; added by hand.
EXTRA = {"fr": ["éboueur", "ripeur", "cheminot", "docker", "routier", "postier", "aiguilleur", "livreur",
                "coursier", "taxi", "urgentiste", "vigneron", "métallo", "sidérurgiste", "marin", "steward",
                "instituteur", "surveillant", "agent", "caissier", "ouvrier"],
         "en": ["trucker", "dockworker", "longshoreman", "janitor", "cabbie", "miner", "steelworker",
                "autoworker", "paramedic", "firefighter", "nurse", "lawyer", "teacher", "cashier", "postman", "guard"]}


def _jobs(path: Path) -> list[str]:
    """The ``jobs`` list of a faker provider module, read without importing faker."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(getattr(t, "id", None) == "jobs" for t in targets):
            # entries are string literals, a few of them joined with ``+``
            return ["".join(c.value for c in ast.walk(e) if isinstance(c, ast.Constant) and isinstance(c.value, str))
                    for e in getattr(node.value, "elts", [])]
    raise SystemExit(f"Error: [E001] no jobs list in {path}. Check the faker version.")


def heads(titles: list[str], lang: str) -> set[str]:
    out = set()
    for title in titles:
        words = re.findall(r"[\w'’-]+", title.split(",")[0].lower())
        if not words:
            continue
        head = words[0] if lang == "fr" else words[-1]
        if head not in _NOT_HEADS and len(head) > 2 and not head.isdigit():
            out.add(head)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    root = Path(argv[0]) / "faker" / "providers" / "job"
    fr = heads(_jobs(root / "fr_FR" / "__init__.py"), "fr") | set(EXTRA["fr"])
    en = heads(_jobs(root / "__init__.py"), "en") | set(EXTRA["en"])
    lines = [("# lang\ttrade (derived by scripts/derive_trades.py from the ONISEP list of trades and faker's"
              " English job list; words only)")]
    lines += [f"fr\t{w}" for w in sorted(fr)] + [f"en\t{w}" for w in sorted(en)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(fr)} French, {len(en)} English trades")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
