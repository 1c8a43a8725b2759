"""Erasing a person from the copies in the database's backups folder.

An erasure (`services.privacy.erase_person`) removes a person's personal data from the database;
the backups beside it (`store.backups`: daily, manual, before-restore and before-migration
copies, the last two never pruned) hold the same data. For each backup that holds the person,
the erasure's statements for that backup's schema revision (`erasure_statements`) run on a copy
of it in one transaction; the copy is compacted (VACUUM), its write-ahead log folded in and
emptied (`fold_log`), checked (`PRAGMA integrity_check`), written to disk and renamed over the
backup (`store.files.atomic_path`: fsync, rename, fsync of the folder). A backup is so replaced
whole or not at all; it keeps its name (date and reason: rotation still works), and a
before-migration copy stays at its old revision, the way back from a failed upgrade.

Who is the person in an older copy (ids can differ there: a person deleted and added again gets
a new id, and SQLite gives the id of the last person deleted to the next one added):

- a row with their e-mail address (ignoring case and surrounding spaces), under any id;
- the row with their id, if it has their name (ignoring case and spacing) or their phone number
  (the same digits, at least six): the same person under an older e-mail address;
- never a row by its id alone, and never a row erased already.

So a person who changed their e-mail address *and* came back under a new id is not recognised
in copies older than both: a name alone is not enough (two members can share one).

A backup is rewritten if a row in it is the person, or if its raw bytes hold their name, e-mail
address or phone number (an old version of a row in a free page: VACUUM drops it; values of at
least 5 bytes); otherwise it is left byte for byte. An encrypted backup's bytes cannot be
searched, so it is rewritten whenever it can be read with the database's key. One that holds
such a value but cannot be read as a Coordinator database this app knows (damaged, from a newer
version, a schema with something added such as a trigger, a write-ahead log beside it) is left
as it is and reported in `uncleaned`. Links in the folder are not followed. What a killed run
left (temp files) goes at the start of the next one.
"""

from __future__ import annotations

import datetime as dt
import mmap
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.store import files
from coordinator_app.store.backups import backups_dir, list_backups
from coordinator_app.store.database import (
    DatabaseError,
    StorageFull,
    StorageReadOnly,
    check_database_file,
    fold_log,
    schema_revisions,
    storage_error,
)
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.sqlite_file import (
    SQLITE_HEADER,
    connect_file,
    connect_read_only,
    file_key,
)

if TYPE_CHECKING:
    from coordinator_app.store.keys import DataKey

# --- what an erasure changes, per schema revision ---------------------------------------------

#: The person's rows that are not erased yet: by e-mail address (:email, folded by
#: `email_key`) or by id (:id). Columns: id, name, email, phone.
_FIND_V1 = (
    "SELECT id, name, email, phone FROM people WHERE erased_at IS NULL "
    "AND (id = :id OR coordinator_email_key(email) = :email)"
)

#: The erasure of services/privacy.py (`erase_person`) in the schema of revision 0001 and later;
#: parameters :id, :former (the "former member" name), :now (SQLAlchemy's text form of a
#: datetime) and :today (ISO date). A test compares the result with the service's erasure.
_ERASE_V1 = (
    "UPDATE people SET name = :former, email = '', phone = '', address = '', "
    "dietary_needs = '', notes = '', consent_share_contact = 0, "
    "erased_at = coalesce(erased_at, :now), updated_at = :now WHERE id = :id",
    "DELETE FROM expertise_tags WHERE person_id = :id",
    "DELETE FROM employments WHERE person_id = :id",
    "UPDATE memberships SET left_on = :today WHERE person_id = :id AND left_on IS NULL",
    "UPDATE signups SET diet = '', note = '' WHERE person_id = :id",
    "UPDATE attendance SET note = '' WHERE person_id = :id",
    "UPDATE host_visits SET contact_person_id = NULL, contact_name = '', contact_email = '', "
    "contact_phone = '' WHERE contact_person_id = :id",
)


#: From revision 0004 (the coordinators table): the person's coordinator entries go too, found
#: by their e-mail address (before the person's row is emptied), as `privacy.erase_person` does.
_ERASE_V4 = (
    "DELETE FROM coordinators WHERE coordinator_email_key(email) = "
    "(SELECT coordinator_email_key(email) FROM people WHERE id = :id)",
    *_ERASE_V1,
)


@dataclass(frozen=True)
class _Statements:
    find: str
    erase: tuple[str, ...]
    # Run after the statements, in their transaction: brings the search index (0005) up to
    # what they changed, as the database's own erasure does (its triggers queued the rows).
    index: Callable[[sqlite3.Connection], None] | None = None


