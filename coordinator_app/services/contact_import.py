"""Importing contacts as members: find duplicates, let the user choose, apply in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from coordinator_app.domain.contacts import ContactRecord, ParsedContacts, ParseProblem
from coordinator_app.domain.names import clean_name, name_key
from coordinator_app.domain.people import PersonInput, cleaned
from coordinator_app.domain.validation import normalise_phone
from coordinator_app.services.errors import NotFound
from coordinator_app.services.row_changes import RowChanges, changes_since, take_snapshot
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Base,
    Employment,
    ExpertiseTag,
    Group,
    Membership,
    Organisation,
    Person,
)


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
    # A person already in the database but in no group (an import before any group existed
    # left them so): adding the contact gives that person a membership, not a second row.
    joins: int | None = None

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


#: Called as an import goes: (rows done, rows in all), from whatever thread the import runs on.
ImportProgress = Callable[[int, int], None]
#: How many rows an import does between two calls of its `ImportProgress`.
PROGRESS_EVERY = 2_000


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
    # The rows the import added and changed, to undo it as a whole (services/row_changes.py).
    changes: RowChanges | None = None


def _key(name: str, company: str) -> tuple[str, str]:
    return (" ".join(name.split()).casefold(), name_key(company))


def plan_import(
    db: Database,
    parsed: ParsedContacts,
    *,
    on_duplicate: DuplicateAction = DuplicateAction.SKIP,
) -> ImportPlan:
    """Match every record against the people in the database (same e-mail, or name and company).

    Records that repeat an earlier record of the same file count as duplicates of it too. A
    match in no group at all (left so by an import before any group existed) is a person to
    add: the row `joins` them to the group, once.
    """
    with db.reading() as session:
        in_a_group = set(session.scalars(select(Membership.person_id).distinct()))
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
        if match is not None and match[0] not in in_a_group:
            in_a_group.add(match[0])  # a repeat in the file is a duplicate of the joined person
            plan.rows.append(ImportRow(record, DuplicateAction.ADD, joins=match[0]))
            continue
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
            expertise=record.expertise,
            dietary_needs=record.dietary_needs,
            consent_share_contact=bool(record.consent_share_contact),
        )
    )


def apply_import(
    db: Database,
    group_id: int,
    rows: Sequence[ImportRow],
    *,
    joined_on: dt.date | None = None,
    progress: ImportProgress | None = None,
) -> ImportResult:
    """Carry out the planned rows in one transaction: all of them are saved, or none.

    The people join the group (an import always has one: people imported into none would
    belong nowhere). `progress` is called every PROGRESS_EVERY rows and at the end.
    """
    result = ImportResult()
    joined = joined_on or dt.date.today()
    total = len(rows)
    with db.session() as session:
        if session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        before = take_snapshot(session, _people_to_update(rows))
        organisations = _Organisations(session)
        organisations.add(
            row.record.organisation for row in rows if row.action is not DuplicateAction.SKIP
        )
        # New people are inserted together, INSERT_BATCH at a time, with their jobs and
        # memberships: a new person has nothing to look up, and one INSERT of 10,000 rows takes a
        # fraction of a second where 10,000 ORM objects took seconds; batches keep the memory of
        # an import of 100,000 bounded.
        new_people: list[dict[str, Any]] = []
        new_jobs: list[dict[str, Any] | None] = []
        new_records: list[tuple[ContactRecord, PersonInput]] = []
        # The industry each organisation has in the file (the first one given), set at the end.
        industries: dict[int, str] = {}
        for done, row in enumerate(rows):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            record = row.record
            if row.action is DuplicateAction.SKIP:
                result.skipped += 1
                continue
            data = _person_input(record)
            joins = row.joins if row.action is DuplicateAction.ADD else None
            if row.action is DuplicateAction.UPDATE or joins is not None:
                existing = row.duplicate_of if joins is None else joins
                person = session.get(Person, existing) if existing is not None else None
                if person is None:  # a repeat within the file, or removed meanwhile
                    result.skipped += 1
                    continue
                _fill_in(person, data)
                if record.consent_share_contact is not None:
                    person.consent_share_contact = record.consent_share_contact
                _add_tags(person, data.expertise)
                if joins is None:
                    result.updated += 1
                else:
                    result.added += 1
                if record.organisation:
                    _record_job(session, person, record, joined, organisations)
                    _note_industry(industries, organisations, record)
                _join(session, person.id, group_id, record, joined)
                result.people.append(person.name)
                continue
            new_people.append(
                {
                    "name": data.name,
                    "email": data.email,
                    "phone": data.phone,
                    "address": data.address,
                    "notes": data.notes,
                    "dietary_needs": data.dietary_needs,
                    "consent_share_contact": data.consent_share_contact,
                }
            )
            new_jobs.append(
                _record_job(session, None, record, joined, organisations)
                if record.organisation
                else None
            )
            _note_industry(industries, organisations, record)
            new_records.append((record, data))
            result.added += 1
            result.people.append(data.name)
            if len(new_people) >= INSERT_BATCH:
                _insert_new(session, group_id, joined, new_people, new_jobs, new_records)
                new_people, new_jobs, new_records = [], [], []
        if new_people:
            _insert_new(session, group_id, joined, new_people, new_jobs, new_records)
        _set_industries(session, industries)
        result.changes = changes_since(session, before)
        if progress is not None:
            progress(total, total)
    return result


#: How many new people an import inserts at a time.
INSERT_BATCH = 5_000


def _insert_with_ids(
    session: Session, model: type[Person] | type[Organisation], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert `rows` (given their "id") under the next free ids, in one executemany; returns
    their ids in order.

    INSERT … RETURNING in the rows' order is one statement per row on SQLite (it cannot promise
    the order of a multi-row RETURNING), which took most of an import of 100,000. The ids are
    safe to choose: SQLite lets a transaction write only if nobody wrote since it read (in WAL
    mode a stale reader's write fails), so a writer in between makes this import fail as a
    whole, nothing saved; and the primary key would refuse a taken id anyway.
    """
    first = int(session.scalar(select(func.max(model.id))) or 0) + 1
    ids = list(range(first, first + len(rows)))
    for pk, row in zip(ids, rows, strict=True):
        row["id"] = pk
    session.execute(insert(_table(model)), rows)
    return ids


