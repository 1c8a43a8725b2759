"""The group's annual report: the year's meetings with host, theme, speakers and how many
came, each member's attendance, and the themes still to come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
)
from coordinator_app.domain.minutes import (
    PRESENT_STATUSES,
    AnnualReport,
    MemberYear,
    ReportMeeting,
    one_line,
)
from coordinator_app.services import meeting_state
from coordinator_app.services.minutes_common import _company_on, _group, _jobs, _name, _people
from coordinator_app.services.planner_documents import _coordinator
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Membership,
    Organisation,
    ThemeProposal,
)


def _report_speakers(
    session: Session, meetings: Sequence[Meeting], lang: str
) -> dict[int, tuple[str, ...]]:
    """Per meeting: its talks as "Name (Organisation): title", in agenda order."""
    ids = [m.id for m in meetings]
    if not ids:
        return {}
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id.in_(ids), AgendaItem.kind == AgendaKind.TALK)
        .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
    ).all()
    dates = {m.id: m.date for m in meetings}
    speaker_ids = [i.speaker_person_id for i in items if i.speaker_person_id is not None]
    people = _people(session, speaker_ids)
    jobs = _jobs(session, speaker_ids)
    result: dict[int, list[str]] = {mid: [] for mid in ids}
    for item in items:
        if item.speaker_person_id is not None:
            speaker = _name(people.get(item.speaker_person_id), lang)
            organisation = _company_on(jobs, item.speaker_person_id, dates[item.meeting_id])
        else:
            speaker, organisation = item.speaker_name.strip(), item.speaker_organisation.strip()
        if not speaker:
            continue
        who = f"{speaker} ({organisation})" if organisation else speaker
        title = one_line(item.title)
        result[item.meeting_id].append(f"{who}: {title}" if title else who)
    return {mid: tuple(talks) for mid, talks in result.items()}


def _coming_themes(
    proposals: Sequence[tuple[str, int, bool]], covered: set[str]
) -> tuple[str, ...]:
    """The themes proposed at the year's round tables that no meeting up to the year's end has
    had: the chosen ones first, then by votes (a theme proposed twice counts its best vote)."""
    best: dict[str, tuple[bool, int, int, str]] = {}
    for order, (theme, votes, chosen) in enumerate(proposals):
        text = one_line(theme)
        key = text.casefold()
        if not text or key in covered:
            continue
        first = best[key][2] if key in best else order
        earlier_chosen, earlier_votes = (best[key][0], best[key][1]) if key in best else (False, 0)
        shown = best[key][3] if key in best else text
        best[key] = (earlier_chosen or bool(chosen), max(earlier_votes, votes), first, shown)
    ranked = sorted(best.values(), key=lambda t: (not t[0], -t[1], t[2]))
    return tuple(t[3] for t in ranked)


def annual_report(db: Database, group_id: int, year: int, lang: str = "da") -> AnnualReport:
    """The group's year: every meeting of the year (whatever its status, as it is in reality:
    `services.meeting_state`) with host, theme, speakers and how many came, and per member of
    the group that year how many of the meetings held while they were a member they came to
    (present, late or left early) or missed (absent or excused); `meetings` counts the meetings
    held while they were a member, the same meetings the report counts as held.
    `themes_next` are the themes proposed at the year's round tables that no meeting has had
    yet."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.reading() as session:
        group = _group(session, group_id)
        meetings = session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.date >= first, Meeting.date <= last)
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        ).all()
        hosts = {
            org.id: org.name
            for org in session.scalars(
                select(Organisation).where(
                    Organisation.id.in_(
                        [m.host_organisation_id for m in meetings if m.host_organisation_id]
                    )
                )
            )
        }
        real = meeting_state.statuses(session, meetings)
        recorded: dict[int, dict[int, AttendanceStatus]] = {m.id: {} for m in meetings}
        for mid, pid, status in session.execute(
            select(Attendance.meeting_id, Attendance.person_id, Attendance.status).where(
                Attendance.meeting_id.in_([m.id for m in meetings])
            )
        ):
            recorded[mid][pid] = status
        talks = _report_speakers(session, meetings, lang)

        memberships = session.scalars(
            select(Membership).where(
                Membership.group_id == group_id,
                or_(Membership.joined_on.is_(None), Membership.joined_on <= last),
                or_(Membership.left_on.is_(None), Membership.left_on > first),
            )
        ).all()
        people = _people(session, (m.person_id for m in memberships))
        # The company a member worked for at the end of their year in the group.
        until: dict[int, dt.date] = {}
        for ms in memberships:
            end = last if ms.left_on is None else min(last, ms.left_on - dt.timedelta(days=1))
            until[ms.person_id] = max(until.get(ms.person_id, end), end)
        jobs = _jobs(session, people)
        companies = {pid: _company_on(jobs, pid, date) for pid, date in until.items()}
        coordinator = _coordinator(session, group_id)
        proposals = session.execute(
            select(ThemeProposal.theme, ThemeProposal.votes, ThemeProposal.chosen)
            .join(Meeting, Meeting.id == ThemeProposal.meeting_id)
            .where(Meeting.id.in_([m.id for m in meetings]))
            .order_by(Meeting.date, ThemeProposal.id)
        ).all()
        covered = {
            one_line(theme).casefold()
            for theme in session.scalars(
                select(Meeting.theme).where(
                    Meeting.group_id == group_id,
                    Meeting.date <= last,
                    Meeting.status != MeetingStatus.CANCELLED,
                )
            )
        }

    took_place = [m for m in meetings if real[m.id] is MeetingStatus.HELD]

    def was_member(person_id: int, date: dt.date) -> bool:
        return any(
            ms.person_id == person_id
            and (ms.joined_on is None or ms.joined_on <= date)
            and (ms.left_on is None or ms.left_on > date)
            for ms in memberships
        )

    members: list[MemberYear] = []
    for person in people.values():
        held = [
            m for m in took_place if was_member(person.id, m.date) or person.id in recorded[m.id]
        ]
        statuses = [recorded[m.id].get(person.id) for m in held]
        members.append(
            MemberYear(
                name=_name(person, lang),
                organisation=companies.get(person.id, ""),
                present=sum(s in PRESENT_STATUSES for s in statuses),
                absent=sum(s is not None and s not in PRESENT_STATUSES for s in statuses),
                meetings=len(held),
            )
        )
    members.sort(key=lambda m: sort_key(m.name, lang))
    return AnnualReport(
        group_name=group.name,
        year=year,
        meetings=tuple(
            ReportMeeting(
                date=m.date,
                theme=m.theme,
                host_name=hosts.get(m.host_organisation_id, "") if m.host_organisation_id else "",
                status=real[m.id].value,
                present=sum(s in PRESENT_STATUSES for s in recorded[m.id].values()),
                speakers=talks.get(m.id, ()),
            )
            for m in meetings
        ),
        members=tuple(members),
        coordinator_name=coordinator[0],
        themes_next=_coming_themes(proposals, covered),
    )
