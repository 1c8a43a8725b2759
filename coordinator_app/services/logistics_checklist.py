"""A meeting's checklist: the tasks with their deadlines relative to the meeting, made from the
checklist template, and the overview of tasks due across the groups' meetings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.logistics import (
    due_date,
    is_overdue,
    validate_checklist_item,
)
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.logistics_common import _meeting, _one_line
from coordinator_app.services.settings import read_checklist_template
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ChecklistItem,
    Group,
    Meeting,
)

# How far back the overview of due tasks looks: tasks after a meeting (thanks, minutes) stay
# visible for a month.
DUE_OVERVIEW_DAYS_BACK = 30


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    meeting_id: int
    position: int
    title: str
    offset_days: int
    due: dt.date
    done_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class DueRow:
    """An open task of some meeting, for the overview across meetings."""

    item: ChecklistRow
    meeting_id: int
    meeting_date: dt.date
    group_name: str
    theme: str


# --- the checklist --------------------------------------------------------------------------


def _checklist_row(item: ChecklistItem, meeting_date: dt.date, today: dt.date) -> ChecklistRow:
    due = due_date(meeting_date, item.offset_days)
    return ChecklistRow(
        id=item.id,
        meeting_id=item.meeting_id,
        position=item.position,
        title=item.title,
        offset_days=item.offset_days,
        due=due,
        done_on=item.done_on,
        overdue=is_overdue(due, item.done_on, today),
    )


def _by_due(row: ChecklistRow) -> tuple[dt.date, int, int]:
    return row.due, row.position, row.id


def checklist(db: Database, meeting_id: int, today: dt.date) -> list[ChecklistRow]:
    """The meeting's tasks by due date (then their order in the template)."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        items = session.scalars(
            select(ChecklistItem).where(ChecklistItem.meeting_id == meeting_id)
        ).all()
        rows = [_checklist_row(item, meeting.date, today) for item in items]
    return sorted(rows, key=_by_due)


def ensure_checklist(db: Database, meeting_id: int, lang: str = "da") -> bool:
    """Give a meeting without tasks the checklist of the stored template; True if it did."""
    with db.session() as session:
        _meeting(session, meeting_id)
        has_items = session.scalar(
            select(func.count(ChecklistItem.id)).where(ChecklistItem.meeting_id == meeting_id)
        )
        if has_items:
            return False
        template = read_checklist_template(session, lang)
        for position, task in enumerate(template.items):
            session.add(
                ChecklistItem(
                    meeting_id=meeting_id,
                    position=position,
                    title=task.title,
                    offset_days=task.offset_days,
                )
            )
        return bool(template.items)


def _task(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFound("That task no longer exists.", code="task_missing")
    return item


def _check_task(title: str, offset_days: int) -> str:
    if errors := validate_checklist_item(title, offset_days):
        raise ValidationFailed(errors)
    return _one_line(title)


def set_done(db: Database, item_id: int, done_on: dt.date | None) -> dt.date | None:
    """Tick a task off on `done_on` (None: open again); returns the day it had."""
    with db.session() as session:
        item = _task(session, item_id)
        before = item.done_on
        item.done_on = done_on
        return before


def add_checklist_item(
    db: Database, meeting_id: int, title: str, offset_days: int, *, item_id: int | None = None
) -> int:
    """Add a task due `offset_days` from the meeting; `item_id` re-creates a removed one (redo,
    undo of a removal), back in its place among tasks due the same day."""
    title = _check_task(title, offset_days)
    with db.session() as session:
        _meeting(session, meeting_id)
        last = select(func.max(ChecklistItem.position)).where(
            ChecklistItem.meeting_id == meeting_id
        )
        if item_id is not None:
            # Tasks are numbered in the order they were added, so the place of a removed task
            # follows from its id.
            last = last.where(ChecklistItem.id < item_id)
        highest = session.scalar(last)
        item = ChecklistItem(
            meeting_id=meeting_id,
            position=0 if highest is None else highest + 1,
            title=title,
            offset_days=offset_days,
        )
        if item_id is not None:
            item.id = item_id
        session.add(item)
        session.flush()
        return item.id


def update_checklist_item(
    db: Database, item_id: int, title: str, offset_days: int
) -> tuple[str, int]:
    """Change a task's title and deadline; returns what they were (for undo)."""
    title = _check_task(title, offset_days)
    with db.session() as session:
        item = _task(session, item_id)
        before = item.title, item.offset_days
        item.title, item.offset_days = title, offset_days
        return before


def remove_checklist_item(db: Database, item_id: int) -> tuple[int, str, int, dt.date | None, int]:
    """Delete a task; returns (meeting id, title, offset, done on, id) for undo."""
    with db.session() as session:
        item = _task(session, item_id)
        result = item.meeting_id, item.title, item.offset_days, item.done_on, item.id
        session.delete(item)
        return result


def due_overview(db: Database, today: dt.date, *, group_id: int | None = None) -> list[DueRow]:
    """The open tasks of every meeting not cancelled, from a month back on, by due date."""
    query = (
        select(ChecklistItem, Meeting.date, Group.name, Meeting.theme)
        .join(Meeting, Meeting.id == ChecklistItem.meeting_id)
        .join(Group, Group.id == Meeting.group_id)
        .where(
            ChecklistItem.done_on.is_(None),
            Meeting.status != MeetingStatus.CANCELLED,
            Meeting.date >= today - dt.timedelta(days=DUE_OVERVIEW_DAYS_BACK),
        )
    )
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    with db.reading() as session:
        rows = [
            DueRow(_checklist_row(item, date, today), item.meeting_id, date, group_name, theme)
            for item, date, group_name, theme in session.execute(query)
        ]
    return sorted(
        rows, key=lambda r: (r.item.due, r.meeting_date, r.meeting_id, r.item.position, r.item.id)
    )