def _table(model: type[Base]) -> Table:
    """The model's table: an INSERT into it is Core's executemany, without the ORM's bulk
    insert, which spent seconds per 100,000 rows sorting them into its own commands."""
    return cast(Table, model.__table__)


def _insert_new(
    session: Session,
    group_id: int,
    joined: dt.date,
    people: list[dict[str, Any]],
    jobs: list[dict[str, Any] | None],
    records: list[tuple[ContactRecord, PersonInput]],
) -> None:
    """Insert new people with their jobs, tags and memberships of the group."""
    ids = _insert_with_ids(session, Person, people)
    pairs = zip(ids, jobs, strict=True)
    job_rows = [{**job, "person_id": pid} for pid, job in pairs if job]
    if job_rows:
        session.execute(insert(_table(Employment)), job_rows)
    tags = [
        {"person_id": pid, "tag": tag, "position": position}
        for pid, (_, data) in zip(ids, records, strict=True)
        for position, tag in enumerate(_unique_tags(data.expertise))
    ]
    if tags:
        session.execute(insert(_table(ExpertiseTag)), tags)
    session.execute(
        insert(_table(Membership)),
        [
            {
                "person_id": pid,
                "group_id": group_id,
                "joined_on": record.member_since or joined,
                "left_on": record.left_on,
            }
            for pid, (record, _) in zip(ids, records, strict=True)
        ],
    )


def _people_to_update(rows: Sequence[ImportRow]) -> list[int]:
    """The people already in the database whose rows the import may change."""
    ids = (
        row.joins if row.action is DuplicateAction.ADD else row.duplicate_of
        for row in rows
        if row.action is not DuplicateAction.SKIP
    )
    return [pid for pid in ids if pid is not None]


