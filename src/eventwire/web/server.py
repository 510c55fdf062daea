"""Run the dashboard and API with uvicorn."""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log_level: str = "info") -> None:
    """Serve the store at `db` until interrupted.  Raises StoreError if it cannot be opened.

    A store that opens but cannot be read (truncated, corrupt) is served all the same,
    every page and endpoint answering 503, and one line on stderr says so."""
    import uvicorn

    from .app import create_app

    app = create_app(db)
    error = app.state.reader.error()
    if error is not None:
        print(f"eventwire: {error.one_line()}; every page and /api endpoint will answer 503", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
