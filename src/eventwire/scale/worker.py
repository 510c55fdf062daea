"""What runs inside a worker: the coder it builds once and keeps."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Protocol

from ..errors import EventwireError, RecordError
from ..model import Article, CodedArticle


class ChunkCoder(Protocol):
    """The part of eventwire.pipeline.Coder a worker uses: one result per item, in order."""

    def code_chunk(self, chunk: list[Article | RecordError]) -> list[CodedArticle | RecordError]: ...


class WorkerStartFailed(EventwireError):
    code = "E511"
    hint = "the coder could not start on a worker: install eventwire and the model there"


class CachedCoders:
    """The coders of one process, built on first use and shared by its threads.

    A Dask worker runs tasks on a thread pool; spaCy is not documented as thread-safe
    and its work holds the GIL anyway, so threads take turns through the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._coders: dict[bytes, ChunkCoder] = {}

    def _get(self, key: bytes, factory: Callable[[], ChunkCoder]) -> ChunkCoder:
        coder = self._coders.get(key)
        if coder is None:
            try:
                coder = factory()
            except EventwireError:
                raise
            except Exception as e:  # a worker that cannot build its coder can code nothing: fatal
                raise WorkerStartFailed(f"{type(e).__name__}: {e}") from e
            self._coders[key] = coder
        return coder

    def warm(self, key: bytes, factory: Callable[[], ChunkCoder]) -> None:
        """Build the coder now (at worker start), so the first task does not pay for it."""
        with self._lock:
            try:
                self._get(key, factory)
            except EventwireError:
                pass  # raised again, with its message, by the first task

    def code_chunk(self, key: bytes, factory: Callable[[], ChunkCoder], chunk: list) -> list:
        with self._lock:
            return self._get(key, factory).code_chunk(chunk)


@functools.cache
def process_coders() -> CachedCoders:
    """This process's coders: the model loads once per worker process, not per task."""
    return CachedCoders()


def code_chunk_in_worker(key: bytes, factory: Callable[[], ChunkCoder], chunk: list) -> list:
    return process_coders().code_chunk(key, factory, chunk)
