"""Encrypted databases: a new one, an existing plaintext one encrypted in place, a plaintext copy.

- `create_encrypted_database`: a new database encrypted from its first page; returns the
  recovery key to print.
- `encrypt_database`: a plaintext database and every backup in its backups folder become
  encrypted. The file is copied with `sqlcipher_export` into a new file in the same folder
  (`store.database.copy_sqlite`: the same schema, every table's rows counted in both,
  `quick_check`), checked as a Coordinator database, fsynced and renamed over the plaintext
  file, whose bytes are then overwritten with zeros, fsynced and unlinked (`wipe_file`), with
  its `-wal` and `-shm`. Each plaintext backup is replaced by an encrypted backup of the same
  name (it stays restorable; rotation and erasure keep working) and wiped the same way. A killed
  run is finished by the next one with the same passphrase (the key file it wrote is used
  again): every file is whole throughout, plaintext or encrypted.
- `decrypt_copy`: a plaintext copy to take elsewhere (by design not encrypted; a new file only).

Overwriting with zeros removes the plaintext from an ordinary disk. An SSD's wear levelling, a
copy-on-write file system (btrfs, APFS, ZFS) or a snapshot may keep the old blocks where no
program can reach them; `docs/data-safety.md` ("Encrypted at rest") says so.

Close every connection of this process to the database first, and hold its lock
(`store.lock`): the file is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from coordinator_app.store import keys
from coordinator_app.store.backups import backups_dir, list_backups
from coordinator_app.store.database import (
    DatabaseDamaged,
    DatabaseError,
    ErasureIncomplete,
    StorageBusy,
    backup_sqlite,
    check_database_file,
    copy_sqlite,
    fold_log,
    head_revision,
    open_database,
    storage_error,
)
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.files import temp_file, write_atomically
from coordinator_app.store.keys import DataKey
from coordinator_app.store.sqlite_file import (
    SQLITE_HEADER,
    connect_file,
    connect_read_only,
    recognise_file,
)

_COMPANIONS = ("-wal", "-shm", "-journal")
_WIPE_END = ".coordinator-wipe"
_CHUNK = 1 << 20
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NO_LINKS = frozenset(
    {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}
)
# The temp files of the app's writes (`store.files`) and this module's plaintext kept for wiping.
_LEFTOVER = re.compile(
    r"\.(?P<name>.+)\.[0-9a-f]{16}\.coordinator-(?:tmp|wipe)(?:-journal|-wal|-shm)?"
)


class Encrypted(NamedTuple):
    """What `encrypt_database` did: the recovery key to print, and the plaintext files it
    removed (overwritten with zeros, then unlinked); a backup among them now lies under the
    same name, encrypted."""

    recovery_key: str
    removed: tuple[Path, ...]


def is_plaintext(path: Path) -> bool:
    """Whether `path` is a plaintext SQLite file (its first 16 bytes say so)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


