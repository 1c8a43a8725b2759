"""Errors a use case raises for the user to read (as opposed to bugs).

Each says what went wrong three ways: a stable `code`, the `values` its text needs (a group's
name, a date) and an English message for the CLI and the logs. The GUI shows the text it has
for the code in the user's language (`ui/messages.py: service_error_text`), with the values
filled in; a test there checks that every code raised here has a Danish text.
"""

from __future__ import annotations

from collections.abc import Mapping

from coordinator_app.domain.validation import FieldError


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says what and why.

    `code` names the refusal ("group_exists"), `values` hold what its text quotes
    ({"name": "IT Drift"}); `str(exc)` is the English message.
    """

    def __init__(
        self, message: str, *, code: str = "", values: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.values: dict[str, str] = dict(values or {})


class NotFound(ServiceError):
    """A group, person or meeting that the request names does not exist."""


class ValidationFailed(ServiceError):
    """Input that breaks the rules, with every problem per field (each with its own code)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(
            "; ".join(f"{e.field}: {e.message}" for e in errors), code="validation_failed"
        )
        self.errors = errors
