"""Undoable edits: each is saved at once; undo and redo are each their own transaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import DatabaseError
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.messages import SAVE_ERRORS, show_error


class SavedCommand(QUndoCommand):
    """A command whose first `redo` already happened when the user saved (so errors show then).

    When an undo or a redo cannot be saved (a full disk, a read-only file) or is refused (a
    `ServiceError`: the people an import added now have attendance, say), the transaction was
    rolled back, so the database still holds the state before it; the user is told, and the
    undo history steps back to match the database (the step is not lost: it can be tried again).
    """

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._done_once = True
        # Set while the stack steps back over a failed undo or redo: the database already is in
        # the state that step leads to, so it must not be written again.
        self._in_database = False

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
        elif self._in_database:
            self._in_database = False
        else:
            try:
                self.apply()
            except SAVE_ERRORS as exc:
                self._failed(exc, self.ctx.undo_stack.undo)
                return
        self.ctx.notify_changed()

    def undo(self) -> None:
        if self._in_database:
            self._in_database = False
        else:
            try:
                self.revert()
            except SAVE_ERRORS as exc:
                self._failed(exc, self.ctx.undo_stack.redo)
                return
        self.ctx.notify_changed()

    def _failed(self, exc: DatabaseError | ServiceError, step_back: Callable[[], None]) -> None:
        # The stack has already moved past this command; move it back on the next turn of the
        # event loop (a stack cannot be moved from inside its own undo or redo), then say why.
        # Not the other way round: the message box's own event loop would run the step back
        # while the stack is still inside this undo or redo, where it does nothing.
        self._in_database = True

        def step_back_and_tell() -> None:
            step_back()
            show_error(
                QApplication.activeWindow(),
                QCoreApplication.translate("SavedCommand", "Could not save"),
                exc,
            )

        QTimer.singleShot(0, step_back_and_tell)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError
