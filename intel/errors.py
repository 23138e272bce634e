"""Domain errors. The API maps each to one HTTP status in a single handler."""

from __future__ import annotations


class DomainError(Exception):
    """Base of errors a user can act on; ``str(error)`` is the explanation shown."""

    status = 400
    title = "Invalid request"


class NotFoundError(DomainError):
    status = 404
    title = "Not found"


class ConflictError(DomainError):
    status = 409
    title = "Conflict"


class InvalidInputError(DomainError):
    status = 422
    title = "Invalid input"


class PermissionDeniedError(DomainError):
    status = 403
    title = "Forbidden"
