"""A demo database from the bundled sample articles, coded by the real coder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..ingest.run import ArticleCoder, IngestOptions, IngestSummary, ingest

# In a source checkout (or an editable install) the samples sit at the repository root.
REPO_SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "articles.jsonl"


def default_samples() -> Path:
    if not REPO_SAMPLES.is_file():
        raise InputError("the sample articles (samples/articles.jsonl) are not here; pass --samples FILE",
                         where=str(REPO_SAMPLES))
    return REPO_SAMPLES


def build_demo(
    db: str | Path,
    *,
    samples: str | Path | None = None,
    coder: ArticleCoder | None = None,
    on_progress: Callable[[IngestSummary], None] = lambda summary: None,
    on_message: Callable[[str], None] = lambda line: None,
) -> IngestSummary:
    """Code the sample articles into the store at `db` (created if absent).  Running it
    again adds nothing: stored articles are recognised and skipped."""
    if coder is None:
        from ..pipeline import Coder

        coder = Coder()
    source = Path(samples) if samples is not None else default_samples()
    return ingest([str(source)], db, coder, IngestOptions(), on_progress=on_progress, on_message=on_message)
