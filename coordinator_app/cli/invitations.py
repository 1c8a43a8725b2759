"""`export invitations` and `signups import-replies`: invitations members answer from their
calendar, and their answers read back into the sign-ups.

`export invitations MEETING_ID -o DIR` writes one draft (.eml) per member with an e-mail
address, named after the member, each addressed to that member alone with the iTIP REQUEST
(or, once the meeting is cancelled, the CANCEL) the member's calendar answers
(`exchange/invitation_mail.py`). `signups import-replies PATH...` reads the answers from mails
and calendar files (or folders of them), shows what is applied, stale and unknown, and saves
the applied ones unless `--dry-run`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from coordinator_app.cli.common import LANGUAGES, CliError, count, database, first_line, print_json
from coordinator_app.services import invitations, replies
from coordinator_app.services.replies import ReplyOutcome

EXPORT_HELP = """\
  export invitations MEETING_ID -o DIR [--lang da|en]
                                one invitation draft (.eml) per member with an e-mail address,
                                which the member answers from the calendar (after a cancel:
                                the cancellations)"""

SIGNUPS_HELP = """\
  signups import-replies PATH... [--dry-run] [--json]
                                read the members' answers from their calendars' reply mails
                                (.eml), calendar files (.ics) or folders of them"""

JSON_SHAPE = (
    '{"applied": [{"file", "member", "meeting_id", "answer"}], '
    '"stale": [{"file", "member", "meeting_id", "answer", "reason"}], '
    '"unknown": [{"file", "member", "meeting_id", "answer", "reason"}]}'
)

_REASONS = {
    "already_recorded": "this answer is recorded already",
    "older": "a newer answer is recorded",
    "superseded": "a newer answer of the member is in the same import",
    "meeting_unknown": "no meeting has this invitation's UID",
    "meeting_cancelled": "the meeting is cancelled",
    "member_unknown": "no member of the group has the address",
    "answer_unsupported": "the answer is neither yes, no nor maybe",
    "unreadable": "not a mail or calendar file that can be read",
    "too_large": "the file is too large",
    "no_reply": "no calendar reply in it",
    "not_a_reply": "a calendar, but not a reply",
    "winmail_dat": "Outlook's winmail.dat, which is not read: ask for the answer in plain mail",
}


def register_export(exports: Any) -> None:
    """Add `invitations` to the subparsers of `export`."""
    parser = exports.add_parser(
        "invitations", help="invitation drafts (.eml) the members answer from their calendar"
    )
    parser.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    parser.add_argument("--lang", choices=LANGUAGES, default="da")
    parser.set_defaults(handler=_cmd_export_invitations)


def register_signups(signup_commands: Any) -> None:
    """Add `import-replies` to the subparsers of `signups`."""
    parser = signup_commands.add_parser(
        "import-replies", help="read the members' answers from their calendars' replies"
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    parser.add_argument("--json", action="store_true", help=f"print JSON: {JSON_SHAPE}")
    parser.set_defaults(handler=_cmd_import_replies)


def _cmd_export_invitations(args: argparse.Namespace) -> int:
    from coordinator_app.exchange.invitation_mail import (
        invitation_files,
        write_invitation_files,
    )
    from coordinator_app.exchange.itip_invitation import Party
    from coordinator_app.exchange.mail_headers import DraftCheckFailed

    now = dt.datetime.now(dt.UTC)
    with database(args) as db:
        found = invitations.meeting_invitations(db, args.meeting_id, args.lang)
    document = found.document
    try:
        files = invitation_files(
            document,
            sequence=found.sequence,
            cancelled=found.cancelled,
            organizer=Party(found.organizer_name, found.organizer_email),
            attendees=[Party(i.name, i.email) for i in found.invitees],
            lang=args.lang,
            stamp=now,
            printed_on=now.date(),
            signature=document.coordinator_signature,
        )
    except (DraftCheckFailed, ValueError) as exc:
        raise CliError(str(exc)) from exc
    for name in found.without_address:
        print(f"left out {first_line(name)}: no e-mail address", file=sys.stderr)
    for name, address in files.left_out:
        who = first_line(name) or "(no name)"
        print(f"left out {who}: “{first_line(address)}” is not an e-mail address", file=sys.stderr)
    write_invitation_files(files, args.output)
    what = "cancellation" if found.cancelled else "invitation"
    print(
        f"Wrote {count(len(files.files), what)} for meeting {document.meeting_id} "
        f"({document.date.isoformat()}, SEQUENCE {found.sequence}) to {args.output}."
    )
    return 0


def _entry(outcome: ReplyOutcome, *, reason: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "file": outcome.source,
        "member": outcome.member or None,
        "meeting_id": outcome.meeting_id,
        "answer": outcome.answer.value if outcome.answer is not None else None,
    }
    if reason:
        entry["reason"] = outcome.reason
    return entry


def _line(outcome: ReplyOutcome) -> str:
    parts = [
        p
        for p in (
            first_line(outcome.member),
            outcome.meeting_date.isoformat() if outcome.meeting_date else "",
        )
        if p
    ]
    what = ", ".join(parts)
    if outcome.answer is not None and outcome.kind == replies.APPLIED:
        what = f"{what}: {outcome.answer.value}"
        if outcome.earlier_invitation:
            what += " (to an invitation from before the meeting last changed)"
    elif outcome.reason:
        why = _REASONS.get(outcome.reason, outcome.reason)
        what = f"{what}: {why}" if what else why
    return f"{outcome.kind:<8} {first_line(outcome.source)}: {what}"


def _cmd_import_replies(args: argparse.Namespace) -> int:
    # Imported here: icalendar loads only for the commands that read calendars.
    from coordinator_app.exchange.itip_replies import read_replies

    read = read_replies(args.paths)
    with database(args) as db:
        plan = replies.plan_replies(db, read.replies, read.unread)
        saved = 0
        if not args.dry_run and plan.applied:
            saved = len(replies.apply_replies(db, plan.outcomes))
    if args.json:
        print_json(
            {
                "applied": [_entry(o, reason=False) for o in plan.applied],
                "stale": [_entry(o, reason=True) for o in plan.stale],
                "unknown": [_entry(o, reason=True) for o in plan.unknown],
            }
        )
    else:
        for outcome in plan.outcomes:
            print(_line(outcome))
        counts = (
            f"{count(len(plan.applied), 'applied reply')}, {len(plan.stale)} stale, "
            f"{len(plan.unknown)} unknown"
        )
        if args.dry_run:
            print(f"Dry run, nothing was changed: {counts}.")
        else:
            print(f"Saved {count(saved, 'answer')} ({counts}).")
    if read.files_read == 0:
        print("None of the files could be read as a mail or a calendar.", file=sys.stderr)
        return 1
    return 0
