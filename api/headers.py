"""Headers every answer carries, pages or not: no MIME sniffing, no framing, no referrer
to other sites. Pages add their Content-Security-Policy themselves (api.web.render)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

BASELINE = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)


class BaselineHeaders:
    """A plain ASGI middleware: it only adds the headers an answer does not set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in BASELINE if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
