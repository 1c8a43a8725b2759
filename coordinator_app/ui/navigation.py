"""The list of views at the main window's left, shared with the start's preview (PySide6 only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from coordinator_app.ui import icons


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


# The main window's views in their order: the title in the list and the View menu's entry
# (their icons are `icons.VIEW_ICONS`).
VIEWS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Members"),
        QT_TRANSLATE_NOOP("MainWindow", "&Members"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Year plan"),
        QT_TRANSLATE_NOOP("MainWindow", "&Year plan"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Host visit"),
        QT_TRANSLATE_NOOP("MainWindow", "&Host visit"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Minutes"),
        QT_TRANSLATE_NOOP("MainWindow", "Mi&nutes"),
    ),
)


def view_title(index: int) -> str:
    return QCoreApplication.translate("MainWindow", VIEWS[index][0])


def view_menu_text(index: int) -> str:
    return QCoreApplication.translate("MainWindow", VIEWS[index][1])


def view_shortcut(index: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+4: the View menu's keys for the views."""
    return QKeySequence(f"Ctrl+{index + 1}")


def navigation_list(parent: QWidget | None = None) -> QListWidget:
    """The list of the views, one entry each, with the style's standard icons (light to load:
    the main window puts the real ones in with `show_view_icons`)."""
    nav = QListWidget(parent)
    nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
    nav.setIconSize(QSize(20, 20))
    nav.setFixedWidth(150)
    nav.setFrameShape(QListWidget.Shape.NoFrame)
    for index, name in enumerate(icons.VIEW_ICONS):
        item = QListWidgetItem(icons.standard_icon(name, nav), view_title(index))
        item.setSizeHint(QSize(0, 36))
        item.setToolTip(
            QCoreApplication.translate("MainWindow", "%1 (%2)")
            .replace("%1", view_title(index))
            .replace("%2", view_shortcut(index).toString(QKeySequence.SequenceFormat.NativeText))
        )
        nav.addItem(item)
    return nav


def show_view_icons(nav: QListWidget) -> None:
    """The navigation's own icons (qtawesome's, if it loads)."""
    for index, name in enumerate(icons.VIEW_ICONS):
        nav.item(index).setIcon(icons.icon(name, nav))
