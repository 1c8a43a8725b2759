"""Importing contacts as members: find duplicates, let the user choose, apply in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.domain.people import PersonInput, cleaned
from coordinator_app.domain.validation import normalise_phone
from coordinator_app.services.errors import NotFound
from coordinator_app.store.database import Database
from coordinator_app.store.models import Employment, Group, Membership, Organisation, Person


class DuplicateAction(StrEnum):
    """What to do with a contact that matches someone already in the database."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


@dataclass(frozen=True)
class ImportRow:
    """One contact to import, the person it duplicates (if any) and what will happen to it."""

    record: ContactRecord
    action: DuplicateAction = DuplicateAction.ADD
    duplicate_of: int | None = None
    duplicate_name: str = ""

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


@dataclass
class ImportPlan:
    """What an import will do: the rows and the problems that were found while reading."""

    rows: list[ImportRow] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)

    def with_action(self, index: int, action: DuplicateAction) -> None:
        self.rows[index] = replace(self.rows[index], action=action)


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    people: list[str] = field(default_factory=list)


def _key(name: str, company: str) -> tuple[str, str]:
    return (" ".join(name.split()).casefold(), " ".join(company.split()).casefold())


def plan_import(
    db: Database,
    parsed: ParsedContacts,
    *,
    on_duplicate: DuplicateAction = DuplicateAction.SKIP,
) -> ImportPlan:
    """Match every record against the people in the database (same e-mail, or name and company).

    Records that repeat an earlier record of the same file count as duplicates of it too.
    """
    with db.reading() as session:
        by_email: dict[str, tuple[int, str]] = {}
        for pid, name, email in session.execute(
            select(Person.id, Person.name, Person.email).where(
                Person.email != "", Person.erased_at.is_(None)
            )
        ):
            by_email.setdefault(email.casefold(), (pid, name))
        by_name_company: dict[tuple[str, str], tuple[int, str]] = {}
        for pid, name, company in session.execute(
            select(Person.id, Person.name, Organisation.name)
            .join(Employment, Employment.person_id == Person.id)
            .join(Organisation, Organisation.id == Employment.organisation_id)
            .where(Employment.ended_on.is_(None), Person.erased_at.is_(None))
        ):
            by_name_company.setdefault(_key(name, company), (pid, name))

    plan = ImportPlan(problems=list(parsed.problems))
    seen_in_file: dict[str, ContactRecord] = {}
    for record in parsed.records:
        match = None
        for email in record.emails:
            match = by_email.get(email.casefold())
            if match:
                break
        if match is None and record.organisation:
            match = by_name_company.get(_key(record.full_name, record.organisation))
        if match is not None:
            plan.rows.append(ImportRow(record, on_duplicate, match[0], match[1]))
            continue
        file_key = record.email.casefold() or "|".join(_key(record.full_name, record.organisation))
        if file_key in seen_in_file:
            # Repeated within the file: there is nothing in the database to update yet.
            action = (
                DuplicateAction.ADD
                if on_duplicate is DuplicateAction.ADD
                else (DuplicateAction.SKIP)
            )
            plan.rows.append(ImportRow(record, action, None, seen_in_file[file_key].full_name))
            continue
        seen_in_file[file_key] = record
        plan.rows.append(ImportRow(record, DuplicateAction.ADD))
    return plan


def _person_input(record: ContactRecord) -> PersonInput:
    return cleaned(
        PersonInput(
            name=record.full_name,
            email=record.email,
            phone=normalise_phone(record.phone) or record.phone,
            address=record.address,
            notes=record.note,
        )
    )


