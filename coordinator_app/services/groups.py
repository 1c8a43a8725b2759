"""Groups: list them with their member counts, add one, find one by name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator_app.services.errors import NotFound, ServiceError
from coordinator_app.store.database import Database
from coordinator_app.store.models import Group, Membership


@dataclass(frozen=True)
class GroupSummary:
    id: int
    name: str
    members: int


def list_groups(db: Database) -> list[GroupSummary]:
    """Every group, by name, with the number of current members."""
    active = (
        select(Membership.group_id, func.count(Membership.id).label("n"))
        .where(Membership.left_on.is_(None))
        .group_by(Membership.group_id)
        .subquery()
    )
    query = (
        select(Group.id, Group.name, func.coalesce(active.c.n, 0))
        .outerjoin(active, active.c.group_id == Group.id)
        .order_by(func.lower(Group.name))
    )
    with db.reading() as session:
        return [GroupSummary(gid, name, int(n)) for gid, name, n in session.execute(query)]


def create_group(db: Database, name: str) -> int:
    """Add a group; the name must be new (ignoring case)."""
    name = " ".join(name.split())
    if not name:
        raise ServiceError("A group needs a name.")
    with db.session() as session:
        exists = session.scalar(select(Group.id).where(func.lower(Group.name) == name.lower()))
        if exists is not None:
            raise ServiceError(f"There is already a group called “{name}”.")
        group = Group(name=name)
        session.add(group)
        session.flush()
        return group.id


def find_group(db: Database, name: str) -> int:
    """The id of the group called `name` (ignoring case)."""
    with db.reading() as session:
        gid = session.scalar(
            select(Group.id).where(func.lower(Group.name) == " ".join(name.split()).lower())
        )
    if gid is None:
        raise NotFound(f"There is no group called “{name}”.")
    return gid


def rename_group(db: Database, group_id: int, name: str) -> None:
    """Give a group a new name."""
    name = " ".join(name.split())
    if not name:
        raise ServiceError("A group needs a name.")
    with db.session() as session:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFound("That group no longer exists.")
        group.name = name
