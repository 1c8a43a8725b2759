"""The member roster: read a group's members, add, edit, change jobs, end memberships."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Row, Select, delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coordinator_app.domain.enums import Role
from coordinator_app.domain.names import clean_name, name_key
from coordinator_app.domain.people import (
    JobInput,
    PersonInput,
    cleaned,
    cleaned_job,
    validate_job,
    validate_person,
)
from coordinator_app.domain.roster import JobRow, MemberRow, PersonDetails
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Employment,
    ExpertiseTag,
    Group,
    Membership,
    Organisation,
    Person,
)


@dataclass(frozen=True)
class JobChange:
    """What `add_job` did, so that it can be undone: the new job and the jobs it ended."""

    employment_id: int
    ended_employment_ids: tuple[int, ...]


_Ts = TypeVarTuple("_Ts")


def _today() -> dt.date:
    return dt.date.today()


def _among(
    column: InstrumentedAttribute[int], person_ids: Iterable[int] | None, group_id: int | None
) -> ColumnElement[bool] | None:
    """A condition keeping `column` (a person id) to a group's people or to the given ids."""
    if group_id is not None:
        return column.in_(select(Membership.person_id).where(Membership.group_id == group_id))
    if person_ids is not None:
        return column.in_(list(person_ids))
    return None


def _rows(session: Session, query: Select[*_Ts]) -> Iterator[Row[*_Ts]]:
    """The query's rows through Core, not the ORM (plain rows, without the ORM's work per row:
    100,000 people), fetched a few thousand at a time: a roster read on a worker thread then
    lets the UI thread run between them."""
    for part in session.connection().execute(query).partitions(4096):
        yield from part


def _current_jobs(
    session: Session, person_ids: Iterable[int] | None = None, group_id: int | None = None
) -> dict[int, tuple[str, str, str]]:
    """Each person's current job as (company, title, industry): the newest one not ended."""
    query = (
        select(Employment.person_id, Organisation.name, Employment.title, Organisation.industry)
        .join(Organisation, Organisation.id == Employment.organisation_id)
        .where(Employment.ended_on.is_(None))
        .order_by(Employment.person_id, Employment.started_on.nulls_first(), Employment.id)
    )
    if (among := _among(Employment.person_id, person_ids, group_id)) is not None:
        query = query.where(among)
    jobs: dict[int, tuple[str, str, str]] = {}
    for person_id, company, title, industry in _rows(session, query):
        jobs[person_id] = (company, title, industry)  # later rows (newer jobs) win
    return jobs


def _tags(
    session: Session, person_ids: Iterable[int] | None = None, group_id: int | None = None
) -> dict[int, tuple[str, ...]]:
    query = select(ExpertiseTag.person_id, ExpertiseTag.tag).order_by(
        ExpertiseTag.person_id, ExpertiseTag.position
    )
    if (among := _among(ExpertiseTag.person_id, person_ids, group_id)) is not None:
        query = query.where(among)
    tags: dict[int, list[str]] = defaultdict(list)
    for person_id, tag in _rows(session, query):
        tags[person_id].append(tag)
    return {pid: tuple(values) for pid, values in tags.items()}


_PERSON_COLUMNS = (
    Person.id,
    Person.name,
    Person.email,
    Person.phone,
    Person.address,
    Person.dietary_needs,
    Person.consent_share_contact,
    Person.notes,
)


def _member_row(
    person: Sequence[Any],
    jobs: dict[int, tuple[str, str, str]],
    tags: dict[int, tuple[str, ...]],
    *,
    joined: dt.date | None,
    left: dt.date | None,
    role: str = Role.MEMBER.value,
) -> MemberRow:
    pid, name, email, phone, address, diet, consent, notes = person
    company, title, industry = jobs.get(pid, ("", "", ""))
    return MemberRow(
        person_id=pid,
        name=name,
        email=email,
        phone=phone,
        company=company,
        title=title,
        industry=industry,
        expertise=tags.get(pid, ()),
        member_since=joined,
        left_on=left,
        role=role,
        dietary_needs=diet,
        consent_share_contact=consent,
        address=address,
        notes=notes,
    )