def _unique_tags(tags: Sequence[str]) -> list[str]:
    """One tag per spelling (`name_key`: "NIS2" and "nis2" are one), the first one kept."""
    unique: dict[str, str] = {}
    for tag in tags:
        unique.setdefault(name_key(tag), tag)
    return list(unique.values())


def _add_tags(person: Person, tags: Sequence[str]) -> None:
    """Add the tags the person does not have yet after theirs; none is taken away."""
    known = {name_key(tag.tag) for tag in person.expertise}
    for tag in _unique_tags(tags):
        if name_key(tag) not in known:
            person.expertise.append(ExpertiseTag(tag=tag, position=len(person.expertise)))
            known.add(name_key(tag))


def _join(
    session: Session, person_id: int, group_id: int, record: ContactRecord, joined: dt.date
) -> None:
    """Make an updated person a member of the group as the file says, unless they are one.

    A membership on record is never changed (an import neither ends one nor moves its dates);
    a former member in the file (one with a date they left) gets that past membership only if
    they never were a member of the group.
    """
    memberships = session.scalars(
        select(Membership).where(Membership.group_id == group_id, Membership.person_id == person_id)
    ).all()
    if any(m.left_on is None for m in memberships) or (record.left_on and memberships):
        return
    session.add(
        Membership(
            person_id=person_id,
            group_id=group_id,
            joined_on=record.member_since or joined,
            left_on=record.left_on,
        )
    )


def _note_industry(
    industries: dict[int, str], organisations: _Organisations, record: ContactRecord
) -> None:
    """Note the industry the record gives its organisation, unless an earlier record gave one."""
    if record.organisation and record.industry:
        industries.setdefault(organisations.id_for(record.organisation), record.industry)


def _set_industries(session: Session, industries: dict[int, str]) -> None:
    """Give each organisation the industry the file names for it (never blanks one out)."""
    if industries:
        session.execute(
            update(Organisation),
            [{"id": org_id, "industry": industry} for org_id, industry in industries.items()],
        )


class _Organisations:
    """The organisations as `organisation_for` finds them (by `name_key`), read once for an
    import.

    `organisation_for` asks the database each time (and flushes the session first), which took
    most of the time of a large import. Here the keys are read once, and the new organisations
    are inserted together (`add`) before the rows are done.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        query = select(Organisation.name_key, Organisation.id)
        self._ids: dict[str, int] = {key: org_id for key, org_id in session.execute(query)}  # noqa: C416
        # Each name as the file writes it and its key: 100,000 contacts name a few thousand
        # companies, each key made once, not two or three times per contact.
        self._keys: dict[str, str] = {}

    def _key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_key(name)
        return key

    def add(self, names: Iterable[str]) -> None:
        """Create the organisations among `names` that do not exist yet, in one INSERT (an
        association's list names some 10,000 companies; one INSERT each took seconds)."""
        new: dict[str, str] = {}
        for name in names:
            if (key := self._key(name)) and key not in self._ids:
                new.setdefault(key, clean_name(name))
        if not new:
            return
        ids = _insert_with_ids(
            self._session,
            Organisation,
            [{"name": name, "name_key": key, "industry": ""} for key, name in new.items()],
        )
        self._ids.update(zip(new, ids, strict=True))

    def id_for(self, name: str) -> int:
        """The id of the organisation called `name`, which is created if there is none."""
        key = self._key(name)
        org_id = self._ids.get(key)
        if org_id is None:
            org_id = self._session.scalars(
                insert(Organisation).returning(Organisation.id),
                {"name": clean_name(name), "name_key": key, "industry": ""},
            ).one()
            self._ids[key] = org_id
        return org_id


def _fill_in(person: Person, data: PersonInput) -> None:
    """Take what the file knows; never blank out what the database already has."""
    for attr in ("email", "phone", "address", "dietary_needs"):
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
