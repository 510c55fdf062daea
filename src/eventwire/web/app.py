"""The FastAPI application: the JSON API, the dashboard pages and their static assets.

    app = create_app("events.duckdb")

Dashboard pages (/dyad, /events, /network, /actors, /articles/ID) are one HTML
shell; its script fetches the page's JSON twin (/api + the same path and query)
and draws it, so a page shows exactly what its API returns.  Everything the
pages need ships in web/static: the dashboard works with no network at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import router
from .errors import install_error_handlers
from .reader import StoreReader

STATIC_DIR = Path(str(resources.files("eventwire.web") / "static"))
PAGES = ("dyad", "events", "network", "actors")


def create_app(db: str | Path) -> FastAPI:
    """An app over the store at `db`, opened read-only now (so a bad path fails before serving)."""
    reader = StoreReader(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Political events coded from news (CAMEO and PLOVER) with their evidence. "
        "Every error is `{\"error\": {\"status\", \"message\", \"parameter\"}}`.",
        # FastAPI's own /docs pages load scripts from a CDN: ours is a static page instead.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.reader = reader
    install_error_handlers(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_pages(app)
    return app


def _add_pages(app: FastAPI) -> None:
    shell = STATIC_DIR / "index.html"

    def page() -> FileResponse:
        return FileResponse(shell, media_type="text/html")

    for name in PAGES:
        app.add_api_route(f"/{name}", page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/articles/{article_id}", page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", lambda: FileResponse(STATIC_DIR / "docs.html", media_type="text/html"),
                      methods=["GET"], include_in_schema=False)
    app.add_api_route("/", lambda: RedirectResponse("/dyad"), methods=["GET"], include_in_schema=False)
