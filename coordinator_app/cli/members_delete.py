"""`members delete EMAIL [--group NAME] --yes`: delete a member entered by mistake."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordinator_app.cli.common import PROG, CliError, database, membership_group
from coordinator_app.services import member_removal, privacy
from coordinator_app.services.row_changes import HasHistory

HELP = """\
  members delete EMAIL [--group NAME] --yes
                                delete a member entered by mistake (refused once they have
                                attendance, round-table entries, sign-ups or minutes)"""

# What a member can have on record, as the command names it.
_KINDS = {
    "attendance": "attendance",
    "round_table": "round-table entries",
    "signups": "sign-ups",
    "minutes": "minutes (decisions, action items or proposals)",
    "agenda": "talks on an agenda",
    "host_visit": "a host visit as its contact",
    "other": "other meeting records",
}


def register(member_commands: Any) -> None:
    """Add `delete` to the `members` command's subparsers."""
    delete = member_commands.add_parser("delete", help="delete a member entered by mistake")
    delete.add_argument("email", metavar="EMAIL")
    delete.add_argument("--group", metavar="NAME", help="the group (if they are in several)")
    delete.add_argument("--yes", action="store_true", help="yes, delete")
    delete.set_defaults(handler=_cmd_members_delete)


def _cmd_members_delete(args: argparse.Namespace) -> int:
    with database(args) as db:
        person_id = privacy.find_person(db, args.email)
        group_id, group = membership_group(db, person_id, args.group)
        if not args.yes:
            print(
                f"{PROG}: error: deleting is for a member entered by mistake; repeat the "
                "command with --yes",
                file=sys.stderr,
            )
            return 2
        try:
            deleted = member_removal.delete_member(db, group_id, person_id)
        except HasHistory as exc:
            what = ", ".join(_KINDS.get(kind, kind) for kind in exc.kinds)
            raise CliError(
                f"{', '.join(exc.names)} cannot be deleted: they have {what} on record in "
                f"“{group}”, and deleting is for a member entered by mistake. End the "
                "membership in the app instead, or erase the personal data "
                f"(`{PROG} person erase {args.email.strip()} --yes`)."
            ) from exc
    if deleted.whole_person:
        print(f"Deleted {deleted.name} from “{group}”, with their jobs and expertise.")
    else:
        print(f"Deleted {deleted.name} from “{group}”; they stay in their other groups.")
    return 0
