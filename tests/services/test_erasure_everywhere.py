"""Erasure means erased everywhere the app keeps a copy: the file, its log, every backup.

Each test searches raw bytes: the database file, its -wal, and every file in the backups folder
(the daily, manual, before-restore and before-migration copies, companions and leftovers
included). The round-table text stays (kept as a former member's, see services/privacy.py).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from coordinator_app.domain.minutes import former_member
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import groups, privacy, roster
from coordinator_app.store import backup_erasure, backups, database, files
from coordinator_app.store.database import (
    Database,
    ErasureBlocked,
    ErasureIncomplete,
    check_database_file,
    open_database,
    schema_revisions,
)
from coordinator_app.store.driver import dbapi as sqlite3  # the store's SQLite (FTS5, locks)
from tests.conftest import DATA_DIR
from tests.services.erasure_world import (
    Member,
    every_backup,
    occurrences,
    old_database,
    oldest_revision,
    raw_files,
)

VICTIM = Member("7301")
BYSTANDER = Member("4402")


@pytest.fixture
def everywhere(db_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    db, ids = old_database(db_path, [VICTIM, BYSTANDER])
    db = every_backup(db, [(ids[VICTIM.key], VICTIM), (ids[BYSTANDER.key], BYSTANDER)])
    yield db, ids
    db.close()


def _sqlite(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _person(path: Path, person_id: int) -> tuple[str, str, object]:
    conn = _sqlite(path)
    try:
        row = conn.execute(
            "SELECT name, email, erased_at FROM people WHERE id = ?", (person_id,)
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return row[0], row[1], row[2]


def _revision(path: Path) -> str:
    conn = _sqlite(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


# --- the file, its log and every kind of backup ------------------------------------------------


def test_an_erased_person_is_gone_from_the_file_its_log_and_every_backup(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    listed = backups.list_backups(db_path)
    names = sorted(b.path.name for b in listed)
    before = raw_files(db_path)
    # Every value is there to be found at first, in the backups too (else 0 would prove nothing).
    found = occurrences(before, VICTIM.erased_values())
    assert set(found) == set(VICTIM.erased_values())
    for b in listed:
        assert VICTIM.email.encode() in before[b.path], b.reason

    result = privacy.erase_person(db, ids[VICTIM.key])

    assert result.backups_cleaned == len(listed) == 4
    after = raw_files(db_path)
    assert occurrences(after, VICTIM.erased_values()) == {}
    # The backups keep their names (date and reason: rotation still works) and stay sound; the
    # before-migration copy stays at its old revision, the way back from a failed upgrade.
    assert sorted(b.path.name for b in backups.list_backups(db_path)) == names
    assert sorted(p.name for p in backups.backups_dir(db_path).iterdir()) == names
    for b in backups.list_backups(db_path):
        assert check_database_file(b.path) is not None
        assert _person(b.path, ids[VICTIM.key])[0] == former_member("da")
        if b.reason == backups.BEFORE_MIGRATION:
            assert _revision(b.path) == oldest_revision()
        # The bystander is untouched in every copy.
        assert _person(b.path, ids[BYSTANDER.key])[:2] == (BYSTANDER.name, BYSTANDER.email)
        assert VICTIM.entry.encode() in after[b.path]  # the round table stays
    assert occurrences(after, (BYSTANDER.notes, BYSTANDER.signup_note)) != {}


def test_a_second_erasure_finds_nothing_left_to_clean(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    privacy.erase_person(db, ids[VICTIM.key])
    cleaned = {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()}
    again = privacy.erase_person(db, ids[VICTIM.key])
    assert again.backups_cleaned == 0
    assert {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()} == cleaned


# --- who is the person in an older copy --------------------------------------------------------


def test_the_person_is_found_by_email_or_by_id_and_name_never_by_id_alone(
    db: Database, db_path: Path
) -> None:
    gid = groups.create_group(db, "IT Drift")
    empty = backups.make_backup(db_path, backups.MANUAL, now=dt.datetime(2026, 1, 1, 8))
    empty_bytes = empty.path.read_bytes()
    victim = PersonInput(name=VICTIM.name, email=VICTIM.email, phone=VICTIM.phone,
                         notes=VICTIM.notes)  # fmt: skip
    first_id = roster.add_member(db, gid, victim, JobInput("Quill", VICTIM.title))
    other = PersonInput(name=BYSTANDER.name, email=BYSTANDER.email, notes=BYSTANDER.notes)
    other_id = roster.add_member(db, gid, other)
    # An older copy: the victim under their first id, the bystander under the next one.
    older = backups.make_backup(db_path, backups.MANUAL, now=dt.datetime(2026, 1, 2, 8))
    # Both leave; a newcomer takes the first id, and the victim comes back under the second:
    # in the older copy that id is the bystander's.
    roster.delete_person(db, other_id)
    roster.delete_person(db, first_id)
    newcomer_id = roster.add_member(db, gid, PersonInput(name="Ny Kollega", email="ny@k.example"))
    # They come back under another e-mail address (a copy is made), then take their old one.
    back = PersonInput(name=VICTIM.name, email="zenobia.old@quill.example", phone=VICTIM.phone)
    victim_id = roster.add_member(db, gid, back)
    assert (newcomer_id, victim_id) == (first_id, other_id)
    mid = backups.make_backup(db_path, backups.MANUAL, now=dt.datetime(2026, 1, 3, 8))
    roster.update_person(db, victim_id, victim)

    result = privacy.erase_person(db, victim_id)

    assert result.backups_cleaned == 2
    assert empty.path.read_bytes() == empty_bytes  # held nothing of theirs: not rewritten
    # By e-mail, under the other id; the bystander with the victim's id now is kept.
    assert _person(older.path, first_id)[0] == former_member("da")
    assert _person(older.path, other_id)[:2] == (BYSTANDER.name, BYSTANDER.email)
    assert _person(mid.path, victim_id)[0] == former_member("da")
    files = raw_files(db_path)
    assert occurrences(files, (VICTIM.name, VICTIM.email, VICTIM.phone, VICTIM.notes,
                               VICTIM.title, "zenobia.old@quill.example")) == {}  # fmt: skip
    assert BYSTANDER.notes.encode() in files[older.path]
    # The newcomer, who has the victim's first id, keeps their data.
    assert privacy.person_data(db, newcomer_id)["person"]["email"] == "ny@k.example"


# --- another program reading the database ------------------------------------------------------


class Reader:
    """Another program with an open read transaction on the database (its own connection)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT count(*) FROM people").fetchone()

    def end(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


def test_a_reader_makes_the_erasure_fail_before_anything_changes(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    folder_before = {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()}
    reader = Reader(db_path)
    try:
        with pytest.raises(ErasureBlocked) as caught:
            privacy.erase_person(db, ids[VICTIM.key])
    finally:
        reader.end()
    assert caught.value.code == "erasure_blocked"
    # Nothing was erased, not even in a backup: the same command can simply be run again.
    assert privacy.find_person(db, VICTIM.email) == ids[VICTIM.key]
    assert {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()} == folder_before

    result = privacy.erase_person(db, ids[VICTIM.key])
    assert result.backups_cleaned == 4
    assert occurrences(raw_files(db_path), VICTIM.erased_values()) == {}


def test_a_reader_arriving_after_the_check_is_reported_and_its_copies_go_when_it_ends(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    readers: list[Reader] = []

    def start_reader(_conn: object) -> None:
        if not readers:  # at the erasure's commit: after the check, before the compaction
            readers.append(Reader(db_path))

    event.listen(db.engine, "commit", start_reader)
    try:
        with pytest.raises(ErasureIncomplete) as caught:
            privacy.erase_person(db, ids[VICTIM.key])
    finally:
        event.remove(db.engine, "commit", start_reader)
        for reader in readers:
            reader.end()
    assert readers and caught.value.code == "erasure_incomplete"
    assert caught.value.in_file and caught.value.uncleaned == ()
    assert privacy.person_data(db, ids[VICTIM.key])["person"]["name"] == former_member("da")
    db.close()  # SQLite folds the log in when the last connection closes
    assert occurrences(raw_files(db_path), VICTIM.erased_values()) == {}


def test_compaction_reports_a_log_a_reader_keeps_it_from_folding_in(db: Database) -> None:
    assert db.path is not None
    groups.create_group(db, "IT Drift")
    reader = Reader(db.path)
    try:
        with pytest.raises(ErasureIncomplete):
            db.compact()
    finally:
        reader.end()
    db.compact()
    assert not db.path.with_name(db.path.name + "-wal").stat().st_size


def test_a_reader_that_ends_while_the_erasure_waits_only_delays_it(
    db_path: Path, everywhere: tuple[Database, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, ids = everywhere
    reader = Reader(db_path)
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the first wait between tries: the reader is done
        if not pauses:
            reader.end()
        pauses.append(seconds)

    monkeypatch.setattr(database, "_pause", pause)
    result = privacy.erase_person(db, ids[VICTIM.key])
    assert pauses and sum(pauses) <= 2.0
    assert result.backups_cleaned == 4
    assert occurrences(raw_files(db_path), VICTIM.erased_values()) == {}


def test_killed_between_the_commit_and_the_compaction_the_file_holds_nothing(
    db_path: Path, everywhere: tuple[Database, dict[str, int]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db, ids = everywhere
    # As SQLite is built on most systems (this one zeroes deleted content by default).
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA secure_delete=OFF"))
    compactions: list[None] = []
    real_compact = Database.compact

    def compact(self: Database) -> None:
        if compactions:  # the one after the erasure's commit: the process dies here
            raise KeyboardInterrupt
        compactions.append(None)
        real_compact(self)

    monkeypatch.setattr(Database, "compact", compact)
    with pytest.raises(KeyboardInterrupt):
        privacy.erase_person(db, ids[VICTIM.key])
    # What a kill leaves: the file and its log as they are now; the next opening recovers.
    crashed = tmp_path / "crashed" / db_path.name
    crashed.parent.mkdir()
    for end in ("", "-wal"):
        source = db_path.with_name(db_path.name + end)
        if source.exists():
            shutil.copyfile(source, crashed.with_name(crashed.name + end))
    conn = sqlite3.connect(crashed)
    assert conn.execute("SELECT name FROM people WHERE id = ?", (ids[VICTIM.key],)).fetchone()[
        0
    ] == former_member("da")
    conn.close()
    left = {p: p.read_bytes() for p in crashed.parent.iterdir()}
    assert occurrences(left, VICTIM.erased_values()) == {}


# --- backups that cannot be cleaned, and files planted in the folder ---------------------------


def test_a_backup_that_cannot_be_cleaned_is_named_and_left_as_it_was(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    folder = backups.backups_dir(db_path)
    stem, suffix = db_path.stem, db_path.suffix
    damaged = folder / f"{stem}-20260104-080000-manual{suffix}"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200 + VICTIM.email.encode() * 3)
    harmless = folder / f"{stem}-20260105-080000-manual{suffix}"
    harmless.write_bytes(b"SQLite format 3\x00" + b"\x01" * 300)
    # A copy with a trigger added: erasing in it would copy the e-mail address elsewhere.
    tampered = folder / f"{stem}-20260106-080000-manual{suffix}"
    shutil.copyfile(backups.list_backups(db_path)[0].path, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute(
        "CREATE TRIGGER keep_a_copy AFTER UPDATE OF email ON people BEGIN "
        "UPDATE groups SET description = description || old.email; END"
    )
    conn.commit()
    conn.close()
    kept = {p: p.read_bytes() for p in (damaged, harmless, tampered)}

    with pytest.raises(ErasureIncomplete) as caught:
        privacy.erase_person(db, ids[VICTIM.key])

    assert sorted(caught.value.uncleaned) == sorted([damaged, tampered])
    assert not caught.value.in_file
    assert damaged.name in str(caught.value) and tampered.name in str(caught.value)
    assert {p: p.read_bytes() for p in kept} == kept
    # Everything else was cleaned, the database included.
    rest = {p: raw for p, raw in raw_files(db_path).items() if p not in kept}
    assert occurrences(rest, VICTIM.erased_values()) == {}
    assert privacy.person_data(db, ids[VICTIM.key])["person"]["email"] == ""


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_planted_in_the_backups_folder_is_not_followed(
    db_path: Path, everywhere: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    db, ids = everywhere
    outside = tmp_path / "elsewhere" / "my-own-copy.sqlite"
    outside.parent.mkdir()
    shutil.copyfile(backups.list_backups(db_path)[0].path, outside)
    before = outside.read_bytes()
    link = backups.backups_dir(db_path) / f"{db_path.stem}-20260107-080000-manual.sqlite"
    link.symlink_to(outside)

    result = privacy.erase_person(db, ids[VICTIM.key])

    assert result.backups_cleaned == 4
    assert link.is_symlink() and outside.read_bytes() == before


def test_leftovers_of_a_killed_cleaning_are_removed(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    folder = backups.backups_dir(db_path)
    name = backups.list_backups(db_path)[0].path.name
    leftovers = [folder / f".{name}.0123456789abcdef{files.TEMP_END}{end}"
                 for end in ("", "-wal", "-shm", "-journal")]  # fmt: skip
    for leftover in leftovers:
        leftover.write_bytes(VICTIM.email.encode())
    privacy.erase_person(db, ids[VICTIM.key])
    assert not any(p.exists() for p in leftovers)
    assert occurrences(raw_files(db_path), VICTIM.erased_values()) == {}


# --- the backups' erasure is the database's, at every schema revision --------------------------


# The search index's b-tree pages: their layout follows the order of the writes; what they hold
# is compared through the FTS tables themselves (search_words, search_fragments).
_FTS_PAGES = frozenset(
    f"{table}_{part}" for table in ("search_words", "search_fragments") for part in ("data", "idx")
)


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = _sqlite(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        found = {}
        for table in tables:
            if table in _FTS_PAGES:
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            # The ORM stamps updated_at with the clock; the backups' SQL with the erasure's time.
            picked = ", ".join(f'"{c}"' for c in columns if c != "updated_at")
            found[table] = sorted(
                conn.execute(f'SELECT {picked} FROM "{table}"').fetchall(), key=repr
            )
        return found
    finally:
        conn.close()


def test_a_backup_is_erased_exactly_as_the_database_is(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    manual = next(b for b in backups.list_backups(db_path) if b.reason == backups.MANUAL)
    # The restored file is the manual backup's copy: the same rows before the erasure.
    assert _rows(manual.path) == _rows(db_path)
    now = dt.datetime(2026, 6, 1, 12, 30, 15, 123456, tzinfo=dt.UTC)
    privacy.erase_person(db, ids[VICTIM.key], lang="en", now=now)
    assert _rows(manual.path) == _rows(db_path)


def test_every_schema_revision_has_an_erasure_that_works_on_its_frozen_database(
    tmp_path: Path,
) -> None:
    for revision in schema_revisions():
        assert backup_erasure.erasure_statements(revision)
        live = tmp_path / revision / "coordinator.sqlite"
        live.parent.mkdir()
        folder = backups.backups_dir(live)
        folder.mkdir()
        copy = folder / f"coordinator-20260101-080000-{backups.BEFORE_MIGRATION}.sqlite"
        shutil.copyfile(DATA_DIR / "migrations" / f"{revision}.sqlite", copy)
        conn = _sqlite(copy)
        person_id, name, email, phone = conn.execute(
            "SELECT id, name, email, phone FROM people WHERE email != '' ORDER BY id LIMIT 1"
        ).fetchone()
        conn.close()
        who = backup_erasure.Identity(person_id, name, email, phone)
        result = backup_erasure.erase_from_backups(
            live, who, former_name="Former member", now=dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
        )
        assert result.cleaned == (copy,) and result.uncleaned == ()
        assert _revision(copy) == revision
        assert _person(copy, person_id)[:2] == ("Former member", "")
        assert email.encode() not in copy.read_bytes()
        assert check_database_file(copy) == revision


def test_a_read_only_database_erases_nothing_anywhere(
    db_path: Path, everywhere: tuple[Database, dict[str, int]]
) -> None:
    db, ids = everywhere
    db.close()
    folder_before = {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()}
    read_only = open_database(db_path, read_only=True)
    try:
        with pytest.raises(Exception) as caught:
            privacy.erase_person(read_only, ids[VICTIM.key])
        assert getattr(caught.value, "code", None) == "storage_read_only"
    finally:
        read_only.close()
    assert {p: p.read_bytes() for p in backups.backups_dir(db_path).iterdir()} == folder_before
