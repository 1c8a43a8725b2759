"""The rules for the dates of a membership and of a job, as the member form and the command
line check them: dates between 1900 and 2200, a job ends on or after the day it started, a
member leaves on or after the day they joined."""

from __future__ import annotations

import datetime as dt

from coordinator_app.domain.validation import FieldError

MIN_YEAR = 1900
MAX_YEAR = 2200


def _out_of_range(field_name: str, value: dt.date | None) -> list[FieldError]:
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        return [
            FieldError(
                field_name,
                "date_range",
                f"The date must be between {MIN_YEAR} and {MAX_YEAR}.",
                value.isoformat(),
            )
        ]
    return []


def validate_membership_dates(joined: dt.date | None, left: dt.date | None) -> list[FieldError]:
    """Problems with a membership's dates: `joined` is what is being set."""
    errors = _out_of_range("joined", joined) + _out_of_range("left", left)
    if not errors and joined is not None and left is not None and left < joined:
        errors.append(
            FieldError(
                "joined",
                "left_before_joined",
                f"The member left on {left.isoformat()}, before that date.",
                left.isoformat(),
            )
        )
    return errors


def validate_job_dates(started: dt.date | None, ended: dt.date | None) -> list[FieldError]:
    """Problems with a job's start and end."""
    errors = _out_of_range("started_on", started) + _out_of_range("ended_on", ended)
    if not errors and started is not None and ended is not None and ended < started:
        errors.append(
            FieldError(
                "ended_on",
                "job_end_before_start",
                f"A job cannot end before it started ({started.isoformat()}).",
                started.isoformat(),
            )
        )
    return errors
