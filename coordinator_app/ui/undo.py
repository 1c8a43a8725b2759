"""Undoable edits: each is saved at once; undo and redo are each their own transaction."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from coordinator_app.ui.context import AppContext


class SavedCommand(QUndoCommand):
    """A command whose first `redo` already happened when the user saved (so errors show then)."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
        else:
            self.apply()
        self.ctx.notify_changed()

    def undo(self) -> None:
        self.revert()
        self.ctx.notify_changed()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError
