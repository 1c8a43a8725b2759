"""A file's schema is verified against its revision's, not assumed (issue #13, finding 1).

An attacker who hands the coordinator a database file (a "backup" on a stick, a file in a shared
folder) controls everything in it, its schema included: a trigger can copy every round-table
text into a field that exports print, or set every new entry to "shareable". Each such file is
refused before the app reads or writes anything in it, with one line naming the first
difference, and left byte for byte as it was, folder included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.services.demo import fill_with_demo_data
from coordinator_app.store import backups, schema_check
from coordinator_app.store.database import (
    DatabaseError,
    DatabaseSchemaUnknown,
    check_database_file,
    head_revision,
    open_database,
    schema_revisions,
)
from coordinator_app.store.sqlite_file import FileCheck, connect_read_only, harden
from tests.conftest import DATA_DIR

FROZEN = DATA_DIR / "migrations"

# The two triggers of finding 1: every round-table text is copied into the meeting's decisions
# and the next meeting's theme (both printed in exports left "shareable"), and every new entry
# is made "shareable".
COPY_ENTRIES = """
CREATE TRIGGER copy_entries AFTER INSERT ON round_table_entries BEGIN
  INSERT INTO decisions (meeting_id, position, text) VALUES (NEW.meeting_id, 99, NEW.text);
  UPDATE meetings SET theme = NEW.text
   WHERE id = (SELECT m.id FROM meetings AS m, meetings AS this
               WHERE this.id = NEW.meeting_id AND m.group_id = this.group_id
                 AND m.date > this.date ORDER BY m.date LIMIT 1);
END
"""
MAKE_SHAREABLE = """
CREATE TRIGGER make_shareable AFTER INSERT ON round_table_entries BEGIN
  UPDATE round_table_entries SET confidentiality = 'shareable' WHERE id = NEW.id;