# --- removing plaintext -------------------------------------------------------------------------


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _overwrite(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(_CHUNK)
    written = 0
    while written < size:
        written += os.write(fd, zeros[: min(_CHUNK, size - written)])
    os.fsync(fd)


def wipe_file(path: Path) -> bool:
    """Overwrite the regular file `path` with zeros, fsync it, unlink it and fsync its folder.
    False (nothing done) if it is missing, a link or not a regular file: a link is never
    followed."""
    try:
        fd = os.open(path, os.O_WRONLY | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        _overwrite(fd)
    finally:
        os.close(fd)
    path.unlink()
    _fsync_folder(path.parent)
    return True


def _wipe_companions(path: Path) -> list[Path]:
    return [c for end in _COMPANIONS if wipe_file(c := path.with_name(path.name + end))]


def _replace_and_wipe(plain: Path, commit: Callable[[Path], None]) -> None:
    """Give the finished encrypted copy (`commit` names it) the name `plain`, then wipe the
    plaintext it replaced.

    The plaintext keeps a second name (a hard link, `.<name>.<random>.coordinator-wipe`) until
    its bytes are overwritten, so that a run killed in between leaves it for the next run to
    wipe, never in the disk's free space. Where hard links are impossible (FAT), the file is
    held open and overwritten through that handle once it has lost its name."""
    aside = plain.with_name(f".{plain.name[:100]}.{secrets.token_hex(8)}{_WIPE_END}")
    try:
        os.link(plain, aside, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        fd = os.open(plain, os.O_RDWR | _NOFOLLOW | _CLOEXEC)
        try:
            commit(plain)
            _overwrite(fd)
        finally:
            os.close(fd)
        return
    commit(plain)
    wipe_file(aside)


def _stands_for(short: str, name: str) -> bool:
    # A temp file repeats its destination's name, cut to 100 bytes (`store.files`).
    return short == name or (
        len(short.encode("utf-8", "surrogateescape")) >= 96 and name.startswith(short)
    )


def _wipe_leftovers(folder: Path, names: Iterable[str]) -> list[Path]:
    """Wipe the app's temp files in `folder` for any of `names` (killed writes, killed swaps):
    they may hold plaintext. Only regular files of this user's."""
    wanted = tuple(names)
    wiped: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return wiped
    for entry in entries:
        match = _LEFTOVER.fullmatch(entry.name)
        if match is None or not any(_stands_for(match["name"], name) for name in wanted):
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if os.name == "posix" and info.st_uid != os.geteuid():
            continue
        if wipe_file(entry):
            wiped.append(entry)
    return wiped


# --- encrypting ---------------------------------------------------------------------------------


def _write_recovery_key(out: Path, text: str) -> None:
    write_atomically(
        out.expanduser(),
        (text + "\n").encode("ascii"),
        replace=False,
        what=f"the recovery key file {out}",
    )


def create_encrypted_database(
    path: Path,
    passphrase: str,
    *,
    recovery_key_out: Path | None = None,
    iterations: int | None = None,
) -> str:
    """Create a new, encrypted database at `path` (which must not exist, or be empty) with its
    key file beside it; returns the recovery key to print or write down.

    Open it with `open_database(path, key=keys.data_key_from_recovery_key(text))` (no
    passphrase derivation) or `keys.unlock(path, passphrase)`. `recovery_key_out`: a new file
    (0600) the recovery key is written to first. Raises PassphraseTooShort, FileExistsError (a
    database, key file or recovery key file is there already)."""
    path = path.expanduser()
    if path.exists() and path.stat().st_size:
        raise FileExistsError(errno.EEXIST, "The database exists already", str(path))
    keys.check_new_passphrase(passphrase)
    secret = keys.new_recovery_secret()
    if recovery_key_out is not None:
        _write_recovery_key(recovery_key_out, keys.recovery_key_text(secret))
    keys.write_key_file(keys.key_file_path(path), secret, passphrase, iterations=iterations)
    open_database(path, key=keys.data_key_from_secret(secret)).close()
    return keys.recovery_key_text(secret)


def _check_plain(path: Path) -> None:
    """Refuse a plaintext backup that could not be encrypted (damaged), before anything is
    changed."""
    try:
        conn = connect_read_only(path, snapshot=True)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        row = (str(exc),)
    if row is None or row[0] != "ok":
        raise DatabaseDamaged(
            f"{path} is damaged and cannot be encrypted; nothing was changed. Move it out of "
            "the backups folder (or delete it) and encrypt again."
        )


def _fold_and_close(path: Path) -> None:
    """Fold the plaintext database's log into it and close it, so that no -wal is left with
    pages the encrypted copy would not replace. Another program with it open: StorageBusy."""
    try:
        conn = connect_file(path)
        try:
            fold_log(conn)
        finally:
            conn.close()
    except ErasureIncomplete as exc:
        raise StorageBusy(
            f"Another program has {path} open; close it and encrypt again. Nothing was changed."
        ) from exc
    except sqlite3.Error as exc:
        raise storage_error(exc) or DatabaseDamaged(f"{path} cannot be read: {exc}.") from exc


def _encrypt_file(path: Path, key: DataKey, *, check_schema: bool) -> list[Path]:
    """Replace the plaintext database file `path` by an encrypted copy of the same name and
    wipe the plaintext with its companions; returns the paths wiped."""
    what = f"the encrypted copy of {path}"
    with temp_file(path, what=what) as copy:
        copy_sqlite(path, copy.path, key=None, into_key=key, what=what)
        if check_schema:
            recognise_file(copy.path, key)
        wiped = _wipe_companions(path)
        _replace_and_wipe(path, lambda target: copy.commit(target, replace=True))
    return [path, *wiped]


def _key_material(path: Path, passphrase: str) -> tuple[bytes, bool]:
    """The recovery secret: the one of a key file an unfinished run left (its passphrase must
    be given again), or a new one. True if the key file is still to be written."""
    try:
        return keys.unlock_secret(path, passphrase), False
    except FileNotFoundError:
        keys.check_new_passphrase(passphrase)
        return keys.new_recovery_secret(), True


def encrypt_database(
    path: Path,
    passphrase: str,
    *,
    recovery_key_out: Path | None = None,
    iterations: int | None = None,
) -> Encrypted:
    """Encrypt the plaintext database at `path` in place, and every backup in its backups
    folder (see the module docstring); returns the recovery key and the plaintext files
    removed.

    `recovery_key_out`: a new file (0600; an existing file or link is refused) the recovery key
    is written to before anything else changes. A database encrypted already (by a killed run)
    is finished: its plaintext backups and leftovers are encrypted or wiped. Raises
    WrongPassphrase (an unfinished run's key file under another passphrase), PassphraseTooShort,
    DatabaseDamaged (the database or a plaintext backup is damaged: nothing changed),
    StorageBusy (another program has the database open) and the errors of `open_database`.
    """
    path = path.expanduser()
    if path.is_symlink():
        raise DatabaseError(f"{path} is a link: encrypt the database it points to instead.")
    if not path.is_file() or not path.stat().st_size:
        raise DatabaseError(f"{path} is not a database yet; there is nothing to encrypt.")
    secret, new_key_file = _key_material(path, passphrase)
    key = keys.data_key_from_secret(secret)
    text = keys.recovery_key_text(secret)
    plain = is_plaintext(path)
    if plain:
        if check_database_file(path) != head_revision():
            open_database(path).close()  # upgraded first (after its before-migration backup)
    else:
        check_database_file(path, key=key)  # a killed run's encrypted file: WrongKey if not
    plain_backups = [b.path for b in list_backups(path) if is_plaintext(b.path)]
    for backup in plain_backups:
        _check_plain(backup)
    if plain:
        _fold_and_close(path)
    if recovery_key_out is not None:
        _write_recovery_key(recovery_key_out, text)
    if new_key_file:
        keys.write_key_file(keys.key_file_path(path), secret, passphrase, iterations=iterations)
    removed: list[Path] = []
    removed += _wipe_leftovers(path.parent, [path.name])
    if plain:
        removed += _encrypt_file(path, key, check_schema=True)
    folder = backups_dir(path)
    for backup in plain_backups:
        removed += _encrypt_file(backup, key, check_schema=False)
    if folder.is_dir():
        removed += _wipe_leftovers(folder, [path.name, *(b.path.name for b in list_backups(path))])
    return Encrypted(text, tuple(removed))


def decrypt_copy(path: Path, key: DataKey, target: Path) -> Path:
    """A plaintext copy of the encrypted database at `path` in the new file `target` (0600,
    whole or not at all; an existing file or any link there raises FileExistsError), to move
    the data elsewhere. By design not encrypted: whoever gets the file reads everything."""
    path, target = path.expanduser(), target.expanduser()
    check_database_file(path, key=key)
    return backup_sqlite(path, target, replace=False, key=key, into_key=None)
