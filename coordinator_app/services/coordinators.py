"""A group's coordinators: read them, set one (the coordinator or the co-coordinator).

Position 0 is the coordinator, who sends the group's e-mails and signs them; position 1 a
co-coordinator. A group without an entry falls back on the member whose role is coordinator
(`coordinator_of`), as databases from before the coordinators table have it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.domain.coordinators import (
    MAX_COORDINATORS,
    CoordinatorInput,
    cleaned_coordinator,
    validate_coordinator,
)
from coordinator_app.domain.enums import Role
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.store.database import Database
from coordinator_app.store.models import Coordinator, Group, Membership, Person


@dataclass(frozen=True)
class GroupCoordinators:
    """A group's coordinator and co-coordinator as stored (None where there is no entry)."""

    first: CoordinatorInput | None = None
    second: CoordinatorInput | None = None

    def at(self, position: int) -> CoordinatorInput | None:
        return self.first if position == 0 else self.second


def _entry(row: Coordinator) -> CoordinatorInput:
    return CoordinatorInput(row.name, row.email, row.phone, row.signature)


def group_coordinators(db: Database, group_id: int) -> GroupCoordinators:
    """The group's coordinator entries."""
    with db.reading() as session:
        rows = {
            row.position: _entry(row)
            for row in session.scalars(select(Coordinator).where(Coordinator.group_id == group_id))
        }
    return GroupCoordinators(rows.get(0), rows.get(1))


def set_coordinator(
    db: Database, group_id: int, data: CoordinatorInput | None, *, position: int = 0
) -> CoordinatorInput | None:
    """Set the group's coordinator (`position` 0) or co-coordinator (1); an empty or None
    `data` removes the entry. Returns the entry as it was (for undo)."""
    if not 0 <= position < MAX_COORDINATORS:
        raise ValueError(f"a coordinator's position is 0 or 1, not {position}")
    if data is not None:
        if errors := validate_coordinator(data):
            raise ValidationFailed(errors)
        data = cleaned_coordinator(data)
    with db.session() as session:
        if session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        row = session.scalar(
            select(Coordinator).where(
                Coordinator.group_id == group_id, Coordinator.position == position
            )
        )
        before = _entry(row) if row is not None else None
        if data is None or data.is_empty:
            if row is not None:
                session.execute(delete(Coordinator).where(Coordinator.id == row.id))
            return before
        if row is None:
            row = Coordinator(group_id=group_id, position=position)
            session.add(row)
        row.name, row.email, row.phone, row.signature = (
            data.name,
            data.email,
            data.phone,
            data.signature,
        )
        return before


def set_coordinators(db: Database, group_id: int, wanted: GroupCoordinators) -> GroupCoordinators:
    """Set both entries in one transaction; returns them as they were (for undo)."""
    for data in (wanted.first, wanted.second):
        if data is not None and (errors := validate_coordinator(data)):
            raise ValidationFailed(errors)
    before = group_coordinators(db, group_id)
    with db.session() as session:
        if session.get(Group, group_id) is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        session.execute(delete(Coordinator).where(Coordinator.group_id == group_id))
        session.flush()
        for position, data in enumerate((wanted.first, wanted.second)):
            if data is None or data.is_empty:
                continue
            data = cleaned_coordinator(data)
            session.add(
                Coordinator(
                    group_id=group_id,
                    position=position,
                    name=data.name,
                    email=data.email,
                    phone=data.phone,
                    signature=data.signature,
                )
            )
    return before


def coordinator_of(session: Session, group_id: int) -> CoordinatorInput:
    """Who signs the group's documents and e-mails: the first coordinator entry, else the
    current member whose role is coordinator (not erased); an empty entry when there is none."""
    row = session.scalars(
        select(Coordinator)
        .where(Coordinator.group_id == group_id)
        .order_by(Coordinator.position)
        .limit(1)
    ).first()
    if row is not None:
        return _entry(row)
    member = session.execute(
        select(Person.name, Person.email, Person.phone)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.group_id == group_id,
            Membership.role == Role.COORDINATOR,
            Membership.left_on.is_(None),
            Person.erased_at.is_(None),
        )
        .order_by(Membership.id)
        .limit(1)
    ).first()
    if member is None:
        return CoordinatorInput()
    return CoordinatorInput(member[0], member[1], member[2])