def roster(db: Database, group_id: int | None, *, include_former: bool = True) -> list[MemberRow]:
    """The members of a group (or, with no group, everyone), with their current job.

    A person who left and joined again appears once, with the latest membership.
    """
    with db.reading() as session:
        if group_id is None:
            return _everyone(session)
        query = (
            select(*_PERSON_COLUMNS, Membership.joined_on, Membership.left_on, Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.group_id == group_id, Person.erased_at.is_(None))
            .order_by(Person.id, Membership.left_on.nulls_last(), Membership.id)
        )
        if not include_former:
            query = query.where(Membership.left_on.is_(None))
        jobs = _current_jobs(session, group_id=group_id)
        tags = _tags(session, group_id=group_id)
        no_job = ("", "", "")
        rows: dict[int, MemberRow] = {}
        # One loop without calls per row but MemberRow's own: 100,000 members in an
        # association's group.
        for pid, name, email, phone, address, diet, consent, notes, joined, left, role in _rows(
            session, query
        ):
            if pid in rows and rows[pid].left_on is None:
                continue  # an active membership beats an old one
            company, title, industry = jobs.get(pid, no_job)
            rows[pid] = MemberRow(
                pid,
                name,
                email,
                phone,
                company,
                title,
                industry,
                tags.get(pid, ()),
                joined,
                left,
                str(role),
                diet,
                consent,
                address,
                notes,
            )
        return list(rows.values())


def membership_count(db: Database, group_id: int, *, include_former: bool = True) -> int:
    """How many memberships of the group `roster(db, group_id, include_former=...)` reads: at
    least as many as the members it gives (one who joined twice counts twice). One index
    lookup, to decide how to read the roster before reading it."""
    query = select(func.count()).where(Membership.group_id == group_id)
    if not include_former:
        query = query.where(Membership.left_on.is_(None))
    with db.reading() as session:
        return int(session.scalar(query) or 0)


def _everyone(session: Session) -> list[MemberRow]:
    """Every person; one who is no current member of any group counts as former."""
    active_ids = set(
        session.scalars(select(Membership.person_id).where(Membership.left_on.is_(None)))
    )
    jobs = _current_jobs(session)
    tags = _tags(session)
    query = select(*_PERSON_COLUMNS).where(Person.erased_at.is_(None))
    return [
        _member_row(
            person, jobs, tags, joined=None, left=None if person[0] in active_ids else dt.date.min
        )
        for person in session.execute(query)
    ]


def person_details(db: Database, person_id: int) -> PersonDetails:
    """Everything the edit form shows about a person, with the job history newest first."""
    with db.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        jobs = session.execute(
            select(Employment, Organisation)
            .join(Organisation, Organisation.id == Employment.organisation_id)
            .where(Employment.person_id == person_id)
        ).all()
        # Current jobs first, then the most recently ended.
        history = sorted(
            (
                JobRow(
                    employment_id=emp.id,
                    company=org.name,
                    title=emp.title,
                    industry=org.industry,
                    started_on=emp.started_on,
                    ended_on=emp.ended_on,
                )
                for emp, org in jobs
            ),
            key=lambda j: (
                j.ended_on is None,
                j.ended_on or dt.date.max,
                j.started_on or dt.date.min,
                j.employment_id,
            ),
            reverse=True,
        )
        return PersonDetails(
            person_id=person.id,
            name=person.name,
            email=person.email,
            phone=person.phone,
            address=person.address,
            expertise=tuple(t.tag for t in person.expertise),
            dietary_needs=person.dietary_needs,
            consent_share_contact=person.consent_share_contact,
            notes=person.notes,
            jobs=tuple(history),
        )


def person_input(details: PersonDetails) -> PersonInput:
    """The editable part of a person's details (to undo an edit)."""
    return PersonInput(
        name=details.name,
        email=details.email,
        phone=details.phone,
        address=details.address,
        expertise=details.expertise,
        dietary_needs=details.dietary_needs,
        consent_share_contact=details.consent_share_contact,
        notes=details.notes,
    )


