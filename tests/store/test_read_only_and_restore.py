"""A read-only location is not damage, and a backup of another page size restores (issue #13,
findings 5 and 10).

Root ignores file modes, and the tests run as root (CI too), so a genuinely read-only location
is made the way a user meets one: files owned by root in a folder of mode 0755, read by a small
script that runs as the user `nobody` (`setpriv`, util-linux). Without root, the script runs as
the user running the tests, for whom the same modes hold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.services.demo import fill_with_demo_data
from coordinator_app.store import backups
from coordinator_app.store.database import StorageBusy, integrity_check, open_database
from coordinator_app.store.driver import dbapi as sqlite3  # "another program" shares its locks

ROOT = Path(__file__).resolve().parents[2]


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def group_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM groups ORDER BY name")]
    finally:
        conn.close()


def pragma(path: Path, name: str) -> Any:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


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
def live(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "live"
    folder.mkdir()
    path = folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def with_page_size(source: Path, target: Path, page_size: int) -> Path:
    """A copy of `source` with pages of `page_size` bytes, in WAL mode like every database."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA page_size={page_size}")
        conn.execute("VACUUM")
        conn.execute("INSERT INTO groups (name, description) VALUES ('Only in the backup', '')")
        conn.commit()
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    assert pragma(target, "page_size") == page_size
    return target


# --- finding 10: another page size ----------------------------------------------------------------


def test_a_backup_with_another_page_size_is_restored(live: Path, tmp_path: Path) -> None:
    assert pragma(live, "page_size") == 4096 and pragma(live, "journal_mode") == "wal"
    backup = with_page_size(live, tmp_path / "big-pages.sqlite", 8192)
    before = live.read_bytes()
    safety = backups.restore_backup(live, backup)
    assert safety is not None and safety.path.read_bytes() != b""
    assert "Only in the backup" in group_names(live)
    assert "Only in the backup" not in group_names(safety.path)
    assert pragma(live, "page_size") == 8192
    assert pragma(live, "journal_mode") == "wal"
    db = open_database(live)
    try:
        assert integrity_check(db) == []
    finally:
        db.close()
    assert live.read_bytes() != before


def test_a_restore_that_cannot_change_the_page_size_says_why_and_leaves_no_copies(
    live: Path, tmp_path: Path
) -> None:
    """While another connection has the file open, SQLite cannot leave WAL mode, and in WAL
    mode its backup API cannot change the page size: the restore fails, the database is as it
    was, and no before-restore copy piles up per try."""
    backup = with_page_size(live, tmp_path / "big-pages.sqlite", 8192)
    other = sqlite3.connect(live)  # another program reading the database
    try:
        other.execute("SELECT count(*) FROM groups").fetchone()
        names = group_names(live)
        for _ in range(3):
            with pytest.raises(StorageBusy, match="8192 bytes") as refused:
                backups.restore_backup(live, backup)
            assert "\n" not in str(refused.value)
            assert [b.reason for b in backups.list_backups(live)] == []
            assert group_names(live) == names
            assert pragma(live, "page_size") == 4096
    finally:
        other.close()
    assert backups.restore_backup(live, backup) is not None  # once the other one is closed
    assert "Only in the backup" in group_names(live)
    assert [b.reason for b in backups.list_backups(live)] == [backups.BEFORE_RESTORE]


