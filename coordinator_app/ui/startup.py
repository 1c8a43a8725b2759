"""The safe start of the GUI: one instance per database, a damaged file, the daily backup, and
the last-resort handler for errors nobody caught."""

from __future__ import annotations

import errno
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coordinator_app.domain.dates import format_short_date
from coordinator_app.services import backups as backup_service
from coordinator_app.store import backups
from coordinator_app.store.backups import BackupInfo
from coordinator_app.store.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    StorageReadOnly,
    open_database,
)
from coordinator_app.store.keys import DataKey
from coordinator_app.store.lock import DatabaseInUse, DatabaseLock
from coordinator_app.store.sqlite_file import FileCheck
from coordinator_app.ui import plain_text
from coordinator_app.ui.encryption.opening import after_opening, ask_before_opening
from coordinator_app.ui.encryption.unlock import Unlocked
from coordinator_app.ui.messages import database_error_text, error_text


@dataclass
class OpenedDatabase:
    """The database the GUI works on, and its lock (None when opened read-only)."""

    db: Database
    lock: DatabaseLock | None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def ask_read_only(parent: QWidget | None, exc: DatabaseInUse) -> bool:
    """Another instance has the database open: open it read-only (True) or quit (False)?"""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the lock file names the host: a file's text
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("startup", "Coordinator is already open"))
    box.setText(database_error_text(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "startup",
            "You can open the database read-only here: you can look and export, but not change "
            "anything.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("startup", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def ask_restore(
    parent: QWidget | None, path: Path, exc: DatabaseDamaged, newest: BackupInfo, language: str
) -> bool:
    """The database is damaged: restore the newest backup (True) or quit (False)?"""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's path
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("startup", "The database is damaged"))
    box.setText(
        QCoreApplication.translate(
            "startup",
            "The database %1 is damaged or is not a Coordinator database. It was not changed.",
        ).replace("%1", str(path))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "startup",
            "Restore the newest backup, made %1? The damaged file is kept beside it under a new "
            "name; it is never deleted.",
        ).replace(
            "%1",
            f"{format_short_date(newest.created.date(), language)} {newest.created:%H:%M}",
        )
    )
    box.setDetailedText(str(exc))
    restore = box.addButton(
        QCoreApplication.translate("startup", "&Restore backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def cannot_open(parent: QWidget | None, path: Path, exc: BaseException) -> None:
    text = QCoreApplication.translate("startup", "The database %1 could not be opened.").replace(
        "%1", str(path)
    )
    detail = error_text(exc)
    if isinstance(exc, DatabaseDamaged):
        detail += "\n\n" + QCoreApplication.translate(
            "startup", "There is no backup to restore. The file was not changed."
        )
    plain_text.critical(
        parent, QCoreApplication.translate("startup", "Coordinator"), f"{text}\n\n{detail}"
    )


def tell_read_only_location(parent: QWidget | None, path: Path) -> None:
    """A sound database that cannot be written where it lies was opened read-only."""
    plain_text.information(
        parent,
        QCoreApplication.translate("startup", "Opened read-only"),
        QCoreApplication.translate(
            "startup",
            "The database %1 cannot be written where it is (a read-only file or folder, or a "
            "write-protected medium). It was opened read-only: you can look and export, but "
            "not change anything.",
        ).replace("%1", str(path)),
    )


# A lock file that cannot be made beside the database: no permission, a read-only medium.
_READ_ONLY_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _open_or_restore(
    path: Path,
    read_only: bool,
    parent: QWidget | None,
    language: str,
    file_check: FileCheck | None = None,
    read_only_location: bool = False,
    key: DataKey | None = None,
) -> Database | None:
    try:
        try:
            db = open_database(path, read_only=read_only, file_check=file_check, key=key)
        except StorageReadOnly:
            # Sound, but not writable here: never "damaged", never restored over.
            if read_only:
                raise
            db = open_database(path, read_only=True, file_check=file_check, key=key)
            read_only_location = True
        if read_only_location:
            tell_read_only_location(parent, path)
        return db
    except DatabaseDamaged as exc:
        damaged = exc
    except (DatabaseError, OSError) as exc:
        cannot_open(parent, path, exc)
        return None
    newest = None if read_only or read_only_location else backups.newest_restorable(path, key)
    if newest is None:
        cannot_open(parent, path, damaged)
        return None
    if not ask_restore(parent, path, damaged, newest, language):
        return None
    try:
        aside = backups.restore_over_damaged(path, newest.path, key=key)
        db = open_database(path, key=key)
    except (DatabaseError, OSError) as exc:
        cannot_open(parent, path, exc)
        return None
    plain_text.information(
        parent,
        QCoreApplication.translate("startup", "Coordinator"),
        QCoreApplication.translate(
            "startup", "The backup was restored. The damaged file was kept as %1."
        ).replace("%1", str(aside)),
    )
    return db


def open_for_gui(
    path: Path,
    parent: QWidget | None = None,
    language: str = "da",
    file_check: FileCheck | None = None,
    unlocked: Unlocked | None = None,
) -> OpenedDatabase | None:
    """Take the database's lock and open it; None if the user chose to quit or it cannot be
    opened (the user was told why).

    A new database is encrypted unless the user insists otherwise, an encrypted one is unlocked
    with the key remembered on this computer or the passphrase or recovery key asked for
    (`ui/encryption/opening.py`); `unlocked`: the key the start already unlocked it with.

    Held by another instance: asks whether to open read-only. On a read-only location (no
    lock file can be made beside it, or SQLite cannot write it): opened read-only, and the user
    is told. Damaged: offers to restore the newest backup, keeping the damaged file aside.
    `file_check`: a check of the file started earlier (see `open_database`).
    """
    path = path.expanduser()
    lock: DatabaseLock | None = None
    read_only = read_only_location = False
    try:
        lock = DatabaseLock.acquire(path)
    except DatabaseInUse as exc:
        if not ask_read_only(parent, exc):
            return None
        read_only = True
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRORS or not path.is_file():
            cannot_open(parent, path, exc)
            return None
        read_only = read_only_location = True
    except DatabaseError as exc:  # a lock file that is a link, say
        cannot_open(parent, path, exc)
        return None
    try:
        opening = ask_before_opening(path, parent, unlocked, read_only=read_only)
        db = (
            _open_or_restore(
                path, read_only, parent, language, file_check, read_only_location, opening.key
            )
            if opening is not None
            else None
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if db is None or opening is None:
        if lock is not None:
            lock.release()
        return None
    after_opening(db, opening, parent)
    return OpenedDatabase(db, lock)


def backup_at_start(db: Database) -> str:
    """The daily backup; returns a message for the status bar if it failed (never raises: the
    app works without it)."""
    if db.read_only or db.path is None:
        return ""
    try:
        backup_service.backup_at_start(db)
    except (DatabaseError, OSError) as exc:
        return QCoreApplication.translate(
            "startup", "The daily backup could not be made: %1"
        ).replace("%1", error_text(exc))
    return ""


# --- the last resort ---------------------------------------------------------------------------


def crash_report(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Where an error happened, without what it says: an exception's message can quote a
    member's data (a name, an e-mail address, a round-table text), so only the kind of error
    and the code's lines (file, line, function, source) are reported."""
    lines = [
        "Coordinator ran into an unexpected error. The error's message is left out of this "
        "report: it may contain members' data.\n",
        "Traceback (most recent call last):\n",
        *traceback.format_list(traceback.extract_tb(tb)),
        f"{exc_type.__module__}.{exc_type.__qualname__}\n",
    ]
    cause = exc.__cause__ or exc.__context__ if exc is not None else None
    seen = 0
    while cause is not None and seen < 5:
        lines.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}\n")
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return "".join(lines)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def make_excepthook(
    show: Callable[[BaseException], None], stream: Callable[[], TextIO] = lambda: sys.stderr
) -> ExceptHook:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, DatabaseError):
            # A save nobody caught: the transaction was rolled back; say why and carry on.
            show(exc)
            return
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        stream().write(crash_report(exc_type, exc, tb))

    return hook


def _show_database_error(exc: BaseException) -> None:
    plain_text.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("startup", "Could not save"),
        error_text(exc),
    )


def install_excepthook() -> None:
    """Storage errors nobody caught become a message box (the app keeps running); any other
    error is reported to stderr without its message (see `crash_report`)."""
    sys.excepthook = make_excepthook(_show_database_error)
