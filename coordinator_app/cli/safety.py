"""Data safety on the command line: `backup`, `restore` and the GDPR tools `person export` and
`person erase`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from coordinator_app.cli.common import (
    LANGUAGES,
    PROG,
    CliError,
    command_key,
    count,
    database,
    database_path,
)
from coordinator_app.services import backups as backup_service, privacy
from coordinator_app.store import backups, keys
from coordinator_app.store.database import (
    DatabaseDamaged,
    backup_sqlite,
    check_database_file,
    open_database,
)
from coordinator_app.store.files import remove_leftovers, write_atomically
from coordinator_app.store.lock import DatabaseLock

HELP = """\
  backup [-o FILE]              copy the database into its backups folder (or to FILE)
  restore FILE                  replace the database with a backup (the current file is kept
                                as a backup first; a damaged file is renamed, never deleted)
  person export EMAIL -o FILE.json
                                everything stored about one person, as JSON
  person erase EMAIL --yes [--lang da|en]
                                erase a person's contact data, here and in every backup in the
                                backups folder; their round-table entries and attendance stay,
                                shown as "former member\""""

# Commands that only read the database: they run (read-only) while the app has it open.
READING = frozenset({("backup", None), ("person", "export")})


def register(commands: Any) -> None:
    """Add `backup`, `restore` and `person` to the command line's subparsers."""
    backup = commands.add_parser("backup", help="back up the database")
    backup.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write the copy to FILE (a new file)"
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.set_defaults(handler=_cmd_restore)

    person = commands.add_parser("person", help="the personal data of one person (GDPR)")
    person_commands = person.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    export = person_commands.add_parser("export", help="everything stored about one person")
    export.add_argument("email", metavar="EMAIL")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the JSON file to write"
    )
    export.set_defaults(handler=_cmd_person_export)
    erase = person_commands.add_parser("erase", help="erase a person's personal data")
    erase.add_argument("email", metavar="EMAIL")
    erase.add_argument("--yes", action="store_true", help="yes, erase (it cannot be undone)")
    erase.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="da",
        help='the language of the "former member" marker (default: da)',
    )
    erase.set_defaults(handler=_cmd_person_erase)


def _cmd_backup(args: argparse.Namespace) -> int:
    with database(args) as db:
        assert db.path is not None
        if args.output is None:
            made = backup_service.backup_now(db)
            target = made.path
        else:
            target = args.output.expanduser()
            remove_leftovers(target)  # what a killed run of this command left beside it
            if target.is_symlink():  # a dangling one too: it is never written through
                raise CliError(f"{target} is a link; choose a new file name.")
            if target.exists():
                raise CliError(f"{target} exists already; choose a new file name.")
            key_file = keys.key_file_for(db.path) if db.key is not None else None
            target_keys = keys.key_file_path(target)
            if key_file is not None and os.path.lexists(target_keys):
                raise CliError(f"{target_keys} exists already; choose a new file name.")
            # Whole or not at all, under a temp name first; never over anything that appears.
            backup_sqlite(db.path, target, replace=False, key=db.key)
            if key_file is not None:
                # The copy is encrypted like the database: with the key file beside it, its
                # passphrase opens it too (the recovery key does in any case).
                write_atomically(target_keys, key_file.read_bytes(), replace=False)
    print(f"Backed up {db.path} to {target}.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    source: Path = args.file.expanduser()
    if not source.is_file():
        raise CliError(f"{source}: no such file.")
    path = database_path(args)
    # An encrypted database's backups have its key (a plaintext backup is read without it).
    key = command_key(args, path, create=False)
    backups.check_backup(source, key)
    if path.exists() and path.resolve() == source.resolve():
        raise CliError("That is the database itself; choose a backup.")
    with DatabaseLock.acquire(path):
        try:
            if path.exists():
                check_database_file(path, key=key)
        except DatabaseDamaged:
            aside = backups.restore_over_damaged(path, source, key=key)
            kept = f"the damaged file was kept as {aside}"
        else:
            safety = backups.restore_backup(path, source, key=key)
            kept = f"the previous contents were kept in {safety.path}" if safety else ""
        # Opening upgrades a backup from an older version and checks the result.
        open_database(path, key=key).close()
    print(f"Restored {path} from {source}" + (f"; {kept}." if kept else "."))
    return 0


def _cmd_person_export(args: argparse.Namespace) -> int:
    with database(args) as db:
        person_id = privacy.find_person(db, args.email)
        data = privacy.person_data(db, person_id)
    # Imported here: the shared private writer lives with the document writers.
    from coordinator_app.exchange.pdf_common import write_private_file

    write_private_file(args.output.expanduser(), privacy.person_json(data))
    print(f"Wrote everything stored about {args.email.strip()} to {args.output}.")
    return 0


def _cmd_person_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        print(
            f"{PROG}: error: erasing cannot be undone; repeat the command with --yes",
            file=sys.stderr,
        )
        return 2
    with database(args) as db:
        person_id = privacy.find_person(db, args.email)
        erased = privacy.erase_person(db, person_id, lang=args.lang)
    folder = erased.backups_folder or backups.backups_dir(database_path(args))
    print(
        f"Erased the personal data of {args.email.strip()}; their round-table entries and "
        "attendance remain as a former member's. Also erased from "
        f"{count(erased.backups_cleaned, 'backup')} in {folder} ({erased.backups_checked} "
        "checked); copies outside that folder (a `backup -o` file, exports) are not changed."
    )
    return 0
