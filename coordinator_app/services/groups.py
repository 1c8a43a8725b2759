"""Groups: list them with their member counts, add one, find one by name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator_app.domain.names import clean_name, name_key
from coordinator_app.domain.validation import validate_group_name
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
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
    """Add a group; the name must be new (ignoring case, of every letter: `name_key`) and at
    most MAX_GROUP_NAME_CHARS long."""
    name = _checked_name(name)
    with db.session() as session:
        exists = session.scalar(select(Group.id).where(Group.name_key == name_key(name)))
        if exists is not None:
            raise ServiceError(
                f"There is already a group called “{name}”.",
                code="group_exists",
                values={"name": name},
            )
        group = Group(name=name)
        session.add(group)
        session.flush()
        return group.id


def _checked_name(name: str) -> str:
    if errors := validate_group_name(name):
        raise ValidationFailed(errors)
    return clean_name(name)


def find_group(db: Database, name: str) -> int:
    """The id of the group called `name` (ignoring case)."""
    with db.reading() as session:
        gid = session.scalar(select(Group.id).where(Group.name_key == name_key(name)))
    if gid is None:
        raise NotFound(
            f"There is no group called “{name}”.", code="group_unknown", values={"name": name}
        )
    return gid


def rename_group(db: Database, group_id: int, name: str) -> None:
    """Give a group a new name; no other group may have it (ignoring case)."""
    name = _checked_name(name)
    with db.session() as session:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFound("That group no longer exists.", code="group_missing")
        other = session.scalar(
            select(Group.id).where(Group.name_key == name_key(name), Group.id != group_id)
        )
        if other is not None:
            raise ServiceError(
                f"There is already a group called “{name}”.",
                code="group_exists",
                values={"name": name},
            )
        group.name = name
