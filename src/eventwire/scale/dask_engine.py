"""Code on a Dask cluster: partitions of articles go to the workers, each worker builds
its coder once (a worker plugin warms it at start), codes the partition, writes it as
one Parquet file of event rows (scale.parts) and sends the coded articles back.

The client yields the results in input order, so `ingest` stores them in DuckDB
exactly as it does for a local run (same gate, same ids, same rows).  Dask itself
re-runs the task of a worker that died; a partition that fails anyway is split and
its articles coded one by one, the failing one reported (scale.ordered).
"""

from __future__ import annotations

import contextlib
import logging
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import dask
from distributed import Client, KilledWorker, WorkerPlugin

from ..errors import EventwireError
from .ordered import Item, OrderedRunner, Result
from .parts import partition_id, write_partition
from .worker import ChunkCoder, code_chunk_in_worker, process_coders

DEFAULT_PARTITION_SIZE = 100  # articles per task: a few seconds of coding, small to resend
PARTITIONS_IN_FLIGHT_PER_THREAD = 2


def _local_worker_config() -> dict[str, Any]:
    """Settings for the workers of a local cluster.  Measured on the coder (bench/scale.py):
    Dask's sampling profiler (a stack walk every 10 ms in pure-Python code) and its low
    malloc trim threshold together cost the workers about a fifth more CPU per article."""
    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)  # worker memory is flat: nothing to give back
    return {"distributed.worker.profile.enabled": False, "distributed.nanny.pre-spawn-environ": environ}


class DaskUnavailable(EventwireError):
    code = "E513"
    hint = "check the scheduler address (tcp://host:8786) and that it is running"


def code_partition(
    key: bytes, factory: Callable[[], ChunkCoder], chunk: list[Item], parts_dir: str | None
) -> list[Result]:
    """Runs on a worker: code one partition and write its Parquet file."""
    results = code_chunk_in_worker(key, factory, chunk)
    if parts_dir is not None:
        write_partition(parts_dir, partition_id(chunk), results)
    return results


class WarmCoder(WorkerPlugin):
    """Builds the coder when a worker starts (or restarts), before its first task."""

    def __init__(self, key: bytes, factory: Callable[[], ChunkCoder]) -> None:
        self.key = key
        self.factory = factory

    def setup(self, worker: Any) -> None:
        process_coders().warm(self.key, self.factory)


class DaskBackend:
    retries_dead_workers = True  # the scheduler re-runs a dead worker's tasks (up to allowed-failures)

    def __init__(self, client: Client, key: bytes, factory: Callable[[], ChunkCoder], parts_dir: str | None):
        self.client = client
        self.key = key
        self.factory = factory
        self.parts_dir = parts_dir

    def submit(self, chunk: list[Item]) -> Any:
        return self.client.submit(code_partition, self.key, self.factory, chunk, self.parts_dir, pure=False)

    def worker_died(self, error: BaseException) -> bool:
        return isinstance(error, KilledWorker)


class DaskCoder:
    """An ArticleCoder (what `ingest` and `Coder.code` callers need) backed by Dask."""

    def __init__(
        self,
        client: Client,
        *,
        actor_files: Sequence[Path] = (),
        batch_size: int = 16,
        partition_size: int = DEFAULT_PARTITION_SIZE,
        parts_dir: str | Path | None = None,
        factory: Callable[[], ChunkCoder] | None = None,
    ) -> None:
        self.client = client
        self.partition_size = partition_size
        self.parts_dir = str(parts_dir) if parts_dir is not None else None
        if factory is None:
            from ..pipeline import build_coder

            factory = partial(build_coder, tuple(actor_files), batch_size)
        self.factory = factory
        self.key = pickle.dumps(self.factory)
        client.register_plugin(WarmCoder(self.key, self.factory), name="eventwire-coder")

    def code(self, items: Iterable[Item], processes: int = 1) -> Iterator[Result]:
        """Code a stream in input order (`processes` is ignored: the cluster has its workers)."""
        threads = sum(self.client.nthreads().values()) or 1
        runner = OrderedRunner(
            DaskBackend(self.client, self.key, self.factory, self.parts_dir),
            window=threads * PARTITIONS_IN_FLIGHT_PER_THREAD,
        )
        yield from runner.run(items, self.partition_size)


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a local cluster of `workers`
    single-threaded processes when no address is given."""
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            from distributed import LocalCluster

            with dask.config.set(_local_worker_config()):
                cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR,
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as e:
        raise DaskUnavailable(f"cannot reach the Dask scheduler: {e}", where=scheduler or "local cluster") from e
    try:
        yield client
    finally:
        cluster = client.cluster if not scheduler else None
        client.close()
        if cluster is not None:
            cluster.close()
