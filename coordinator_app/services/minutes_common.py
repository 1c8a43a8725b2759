"""The helpers the minutes use cases share: rows looked up or NotFound, names, the company a
person worked for on a day, renumbering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coordinator_app.domain.minutes import (
    former_member,
)
from coordinator_app.domain.validation import FieldError
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.store.models import (
    Decision,
    Employment,
    Group,
    Meeting,
    Organisation,
    Person,
    RoundTableEntry,
)

# --- shared helpers -------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise NotFound(
            f"There is no meeting with id {meeting_id}.",
            code="meeting_unknown",
            values={"id": str(meeting_id)},
        )
    return row


def _group(session: Session, group_id: int) -> Group:
    row = session.get(Group, group_id)
    if row is None:
        raise NotFound("That group no longer exists.", code="group_missing")
    return row


def _not_in_roster(what: str) -> NotFound:
    """The error for a person gone from the roster: `what` is "owner", "proposer", "speaker"
    or anyone else ("person")."""
    if what == "owner":
        return NotFound("The owner is no longer in the roster.", code="owner_not_in_roster")
    if what == "proposer":
        return NotFound("The proposer is no longer in the roster.", code="proposer_not_in_roster")
    if what == "speaker":
        return NotFound("That speaker is no longer in the roster.", code="speaker_missing")
    return NotFound("That person is no longer in the roster.", code="person_not_in_roster")


def _person(session: Session, person_id: int, what: str = "person") -> Person:
    row = session.get(Person, person_id)
    if row is None:
        raise _not_in_roster(what)
    return row


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _people(session: Session, person_ids: Iterable[int]) -> dict[int, Person]:
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _name(person: Person | None, lang: str) -> str:
    """A person's name as the minutes show it: erased people as "former member"."""
    if person is None:
        return ""
    return former_member(lang) if person.erased_at is not None else person.name


_Job = tuple[dt.date | None, dt.date | None, int, str]  # started, ended, id, company


def _jobs(session: Session, person_ids: Iterable[int]) -> dict[int, list[_Job]]:
    """Every job of these people (erased people have none to show)."""
    ids = sorted(set(person_ids))
    jobs: dict[int, list[_Job]] = {}
    if not ids:
        return jobs
    rows = session.execute(
        select(
            Employment.person_id,
            Employment.started_on,
            Employment.ended_on,
            Employment.id,
            Organisation.name,
        )
        .join(Organisation, Organisation.id == Employment.organisation_id)
        .join(Person, Person.id == Employment.person_id)
        .where(Employment.person_id.in_(ids), Person.erased_at.is_(None))
    ).all()
    for pid, started, ended, emp_id, name in rows:
        jobs.setdefault(pid, []).append((started, ended, emp_id, name))
    return jobs


def _company_on(jobs: Mapping[int, list[_Job]], person_id: int, date: dt.date) -> str:
    """The company a person worked for on `date`: the minutes of a meeting name the employer a
    member had then. Without a job on that date, the current one."""

    def latest(candidates: list[_Job]) -> str:
        if not candidates:
            return ""
        return max(candidates, key=lambda j: (j[0] or dt.date.min, j[2]))[3]

    own = jobs.get(person_id, [])
    on_date = [j for j in own if (j[0] is None or j[0] <= date) and (j[1] is None or j[1] > date)]
    return latest(on_date) or latest([j for j in own if j[1] is None])


def _companies_on(session: Session, person_ids: Iterable[int], date: dt.date) -> dict[int, str]:
    """Each person's company on `date` (see `_company_on`)."""
    ids = set(person_ids)
    jobs = _jobs(session, ids)
    return {pid: _company_on(jobs, pid, date) for pid in ids}


def _check_person(session: Session, person_id: int | None, what: str) -> None:
    if person_id is not None:
        _person(session, person_id, what)


def _renumber(
    session: Session, table: type[RoundTableEntry] | type[Decision], ids: list[int]
) -> None:
    for position, row_id in enumerate(ids):
        session.execute(update(table).where(table.id == row_id).values(position=position))
