"""Deleting a group: what goes with it, a backup first, then one transaction.

A group's deletion takes its meetings (agendas, sign-ups, visits, checklists, minutes), its
memberships, speaker proposals and coordinators, and the people it alone holds: people whose
every membership is in this group and whom nothing of another group names (attendance,
sign-ups, round-table entries, talks, action items, proposals, host contacts). A person who is
also in another group stays, with that group's data. Companies stay, except the demo's own when
the demo group is deleted and nothing else uses them.

There is no undo: a manual backup is made first (`services.backups.backup_now`), and restoring
it is the way back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, delete, exists, func, or_, select, union
from sqlalchemy.orm import Session

from coordinator_app.domain.names import name_key
from coordinator_app.services import backups as backup_service
from coordinator_app.services.demo import DEMO_COMPANY_NAMES, DEMO_GROUP_SETTING, demo_group
from coordinator_app.services.errors import NotFound
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Employment,
    Group,
    HostVisit,
    Meeting,
    Membership,
    Organisation,
    Person,
    RoundTableEntry,
    Setting,
    SignUp,
    SpeakerProposal,
    ThemeProposal,
)


@dataclass(frozen=True)
class GroupContents:
    """What deleting a group takes: the people only it holds, the members it shares with other
    groups (who stay), its meetings, and how many of them have minutes."""

    name: str
    people_only_here: int
    people_kept: int
    meetings: int
    meetings_with_minutes: int
    is_demo: bool = False


@dataclass(frozen=True)
class GroupDeleted:
    """A deleted group: what went, and the backup made first (None for a database in memory)."""

    contents: GroupContents
    backup: Path | None


def _referenced_elsewhere(group_id: int) -> Select[Any]:
    """The ids of people whom another group's data names."""
    others = select(Meeting.id).where(Meeting.group_id != group_id)
    in_others: list[Select[Any]] = [
        select(Attendance.person_id).where(Attendance.meeting_id.in_(others)),
        select(SignUp.person_id).where(SignUp.meeting_id.in_(others)),
        select(RoundTableEntry.person_id).where(RoundTableEntry.meeting_id.in_(others)),
        select(AgendaItem.speaker_person_id).where(AgendaItem.meeting_id.in_(others)),
        select(ActionItem.owner_person_id).where(ActionItem.meeting_id.in_(others)),
        select(ThemeProposal.proposed_by_person_id).where(ThemeProposal.meeting_id.in_(others)),
        select(HostVisit.contact_person_id).where(HostVisit.meeting_id.in_(others)),
        select(SpeakerProposal.speaker_person_id).where(SpeakerProposal.group_id != group_id),
        select(SpeakerProposal.proposed_by_person_id).where(SpeakerProposal.group_id != group_id),
        select(Membership.person_id).where(Membership.group_id != group_id),
    ]
    return select(union(*in_others).subquery().c[0])


def _people(session: Session, group_id: int) -> tuple[set[int], set[int]]:
    """(the people only this group holds, its members who stay for another group)."""
    members = set(
        session.scalars(select(Membership.person_id).where(Membership.group_id == group_id))
    )
    elsewhere = {pid for pid in session.scalars(_referenced_elsewhere(group_id)) if pid}
    return members - elsewhere, members & elsewhere


def _contents(session: Session, group_id: int, demo_id: int | None) -> GroupContents:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound("That group no longer exists.", code="group_missing")
    only_here, kept = _people(session, group_id)
    meeting_ids = select(Meeting.id).where(Meeting.group_id == group_id)
    with_minutes = session.scalar(
        select(func.count()).where(
            Meeting.group_id == group_id,
            or_(
                *(
                    exists().where(table.meeting_id == Meeting.id)
                    for table in (Attendance, RoundTableEntry, Decision, ActionItem)
                )
            ),
        )
    )
    return GroupContents(
        name=group.name,
        people_only_here=len(only_here),
        people_kept=len(kept),
        meetings=int(session.scalar(select(func.count()).select_from(meeting_ids.subquery())) or 0),
        meetings_with_minutes=int(with_minutes or 0),
        is_demo=group_id == demo_id,
    )


def group_contents(db: Database, group_id: int) -> GroupContents:
    """What `delete_group` would delete, for the confirmation."""
    demo_id = demo_group(db)
    with db.reading() as session:
        return _contents(session, group_id, demo_id)


def delete_group(db: Database, group_id: int, *, backup: bool = True) -> GroupDeleted:
    """Delete the group with everything only it holds (see the module docstring), after a
    manual backup of the database (`backup`; raises the store's errors if it cannot be made,
    and nothing is deleted then)."""
    demo_id = demo_group(db)
    group_contents(db, group_id)  # NotFound before a backup is made for nothing
    made = backup_service.backup_now(db).path if backup and db.path is not None else None
    with db.session() as session:
        contents = _contents(session, group_id, demo_id)
        only_here, _kept = _people(session, group_id)
        # Meetings first: their round-table entries name people without a cascade.
        session.execute(delete(Meeting).where(Meeting.group_id == group_id))
        session.execute(delete(Group).where(Group.id == group_id))
        people = sorted(only_here)
        for start in range(0, len(people), 500):
            session.execute(delete(Person).where(Person.id.in_(people[start : start + 500])))
        if contents.is_demo:
            _delete_demo_companies(session)
            session.execute(delete(Setting).where(Setting.key == DEMO_GROUP_SETTING))
    return GroupDeleted(contents, made)


def _delete_demo_companies(session: Session) -> None:
    """The demo's companies that no job and no meeting names any longer."""
    keys = [name_key(name) for name in DEMO_COMPANY_NAMES]
    used = union(
        select(Employment.organisation_id),
        select(Meeting.host_organisation_id).where(Meeting.host_organisation_id.is_not(None)),
    ).subquery()
    session.execute(
        delete(Organisation).where(
            Organisation.name_key.in_(keys), Organisation.id.not_in(select(used.c[0]))
        )
    )
