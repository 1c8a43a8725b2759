"""The `coordinator-app` command line (argparse); every command is one call into services/."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from coordinator_app import __version__
from coordinator_app.cli import (
    drafts as drafts_cli,
    encryption as encryption_cli,
    groups as groups_cli,
    invitations as invitations_cli,
    logistics as logistics_cli,
    members_delete as members_delete_cli,
    minutes as minutes_cli,
    planner as planner_cli,
    safety as safety_cli,
    search as search_cli,
)
from coordinator_app.cli.common import (
    KEY_OPTIONS_HELP,
    LANGUAGES,
    PROG,
    CliError,
    add_key_options,
    add_key_options_to_commands,
    count,
    database,
    database_path,
    describe_os_error,
    fail,
    first_line,
    group_names,
    named_group,
    only_group,
    print_json,
    print_table,
    terminal_output,
)
from coordinator_app.domain.collation import sort_key
from coordinator_app.domain.contacts import ParsedContacts, ParseProblem
from coordinator_app.domain.roster import MemberRow, shared_with_group
from coordinator_app.services.contact_import import (
    DuplicateAction,
    ImportResult,
    ImportRow,
    apply_import,
    plan_import,
)
from coordinator_app.services.demo import fill_with_demo_data
from coordinator_app.services.errors import ServiceError
from coordinator_app.services.groups import create_group, list_groups
from coordinator_app.services.roster import roster
from coordinator_app.store.database import (
    Database,
    DatabaseError,
    integrity_check,
)

EXPORT_FORMATS = ("csv", "vcf", "pdf")

_COMMANDS_HELP = f"""\
commands:
  demo                          fill an empty database with the demo data
  groups add NAME               add a group
  groups list [--json]          list the groups and their number of current members
{groups_cli.GROUPS_HELP}
  members list [--group NAME] [--json]
                                list the members of a group, or everyone
  members import FILE [--group NAME] [--dry-run] [--skip-invalid]
                 [--on-duplicate skip|update|add] [--json]
                                import contacts from a CSV or vCard file as members
  members export --format csv|vcf|pdf -o FILE [--group NAME] [--lang da|en]
                                export the current members of a group
{groups_cli.MEMBERS_HELP}
{members_delete_cli.HELP}
{planner_cli.HELP}
{logistics_cli.EXPORT_HELP}
{minutes_cli.EXPORT_HELP}
{drafts_cli.EXPORT_HELP}
{invitations_cli.EXPORT_HELP}
{logistics_cli.HELP}
{invitations_cli.SIGNUPS_HELP}
{minutes_cli.HELP}
  check                         integrity check of the database
{search_cli.HELP}
{safety_cli.HELP}
{encryption_cli.HELP}

{KEY_OPTIONS_HELP}

