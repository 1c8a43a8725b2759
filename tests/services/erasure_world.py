"""A database whose members are in every kind of backup, for the erasure tests.

`old_database` starts as the frozen database of the oldest schema revision
(`tests/data/migrations/<revision>.sqlite`) with members added as the app of that revision
stored them (plain SQL of that schema); opening it with today's app upgrades it, and the upgrade
leaves the "before-migration" copy at that old revision, as it does for a user. `every_backup`
then adds the other kinds: the daily one, a manual one and, by restoring that one, the
"before-restore" copy of the file as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.services import backups as backup_service
from coordinator_app.store import backups
from coordinator_app.store.database import Database, open_database, schema_revisions
from coordinator_app.store.driver import dbapi as sqlite3  # the store's SQLite (FTS5, locks)
from tests.conftest import DATA_DIR


@dataclass(frozen=True)
class Member:
    """A member whose every value appears nowhere else, so that raw bytes can be searched."""

    key: str  # four digits

    @property
    def name(self) -> str:
        return f"Zenobia Quill-{self.key}"

    @property
    def email(self) -> str:
        return f"zenobia.{self.key}@quill.example"

    @property
    def phone(self) -> str:
        return f"+45 61 {self.key[:2]} {self.key[2:4]} 67"

    @property
    def old_phone(self) -> str:
        return f"+45 70 {self.key[:2]} {self.key[2:4]} 17"

    @property
    def notes(self) -> str:
        return f"prefers-morning-calls-{self.key}"

    @property
    def old_notes(self) -> str:
        return f"old-notes-before-the-upgrade-{self.key}"

    @property
    def address(self) -> str:
        return f"Quillvej {self.key}, 9999 Fjerby"

    @property
    def diet(self) -> str:
        return f"no-quinoa-{self.key}"

    @property
    def tag(self) -> str:
        return f"Zettelkasten-{self.key}"

    @property
    def title(self) -> str:
        return f"Chief Quill Officer {self.key}"

    @property
    def signup_note(self) -> str:
        return f"arrives-by-ferry-{self.key}"

    @property
    def attendance_note(self) -> str:
        return f"left-for-dentist-{self.key}"

    @property
    def entry(self) -> str:
        """Their round-table text: kept by an erasure (past minutes stay readable)."""
        return f"We move the mainframe to the cloud, quietly ({self.key})."

    def erased_values(self) -> tuple[str, ...]:
        """Everything an erasure removes (services/privacy.py), old values included."""
        return (self.name, self.email, self.phone, self.old_phone, self.notes, self.old_notes,
                self.address, self.diet, self.tag, self.title, self.signup_note,
                self.attendance_note)  # fmt: skip


def oldest_revision() -> str:
    return schema_revisions()[-1]


def _insert_at_oldest_revision(conn: sqlite3.Connection, member: Member) -> int:
    """The member as the app of the oldest revision (0001) stored one, in that schema."""
    group_id = conn.execute("SELECT min(id) FROM groups").fetchone()[0]
    meeting_id = conn.execute(
        "SELECT min(id) FROM meetings WHERE group_id = ?", (group_id,)
    ).fetchone()[0]
    org = conn.execute(
        "INSERT INTO organisations (name, industry, address, notes, hosting_paused) "
        "VALUES (?, 'Writing', '', '', 0)",
        (f"Quill {member.key} A/S",),
    ).lastrowid
    person = conn.execute(
        "INSERT INTO people (name, email, phone, address, dietary_needs, "
        "consent_share_contact, notes, erased_at) VALUES (?, ?, ?, ?, ?, 1, ?, NULL)",
        (member.name, member.email, member.old_phone, member.address, member.diet,
         member.old_notes),
    ).lastrowid  # fmt: skip
    assert person is not None
    conn.execute(
        "INSERT INTO expertise_tags (person_id, tag, position) VALUES (?, ?, 0)",
        (person, member.tag),
    )
    conn.execute(
        "INSERT INTO employments (person_id, organisation_id, title, started_on) "
        "VALUES (?, ?, ?, '2019-01-01')",
        (person, org, member.title),
    )
    conn.execute(
        "INSERT INTO memberships (person_id, group_id, joined_on, role) "
        "VALUES (?, ?, '2020-01-01', 'member')",
        (person, group_id),
    )
    conn.execute(
        "INSERT INTO attendance (meeting_id, person_id, status, note) VALUES (?, ?, 'late', ?)",
        (meeting_id, person, member.attendance_note),
    )
    conn.execute(
        "INSERT INTO signups (meeting_id, person_id, guest_name, guest_organisation, "
        "response, diet, note) VALUES (?, ?, '', '', 'yes', ?, ?)",
        (meeting_id, person, member.diet, member.signup_note),
    )
    conn.execute(
        "INSERT INTO round_table_entries (meeting_id, person_id, position, text, topics, "
        "confidentiality) VALUES (?, ?, 99, ?, 'cloud', 'group')",
        (meeting_id, person, member.entry),
    )
    return person


def old_database(path: Path, members: list[Member]) -> tuple[Database, dict[str, int]]:
    """The oldest frozen database with `members` added at its revision, opened (and so
    upgraded) by today's app: the upgrade leaves a before-migration copy with them."""
    shutil.copyfile(DATA_DIR / "migrations" / f"{oldest_revision()}.sqlite", path)
    path.chmod(0o600)
    conn = sqlite3.connect(path)
    try:
        with conn:
            ids = {m.key: _insert_at_oldest_revision(conn, m) for m in members}
    finally:
        conn.close()
    db = open_database(path)
    if not any(b.reason == backups.BEFORE_MIGRATION for b in backups.list_backups(path)):
        # Only while the oldest revision is also the newest: no upgrade, so no copy of its own.
        backups.make_backup(path, backups.BEFORE_MIGRATION, now=dt.datetime(2026, 1, 2, 9))
    return db, ids


