"""The headers every response carries: a strict Content-Security-Policy and friends.

The dashboard is plain JavaScript modules and one stylesheet under /static, and it
reads only this server's JSON.  So the policy allows scripts, styles and fetches from
this origin alone: no inline script or style, no `eval`, no plugins, no other site,
no framing.  Even if a stored string ever reached the page as markup, the browser
would refuse to run it.  (The dashboard never builds markup from data: see
static/dom.js, which also decides what may become a link.)
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; "  # data: only for the empty favicon
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers without CSP 2
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

_RAW = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in SECURITY_HEADERS.items()]
_NAMES = {name for name, _ in _RAW}


class SecurityHeaders:
    """ASGI middleware: set SECURITY_HEADERS on every HTTP response (replacing any copy)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _NAMES]
                message = {**message, "headers": headers + _RAW}
            await send(message)

        await self.app(scope, receive, send_with_headers)
