"""Shared fixtures.  Tests may read the development data in ../shared (never the product)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared development data not present")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp.loader import load_nlp

    return load_nlp()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def coder():
    from eventwire.pipeline import Coder

    return Coder()


@pytest.fixture(scope="module")
def actors_in(coder, request):
    """Resolve a text's document actors on the test module's DAY: (doc, DocumentActors)."""
    from actor_support import document_actors

    day = request.module.DAY
    return lambda text: document_actors(coder, text, day)


@pytest.fixture(scope="session")
def code_text(coder):
    """Code one text and return its JSON events (what `eventwire code` prints)."""
    import datetime as dt

    from eventwire.model import Article

    def run(text: str, date: str = "2021-03-10") -> list[dict]:
        article = Article(id="t", text=text, published=dt.date.fromisoformat(date))
        return coder.code_article(article).to_dict()["events"]

    return run