END
"""

#: name -> (statements that change the schema, what the refusal must name)
HOSTILE: dict[str, tuple[list[str], str]] = {
    "extra trigger": ([COPY_ENTRIES], "has a trigger the app does not know: copy_entries"),
    "extra view": (
        ["CREATE VIEW everything_said AS SELECT text FROM round_table_entries"],
        "has a view the app does not know: everything_said",
    ),
    "extra table": (
        ["CREATE TABLE stash (text TEXT)"],
        "has a table the app does not know: stash",
    ),
    "missing column": (["ALTER TABLE people DROP COLUMN notes"], "lacks the column people.notes"),
    "extra column": (
        ["ALTER TABLE people ADD COLUMN shadow TEXT"],
        "has a column the app does not know: people.shadow",
    ),
    "wrong column type": (
        [
            "PRAGMA writable_schema=ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'email VARCHAR(255)', 'email BLOB') "
            "WHERE name = 'people'",
        ],
        "the column people.email is BLOB NOT NULL, not VARCHAR(255) NOT NULL",
    ),
    "missing index": (["DROP INDEX ix_people_name"], "lacks the index ix_people_name"),
    "missing table": (["DROP TABLE speaker_proposals"], "lacks the table speaker_proposals"),
    "generated column in place of a sharing level": (
        [
            "PRAGMA writable_schema=ON",
            "UPDATE sqlite_master SET sql = replace(sql, "
            "'confidentiality VARCHAR(20) NOT NULL', "
            "'confidentiality VARCHAR(20) GENERATED ALWAYS AS (''shareable'') VIRTUAL') "
            "WHERE name = 'round_table_entries'",
        ],
        "the column round_table_entries.confidentiality is",
    ),
}


def tamper(path: Path, statements: list[str]) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    try:
        fill_with_demo_data(db, dt.date(2026, 1, 15))
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def hostile(demo_template: Path, tmp_path: Path) -> Callable[[str], Path]:
    """A demo database in a folder of its own, changed by one of HOSTILE."""

    def make(kind: str) -> Path:
        folder = tmp_path / "hostile"
        folder.mkdir()
        path = folder / "coordinator.sqlite"
        shutil.copyfile(demo_template, path)
        tamper(path, HOSTILE[kind][0])
        return path

    return make


# --- the snapshots ----------------------------------------------------------------------------


def test_every_revision_has_a_snapshot() -> None:
    missing = [r for r in schema_revisions() if not schema_check.snapshot_path(r).is_file()]
    assert not missing, (
        f"no schema snapshot for revision(s) {missing}: run "
        "`.venv/bin/python packaging/schema_snapshot.py` and commit the file"
    )


def test_heads_snapshot_is_what_the_migrations_create(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    try:
        created = schema_check.describe(conn)
    finally:
        conn.close()
    expected = schema_check.snapshot(head_revision())
    assert schema_check.difference(created, expected) is None
    assert created == expected, "run `.venv/bin/python packaging/schema_snapshot.py --force`"


FROZEN_FILES = sorted(FROZEN.glob("*.sqlite"))


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[p.stem for p in FROZEN_FILES])
def test_every_frozen_database_matches_its_revisions_snapshot(frozen: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(f"{frozen.as_uri()}?mode=ro", uri=True)
    try:
        found = schema_check.describe(conn)
    finally:
        conn.close()
    assert schema_check.difference(found, schema_check.snapshot(frozen.stem)) is None
    # And once upgraded, it is what head expects, at the next opening too.
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(frozen, path)
    open_database(path).close()
    assert check_database_file(path) == head_revision()


def test_a_snapshot_round_trips_through_its_file() -> None:
    for revision in schema_revisions():
        text = schema_check.snapshot_path(revision).read_text("utf-8")
        assert schema_check.to_json(json.loads(text)) == text


def test_constraint_order_means_nothing_but_their_content_does() -> None:
    a = "CREATE TABLE t (x INT, CONSTRAINT p PRIMARY KEY (x), CHECK (x IN ('a, b')))"
    b = "CREATE TABLE t(x INT,CHECK(x IN ('a, b')),\n  CONSTRAINT p PRIMARY KEY(x))"
    c = "CREATE TABLE t(x INT,CHECK(x IN ('a,b')),CONSTRAINT p PRIMARY KEY(x))"
    assert schema_check.canonical_table_sql(a) == schema_check.canonical_table_sql(b)
    assert schema_check.canonical_table_sql(a) != schema_check.canonical_table_sql(c)
    swapped = "CREATE TABLE t (y INT, x INT, CONSTRAINT p PRIMARY KEY (x))"
    plain = "CREATE TABLE t (x INT, y INT, CONSTRAINT p PRIMARY KEY (x))"
    assert schema_check.canonical_table_sql(swapped) != schema_check.canonical_table_sql(plain)


# --- hostile files are refused and left alone --------------------------------------------------


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_schema_is_refused_by_open_and_left_untouched(
    hostile: Callable[[str], Path], kind: str
) -> None:
    path = hostile(kind)
    before = folder_state(path.parent)
    for attempt in (
        lambda: open_database(path),
        lambda: open_database(path, read_only=True),
        lambda: check_database_file(path),
        lambda: check_database_file(path, FileCheck(path)),
    ):
        with pytest.raises(DatabaseSchemaUnknown) as refused:
            attempt()
        message = str(refused.value)
        assert HOSTILE[kind][1] in message
        assert "\n" not in message and str(path) in message
        assert refused.value.code == "schema_unknown"
        assert folder_state(path.parent) == before


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_backup_is_never_restored(
    hostile: Callable[[str], Path], demo: Path, kind: str
) -> None:
    backup = hostile(kind)
    backup_before = folder_state(backup.parent)
    live_before = folder_state(demo.parent)
    for attempt in (
        lambda: backups.check_backup(backup),
        lambda: backups.restore_backup(demo, backup),
        lambda: backups.restore_over_damaged(demo, backup),
    ):
        with pytest.raises(DatabaseSchemaUnknown, match=re.escape(HOSTILE[kind][1])):
            attempt()
        assert folder_state(backup.parent) == backup_before
        assert folder_state(demo.parent) == live_before  # no before-restore copy either
    assert backups.newest_restorable(demo) is None


def test_a_newer_backup_with_a_hostile_schema_is_passed_over(
    hostile: Callable[[str], Path], demo: Path
) -> None:
    sound = backups.make_backup(demo, backups.MANUAL, now=dt.datetime(2027, 3, 1, 9, 0))
    bad = hostile("extra trigger")
    folder = backups.backups_dir(demo)
    shutil.copyfile(bad, folder / "coordinator-20270302-090000-manual.sqlite")
    newest = backups.newest_restorable(demo)
    assert newest is not None and newest.path == sound.path


def test_the_triggers_of_finding_1_never_reach_an_entry(demo: Path) -> None:
    tamper(demo, [COPY_ENTRIES, MAKE_SHAREABLE])
    before = folder_state(demo.parent)
    with pytest.raises(DatabaseSchemaUnknown, match="trigger the app does not know"):
        open_database(demo)
    assert folder_state(demo.parent) == before


def test_a_schema_without_a_revision_snapshot_is_not_trusted(
    demo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(schema_check, "SCHEMA_DIR", tmp_path / "nowhere")
    schema_check.snapshot.cache_clear()
    try:
        with pytest.raises(DatabaseError, match="no description of schema"):
            check_database_file(demo)
    finally:
        schema_check.snapshot.cache_clear()


# --- every connection distrusts the schema -------------------------------------------------------


def test_every_connection_runs_with_trusted_schema_off(demo: Path) -> None:
    db = open_database(demo)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        db.close()
    ro = open_database(demo, read_only=True)
    try:
        with ro.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        ro.close()
    raw = connect_read_only(demo)
    try:
        assert raw.execute("PRAGMA trusted_schema").fetchone() == (0,)
    finally:
        raw.close()


class _OldSqlite(sqlite3.Connection):
    """A connection on which `PRAGMA trusted_schema=OFF` does nothing, as on SQLite < 3.31."""

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.startswith("PRAGMA trusted_schema"):
            return super().execute("SELECT 1 WHERE 0")
        return super().execute(sql, *args)  # type: ignore[arg-type]


def test_a_pragma_that_does_not_take_is_noticed() -> None:
    conn = sqlite3.connect(":memory:", factory=_OldSqlite)
    try:
        with pytest.raises(DatabaseError, match="trusted_schema"):
            harden(conn)
    finally:
        conn.close()


def test_a_trigger_cannot_use_a_function_with_side_effects(tmp_path: Path) -> None:
    """What `trusted_schema=OFF` is for: a function the app registered (not marked innocuous)
    may be called by the app, never by a trigger or view in the file."""
    conn = harden(sqlite3.connect(tmp_path / "x.sqlite"))
    try:
        calls: list[object] = []
        conn.create_function("leak", 1, lambda value: calls.append(value))
        conn.execute("CREATE TABLE t (x)")
        conn.execute("CREATE TRIGGER t_leak AFTER INSERT ON t BEGIN SELECT leak(NEW.x); END")
        conn.execute("SELECT leak('by the app')")
        with pytest.raises(sqlite3.OperationalError, match="unsafe use of leak"):
            conn.execute("INSERT INTO t VALUES ('confidential')")
        assert calls == ["by the app"]
    finally:
        conn.close()


def test_the_start_preview_shows_nothing_of_a_file_with_unknown_objects(
    hostile: Callable[[str], Path],
) -> None:
    from coordinator_app.store.peek import peek_roster

    path = hostile("extra view")
    before = folder_state(path.parent)
    assert peek_roster(path) is None
    assert folder_state(path.parent) == before


def test_the_start_preview_leaves_no_files_beside_a_sound_one(demo: Path) -> None:
    from coordinator_app.store.peek import peek_roster

    before = folder_state(demo.parent)
    peek = peek_roster(demo)
    assert peek is not None and peek.members
    assert folder_state(demo.parent) == before