Without a command, the desktop app starts. Exit status: 0 done, 1 error, 2 wrong usage.
While the app has the database open, commands that change it exit 1; the others read it."""

# Commands that only read the database (everything else holds the database's lock while it
# runs): they still run, read-only, while the desktop app has the database open.
READING_COMMANDS = frozenset(
    {
        ("groups", "list"),
        ("members", "list"),
        ("members", "export"),
        ("plan", "suggest"),
        ("meetings", "list"),
        ("export", "ics"),
        ("export", "agenda"),
        ("export", "visitors"),
        ("export", "minutes"),
        ("export", "report"),
        ("export", "email"),
        ("export", "invitations"),
        ("logistics", "show"),
        ("hosts", "suggest"),
        ("minutes", "show"),
        ("actions", "list"),
        ("check", None),
    }
    | safety_cli.READING
    | encryption_cli.READING
    | search_cli.READING
)


def writes(args: argparse.Namespace) -> bool:
    """Whether the command may change the database (and so needs its lock)."""
    if args.command == "members" and getattr(args, "subcommand", None) == "import":
        return not args.dry_run
    if args.command == "signups" and getattr(args, "subcommand", None) == "import-replies":
        return not args.dry_run
    return (args.command, getattr(args, "subcommand", None)) not in READING_COMMANDS


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The parser for the whole command line; `command` is None when no command is given."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage="%(prog)s [-h] [--db PATH] [--passphrase-file FILE | --recovery-key-file FILE] "
        "[--recovery-key-out FILE] [--version] [COMMAND ...]",
        description="Coordinator: the offline app for the coordinator of a network group.",
        epilog=_COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database file (default: the app's file in your user data folder)",
    )
    add_key_options(parser, global_defaults=True)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # The epilog lists every command with its arguments; argparse's own list would repeat it.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", help=argparse.SUPPRESS)

    demo = commands.add_parser("demo", help="fill an empty database with the demo data")
    demo.set_defaults(handler=_cmd_demo)

    groups = commands.add_parser("groups", help="add or list groups")
    group_commands = groups.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    groups_add = group_commands.add_parser("add", help="add a group")
    groups_add.add_argument("name", metavar="NAME")
    groups_add.set_defaults(handler=_cmd_groups_add)
    groups_list = group_commands.add_parser(
        "list", help="list the groups and their number of current members"
    )
    _add_json(groups_list, '[{"id", "name", "members"}]')
    groups_list.set_defaults(handler=_cmd_groups_list)
    groups_cli.register_groups(group_commands)

    members = commands.add_parser("members", help="list, import or export members")
    member_commands = members.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    members_list = member_commands.add_parser(
        "list", help="list the members of a group, or everyone"
    )
    members_list.add_argument(
        "--group", metavar="NAME", help="only this group (with its former members)"
    )
    _add_json(
        members_list,
        '[{"id", "name", "email", "phone", "company", "title", "industry", "expertise", "active"}]',
    )
    members_list.set_defaults(handler=_cmd_members_list)

    members_import = member_commands.add_parser(
        "import", help="import contacts from a CSV or vCard file as members"
    )
    members_import.add_argument(
        "file", metavar="FILE", type=Path, help="a CSV or vCard (.vcf) file"
    )
    members_import.add_argument(
        "--group",
        metavar="NAME",
        help="the group the people join (default: the only group, if there is exactly one)",
    )
    members_import.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    members_import.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import even if the file has problems: each contact without its invalid values "
        "(a contact without a usable name is skipped)",
    )
    members_import.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default=DuplicateAction.SKIP.value,
        help="what to do with someone already in the database (default: skip)",
    )
    _add_json(
        members_import,
        '{"added", "updated", "skipped", "errors": [{"line", "message"}], "people", '
        '"skipped_contacts": [{"line", "reason", "message"}], '
        '"dropped_values": [{"line", "value", "reason", "message"}]}',
    )
    members_import.set_defaults(handler=_cmd_members_import)

    members_export = member_commands.add_parser(
        "export", help="export the current members of a group"
    )
    members_export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    members_export.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the file to write"
    )
    members_export.add_argument(
        "--group", metavar="NAME", help="the group (required if there is more than one)"
    )
    members_export.add_argument(
        "--lang", choices=LANGUAGES, default="da", help="language and sort order (default: da)"
    )
    members_export.set_defaults(handler=_cmd_members_export)
    groups_cli.register_members(member_commands)
    members_delete_cli.register(member_commands)

    export_commands = planner_cli.register(commands)
    logistics_cli.register(commands, export_commands)
    minutes_cli.register(commands, export_commands)
    drafts_cli.register(export_commands)
    invitations_cli.register_export(export_commands)

    check = commands.add_parser("check", help="integrity check of the database")
    check.set_defaults(handler=_cmd_check)
    safety_cli.register(commands)
    search_cli.register(commands)
    encryption_cli.register(commands)
    add_key_options_to_commands(parser)  # before or after the command alike
    return parser


def _add_json(parser: argparse.ArgumentParser, shape: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print JSON: {shape}")


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (0 done, 1 user error, 2 wrong usage).

    Nothing it prints can drive the terminal: control characters are shown escaped.
    """
    with terminal_output():
        return _run(argv)


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    args.writes = writes(args)
    try:
        return handler(args)
    except (CliError, ServiceError, DatabaseError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(describe_os_error(exc))
    except SQLAlchemyError as exc:
        # A locked or read-only file, a full disk: the user can act on it; a traceback won't help.
        return fail(f"database error: {exc.__class__.__name__}: {first_line(str(exc))}")


# --- commands ---------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with database(args) as db:
        group_id = fill_with_demo_data(db, today)
        group = next(g for g in list_groups(db) if g.id == group_id)
        print(
            f"Added the demo group “{group.name}” with {group.members} members "
            f"and meetings from {today.year - 1} to {today.year + 1} (minutes of those held) "
            f"to {db.path}."
        )
    return 0


def _cmd_groups_add(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id = create_group(db, args.name)
        name = group_names(db)[group_id]
    print(f"Added the group “{name}” (id {group_id}).")
    return 0


def _cmd_groups_list(args: argparse.Namespace) -> int:
    with database(args) as db:
        groups = list_groups(db)
    if args.json:
        print_json([{"id": g.id, "name": g.name, "members": g.members} for g in groups])
    elif not groups:
        print("There are no groups yet.")
    else:
        print_table(
            ("ID", "Name", "Members"), [(str(g.id), g.name, str(g.members)) for g in groups]
        )
    return 0


def _member_json(row: MemberRow) -> dict[str, Any]:
    return {
        "id": row.person_id,
        "name": row.name,
        "email": row.email,
        "phone": row.phone,
        "company": row.company,
        "title": row.title,
        "industry": row.industry,
        "expertise": list(row.expertise),
        "active": row.active,
    }


def _cmd_members_list(args: argparse.Namespace) -> int:
    with database(args) as db:
        group_id = named_group(db, args.group)[0] if args.group else None
        rows = sorted(roster(db, group_id, include_former=True), key=lambda r: sort_key(r.name))
    if args.json:
        print_json([_member_json(row) for row in rows])
    elif not rows:
        print("There are no members yet.")
    else:
        print_table(
            ("Name", "Company", "Title", "E-mail", "Phone", "Status"),
            [
                (r.name, r.company, r.title, r.email, r.phone, "" if r.active else "former")
                for r in rows
            ],
        )
    return 0


def _predicted(rows: Sequence[ImportRow]) -> ImportResult:
    """What `apply_import` would report for `rows`, without touching the database."""
    result = ImportResult()
    for row in rows:
        if row.action is DuplicateAction.ADD:
            result.added += 1
            result.people.append(" ".join(row.record.full_name.split()))
        elif row.action is DuplicateAction.UPDATE and row.is_duplicate:
            result.updated += 1
            result.people.append(row.duplicate_name)
        else:
            result.skipped += 1
    return result


def _describe_row(row: ImportRow) -> str:
    """One line of a dry run: what happens to the contact, and why if it is a duplicate."""
    name = " ".join(row.record.full_name.split()) or "(no name)"
    if row.is_duplicate:
        known = "already in the database"
        if row.duplicate_name != name:
            known += f" as {row.duplicate_name}"
    else:
        known = "repeated in the file" if row.duplicate_name else ""
    if row.action is DuplicateAction.UPDATE and row.is_duplicate:
        action = "update"
    elif row.action is DuplicateAction.ADD:
        action = "add"
    else:
        action = "skip"
    reason = f" ({known})" if known else ""
    return f"line {row.record.line}: {action} {name}{reason}"


def _read_contacts(path: Path) -> ParsedContacts:
    # Imported here, not at the top: only this command needs the file readers.
    from coordinator_app.exchange.contacts_import import (
        ImportTooLarge,
        read_contact_file,
        read_contacts,
    )

    try:
        # The size is checked before reading, so that a huge file is never loaded into memory.
        return read_contacts(read_contact_file(path), path.name)
    except ImportTooLarge as exc:
        raise CliError(str(exc)) from exc


def _cmd_members_import(args: argparse.Namespace) -> int:
    # The file is read before the database is opened, so a wrong file name creates nothing; nor
    # does a file that is refused for having no contacts (or being no contact list at all).
    parsed = _read_contacts(args.file)
    if not parsed.records:
        return _refuse_without_contacts(args, parsed.problems)
    if not args.group and not database_path(args).exists():
        raise CliError(_NO_GROUP)  # and no database is created for nothing
    with database(args) as db:
        # Checked before anything is planned: people imported without a group belong nowhere,
        # and the next import would skip them as "already there".
        group_id, group_name = named_group(db, args.group) if args.group else _the_group(db)
        plan = plan_import(db, parsed, on_duplicate=DuplicateAction(args.on_duplicate))
        # The readers leave out an invalid value and say so; the contact is imported without
        # it (as the GUI imports it). Only a contact without a usable name, or one that could
        # not be read, is skipped, by the reader already.
        problems = sorted(plan.problems, key=lambda p: p.line)
        for problem in problems:
            print(f"line {problem.line}: {first_line(problem.message)}", file=sys.stderr)
        if problems and not args.skip_invalid:
            if args.json:
                print_json(_import_json(ImportResult(), problems))
            return fail(
                f"Nothing was imported: {args.file} has {count(len(problems), 'problem')}. "
                "Correct the file, or use --skip-invalid to import the contacts without what "
                "is invalid."
            )
        rows = plan.rows
        result = _predicted(rows) if args.dry_run else apply_import(db, group_id, rows)

    if args.json:
        print_json(_import_json(result, problems))
        return 0
    if args.dry_run:
        for row in rows:
            print(_describe_row(row))
    target = f"into “{group_name}”"
    counts = f"added {result.added}, updated {result.updated}, skipped {result.skipped}"
    if args.dry_run:
        print(f"Dry run, nothing was changed: an import {target} would have {counts}.")
    else:
        print(f"Imported {target}: {counts}.")
    dropped = sum(1 for p in problems if p.drops_value)
    if dropped:
        would = "would be" if args.dry_run else "were"
        print(
            f"Left out {count(dropped, 'invalid value')}; their contacts {would} imported "
            "without them."
        )
    skipped = sum(1 for p in problems if p.skips_contact)
    if skipped:
        print(
            f"Skipped {count(skipped, 'contact')} without a usable name or that could not be read."
        )
    return 0


def _refuse_without_contacts(args: argparse.Namespace, problems: Sequence[ParseProblem]) -> int:
    """Exit status 1 for a file with no contact to import, and why: what the file is instead
    (a calendar, a PDF, …), or the problems that left every contact out."""
    problems = sorted(problems, key=lambda p: p.line)
    if args.json:
        print_json(_import_json(ImportResult(), problems))
    other_kind = next((p for p in problems if p.code.startswith("not_contacts_")), None)
    if other_kind is not None:
        return fail(f"Nothing was imported: {args.file}: {other_kind.message}")
    for problem in problems:
        print(f"line {problem.line}: {first_line(problem.message)}", file=sys.stderr)
    return fail(f"Nothing was imported: no contacts were found in {args.file}.")


_NO_GROUP = f"There are no groups yet: add one with `{PROG} groups add NAME`, then import into it."


def _the_group(db: Database) -> tuple[int, str]:
    """The only group, for a command that needs one and was given no --group."""
    only = only_group(db)
    if only is not None:
        return only
    n = len(list_groups(db))
    if n == 0:
        raise CliError(_NO_GROUP)
    raise CliError(f"There are {n} groups: choose one with --group NAME.")


def _import_json(result: ImportResult, problems: Sequence[ParseProblem]) -> dict[str, Any]:
    return {
        "added": result.added,
        "updated": result.updated,
        "skipped": result.skipped,
        "errors": [{"line": p.line, "message": p.message} for p in problems],
        "people": list(result.people),
        # Contacts the readers skipped (no usable name, unreadable), and values they left out
        # of a contact that is imported without them.
        "skipped_contacts": [
            {"line": p.line, "reason": p.code, "message": p.message}
            for p in problems
            if p.skips_contact
        ],
        "dropped_values": [
            {"line": p.line, "value": p.value, "reason": p.code, "message": p.message}
            for p in problems
            if p.drops_value
        ],
    }


def _cmd_members_export(args: argparse.Namespace) -> int:
    with database(args) as db:
        if args.group:
            group_id, group_name = named_group(db, args.group)
        else:
            only = only_group(db)
            if only is None:
                n = len(list_groups(db))
                raise CliError(
                    "There are no groups yet."
                    if n == 0
                    else f"There are {n} groups: choose one with --group NAME."
                )
            group_id, group_name = only
        rows = roster(db, group_id, include_former=False)
    lang: str = args.lang
    rows.sort(key=lambda r: sort_key(r.name, lang))
    out: Path = args.output
    # Imported here: reportlab takes a while to load and only exports need it.
    from coordinator_app.exchange import roster_export

    if args.format == "csv":
        roster_export.write_roster_csv(rows, out, lang=lang)
    elif args.format == "vcf":
        roster_export.write_roster_vcard(rows, out)
    else:
        # The printed list goes round the group: contact details only with consent.
        roster_export.write_roster_pdf(
            [shared_with_group(r) for r in rows],
            out,
            group_name=group_name,
            lang=lang,
            printed_on=dt.date.today(),
        )
    print(f"Wrote {count(len(rows), 'member')} of “{group_name}” to {out}.")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    with database(args) as db:
        problems = integrity_check(db)
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    return fail(f"The database has {count(len(problems), 'problem')}.")