def _check(person: PersonInput, job: JobInput | None = None) -> PersonInput:
    errors = validate_person(person)
    if job is not None and (job.company.strip() or job.title.strip()):
        errors += validate_job(job)
    if errors:
        raise ValidationFailed(errors)
    return cleaned(person)


def _set_fields(person: Person, data: PersonInput) -> None:
    person.name = data.name
    person.email = data.email
    person.phone = data.phone
    person.address = data.address
    person.dietary_needs = data.dietary_needs
    person.consent_share_contact = data.consent_share_contact
    person.notes = data.notes
    # One tag per key ("NIS2" and "nis2" are one tag), spelt as typed now.
    wanted: dict[str, str] = {}
    for text in data.expertise:
        wanted.setdefault(name_key(text), text)
    existing = {t.name_key: t for t in person.expertise}
    tags: list[ExpertiseTag] = []
    for key, text in wanted.items():
        tag = existing.get(key) or ExpertiseTag(tag=text)
        if tag.tag != text:
            tag.tag = text
        tags.append(tag)
    person.expertise = tags
    for position, tag in enumerate(person.expertise):
        tag.position = position


def organisation_for(session: Session, name: str, industry: str = "") -> Organisation:
    """The organisation called `name` (however it is written: `name_key`), created if new;
    fills an empty industry."""
    name = clean_name(name)
    org = session.scalars(
        select(Organisation).where(Organisation.name_key == name_key(name)).limit(1)
    ).first()
    if org is None:
        org = Organisation(name=name, industry=industry.strip())
        session.add(org)
        session.flush()
    elif industry.strip() and industry.strip() != org.industry:
        org.industry = industry.strip()
    return org


def add_member(
    db: Database,
    group_id: int | None,
    person: PersonInput,
    job: JobInput | None = None,
    *,
    joined_on: dt.date | None = None,
    role: Role = Role.MEMBER,
    person_id: int | None = None,
) -> int:
    """Add a person and make them a member of the group from `joined_on` (default today).

    `person_id` re-creates a person under the id they had (redo after undo).
    """
    data = _check(person, job)
    job = cleaned_job(job) if job is not None else None
    with db.session() as session:
        if group_id is not None and session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        row = Person() if person_id is None else Person(id=person_id)
        _set_fields(row, data)
        session.add(row)
        session.flush()
        if job is not None and job.company.strip():
            org = organisation_for(session, job.company, job.industry)
            session.add(
                Employment(
                    person_id=row.id,
                    organisation_id=org.id,
                    title=job.title.strip(),
                    started_on=job.started_on,
                )
            )
        if group_id is not None:
            session.add(
                Membership(
                    person_id=row.id,
                    group_id=group_id,
                    joined_on=joined_on or _today(),
                    role=role,
                )
            )
        return row.id


def update_person(db: Database, person_id: int, person: PersonInput) -> None:
    """Save the edited facts of a person."""
    data = _check(person)
    with db.session() as session:
        row = session.get(Person, person_id)
        if row is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        _set_fields(row, data)


def current_job(db: Database, person_id: int) -> JobInput | None:
    """The person's current job, or None if they have none on record."""
    with db.reading() as session:
        company, title, industry = _current_jobs(session, [person_id]).get(person_id, ("", "", ""))
        if not company:
            return None
        return JobInput(company=company, title=title, industry=industry)


def correct_current_job(db: Database, person_id: int, job: JobInput) -> None:
    """Correct the current job (a typo, a new title at the same company): no history entry.

    A person with no job yet gets this as their first job.
    """
    if errors := validate_job(job):
        raise ValidationFailed(errors)
    job = cleaned_job(job)
    with db.session() as session:
        current = session.scalars(
            select(Employment)
            .where(Employment.person_id == person_id, Employment.ended_on.is_(None))
            .order_by(Employment.started_on.desc().nulls_last(), Employment.id.desc())
            .limit(1)
        ).first()
        org = organisation_for(session, job.company, job.industry)
        if current is None:
            session.add(
                Employment(
                    person_id=person_id,
                    organisation_id=org.id,
                    title=job.title.strip(),
                    started_on=job.started_on,
                )
            )
        else:
            current.organisation_id = org.id
            current.title = job.title.strip()


