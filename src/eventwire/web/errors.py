"""The one error shape of the API, produced here and nowhere else.

    {"error": {"status": 400, "message": "...", "parameter": "since"}}

Bad parameters are 400 (whatever layer noticed them: FastAPI's type checks or the
analysis' own validation), unknown things 404, a store that cannot be read 503.
A 500 means a bug; it still has this shape and never shows a traceback.

A dashboard page is an HTML shell that shows its API's error itself; the one HTML
error page made here is for a store found unreadable before any page is drawn.
"""

from __future__ import annotations

import html
import logging
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..analysis.scope import QueryError
from ..errors import EventwireError, StoreError
from .security import SECURITY_HEADERS

log = logging.getLogger("eventwire.web")


class ErrorDetail(BaseModel):
    status: int
    message: str
    parameter: str | None = None


class ErrorBody(BaseModel):
    """Every error response (documented in the OpenAPI schema)."""

    error: ErrorDetail


class NotFound(EventwireError):
    code = "E404"


def error_response(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorDetail(status=status, message=message, parameter=parameter or None))
    # The headers are set here too: a 500 is answered outside the app's middleware.
    return JSONResponse(body.model_dump(), status_code=status, headers=SECURITY_HEADERS)


def html_error_page(status: int, title: str, message: str) -> HTMLResponse:
    """A plain HTML page for an error (the message is escaped: it may quote a file name)."""
    page = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>eventwire: {html.escape(title)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/style.css">
</head>
<body>
  <header class="top"><a class="brand" href="/dyad">eventwire</a></header>
  <main id="view">
    <h2>{html.escape(title)}</h2>
    <p class="error" role="alert">Error {status}: {html.escape(message)}</p>
  </main>
</body>
</html>
"""
    return HTMLResponse(page, status_code=status, headers=SECURITY_HEADERS)


def _validation_message(error: dict[str, Any]) -> tuple[str, str | None]:
    location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    parameter = location[0] if location else None
    given = error.get("input")
    message = error.get("msg", "invalid value")
    if error.get("type") == "missing":
        return (f"missing required parameter {parameter!r}" if parameter else "missing required parameter"), parameter
    if parameter and given is not None and not isinstance(given, (dict, list)):
        message = f"{given!r}: {message}"
    return message, parameter


async def _query_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc), cast(QueryError, exc).parameter)


async def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, str(exc))


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(503, cast(EventwireError, exc).one_line())


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = cast(RequestValidationError, exc).errors()
    message, parameter = _validation_message(errors[0]) if errors else ("invalid request", None)
    return error_response(400, message, parameter)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    http = cast(HTTPException, exc)
    message = http.detail if isinstance(http.detail, str) else "request failed"
    if http.status_code == 404 and message == "Not Found":
        message = f"no such page: {request.url.path}"
    return error_response(http.status_code, message)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(500, f"internal error ({type(exc).__name__}); the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(QueryError, _query_error)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
