"""The year plan on the command line: `plan suggest`, `meetings …` and the calendar and agenda
exports."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from coordinator_app.cli.common import (
    LANGUAGES,
    CliError,
    count,
    database,
    named_group,
    print_json,
    print_table,
)
from coordinator_app.domain.meetings import (
    DEFAULT_END,
    DEFAULT_START,
    MeetingInput,
    validate_meeting,
)
from coordinator_app.domain.planning import WEEKDAY_CODES, DateWarning
from coordinator_app.services import planner
from coordinator_app.services.errors import NotFound, ValidationFailed
from coordinator_app.services.planner import MeetingRow
from coordinator_app.store.database import Database

WORKDAYS = WEEKDAY_CODES[:5]

HELP = """\
  plan suggest --group NAME --year YYYY [--weekday mon|tue|wed|thu|fri] [--count N] [--json]
                                propose the year's meeting dates
  meetings add --group NAME --date YYYY-MM-DD [--start HH:MM --end HH:MM]
               [--host COMPANY [--new-host]] [--theme TEXT] [--json]
                                add a meeting (an unknown company only with --new-host)
  meetings list [--group NAME] [--year YYYY] [--json]
                                list meetings
  meetings move ID --date YYYY-MM-DD
                                move a meeting to another day
  meetings cancel ID            cancel a meeting (it stays in the plan, marked cancelled)
  export ics --group NAME --year YYYY -o FILE [--lang da|en]
                                the year plan as an iCalendar file
  export agenda ID -o FILE.pdf [--lang da|en]
                                the agenda of a meeting as PDF"""


def _date(text: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    # The years a meeting may have; the date rules cannot look at the year 1 or 9999 either.
    if not 1900 <= date.year <= 2200:
        raise argparse.ArgumentTypeError(f"not a date in 1900-2200: {text!r}")
    return date


def _time(text: str) -> dt.time:
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"not a year (1900-2200): {text!r}")
    return year


def _count_arg(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 12:
        raise argparse.ArgumentTypeError(f"the count must be 1-12: {text!r}")
    return n


def _json_flag(parser: argparse.ArgumentParser, shape: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print JSON: {shape}")


def register(commands: Any) -> Any:
    """Add `plan`, `meetings` and `export` to the command line's subparsers; returns the
    subparsers of `export`, so that other modules can add their exports."""
    plan = commands.add_parser("plan", help="plan a year's meetings")
    plan_commands = plan.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    suggest = plan_commands.add_parser("suggest", help="propose the year's meeting dates")
    suggest.add_argument("--group", required=True, metavar="NAME")
    suggest.add_argument("--year", required=True, type=_year, metavar="YYYY")
    suggest.add_argument(
        "--weekday", choices=WORKDAYS, default="tue", help="the day of the week (default: tue)"
    )
    suggest.add_argument(
        "--count", type=_count_arg, default=4, help="meetings per year (default: 4)"
    )
    _json_flag(suggest, '[{"date": "YYYY-MM-DD", "warnings": [..]}]')
    suggest.set_defaults(handler=_cmd_plan_suggest)

    meetings = commands.add_parser("meetings", help="add, list, move or cancel meetings")
    meeting_commands = meetings.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    add = meeting_commands.add_parser("add", help="add a meeting")
    add.add_argument("--group", required=True, metavar="NAME")
    add.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--start", type=_time, default=DEFAULT_START, metavar="HH:MM")
    add.add_argument("--end", type=_time, default=DEFAULT_END, metavar="HH:MM")
    add.add_argument(
        "--host", metavar="COMPANY", help="the host company, one already known (any case)"
    )
    add.add_argument(
        "--new-host", action="store_true", help="add the --host company if it is not known yet"
    )
    add.add_argument("--theme", default="", metavar="TEXT")
    add.add_argument("--lang", choices=LANGUAGES, default="da", help="of the agenda template")
    _json_flag(add, '{"id"}')
    add.set_defaults(handler=_cmd_meetings_add)

    listing = meeting_commands.add_parser("list", help="list meetings")
    listing.add_argument("--group", metavar="NAME")
    listing.add_argument("--year", type=_year, metavar="YYYY")
    _json_flag(listing, '[{"id", "group", "date", "start", "end", "theme", "host", "status"}]')
    listing.set_defaults(handler=_cmd_meetings_list)

    move = meeting_commands.add_parser("move", help="move a meeting to another day")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    move.set_defaults(handler=_cmd_meetings_move)

    cancel = meeting_commands.add_parser("cancel", help="cancel a meeting")
    cancel.add_argument("id", type=int, metavar="ID")
    cancel.set_defaults(handler=_cmd_meetings_cancel)

    export = commands.add_parser("export", help="write calendars and documents")
    export_commands = export.add_subparsers(dest="subcommand", metavar="WHAT", required=True)
    ics = export_commands.add_parser("ics", help="the year plan as an iCalendar file")
    ics.add_argument("--group", required=True, metavar="NAME")
    ics.add_argument("--year", required=True, type=_year, metavar="YYYY")
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    ics.add_argument("--lang", choices=LANGUAGES, default="da")
    ics.set_defaults(handler=_cmd_export_ics)

    agenda = export_commands.add_parser("agenda", help="the agenda of a meeting as PDF")
    agenda.add_argument("id", type=int, metavar="ID")
    agenda.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    agenda.add_argument("--lang", choices=LANGUAGES, default="da")
    agenda.set_defaults(handler=_cmd_export_agenda)
    return export_commands


def _warn(warnings: list[DateWarning], date: dt.date) -> None:
    for warning in warnings:
        print(f"warning: {date.isoformat()}: {warning.message}", file=sys.stderr)


def _cmd_plan_suggest(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, group_name = named_group(db, args.group)
        proposals = planner.suggest_year(
            db, group_id, args.year, count=args.count, weekday=WORKDAYS.index(args.weekday)
        )
    if args.json:
        print_json(
            [
                {"date": p.date.isoformat(), "warnings": [w.message for w in p.warnings]}
                for p in proposals
            ]
        )
    elif not proposals:
        print(f"“{group_name}” already has its meetings in {args.year}.")
    else:
        print_table(
            ("Date", "Week", "Warnings"),
            [
                (
                    f"{p.date:%a} {p.date.isoformat()}",
                    str(p.date.isocalendar().week),
                    "; ".join(w.message for w in p.warnings),
                )
                for p in proposals
            ],
        )
    return 0


def _host_id(db: Database, name: str | None, new: bool) -> int | None:
    """The host company's id: a known one, or (with --new-host) one added if it is new."""
    if not name:
        return None
    if new:
        return planner.host_for_name(db, name)
    try:
        return planner.known_host(db, name)
    except NotFound as exc:
        raise CliError(f"{exc} To add it as a new company, give --new-host.") from exc