def apply_import(
    db: Database,
    group_id: int | None,
    rows: Sequence[ImportRow],
    *,
    joined_on: dt.date | None = None,
) -> ImportResult:
    """Carry out the planned rows in one transaction: all of them are saved, or none."""
    result = ImportResult()
    joined = joined_on or dt.date.today()
    with db.session() as session:
        if group_id is not None and session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.")
        organisations = _Organisations(session)
        # New people are inserted together at the end, with their jobs and memberships: a new
        # person has nothing to look up, and one INSERT of 10,000 rows takes a fraction of a
        # second where 10,000 ORM objects took seconds.
        new_people: list[dict[str, Any]] = []
        new_jobs: list[dict[str, Any] | None] = []
        for row in rows:
            record = row.record
            if row.action is DuplicateAction.SKIP:
                result.skipped += 1
                continue
            data = _person_input(record)
            if row.action is DuplicateAction.UPDATE:
                person = session.get(Person, row.duplicate_of) if row.is_duplicate else None
                if person is None:  # a repeat within the file, or removed meanwhile
                    result.skipped += 1
                    continue
                _fill_in(person, data)
                result.updated += 1
                if record.organisation:
                    _record_job(session, person, record, joined, organisations)
                if group_id is not None:
                    active = session.scalar(
                        select(func.count(Membership.id)).where(
                            Membership.group_id == group_id,
                            Membership.person_id == person.id,
                            Membership.left_on.is_(None),
                        )
                    )
                    if not active:
                        session.add(
                            Membership(person_id=person.id, group_id=group_id, joined_on=joined)
                        )
                result.people.append(person.name)
                continue
            new_people.append(
                {
                    "name": data.name,
                    "email": data.email,
                    "phone": data.phone,
                    "address": data.address,
                    "notes": data.notes,
                }
            )
            new_jobs.append(
                _record_job(session, None, record, joined, organisations)
                if record.organisation
                else None
            )
            result.added += 1
            result.people.append(data.name)
        if new_people:
            ids = session.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), new_people
            ).all()
            pairs = zip(ids, new_jobs, strict=True)
            jobs = [{**job, "person_id": pid} for pid, job in pairs if job]
            if jobs:
                session.execute(insert(Employment), jobs)
            if group_id is not None:
                session.execute(
                    insert(Membership),
                    [{"person_id": pid, "group_id": group_id, "joined_on": joined} for pid in ids],
                )
    return result


class _Organisations:
    """The organisations as `organisation_for` finds them by name, read once for an import.

    `organisation_for` asks the database each time (and flushes the session first), which took
    most of the time of a large import. Here the names are read once, and a new organisation is
    inserted once. Names compare as `organisation_for` compares them: SQLite's lower() folds
    ASCII letters only.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] = {}
        query = select(Organisation.id, Organisation.name).order_by(Organisation.id)
        for org_id, name in session.execute(query):
            self._ids.setdefault(_sql_lower(name), org_id)

    def id_for(self, name: str) -> int:
        """The id of the organisation called `name`, which is created if there is none."""
        name = " ".join(name.split())
        org_id = self._ids.get(name.lower())
        if org_id is None:
            org_id = self._session.scalars(
                insert(Organisation).returning(Organisation.id), {"name": name, "industry": ""}
            ).one()
            self._ids[_sql_lower(name)] = org_id
        return org_id


def _sql_lower(text: str) -> str:
    """What SQLite's lower() makes of `text`: only the ASCII letters are lowered."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _fill_in(person: Person, data: PersonInput) -> None:
    """Take what the file knows; never blank out what the database already has."""
    for attr in ("email", "phone", "address"):
        value = getattr(data, attr)
        if value:
            setattr(person, attr, value)
    if data.notes and data.notes not in person.notes:
        person.notes = f"{person.notes}\n{data.notes}".strip()


def _record_job(
    session: Session,
    person: Person | None,
    record: ContactRecord,
    today: dt.date,
    organisations: _Organisations,
) -> dict[str, Any] | None:
    """Record the job `record` names for `person`; for a new person (None), return its row."""
    org_id = organisations.id_for(record.organisation)
    if person is None:
        return {"organisation_id": org_id, "title": record.title, "started_on": None}
    current = session.scalars(
        select(Employment).where(Employment.person_id == person.id, Employment.ended_on.is_(None))
    ).all()
    for emp in current:
        if emp.organisation_id == org_id:
            if record.title:
                emp.title = record.title
            return None
    # A different company than on record: a job change, the old job stays in the history.
    for emp in current:
        emp.ended_on = today
    session.add(
        Employment(
            person_id=person.id,
            organisation_id=org_id,
            title=record.title,
            started_on=today if current else None,
        )
    )
    return None
