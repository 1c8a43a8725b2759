"""The host rotation: which companies hosted the group when, which could host next, and which
have paused hosting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.domain import logistics as rules
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.logistics import (
    HostCandidate,
    HostingEvent,
    rank_hosts,
)
from coordinator_app.services.errors import NotFound
from coordinator_app.services.logistics_common import _current_member_ids
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    Employment,
    Meeting,
    Organisation,
)


@dataclass(frozen=True)
class HostingRow:
    meeting_id: int
    date: dt.date
    organisation_id: int
    name: str
    status: MeetingStatus


# --- host rotation --------------------------------------------------------------------------


def host_history(db: Database, group_id: int) -> list[HostingRow]:
    """The group's meetings that have a host, newest first."""
    query = (
        select(Meeting.id, Meeting.date, Organisation.id, Organisation.name, Meeting.status)
        .join(Organisation, Organisation.id == Meeting.host_organisation_id)
        .where(Meeting.group_id == group_id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    )
    with db.reading() as session:
        return [
            HostingRow(mid, date, org_id, name, status)
            for mid, date, org_id, name, status in session.execute(query)
        ]


def host_candidates(
    db: Database, group_id: int, today: dt.date, *, exclude_meeting_id: int | None = None
) -> list[HostCandidate]:
    """Every company that employs a current member of the group, pausing ones too, with when
    it last hosted the group and when it is booked to (not ranked: see `suggest_hosts`).

    `exclude_meeting_id` is the meeting whose host is being chosen: its host does not count.
    """
    with db.reading() as session:
        employers = select(Employment.organisation_id).where(
            Employment.person_id.in_(_current_member_ids(group_id)),
            Employment.ended_on.is_(None),
        )
        companies = [
            (org_id, name, bool(paused))
            for org_id, name, paused in session.execute(
                select(Organisation.id, Organisation.name, Organisation.hosting_paused).where(
                    Organisation.id.in_(employers)
                )
            )
        ]
        query = select(Meeting.host_organisation_id, Meeting.date, Meeting.status).where(
            Meeting.group_id == group_id, Meeting.host_organisation_id.is_not(None)
        )
        if exclude_meeting_id is not None:
            query = query.where(Meeting.id != exclude_meeting_id)
        events = [
            HostingEvent(org_id, date, status)
            for org_id, date, status in session.execute(query)
            if org_id is not None
        ]
    return rules.host_candidates(companies, events, today)


def suggest_hosts(
    db: Database,
    group_id: int,
    today: dt.date,
    *,
    exclude_meeting_id: int | None = None,
    lang: str = "da",
) -> list[HostCandidate]:
    """The current members' companies in the order they should host next (pausing ones left
    out); `exclude_meeting_id` is the meeting whose host is being chosen."""
    candidates = host_candidates(db, group_id, today, exclude_meeting_id=exclude_meeting_id)
    return rank_hosts(candidates, lang)


def set_hosting_paused(db: Database, organisation_id: int, paused: bool) -> bool:
    """Let a company pause from hosting (or host again); returns whether it paused before."""
    with db.session() as session:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise NotFound("That company no longer exists.", code="company_missing")
        before = bool(org.hosting_paused)
        org.hosting_paused = paused
        return before
