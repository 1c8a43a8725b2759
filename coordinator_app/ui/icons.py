"""The icons of the navigation and the main toolbar: Font Awesome 5 (free licence) through
qtawesome, or the style's standard icons where qtawesome cannot be loaded.

qtawesome (with QtPy) takes about a tenth of a second to import and to load its font, so the
start's frame and members' preview (`ui/app.py`, `ui/start_preview.py`) never import it: they
show the standard icons (`standard_icon`), and the main window, made after they are painted,
asks for the real ones (`icon`).
"""

from __future__ import annotations

import os
from functools import cache
from types import ModuleType

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget

SP = QStyle.StandardPixmap

# name: (qtawesome's name, the standard icon in its place)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "members": ("fa5s.users", SP.SP_FileDialogDetailedView),
    "planner": ("fa5s.calendar-alt", SP.SP_FileDialogContentsView),
    "visit": ("fa5s.building", SP.SP_DirHomeIcon),
    "minutes": ("fa5s.clipboard-list", SP.SP_FileDialogInfoView),
    "undo": ("fa5s.undo-alt", SP.SP_ArrowBack),
    "redo": ("fa5s.redo-alt", SP.SP_ArrowForward),
    "import": ("fa5s.file-import", SP.SP_DialogOpenButton),
    "pdf": ("fa5s.file-pdf", SP.SP_DialogSaveButton),
}

#: The navigation's icons, in the order of its views.
VIEW_ICONS = ("members", "planner", "visit", "minutes")


@cache
def _qtawesome() -> ModuleType | None:
    """qtawesome on PySide6, or None if it is missing or cannot load its fonts."""
    os.environ.setdefault("QT_API", "pyside6")
    try:
        import qtawesome

        qtawesome.icon(ICONS["members"][0])  # loads the font: fails here, not later
    except Exception:
        return None
    return qtawesome


def standard_icon(name: str, widget: QWidget | None = None) -> QIcon:
    style = widget.style() if widget is not None else QApplication.style()
    return style.standardIcon(ICONS[name][1])


def icon(name: str, widget: QWidget | None = None) -> QIcon:
    """The icon called `name` (see ICONS) in the palette's text colours, or the standard one."""
    qta = _qtawesome()
    if qta is not None:
        palette = widget.palette() if widget is not None else QApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        try:
            return qta.icon(
                ICONS[name][0],
                color=text,
                color_active=text,
                color_selected=palette.color(QPalette.ColorRole.HighlightedText),
                color_disabled=palette.color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
                ),
            )
        except Exception:
            pass
    return standard_icon(name, widget)
