"""Every schema revision's frozen database upgrades to the newest revision with every row intact.

`tests/data/migrations/<revision>.sqlite` is a demo database of each revision, made by
`packaging/freeze_migration_db.py` when the revision was the newest. Each is upgraded through
`open_database` (which migrates), and each table's rows are compared before and after: the count
and a checksum over the columns the table had before. A migration that renames or drops a column
on purpose lists it in CHANGED_COLUMNS, with the reason.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.store import backups
from coordinator_app.store.database import (
    head_revision,
    integrity_check,
    open_database,
    schema_revisions,
)
from tests.conftest import DATA_DIR

FROZEN = DATA_DIR / "migrations"
FROZEN_FILES = sorted(FROZEN.glob("*.sqlite"))

#: (table, column) pairs a later migration renames or drops on purpose; none yet.
CHANGED_COLUMNS: frozenset[tuple[str, str]] = frozenset()


def _tables(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {
            name: [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')] for name in names
        }
    finally:
        conn.close()


def _fingerprint(path: Path, table: str, columns: list[str]) -> tuple[int, str]:
    """The number of rows and a checksum over them (in a fixed order) in these columns."""
    conn = sqlite3.connect(path)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        rows = sorted(repr(row) for row in conn.execute(f'SELECT {quoted} FROM "{table}"'))
    finally:
        conn.close()
    digest = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
    return len(rows), digest


def test_every_schema_revision_has_a_frozen_database() -> None:
    frozen = {path.stem for path in FROZEN_FILES}
    missing = sorted(set(schema_revisions()) - frozen)
    assert not missing, (
        f"no frozen database for revision(s) {missing}: run "
        "`.venv/bin/python packaging/freeze_migration_db.py` (see its docstring)"
    )


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[p.stem for p in FROZEN_FILES])
def test_frozen_database_upgrades_with_every_row(tmp_path: Path, frozen: Path) -> None:
    path = tmp_path / "coordinator.sqlite"
    shutil.copyfile(frozen, path)
    before = _tables(path)
    assert before, "the frozen database is empty"
    fingerprints = {
        table: _fingerprint(path, table, [c for c in cols if (table, c) not in CHANGED_COLUMNS])
        for table, cols in before.items()
    }
    assert sum(count for count, _ in fingerprints.values()) > 100  # real data, not a shell

    db = open_database(path)
    try:
        assert integrity_check(db) == []
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                head_revision()
            )
        if frozen.stem != head_revision():
            # An upgrade is preceded by a backup of the file as it was.
            assert db.backup_path is not None and db.backup_path.exists()
            assert db.backup_path.parent == backups.backups_dir(path)
        else:
            assert db.backup_path is None
    finally:
        db.close()

    after = _tables(path)
    for table, columns in before.items():
        kept = [c for c in columns if (table, c) not in CHANGED_COLUMNS]
        assert table in after, f"table {table} is gone"
        assert set(kept) <= set(after[table]), f"columns of {table} are gone"
        assert _fingerprint(path, table, kept) == fingerprints[table], f"rows of {table} changed"


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[p.stem for p in FROZEN_FILES])
def test_frozen_database_upgrades_to_the_schema_of_a_new_database(
    tmp_path: Path, frozen: Path
) -> None:
    upgraded = tmp_path / "upgraded.sqlite"
    shutil.copyfile(frozen, upgraded)
    open_database(upgraded).close()
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).close()

    def shape(path: Path) -> dict[str, set[str]]:
        return {table: set(columns) for table, columns in _tables(path).items()}

    assert shape(upgraded) == shape(fresh)


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    """`head_revision` and `schema_revisions` read the scripts' headers to keep Alembic out of
    the app's start; Alembic's own reading of the scripts must agree."""
    from alembic.script import ScriptDirectory

    from coordinator_app.store.database import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config())
    assert head_revision() == script.get_current_head()
    assert schema_revisions() == [rev.revision for rev in script.walk_revisions()]
