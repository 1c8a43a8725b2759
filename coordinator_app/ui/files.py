"""Files the user picks and opens: the save dialog, safe file names, the system's viewer, and the
private folder of one run for documents opened in the viewer ("Print agenda")."""

from __future__ import annotations

import atexit
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from coordinator_app.store.files import (
    make_private_folder,
    remove_private_folder,
    remove_stale_private_folders,
)

PRINT_FOLDER_PREFIX = "coordinator-print"


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on every system (no slashes, colons and the like)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split())[:120] or "document"


def export_caption(title: str) -> str:
    """An export's save dialog title, with the note that the file is not encrypted."""
    return QCoreApplication.translate(
        "files", "%1 (exports are not encrypted: they are made to be sent)"
    ).replace("%1", title)


def ask_save_path(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save, starting in the user's documents folder; the file gets `suffix`
    ("…pdf") if the user typed a name without it. None when the user cancels.

    Exports stay unencrypted by design, also from an encrypted database (they are made to be
    sent): the dialog's title says so (`export_caption`), the one line every save dialog,
    native or not, shows."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, export_caption(title), str(Path(documents) / suggested_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_in_viewer(path: Path) -> bool:
    """Open a file in the system's program for its type (PDF viewer, mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _PrintFolder:
    """This run's folder for documents handed to the viewer; see `print_folder`."""

    path: Path | None = None
    hooked = False


def print_folder() -> Path:
    """This run's private folder (mode 0700) in the system's temp folder for documents opened in
    the viewer, made on first use. It is removed when the app quits (`aboutToQuit`, and at exit
    should the event loop not end normally), and at the next start if the run was killed."""
    if _PrintFolder.path is None or not _PrintFolder.path.is_dir():
        _PrintFolder.path = make_private_folder(PRINT_FOLDER_PREFIX)
    if not _PrintFolder.hooked:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_print_folder)
        atexit.register(remove_print_folder)
        _PrintFolder.hooked = True
    return _PrintFolder.path


def remove_print_folder() -> None:
    """Remove this run's print folder and the documents in it (nothing if there is none)."""
    folder, _PrintFolder.path = _PrintFolder.path, None
    if folder is not None:
        remove_private_folder(folder)


def remove_print_leftovers() -> list[Path]:
    """Remove the print folders of runs that were killed before they could (at the start)."""
    return remove_stale_private_folders(PRINT_FOLDER_PREFIX)
