"""Code on several local processes, each loading the model once; output keeps input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from ..errors import RecordError
from ..model import Article, CodedArticle

_WORKER_CODER = None  # one Coder per worker process, built by the initializer


def _init_worker(actor_files: tuple[Path, ...], batch_size: int) -> None:
    global _WORKER_CODER  # per-process cache: the model must load once per worker, not per task
    from ..pipeline import Coder

    _WORKER_CODER = Coder(actor_files=actor_files, batch_size=batch_size)


def _code_chunk(chunk: list[Article | RecordError]) -> list[CodedArticle | RecordError]:
    assert _WORKER_CODER is not None
    return _WORKER_CODER.code_chunk(chunk)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_in_processes(
    items: Iterable[Article | RecordError], processes: int, actor_files: Sequence[Path], batch_size: int
) -> Iterator[CodedArticle | RecordError]:
    with ProcessPoolExecutor(
        max_workers=processes, initializer=_init_worker, initargs=(tuple(actor_files), batch_size)
    ) as pool:
        # a bounded window of chunks in flight keeps memory flat on long streams
        window = processes * 2
        pending = []
        for chunk in _chunks(items, batch_size):
            pending.append(pool.submit(_code_chunk, chunk))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
