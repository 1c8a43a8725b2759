"""What the window shows while the app is starting: the members of the group it opens on.

Read with `sqlite3` alone (`store.peek`) and drawn with the roster's own table and navigation,
before SQLAlchemy, the services and the views are loaded; the main window replaces it. Nothing
here can be changed: the search box waits, disabled, for the real roster. Keep this module's
imports to PySide6 and the light modules it names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coordinator_app.store.peek import RosterPeek
from coordinator_app.ui.navigation import navigation_list
from coordinator_app.ui.roster.model import RosterTableModel
from coordinator_app.ui.roster.table import fit_columns, member_table, table_beside_details


class StartPreview(QWidget):
    """The navigation and the member table, filled from `peek`, not yet usable."""

    def __init__(self, peek: RosterPeek, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = navigation_list()
        self.nav.setCurrentRow(0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("RosterView", "Search name, company, industry or expertise")
        )
        self.search.setAccessibleName(QCoreApplication.translate("RosterView", "Search members"))
        self.search.setEnabled(False)
        self.model = RosterTableModel(language, self)
        self.model.set_rows(peek.members)
        self.table = member_table(self.model)
        fit_columns(self.table)
        self.status = QLabel(QCoreApplication.translate("StartPreview", "Opening the database…"))

        # Laid out as the roster view: the table beside the (here empty) details pane.
        splitter = table_beside_details(self.table, QWidget())
        roster = QWidget()  # with a layout's usual margins, as the roster view has them
        column = QVBoxLayout(roster)
        column.addWidget(self.search)
        column.addWidget(splitter, 1)
        column.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(roster, 1)
