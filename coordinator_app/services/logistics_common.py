"""The helpers the logistics use cases share: a meeting or NotFound, the group's members (now
or on a day), one-line text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from coordinator_app.services.errors import NotFound
from coordinator_app.store.models import (
    Meeting,
    Membership,
    Person,
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


def _current_member_ids(group_id: int) -> Select[int]:
    """The ids of the group's current members (a subquery)."""
    return (
        select(Membership.person_id)
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.group_id == group_id,
            Membership.left_on.is_(None),
            Person.erased_at.is_(None),
        )
    )


def _members_on(session: Session, group_id: int, date: dt.date) -> set[int]:
    """The people who were (or will be) members of the group on `date`."""
    return set(
        session.scalars(
            select(Membership.person_id).where(
                Membership.group_id == group_id,
                or_(Membership.joined_on.is_(None), Membership.joined_on <= date),
                or_(Membership.left_on.is_(None), Membership.left_on > date),
            )
        )
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
