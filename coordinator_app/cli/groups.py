"""Groups and members on the command line beside `groups add|list` and `members list|import|
export`: rename and delete a group, set its coordinator, correct a member's record."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from coordinator_app.cli.common import (
    PROG,
    count,
    database,
    group_names,
    membership_group,
    named_group,
)
from coordinator_app.domain.coordinators import CoordinatorInput
from coordinator_app.domain.periods import MAX_YEAR, MIN_YEAR
from coordinator_app.services import coordinators, group_removal, groups, membership, privacy
from coordinator_app.services.group_removal import GroupContents

GROUPS_HELP = """\
  groups rename OLD NEW         rename a group
  groups delete NAME --yes      delete a group with its meetings and minutes and the members
                                only it holds (a backup of the database is made first)
  groups coordinator NAME --name TEXT --email EMAIL [--phone TEXT] [--signature TEXT]
                     [--second]
                                who sends and signs the group's e-mails (--second: the
                                co-coordinator)"""

MEMBERS_HELP = """\
  members edit EMAIL [--joined YYYY-MM-DD] [--consent yes|no] [--group NAME]
                                correct when a member joined the group (--group: which one,
                                if they are in several), or their consent to share contact
                                details with the group"""


def register_groups(group_commands: Any) -> None:
    """Add `rename`, `delete` and `coordinator` to the `groups` command's subparsers."""
    rename = group_commands.add_parser("rename", help="rename a group")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(handler=_cmd_rename)

    remove = group_commands.add_parser(
        "delete", help="delete a group, its meetings and the members only it holds"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="yes, delete (a backup is made first)")
    remove.set_defaults(handler=_cmd_delete)

    coordinator = group_commands.add_parser(
        "coordinator", help="who sends and signs the group's e-mails"
    )
    coordinator.add_argument("group", metavar="NAME")
    coordinator.add_argument("--name", required=True, metavar="TEXT")
    coordinator.add_argument("--email", required=True, metavar="EMAIL")
    coordinator.add_argument("--phone", default="", metavar="TEXT")
    coordinator.add_argument(
        "--signature", default="", metavar="TEXT", help="the lines under the e-mails"
    )
    coordinator.add_argument(
        "--second", action="store_true", help="set the co-coordinator (who does not send)"
    )
    coordinator.set_defaults(handler=_cmd_coordinator)


def register_members(member_commands: Any) -> None:
    """Add `edit` to the `members` command's subparsers."""
    edit = member_commands.add_parser("edit", help="correct a member's joining day or consent")
    edit.add_argument("email", metavar="EMAIL")
    edit.add_argument("--joined", type=_date, metavar="YYYY-MM-DD", help="the day they joined")
    edit.add_argument(
        "--consent",
        choices=("yes", "no"),
        help="whether their contact details may be shared with the group",
    )
    edit.add_argument("--group", metavar="NAME", help="the group (if they are in several)")
    edit.set_defaults(handler=_cmd_members_edit)


def _date(text: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"not a date in {MIN_YEAR}-{MAX_YEAR}: {text!r}")
    return date


def _usage_error(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _cmd_rename(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, old = named_group(db, args.old)
        groups.rename_group(db, group_id, args.new)
        new = group_names(db)[group_id]
    print(f"Renamed the group “{old}” to “{new}”.")
    return 0


def _what_goes(contents: GroupContents) -> str:
    parts = [
        f"{count(contents.people_only_here, 'member')} only in this group",
        f"{count(contents.meetings, 'meeting')} ({contents.meetings_with_minutes} with minutes)",
    ]
    kept = ""
    if contents.people_kept:
        who = "member" if contents.people_kept == 1 else "members"
        verb = "stays" if contents.people_kept == 1 else "stay"
        kept = f"; {contents.people_kept} {verb} for another group ({who} of both)"
    return ", ".join(parts) + kept


def _cmd_delete(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, name = named_group(db, args.name)
        contents = group_removal.group_contents(db, group_id)
        if not args.yes:
            return _usage_error(
                f"deleting “{name}” deletes {_what_goes(contents)}; a backup is made first. "
                "Repeat the command with --yes"
            )
        deleted = group_removal.delete_group(db, group_id)
    backup = (
        f" The database was backed up first to {deleted.backup}: restore it "
        f"(`{PROG} restore FILE`) to have the group back."
        if deleted.backup is not None
        else ""
    )
    print(f"Deleted the group “{name}”: {_what_goes(contents)}.{backup}")
    return 0


def _cmd_coordinator(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id, name = named_group(db, args.group)
        data = CoordinatorInput(args.name, args.email, args.phone, args.signature)
        coordinators.set_coordinator(db, group_id, data, position=1 if args.second else 0)
    role = "co-coordinator" if args.second else "coordinator"
    print(f"Set the {role} of “{name}”: {' '.join(args.name.split())} <{args.email.strip()}>.")
    return 0


def _cmd_members_edit(args: argparse.Namespace) -> int:
    if args.joined is None and args.consent is None:
        return _usage_error("nothing to change: give --joined and/or --consent")
    done: list[str] = []
    with database(args) as db:
        person_id = privacy.find_person(db, args.email)
        if args.joined is not None:
            group_id, name = membership_group(db, person_id, args.group)
            membership.set_joined_on(db, group_id, person_id, args.joined)
            done.append(f"member of “{name}” since {args.joined.isoformat()}")
        if args.consent is not None:
            membership.set_consent(db, [person_id], args.consent == "yes")
            done.append(
                "contact details may be shared with the group"
                if args.consent == "yes"
                else "contact details are not shared with the group"
            )
    print(f"Saved for {args.email.strip()}: {'; '.join(done)}.")
    return 0
