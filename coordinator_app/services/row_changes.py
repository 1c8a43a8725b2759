"""Taking back a change to people and doing it again, row by row: an import as a whole, a member
deleted by mistake.

A change is noted as the rows it added (their ids) and the rows it changed (their values before
and after), in the tables of people and what belongs to them: organisations, people, jobs,
memberships and expertise tags. Taking it back deletes the added rows (keeping them, so that
doing it again puts them back under the same ids: later steps of the undo history still find
them) and gives the changed rows their old values. People who meanwhile have attendance,
round-table entries, sign-ups or minutes are never deleted (`HasHistory`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Base,
    Employment,
    ExpertiseTag,
    Meeting,
    Membership,
    Organisation,
    Person,
)

Row = dict[str, Any]

ORGANISATIONS: Table = Organisation.__table__  # type: ignore[assignment]
PEOPLE: Table = Person.__table__  # type: ignore[assignment]
JOBS: Table = Employment.__table__  # type: ignore[assignment]
MEMBERSHIPS: Table = Membership.__table__  # type: ignore[assignment]
TAGS: Table = ExpertiseTag.__table__  # type: ignore[assignment]
# Parents before the rows that refer to them: the order rows are put back in (deleted: reversed).
TABLES: tuple[Table, ...] = (ORGANISATIONS, PEOPLE, JOBS, MEMBERSHIPS, TAGS)
_OWN_ROWS = frozenset(t.name for t in (JOBS, MEMBERSHIPS, TAGS))
# SQLite's smallest limit on the values of one IN (…).
_CHUNK = 900

# What a person can have on record besides their own rows, by the table that holds it.
HISTORY_KINDS: dict[str, str] = {
    "attendance": "attendance",
    "round_table_entries": "round_table",
    "signups": "signups",
    "action_items": "minutes",
    "theme_proposals": "minutes",
    "speaker_proposals": "minutes",
    "decisions": "minutes",
    "agenda_items": "agenda",
    "host_visits": "host_visit",
}
_KIND_ORDER = ("attendance", "round_table", "signups", "minutes", "agenda", "host_visit", "other")


class HasHistory(ServiceError):
    """People cannot be removed: they have attendance, round-table entries, sign-ups or minutes
    (`kinds`, in `_KIND_ORDER`) on record. `code` says what was asked: "delete_member" or
    "undo_import"."""

    def __init__(self, code: str, names: Sequence[str], kinds: Sequence[str]) -> None:
        super().__init__(
            f"{', '.join(names)} cannot be removed: they have {', '.join(kinds)} on record."
        )
        self.code = code
        self.names = list(names)
        self.kinds = list(kinds)


@dataclass
class RowChanges:
    """What one transaction did to people and their rows (see the module's text)."""

    # Per table name: the ids of the rows added.
    added: dict[str, list[int]] = field(default_factory=dict)
    # Per table name: (values before, values after) of each row changed, by id.
    changed: dict[str, dict[int, tuple[Row, Row]]] = field(default_factory=dict)
    # Per table name: the added rows as they were when they were taken back (to put back).
    taken_back: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.changed.values())

    def added_ids(self, table: Table) -> list[int]:
        return self.added.get(table.name, [])


@dataclass
class Snapshot:
    """The state before a change: each table's highest id, and the rows it may change."""

    highest: dict[str, int]
    rows: dict[str, dict[int, Row]]
    person_ids: list[int]


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def read_rows(session: Session, table: Table, ids: Sequence[int]) -> list[Row]:
    """The rows of `table` with these ids, every column, in the order of the ids."""
    found: dict[int, Row] = {}
    for chunk in _chunks(list(ids)):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return [found[i] for i in ids if i in found]


def _rows_of_people(session: Session, table: Table, person_ids: Sequence[int]) -> list[Row]:
    rows: list[Row] = []
    for chunk in _chunks(list(person_ids)):
        query = select(table).where(table.c.person_id.in_(chunk))
        rows.extend(dict(row) for row in session.execute(query).mappings())
    return rows


def _tracked_rows(session: Session, person_ids: Sequence[int]) -> dict[str, dict[int, Row]]:
    """The rows a change to these people may change: theirs, and every organisation's."""
    rows: dict[str, dict[int, Row]] = {
        ORGANISATIONS.name: {
            row["id"]: dict(row) for row in session.execute(select(ORGANISATIONS)).mappings()
        },
        PEOPLE.name: {row["id"]: row for row in read_rows(session, PEOPLE, person_ids)},
    }
    for table in (JOBS, MEMBERSHIPS, TAGS):
        rows[table.name] = {row["id"]: row for row in _rows_of_people(session, table, person_ids)}
    return rows


def take_snapshot(session: Session, person_ids: Iterable[int]) -> Snapshot:
    """Note the state before a change that adds rows and may change these people's rows."""
    ids = sorted(set(person_ids))
    highest = {
        table.name: int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)
        for table in TABLES
    }
    return Snapshot(highest, _tracked_rows(session, ids), ids)


