"""Write the description of each schema revision that the app checks every file against.

    .venv/bin/python packaging/schema_snapshot.py [--force]

writes `coordinator_app/store/schema/<revision>.json` for the newest revision: an empty
temporary database is migrated to it with `open_database`, and its schema is described with
`store.schema_check.describe`. An older revision without a file (two migrations added at once)
gets one too, from an empty database upgraded to that revision with Alembic. A file that exists
already is left alone unless --force is given (then every file is written afresh: a committed
revision's schema never changes, so only an unfinished new revision's file can differ).

Run it after adding an Alembic revision and commit the new file with it;
`tests/store/test_schema_check.py` fails while a revision has no file, or head's file differs
from what the migrations create.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coordinator_app.store.database import (  # noqa: E402
    _alembic_config,
    _sqlite_engine,
    head_revision,
    open_database,
    schema_revisions,
)
from coordinator_app.store.schema_check import (  # noqa: E402
    Description,
    describe,
    snapshot_path,
    to_json,
)


def _describe_file(path: Path) -> Description:
    conn = sqlite3.connect(path)
    try:
        return describe(conn)
    finally:
        conn.close()


def head_description() -> Description:
    """The schema a new database has: an empty file migrated to head by `open_database`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "new.sqlite"
        open_database(path).close()
        return _describe_file(path)


def revision_description(revision: str) -> Description:
    """The schema of an empty database upgraded to `revision` (not necessarily head)."""
    if revision == head_revision():
        return head_description()
    from alembic import command

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{revision}.sqlite"
        engine = _sqlite_engine(path)
        try:
            config = _alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        return _describe_file(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="replace the files that exist already")
    args = parser.parse_args(argv)
    head = head_revision()
    for revision in reversed(schema_revisions()):
        target = snapshot_path(revision)
        if target.exists() and not args.force:
            if revision == head:
                print(f"{target} exists already (use --force to replace it).")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(to_json(revision_description(revision)), "utf-8")
        print(f"Wrote {target}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
