"""Where a group's meetings stand against today: which are held, and which year comes next.

A meeting is held once its day has passed and it has attendance (someone came) or minutes
(round-table entries, decisions, action items, theme proposals): the status follows reality
instead of waiting for the coordinator to set it (`domain.meetings.effective_status`). It is
derived whenever meetings are read, so that it cannot go stale, and undoing the last
attendance makes the meeting confirmed again. The coordinator can say a meeting was not held
after all: that choice is kept (setting `KEPT_OPEN`) until they mark it held again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import effective_status, meeting_is_over
from coordinator_app.domain.minutes import PRESENT_STATUSES
from coordinator_app.services.settings import read_setting, write_setting
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    Attendance,
    Decision,
    Meeting,
    RoundTableEntry,
    ThemeProposal,
)

# The meetings the coordinator set back from held to planned or confirmed, as a list of ids.
KEPT_OPEN = "meetings.kept_open"

_MINUTES_TABLES = (RoundTableEntry, Decision, ActionItem, ThemeProposal)


def now() -> dt.datetime:
    """The local wall-clock time, as meetings are planned."""
    return dt.datetime.now()


def has_records(meeting_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """SQL: the meeting `meeting_id` has attendance with someone who came, or minutes."""
    came = exists().where(
        Attendance.meeting_id == meeting_id, Attendance.status.in_(PRESENT_STATUSES)
    )
    written = [exists().where(table.meeting_id == meeting_id) for table in _MINUTES_TABLES]
    return or_(came, *written)


def kept_open(session: Session) -> set[int]:
    """The meetings the coordinator said were not held."""
    stored = read_setting(session, KEPT_OPEN)
    if not isinstance(stored, list):
        return set()
    return {i for i in stored if isinstance(i, int) and not isinstance(i, bool)}


def _keep_open(session: Session, meeting_id: int, keep: bool) -> None:
    ids = kept_open(session)
    if (meeting_id in ids) == keep:
        return
    ids = ids | {meeting_id} if keep else ids - {meeting_id}
    write_setting(session, KEPT_OPEN, sorted(ids))


def status_of(
    meeting_id: int,
    date: dt.date,
    end_time: dt.time,
    stored: MeetingStatus,
    *,
    records: bool,
    kept: set[int],
    at: dt.datetime,
) -> MeetingStatus:
    """The status a meeting has in reality, from its stored fields and what was recorded."""
    return effective_status(
        stored,
        over=meeting_is_over(date, end_time, at),
        has_records=records,
        kept_open=meeting_id in kept,
    )


def statuses(session: Session, meetings: Iterable[Meeting]) -> dict[int, MeetingStatus]:
    """The status in reality of each of `meetings`, by id."""
    rows = list(meetings)
    recorded: set[int] = set()
    ids = [m.id for m in rows]
    for start in range(0, len(ids), 500):  # within SQLite's limit of bound parameters
        chunk = ids[start : start + 500]
        recorded.update(
            session.scalars(
                select(Meeting.id).where(Meeting.id.in_(chunk), has_records(Meeting.id))
            )
        )
    kept, at = kept_open(session), now()
    return {
        m.id: status_of(
            m.id, m.date, m.end_time, m.status, records=m.id in recorded, kept=kept, at=at
        )
        for m in rows
    }


def note_status_choice(
    session: Session, meeting_id: int, shown: MeetingStatus, chosen: MeetingStatus
) -> None:
    """Remember what the coordinator chose for a meeting that was shown with status `shown`:
    planned or confirmed for a held meeting keeps it so; held (or cancelled) forgets that."""
    if chosen in (MeetingStatus.HELD, MeetingStatus.CANCELLED):
        _keep_open(session, meeting_id, False)
    elif shown is MeetingStatus.HELD:
        _keep_open(session, meeting_id, True)


def opening_year(db: Database, group_id: int, today: dt.date) -> int:
    """The year the group's plan opens on: that of its next meeting from `today` on (not
    cancelled), or the current year when none is coming."""
    with db.reading() as session:
        coming = session.scalar(
            select(Meeting.date)
            .where(
                Meeting.group_id == group_id,
                Meeting.date >= today,
                Meeting.status != MeetingStatus.CANCELLED,
            )
            .order_by(Meeting.date)
            .limit(1)
        )
    return coming.year if coming is not None else today.year
