"""Pick the engine a command codes with: this process, local worker processes, or Dask.

    with engine_coder("dask", scheduler="tcp://host:8786", parts_dir="out.parts") as coder:
        ingest(sources, db, coder, options)

Every engine gives the same CodedArticles in the same order; only speed differs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import EventwireError
from .ordered import Item, Result

ENGINES = ("local", "dask")


class LocalCoder:
    """Codes in this process (processes=1) or on a local pool.  The parent builds no
    model of its own when the pool does the coding, so it stays small."""

    def __init__(self, actor_files: Sequence[Path] = (), batch_size: int = 16) -> None:
        self.actor_files = tuple(actor_files)
        self.batch_size = batch_size
        self._coder = None

    def code(self, items: Iterable[Item], processes: int = 1) -> Iterator[Result]:
        if processes > 1:
            from functools import partial

            from ..pipeline import build_coder
            from .pool import code_in_processes

            return code_in_processes(items, processes, partial(build_coder, self.actor_files, self.batch_size),
                                     self.batch_size)
        if self._coder is None:
            from ..pipeline import Coder

            self._coder = Coder(actor_files=self.actor_files)
        return self._coder.code(items)


@contextlib.contextmanager
def engine_coder(
    engine: str = "local",
    *,
    actor_files: Sequence[Path] = (),
    processes: int = 1,
    scheduler: str | None = None,
    partition_size: int | None = None,
    parts_dir: str | Path | None = None,
) -> Iterator[LocalCoder | object]:
    """A coder for `engine`; a Dask client (and local cluster) lives as long as the block."""
    if engine == "local":
        if scheduler:
            raise EventwireError("--scheduler needs --engine dask")
        yield LocalCoder(actor_files)
        return
    if engine != "dask":
        raise EventwireError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    from .dask_engine import DEFAULT_PARTITION_SIZE, DaskCoder, dask_client

    with dask_client(scheduler, workers=processes) as client:
        yield DaskCoder(
            client, actor_files=actor_files, partition_size=partition_size or DEFAULT_PARTITION_SIZE,
            parts_dir=parts_dir,
        )


def default_parts_dir(db: str | Path) -> Path:
    """Where a Dask ingest into DB writes its Parquet partitions: beside the database."""
    db = Path(db)
    return db.with_name(db.stem + ".parts")
