"""Page routes answer errors as pages: a redirect to sign in, or a short HTML message.

The JSON API answers problem details (``api.problems``); a person in a browser should
see a page instead, with a way back, and never a stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from sqlalchemy.exc import DataError, IntegrityError

from api.web.render import page
from api.web.session import SignInRequired
from intel.errors import DomainError

log = logging.getLogger(__name__)

_TITLES = {
    403: "Not for you",
    404: "Not found",
    409: "Conflict",
    422: "Not quite",
    429: "Slow down",
}


def error_page(request: Request, status: int, message: str) -> Response:
    response = page(
        request,
        "error.html",
        {
            "status": status,
            "title": _TITLES.get(status, "Something went wrong"),
            "message": message,
        },
        viewer=None,
        status=status,
    )
    return response


class PageRoute(APIRoute):
    """An :class:`APIRoute` whose errors are pages; routes are left out of OpenAPI."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["include_in_schema"] = False
        super().__init__(*args, **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def answer(request: Request) -> Response:
            try:
                return await handler(request)
            except SignInRequired as redirect:
                return RedirectResponse(redirect.next_path, status_code=303)
            except HTTPException as error:
                response = error_page(request, error.status_code, str(error.detail))
                response.headers.update(error.headers or {})
                return response
            except DomainError as error:
                return error_page(request, error.status, str(error))
            except IntegrityError:  # the same form posted twice at once, say
                return error_page(request, 409, "That was just done elsewhere; reload the page.")
            except (RequestValidationError, OverflowError, DataError):
                return error_page(
                    request, 422, "Some of what was sent does not fit: go back and check it."
                )
            except Exception:
                log.exception("unhandled error on page %s", request.url.path)
                return error_page(request, 500, "Something went wrong on our side.")

        return answer