def _search_index_0005(conn: sqlite3.Connection) -> None:
    # The index module of this version writes the tables of revision 0005; a revision that
    # changes them adds its own entry below.
    from coordinator_app.store import search_index

    search_index.forget_deleted(conn)


#: (first revision, statements), oldest first: each applies from its revision until the next.
#: A migration that renames, moves or adds a column of personal data adds an entry here.
_ERASURE_FROM: tuple[tuple[str, _Statements], ...] = (
    ("0001", _Statements(_FIND_V1, _ERASE_V1)),
    ("0004", _Statements(_FIND_V1, _ERASE_V4)),
    ("0005", _Statements(_FIND_V1, _ERASE_V4, _search_index_0005)),
)


def _statements(revision: str) -> _Statements | None:
    oldest_first = list(reversed(schema_revisions()))
    if revision not in oldest_first:
        return None
    chosen: _Statements | None = None
    for since, statements in _ERASURE_FROM:
        if since in oldest_first and oldest_first.index(since) <= oldest_first.index(revision):
            chosen = statements
    return chosen


def erasure_statements(revision: str) -> tuple[str, ...]:
    """The statements that erase one person in a database of `revision` (empty if none)."""
    statements = _statements(revision)
    return statements.erase if statements is not None else ()


# --- who the person is ------------------------------------------------------------------------


_NEEDLE_BYTES = 5


def email_key(email: str | None) -> str | None:
    """An e-mail address as compared: without surrounding spaces, lower case; None if empty."""
    key = (email or "").strip().lower()
    return key or None


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


@dataclass(frozen=True)
class Identity:
    """The person to erase, as the database knows them before the erasure."""

    person_id: int
    name: str
    email: str
    phone: str

    def is_row(self, row_id: int, name: str, email: str, phone: str) -> bool:
        """Whether a row of an older copy is this person (the rule in the module docstring)."""
        mine = email_key(self.email)
        if mine is not None and email_key(email) == mine:
            return True
        if row_id != self.person_id:
            return False
        if self.name.strip() and _name_key(name) == _name_key(self.name):
            return True
        digits = _digits(self.phone)
        return len(digits) >= 6 and _digits(phone) == digits

    def needles(self) -> tuple[bytes, ...]:
        """The values whose bytes in a file mean it may hold the person (at least 5 bytes:
        shorter ones turn up by chance; the rows are found by the rule all the same)."""
        values = {v.strip().encode("utf-8") for v in (self.name, self.email, self.phone)}
        return tuple(sorted(v for v in values if len(v) >= _NEEDLE_BYTES))


@dataclass(frozen=True)
class BackupsErased:
    """What `erase_from_backups` did: how many backups it checked, which it cleaned, and which
    hold the person but could not be cleaned."""

    folder: Path
    checked: int
    cleaned: tuple[Path, ...]
    uncleaned: tuple[Path, ...]


