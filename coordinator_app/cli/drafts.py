"""`export email`: the e-mail drafts (.eml) the GUI writes, from the command line.

The drafts are built by `exchange.email_drafts` from what the services give, as the GUI builds
them: to the host contact with the open questions and the numbers, or to the members (in Bcc)
with the agenda or the minutes attached. Every draft is read back before it is written
(`exchange.eml`): a recipient that would not survive stops the export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from coordinator_app.cli.common import LANGUAGES, CliError, count, database, first_line
from coordinator_app.cli.minutes import _password as read_password
from coordinator_app.domain.logistics import open_questions
from coordinator_app.domain.minutes import ExportOptions, redact
from coordinator_app.services import logistics, minutes, planner

ATTACHMENTS = ("agenda", "minutes-pdf", "minutes-docx", "minutes-md")

EXPORT_HELP = """\
  export email MEETING_ID --to members|host [--attach agenda|minutes-pdf|minutes-docx|minutes-md]
               -o FILE.eml [--omit-confidential] [--anonymise] [--password-file FILE]
               [--lang da|en]
                                an e-mail draft to check and send from the mail program: to
                                the host contact, or to the members in Bcc with the agenda
                                (default) or the minutes attached"""


def register(exports: Any) -> None:
    """Add `email` to the subparsers of `export`."""
    parser = exports.add_parser("email", help="an e-mail draft (.eml) to the members or the host")
    parser.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    parser.add_argument(
        "--to",
        required=True,
        choices=("members", "host"),
        help="the members (in Bcc) or the host contact",
    )
    parser.add_argument(
        "--attach",
        choices=ATTACHMENTS,
        help="to the members: the agenda (default) or the minutes as PDF, Word or Markdown",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.eml")
    parser.add_argument(
        "--omit-confidential",
        action="store_true",
        help='with the minutes: leave out every text marked "group only"',
    )
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help='with the minutes: no name or company on texts marked "may be shared without name"',
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="with minutes-pdf: protect the PDF with the password on the first line of FILE",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="da")
    parser.set_defaults(handler=_cmd_export_email, usage_error=parser.error)


def _check_usage(args: argparse.Namespace) -> str | None:
    """The attachment asked for (None for the host's draft); a wrong combination of options is
    a usage error, reported before anything is opened."""
    if args.to == "host":
        if args.attach is not None:
            args.usage_error("--attach works only with --to members")
        attach = None
    else:
        attach = args.attach or "agenda"
    minutes_wanted = attach is not None and attach.startswith("minutes-")
    if not minutes_wanted and (args.omit_confidential or args.anonymise):
        args.usage_error("--omit-confidential and --anonymise work only with the minutes attached")
    if args.password_file is not None and attach != "minutes-pdf":
        args.usage_error("--password-file works only with --attach minutes-pdf")
    return attach


def _cmd_export_email(args: argparse.Namespace) -> int:
    attach = _check_usage(args)
    password = read_password(args.password_file) if args.password_file is not None else None
    lang: str = args.lang
    today = dt.date.today()
    notes: list[str] = []
    # Imported here: the drafts load reportlab (and the DOCX library) only when needed.
    from coordinator_app.exchange import email_drafts
    from coordinator_app.exchange.eml import DraftCheckFailed, left_out_recipients, write_eml

    with database(args) as db:
        if attach is None:
            document = planner.meeting_document(db, args.meeting_id, lang)
            visit = logistics.visit(db, args.meeting_id)
            draft = email_drafts.host_email(
                document, visit, logistics.catering(db, args.meeting_id), lang=lang
            )
            date = document.date
            asked = len(open_questions(visit))
            notes.append(count(asked, "open question"))
        elif attach == "agenda":
            document = planner.meeting_document(db, args.meeting_id, lang)
            members = logistics.member_addresses(db, args.meeting_id)
            draft = email_drafts.members_email(document, members, lang=lang, printed_on=today)
            date = document.date
            notes.append("the agenda attached")
        else:
            fmt = attach.removeprefix("minutes-")
            options = ExportOptions(
                omit_confidential=args.omit_confidential, anonymise=args.anonymise, lang=lang
            )
            # Redacted here already, as `export minutes` does, so that what the options leave
            # out is never handed on (the draft's own redaction finds nothing more to do).
            shown = redact(minutes.minutes_document(db, args.meeting_id, lang), options)
            members = minutes.member_addresses(db, args.meeting_id)
            draft = email_drafts.minutes_email(
                shown, members, fmt=fmt, options=options, printed_on=today, password=password
            )
            date = shown.meeting_date
            notes.append(f"the minutes attached as {fmt.upper()}")
            left_out = shown.entries_left_out + shown.others_left_out
            if left_out:
                notes.append(f"{count(left_out, 'confidential text')} left out")
            anonymised = shown.entries_anonymised + shown.others_anonymised
            if anonymised:
                notes.append(f"{count(anonymised, 'text')} anonymised")
            if password is not None:
                notes.append("password protected")
    skipped = left_out_recipients(draft)
    for name, address in skipped:
        who = first_line(name) or "(no name)"
        print(f"left out {who}: “{first_line(address)}” is not an e-mail address", file=sys.stderr)
    try:
        write_eml(draft, args.output)
    except DraftCheckFailed as exc:
        raise CliError(str(exc)) from exc
    written = len(draft.to) - len(skipped)
    if attach is None:
        if not written:
            print(
                "The draft has no recipient: the host contact has no e-mail address.",
                file=sys.stderr,
            )
        to = "the host contact"
    else:
        to = f"{count(written, 'member')} (in Bcc)"
    print(
        f"Wrote the e-mail to {to} of meeting {args.meeting_id} "
        f"({date.isoformat()}; {', '.join(notes)}) to {args.output}."
    )
    return 0
