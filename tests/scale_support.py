"""Corpus and worker stand-ins for the scale tests (tests/test_scale*.py).

The coders built here run inside worker processes, so they live in an importable
module (the workers unpickle them by name) and take their settings as arguments.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import signal
from pathlib import Path

from eventwire.errors import RecordError
from eventwire.model import Article
from eventwire.pipeline import build_coder

REPO = Path(__file__).resolve().parent.parent


def generated_articles(n: int, seed: int = 11) -> list[Article]:
    spec = importlib.util.spec_from_file_location("newsgen", REPO / "bench" / "newsgen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate_articles(n, seed=seed)


def sample_articles(shared: Path, n_sentences: int = 8) -> list[Article]:
    """The Iran-Russia example article and a few real news sentences from the dev set."""
    meta = json.loads((shared / "examples" / "iran_russia_defense.json").read_text(encoding="utf-8"))
    out = [Article(id=meta["id"], text=(shared / "examples" / meta["text_file"]).read_text(encoding="utf-8"),
                   published=dt.date.fromisoformat(meta["published"]), publisher=meta["publisher"])]
    lines = (shared / "gold" / "dev" / "conflibert_news.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:n_sentences]:
        record = json.loads(line)
        out.append(Article(id=record["id"], text=record["text"], published=dt.date(2020, 5, 4)))
    return out


def as_jsonl(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "text": a.text, "date": a.published.isoformat() if a.published else None,
                                "publisher": a.publisher}) + "\n")
    return path


class LightCoder:
    """A deterministic stand-in that starts in milliseconds (tests/coded_samples.py), for
    tests about worker mechanics where many workers are started."""

    def __init__(self) -> None:
        from coded_samples import CountryPairCoder

        self.inner = CountryPairCoder()

    def code_chunk(self, chunk: list[Article | RecordError]) -> list:
        return list(self.inner.code(chunk))


class KillingCoder:
    """A coder (the real one, or LightCoder) that kills its own process (SIGKILL, as the
    OOM killer would) halfway through a chunk: once per marker file, or on every chunk
    holding an article with id `poison_id`."""

    def __init__(self, marker: str = "", poison_id: str = "", light: bool = False) -> None:
        self.marker = marker
        self.poison_id = poison_id
        self.inner = LightCoder() if light else build_coder((), 16)

    def code_chunk(self, chunk: list[Article | RecordError]) -> list:
        if any(isinstance(a, Article) and a.id == self.poison_id for a in chunk):
            self._die()
        if self.marker and not os.path.exists(self.marker):
            half = self.inner.code_chunk(chunk[: len(chunk) // 2])  # real work, then lost
            assert half is not None
            Path(self.marker).write_text(str(os.getpid()))
            self._die()
        return self.inner.code_chunk(chunk)

    @staticmethod
    def _die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)


def make_killing_coder(marker: str = "", poison_id: str = "", light: bool = False) -> KillingCoder:
    return KillingCoder(marker, poison_id, light)
