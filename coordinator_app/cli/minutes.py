"""Round-table minutes on the command line: `minutes add-entry`, `minutes show`, `actions list`,
`export minutes` and `export report`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from coordinator_app.cli import minutes_levels
from coordinator_app.cli.common import (
    LANGUAGES,
    CliError,
    count,
    database,
    named_group,
    print_json,
    print_table,
)
from coordinator_app.domain.enums import AttendanceStatus, Confidentiality
from coordinator_app.domain.minutes import (
    MAX_MINUTES_TEXT_CHARS,
    ActionLine,
    ExportOptions,
    check_text,
    redact,
)
from coordinator_app.services import minutes, planner
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.services.minutes import EntryInput
from coordinator_app.services.roster import find_people_by_email

LEVELS = tuple(level.value for level in Confidentiality)
MINUTES_FORMATS = ("pdf", "docx", "md")

HELP = f"""\
  minutes add-entry MEETING_ID EMAIL TEXT [--level group|anonymous|shareable]
                                record a member's round-table status (marks them present
                                while their attendance is not set; replaces their earlier text)
  minutes show MEETING_ID [--json]
                                attendance, round table, decisions, actions and next theme
{minutes_levels.HELP}
  actions list [--open] [--group NAME] [--json]
                                action items by meeting date"""

EXPORT_HELP = """\
  export minutes MEETING_ID --format pdf|docx|md -o FILE [--omit-confidential]
                 [--anonymise] [--password-file FILE] [--lang da|en]
                                the minutes of a meeting (a password only for pdf)
  export report --group NAME --year YYYY -o FILE.pdf [--lang da|en]
                                the group's annual report as PDF"""


def _json_flag(parser: argparse.ArgumentParser, shape: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print JSON: {shape}")


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"not a year (1900-2200): {text!r}")
    return year


def register(commands: Any, exports: Any) -> None:
    """Add `minutes` and `actions` to the command line's subparsers, and `minutes` and
    `report` to the subparsers of `export`."""
    minutes_parser = commands.add_parser("minutes", help="the round-table minutes of a meeting")
    minutes_commands = minutes_parser.add_subparsers(
        dest="subcommand", metavar="ACTION", required=True
    )
    add_entry = minutes_commands.add_parser(
        "add-entry", help="record a member's round-table status"
    )
    add_entry.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    add_entry.add_argument("email", metavar="EMAIL", help="the member's e-mail address")
    add_entry.add_argument("text", metavar="TEXT", help="what the member said")
    add_entry.add_argument(
        "--level",
        choices=LEVELS,
        help="who may learn it (default: group for a new entry; an existing one keeps its own)",
    )
    add_entry.set_defaults(handler=_cmd_add_entry)

    show = minutes_commands.add_parser(
        "show", help="attendance, round table, decisions, actions and next theme"
    )
    show.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    _json_flag(
        show,
        '{"attendance": [{"member", "status"}], "entries": [{"member", "text", "level"}], '
        '"decisions": [{"text", "level"}], "actions": [{"text", "owner", "due", "done", '
        '"level"}], "next_theme", "attendance_notes": [{"member", "note", "level"}], "talks": '
        '[{"title", "notes", "level"}], "themes": [..], "speakers": [..]}',
    )
    show.set_defaults(handler=_cmd_minutes_show)
    minutes_levels.register(minutes_commands)

    actions = commands.add_parser("actions", help="action items across meetings")
    action_commands = actions.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    listing = action_commands.add_parser("list", help="action items by meeting date")
    listing.add_argument("--open", action="store_true", help="only those not done")
    listing.add_argument("--group", metavar="NAME", help="only this group's")
    _json_flag(listing, '[{"id", "meeting", "date", "text", "owner", "due", "done", "level"}]')
    listing.set_defaults(handler=_cmd_actions_list)

    export_minutes = exports.add_parser("minutes", help="the minutes of a meeting")
    export_minutes.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export_minutes.add_argument("--format", required=True, choices=MINUTES_FORMATS)
    export_minutes.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export_minutes.add_argument(
        "--omit-confidential",
        action="store_true",
        help='leave out every text marked "group only" (round-table statuses, notes, '
        "decisions, action items, proposals)",
    )
    export_minutes.add_argument(
        "--anonymise",
        action="store_true",
        help='no name or company on texts marked "may be shared without name"',
    )
    export_minutes.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="protect the PDF with the password on the first line of FILE (pdf only)",
    )
    export_minutes.add_argument("--lang", choices=LANGUAGES, default="da")
    export_minutes.set_defaults(handler=_cmd_export_minutes, usage_error=export_minutes.error)

    report = exports.add_parser("report", help="the group's annual report as PDF")
    report.add_argument("--group", required=True, metavar="NAME")
    report.add_argument("--year", required=True, type=_year, metavar="YYYY")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--lang", choices=LANGUAGES, default="da")
    report.set_defaults(handler=_cmd_export_report)


