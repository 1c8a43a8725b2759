"""Writing files safely: every file whole or not at all, private from its first byte, and never
written through a link.

`write_atomically` (and `atomic_path`, for writers that need a file name, such as SQLite's backup
API) writes into a new temporary file in the destination's folder,

    .minutes.md.3f9c0a1b2d4e5f60.coordinator-tmp

created with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600, fsyncs it, renames it to the destination
and fsyncs the folder. A rename replaces a link at the destination itself; the file a link points
to is never opened. With `replace=False` the destination must not exist at all (nor be a link,
even a dangling one): the finished file is hard-linked to its name, which fails if anything took
the name meanwhile. On any error the temporary file (and any -journal, -wal or -shm SQLite left
beside it) is removed; a full disk raises the store's `StorageFull`, a read-only disk or folder
`StorageReadOnly`, so that the front ends say so in one line.

A write killed half way (SIGKILL, a power cut) leaves its temporary file: the next write of the
same destination removes it first. Only the app's own temporary files for that name go: regular
files (never a link, never followed), owned by the user, and not locked by a write still under
way (each write holds an advisory lock, `flock`, on its temporary file; the kernel drops it when
the process dies).

`make_private_folder` and `remove_stale_private_folders`: a folder only the user can enter under
the system's temp folder for files of one run of the app (the agenda PDFs "Print agenda" opens in
the viewer), and the removal of those a killed run left.

The storage errors are imported from `store.database` only to raise one: that module writes
its copies through this one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from coordinator_app.store.sqlite_file import DatabaseError

TEMP_END = ".coordinator-tmp"
# What SQLite keeps beside a database file it writes (a backup copy is written under a temp name).
COMPANIONS = ("-journal", "-wal", "-shm")
# The part of the destination's name a temp name repeats: long names keep within NAME_MAX.
_NAME_BYTES = 100
_TEMP_ATTEMPTS = 100
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
# A file system without hard links (FAT on a USB stick): the new file is renamed instead.
_NO_LINKS = frozenset(
    {
        errno.EPERM,
        errno.EXDEV,
        errno.EMLINK,
        errno.ENOSYS,
        errno.EOPNOTSUPP,
        getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
    }
)
_NO_MODES = frozenset({errno.EPERM, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)})
_NO_LOCKS = frozenset({errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL})
_BUSY = frozenset({errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES})

Writer = Callable[[BinaryIO], object]


def storage_os_error(exc: OSError, what: str) -> DatabaseError | None:
    """The store's error for a full or read-only disk while writing `what`, else None."""
    from coordinator_app.store.database import StorageFull, StorageReadOnly

    if exc.errno in _DISK_FULL:
        return StorageFull(f"The disk is full: {what} was not written.")
    if exc.errno in _READ_ONLY:
        return StorageReadOnly(
            f"{what} could not be written: the disk or folder is read-only, or you may not "
            "write there."
        )
    return None


def _short(name: str) -> str:
    while len(name.encode("utf-8", "surrogateescape")) > _NAME_BYTES:
        name = name[:-1]
    return name


def _temp_pattern(name: str) -> re.Pattern[str]:
    ends = "|".join(re.escape(end) for end in COMPANIONS)
    return re.compile(
        rf"\.{re.escape(_short(name))}\.[0-9a-f]{{16}}{re.escape(TEMP_END)}(?:{ends})?"
    )


def _legacy_pattern(name: str) -> re.Pattern[str]:
    # Earlier versions wrote exports through tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp").
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def _owned(st: os.stat_result) -> bool:
    return os.name != "posix" or st.st_uid == os.geteuid()


def _try_lock(fd: int) -> bool:
    """Take the advisory lock of a temp file; False if a write in progress holds it."""
    if sys.platform == "win32":
        return True  # no flock; a file open in another process cannot be deleted there anyway
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _BUSY:
            return False
        if exc.errno in _NO_LOCKS:
            return True  # a file system without flock
        raise
    return True


