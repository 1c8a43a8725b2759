"""Deleting a member entered by mistake, and putting them back (undo).

Only for a mistake: a member with attendance, round-table entries, sign-ups or minutes in the
group is refused (`row_changes.HasHistory`); ending the membership keeps such a member in the
history, and erasing removes their personal data. A person in no other group goes completely
(with their jobs and expertise); one who is also in another group only loses this group's
membership.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from coordinator_app.services.errors import NotFound
from coordinator_app.services.row_changes import (
    JOBS,
    MEMBERSHIPS,
    PEOPLE,
    TAGS,
    Row,
    delete_rows,
    insert_rows,
    read_rows,
    refuse_if_history,
)
from coordinator_app.store.database import Database

CODE = "delete_member"


@dataclass(frozen=True)
class DeletedMember:
    """What deleting a member removed: every row, by table (to put back as it was)."""

    name: str
    rows: dict[str, list[Row]]

    @property
    def whole_person(self) -> bool:
        """Whether the person went (not only the group's membership)."""
        return bool(self.rows.get(PEOPLE.name))


def delete_member(db: Database, group_id: int, person_id: int) -> DeletedMember:
    """Delete a member of the group entered by mistake, in one transaction (see the module)."""
    with db.session() as session:
        people = read_rows(session, PEOPLE, [person_id])
        memberships = [
            dict(row)
            for row in session.execute(
                select(MEMBERSHIPS).where(MEMBERSHIPS.c.person_id == person_id)
            ).mappings()
        ]
        here = [m for m in memberships if m["group_id"] == group_id]
        if not people or not here:
            raise NotFound("That person is not a member of the group.", code="not_a_member")
        elsewhere = len(here) < len(memberships)
        if elsewhere:
            refuse_if_history(session, CODE, [person_id], group_id)
            rows = {MEMBERSHIPS.name: here}
        else:
            refuse_if_history(session, CODE, [person_id])
            rows = {
                PEOPLE.name: people,
                JOBS.name: _rows_of(session, JOBS, person_id),
                MEMBERSHIPS.name: here,
                TAGS.name: _rows_of(session, TAGS, person_id),
            }
        delete_rows(session, rows)
    return DeletedMember(str(people[0]["name"]), rows)


def _rows_of(session: Session, table: Table, person_id: int) -> list[Row]:
    query = select(table).where(table.c.person_id == person_id).order_by(table.c.id)
    return [dict(row) for row in session.execute(query).mappings()]


def restore_member(db: Database, deleted: DeletedMember) -> None:
    """Put a deleted member back as they were, under the same ids (undo)."""
    with db.session() as session:
        insert_rows(session, deleted.rows)