def _cmd_meetings_add(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, group_name = named_group(db, args.group)
        warnings = planner.warnings_for_date(db, group_id, args.date)
        data = MeetingInput(
            date=args.date, start_time=args.start, end_time=args.end, theme=args.theme
        )
        # Checked before the host company is created: a refused meeting leaves nothing behind.
        if errors := validate_meeting(data):
            raise ValidationFailed(errors)
        data = replace(data, host_id=_host_id(db, args.host, args.new_host))
        meeting_id = planner.create_meeting(db, group_id, data, lang=args.lang)
    _warn(warnings, args.date)
    if args.json:
        print_json({"id": meeting_id})
    else:
        print(f"Added meeting {meeting_id} of “{group_name}” on {args.date.isoformat()}.")
    return 0


def _meeting_json(row: MeetingRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "group": row.group_name,
        "date": row.date.isoformat(),
        "start": f"{row.start_time:%H:%M}",
        "end": f"{row.end_time:%H:%M}",
        "theme": row.theme,
        "host": row.host_name,
        "status": row.status.value,
        # Held once its day has passed with attendance or minutes (services.meeting_state).
        "held": row.held,
    }


def _cmd_meetings_list(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id = named_group(db, args.group)[0] if args.group else None
        rows = planner.meetings(db, group_id=group_id, year=args.year)
    if args.json:
        print_json([_meeting_json(row) for row in rows])
    elif not rows:
        print("There are no meetings.")
    else:
        print_table(
            ("ID", "Group", "Date", "Time", "Theme", "Host", "Status"),
            [
                (
                    str(r.id),
                    r.group_name,
                    f"{r.date:%a} {r.date.isoformat()}",
                    f"{r.start_time:%H:%M}-{r.end_time:%H:%M}",
                    r.theme,
                    r.host_name,
                    r.status.value,
                )
                for r in rows
            ],
        )
    return 0


def _cmd_meetings_move(args: argparse.Namespace) -> int:
    with database(args) as db:
        row = planner.meeting(db, args.id)
        warnings = planner.warnings_for_date(db, row.group_id, args.date, meeting_id=args.id)
        old = planner.move_meeting(db, args.id, args.date)
    _warn(warnings, args.date)
    print(f"Moved meeting {args.id} from {old.isoformat()} to {args.date.isoformat()}.")
    return 0


def _cmd_meetings_cancel(args: argparse.Namespace) -> int:
    from coordinator_app.domain.enums import MeetingStatus

    with database(args) as db:
        row = planner.meeting(db, args.id)
        if row.status is MeetingStatus.CANCELLED:
            print(f"Meeting {args.id} on {row.date.isoformat()} was already cancelled.")
            return 0
        planner.set_status(db, args.id, MeetingStatus.CANCELLED)
    print(f"Cancelled meeting {args.id} on {row.date.isoformat()}.")
    return 0


def _cmd_export_ics(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, group_name = named_group(db, args.group)
        documents = planner.year_documents(db, group_id, args.year, args.lang)
    from coordinator_app.exchange.ics_export import write_meetings_ics

    write_meetings_ics(
        documents,
        args.output,
        lang=args.lang,
        stamp=dt.datetime.now(dt.UTC),
        calendar_name=f"{group_name} {args.year}",
    )
    print(f"Wrote {count(len(documents), 'meeting')} of “{group_name}” to {args.output}.")
    return 0


def _cmd_export_agenda(args: argparse.Namespace) -> int:
    with database(args) as db:
        document = planner.meeting_document(db, args.id, args.lang)
    # Imported here: reportlab takes a while to load and only this export needs it.
    from coordinator_app.exchange.agenda_pdf import write_agenda_pdf

    write_agenda_pdf(document, args.output, lang=args.lang, printed_on=dt.date.today())
    print(f"Wrote the agenda of meeting {args.id} ({document.date.isoformat()}) to {args.output}.")
    return 0
