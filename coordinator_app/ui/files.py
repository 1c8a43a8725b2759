"""Files the user picks and opens: the save dialog, safe file names, the system's viewer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on every system (no slashes, colons and the like)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(cleaned.split())[:120] or "document"


def ask_save_path(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save, starting in the user's documents folder; the file gets `suffix`
    ("…pdf") if the user typed a name without it. None when the user cancels."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(documents) / suggested_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_in_viewer(path: Path) -> bool:
    """Open a file in the system's program for its type (PDF viewer, mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