def changes_since(session: Session, snapshot: Snapshot) -> RowChanges:
    """What the session changed since `snapshot` (in the same transaction, not yet committed)."""
    session.flush()
    changes = RowChanges()
    for table in TABLES:
        query = select(table.c.id).where(table.c.id > snapshot.highest[table.name])
        ids = list(session.scalars(query.order_by(table.c.id)))
        if ids:
            changes.added[table.name] = ids
    now = _tracked_rows(session, snapshot.person_ids)
    for name, before_rows in snapshot.rows.items():
        changed = {
            row_id: (before, after)
            for row_id, before in before_rows.items()
            if (after := now[name].get(row_id)) is not None and after != before
        }
        if changed:
            changes.changed[name] = changed
    return changes


def people_history(
    session: Session, person_ids: Sequence[int], group_id: int | None = None
) -> dict[int, list[str]]:
    """What each of these people has on record besides their own rows (`HISTORY_KINDS`, in
    order), for those who have anything; with `group_id`, only what belongs to that group."""
    if not person_ids:
        return {}
    group_meetings = (
        None if group_id is None else select(Meeting.id).where(Meeting.group_id == group_id)
    )
    wanted = set(person_ids)
    found: dict[int, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in _OWN_ROWS or table.name == PEOPLE.name:
            continue
        kind = HISTORY_KINDS.get(table.name, "other")
        for fk in table.foreign_keys:
            if fk.column.table.name != PEOPLE.name:
                continue
            column = fk.parent
            # One read per column: most have no index, so that each IN (…) of a long list
            # would read the whole table again.
            query = select(column).where(column.is_not(None)).distinct()
            if len(wanted) <= _CHUNK:
                query = query.where(column.in_(sorted(wanted)))
            if group_meetings is not None and "meeting_id" in table.c:
                query = query.where(table.c.meeting_id.in_(group_meetings))
            elif group_id is not None and "group_id" in table.c:
                query = query.where(table.c.group_id == group_id)
            for person_id in session.scalars(query):
                if person_id in wanted:
                    found.setdefault(person_id, set()).add(kind)
    return {
        person_id: [kind for kind in _KIND_ORDER if kind in kinds]
        for person_id, kinds in found.items()
    }


def refuse_if_history(
    session: Session, code: str, person_ids: Sequence[int], group_id: int | None = None
) -> None:
    """Raise `HasHistory` if any of these people has anything on record (`people_history`)."""
    history = people_history(session, person_ids, group_id)
    if history:
        kinds = {kind for found in history.values() for kind in found}
        raise HasHistory(
            code,
            sorted(_names(session, sorted(history))),
            [kind for kind in _KIND_ORDER if kind in kinds],
        )


def _names(session: Session, person_ids: Sequence[int]) -> list[str]:
    return [row["name"] for row in read_rows(session, PEOPLE, person_ids)]


def delete_rows(session: Session, rows: dict[str, list[Row]]) -> None:
    """Delete these rows (by id), the rows referring to others first."""
    for table in reversed(TABLES):
        ids = [row["id"] for row in rows.get(table.name, [])]
        for chunk in _chunks(ids):
            session.execute(delete(table).where(table.c.id.in_(chunk)))


def insert_rows(session: Session, rows: dict[str, list[Row]]) -> None:
    """Put these rows back under their ids, parents first."""
    for table in TABLES:
        if rows.get(table.name):
            session.execute(insert(table), rows[table.name])


def _set_values(
    session: Session, changed: dict[str, dict[int, tuple[Row, Row]]], which: int
) -> None:
    for table in TABLES:
        values = [pair[which] for pair in changed.get(table.name, {}).values()]
        for row in values:
            session.execute(update(table).where(table.c.id == row["id"]).values(row))


def take_back(db: Database, changes: RowChanges, *, code: str = "undo_import") -> None:
    """Undo `changes` in one transaction: the added rows deleted (kept in `taken_back`), the
    changed ones given their values before. Refused (`HasHistory`) when people it added have
    meanwhile got attendance, round-table entries, sign-ups or minutes."""
    # Without foreign key checks: nothing refers to the rows deleted (checked first, in the
    # same transaction), and checking each row of a large import took minutes.
    with db.session_without_foreign_keys() as session:
        refuse_if_history(session, code, changes.added_ids(PEOPLE))
        taken = {
            table.name: read_rows(session, table, changes.added_ids(table)) for table in TABLES
        }
        # Changed rows first: a job the change ended may refer to nothing it added, but an
        # added one is gone once deleted.
        _set_values(session, changes.changed, 0)
        delete_rows(session, taken)
        session.flush()
    changes.taken_back = taken


def do_again(db: Database, changes: RowChanges) -> None:
    """Redo `changes` after `take_back`: the rows put back under their ids, the changed ones
    given their values after."""
    with db.session() as session:
        insert_rows(session, changes.taken_back)
        _set_values(session, changes.changed, 1)
