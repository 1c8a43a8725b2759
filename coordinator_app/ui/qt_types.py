"""Type aliases shared by the item models: the index type Qt's model API passes in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
