"""What every command shares: opening the database, finding a group, printing results."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, cast

from coordinator_app.domain.text import escape_controls
from coordinator_app.services import membership
from coordinator_app.services.groups import find_group, list_groups
from coordinator_app.store import keys
from coordinator_app.store.database import (
    Database,
    KeyFileMissing,
    KeyRequired,
    StorageReadOnly,
    default_database_path,
    open_database,
)
from coordinator_app.store.keys import DataKey
from coordinator_app.store.lock import DatabaseLock, current_holder
from coordinator_app.store.sqlite_file import is_encrypted

PROG = "coordinator-app"
LANGUAGES = ("da", "en")


class CliError(Exception):
    """A user error the command reports in one line (exit status 1)."""


def first_line(text: str) -> str:
    return " ".join(text.split())


def fail(message: str) -> int:
    print(f"{PROG}: {first_line(message)}", file=sys.stderr)
    return 1


def describe_os_error(exc: OSError) -> str:
    if exc.filename is not None and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc) or exc.__class__.__name__


def print_json(data: Any, stream: TextIO | None = None) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=stream or sys.stdout)


class TerminalText:
    """A text stream that writes to `stream` with every control character shown as an escape
    (`escape_controls`: ESC as \\u001b), so that no text a file holds can drive the terminal:
    set its title, move the cursor, rewrite the screen or reverse a line. LF and tab pass."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(escape_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno, …
        return getattr(self.stream, name)


@contextmanager
def terminal_output() -> Iterator[None]:
    """Everything printed to stdout and stderr meanwhile goes through `TerminalText`."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, TerminalText(out))
    sys.stderr = cast(TextIO, TerminalText(err))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    rows = [[escape_controls(cell) for cell in row] for row in rows]  # widths as printed
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for line in (headers, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


# A lock file that cannot be made beside the database: no permission, a read-only medium.
_READ_ONLY_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_READ_ONLY_LOCATION = (
    "{path} cannot be written here (a read-only file, folder or medium); only commands that "
    "read work on it. The file was not changed."
)


def database_path(args: argparse.Namespace) -> Path:
    path: Path = args.db or default_database_path()
    return path.expanduser()


# --- keys -------------------------------------------------------------------------------------

KEY_OPTIONS_HELP = """\
encrypted databases (before or after any command):
  --passphrase-file FILE        the passphrase is the first line of FILE; a new database
                                created by the command is encrypted with it
  --recovery-key-file FILE      open an encrypted database (or a backup) with its recovery key
  --recovery-key-out FILE       where a new encrypted database's recovery key is written (a new
                                file); without it, the recovery key is printed
Without either key option, an encrypted database opens with the key remembered on this
computer (the OS keyring), if there is one."""


def add_key_options(parser: argparse.ArgumentParser, *, global_defaults: bool) -> None:
    """The options that unlock an encrypted database. `global_defaults`: on the main parser
    (defaults None); on a subcommand's parser they are suppressed unless given, so that
    `--passphrase-file` works before and after the command alike."""
    default = None if global_defaults else argparse.SUPPRESS
    for name, text in (
        ("--passphrase-file", "the passphrase of an encrypted database: the first line of FILE"),
        ("--recovery-key-file", "open an encrypted database with the recovery key in FILE"),
        ("--recovery-key-out", "write a new encrypted database's recovery key to FILE"),
    ):
        parser.add_argument(name, metavar="FILE", type=Path, default=default, help=text)


def add_key_options_to_commands(parser: argparse.ArgumentParser) -> None:
    """Let every command (and sub-command) of `parser` take the key options too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                add_key_options(sub, global_defaults=False)
                add_key_options_to_commands(sub)


def secret_from_file(path: Path, what: str = "passphrase") -> str:
    """The first line of the file, without its line break (and without a byte-order mark)."""
    text = path.expanduser().read_text(encoding="utf-8-sig")
    secret = text.split("\n", 1)[0].removesuffix("\r")
    if not secret.strip():
        raise CliError(f"{path}: the first line is empty; it must hold the {what}.")
    return secret


def _new_database(path: Path) -> bool:
    try:
        return path.stat().st_size == 0 and keys.key_file_for(path) is None
    except FileNotFoundError:
        return True


def deliver_recovery_key(args: argparse.Namespace, path: Path, text: str) -> None:
    """Tell where a new encrypted database's recovery key went: into `--recovery-key-out`
    (written already) or, printed here, on stderr."""
    out = getattr(args, "recovery_key_out", None)
    if out is not None:
        print(f"Wrote the recovery key of {path} to {out}.", file=sys.stderr)
        return
    print(
        f"{path} is encrypted. Its recovery key (it alone opens the database and every backup: "
        f"print it or write it down and keep it apart from this computer): {text}",
        file=sys.stderr,
    )


