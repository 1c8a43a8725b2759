"""Host-visit logistics on the command line: `signups set`, `logistics show`, `hosts suggest`
and `export visitors`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from coordinator_app.cli import invitations as invitations_cli
from coordinator_app.cli.common import (
    LANGUAGES,
    CliError,
    count,
    database,
    named_group,
    print_json,
    print_table,
)
from coordinator_app.domain.enums import Rsvp
from coordinator_app.services import logistics, planner
from coordinator_app.services.roster import find_people_by_email, person_details

ANSWERS = (Rsvp.YES.value, Rsvp.NO.value, Rsvp.MAYBE.value)

HELP = """\
  signups set MEETING_ID EMAIL yes|no|maybe [--diet TEXT]
                                record a member's answer to the invitation
  logistics show MEETING_ID [--json]
                                host, contact, address, sign-ups, diets and checklist
  hosts suggest --group NAME [--json]
                                the member companies in the order they should host next"""

EXPORT_HELP = """\
  export visitors MEETING_ID -o FILE.pdf [--lang da|en]
                                the visitor list for the host's reception as PDF"""


def _json_flag(parser: argparse.ArgumentParser, shape: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print JSON: {shape}")


def register(commands: Any, exports: Any) -> None:
    """Add `signups`, `logistics` and `hosts` to the command line's subparsers, and
    `visitors` to the subparsers of `export`."""
    signup = commands.add_parser("signups", help="record answers to the invitation")
    signup_commands = signup.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    set_signup = signup_commands.add_parser("set", help="record a member's answer")
    set_signup.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    set_signup.add_argument("email", metavar="EMAIL", help="the member's e-mail address")
    set_signup.add_argument("answer", choices=ANSWERS, metavar="yes|no|maybe")
    set_signup.add_argument("--diet", metavar="TEXT", help="dietary needs for this meeting")
    set_signup.set_defaults(handler=_cmd_signups_set)
    invitations_cli.register_signups(signup_commands)

    show_parser = commands.add_parser("logistics", help="the logistics of a meeting")
    show_commands = show_parser.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    show = show_commands.add_parser(
        "show", help="host, contact, address, sign-ups, diets and checklist"
    )
    show.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    _json_flag(
        show,
        '{"host", "contact", "address", "yes", "no", "maybe", "diets": {diet: count}, '
        '"checklist": [{"title", "due", "done"}]}',
    )
    show.set_defaults(handler=_cmd_logistics_show)

    hosts = commands.add_parser("hosts", help="the host rotation")
    host_commands = hosts.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    suggest = host_commands.add_parser(
        "suggest", help="the member companies in the order they should host next"
    )
    suggest.add_argument("--group", required=True, metavar="NAME")
    _json_flag(suggest, '[{"company", "last_hosted"}], best first')
    suggest.set_defaults(handler=_cmd_hosts_suggest)

    visitors = exports.add_parser("visitors", help="the visitor list for reception as PDF")
    visitors.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    visitors.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    visitors.add_argument("--lang", choices=LANGUAGES, default="da")
    visitors.set_defaults(handler=_cmd_export_visitors)


def _cmd_signups_set(args: argparse.Namespace) -> int:
    email = args.email.strip()
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        person_id = find_people_by_email(db, [email]).get(email.lower())
        if person_id is None:
            raise CliError(f"There is nobody with the e-mail address “{email}”.")
        logistics.set_signup(db, args.meeting_id, person_id, Rsvp(args.answer), diet=args.diet)
        name = person_details(db, person_id).name
    print(f"{name} answered {args.answer} to meeting {row.id} on {row.date.isoformat()}.")
    return 0


def _cmd_logistics_show(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with database(args) as db:
        row = planner.meeting(db, args.meeting_id)
        visit = logistics.visit(db, args.meeting_id)
        contact = logistics.contact_name(db, visit)
        summary = logistics.catering(db, args.meeting_id)
        tasks = logistics.checklist(db, args.meeting_id, today)
    if args.json:
        print_json(
            {
                "host": row.host_name,
                "contact": contact,
                "address": visit.address,
                "yes": summary.yes,
                "no": summary.no,
                "maybe": summary.maybe,
                "diets": summary.diets,
                "checklist": [
                    {"title": t.title, "due": t.due.isoformat(), "done": t.done_on is not None}
                    for t in tasks
                ],
            }
        )
        return 0
    theme = f" – {row.theme}" if row.theme else ""
    print(f"Meeting {row.id} of “{row.group_name}” on {row.date.isoformat()}{theme}")
    print(f"Host:     {row.host_name or '(not decided)'}")
    print(f"Contact:  {contact or '-'}")
    print(f"Address:  {' '.join(visit.address.split()) or '-'}")
    print(
        f"Sign-ups: {summary.yes} yes ({count(summary.guests, 'guest')}), {summary.no} no, "
        f"{summary.maybe} maybe, {summary.unanswered} not answered"
    )
    diets = ", ".join(f"{diet} {n}" for diet, n in summary.diets.items())
    print(f"Diets:    {diets or '-'}")
    if tasks:
        print()
        print_table(
            ("Due", "Task", "Status"),
            [
                (
                    t.due.isoformat(),
                    t.title,
                    f"done {t.done_on.isoformat()}"
                    if t.done_on is not None
                    else ("OVERDUE" if t.overdue else ""),
                )
                for t in tasks
            ],
        )
    return 0


def _cmd_hosts_suggest(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with database(args) as db:
        group_id, group_name = named_group(db, args.group)
        candidates = logistics.suggest_hosts(db, group_id, today)
    if args.json:
        print_json(
            [
                {
                    "company": c.name,
                    "last_hosted": c.last_hosted.isoformat() if c.last_hosted else None,
                }
                for c in candidates
            ]
        )
    elif not candidates:
        print(f"No member company of “{group_name}” can host.")
    else:
        print_table(
            ("#", "Company", "Last hosted", "Booked"),
            [
                (
                    str(n),
                    c.name,
                    c.last_hosted.isoformat() if c.last_hosted else "never",
                    c.booked.isoformat() if c.booked else "",
                )
                for n, c in enumerate(candidates, start=1)
            ],
        )
    return 0


def _cmd_export_visitors(args: argparse.Namespace) -> int:
    with database(args) as db:
        document = logistics.visitor_list(db, args.meeting_id)
    # Imported here: reportlab takes a while to load and only this export needs it.
    from coordinator_app.exchange.visitor_pdf import write_visitor_list_pdf

    write_visitor_list_pdf(document, args.output, lang=args.lang, printed_on=dt.date.today())
    print(
        f"Wrote the visitor list of meeting {args.meeting_id} "
        f"({document.meeting_date.isoformat()}, {count(len(document.visitors), 'visitor')}) "
        f"to {args.output}."
    )
    return 0
