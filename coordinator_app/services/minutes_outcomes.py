"""What a meeting's minutes record as outcomes: the decisions, and the action items carried
until done. Every change returns what was there before, so that the UI can undo it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.domain.enums import (
    Confidentiality,
)
from coordinator_app.domain.minutes import (
    ACTION_LEVEL,
    DECISION_LEVEL,
    MAX_MINUTES_TEXT_CHARS,
    ActionLine,
    DecisionLine,
    carried_actions,
    check_text,
)
from coordinator_app.services.errors import NotFound
from coordinator_app.services.minutes_common import (
    _check_person,
    _group,
    _meeting,
    _name,
    _people,
    _raise,
    _renumber,
)
from coordinator_app.store.database import Database
from coordinator_app.store.models import (
    ActionItem,
    Decision,
    Meeting,
)


@dataclass(frozen=True)
class ActionInput:
    """An action item: what, who, by when, and when it was done."""

    text: str
    owner_id: int | None = None
    due_on: dt.date | None = None
    done_on: dt.date | None = None


# --- decisions ------------------------------------------------------------------------------


def _decision_text(text: str) -> str:
    _raise(
        check_text(
            "text",
            text,
            MAX_MINUTES_TEXT_CHARS,
            required_code="text_required",
            required_message="Please enter the decision.",
        )
    )
    return text.strip()


def _decision(session: Session, decision_id: int) -> Decision:
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFound("That decision no longer exists.", code="decision_missing")
    return row


def _decision_order(session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Decision.id)
            .where(Decision.meeting_id == meeting_id)
            .order_by(Decision.position, Decision.id)
        )
    )


def _decision_lines(session: Session, meeting_id: int) -> list[DecisionLine]:
    rows = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .order_by(Decision.position, Decision.id)
    ).all()
    return [
        DecisionLine(r.id, position, r.text, r.confidentiality) for position, r in enumerate(rows)
    ]


def decisions(db: Database, meeting_id: int) -> list[DecisionLine]:
    """The decisions taken at the meeting, in the order they were recorded."""
    with db.reading() as session:
        _meeting(session, meeting_id)
        return _decision_lines(session, meeting_id)


def add_decision(
    db: Database,
    meeting_id: int,
    text: str,
    *,
    position: int | None = None,
    decision_id: int | None = None,
    level: Confidentiality = DECISION_LEVEL,
) -> int:
    """Record a decision at `position` (default: last); `decision_id` re-creates a removed one."""
    text = _decision_text(text)
    with db.session() as session:
        _meeting(session, meeting_id)
        order = _decision_order(session, meeting_id)
        at = len(order) if position is None else max(0, min(position, len(order)))
        row = Decision(
            meeting_id=meeting_id, position=at, text=text, confidentiality=Confidentiality(level)
        )
        if decision_id is not None:
            row.id = decision_id
        session.add(row)
        session.flush()
        order.insert(at, row.id)
        _renumber(session, Decision, order)
        return row.id


def update_decision(db: Database, decision_id: int, text: str) -> str:
    """Change a decision's text; returns the text it had."""
    text = _decision_text(text)
    with db.session() as session:
        row = _decision(session, decision_id)
        before = row.text
        row.text = text
        return before


def remove_decision(db: Database, decision_id: int) -> tuple[int, int, str]:
    """Delete a decision; returns (meeting id, position, text) for undo."""
    with db.session() as session:
        row = _decision(session, decision_id)
        meeting_id, text = row.meeting_id, row.text
        order = _decision_order(session, meeting_id)
        position = order.index(decision_id)
        session.execute(delete(Decision).where(Decision.id == decision_id))
        order.remove(decision_id)
        _renumber(session, Decision, order)
        return meeting_id, position, text


# --- action items ---------------------------------------------------------------------------