def refuse_existing(path: Path) -> None:
    """A new file only: refuse an existing file or any link (a dangling one too)."""
    if path.is_symlink():
        raise CliError(f"{path} is a link; choose a new file name.")
    if path.exists():
        raise CliError(f"{path} exists already; choose a new file name.")


def command_key(args: argparse.Namespace, path: Path, *, create: bool = True) -> DataKey | None:
    """The data key the command opens `path` with: from `--recovery-key-file`, from
    `--passphrase-file` and the key file, or remembered in the OS keyring (neither option
    given); None for a plaintext database. `create`: a database that does not exist yet is
    created encrypted when a passphrase is given (its recovery key delivered at once)."""
    recovery_file = getattr(args, "recovery_key_file", None)
    passphrase_file = getattr(args, "passphrase_file", None)
    if recovery_file is not None:
        return keys.data_key_from_recovery_key(secret_from_file(recovery_file, "recovery key"))
    if passphrase_file is None:
        return keys.remembered_key(path) if is_encrypted(path) else None
    passphrase = secret_from_file(passphrase_file)
    if create and _new_database(path):
        from coordinator_app.store.encryption import create_encrypted_database

        out = getattr(args, "recovery_key_out", None)
        if out is not None:
            refuse_existing(out.expanduser())
        text = create_encrypted_database(path, passphrase, recovery_key_out=out)
        deliver_recovery_key(args, path, text)
        return keys.data_key_from_recovery_key(text)
    if keys.key_file_for(path) is not None:
        return keys.unlock(path, passphrase)
    if is_encrypted(path):
        raise CliError(
            f"{path} is encrypted, but its key file {keys.key_file_path(path)} is missing: "
            "open it with --recovery-key-file FILE (and set a passphrase again with "
            "change-passphrase)."
        )
    raise CliError(
        f"{path} is not encrypted; encrypt it with `{PROG} encrypt`, or leave out "
        "--passphrase-file."
    )


def _open(path: Path, key: DataKey | None, *, read_only: bool = False) -> Database:
    try:
        return open_database(path, read_only=read_only, key=key)
    except KeyFileMissing as exc:
        raise CliError(f"{exc} Use --recovery-key-file FILE.") from exc
    except KeyRequired as exc:
        raise CliError(f"{exc} Use --passphrase-file FILE or --recovery-key-file FILE.") from exc


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    """The command's database. A command that writes (`args.writes`, set by `main`; true unless
    the command is known to only read) holds the database's lock while it runs, and fails with
    DatabaseInUse while another instance holds it; a reading command then opens the file
    read-only instead, as it does on a read-only location (a write-protected stick, a mounted
    snapshot), where a writing command fails in one line. An encrypted database is opened with
    the key the key options give (`command_key`)."""
    path = database_path(args)
    if getattr(args, "writes", True):
        try:
            lock = DatabaseLock.acquire(path)
        except OSError as exc:
            if exc.errno not in _READ_ONLY_ERRORS or not path.exists():
                raise
            raise CliError(_READ_ONLY_LOCATION.format(path=path)) from exc
        with lock:
            db = _open(path, command_key(args, path))
            try:
                yield db
            finally:
                db.close()
        return
    read_only = current_holder(path) is not None
    key = command_key(args, path)
    try:
        db = _open(path, key, read_only=read_only)
    except StorageReadOnly:
        if read_only:
            raise
        db = _open(path, key, read_only=True)
    try:
        yield db
    finally:
        db.close()


def group_names(db: Database) -> dict[int, str]:
    return {g.id: g.name for g in list_groups(db)}


def named_group(db: Database, name: str) -> tuple[int, str]:
    group_id = find_group(db, name)
    return group_id, group_names(db)[group_id]


def only_group(db: Database) -> tuple[int, str] | None:
    groups = list_groups(db)
    return (groups[0].id, groups[0].name) if len(groups) == 1 else None


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def membership_group(db: Database, person_id: int, group: str | None) -> tuple[int, str]:
    """The group of a person's membership that a command acts on (`members edit`, `members
    delete`): the one named, else the only one."""
    if group:
        return named_group(db, group)
    ids = membership.member_groups(db, person_id)
    names = group_names(db)
    if len(ids) == 1:
        return ids[0], names[ids[0]]
    if not ids:
        raise CliError("That person is not a member of any group.")
    raise CliError(
        f"That person is in {len(ids)} groups ({', '.join(names[i] for i in ids)}): "
        "choose one with --group NAME."
    )
