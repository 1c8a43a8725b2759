"""The Qt binding keeps Python's reference counts: a release that does not crashes the app.

PySide6 6.12.0 took a reference from None on every `beginResetModel`/`endResetModel` and
`beginInsertRows`/`endInsertRows` call, and from True or False on signals emitted from Python.
On Python 3.11, where None, True and False are counted like any object, the app then died
("Fatal Python error: none_dealloc") after some thousands of filter keystrokes or sorts, or when
it quit. pyproject.toml excludes that release; this test fails on any release that does it again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

CALLS = 200


class _Model(QAbstractTableModel):
    changed = Signal()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _reset(model: _Model) -> None:
    model.beginResetModel()
    model.endResetModel()


def _insert(model: _Model) -> None:
    model.beginInsertRows(QModelIndex(), 0, 0)
    model.endInsertRows()


def _relayout(model: _Model) -> None:
    model.layoutAboutToBeChanged.emit()
    model.layoutChanged.emit()


def _own_signal(model: _Model) -> None:
    model.changed.emit()


@pytest.mark.parametrize("call", [_reset, _insert, _relayout, _own_signal])
def test_model_calls_leave_none_true_and_false_alone(qapp, call: Callable[[_Model], None]) -> None:
    model = _Model()
    call(model)  # anything made once on the first call
    before = _counts()
    for _ in range(CALLS):
        call(model)
    after = _counts()
    # A few references may come and go elsewhere; one lost per call is what breaks.
    assert all(abs(a - b) < CALLS // 2 for a, b in zip(after, before, strict=True)), (
        before,
        after,
    )
