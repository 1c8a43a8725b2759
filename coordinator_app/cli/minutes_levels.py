"""The minutes' texts with a sharing level on the command line: `minutes add-decision`,
`minutes add-action`, `minutes set-attendance`, and the levels `minutes show --json` gives.

A new text gets its kind's level unless `--level` says otherwise (decisions and action items
are shareable, an attendance note is the group's); an existing attendance note keeps its level
unless `--level` is given. `export minutes` applies the levels (`domain.minutes.redact`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coordinator_app.cli.common import CliError, database
from coordinator_app.domain.enums import AttendanceStatus, Confidentiality
from coordinator_app.domain.minutes import (
    ACTION_LEVEL,
    DECISION_LEVEL,
    MAX_MINUTES_TEXT_CHARS,
    MinutesDocument,
    check_text,
)
from coordinator_app.services import minutes, planner
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.services.minutes import ActionInput
from coordinator_app.services.roster import find_people_by_email
from coordinator_app.store.database import Database

LEVELS = tuple(level.value for level in Confidentiality)
# As typed: "left-early" (a command-line word) for AttendanceStatus.LEFT_EARLY.
STATUSES = {status.value.replace("_", "-"): status for status in AttendanceStatus}
_STATUS_WORDS = {status: word.replace("-", " ") for word, status in STATUSES.items()}

HELP = """\
  minutes add-decision MEETING_ID TEXT [--level group|anonymous|shareable]
                                record a decision (default level: shareable)
  minutes add-action MEETING_ID TEXT [--owner EMAIL] [--due YYYY-MM-DD]
                     [--level group|anonymous|shareable]
                                record an action item (default level: shareable)
  minutes set-attendance MEETING_ID EMAIL present|absent|excused|late|left-early
                         [--note TEXT] [--level group|anonymous|shareable]
                                record a member's attendance; a new note is group only"""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _status(text: str) -> AttendanceStatus:
    status = STATUSES.get(text.strip().lower().replace("_", "-"))
    if status is None:
        raise argparse.ArgumentTypeError(
            f"invalid choice: {text!r} (choose from {', '.join(STATUSES)})"
        )
    return status


def register(minutes_commands: Any) -> None:
    """Add the commands to the subparsers of `minutes`."""
    decision = minutes_commands.add_parser("add-decision", help="record a decision")
    decision.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    decision.add_argument("text", metavar="TEXT", help="what was decided")
    decision.add_argument("--level", choices=LEVELS, help="who may learn it (default: shareable)")
    decision.set_defaults(handler=_cmd_add_decision)

    action = minutes_commands.add_parser("add-action", help="record an action item")
    action.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    action.add_argument("text", metavar="TEXT", help="what is to be done")
    action.add_argument("--owner", metavar="EMAIL", help="who does it")
    action.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help="by when")
    action.add_argument("--level", choices=LEVELS, help="who may learn it (default: shareable)")
    action.set_defaults(handler=_cmd_add_action)

    attendance = minutes_commands.add_parser("set-attendance", help="record a member's attendance")
    attendance.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    attendance.add_argument("email", metavar="EMAIL", help="the member's e-mail address")
    attendance.add_argument(
        "status", type=_status, metavar="present|absent|excused|late|left-early"
    )
    attendance.add_argument("--note", metavar="TEXT", help="e.g. why they sent apologies")
    attendance.add_argument(
        "--level",
        choices=LEVELS,
        help="who may read the note (default: group for a new note; an existing one keeps its own)",
    )
    attendance.set_defaults(handler=_cmd_set_attendance)


def _person(db: Database, email: str) -> tuple[int, str]:
    email = email.strip()
    person_id = find_people_by_email(db, [email]).get(email.lower())
    if person_id is None:
        raise CliError(f"There is nobody with the e-mail address “{email}”.")
    return person_id, email


def _cmd_add_decision(args: argparse.Namespace) -> int:
    level = Confidentiality(args.level) if args.level else DECISION_LEVEL
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        minutes.add_decision(db, args.meeting_id, args.text, level=level)
        number = len(minutes.decisions(db, args.meeting_id))
    print(f"Added decision {number} to meeting {row.id} on {row.date.isoformat()} ({level.value}).")
    return 0


def _cmd_add_action(args: argparse.Namespace) -> int:
    level = Confidentiality(args.level) if args.level else ACTION_LEVEL
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        owner_id = _person(db, args.owner)[0] if args.owner else None
        action_id = minutes.add_action(
            db, args.meeting_id, ActionInput(args.text, owner_id, args.due), level=level
        )
        line = next(
            a for a in minutes.actions_for_meeting(db, args.meeting_id) if a.id == action_id
        )
        number = sum(1 for a in minutes.actions_for_meeting(db, args.meeting_id) if not a.carried)
    details = ", ".join(
        part
        for part in (line.owner_name, f"due {line.due_on.isoformat()}" if line.due_on else "")
        if part
    )
    print(
        f"Added action item {number}{f' ({details})' if details else ''} to meeting {row.id} on "
        f"{row.date.isoformat()} ({level.value})."
    )
    return 0


def _cmd_set_attendance(args: argparse.Namespace) -> int:
    # Checked first, before anything is recorded.
    if args.note is not None and (errors := check_text("note", args.note, MAX_MINUTES_TEXT_CHARS)):
        raise ValidationFailed(errors)
    level = Confidentiality(args.level) if args.level else None
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        person_id, _email = _person(db, args.email)
        minutes.set_attendance(
            db, args.meeting_id, person_id, args.status, args.note, note_level=level
        )
        line = next(a for a in minutes.attendance(db, args.meeting_id) if a.person_id == person_id)
    note = f" (note: {line.note_level.value})" if line.note else ""
    print(
        f"Set the attendance of {line.name} at meeting {row.id} on {row.date.isoformat()} to "
        f"{_STATUS_WORDS[args.status]}{note}."
    )
    return 0


# --- minutes show --json ------------------------------------------------------------------------


def levelled_json(document: MinutesDocument) -> dict[str, Any]:
    """What `minutes show --json` adds besides attendance, entries and next theme: every other
    free text with its sharing level, unredacted (the coordinator's own view)."""
    return {
        "attendance_notes": [
            {"member": a.name, "note": a.note, "level": a.note_level.value}
            for a in document.attendance
            if a.note
        ],
        "talks": [
            {"title": t.title, "notes": t.notes, "level": t.notes_level.value}
            for t in document.talks
        ],
        "decisions": [{"text": d.text, "level": d.level.value} for d in document.decisions],
        "themes": [
            {
                "theme": t.theme,
                "proposed_by": t.proposed_by_name,
                "votes": t.votes,
                "chosen": t.chosen,
                "level": t.level.value,
            }
            for t in document.themes
        ],
        "speakers": [
            {
                "topic": s.topic,
                "speaker": s.speaker_name,
                "proposed_by": s.proposed_by_name,
                "status": s.status.value,
                "notes": s.notes,
                "level": s.level.value,
            }
            for s in document.speakers
        ],
    }
