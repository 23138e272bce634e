"""In demo mode the service serves its own sample feeds, so a newcomer needs no internet."""

from __future__ import annotations

import hashlib

from fastapi import APIRouter, HTTPException, Request, Response

from intel.demo import demo_feed

router = APIRouter(prefix="/demo", tags=["demo"], include_in_schema=False)


@router.get("/feeds/{name}")
def serve_demo_feed(name: str, request: Request) -> Response:
    """A shipped feed, with an ETag so the poller's conditional GET gets a 304 next time."""
    body = demo_feed(name)
    if body is None:
        raise HTTPException(404, f"no demo feed {name!r}")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type="application/xml; charset=utf-8", headers={"ETag": etag})