def add_job(db: Database, person_id: int, job: JobInput) -> JobChange:
    """Record a new job; the current job ends the day the new one starts and stays in history."""
    if errors := validate_job(job):
        raise ValidationFailed(errors)
    job = cleaned_job(job)
    started = job.started_on or _today()
    with db.session() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("That person no longer exists.", code="person_missing")
        open_jobs = session.scalars(
            select(Employment).where(
                Employment.person_id == person_id, Employment.ended_on.is_(None)
            )
        ).all()
        for old in open_jobs:
            if old.started_on is not None and old.started_on > started:
                raise ServiceError(
                    "The new job cannot start before the current job started.",
                    code="job_before_current",
                )
            old.ended_on = started
        org = organisation_for(session, job.company, job.industry)
        new = Employment(
            person_id=person_id, organisation_id=org.id, title=job.title.strip(), started_on=started
        )
        session.add(new)
        session.flush()
        return JobChange(new.id, tuple(old.id for old in open_jobs))


def undo_job(db: Database, change: JobChange) -> None:
    """Take back `add_job`: remove the new job and reopen the jobs it ended."""
    with db.session() as session:
        session.execute(delete(Employment).where(Employment.id == change.employment_id))
        for emp_id in change.ended_employment_ids:
            old = session.get(Employment, emp_id)
            if old is not None:
                old.ended_on = None


def end_membership(
    db: Database, group_id: int, person_id: int, left_on: dt.date | None = None
) -> None:
    """The member leaves the group: the membership is ended, never deleted."""
    with db.session() as session:
        membership = _active_membership(session, group_id, person_id)
        if membership is None:
            raise ServiceError(
                "That person is not a current member of the group.", code="not_current_member"
            )
        left = left_on or _today()
        if membership.joined_on is not None and left < membership.joined_on:
            raise ServiceError(
                "A member cannot leave before they joined.", code="leave_before_join"
            )
        membership.left_on = left


def reopen_membership(db: Database, group_id: int, person_id: int) -> None:
    """Undo the end of a membership: the latest membership in the group is current again."""
    with db.session() as session:
        membership = session.scalars(
            select(Membership)
            .where(Membership.group_id == group_id, Membership.person_id == person_id)
            .order_by(Membership.left_on.desc().nulls_first(), Membership.id.desc())
            .limit(1)
        ).first()
        if membership is None:
            raise NotFound("That person was never a member of the group.", code="never_a_member")
        membership.left_on = None


def join_group(
    db: Database, group_id: int, person_id: int, joined_on: dt.date | None = None
) -> None:
    """Make an existing person a member of the group again (or for the first time)."""
    with db.session() as session:
        if _active_membership(session, group_id, person_id) is None:
            session.add(
                Membership(person_id=person_id, group_id=group_id, joined_on=joined_on or _today())
            )


def _active_membership(session: Session, group_id: int, person_id: int) -> Membership | None:
    return session.scalars(
        select(Membership).where(
            Membership.group_id == group_id,
            Membership.person_id == person_id,
            Membership.left_on.is_(None),
        )
    ).first()


def delete_person(db: Database, person_id: int) -> None:
    """Remove a person completely: only to take back adding them (undo)."""
    with db.session() as session:
        row = session.get(Person, person_id)
        if row is not None:
            session.delete(row)


def find_people_by_email(db: Database, emails: Sequence[str]) -> dict[str, int]:
    """Map each known e-mail address (lower case) to a person id."""
    wanted = {e.strip().lower() for e in emails if e.strip()}
    if not wanted:
        return {}
    with db.reading() as session:
        rows = session.execute(
            select(func.lower(Person.email), Person.id).where(
                func.lower(Person.email).in_(wanted), Person.erased_at.is_(None)
            )
        )
        return {str(email): int(pid) for email, pid in rows}
