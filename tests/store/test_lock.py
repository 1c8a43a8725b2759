"""One instance per database: the lock file, a second instance, a stale lock after a crash."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator_app.store.lock import (
    DatabaseInUse,
    DatabaseLock,
    LockFileRefused,
    current_holder,
    lock_path,
    pid_running,
    read_lock_file,
    this_host,
)

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from pathlib import Path
from coordinator_app.store.lock import DatabaseLock
lock = DatabaseLock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
"""


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    pid = int(proc.stdout)
    assert not pid_running(pid)
    return pid


def test_the_lock_file_names_the_holder_and_goes_with_the_lock(db_path: Path) -> None:
    with DatabaseLock.acquire(db_path) as lock:
        assert lock.path == lock_path(db_path) == db_path.with_name("coordinator.sqlite.lock")
        holder = read_lock_file(db_path)
        assert holder is not None
        assert (holder.pid, holder.host) == (os.getpid(), this_host())
        assert holder.since
        if os.name == "posix":
            assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
        assert current_holder(db_path) == holder
    assert not lock_path(db_path).exists()
    assert current_holder(db_path) is None


def test_a_second_instance_is_told_who_holds_the_database(db_path: Path) -> None:
    with DatabaseLock.acquire(db_path), pytest.raises(DatabaseInUse) as caught:
        DatabaseLock.acquire(db_path)
    assert caught.value.holder is not None and caught.value.holder.pid == os.getpid()
    assert "open in another instance" in str(caught.value)
    # Released: the next one gets it.
    DatabaseLock.acquire(db_path).release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_lock_left_by_a_killed_process_is_taken_over(db_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse) as caught:
            DatabaseLock.acquire(db_path)
        assert caught.value.holder is not None and caught.value.holder.pid == proc.pid
        assert current_holder(db_path) == caught.value.holder
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    # The crash left the file behind, naming a process that is gone.
    left = read_lock_file(db_path)
    assert left is not None and left.pid == proc.pid
    assert current_holder(db_path) is None
    with DatabaseLock.acquire(db_path):
        holder = read_lock_file(db_path)
        assert holder is not None and holder.pid == os.getpid()


def test_a_lock_file_naming_a_process_that_no_longer_runs_is_taken_over(db_path: Path) -> None:
    dead = _dead_pid()
    lock_path(db_path).write_text(json.dumps({"pid": dead, "host": this_host(), "since": "x"}))
    with DatabaseLock.acquire(db_path):
        holder = read_lock_file(db_path)
        assert holder is not None and holder.pid == os.getpid()


def test_without_flock_a_live_process_id_holds_and_a_dead_one_does_not(db_path: Path) -> None:
    """The fallback where file locks are missing (Windows): the process id decides."""
    path = lock_path(db_path)
    path.write_text(json.dumps({"pid": os.getpid(), "host": this_host()}))
    with pytest.raises(DatabaseInUse):
        DatabaseLock(db_path)._acquire_by_pid()
    path.write_text(json.dumps({"pid": 4242, "host": "another-laptop"}))
    with pytest.raises(DatabaseInUse) as caught:
        DatabaseLock(db_path)._acquire_by_pid()
    assert "another-laptop" in str(caught.value)
    path.write_text(json.dumps({"pid": _dead_pid(), "host": this_host()}))
    lock = DatabaseLock(db_path)
    lock._acquire_by_pid()
    try:
        holder = read_lock_file(db_path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        lock.release()
    assert not path.exists()
    path.write_text("garbage")  # half written by a crash: stale
    lock = DatabaseLock(db_path)
    lock._acquire_by_pid()
    lock.release()


def _victim(tmp_path: Path) -> tuple[Path, bytes]:
    victim = tmp_path / "outside" / "notes.txt"
    victim.parent.mkdir()
    content = b"a file of the user's that the lock must never touch\n"
    victim.write_bytes(content)
    victim.chmod(0o644)
    return victim, content


def _unchanged(victim: Path, content: bytes) -> None:
    assert victim.read_bytes() == content
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="POSIX links and modes")
@pytest.mark.parametrize("acquire", ["flock", "pid"])
def test_a_lock_file_that_is_a_link_is_refused_and_its_target_left_alone(
    db_path: Path, tmp_path: Path, acquire: str
) -> None:
    victim, content = _victim(tmp_path)
    path = lock_path(db_path)
    for make_link in (
        lambda: path.symlink_to(victim),
        lambda: path.symlink_to(tmp_path / "outside" / "created-through-the-link"),
        lambda: os.link(victim, path),  # a hard link: the same file under two names
    ):
        make_link()
        lock = DatabaseLock(db_path)
        with pytest.raises(LockFileRefused) as caught:
            if acquire == "flock":
                lock._acquire_with_flock()
            else:
                lock._acquire_by_pid()
        assert not lock.held
        assert caught.value.code == "lock_refused"
        assert str(path) in str(caught.value) and "\n" not in str(caught.value)
        _unchanged(victim, content)
        assert not (tmp_path / "outside" / "created-through-the-link").exists()
        assert os.path.lexists(path)  # left for the user to look at
        assert read_lock_file(db_path) is None  # never read through the link either
        assert current_holder(db_path) is None
        path.unlink()
    _unchanged(victim, content)


@pytest.mark.skipif(os.name != "posix", reason="POSIX special files")
@pytest.mark.timeout(20)
def test_a_lock_path_that_is_not_a_regular_file_is_refused(db_path: Path) -> None:
    path = lock_path(db_path)
    os.mkfifo(path)  # opening a FIFO would hang a careless open
    with pytest.raises(LockFileRefused):
        DatabaseLock.acquire(db_path)
    assert stat.S_ISFIFO(os.lstat(path).st_mode)
    assert read_lock_file(db_path) is None and current_holder(db_path) is None
    path.unlink()
    path.mkdir()
    with pytest.raises(LockFileRefused):
        DatabaseLock.acquire(db_path)
    assert path.is_dir()