def test_the_cli_restores_a_backup_with_another_page_size(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.cli.helpers import run

    backup = with_page_size(live, tmp_path / "big-pages.sqlite", 8192)
    code, out, err = run(capsys, live, "restore", str(backup))
    assert code == 0, err
    assert "Restored" in out
    assert "Only in the backup" in group_names(live)


# --- finding 5: a read-only location ------------------------------------------------------------


def _can_drop_privileges() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder the script below can read but not write (owned by this user, mode 0755)."""
    if not _can_drop_privileges():
        pytest.skip("needs setpriv (util-linux) to run as another user")
    folder = Path(tempfile.mkdtemp(prefix="coordinator-ro-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def writable_folder() -> Iterator[Path]:
    """A folder the script below can write (mode 0777)."""
    folder = Path(tempfile.mkdtemp(prefix="coordinator-rw-"))
    try:
        folder.chmod(0o777)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_another_user(code: str) -> Any:
    """Run `code` (Python, which prints one JSON value) as `nobody` when we are root."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": tempfile.gettempdir(),
        "PYTHONDONTWRITEBYTECODE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [*prefix, sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


PROBE = """
import json, sys
from pathlib import Path
from coordinator_app.store.database import check_database_file, open_database, DatabaseError
from coordinator_app.services import groups
path = Path(sys.argv[1] if len(sys.argv) > 1 else {path!r})
result = {{}}
try:
    result["revision"] = check_database_file(path)
except DatabaseError as exc:
    result["check"] = [exc.code, str(exc)]
try:
    db = open_database(path)
    db.close()
    result["writable"] = "opened"
except DatabaseError as exc:
    result["writable"] = [exc.code, str(exc)]
try:
    db = open_database(path, read_only=True)
    result["groups"] = [g.name for g in groups.list_groups(db)]
    db.close()
except DatabaseError as exc:
    result["read_only"] = [exc.code, str(exc)]
print(json.dumps(result))
"""


def _place(source: Path, folder: Path, *ends: str) -> Path:
    target = folder / "coordinator.sqlite"
    shutil.copyfile(source, target)
    for end in ends:
        shutil.copyfile(source.with_name(source.name + end), target.with_name(target.name + end))
    for path in folder.iterdir():
        path.chmod(0o644)
    return target


def test_a_sound_database_in_a_read_only_folder_is_opened_read_only_not_called_damaged(
    demo_template: Path, read_only_folder: Path
) -> None:
    path = _place(demo_template, read_only_folder)
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL mode: it would need a -shm file
    before = folder_state(read_only_folder)
    result = as_another_user(PROBE.format(path=str(path)))
    assert "check" not in result, result
    assert result["revision"] is not None
    assert result["writable"][0] == "storage_read_only", result
    assert "read-only" in result["writable"][1]
    assert result["groups"] == ["IT Drift"], result
    assert folder_state(read_only_folder) == before


def test_a_read_only_file_in_a_writable_folder_is_not_opened_for_writing(
    demo_template: Path, writable_folder: Path
) -> None:
    """SQLite opens such a file for writing and fails only at the first edit; the app says so
    when it opens it, and opens it read-only instead."""
    path = _place(demo_template, writable_folder)
    result = as_another_user(PROBE.format(path=str(path)))
    assert "check" not in result, result
    assert result["writable"][0] == "storage_read_only", result
    assert result["groups"] == ["IT Drift"], result


def test_a_log_that_cannot_be_read_in_a_read_only_folder_is_not_called_damaged(
    demo_template: Path, read_only_folder: Path, tmp_path: Path
) -> None:
    """A -wal without its -shm (copied from a crashed laptop) on write-protected media: SQLite
    cannot read the log there, and reading the file without it would show old contents."""
    source = tmp_path / "crashed.sqlite"
    shutil.copyfile(demo_template, source)
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO groups (name, description) VALUES ('Only in the log', '')")
    conn.commit()
    shutil.copyfile(source, tmp_path / "main-copy")
    shutil.copyfile(source.with_name(source.name + "-wal"), tmp_path / "wal-copy")
    conn.close()
    path = read_only_folder / "coordinator.sqlite"
    shutil.copyfile(tmp_path / "main-copy", path)
    shutil.copyfile(tmp_path / "wal-copy", path.with_name(path.name + "-wal"))
    for file in read_only_folder.iterdir():
        file.chmod(0o644)
    before = folder_state(read_only_folder)
    result = as_another_user(PROBE.format(path=str(path)))
    assert result["check"][0] == "log_unreadable", result
    assert "-wal" in result["check"][1] and "damaged" not in result["check"][1]
    assert result["read_only"][0] == "log_unreadable", result
    assert folder_state(read_only_folder) == before


def test_a_backup_on_a_read_only_stick_is_restored(
    demo_template: Path, read_only_folder: Path, writable_folder: Path, tmp_path: Path
) -> None:
    stick = read_only_folder
    backup = with_page_size(demo_template, tmp_path / "backup.sqlite", 4096)
    backup = _place(backup, stick)
    live = writable_folder / "coordinator.sqlite"
    shutil.copyfile(demo_template, live)
    if os.geteuid() == 0:  # the script's user owns its database
        import pwd

        nobody = pwd.getpwnam("nobody")
        os.chown(writable_folder, nobody.pw_uid, nobody.pw_gid)
        os.chown(live, nobody.pw_uid, nobody.pw_gid)
    before = folder_state(stick)
    code = f"""
import json
from coordinator_app.cli.main import main
print(json.dumps(main(["--db", {str(live)!r}, "restore", {str(backup)!r}])))
"""
    assert as_another_user(code) == 0
    assert "Only in the backup" in group_names(live)
    assert folder_state(stick) == before


def test_reading_commands_work_on_a_read_only_location(
    demo_template: Path, read_only_folder: Path
) -> None:
    path = _place(demo_template, read_only_folder)
    before = folder_state(read_only_folder)
    code = f"""
import contextlib, io, json
from coordinator_app.cli.main import main
results = []
for command in (["check"], ["groups", "list", "--json"], ["groups", "add", "New"]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--db", {str(path)!r}, *command])
    results.append([status, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""
    (check, listed, added) = as_another_user(code)
    assert check[0] == 0 and check[1].strip() == "ok", check
    assert listed[0] == 0 and "IT Drift" in listed[1], listed
    assert added[0] == 1 and "read-only" in added[2] and "damaged" not in added[2], added
    assert len(added[2].strip().splitlines()) == 1
    assert folder_state(read_only_folder) == before


KILLED_RESTORE = """
import os, sys
from pathlib import Path
from coordinator_app.store import backups

real = backups.connect_read_only


class KilledHalfWay:
    '''The backup's connection, copying page by page and killed half way through.'''

    def __init__(self, conn):
        self.conn = conn

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def backup(self, target, **_options):
        # A small cache, as a large database has: pages are written to the file before the
        # copy commits, so what the crash leaves is half-written and only the journal undoes it.
        target.execute("PRAGMA cache_size=1")

        def progress(_status, remaining, total):
            if remaining < total // 2:
                os._exit(9)

        self.conn.backup(target, pages=1, progress=progress)


backups.connect_read_only = lambda *args, **kwargs: KilledHalfWay(real(*args, **kwargs))
backups.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _kill_a_restore(live: Path, backup: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(live), str(backup)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    journal = live.with_name(live.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # a hot journal, as after a crash


def test_a_restore_of_another_page_size_killed_half_way_leaves_the_old_contents(
    live: Path, tmp_path: Path
) -> None:
    names = group_names(live)
    before = live.read_bytes()
    backup = with_page_size(live, tmp_path / "big-pages.sqlite", 8192)
    _kill_a_restore(live, backup)
    assert live.read_bytes() != before  # half-written; only the journal makes it whole
    from coordinator_app.store.database import check_database_file, head_revision

    assert check_database_file(live) == head_revision()  # played back, not "damaged"
    assert group_names(live) == names
    assert pragma(live, "page_size") == 4096
    db = open_database(live)
    try:
        assert integrity_check(db) == []
    finally:
        db.close()
    backups.restore_backup(live, backup)  # and the restore can simply be tried again
    assert "Only in the backup" in group_names(live)


def test_a_hot_journal_in_a_read_only_folder_is_not_called_damaged(
    live: Path, tmp_path: Path, read_only_folder: Path
) -> None:
    backup = with_page_size(live, tmp_path / "big-pages.sqlite", 8192)
    _kill_a_restore(live, backup)
    path = _place(live, read_only_folder, "-journal")
    before = folder_state(read_only_folder)
    result = as_another_user(PROBE.format(path=str(path)))
    assert result["check"][0] == "log_unreadable", result
    assert "-journal" in result["check"][1] and "damaged" not in result["check"][1]
    assert folder_state(read_only_folder) == before
