"""The coder's public entry point: Articles in, CodedArticles out.

    coder = Coder()
    for result in coder.code(articles):      # Article | RecordError in
        ...                                  # CodedArticle | RecordError out

The document flows through named stages (see `coding.stages`); spaCy parses
all texts in one batched `nlp.pipe` pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .errors import RecordError
from .model import Article, CodedArticle


class Coder:
    """Codes articles into events.  Loads the model and tables once."""

    def __init__(self, *, actor_files: Sequence[Path] = (), batch_size: int = 32) -> None:
        self.actor_files = tuple(actor_files)
        self.batch_size = batch_size

    def code_article(self, article: Article) -> CodedArticle:
        raise NotImplementedError("coder under construction")

    def code(
        self, items: Iterable[Article | RecordError], processes: int = 1
    ) -> Iterator[CodedArticle | RecordError]:
        for item in items:
            yield item if isinstance(item, RecordError) else self.code_article(item)
