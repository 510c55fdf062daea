"""Run the dashboard and API with uvicorn."""

from __future__ import annotations

from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log_level: str = "info") -> None:
    """Serve the store at `db` until interrupted.  Raises StoreError if it cannot be opened."""
    import uvicorn

    from .app import create_app

    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