def every_backup(db: Database, update: list[tuple[int, Member]]) -> Database:
    """Edit the members (new phone and notes: the old values linger in free pages), then make
    the daily and a manual backup and restore the manual one, which keeps the file as it was in
    a before-restore copy. Returns the reopened database."""
    from coordinator_app.domain.people import PersonInput
    from coordinator_app.services import roster

    for person_id, m in update:
        roster.update_person(
            db,
            person_id,
            PersonInput(name=m.name, email=m.email, phone=m.phone, address=m.address,
                        expertise=(m.tag,), dietary_needs=m.diet, consent_share_contact=True,
                        notes=m.notes),
        )  # fmt: skip
    assert backup_service.backup_at_start(db, now=dt.datetime(2026, 3, 1, 8)) is not None
    manual = backup_service.backup_now(db, now=dt.datetime(2026, 3, 2, 8))
    db, safety = backup_service.restore(db, manual.path, now=dt.datetime(2026, 3, 3, 8))
    assert safety is not None
    assert {b.reason for b in backups.list_backups(db.path or Path())} == set(backups.REASONS)
    return db


def raw_files(db_path: Path) -> dict[Path, bytes]:
    """The bytes of the database, its -wal, and every file in its backups folder (the
    companions and anything else there included)."""
    found = {
        p: p.read_bytes() for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists()
    }
    folder = backups.backups_dir(db_path)
    if folder.is_dir():
        for entry in sorted(folder.iterdir()):
            if entry.is_file() and not entry.is_symlink():
                found[entry] = entry.read_bytes()
    return found


def occurrences(files: dict[Path, bytes], values: tuple[str, ...]) -> dict[str, list[str]]:
    """Where each value occurs (file names), for the values that occur at all."""
    seen: dict[str, list[str]] = {}
    for value in values:
        needle = value.encode("utf-8")
        where = [p.name for p, raw in files.items() if needle in raw]
        if where:
            seen[value] = where
    return seen
