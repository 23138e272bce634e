"""Rendering pages: one Jinja2 environment with autoescaping, and the headers every
page carries.

Text from feeds is untrusted: templates only ever print it escaped. The policy allows
no inline script or style at all; the only script is the optional copy-to-clipboard
enhancement served from this site.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from api.web.session import Viewer
from intel.untrusted import web_url

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"

PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Cache-Control": "no-store",
}  # nosniff, framing and referrer headers come with every answer (api.headers)


def _ago(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "3 h ago", for lists a rep skims; the exact time is in the element's title."""
    if moment is None:
        return "never"
    now = now or dt.datetime.now(dt.UTC)
    seconds = max(0, int((now - moment).total_seconds()))
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ago"] = _ago
    env.filters["web_url"] = web_url  # feed URLs become links only if http(s)
    env.filters["percent"] = lambda value: f"{round(100 * value)}%"
    return env


ENVIRONMENT = _environment()


def page(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    *,
    viewer: Viewer | None,
    status: int = 200,
) -> HTMLResponse:
    """The page ``template`` rendered for ``viewer``, with the security headers."""
    html = ENVIRONMENT.get_template(template).render(
        {**context, "viewer": viewer, "path": request.url.path}
    )
    return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)
