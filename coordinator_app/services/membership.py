"""Corrections to a member's record beside the form's facts: when they joined the group, when a
job started and ended, the consent to share contact details (for many members at once) and the
e-mail address that comes with a new job. Each returns what it replaced, for undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.domain.periods import validate_job_dates, validate_membership_dates
from coordinator_app.domain.text import clean_text
from coordinator_app.domain.validation import FieldError, is_valid_email
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.store.database import Database
from coordinator_app.store.models import Employment, Membership, Person


@dataclass(frozen=True)
class MemberDates:
    """A member's latest membership of a group: when they joined, and left (None: current)."""

    joined_on: dt.date | None
    left_on: dt.date | None


def _latest(session: Session, group_id: int, person_id: int) -> Membership | None:
    return session.scalars(
        select(Membership)
        .where(Membership.group_id == group_id, Membership.person_id == person_id)
        .order_by(Membership.left_on.desc().nulls_first(), Membership.id.desc())
        .limit(1)
    ).first()


def membership_dates(db: Database, group_id: int, person_id: int) -> MemberDates | None:
    """The dates of the person's latest membership of the group; None if they never were one."""
    with db.reading() as session:
        row = _latest(session, group_id, person_id)
        return MemberDates(row.joined_on, row.left_on) if row is not None else None


def member_groups(db: Database, person_id: int) -> list[int]:
    """The groups the person is or was a member of, by id."""
    with db.reading() as session:
        return sorted(
            set(
                session.scalars(
                    select(Membership.group_id).where(Membership.person_id == person_id)
                )
            )
        )


def set_joined_on(
    db: Database, group_id: int, person_id: int, joined_on: dt.date | None
) -> dt.date | None:
    """Correct the day the person joined the group (their latest membership); returns the day
    it had. Refused before 1900 or after the day they left."""
    with db.session() as session:
        row = _latest(session, group_id, person_id)
        if row is None:
            raise NotFound("That person is not a member of the group.", code="not_a_member")
        if errors := validate_membership_dates(joined_on, row.left_on):
            raise ValidationFailed(errors)
        before = row.joined_on
        row.joined_on = joined_on
        return before


def set_job_dates(
    db: Database, employment_id: int, started_on: dt.date | None, ended_on: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """Correct when a job started and ended (None: not known, or not ended); returns the dates
    it had."""
    if errors := validate_job_dates(started_on, ended_on):
        raise ValidationFailed(errors)
    with db.session() as session:
        job = session.get(Employment, employment_id)
        if job is None:
            raise NotFound("That job is no longer on record.", code="job_missing")
        before = (job.started_on, job.ended_on)
        job.started_on, job.ended_on = started_on, ended_on
        return before


def set_consent(db: Database, person_ids: Iterable[int], consent: bool) -> dict[int, bool]:
    """Whether each person may have their contact details shared with the group, for many
    people in one transaction; returns what each had (for `restore_consent`)."""
    ids = sorted(set(person_ids))
    before: dict[int, bool] = {}
    with db.session() as session:
        for start in range(0, len(ids), 500):
            for person in session.scalars(
                select(Person).where(Person.id.in_(ids[start : start + 500]))
            ):
                if person.erased_at is not None:
                    continue  # an erased person has no contact details to share
                before[person.id] = person.consent_share_contact
                person.consent_share_contact = consent
    return before


def restore_consent(db: Database, values: Mapping[int, bool]) -> None:
    """Give each person back the consent `set_consent` returned for them."""
    with db.session() as session:
        for person_id, consent in values.items():
            person = session.get(Person, person_id)
            if person is not None and person.erased_at is None:
                person.consent_share_contact = consent


def set_email(db: Database, person_id: int, email: str) -> str:
    """A new e-mail address for the person (a new job's work address); returns the old one."""
    email = "".join(clean_text(email).split())
    if email and not is_valid_email(email):
        raise ValidationFailed(
            [FieldError("email", "email_invalid", f"“{email}” is not an e-mail address.", email)]
        )
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        before = person.email
        person.email = email
        return before
