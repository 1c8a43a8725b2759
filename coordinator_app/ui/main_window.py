"""The main window: navigation between the views, the group selector, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from coordinator_app import __version__
from coordinator_app.services import groups, settings
from coordinator_app.ui.backup_dialog import BackupActions
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.groups import GroupListModel
from coordinator_app.ui.logistics.view import LogisticsView
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.navigation import navigation_list, view_menu_text
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from coordinator_app.ui.planner.view import PlannerView
from coordinator_app.ui.preferences import PreferencesDialog
from coordinator_app.ui.roster.export import RosterExporter
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.view import RosterView
from coordinator_app.ui.shortcuts import ShortcutsDialog
from coordinator_app.ui.worker import wait_for_background_work


class MainWindow(QMainWindow):
    """One window; a view per part of the coordinator's work, for the group chosen at the top."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Coordinator"))
        self.resize(1440, 860)

        self.group_model = GroupListModel(self)
        self.group_box = QComboBox()
        self.group_box.setModel(self.group_model)
        self.group_box.setMinimumContentsLength(18)
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.currentIndexChanged.connect(self._group_chosen)

        self.roster = RosterView(ctx, lazy=True)
        self.planner = PlannerView(ctx, lazy=True)
        self.logistics = LogisticsView(ctx, lazy=True)
        self.minutes = MinutesView(ctx, lazy=True)
        self.views = QStackedWidget()
        self.nav = navigation_list()
        self.nav.currentRowChanged.connect(self.views.setCurrentIndex)
        self.view_actions: list[QAction] = []
        for index, view in enumerate((self.roster, self.planner, self.logistics, self.minutes)):
            self._add_view(view, view_menu_text(index))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

        self.exporter = RosterExporter(ctx, self)
        self.backups = BackupActions(ctx, self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()

        self.db_label = QLabel(str(ctx.db.path) if ctx.db.path else "")
        self.db_label.setAccessibleName(self.tr("Database file"))
        self.statusBar().addPermanentWidget(self.db_label)
        # Another instance has the database open: say so where the eye goes to check.
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setAccessibleName(self.tr("The database is open read-only"))
        self.read_only_label.setStyleSheet("font-weight: bold")
        self.read_only_label.setVisible(ctx.db.read_only)
        self.statusBar().addPermanentWidget(self.read_only_label)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.data_changed.connect(self.reload_groups)

        self.reload_groups()
        self.nav.setCurrentRow(0)
        self._restore_geometry()

    def _add_view(self, view: QWidget, menu_text: str) -> None:
        """A view (its entry in the navigation is there), a View menu entry, Ctrl+<number>."""
        self.views.addWidget(view)
        action = QAction(menu_text, self)
        action.setShortcut(QKeySequence(f"Ctrl+{len(self.view_actions) + 1}"))
        action.triggered.connect(lambda: self.show_view(view))
        self.view_actions.append(action)

    def _build_actions(self) -> None:
        undo = self.ctx.undo_stack
        self.undo_action = undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Windows habit, on every platform
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.new_group_action = QAction(self.tr("New &group…"), self)
        self.new_group_action.triggered.connect(self.new_group)
        self.import_action = QAction(self.tr("&Import contacts…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_contacts)
        self.export_csv_action = QAction(self.tr("Members as &CSV…"), self)
        self.export_csv_action.triggered.connect(lambda: self.exporter.export("csv"))
        self.export_vcf_action = QAction(self.tr("Members as &vCard…"), self)
        self.export_vcf_action.triggered.connect(lambda: self.exporter.export("vcf"))
        self.export_pdf_action = QAction(self.tr("Member list as &PDF…"), self)
        self.export_pdf_action.setShortcut(QKeySequence("Ctrl+P"))
        self.export_pdf_action.triggered.connect(lambda: self.exporter.export("pdf"))
        self.planner_settings_action = QAction(self.tr("Planner &settings…"), self)
        self.planner_settings_action.triggered.connect(self.planner_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.preferences_action = QAction(self.tr("Pre&ferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.preferences)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("Ctrl+/")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&About Coordinator"), self)
        self.about_action.triggered.connect(self.about)
        self.addAction(self.shortcuts_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_group_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        # Hidden views load when shown (see ui/lazy.py); their menus bring them up to date.
        export_menu.aboutToShow.connect(self.roster.loader.ensure_loaded)
        export_menu.aboutToShow.connect(self.planner.loader.ensure_loaded)
        export_menu.addAction(self.export_csv_action)
        export_menu.addAction(self.export_vcf_action)
        export_menu.addAction(self.export_pdf_action)
        export_menu.addSeparator()
        export_menu.addAction(self.planner.ics_action)
        export_menu.addAction(self.planner.save_agenda_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.planner_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.roster.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)

        members_menu = bar.addMenu(self.tr("&Members"))
        members_menu.aboutToShow.connect(self.roster.loader.ensure_loaded)
        for action in (
            self.roster.add_action,
            self.roster.edit_action,
            self.roster.new_job_action,
            self.roster.end_action,
        ):
            members_menu.addAction(action)
        members_menu.addSeparator()
        for action in self.roster.privacy_actions():
            members_menu.addAction(action)

        meetings_menu = bar.addMenu(self.tr("Mee&tings"))
        meetings_menu.aboutToShow.connect(self.planner.loader.ensure_loaded)
        for entry in self.planner.meeting_actions():
            if entry is None:
                meetings_menu.addSeparator()
            else:
                meetings_menu.addAction(entry)

        visit_menu = bar.addMenu(self.tr("Vi&sit"))
        visit_menu.aboutToShow.connect(self.logistics.loader.ensure_loaded)
        for entry in self.logistics.logistics_actions():
            if entry is None:
                visit_menu.addSeparator()
            else:
                visit_menu.addAction(entry)

        minutes_menu = bar.addMenu(self.tr("M&inutes"))
        minutes_menu.aboutToShow.connect(self.minutes.loader.ensure_loaded)
        for entry in self.minutes.minutes_actions():
            if entry is None:
                minutes_menu.addSeparator()
            else:
                minutes_menu.addAction(entry)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        label = QLabel(self.tr("&Group:"))
        label.setBuddy(self.group_box)
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        toolbar.addWidget(self.group_box)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_pdf_action)
        self.addToolBar(toolbar)

    # -- groups -------------------------------------------------------------------------------
    def reload_groups(self) -> None:
        current = self.ctx.group_id
        self.group_box.blockSignals(True)
        self.group_model.set_groups(groups.list_groups(self.ctx.db))
        row = self.group_model.row_of(current) if current is not None else -1
        if row < 0 and self.group_model.rowCount() > 0:
            row = 0
        self.group_box.setCurrentIndex(row)
        self.group_box.blockSignals(False)
        self._group_chosen(row)

    def _group_chosen(self, row: int) -> None:
        group = self.group_model.group_at(row)
        self.ctx.set_group(group.id if group else None)
        title = (
            self.tr("%1 – Coordinator").replace("%1", group.name)
            if group
            else self.tr("Coordinator")
        )
        if self.ctx.db.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)

    def select_group(self, group_id: int) -> None:
        row = self.group_model.row_of(group_id)
        if row >= 0:
            self.group_box.setCurrentIndex(row)

    def new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group:"))
        if not ok or not name.strip():
            return
        try:
            group_id = groups.create_group(self.ctx.db, name)
        except SAVE_ERRORS as exc:
            QMessageBox.warning(self, self.tr("New group"), error_text(exc))
            return
        self.reload_groups()
        self.select_group(group_id)
        self.ctx.status_message.emit(self.tr("Group “%1” created").replace("%1", name.strip()))

    # -- other actions --------------------------------------------------------------------------
    def import_contacts(self) -> None:
        dialog = ImportDialog(self.ctx, self)
        if dialog.choose_file() and dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify_changed()

    def planner_settings(self) -> None:
        dialog = PlannerSettingsDialog(
            self,
            settings.holiday_rules(self.ctx.db),
            settings.agenda_template(self.ctx.db, self.ctx.language),
            self.ctx.language,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings.set_holiday_rules(self.ctx.db, dialog.rules())
        settings.set_agenda_template(self.ctx.db, dialog.template())
        self.ctx.notify_changed()
        self.ctx.status_message.emit(self.tr("Planner settings saved"))

    def preferences(self) -> None:
        dialog = PreferencesDialog(self, self.ctx.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.status_message.emit(
                self.tr("The language changes when Coordinator starts next time.")
            )

    def show_view(self, view: QWidget) -> None:
        """Switch to `view` (one of the views in the navigation)."""
        self.nav.setCurrentRow(self.views.indexOf(view))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.findChildren(QAction)).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Coordinator"),
            self.tr(
                "<b>Coordinator</b> %1<br>For the coordinator of a professional network group: "
                "members, meetings, host visits and round-table minutes, offline."
            ).replace("%1", __version__),
        )

    # -- window state -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        wait_for_background_work()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
