"""Web fixtures: analysed articles (the sample, a hostile one, a few gold texts) in a store."""

from __future__ import annotations

import json

import pytest

from ..conftest import GOLD, ROOT

# An article whose every field tries to run script. Written for these tests.
HOSTILE_TITLE = '<script>window.__xss="title"</script>Le <img src=x onerror="window.__xss=\'img\'"> titre'
HOSTILE_URL = 'javascript:window.__xss="url"'
HOSTILE_TEXT = (
    "Selon le porte-parole <script>window.__xss='body'</script>, le pont aurait été détruit "
    "lundi à Alep.\n\n"
    "Le ministre a déclaré que <img src=x onerror=\"window.__xss='img'\"> était un faux, "
    "et que <svg onload=\"window.__xss='svg'\"></svg> n'existait pas.\n\n"
    "D'après l'agence <a href=\"javascript:window.__xss='link'\">SANA</a>, 40 camions "
    "ont été arrêtés.")


def _gold_articles(n: int) -> list:
    from selon.model import Article

    out = []
    for name in ("seed.jsonl", "fr-dev.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and len(out) < n:
                rec = json.loads(line)
                out.append(Article(id=f"gold-{rec['id']}", text=rec["text"], lang=rec.get("lang", "fr"),
                                   published=rec.get("published"), title=rec.get("title")))
    return out


def _story_articles() -> list:
    """Three reports of one event (written for selon: benchmarks/stories_dev.jsonl, e1)."""
    from selon.model import Article

    path = ROOT / "benchmarks" / "stories_dev.jsonl"
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=r["id"], text=r["text"], url=r.get("url"), published=f"2016-08-2{k + 4}")
            for k, r in enumerate(x for x in recs if x["id"].startswith("e1-"))]


@pytest.fixture(scope="session")
def analysed() -> dict:
    """The sample, the hostile article, four gold texts and one event's three reports, analysed."""
    from selon.cli.analyze import sample_article
    from selon.model import Article
    from selon.pipeline import analyze_many

    hostile = Article(id="hostile", text=HOSTILE_TEXT, lang="fr", published="2024-03-14",
                      title=HOSTILE_TITLE, url=HOSTILE_URL)
    items = [sample_article(), hostile, *_gold_articles(4), *_story_articles()]
    out = {}
    for res in analyze_many(items):
        assert not isinstance(res, Exception), res
        out[res.id] = res
    return out


@pytest.fixture(scope="session")
def store_path(analysed, tmp_path_factory):
    """A store holding the analysed articles, linked into stories by selon.linking."""
    from selon import store
    from selon.linking.stories import link_stories

    path = tmp_path_factory.mktemp("web") / "corpus.sqlite"
    db = store.connect(path)
    store.save_articles(db, [(a, None) for a in analysed.values()])
    link_stories(db)
    db.close()
    return path
@pytest.fixture(scope="session")
def client(store_path):
    from fastapi.testclient import TestClient

    from selon.web import Corpus, create_app

    return TestClient(create_app(Corpus(store_path)))
