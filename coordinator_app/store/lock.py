"""One app instance per database: a lock file beside the database names the holder.

`coordinator.sqlite.lock` holds the process id, host name and start time of the instance that
has the database open for writing. On POSIX the holder also keeps an advisory lock (`flock`) on
the file: the kernel drops it when the process ends in any way, even by SIGKILL or a power cut,
so a lock file left by a crash is recognised as stale and taken over, and a process id that was
reused after a reboot cannot block the database. Where `flock` is missing (Windows), a lock whose
process is no longer running on this host is stale.

SQLite itself would let two instances write the same file safely, but the second one's views and
undo history would silently go stale; the lock lets it say so and open read-only instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from coordinator_app.store.database import DatabaseError

_TAKE_OVER_ATTEMPTS = 10


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database: a process on a host, since when (ISO 8601, UTC)."""

    pid: int
    host: str
    since: str = ""

    def describe(self) -> str:
        return f"process {self.pid} on {self.host or 'an unknown computer'}"


class DatabaseInUse(DatabaseError):
    """Another instance of the app has the database open."""

    code = "in_use"

    def __init__(self, db_path: Path, holder: LockHolder | None) -> None:
        who = holder.describe() if holder else "another process"
        super().__init__(
            f"{db_path} is open in another instance of Coordinator ({who}). Close it there first."
        )
        self.db_path = db_path
        self.holder = holder


class LockFileRefused(DatabaseError):
    """The lock file's path holds a link, a hard-linked file, a folder or another special file,
    or another user's file: it is left alone (never truncated, written or made private)."""

    code = "lock_refused"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is not Coordinator's own lock file (it is a link, a folder or another "
            "user's file); it was left as it is. Remove it and try again."
        )
        self.path = path


# Never through a link; never hang on a FIFO.
_OPEN_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_LINK_ERRORS = frozenset({errno.ELOOP, errno.EMLINK, errno.EISDIR, errno.ENXIO, errno.ENOTDIR})
_MAX_LOCK_TEXT = 4096


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: its name with `.lock` added."""
    db_path = db_path.expanduser()
    return db_path.with_name(db_path.name + ".lock")


def this_host() -> str:
    return socket.gethostname()


def _me() -> LockHolder:
    since = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return LockHolder(os.getpid(), this_host(), since)


def _parse(text: str) -> LockHolder | None:
    try:
        data = json.loads(text)
        return LockHolder(int(data["pid"]), str(data.get("host", "")), str(data.get("since", "")))
    except (ValueError, TypeError, KeyError):
        return None


def _serialise(holder: LockHolder) -> bytes:
    data = {"pid": holder.pid, "host": holder.host, "since": holder.since}
    return (json.dumps(data) + "\n").encode("utf-8")


def read_lock_file(db_path: Path) -> LockHolder | None:
    """What the lock file says (even if stale), or None if there is none, it is unreadable or it
    is not a regular file (a link is never followed)."""
    try:
        fd = os.open(lock_path(db_path), os.O_RDONLY | _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return _parse(os.read(fd, _MAX_LOCK_TEXT).decode("utf-8", "replace"))
    except OSError:
        return None
    finally:
        os.close(fd)


def _our_lock_file(st: os.stat_result) -> bool:
    """A regular file of this user's with no other name (a hard link would make the lock write
    into a file that lives elsewhere too)."""
    owned = os.name != "posix" or st.st_uid == os.geteuid()
    return stat.S_ISREG(st.st_mode) and st.st_nlink <= 1 and owned


def _open_lock_file(path: Path, flags: int) -> int:
    """Open the lock file, never through a link; LockFileRefused if it is not our own file."""
    try:
        fd = os.open(path, flags | _OPEN_FLAGS, 0o600)
    except OSError as exc:
        if exc.errno in _LINK_ERRORS:
            raise LockFileRefused(path) from None
        raise
    try:
        if not _our_lock_file(os.fstat(fd)):
            raise LockFileRefused(path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def pid_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, now = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, _serialise(_me()))
    os.fsync(fd)
    if os.name == "posix":
        os.fchmod(fd, 0o600)


class DatabaseLock:
    """The lock of one database, held by this process until `release` (or the `with` ends)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path.expanduser()
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @classmethod
    def acquire(cls, db_path: Path) -> DatabaseLock:
        """Take the lock of `db_path`, or raise DatabaseInUse naming the holder."""
        lock = cls(db_path)
        lock.path.parent.mkdir(parents=True, exist_ok=True)
        if sys.platform == "win32":
            lock._acquire_by_pid()
        else:
            lock._acquire_with_flock()
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _acquire_with_flock(self) -> None:
        import fcntl

        for _ in range(_TAKE_OVER_ATTEMPTS):
            fd = _open_lock_file(self.path, os.O_RDWR | os.O_CREAT)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise DatabaseInUse(self.db_path, read_lock_file(self.db_path)) from None
                if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                    self._acquire_by_pid()  # a file system without flock
                    return
                raise
            # The holder may have removed the file between our open and flock; then this lock
            # is on a file nobody else will look at: try again on the current one.
            if not _same_file(fd, self.path):
                os.close(fd)
                continue
            # Whatever the file said, nobody holds it: a lock left by a crash is taken over.
            _write_holder(fd)
            self._fd = fd
            return
        raise DatabaseInUse(self.db_path, read_lock_file(self.db_path))

    def _acquire_by_pid(self) -> None:
        for _ in range(_TAKE_OVER_ATTEMPTS):
            try:
                fd = _open_lock_file(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
            except FileExistsError:
                try:
                    existing = os.lstat(self.path)
                except FileNotFoundError:
                    continue
                if not _our_lock_file(existing):
                    raise LockFileRefused(self.path) from None
                holder = read_lock_file(self.db_path)
                stale = holder is None or (
                    holder.host == this_host() and not pid_running(holder.pid)
                )
                if not stale:
                    raise DatabaseInUse(self.db_path, holder) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            _write_holder(fd)
            self._fd = fd
            return
        raise DatabaseInUse(self.db_path, read_lock_file(self.db_path))

    def release(self) -> None:
        """Give the lock up: the lock file is removed (while still locked, so that nobody can
        take a lock on a file that is about to disappear)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if _same_file(fd, self.path):
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def current_holder(db_path: Path) -> LockHolder | None:
    """Who holds the lock of `db_path` now, or None if nobody does (no file, or a stale one).

    Only looks: the lock file is neither taken nor changed (a reading command opens the database
    read-only while another instance holds it)."""
    path = lock_path(db_path)
    if sys.platform == "win32":
        holder = read_lock_file(db_path)
        if holder is not None and (holder.host != this_host() or pid_running(holder.pid)):
            return holder
        return None
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None  # a link (never followed): no instance of ours holds that
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None  # a folder or a FIFO: no instance of ours holds that
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return read_lock_file(db_path) or LockHolder(0, "")
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
