"""``GET /metrics`` for Prometheus, readable with ``INTEL_METRICS_TOKEN`` or an admin's
API token.

Metrics are not public: route names, request rates, backlog sizes and process details
tell an outsider how the service is used and how to hurt it. Prometheus sends the token
as ``Authorization: Bearer …`` (``authorization.credentials`` in a scrape config).
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.deps import SettingsDep
from api.problems import problem_responses
from intel.db import session_scope
from intel.services.users import authenticate_token
from intel.types import Role

router = APIRouter(tags=["metrics"])
_bearer = HTTPBearer(
    auto_error=False, description="INTEL_METRICS_TOKEN, or an API token of an admin"
)


def metrics_reader(
    request: Request,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Admit the metrics token (compared in constant time) or an admin's API token.

    The token is looked up in a transaction of its own, over before the scrape reads the
    database: on SQLite a request-long transaction would hold the write lock the scrape's
    own transaction waits for.
    """
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "a token is required (Authorization: Bearer …)", challenge)
    given = credentials.credentials.encode()
    expected = settings.metrics_token
    if expected is not None and hmac.compare_digest(given, expected.get_secret_value().encode()):
        return
    with session_scope(request.app.state.session_factory) as session:
        user = authenticate_token(session, credentials.credentials)
        role = None if user is None else user.role
    if role is None:
        raise HTTPException(401, "this token is not valid", challenge)
    if role != Role.ADMIN:
        raise HTTPException(403, "metrics are for admins and the metrics token")


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={
        200: {
            "description": "Prometheus text exposition format",
            "content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}},
        },
        **problem_responses(401, 403),
    },
    dependencies=[Depends(metrics_reader)],
)
def read_metrics(request: Request) -> Response:
    """Requests by route template, method and status with their latency; sources by
    health, queued deliveries, signals awaiting fan-out, unprocessed articles and the
    age of the last successful poll, read from the database now."""
    return Response(
        generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST
    )
