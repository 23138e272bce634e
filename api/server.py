"""Run the app under uvicorn, with hooks for the scheduler that shares the process.

``on_started`` runs once the socket is listening (the demo polls feeds served by this
very server); ``on_stopping`` runs when uvicorn begins its graceful shutdown on
SIGTERM/SIGINT, so running jobs finish the item in hand.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Callable

import uvicorn

from api.app import create_app
from intel.config import Settings


class RedactTokens(logging.Filter):
    """Keeps the secrets some URLs carry out of the access log: a private feed URL's
    token and a sign-in link's (``?token=``), and an email link's (``/l/{token}``).
    uvicorn logs each request's path with its query string as the third argument; the
    filter rewrites that argument. A proxy in front keeps logs of its own.
    """

    _TOKEN = re.compile(r"(?<=[?&]token=)[^&\s]+|(?<=^/l/)[^/?\s]+")

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], self._TOKEN.sub("[redacted]", args[2]), *args[3:])
        return True


class _Server(uvicorn.Server):
    def __init__(
        self,
        config: uvicorn.Config,
        on_started: Callable[[], None],
        on_stopping: Callable[[], None],
    ) -> None:
        super().__init__(config)
        self._on_started = on_started
        self._on_stopping = on_stopping

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_started()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await asyncio.to_thread(self._on_stopping)
        await super().shutdown(sockets)


def serve(
    settings: Settings,
    *,
    host: str,
    port: int,
    on_started: Callable[[], None] = lambda: None,
    on_stopping: Callable[[], None] = lambda: None,
) -> bool:
    """Serve until stopped; return whether the server started at all."""
    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
        server_header=False,
    )
    logging.getLogger("uvicorn.access").addFilter(RedactTokens())  # after config's dictConfig
    server = _Server(config, on_started, on_stopping)
    server.run()
    return server.started
