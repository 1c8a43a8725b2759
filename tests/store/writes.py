"""Helpers for the tests of writes that fail or die half way: a full disk for SQLite copies, and
a process that kills itself in the middle of a copy or a file write."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# The store's driver (sqlcipher3), whose `connect` the store calls.
from coordinator_app.store.driver import dbapi as sqlite3

ROOT = Path(__file__).resolve().parents[2]


def full_disk_for_copies(monkeypatch: pytest.MonkeyPatch, live: Path) -> None:
    """Every SQLite file opened by name, except the live database `live`, is on a full disk: it
    cannot grow past 2 pages (`max_page_count` fails with SQLITE_FULL, as a full disk does)."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real(database, *args, **kwargs)
        if not kwargs.get("uri") and Path(os.fspath(database)).name != live.name:
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


# Run in a child process: `DIE_IN` says where the process kills itself with SIGKILL, then
# `coordinator_app.cli.main.main(argv)` runs.
#   copy: in SQLite's backup API, after 2 pages of the copy were written (the source is opened
#         read-only by URI; its `backup` is copied one page a step)
#   fsync: when a written file is flushed to disk (`os.fsync`), before it gets its name
_DYING = r"""
import os, signal, sys
import sqlcipher3.dbapi2 as sqlite3  # the store's driver (store/driver.py)

where = sys.argv[1]
real_connect = sqlite3.connect


def die():
    os.kill(os.getpid(), signal.SIGKILL)


class DyingSource:
    def __init__(self, conn):
        self._conn = conn

    def backup(self, target, **kwargs):
        def progress(_status, remaining, total):
            if total - remaining >= 2:
                die()

        self._conn.backup(target, pages=1, progress=progress)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def connect(database, *args, **kwargs):
    conn = real_connect(database, *args, **kwargs)
    if where == "copy" and kwargs.get("uri") and "mode=ro" in str(database):
        return DyingSource(conn)
    return conn


sqlite3.connect = connect
if where == "fsync":
    os.fsync = lambda fd: die()
from coordinator_app.cli.main import main

sys.exit(main(sys.argv[2:]))
"""


def die_in(where: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run the command line `argv` in a child that kills itself in the middle of `where`."""
    done = subprocess.run(
        [sys.executable, "-c", _DYING, where, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == -9, (done.returncode, done.stderr)
    return done