def _same(fd: int, path: Path) -> bool:
    try:
        mine, now = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _link_new(source: Path, target: Path) -> None:
    """Give `source` the name `target` too, failing with FileExistsError if the name is taken
    (by anything: a file, a folder, a link, a dangling link)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        # No hard links here: check, then rename (another program could take the name between).
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        source.replace(target)
        return
    source.unlink()


def _remove_if_ours(path: Path, *, busy_check: bool) -> bool:
    """Remove a leftover temp file: a regular file of this user's that no write holds."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or not _owned(st):
        return False
    if busy_check:
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC | _BINARY)
        except OSError:
            return False
        try:
            if not _same(fd, path) or not _try_lock(fd):
                return False
            path.unlink()
        except OSError:
            return False
        finally:
            os.close(fd)
        return True
    try:
        path.unlink()
    except OSError:
        return False
    return True


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temp files killed writes of `path` left in its folder; returns them.

    Never fails: whatever cannot be removed (or is not ours) stays."""
    folder = path.parent
    patterns = (_temp_pattern(path.name), _legacy_pattern(path.name))
    try:
        names = sorted(entry.name for entry in folder.iterdir())
    except OSError:
        return []
    matching = [n for n in names if any(p.fullmatch(n) for p in patterns)]
    removed: list[Path] = []
    # The temp files first: the -journal of one still being written stays with it.
    for name in matching:
        if not name.endswith(COMPANIONS) and _remove_if_ours(folder / name, busy_check=True):
            removed.append(folder / name)
    for name in matching:
        if not name.endswith(COMPANIONS):
            continue
        base = folder / name[: name.rindex("-")]
        if not os.path.lexists(base) and _remove_if_ours(folder / name, busy_check=False):
            removed.append(folder / name)
    return removed


class TempFile:
    """A new private file (mode 0600) in a destination's folder, locked while it is written.

    Made by `temp_file`, which removes it unless `commit` gave it its final name."""

    def __init__(self, folder: Path, name: str) -> None:
        short = _short(name)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
        for _ in range(_TEMP_ATTEMPTS):
            path = folder / f".{short}.{secrets.token_hex(8)}{TEMP_END}"
            try:
                fd = os.open(path, flags, 0o600)
            except FileExistsError:
                continue
            # Locked before anything is written; if another run's clean-up took it between our
            # open and the lock (and removes it), take a new name.
            try:
                usable = _try_lock(fd) and _same(fd, path)
            except BaseException:
                os.close(fd)
                path.unlink(missing_ok=True)
                raise
            if usable:
                break
            os.close(fd)
        else:
            raise FileExistsError(errno.EEXIST, "No free temporary file name", str(folder))
        self.path = path
        self.fd: int | None = fd
        self.committed = False
        self._synced = False
        if os.name == "posix":
            try:
                os.fchmod(fd, 0o600)  # created 0600 less the umask: now 0600 exactly
            except OSError as exc:
                # A file system without modes (FAT on a USB stick) refuses; anything else is
                # an error.
                if exc.errno not in _NO_MODES:
                    self.discard()
                    raise
            except BaseException:
                self.discard()
                raise

    def write(self, data: bytes) -> None:
        assert self.fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]

    def write_with(self, writer: Writer) -> None:
        """Let `writer` write through a binary file object."""
        assert self.fd is not None
        with os.fdopen(os.dup(self.fd), "wb") as handle:
            writer(handle)
            handle.flush()

    def commit(self, target: Path, *, replace: bool = True) -> None:
        """fsync the file and give it the name `target` (replacing what is there, a link
        itself rather than what it points to; or, `replace=False`, FileExistsError if the name
        is taken), then fsync the folder."""
        assert self.fd is not None and not self.committed
        if not self._synced:
            os.fsync(self.fd)
            self._synced = True
        if replace:
            self.path.replace(target)
        else:
            _link_new(self.path, target)
        self.committed = True
        self._close()
        _fsync_folder(target.parent)

    def _close(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None:
            os.close(fd)

    def discard(self) -> None:
        """Remove the file (and what SQLite left beside it) unless it was committed."""
        if not self.committed:
            for end in ("", *COMPANIONS):
                with contextlib.suppress(OSError):
                    self.path.with_name(self.path.name + end).unlink()
        self._close()


@contextmanager
def temp_file(target: Path, *, what: str | None = None) -> Iterator[TempFile]:
    """A `TempFile` for the destination `target`, removed when the block ends unless committed.

    OS errors of a full or read-only disk raise `StorageFull` / `StorageReadOnly` naming `what`
    (default: the destination)."""
    label = what or str(target)
    try:
        tmp = TempFile(target.parent, target.name)
    except FileNotFoundError as exc:
        # Name the missing folder, not the temp file that could not be made in it.
        raise FileNotFoundError(exc.errno, "No such folder", str(target.parent)) from exc
    except OSError as exc:
        mapped = storage_os_error(exc, label)
        if mapped is None:
            raise
        raise mapped from exc
    try:
        yield tmp
    except OSError as exc:
        tmp.discard()
        mapped = storage_os_error(exc, label)
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        tmp.discard()


def _refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "File exists (or is a link)", str(path))


def write_atomically(
    path: Path, data: bytes | Writer, *, replace: bool = True, what: str | None = None
) -> None:
    """Write `data` (or what `data(handle)` writes) to `path` whole or not at all, mode 0600.

    `replace=False`: a new file only; anything at `path` (a link too) raises FileExistsError.
    What killed writes of `path` left is removed first."""
    path = Path(path)
    remove_leftovers(path)
    if not replace:
        _refuse_existing(path)
    with temp_file(path, what=what) as tmp:
        if callable(data):
            tmp.write_with(data)
        else:
            tmp.write(data)
        tmp.commit(path, replace=replace)


@contextmanager
def atomic_path(path: Path, *, replace: bool = True, what: str | None = None) -> Iterator[Path]:
    """The name of a new, empty, private temp file for `path`; once the block has written it,
    it becomes `path` (see `write_atomically`). If the block raises, it is removed."""
    path = Path(path)
    remove_leftovers(path)
    if not replace:
        _refuse_existing(path)
    with temp_file(path, what=what) as tmp:
        yield tmp.path
        tmp.commit(path, replace=replace)


# --- private folders for one run of the app ---------------------------------------------------


def _folder_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(prefix)}-(\d+)-[a-z0-9_]{{8}}")


def make_private_folder(prefix: str) -> Path:
    """A new folder only this user can enter (0700) in the system's temp folder, named
    `{prefix}-{process id}-{random}` so that a later run can tell whether its run still lives."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-{os.getpid()}-"))


def _our_folder(path: Path) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _owned(st)


def remove_private_folder(folder: Path) -> None:
    """Remove a private folder and everything in it; links in it are removed, never followed.
    Nothing happens if it is gone already, is a link or is not the user's."""
    if _our_folder(folder):
        # rmtree works through file descriptors where it can (Linux): a link planted inside
        # while it runs is removed, not followed; a link given as the folder is refused.
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_private_folders(prefix: str) -> list[Path]:
    """Remove the private folders of `prefix` that runs which no longer live left (a run killed
    before it could remove its own); returns them. Never fails."""
    from coordinator_app.store.lock import pid_running

    root = Path(tempfile.gettempdir())
    pattern = _folder_pattern(prefix)
    removed: list[Path] = []
    try:
        names = sorted(entry.name for entry in root.iterdir())
    except OSError:
        return removed
    for name in names:
        match = pattern.fullmatch(name)
        if match is None:
            continue
        folder = root / name
        pid = int(match[1])
        if pid == os.getpid() or pid_running(pid) or not _our_folder(folder):
            continue
        remove_private_folder(folder)
        if not os.path.lexists(folder):
            removed.append(folder)
    return removed