# --- minutes --------------------------------------------------------------------------------


def _cmd_add_entry(args: argparse.Namespace) -> int:
    email = args.email.strip()
    # Checked first: a refused text must not leave the member marked present.
    if errors := check_text("text", args.text, MAX_MINUTES_TEXT_CHARS):
        raise ValidationFailed(errors)
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        person_id = find_people_by_email(db, [email]).get(email.lower())
        if person_id is None:
            raise CliError(f"There is nobody with the e-mail address “{email}”.")
        attendance = minutes.attendance(db, args.meeting_id)
        line = next((a for a in attendance if a.person_id == person_id), None)
        if line is None:
            raise CliError(
                f"The person with the e-mail address “{email}” was not a member of "
                f"“{row.group_name}” on {row.date.isoformat()}."
            )
        # The member's own attendance, not the meeting's: one entry after another marks each
        # member present, and a status recorded already (late, excused) stays.
        marked = line.status is None
        if marked:
            minutes.set_attendance(db, args.meeting_id, person_id, AttendanceStatus.PRESENT)
        existing = next(
            (e for e in minutes.entries(db, args.meeting_id) if e.person_id == person_id), None
        )
        if existing is None:
            level = Confidentiality(args.level or Confidentiality.GROUP_ONLY.value)
            minutes.add_entry(
                db, args.meeting_id, person_id, EntryInput(text=args.text, level=level)
            )
            done = "Added"
        else:
            level = Confidentiality(args.level) if args.level else existing.level
            minutes.update_entry(
                db, existing.id, EntryInput(text=args.text, topics=existing.topics, level=level)
            )
            done = "Replaced"
    present = " (marked present)" if marked else ""
    print(
        f"{done} the round-table status of {line.name}{present} at meeting {row.id} on "
        f"{row.date.isoformat()} ({level.value})."
    )
    return 0


def _action_json(action: ActionLine) -> dict[str, Any]:
    return {
        "text": action.text,
        "owner": action.owner_name,
        "due": action.due_on.isoformat() if action.due_on else None,
        "done": action.done,
        "level": action.level.value,
    }


def _cmd_minutes_show(args: argparse.Namespace) -> int:
    with database(args) as db:
        document = minutes.minutes_document(db, args.meeting_id)
    if args.json:
        print_json(
            {
                "attendance": [
                    {"member": a.name, "status": a.status.value if a.status else None}
                    for a in document.attendance
                ],
                "entries": [
                    {"member": e.name, "text": e.text, "level": e.level.value}
                    for e in document.entries
                ],
                "actions": [_action_json(a) for a in document.actions],
                "next_theme": document.next_theme,
                **minutes_levels.levelled_json(document),
            }
        )
        return 0
    theme = f" – {document.theme}" if document.theme else ""
    print(
        f"Minutes of meeting {document.meeting_id} of “{document.group_name}” on "
        f"{document.meeting_date.isoformat()}{theme} ({document.status.value})"
    )
    print()
    print("Attendance:")
    if document.attendance:
        print_table(
            ("Member", "Status", "Note"),
            [
                (
                    a.name,
                    a.status.value if a.status else "-",
                    f"{' '.join(a.note.split())} [{a.note_level.value}]" if a.note else "",
                )
                for a in document.attendance
            ],
        )
    else:
        print("  nobody")
    print()
    print("Round table (confidential):")
    for entry in document.entries:
        print(f"  {entry.name} [{entry.level.value}]: {' '.join(entry.text.split()) or '-'}")
    if not document.entries:
        print("  -")
    print()
    print("Decisions:")
    for decision in document.decisions:
        print(
            f"  {decision.position + 1}. {' '.join(decision.text.split())} [{decision.level.value}]"
        )
    if not document.decisions:
        print("  -")
    print()
    print("Action items:")
    for action in document.actions:
        print(f"  {_action_text(action)}")
    if not document.actions:
        print("  -")
    print()
    print(f"Next theme: {document.next_theme or '-'}")
    return 0


