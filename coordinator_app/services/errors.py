"""Errors a use case raises for the user to read (as opposed to bugs)."""

from __future__ import annotations

from coordinator_app.domain.validation import FieldError


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says what and why."""


class NotFound(ServiceError):
    """A group, person or meeting that the request names does not exist."""


class ValidationFailed(ServiceError):
    """Input that breaks the rules, with every problem per field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors
