"""Run chunks of articles on some executor, give the results back in input order, and
survive workers that die or chunks that fail.

Both engines (the local process pool and Dask) share this loop; they differ only in
how a chunk is submitted and whether the executor resends a dead worker's task
itself (Dask does, up to its allowed-failures; our pool leaves it to this loop).

    failure of a chunk             what happens
    ---------------------------    --------------------------------------------------
    worker died (first time)       the chunk is sent again as it was (pool)
    worker died again / any other  the chunk is split and its articles sent one at a
                                   time, so a poison article takes no neighbour down
    a lone article fails           it becomes a RecordError; the run goes on
    EventwireError from a worker   fatal (the worker could not start: no model, bad
                                   actor table); raised to the caller

Results of a chunk are taken from exactly one successful attempt, so a retried
chunk never yields its articles twice.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from ..errors import EventwireError, RecordError
from ..model import Article, CodedArticle

Item = Article | RecordError
Result = CodedArticle | RecordError

RESUBMITS_BEFORE_SPLIT = 1  # a chunk whose worker died is resent whole once, then split
MAX_DEATHS_WITHOUT_PROGRESS = 8  # workers died this often in a row with nothing coded: give up


class WorkersKeepDying(EventwireError):
    code = "E510"
    hint = "workers die before coding anything: check memory and that the model loads (eventwire code on one file)"


class Backend(Protocol):
    """What the loop needs from an executor."""

    retries_dead_workers: bool  # True when the executor resends a dead worker's task itself (Dask)

    def submit(self, chunk: list[Item]) -> Any: ...  # a future whose result() is list[Result]

    def worker_died(self, error: BaseException) -> bool: ...


@dataclass
class _Job:
    chunk: list[Item]
    future: Any
    failures: int = 0


def chunks_of(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class OrderedRunner:
    """Keeps at most `window` chunks in flight (memory stays flat on long streams)."""

    def __init__(self, backend: Backend, *, window: int) -> None:
        self.backend = backend
        self.window = max(1, window)
        self.deaths_without_progress = 0

    def run(self, items: Iterable[Item], chunk_size: int) -> Iterator[Result]:
        chunks = chunks_of(items, chunk_size)
        pending: deque[_Job] = deque()
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append(_Job(chunk, self.backend.submit(chunk)))
            if not pending:
                return
            yield from self._collect(pending.popleft())

    def _collect(self, job: _Job) -> list[Result]:
        """The results of one chunk, retrying or splitting it until every article has one."""
        while True:
            try:
                results = job.future.result()
            except EventwireError:
                raise
            except Exception as error:  # noqa: BLE001 - every failure is handled below
                died = self.backend.worker_died(error)
                job.failures += 1
                if died:
                    self._count_death()
                    if not self.backend.retries_dead_workers and job.failures <= RESUBMITS_BEFORE_SPLIT:
                        job.future = self.backend.submit(job.chunk)
                        continue
                return self._split(job.chunk, error, died)
            self.deaths_without_progress = 0
            return results

    def _count_death(self) -> None:
        self.deaths_without_progress += 1
        if self.deaths_without_progress > MAX_DEATHS_WITHOUT_PROGRESS:
            raise WorkersKeepDying(f"worker processes died {self.deaths_without_progress} times in a row")

    def _split(self, chunk: list[Item], error: BaseException, died: bool) -> list[Result]:
        """Send the articles of a failing chunk one at a time, so a poison article is found
        and reported alone instead of taking its neighbours down with it."""
        if len(chunk) == 1:
            return [_as_record_error(chunk[0], error, died)]
        out: list[Result] = []
        for item in chunk:
            if isinstance(item, RecordError):
                out.append(item)
            else:
                out.extend(self._collect(_Job([item], self.backend.submit([item]))))
        return out


def _as_record_error(item: Item, error: BaseException, died: bool) -> RecordError:
    if isinstance(item, RecordError):
        return item
    where = item.origin or item.id
    if died:
        return RecordError(where, "a worker process died while coding this article, also when it was sent alone", "E501")
    return RecordError(where, f"coding failed on a worker: {type(error).__name__}: {error}", "E500")
