"""What every view shares: the open database, the current group, undo history and change news."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from coordinator_app.store.database import Database


class AppContext(QObject):
    """The open database and the one signal views refresh on (Anki's "what changed" idea)."""

    #: Something in the database changed; views re-read what they show.
    data_changed = Signal()
    #: The coordinator picked another group (its id, or -1 for none).
    group_changed = Signal(int)
    #: A short message for the status bar.
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._group_id: int | None = None
        self.language = "da"

    @property
    def group_id(self) -> int | None:
        return self._group_id

    def set_group(self, group_id: int | None) -> None:
        if group_id != self._group_id:
            self._group_id = group_id
            self.group_changed.emit(-1 if group_id is None else group_id)

    def notify_changed(self) -> None:
        self.data_changed.emit()
