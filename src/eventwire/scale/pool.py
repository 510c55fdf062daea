"""Code on several local processes, each loading the model once; output keeps input order.

Our own small pool rather than ProcessPoolExecutor: that one breaks for good when one
worker dies and cannot say which task killed it.  Here each worker runs one chunk at a
time over its own pipe, so when a worker dies (killed, out of memory) we know exactly
which chunk it held: that chunk alone is sent again and only that worker is replaced
(scale.ordered decides about retries).  Workers start with `spawn`: a clean interpreter,
no DuckDB handles or threads inherited from the parent.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from multiprocessing.connection import Connection, wait
from typing import Any

from .ordered import Item, OrderedRunner, Result
from .worker import ChunkCoder, code_chunk_in_worker, process_coders

CHUNKS_IN_FLIGHT_PER_PROCESS = 2
POLL_SECONDS = 0.2


class WorkerDied(Exception):
    """The process coding a chunk ended without answering (killed, crashed, out of memory)."""


def _worker_main(conn: Connection, key: bytes, factory: Callable[[], ChunkCoder]) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers,
    # which would otherwise each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    process_coders().warm(key, factory)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the parent went away
            return
        if task is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", code_chunk_in_worker(key, factory, task))
        except Exception as e:  # noqa: BLE001 - sent to the parent, which decides
            reply = ("error", e)
        try:
            conn.send(reply)
        except Exception as e:  # noqa: BLE001 - e.g. an exception that cannot be pickled
            conn.send(("error", RuntimeError(f"{type(e).__name__}: {e}")))


class _Worker:
    def __init__(self, context: Any, key: bytes, factory: Callable[[], ChunkCoder]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, key, factory), daemon=True)
        self.process.start()
        child.close()
        self.task: Future | None = None

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class WorkerPool:
    """`processes` workers fed by one dispatcher thread; `submit` returns a Future."""

    def __init__(self, processes: int, factory: Callable[[], ChunkCoder]) -> None:
        self.context = multiprocessing.get_context("spawn")
        self.factory = factory
        self.key = pickle.dumps(factory)
        self.workers = [self._start() for _ in range(processes)]
        self.tasks: queue.SimpleQueue[tuple[Future, list[Item]]] = queue.SimpleQueue()
        self.closing = threading.Event()
        self.dispatcher = threading.Thread(target=self._dispatch, name="eventwire-pool", daemon=True)
        self.dispatcher.start()

    def _start(self) -> _Worker:
        return _Worker(self.context, self.key, self.factory)

    def submit(self, chunk: list[Item]) -> Future:
        future: Future = Future()
        self.tasks.put((future, chunk))
        return future

    def _dispatch(self) -> None:
        try:
            self._dispatch_until_closed()
        except BaseException as e:  # never leave the caller waiting on futures nobody will finish
            for worker in self.workers:
                if worker.task is not None and not worker.task.done():
                    worker.task.set_exception(e)
            raise

    def _dispatch_until_closed(self) -> None:
        while not self.closing.is_set():
            for index, worker in enumerate(self.workers):
                if worker.task is None:
                    self._give_task(index, timeout=None)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:  # all idle: wait for work (or for close)
                self._give_task(0, timeout=POLL_SECONDS)
                continue
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_SECONDS))
            for index, worker in enumerate(self.workers):
                if worker.task is None:
                    continue
                if worker.conn in ready:
                    self._take_reply(index)
                elif worker.process.sentinel in ready:
                    self._replace_dead(index, worker.process.exitcode)

    def _give_task(self, index: int, timeout: float | None) -> None:
        """Hand the next chunk to idle worker `index` (timeout None: only if one is waiting)."""
        try:
            future, chunk = self.tasks.get(timeout=timeout) if timeout else self.tasks.get_nowait()
        except queue.Empty:
            return
        if not future.set_running_or_notify_cancel():
            return
        if not self.workers[index].process.is_alive():  # died while idle
            self._restart(index)
        worker = self.workers[index]
        worker.task = future
        try:
            worker.conn.send(chunk)
        except OSError:
            self._replace_dead(index, worker.process.exitcode)
        except Exception as e:  # noqa: BLE001 - the chunk cannot be pickled: its failure, not the pool's
            worker.task = None
            future.set_exception(e)

    def _take_reply(self, index: int) -> None:
        worker = self.workers[index]
        future, worker.task = worker.task, None
        assert future is not None
        try:
            status, value = worker.conn.recv()
        except (EOFError, OSError):  # died while answering
            future.set_exception(WorkerDied(f"worker process {worker.process.pid} died while sending its results"))
            self._restart(index)
            return
        if status == "ok":
            future.set_result(value)
        else:
            future.set_exception(value)

    def _replace_dead(self, index: int, exitcode: int | None) -> None:
        worker = self.workers[index]
        future, worker.task = worker.task, None
        assert future is not None
        future.set_exception(WorkerDied(f"worker process {worker.process.pid} died (exit code {exitcode})"))
        self._restart(index)

    def _restart(self, index: int) -> None:
        self.workers[index].conn.close()
        self.workers[index] = self._start()

    def close(self) -> None:
        self.closing.set()
        self.dispatcher.join()
        for worker in self.workers:
            if worker.task is not None:
                worker.task.cancel()
            worker.stop()
        while True:
            try:
                future, _ = self.tasks.get_nowait()
            except queue.Empty:
                break
            future.cancel()


class PoolBackend:
    """scale.ordered's view of the pool: a dead worker's chunk is resent by the runner."""

    retries_dead_workers = False

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def submit(self, chunk: list[Item]) -> Future:
        return self.pool.submit(chunk)

    def worker_died(self, error: BaseException) -> bool:
        return isinstance(error, WorkerDied)


def code_in_processes(
    items: Iterable[Item],
    processes: int,
    factory: Callable[[], ChunkCoder],
    batch_size: int = 16,
) -> Iterator[Result]:
    """Code `items` on `processes` worker processes, `batch_size` articles a chunk; one result
    per item, in input order.

    `factory` builds each worker's coder (eventwire's: `partial(pipeline.build_coder, actor_files,
    batch_size)`); it must be picklable, e.g. a module-level function or a functools.partial.
    The pool never imports the pipeline it runs.
    """
    pool = WorkerPool(processes, factory)
    try:
        runner = OrderedRunner(PoolBackend(pool), window=processes * CHUNKS_IN_FLIGHT_PER_PROCESS)
        yield from runner.run(items, batch_size)
    finally:
        pool.close()