def _action_text(action: ActionLine) -> str:
    state = f"done {action.done_on.isoformat()}" if action.done_on else "open"
    parts = [
        "[x]" if action.done else "[ ]",
        " ".join(action.text.split()),
        f"({action.owner_name})" if action.owner_name else "",
        f"due {action.due_on.isoformat()}" if action.due_on else "",
        f"– {state}",
        f"(from {action.meeting_date.isoformat()})" if action.carried else "",
        f"[{action.level.value}]",
    ]
    return " ".join(p for p in parts if p)


def _cmd_actions_list(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id = named_group(db, args.group)[0] if args.group else None
        actions = minutes.list_actions(db, group_id=group_id, open_only=args.open)
    if args.json:
        print_json(
            [
                {
                    "id": a.id,
                    "meeting": a.meeting_id,
                    "date": a.meeting_date.isoformat(),
                    **_action_json(a),
                }
                for a in actions
            ]
        )
    elif not actions:
        print("There are no open action items." if args.open else "There are no action items.")
    else:
        print_table(
            ("ID", "Meeting", "Action", "Owner", "Due", "Done"),
            [
                (
                    str(a.id),
                    a.meeting_date.isoformat(),
                    " ".join(a.text.split()),
                    a.owner_name,
                    a.due_on.isoformat() if a.due_on else "",
                    a.done_on.isoformat() if a.done_on else "",
                )
                for a in actions
            ],
        )
    return 0


# --- exports --------------------------------------------------------------------------------


def _password(path: Path) -> str:
    """The first line of the file, without its line break (and without a byte-order mark)."""
    text = path.read_text(encoding="utf-8-sig")
    password = text.split("\n", 1)[0].removesuffix("\r")
    if not password:
        raise CliError(f"{path}: the first line is empty; it must hold the password.")
    return password


def _statuses(n: int, kind: str = "") -> str:
    return f"{n} {kind}round-table status" + ("" if n == 1 else "es")


def _cmd_export_minutes(args: argparse.Namespace) -> int:
    if args.password_file is not None and args.format != "pdf":
        # Checked before anything is opened: only a PDF can carry a password.
        args.usage_error("--password-file works only with --format pdf")
    password = _password(args.password_file) if args.password_file is not None else None
    options = ExportOptions(
        omit_confidential=args.omit_confidential, anonymise=args.anonymise, lang=args.lang
    )
    with database(args) as db:
        # Redacted here already, so that what the options leave out is never handed on at all
        # (`redact` is idempotent: the export's own redaction finds nothing more to do).
        shown = redact(minutes.minutes_document(db, args.meeting_id, args.lang), options)
    # Imported here: the writers load reportlab and the DOCX library only when needed.
    from coordinator_app.exchange.minutes_export import export_minutes

    export_minutes(
        shown,
        args.output,
        fmt=args.format,
        options=options,
        printed_on=dt.date.today(),
        password=password,
    )
    notes = []
    if shown.entries_left_out:
        notes.append(f"{_statuses(shown.entries_left_out, 'confidential ')} left out")
    if shown.entries_anonymised:
        notes.append(f"{_statuses(shown.entries_anonymised)} anonymised")
    if shown.others_left_out:
        notes.append(f"{count(shown.others_left_out, 'other confidential text')} left out")
    if shown.others_anonymised:
        notes.append(f"{count(shown.others_anonymised, 'other text')} anonymised")
    if password is not None:
        notes.append("password protected")
    details = f"; {', '.join(notes)}" if notes else ""
    print(
        f"Wrote the minutes of meeting {shown.meeting_id} "
        f"({shown.meeting_date.isoformat()}{details}) to {args.output}."
    )
    return 0


def _cmd_export_report(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, group_name = named_group(db, args.group)
        report = minutes.annual_report(db, group_id, args.year, args.lang)
    from coordinator_app.exchange.report_pdf import write_annual_report_pdf

    write_annual_report_pdf(report, args.output, lang=args.lang, printed_on=dt.date.today())
    print(
        f"Wrote the annual report {args.year} of “{group_name}” "
        f"({count(len(report.meetings), 'meeting')}) to {args.output}."
    )
    return 0