# --- the files ----------------------------------------------------------------------------------


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _log(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _holds_bytes(path: Path, needles: tuple[bytes, ...]) -> bool:
    """Whether the file or its -wal holds any of `needles` anywhere (free pages too)."""
    for candidate in (path, _log(path)):
        try:
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if not os.fstat(fd).st_size:
                continue
            with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as view:
                if any(view.find(needle) != -1 for needle in needles):
                    return True
        finally:
            os.close(fd)
    return False


def _prepare(conn: sqlite3.Connection) -> None:
    conn.create_function("coordinator_email_key", 1, email_key, deterministic=True)


def _matching(conn: sqlite3.Connection, find: str, who: Identity) -> list[int]:
    rows = conn.execute(find, {"id": who.person_id, "email": email_key(who.email)}).fetchall()
    return sorted(
        int(row_id)
        for row_id, name, email, phone in rows
        if who.is_row(int(row_id), str(name or ""), str(email or ""), str(phone or ""))
    )


class _CannotClean(Exception):
    """The backup cannot be cleaned as a Coordinator database (it is left as it was)."""


@contextmanager
def _sqlite_errors() -> Iterator[None]:
    """A full or read-only disk as the store's errors (they stop the erasure); any other
    SQLite error means this backup cannot be cleaned."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = storage_error(exc)
        if isinstance(mapped, StorageFull | StorageReadOnly):
            raise mapped from exc
        raise _CannotClean(str(exc)) from exc


def _erase_in_copy(
    copy: Path,
    statements: _Statements,
    who: Identity,
    values: dict[str, str],
    key: DataKey | None,
) -> None:
    with closing(connect_file(copy, key=key, isolation_level=None)) as conn:
        _prepare(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        # Deleted and shortened values are overwritten with zeros, not only left unlinked.
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for person_id in _matching(conn, statements.find, who):
                for statement in statements.erase:
                    conn.execute(statement, {**values, "id": person_id})
            if statements.index is not None:
                statements.index(conn)
            if _matching(conn, statements.find, who):
                raise _CannotClean("the person is still there after the erasure")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
        fold_log(conn)
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise _CannotClean(f"the cleaned copy fails the integrity check: {problems[0]}")


def _encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except OSError:
        return False


def _clean(
    backup: Path, who: Identity, values: dict[str, str], db_key: DataKey | None
) -> bool | None:
    """Erase the person in one backup file: True if it was cleaned, False if it does not hold
    them (left byte for byte), None if it holds them but cannot be cleaned.

    An encrypted backup's bytes cannot be searched: it may hold the person in a free page
    however its rows look, so it is cleaned (rewritten) whenever it can be read with the
    database's key `db_key`, and reported when it cannot."""
    key = file_key(backup, db_key)
    holds = _encrypted(backup) or _holds_bytes(backup, who.needles())
    try:
        revision = check_database_file(backup, key=key)
    except DatabaseError:
        return None if holds else False
    statements = _statements(revision) if revision is not None else None
    if statements is None:
        return None if holds else False
    try:
        if _log(backup).stat().st_size:
            # Its log would be applied to the cleaned copy too: that copy is not made.
            return None if holds else False
    except OSError:
        pass
    try:
        with _sqlite_errors(), closing(connect_read_only(backup, key=key)) as conn:
            _prepare(conn)
            found = _matching(conn, statements.find, who)
        if not found and not holds:
            return False
        with files.atomic_path(backup, what=str(backup)) as copy, _sqlite_errors():
            with (
                closing(connect_read_only(backup, key=key)) as source,
                closing(connect_file(copy, key=key)) as target,
            ):
                source.backup(target)
            _erase_in_copy(copy, statements, who, values, key)
    except (StorageFull, StorageReadOnly):
        raise
    except (_CannotClean, DatabaseError):
        return None
    # Reading the old file left an empty log and its index beside it; they are not the new one's.
    for end in ("-wal", "-shm"):
        companion = backup.with_name(backup.name + end)
        try:
            if end == "-shm" or not companion.stat().st_size:
                companion.unlink()
        except OSError:
            pass
    return True


def _remove_leftovers(db_path: Path, folder: Path) -> None:
    """Remove the temp files killed runs left for any backup name of this database."""
    pattern = re.compile(
        rf"\.(?P<name>{re.escape(db_path.stem)}-.+{re.escape(db_path.suffix)})"
        rf"\.[0-9a-f]{{16}}{re.escape(files.TEMP_END)}(?:-journal|-wal|-shm)?"
    )
    try:
        names = {m["name"] for e in folder.iterdir() if (m := pattern.fullmatch(e.name))}
    except OSError:
        return
    for name in sorted(names):
        files.remove_leftovers(folder / name)


def erase_from_backups(
    db_path: Path,
    who: Identity,
    *,
    former_name: str,
    now: dt.datetime,
    key: DataKey | None = None,
) -> BackupsErased:
    """Erase `who` from every backup of `db_path` (see the module docstring); `key`: the
    database's data key, which its backups are encrypted with.

    A full or read-only disk raises the store's `StorageFull` / `StorageReadOnly` at once:
    the backups cleaned so far stay cleaned, the others as they were.
    """
    db_path = db_path.expanduser()
    folder = backups_dir(db_path)
    values = {
        "former": former_name,
        "now": now.strftime("%Y-%m-%d %H:%M:%S.%f"),
        "today": now.date().isoformat(),
    }
    checked, cleaned, uncleaned = 0, [], []
    if folder.is_dir():
        _remove_leftovers(db_path, folder)
        for backup in list_backups(db_path):
            if not _regular(backup.path):
                continue  # a link: what it points to is not in the folder
            checked += 1
            outcome = _clean(backup.path, who, values, key)
            if outcome is None:
                uncleaned.append(backup.path)
            elif outcome:
                cleaned.append(backup.path)
        _remove_leftovers(db_path, folder)
    return BackupsErased(folder, checked, tuple(cleaned), tuple(uncleaned))
