"""Freeze a database of the current schema revision for the migration tests.

    .venv/bin/python packaging/freeze_migration_db.py        (or: make freeze-migration-db)

writes `tests/data/migrations/<revision>.sqlite`: a new database at the newest schema revision,
filled with the demo data (`coordinator-app demo`) as of a fixed date, compacted into one small
file without a write-ahead log. `tests/store/test_migrations.py` upgrades every such file to the
newest revision and checks that every row of every table survived.

When you add an Alembic revision: first run this script *before* adding it (on the code of the
previous revision), so that the old schema's file is committed, then add the revision and run the
script again for the new one. The test fails while any revision has no frozen file. A file that
exists already is left alone unless --force is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coordinator_app.services.demo import fill_with_demo_data  # noqa: E402
from coordinator_app.store.database import head_revision, open_database  # noqa: E402

FROZEN_TODAY = dt.date(2026, 1, 15)
FOLDER = ROOT / "tests" / "data" / "migrations"


def freeze(target: Path, today: dt.date = FROZEN_TODAY) -> Path:
    """A demo database of the current revision at `target` (one file, no WAL)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "demo.sqlite"
        db = open_database(source)
        try:
            fill_with_demo_data(db, today)
        finally:
            db.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        conn = sqlite3.connect(source)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        finally:
            conn.close()
    conn = sqlite3.connect(target)
    try:
        # A rollback journal: the committed file is complete by itself.
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--force", action="store_true", help="replace the file if it exists already"
    )
    parser.add_argument(
        "--folder", type=Path, default=FOLDER, help=f"where to write it (default: {FOLDER})"
    )
    args = parser.parse_args(argv)
    target = args.folder / f"{head_revision()}.sqlite"
    if target.exists() and not args.force:
        print(f"{target} exists already (use --force to replace it).")
        return 0
    freeze(target)
    print(f"Wrote {target} ({target.stat().st_size // 1024} kB).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
