"""`ingest`: read -> skip known and copies -> code -> store.

Re-running an ingest adds nothing (known articles are skipped before coding).
An interrupted ingest resumes where it stopped: an article is only ever written
whole, with all its events, in one transaction; the articles coded in the last
second (at most COMMIT_EVERY_ARTICLES) share that transaction because DuckDB
commits are costly, so a kill loses at most a second of coding, never half an
article.  With `strict`, the whole run is one transaction and the first error
aborts it, leaving the database as it was.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb

from ..errors import EventwireError, RecordError, StoreError
from ..model import Article, CodedArticle
from ..store.batch import WriteBatch
from ..store.db import EventStore
from ..store.lookup import DEFAULT_THRESHOLD
from ..store.rows import event_id
from .gate import Copy, DedupGate, Known, ToCode
from .sources import SourceOptions, read_sources

MAX_ERROR_LINES = 1000
# Commit at least this often: a kill loses at most this much coding work.
COMMIT_EVERY_SECONDS = 1.0
COMMIT_EVERY_ARTICLES = 500
DEFAULT_NEAR_DUPLICATE_THRESHOLD = DEFAULT_THRESHOLD
DEFAULT_MEMORY_LIMIT = "512MB"


class IngestAborted(EventwireError):
    code = "E110"
    hint = "--strict run stopped; the database is unchanged; fix the input and re-run"


class ArticleCoder(Protocol):
    """What ingest needs of eventwire.pipeline.Coder: one result per input, in order."""

    def code(
        self, items: Iterable[Article | RecordError], processes: int = 1
    ) -> Iterator[CodedArticle | RecordError]: ...


@dataclass(frozen=True)
class IngestOptions:
    default_date: dt.date | None = None
    csv_map: Mapping[str, str] = field(default_factory=dict)
    processes: int = 1
    strict: bool = False
    replace: bool = False
    near_duplicate_threshold: float = DEFAULT_NEAR_DUPLICATE_THRESHOLD
    memory_limit: str = DEFAULT_MEMORY_LIMIT  # DuckDB's cache of blocks and index nodes


@dataclass
class IngestSummary:
    stored: int = 0  # new articles coded and stored
    updated: int = 0  # revised articles re-coded (--replace)
    known: int = 0  # already stored: skipped without coding
    copies: int = 0  # identical or near-identical to another article: linked, not coded
    events: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)  # first MAX_ERROR_LINES error/warning lines

    @property
    def processed(self) -> int:
        return self.stored + self.updated + self.known + self.copies + self.errors

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "stored": self.stored,
            "updated": self.updated,
            "known": self.known,
            "copies": self.copies,
            "events": self.events,
            "errors": self.errors,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.processed / self.seconds, 2) if self.seconds else None,
            "messages": self.messages,
        }


def _ignore(*_: object) -> None:
    return None


@dataclass(frozen=True)
class _Coded:
    coded: CodedArticle
    decision: ToCode


Entry = _Coded | Copy


class _Run:
    """One ingest run: the store, the gate, counters, copies waiting for their original,
    and the entries coded since the last commit."""

    def __init__(
        self,
        store: EventStore,
        options: IngestOptions,
        on_message: Callable[[str], None],
        on_progress: Callable[[IngestSummary], None],
    ) -> None:
        self.store = store
        self.options = options
        self.on_message = on_message
        self.on_progress = on_progress
        self.summary = IngestSummary()
        self.lookup = store.lookup(own_cursor=True)
        self.gate = DedupGate(
            self.lookup, threshold=options.near_duplicate_threshold, replace=options.replace
        )
        self.sent: collections.deque[Article | RecordError] = collections.deque()
        self.pending: dict[str, ToCode] = {}  # sent to the coder, result not back yet
        self.waiting: dict[str, list[Copy]] = {}  # copies of a pending original
        self.entries: list[Entry] = []  # to write at the next commit
        self.last_commit = time.monotonic()
        # The coder may pull articles_to_code from a feeder thread while the main thread
        # handles results: every counter, list and store write is taken under this lock.
        self.lock = threading.RLock()

    def articles_to_code(self, items: Iterable[Article | RecordError]) -> Iterator[Article | RecordError]:
        """What the coder reads: new articles (and read errors, passed through).  Known
        articles and copies are settled here, so a re-run of a huge corpus that codes
        nothing never holds more than the next commit in memory."""
        for item in items:
            decision = item if isinstance(item, RecordError) else self.gate.admit(item)
            with self.lock:
                if isinstance(decision, Known):
                    self.summary.known += 1
                    self._progress()
                    continue
                if isinstance(decision, Copy):
                    if decision.of in self.pending:
                        self.waiting.setdefault(decision.of, []).append(decision)
                    else:
                        self.entries.append(decision)
                        self.commit_if_due()
                    continue
                if isinstance(decision, ToCode):
                    self.pending[decision.article.id] = decision
                    sendable: Article | RecordError = decision.article
                else:
                    sendable = decision
                self.sent.append(sendable)
            yield sendable

    def warn(self, line: str) -> None:
        with self.lock:
            self.summary.warnings += 1
            self._message(line)

    def handle(self, result: CodedArticle | RecordError) -> None:
        with self.lock:
            expected = self.sent.popleft() if self.sent else None
            if isinstance(result, RecordError):
                if isinstance(expected, Article):
                    self.pending.pop(expected.id, None)
                    self._settle_failed(expected.id, result)
                self.fail(result)
            else:
                if not isinstance(expected, Article) or expected.id != result.article.id:
                    raise StoreError(
                        "the coder returned results out of order; ingest needs one result per input, in order"
                    )
                self.entries.append(_Coded(result, self.pending.pop(result.article.id)))
                self.entries.extend(self.waiting.pop(result.article.id, []))
            self.commit_if_due()

    def _settle_failed(self, article_id: str, error: RecordError) -> None:
        if not self.options.strict:
            self.gate.resolved(article_id)
        for copy in self.waiting.pop(article_id, []):
            if not self.options.strict:
                self.gate.resolved(copy.article.id)
            self.fail(RecordError(copy.article.origin or copy.article.id,
                                  f"copy of {article_id}, which could not be coded ({error.message})"))

    def commit_if_due(self) -> None:
        if len(self.entries) >= COMMIT_EVERY_ARTICLES or (
            self.entries and time.monotonic() - self.last_commit >= COMMIT_EVERY_SECONDS
        ):
            self.commit()

    def commit(self) -> None:
        """Write the entries in one transaction; if that fails, one transaction each,
        so one unstorable article is reported and the others kept."""
        entries, self.entries = self.entries, []
        self.last_commit = time.monotonic()
        if not entries:
            return
        try:
            self.store.write(_batch(entries))
            written = entries
        except _RECORD_WRITE_ERRORS:
            if self.options.strict:
                raise
            written = [e for e in entries if self._write_alone(e)]
        for entry in written:
            self._count(entry)
        if not self.options.strict:
            for entry in entries:
                self.gate.resolved(_article(entry).id)
        self._progress()

    def _write_alone(self, entry: Entry) -> bool:
        try:
            self.store.write(_batch([entry]))
            return True
        except _RECORD_WRITE_ERRORS as e:
            article = _article(entry)
            self.fail(RecordError(article.origin or article.id, f"cannot store: {_first_line(e)}", "E400"))
            return False

    def _count(self, entry: Entry) -> None:
        if isinstance(entry, Copy):
            self.summary.copies += 1
            return
        if entry.decision.replace:
            self.summary.updated += 1
        else:
            self.summary.stored += 1
        article_id = entry.coded.article.id
        self.summary.events += len({event_id(article_id, e) for e in entry.coded.events})

    def fail(self, error: RecordError) -> None:
        self.summary.errors += 1
        self._message(error.one_line())
        if self.options.strict:
            raise IngestAborted(error.message, where=error.where)
        self._progress()

    def _message(self, line: str) -> None:
        if len(self.summary.messages) < MAX_ERROR_LINES:
            self.summary.messages.append(line)
        self.on_message(line)

    def _progress(self) -> None:
        self.on_progress(self.summary)


_RECORD_WRITE_ERRORS = (duckdb.ConstraintException, duckdb.ConversionException, duckdb.InvalidInputException)


def _article(entry: Entry) -> Article:
    return entry.article if isinstance(entry, Copy) else entry.coded.article


def _batch(entries: list[Entry]) -> WriteBatch:
    batch = WriteBatch()
    for entry in entries:
        if isinstance(entry, Copy):
            batch.add_copy(entry.article, entry.of, entry.similarity, entry.fingerprint, entry.replace)
        else:
            batch.add_coded(entry.coded, entry.decision.fingerprint, entry.decision.replace)
    return batch


def _first_line(e: BaseException) -> str:
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def ingest(
    sources: Sequence[str],
    db: str | Path,
    coder: ArticleCoder,
    options: IngestOptions = IngestOptions(),
    *,
    on_message: Callable[[str], None] = _ignore,
    on_progress: Callable[[IngestSummary], None] = _ignore,
) -> IngestSummary:
    """Read SOURCES, code what is new, store it in the DuckDB file DB.

    `on_message` receives each one-line error or warning as it happens,
    `on_progress` the running summary after each article.  Raises IngestAborted
    (strict) or StoreError (database unusable); record problems are counted.
    """
    started = time.perf_counter()
    with EventStore(db, memory_limit=options.memory_limit) as store:
        run = _Run(store, options, on_message, on_progress)
        items = read_sources(sources, SourceOptions(options.default_date, options.csv_map), run.warn)
        try:
            with store.transaction() if options.strict else contextlib.nullcontext():
                results = coder.code(run.articles_to_code(items), processes=options.processes)
                try:
                    for result in results:
                        run.handle(result)
                finally:
                    close = getattr(results, "close", None)
                    if close is not None:
                        close()
                with run.lock:
                    for article_id in list(run.waiting):  # originals the coder never returned
                        run._settle_failed(article_id, RecordError(article_id, "not returned by the coder"))
                    run.commit()
        finally:
            run.lookup.close()
    run.summary.seconds = time.perf_counter() - started
    return run.summary