def _cleaned_action(session: Session, data: ActionInput) -> ActionInput:
    _raise(
        check_text(
            "text",
            data.text,
            MAX_MINUTES_TEXT_CHARS,
            required_code="text_required",
            required_message="Please enter what is to be done.",
        )
    )
    _check_person(session, data.owner_id, "owner")
    return ActionInput(data.text.strip(), data.owner_id, data.due_on, data.done_on)


def _action_input(row: ActionItem) -> ActionInput:
    return ActionInput(row.text, row.owner_person_id, row.due_on, row.done_on)


def _set_action(row: ActionItem, data: ActionInput) -> None:
    row.text, row.owner_person_id = data.text, data.owner_id
    row.due_on, row.done_on = data.due_on, data.done_on


def _action(session: Session, action_id: int) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFound("That action item no longer exists.", code="action_missing")
    return row


def _action_lines(session: Session, lang: str, *conditions: object) -> list[ActionLine]:
    rows = session.execute(
        select(ActionItem, Meeting.date)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(*conditions)  # type: ignore[arg-type]
    ).all()
    owners = _people(session, (a.owner_person_id for a, _ in rows if a.owner_person_id))
    return [
        ActionLine(
            id=a.id,
            meeting_id=a.meeting_id,
            meeting_date=date,
            text=a.text,
            owner_id=a.owner_person_id,
            owner_name=_name(owners.get(a.owner_person_id), lang) if a.owner_person_id else "",
            due_on=a.due_on,
            done_on=a.done_on,
            level=a.confidentiality,
        )
        for a, date in rows
    ]


def _meeting_actions(session: Session, meeting: Meeting, lang: str) -> list[ActionLine]:
    lines = _action_lines(session, lang, Meeting.group_id == meeting.group_id)
    return carried_actions(lines, meeting.id, meeting.date)


def actions_for_meeting(db: Database, meeting_id: int, lang: str = "da") -> list[ActionLine]:
    """The meeting's own action items and those of the group's earlier meetings that were
    still open on its date (marked carried)."""
    with db.reading() as session:
        return _meeting_actions(session, _meeting(session, meeting_id), lang)


def list_actions(
    db: Database, *, group_id: int | None = None, open_only: bool = False, lang: str = "da"
) -> list[ActionLine]:
    """Action items of one group (or all), open ones only if asked, by meeting date, then due
    date (none last)."""
    conditions: list[object] = []
    if group_id is not None:
        conditions.append(Meeting.group_id == group_id)
    if open_only:
        conditions.append(ActionItem.done_on.is_(None))
    with db.reading() as session:
        if group_id is not None:
            _group(session, group_id)
        lines = _action_lines(session, lang, *conditions)
    return sorted(lines, key=lambda a: (a.meeting_date, a.due_on or dt.date.max, a.id))


def add_action(
    db: Database,
    meeting_id: int,
    data: ActionInput,
    *,
    action_id: int | None = None,
    level: Confidentiality = ACTION_LEVEL,
) -> int:
    """Add an action item to the meeting; `action_id` re-creates a removed one (undo, redo)."""
    with db.session() as session:
        _meeting(session, meeting_id)
        clean = _cleaned_action(session, data)
        row = ActionItem(
            meeting_id=meeting_id, text=clean.text, confidentiality=Confidentiality(level)
        )
        if action_id is not None:
            row.id = action_id
        _set_action(row, clean)
        session.add(row)
        session.flush()
        return row.id


def update_action(db: Database, action_id: int, data: ActionInput) -> ActionInput:
    """Save an action item (done: set `done_on`); returns what it was (for undo)."""
    with db.session() as session:
        row = _action(session, action_id)
        clean = _cleaned_action(session, data)
        before = _action_input(row)
        _set_action(row, clean)
        return before


def remove_action(db: Database, action_id: int) -> tuple[int, ActionInput]:
    """Delete an action item; returns (meeting id, fields) for undo."""
    with db.session() as session:
        row = _action(session, action_id)
        result = row.meeting_id, _action_input(row)
        session.delete(row)
        return result
