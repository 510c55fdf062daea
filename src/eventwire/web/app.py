"""The FastAPI application: the JSON API, the dashboard pages and their static assets.

    app = create_app("events.duckdb")

Dashboard pages (/dyad, /events, /network, /actors, /articles/ID, /agreements, /agreements/ID) are one HTML
shell; its script fetches the page's JSON twin (/api + the same path and query)
and draws it, so a page shows exactly what its API returns.  Everything the
pages need ships in web/static: the dashboard works with no network at all.

Every response carries a strict Content-Security-Policy (web/security.py).  An
article id may hold any character, "/" included (feed articles are named by their
URL), so article routes take the rest of the path.  On a store found unreadable
when the app starts, pages answer 503 with an HTML message, /api a JSON one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .api import router
from .errors import html_error_page, install_error_handlers
from .reader import StoreReader
from .security import SECURITY_HEADERS, SecurityHeaders

STATIC_DIR = Path(str(resources.files("eventwire.web") / "static"))
PAGES = ("dyad", "events", "network", "actors", "agreements")


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
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_pages(app)
    return app


def _add_pages(app: FastAPI) -> None:
    shell = STATIC_DIR / "index.html"

    def page(request: Request) -> Response:
        error = request.app.state.reader.error()
        if error is not None:
            return html_error_page(503, "The event store cannot be read", error.one_line())
        return FileResponse(shell, media_type="text/html", headers=SECURITY_HEADERS)

    for name in PAGES:
        app.add_api_route(f"/{name}", page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/articles/{article_id:path}", page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/agreements/{agreement_id}", page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", lambda: FileResponse(STATIC_DIR / "docs.html", media_type="text/html"),
                      methods=["GET"], include_in_schema=False)
    app.add_api_route("/", lambda: RedirectResponse("/dyad"), methods=["GET"], include_in_schema=False)
