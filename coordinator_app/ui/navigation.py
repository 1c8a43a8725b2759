"""The list of views at the main window's left, shared with the start's preview (PySide6 only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text


# The main window's views in their order: the title in the list, the View menu's entry, the icon.
VIEWS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Members"),
        QT_TRANSLATE_NOOP("MainWindow", "&Members"),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Year plan"),
        QT_TRANSLATE_NOOP("MainWindow", "&Year plan"),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Host visit"),
        QT_TRANSLATE_NOOP("MainWindow", "&Host visit"),
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Minutes"),
        QT_TRANSLATE_NOOP("MainWindow", "Mi&nutes"),
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
)


def view_title(index: int) -> str:
    return QCoreApplication.translate("MainWindow", VIEWS[index][0])


def view_menu_text(index: int) -> str:
    return QCoreApplication.translate("MainWindow", VIEWS[index][1])


def navigation_list(parent: QWidget | None = None) -> QListWidget:
    """The list of the views, one entry each, with their icons."""
    nav = QListWidget(parent)
    nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
    nav.setIconSize(QSize(20, 20))
    nav.setFixedWidth(150)
    nav.setFrameShape(QListWidget.Shape.NoFrame)
    for index, (_title, _menu_text, icon) in enumerate(VIEWS):
        item = QListWidgetItem(nav.style().standardIcon(icon), view_title(index))
        item.setSizeHint(QSize(0, 36))
        nav.addItem(item)
    return nav
