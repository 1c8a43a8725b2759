"""Encryption on the command line: `encrypt`, `change-passphrase` and `decrypt`.

The key options (`--passphrase-file`, `--recovery-key-file`, `--recovery-key-out`) are global:
every command accepts them, before or after its name (`cli.common.add_key_options`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coordinator_app.cli.common import (
    PROG,
    CliError,
    command_key,
    count,
    database_path,
    refuse_existing,
    secret_from_file,
)
from coordinator_app.store import encryption, keys
from coordinator_app.store.database import check_database_file
from coordinator_app.store.lock import DatabaseLock
from coordinator_app.store.sqlite_file import is_encrypted

HELP = """\
  encrypt --passphrase-file FILE --recovery-key-out FILE
                                encrypt the plaintext database in place, and every backup in
                                its backups folder; the plaintext files are overwritten and
                                removed; the recovery key goes into a new file
  change-passphrase --new-passphrase-file FILE
                                a new passphrase, with the current one (--passphrase-file) or
                                the recovery key (--recovery-key-file); nothing is re-encrypted
  decrypt -o FILE               a plaintext copy of the encrypted database (a new file), to
                                move it elsewhere: whoever has that file can read everything"""

# `decrypt` only reads the database: it runs (read-only) while the app has it open.
READING = frozenset({("decrypt", None)})


def register(commands: Any) -> None:
    """Add `encrypt`, `change-passphrase` and `decrypt` to the command line's subparsers."""
    encrypt = commands.add_parser("encrypt", help="encrypt the plaintext database in place")
    encrypt.set_defaults(handler=_cmd_encrypt)

    change = commands.add_parser("change-passphrase", help="give the database a new passphrase")
    change.add_argument(
        "--new-passphrase-file",
        required=True,
        metavar="FILE",
        type=Path,
        help="the new passphrase: the first line of FILE",
    )
    change.set_defaults(handler=_cmd_change_passphrase)

    decrypt = commands.add_parser("decrypt", help="a plaintext copy of the encrypted database")
    decrypt.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the copy (a new file)"
    )
    decrypt.set_defaults(handler=_cmd_decrypt)


def _cmd_encrypt(args: argparse.Namespace) -> int:
    path = database_path(args)
    passphrase_file: Path | None = getattr(args, "passphrase_file", None)
    out: Path | None = getattr(args, "recovery_key_out", None)
    if passphrase_file is None or out is None:
        raise CliError("encrypt needs --passphrase-file FILE and --recovery-key-out FILE.")
    passphrase = secret_from_file(passphrase_file)
    refuse_existing(out.expanduser())
    if not path.is_file() or not path.stat().st_size:
        raise CliError(
            f"{path} does not exist yet: create it encrypted by giving --passphrase-file to "
            "the command that creates it (e.g. demo, groups add)."
        )
    with DatabaseLock.acquire(path):
        done = encryption.encrypt_database(path, passphrase, recovery_key_out=out)
    backups = sum(1 for p in done.removed if p.parent.name == "backups" and p.suffix == path.suffix)
    print(
        f"Encrypted {path} and {count(backups, 'backup')}; the plaintext files were "
        f"overwritten and removed ({count(len(done.removed), 'file')}). The recovery key is in "
        f"{out}: print it or write it down, keep it apart from this computer, then delete {out}."
    )
    return 0


def _cmd_change_passphrase(args: argparse.Namespace) -> int:
    path = database_path(args)
    new = secret_from_file(args.new_passphrase_file, "new passphrase")
    recovery_file: Path | None = getattr(args, "recovery_key_file", None)
    passphrase_file: Path | None = getattr(args, "passphrase_file", None)
    if recovery_file is None and passphrase_file is None:
        raise CliError(
            "change-passphrase needs the current passphrase (--passphrase-file FILE) or the "
            "recovery key (--recovery-key-file FILE)."
        )
    if not is_encrypted(path):
        raise CliError(f"{path} is not encrypted; encrypt it with `{PROG} encrypt`.")
    with DatabaseLock.acquire(path):
        if recovery_file is not None:
            recovery = secret_from_file(recovery_file, "recovery key")
            # The recovery key must open this database before a key file is written for it.
            check_database_file(path, key=keys.data_key_from_recovery_key(recovery))
            keys.change_passphrase(path, new, recovery=recovery)
        else:
            assert passphrase_file is not None
            keys.change_passphrase(path, new, passphrase=secret_from_file(passphrase_file))
    print(f"Changed the passphrase of {path}; its recovery key and its backups stay as they were.")
    return 0


def _cmd_decrypt(args: argparse.Namespace) -> int:
    path = database_path(args)
    target: Path = args.output.expanduser()
    refuse_existing(target)
    if not is_encrypted(path):
        raise CliError(f"{path} is not encrypted; copy it with `{PROG} backup -o FILE`.")
    key = command_key(args, path, create=False)
    if key is None:
        raise CliError(
            f"{path} is encrypted: give its passphrase (--passphrase-file FILE) or its "
            "recovery key (--recovery-key-file FILE)."
        )
    encryption.decrypt_copy(path, key, target)
    print(
        f"Wrote a plaintext copy of {path} to {target}. It is not encrypted: whoever has the "
        "file can read everything in it."
    )
    return 0
