"""Encrypted at rest (issue #16): SQLCipher with a raw data key, the key file and recovery key
(store/keys.py), new and encrypted-in-place databases (store/encryption.py), and every copy the
app keeps (backups, restore, erasure, migration) encrypted with the same key."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import (
    backups as backup_service,
    groups,
    minutes,
    planner,
    privacy,
    roster,
)
from coordinator_app.services.demo import fill_with_demo_data
from coordinator_app.services.minutes import EntryInput
from coordinator_app.store import backups, encryption, keys
from coordinator_app.store.database import (
    Database,
    DatabaseDamaged,
    KeyFileMissing,
    KeyRequired,
    NotEncrypted,
    WrongKey,
    head_revision,
    integrity_check,
    open_database,
)
from coordinator_app.store.driver import dbapi as driver
from coordinator_app.store.keys import DataKey, KeyFileDamaged
from coordinator_app.store.peek import peek_roster
from coordinator_app.store.sqlite_file import (
    CIPHER_CACHE_KIB,
    FileCheck,
    is_encrypted,
    looks_encrypted,
)

PASSPHRASE = "round table, kept to ourselves"
MARKER = "Zq-marker: we are selling the Aarhus plant"
NAME = "Xenia Marchetti-Zq"
EMAIL = "xenia.zq@example.org"
DAY = dt.date(2026, 3, 10)
MIGRATIONS = Path(__file__).resolve().parents[1] / "data" / "migrations"

pytestmark = pytest.mark.usefixtures("fast_kdf")


@dataclass
class Encrypted:
    path: Path
    key: DataKey
    recovery: str


@pytest.fixture
def encrypted(db_path: Path) -> Encrypted:
    recovery = encryption.create_encrypted_database(db_path, PASSPHRASE)
    return Encrypted(db_path, keys.data_key_from_recovery_key(recovery), recovery)


def _files(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _holding(folder: Path, *needles: str) -> list[str]:
    """The files under `folder` whose raw bytes hold any of `needles` (UTF-8)."""
    wanted = [n.encode("utf-8") for n in needles]
    return [
        str(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and any(w in p.read_bytes() for w in wanted)
    ]


def _header(path: Path) -> bytes:
    return path.read_bytes()[:16]


def _counts(path: Path, key: DataKey | None) -> dict[str, int]:
    conn = driver.connect(path)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND rootpage > 0"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _add_member_with_entry(db: Database) -> int:
    gid = groups.create_group(db, "Zq Drift")
    pid = roster.add_member(
        db,
        gid,
        PersonInput(name=NAME, email=EMAIL, phone="+45 61 99 88 77", notes="likes-ferries-zq"),
        JobInput("Marchetti A/S", "CIO"),
        joined_on=dt.date(2020, 1, 1),
    )
    mid = planner.create_meeting(
        db, gid, MeetingInput(date=DAY, theme="Cloud"), template=AgendaTemplate(())
    )
    minutes.add_entry(db, mid, pid, EntryInput(text=MARKER))
    return pid


# --- opening -----------------------------------------------------------------------------------


def test_a_new_encrypted_database_is_not_sqlite_on_disk_and_opens_with_its_keys(
    encrypted: Encrypted,
) -> None:
    path = encrypted.path
    assert _header(path) != b"SQLite format 3\x00"
    assert is_encrypted(path) and looks_encrypted(path)
    assert oct(keys.key_file_path(path).stat().st_mode & 0o777) == "0o600"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    for key in (encrypted.key, keys.unlock(path, PASSPHRASE)):
        db = open_database(path, key=key)
        try:
            assert db.key == key
            groups.create_group(db, f"IT Drift {len(groups.list_groups(db))}")
            assert len(groups.list_groups(db)) in (1, 2)
            assert integrity_check(db) == []
        finally:
            db.close()
    assert _header(path) != b"SQLite format 3\x00"


def test_every_connection_is_keyed_checked_and_keeps_the_data_safety_settings(
    encrypted: Encrypted,
) -> None:
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        with db.engine.connect() as conn:

            def pragma(name: str) -> object:
                return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("cipher_version")
            assert pragma("temp_store") == 2  # MEMORY: no plaintext temp file
            assert pragma("cache_size") == -CIPHER_CACHE_KIB  # decrypted pages kept
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("trusted_schema") == 0
            assert pragma("foreign_keys") == 1
            assert db.engine.dialect.driver == "pysqlcipher"
    finally:
        db.close()
    ro = open_database(encrypted.path, key=encrypted.key, read_only=True)
    try:
        with ro.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
    finally:
        ro.close()


def test_no_key_a_wrong_key_or_a_plaintext_file_for_a_key_are_refused_and_change_nothing(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    open_database(encrypted.path, key=encrypted.key).close()
    before = _files(tmp_path)
    wrong = keys.data_key_from_secret(os.urandom(32))
    for read_only in (False, True):
        with pytest.raises(KeyRequired) as no_key:
            open_database(encrypted.path, read_only=read_only)
        assert no_key.value.code == "key_required"
        with pytest.raises(WrongKey) as wrong_key:
            open_database(encrypted.path, key=wrong, read_only=read_only)
        assert wrong_key.value.code == "wrong_key"
        assert _files(tmp_path) == before
    assert peek_roster(encrypted.path) is None
    assert peek_roster(encrypted.path, key=wrong) is None
    with pytest.raises(WrongKey):
        FileCheck(encrypted.path, wrong).wait()
    assert _files(tmp_path) == before

    plain = tmp_path / "plain.sqlite"
    open_database(plain).close()
    plain_before = plain.read_bytes()
    with pytest.raises(NotEncrypted) as refused:
        open_database(plain, key=encrypted.key)
    assert refused.value.code == "not_encrypted"
    assert plain.read_bytes() == plain_before


def test_a_truncated_or_tampered_key_file_is_refused_and_nothing_changes(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    key_file = keys.key_file_path(encrypted.path)
    whole = key_file.read_bytes()
    for damaged in (whole[:-40], whole.replace(b'"iterations": ', b'"iterations": 1')):
        key_file.write_bytes(damaged)
        before = _files(tmp_path)
        with pytest.raises(KeyFileDamaged) as refused:
            keys.unlock(encrypted.path, PASSPHRASE)
        assert refused.value.code == "key_file_damaged"
        with pytest.raises(KeyRequired):  # the database still says it needs its key
            open_database(encrypted.path)
        assert _files(tmp_path) == before
    # The recovery key still opens it, and writes the key file afresh.
    keys.change_passphrase(encrypted.path, PASSPHRASE, recovery=encrypted.recovery)
    open_database(encrypted.path, key=keys.unlock(encrypted.path, PASSPHRASE)).close()


def test_encrypted_or_not_a_database_is_told_apart_from_damaged(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    keys.key_file_path(encrypted.path).unlink()
    with pytest.raises(KeyFileMissing) as lost:
        open_database(encrypted.path)
    assert lost.value.code == "key_file_missing"
    assert "recovery key" in str(lost.value)
    random_pages = tmp_path / "random.sqlite"
    random_pages.write_bytes(os.urandom(3 * 4096))
    with pytest.raises(KeyFileMissing):
        open_database(random_pages)
    for content in (b"This is my shopping list\n" * 400, os.urandom(5000), b"\0" * 8192):
        other = tmp_path / "other.sqlite"
        other.write_bytes(content)
        with pytest.raises(DatabaseDamaged):
            open_database(other)
        assert other.read_bytes() == content
        assert not is_encrypted(other)


def test_the_right_key_on_a_damaged_encrypted_file_says_damaged(encrypted: Encrypted) -> None:
    data = bytearray(encrypted.path.read_bytes())
    data[200:260] = os.urandom(60)  # inside the first page: its HMAC fails
    encrypted.path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(encrypted.path, key=encrypted.key)
    with pytest.raises(WrongKey):
        open_database(encrypted.path, key=keys.data_key_from_secret(os.urandom(32)))


def test_the_start_preview_and_the_early_check_read_it_with_the_key_and_leave_nothing(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        _add_member_with_entry(db)
        expected = roster.roster(db, groups.list_groups(db)[0].id, include_former=False)
    finally:
        db.close()
    before = _files(tmp_path)
    peek = peek_roster(encrypted.path, key=encrypted.key)
    assert peek is not None and peek.members == expected
    assert FileCheck(encrypted.path, encrypted.key).wait() == head_revision()
    assert _files(tmp_path) == before  # no -wal or -shm left beside it
    check = FileCheck(encrypted.path, encrypted.key)
    assert check.covers(encrypted.path, encrypted.key)
    assert not check.covers(encrypted.path, None)  # a check with a key is not one without
    open_database(encrypted.path, key=encrypted.key, file_check=check).close()


# --- nothing in the clear ----------------------------------------------------------------------


def test_a_round_table_text_is_nowhere_in_the_clear_after_a_session(
    encrypted: Encrypted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        fill_with_demo_data(db, DAY)
        pid = _add_member_with_entry(db)
        backup_service.backup_at_start(db, now=dt.datetime(2026, 3, 10, 9, 0))
        made = backup_service.backup_now(db, now=dt.datetime(2026, 3, 10, 10, 0))
        roster.update_person(db, pid, PersonInput(name=NAME, email=EMAIL, notes=MARKER))
        # While it is open: the file, its -wal and -shm, the backups.
        assert _holding(tmp_path, MARKER, NAME, EMAIL) == []
        db, _ = backup_service.restore(db, made.path, now=dt.datetime(2026, 3, 10, 11, 0))
        assert [e.text for e in minutes.entries(db, minutes_meeting(db))] == [MARKER]
        assert _holding(tmp_path, MARKER, NAME, EMAIL) == []
        erased = privacy.erase_person(db, privacy.find_person(db, EMAIL), lang="en")
        assert erased.backups_cleaned == len(backups.list_backups(encrypted.path))
        assert _holding(tmp_path, MARKER, NAME, EMAIL) == []
        assert EMAIL.encode() not in _decrypted(encrypted.path, encrypted.key)
    finally:
        db.close()
    for backup in backups.list_backups(encrypted.path):
        assert _header(backup.path) != b"SQLite format 3\x00"
        backups.check_backup(backup.path, encrypted.key)
        # Not even in a free page of the backup (the erasure rewrote it).
        assert EMAIL.encode() not in _decrypted(backup.path, encrypted.key)
    assert _holding(tmp_path, MARKER, NAME, EMAIL) == []
    assert list(temp.iterdir()) == []


def minutes_meeting(db: Database) -> int:
    """The meeting `_add_member_with_entry` added (on DAY, in the group "Zq Drift")."""
    group = next(g for g in groups.list_groups(db) if g.name == "Zq Drift")
    return planner.meetings(db, group_id=group.id)[0].id


_PAGE, _RESERVE, _IV = 4096, 80, 16  # SQLCipher 4: 16-byte IV and 64-byte HMAC per page


def _decrypted(path: Path, key: DataKey) -> bytes:
    """Every page of the encrypted file `path` (and of the frames of its -wal), decrypted as
    SQLCipher 4 stores them (AES-256-CBC, the IV at the end of each page): free pages and
    unused space too, which no SQL query would show."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    def page(raw: bytes, first: bool) -> bytes:
        start = 16 if first else 0  # page 1 begins with the salt
        iv = raw[_PAGE - _RESERVE : _PAGE - _RESERVE + _IV]
        decryptor = Cipher(algorithms.AES(key.raw), modes.CBC(iv)).decryptor()
        return decryptor.update(raw[start : _PAGE - _RESERVE]) + decryptor.finalize()

    data = path.read_bytes()
    pages = [page(data[i : i + _PAGE], i == 0) for i in range(0, len(data), _PAGE)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        for at in range(32, len(log) - 24 - _PAGE + 1, 24 + _PAGE):
            number = int.from_bytes(log[at : at + 4], "big")
            pages.append(page(log[at + 24 : at + 24 + _PAGE], number == 1))
    return b"".join(pages)


def test_decrypting_the_pages_shows_what_the_file_holds(encrypted: Encrypted) -> None:
    """The check of the test above can fail: a text the file holds is found in its pages."""
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        _add_member_with_entry(db)
        assert MARKER.encode() in _decrypted(encrypted.path, encrypted.key)  # in the -wal
    finally:
        db.close()
    assert MARKER.encode() in _decrypted(encrypted.path, encrypted.key)
    assert MARKER.encode() not in encrypted.path.read_bytes()


# --- the recovery key and the passphrase --------------------------------------------------------


def test_the_recovery_key_alone_opens_the_database_and_every_backup(
    encrypted: Encrypted, tmp_path: Path
) -> None:
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        _add_member_with_entry(db)
        backup_service.backup_now(db, now=dt.datetime(2026, 3, 10, 10, 0))
    finally:
        db.close()
    # Passphrase forgotten and key file lost: the printed recovery key is all there is.
    keys.key_file_path(encrypted.path).unlink()
    key = keys.data_key_from_recovery_key(encrypted.recovery.lower().replace("-", " "))
    (backup,) = backups.list_backups(encrypted.path)
    backups.check_backup(backup.path, key)
    moved = tmp_path / "elsewhere" / backup.path.name
    moved.parent.mkdir()
    shutil.copy(backup.path, moved)  # a backup on a stick, far from its database
    alone = open_database(moved, key=key)
    try:
        assert [g.name for g in groups.list_groups(alone)] == ["Zq Drift"]
    finally:
        alone.close()
    db = open_database(encrypted.path, key=key)
    db.close()
    keys.change_passphrase(encrypted.path, "a new one, remembered", recovery=encrypted.recovery)
    assert keys.unlock(encrypted.path, "a new one, remembered") == encrypted.key


def test_changing_the_passphrase_keeps_the_data_the_backups_and_the_recovery_key(
    encrypted: Encrypted,
) -> None:
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        _add_member_with_entry(db)
        backup_service.backup_now(db, now=dt.datetime(2026, 3, 10, 10, 0))
    finally:
        db.close()
    before = encrypted.path.read_bytes()
    keys.change_passphrase(encrypted.path, "another passphrase", passphrase=PASSPHRASE)
    assert encrypted.path.read_bytes() == before  # no re-encryption
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(encrypted.path, PASSPHRASE)
    key = keys.unlock(encrypted.path, "another passphrase")
    assert key == keys.data_key_from_recovery_key(encrypted.recovery)
    for backup in backups.list_backups(encrypted.path):
        backups.check_backup(backup.path, key)


# --- encrypting a plaintext database ------------------------------------------------------------


@pytest.fixture
def plain_demo(db_path: Path) -> Iterator[Path]:
    """The demo in a plaintext database with daily and manual backups and a before-migration
    copy (an older revision's file upgraded), as it is before encryption."""
    old = db_path.with_name("old.sqlite")
    shutil.copy(MIGRATIONS / "0004.sqlite", old)
    open_database(old).close()  # upgraded: a before-migration copy of "old"
    db = open_database(db_path)
    try:
        fill_with_demo_data(db, DAY)
        _add_member_with_entry(db)
        backup_service.backup_at_start(db, now=dt.datetime(2026, 3, 9, 9, 0))
        backup_service.backup_now(db, now=dt.datetime(2026, 3, 10, 9, 0))
    finally:
        db.close()
    # The before-migration copy, as if it were this database's.
    (made,) = backups.list_backups(old)
    made.path.rename(made.path.with_name("coordinator-20260301-080000-before-migration.sqlite"))
    old.unlink()
    yield db_path


def test_encrypting_the_demo_keeps_every_row_and_leaves_no_plaintext_behind(
    plain_demo: Path, tmp_path: Path
) -> None:
    counts = _counts(plain_demo, None)
    backup_counts = {b.path.name: _counts(b.path, None) for b in backups.list_backups(plain_demo)}
    assert len(backup_counts) == 3
    # What killed writes left (a restore's copy, a backup's), and another file's temp file.
    killed = [
        tmp_path / ".coordinator.sqlite.0123456789abcdef.coordinator-tmp",
        tmp_path / "backups" / ".coordinator.sqlite.fedcba9876543210.coordinator-tmp",
    ]
    for leftover in killed:
        leftover.write_bytes(MARKER.encode())
    unrelated = tmp_path / ".c.0123456789abcdef.coordinator-tmp"
    unrelated.write_bytes(b"someone else's")
    assert _holding(tmp_path, MARKER)
    out = tmp_path / "recovery.txt"
    recovery, removed = encryption.encrypt_database(plain_demo, PASSPHRASE, recovery_key_out=out)
    assert set(killed) <= set(removed) and not any(p.exists() for p in killed)
    assert unrelated.read_bytes() == b"someone else's"
    unrelated.unlink()
    key = keys.data_key_from_recovery_key(out.read_text())
    assert out.read_text().strip() == recovery
    assert _counts(plain_demo, key) == counts
    assert {b.path.name: _counts(b.path, key) for b in backups.list_backups(plain_demo)} == (
        backup_counts
    )
    assert plain_demo in removed
    assert {b.path for b in backups.list_backups(plain_demo)} <= set(removed)
    assert _holding(tmp_path, MARKER, NAME, EMAIL) == []
    for path in [plain_demo, *(b.path for b in backups.list_backups(plain_demo))]:
        assert _header(path) != b"SQLite format 3\x00", path
    assert not any(
        p.name.endswith(("-wal", "-shm", ".coordinator-tmp", ".coordinator-wipe"))
        for p in tmp_path.rglob("*")
    )
    db = open_database(plain_demo, key=keys.unlock(plain_demo, PASSPHRASE))
    try:
        assert integrity_check(db) == []
        assert [e.text for e in minutes.entries(db, minutes_meeting(db))] == [MARKER]
    finally:
        db.close()
    newest = backups.newest_restorable(plain_demo, key)
    assert newest is not None and newest.reason == backups.MANUAL


def test_a_killed_encryption_is_finished_by_the_next_run(
    plain_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(plain_demo, None)
    real = encryption._encrypt_file
    calls: list[Path] = []

    def dies_at_the_first_backup(path: Path, key: DataKey, *, check_schema: bool) -> list[Path]:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if killed after the database, before its backups
        return real(path, key, check_schema=check_schema)

    monkeypatch.setattr(encryption, "_encrypt_file", dies_at_the_first_backup)
    with pytest.raises(KeyboardInterrupt):
        encryption.encrypt_database(plain_demo, PASSPHRASE)
    monkeypatch.setattr(encryption, "_encrypt_file", real)
    assert _header(plain_demo) != b"SQLite format 3\x00"
    assert any(encryption.is_plaintext(b.path) for b in backups.list_backups(plain_demo))
    with pytest.raises(keys.WrongPassphrase):
        encryption.encrypt_database(plain_demo, "not the passphrase of that run")
    recovery, _removed = encryption.encrypt_database(plain_demo, PASSPHRASE)
    key = keys.data_key_from_recovery_key(recovery)
    assert key == keys.unlock(plain_demo, PASSPHRASE)
    assert _counts(plain_demo, key) == counts
    assert not any(encryption.is_plaintext(b.path) for b in backups.list_backups(plain_demo))
    assert _holding(tmp_path, MARKER, NAME, EMAIL) == []


def test_a_damaged_plaintext_backup_stops_the_encryption_before_anything_changes(
    plain_demo: Path, tmp_path: Path
) -> None:
    newest = backups.list_backups(plain_demo)[0].path
    data = bytearray(newest.read_bytes())
    data[5000:9000] = os.urandom(4000)
    newest.write_bytes(bytes(data))
    before = _files(tmp_path)
    with pytest.raises(DatabaseDamaged, match="cannot be encrypted"):
        encryption.encrypt_database(plain_demo, PASSPHRASE)
    assert _files(tmp_path) == before


def test_a_plaintext_backup_is_restored_into_an_encrypted_database_encrypted(
    plain_demo: Path, tmp_path: Path
) -> None:
    old_plain = tmp_path / "old-plain.sqlite"
    shutil.copy(backups.list_backups(plain_demo)[0].path, old_plain)
    recovery, _ = encryption.encrypt_database(plain_demo, PASSPHRASE)
    key = keys.data_key_from_recovery_key(recovery)
    safety = backups.restore_backup(plain_demo, old_plain, key=key)
    assert safety is not None and _header(safety.path) != b"SQLite format 3\x00"
    assert _header(plain_demo) != b"SQLite format 3\x00"
    db = open_database(plain_demo, key=key)
    try:
        assert integrity_check(db) == []
    finally:
        db.close()
    assert _holding(tmp_path / "backups", MARKER) == []
    assert not any(p.name.endswith(".coordinator-tmp") for p in tmp_path.rglob("*"))


def test_an_older_encrypted_database_is_migrated_through_the_keyed_engine(
    tmp_path: Path,
) -> None:
    key = keys.data_key_from_secret(os.urandom(32))
    path = tmp_path / "coordinator.sqlite"
    from coordinator_app.store.database import copy_sqlite

    copy_sqlite(MIGRATIONS / "0004.sqlite", path, key=None, into_key=key)
    assert _header(path) != b"SQLite format 3\x00"
    db = open_database(path, key=key)
    try:
        assert db.backup_path is not None
        assert integrity_check(db) == []
    finally:
        db.close()
    assert FileCheck(path, key).wait() == head_revision()
    assert _header(db.backup_path) != b"SQLite format 3\x00"
    assert FileCheck(db.backup_path, key).wait() == "0004"


def test_a_plaintext_copy_is_a_new_file_only(encrypted: Encrypted, tmp_path: Path) -> None:
    db = open_database(encrypted.path, key=encrypted.key)
    try:
        _add_member_with_entry(db)
    finally:
        db.close()
    target = tmp_path / "moving" / "plain.sqlite"
    target.parent.mkdir()
    encryption.decrypt_copy(encrypted.path, encrypted.key, target)
    assert _header(target) == b"SQLite format 3\x00"
    assert MARKER.encode() in target.read_bytes()
    with pytest.raises(FileExistsError):
        encryption.decrypt_copy(encrypted.path, encrypted.key, target)
    link = tmp_path / "moving" / "link.sqlite"
    link.symlink_to(tmp_path / "moving" / "nowhere")
    with pytest.raises(FileExistsError):
        encryption.decrypt_copy(encrypted.path, encrypted.key, link)
    assert not (tmp_path / "moving" / "nowhere").exists()


def test_wiping_overwrites_a_file_never_a_links_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    link = tmp_path / "link"
    link.symlink_to(victim)
    assert encryption.wipe_file(link) is False
    assert victim.read_bytes() == b"keep me" and link.is_symlink()
    assert encryption.wipe_file(victim) is True
    assert not victim.exists()
