"""The main window: navigation between the views, the group selector, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from coordinator_app import __version__
from coordinator_app.services import groups, settings
from coordinator_app.ui import icons, plain_text, window_state
from coordinator_app.ui.backup_dialog import BackupActions
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.database_files import DatabaseFiles
from coordinator_app.ui.encryption.actions import EncryptionActions
from coordinator_app.ui.group_actions import GroupActions
from coordinator_app.ui.groups import GroupListModel
from coordinator_app.ui.logistics.view import LogisticsView
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.minutes.view import MinutesView
from coordinator_app.ui.navigation import (
    navigation_list,
    show_view_icons,
    view_menu_text,
    view_shortcut,
)
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from coordinator_app.ui.planner.view import PlannerView
from coordinator_app.ui.preferences import PreferencesDialog
from coordinator_app.ui.print_actions import PrintActions
from coordinator_app.ui.roster.export import RosterExporter
from coordinator_app.ui.roster.import_dialog import ImportDialog, ask_for_import_group
from coordinator_app.ui.roster.view import RosterView
from coordinator_app.ui.search.panel import OneSearch
from coordinator_app.ui.shortcuts import ShortcutsDialog
from coordinator_app.ui.worker import wait_for_background_work


class MainWindow(QMainWindow):
    """One window; a view per part of the coordinator's work, for the group chosen at the top."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Coordinator"))
        # The group, view and year this database was left on (restored below).
        self.memory = window_state.DatabaseMemory(ctx.db.path)
        self._placed_on_screen = False

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
        # The views and, once a search is run, its results beside them (ui/search/): the
        # results take their room from the views, not from beyond the screen's edge.
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("viewsAndSearch")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.views)
        self.body.setStretchFactor(0, 1)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self.exporter = RosterExporter(ctx, self)
        self.backups = BackupActions(ctx, self)
        self.group_actions = GroupActions(ctx, self)
        # File ▸ Open database… and Recent databases: the window reopens on another file.
        self.database_files = DatabaseFiles(ctx, self)
        self.database_files.reopened.connect(self._database_reopened)
        # File ▸ Encrypt database…, Change passphrase…, Lock (Ctrl+L): ui/encryption/.
        self.encryption = EncryptionActions(ctx, self, self.database_files)
        # File ▸ Print… (Ctrl+P): what the view on screen prints.
        self.printing = PrintActions(
            ctx, self, self.views, self.roster, self.planner, self.logistics, self.minutes
        )
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._tie_actions_to_views()
        # The one search: a field in the toolbar (Ctrl+K), its results beside the views.
        self.one_search = OneSearch(self)

        self.db_label = plain_label(str(ctx.db.path) if ctx.db.path else "")
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

        self._restore_where_left()
        self._restore_geometry()
        show_view_icons(self.nav)

    def _add_view(self, view: QWidget, menu_text: str) -> None:
        """A view (its entry in the navigation is there), a View menu entry, Ctrl+<number>."""
        self.views.addWidget(view)
        action = QAction(menu_text, self)
        action.setShortcut(view_shortcut(len(self.view_actions)))
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
        file_menu.addAction(self.database_files.open_action)
        file_menu.addMenu(self.database_files.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.new_group_action)
        # Rename, delete, the coordinators, the demo data; also the group selector's menu.
        group_menu = file_menu.addMenu(self.tr("Gr&oup"))
        group_menu.aboutToShow.connect(self.group_actions.update_actions)
        group_menu.addAction(self.new_group_action)
        group_menu.addSeparator()
        for action in self.group_actions.actions():
            group_menu.addAction(action)
        self.group_box.addActions([self.new_group_action, *self.group_actions.actions()])
        self.group_box.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.logistics.replies.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        # Hidden views load when shown (see ui/lazy.py); their menus bring them up to date.
        export_menu.aboutToShow.connect(self.roster.loader.ensure_loaded)
        export_menu.aboutToShow.connect(self.planner.loader.ensure_loaded)
        export_menu.addAction(self.export_csv_action)
        export_menu.addAction(self.export_vcf_action)
        export_menu.addAction(self.export_pdf_action)
        export_menu.addSeparator()
        export_menu.addAction(self.planner.ics_action)
        export_menu.addAction(self.planner.invitations_action)
        export_menu.addAction(self.planner.save_agenda_action)
        file_menu.addAction(self.printing.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        self.encryption.add_to_menu(file_menu)
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
            self.roster.delete_action,
        ):
            members_menu.addAction(action)
        members_menu.addSeparator()
        for action in self.roster.consent_actions():
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

        # The menus of the views' own actions (see `_tie_actions_to_views`).
        self.view_menus: dict[QWidget, QMenu] = {
            self.roster: members_menu,
            self.planner: meetings_menu,
            self.logistics: visit_menu,
            self.minutes: minutes_menu,
        }

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        label = QLabel(self.tr("&Group:"))
        label.setBuddy(self.group_box)
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        toolbar.addWidget(self.group_box)
        toolbar.addSeparator()
        # Fixed labels, so that the toolbar does not move as the step to undo changes; the
        # step is named in the tooltip (and in the Edit menu).
        self.undo_tool_action = QAction(self.tr("Undo"), self)
        self.undo_tool_action.triggered.connect(self.ctx.undo_stack.undo)
        self.redo_tool_action = QAction(self.tr("Redo"), self)
        self.redo_tool_action.triggered.connect(self.ctx.undo_stack.redo)
        toolbar.addAction(self.undo_tool_action)
        toolbar.addAction(self.redo_tool_action)
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_pdf_action)
        self.addToolBar(toolbar)
        self.group_box.setToolTip(
            self.tr("The group whose members, meetings, visits and minutes are shown")
        )
        self.undo_action.setIcon(icons.icon("undo", self))
        self.redo_action.setIcon(icons.icon("redo", self))
        self.import_action.setIcon(icons.icon("import", self))
        self.export_pdf_action.setIcon(icons.icon("pdf", self))
        tips = (
            (self.import_action, self.tr("Import members from a CSV or vCard file (%1)")),
            (self.export_pdf_action, self.tr("Save the group's member list as a PDF (%1)")),
        )
        for action, tip in tips:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(tip.replace("%1", keys) if keys else tip.replace(" (%1)", ""))
        self.undo_tool_action.setIcon(self.undo_action.icon())
        self.redo_tool_action.setIcon(self.redo_action.icon())
        stack = self.ctx.undo_stack
        for signal in (stack.indexChanged, stack.cleanChanged, stack.canUndoChanged):
            signal.connect(self._update_undo_buttons)
        self._update_undo_buttons()

    def _update_undo_buttons(self) -> None:
        """The toolbar's undo and redo: enabled as the stack allows, the step in the tooltip."""
        stack = self.ctx.undo_stack
        for action, menu_action, can, step, tip, nothing in (
            (
                self.undo_tool_action,
                self.undo_action,
                stack.canUndo(),
                stack.undoText(),
                self.tr("Undo “%1” (%2)"),
                self.tr("Nothing to undo"),
            ),
            (
                self.redo_tool_action,
                self.redo_action,
                stack.canRedo(),
                stack.redoText(),
                self.tr("Redo “%1” (%2)"),
                self.tr("Nothing to redo"),
            ),
        ):
            action.setEnabled(can)
            keys = menu_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = tip.replace("%2", keys).replace("%1", step) if can else nothing
            action.setToolTip(plain_text.as_text(text))  # the step may quote a member's name

    def _tie_actions_to_views(self) -> None:
        """A view's actions work only while the view is shown: a menu entry or shortcut must not
        change what nobody sees (the Minutes menu's "Remove entry" from the roster). Each view's
        actions are a group, enabled while the view is current; within it, each action keeps
        the state its view gives it."""
        self.view_action_groups: dict[QWidget, QActionGroup] = {}
        for view, menu in self.view_menus.items():
            group = QActionGroup(self)
            group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
            for action in menu.actions():
                if not action.isSeparator() and action.menu() is None:
                    group.addAction(action)
            self.view_action_groups[view] = group
        self.view_action_groups[self.roster].addAction(self.roster.find_action)
        self.views.currentChanged.connect(self._enable_view_actions)
        self._enable_view_actions()

    def _enable_view_actions(self) -> None:
        current = self.views.currentWidget()
        for view, group in self.view_action_groups.items():
            group.setEnabled(view is current)

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
        self.memory.group_id = group.id if group else None
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
            plain_text.warning(self, self.tr("New group"), error_text(exc))
            return
        self.reload_groups()
        self.select_group(group_id)
        self.ctx.status_message.emit(self.tr("Group “%1” created").replace("%1", name.strip()))

    # -- other actions --------------------------------------------------------------------------
    def import_contacts(self) -> None:
        # An import goes into a group: with none yet, one is named and created first.
        if self.ctx.group_id is None and ask_for_import_group(self, self.ctx) is None:
            return
        dialog = ImportDialog(self.ctx, self)
        if dialog.choose_file() and dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.notify_changed()

    def planner_settings(self) -> None:
        dialog = PlannerSettingsDialog(
            self,
            settings.holiday_rules(self.ctx.db),
            settings.agenda_template(self.ctx.db, self.ctx.language),
            self.ctx.language,
            checklist=settings.checklist_template(self.ctx.db, self.ctx.language),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings.set_holiday_rules(self.ctx.db, dialog.rules())
        settings.set_agenda_template(self.ctx.db, dialog.template())
        settings.set_checklist_template(self.ctx.db, dialog.checklist())
        self.ctx.notify_changed()
        self.ctx.status_message.emit(self.tr("Planner settings saved"))

    def preferences(self) -> None:
        dialog = PreferencesDialog(self, self.ctx.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.encryption.lock.apply_settings()  # the minutes until the database locks
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

    def _database_reopened(self) -> None:
        """Another database file is open (File ▸ Open database…): show what it holds, on the
        group it was left on."""
        self.memory = window_state.DatabaseMemory(self.ctx.db.path)
        self.ctx.set_group(self.memory.group_id)
        self.db_label.setText(str(self.ctx.db.path) if self.ctx.db.path else "")
        self.read_only_label.setVisible(self.ctx.db.read_only)
        self.backups.restore_action.setEnabled(not self.ctx.db.read_only)
        self.reload_groups()
        self.ctx.notify_changed()

    # -- window state -------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        """Every splitter of the views, by a name that stays the same from run to run."""
        found: dict[str, QSplitter] = {}
        for index in range(self.views.count()):
            view = self.views.widget(index)
            assert view is not None
            for number, splitter in enumerate(view.findChildren(QSplitter)):
                found[f"{type(view).__name__}/{splitter.objectName() or number}"] = splitter
        return found

    def _restore_where_left(self) -> None:
        """The group, view and planner year this database was left on (else the first)."""
        group_id = self.memory.group_id
        if self.ctx.group_id is None and group_id is not None:
            self.ctx.set_group(group_id)  # kept if the group is still there
        self.reload_groups()
        year = self.memory.year
        if year is not None:
            self.planner.show_year(year)  # the year stays when the group's plan is opened
        view = self.memory.view
        self.nav.setCurrentRow(view if view is not None and 0 <= view < self.nav.count() else 0)
        self._planner_seen = self.views.currentWidget() is self.planner
        self.nav.currentRowChanged.connect(self._remember_view)

    def _remember_view(self, row: int) -> None:
        self.memory.view = row
        if self.views.currentWidget() is self.planner:
            self._planner_seen = True

    def _restore_geometry(self) -> None:
        """Where the window was, with its splitters; on a first start, fitted to the screen."""
        window_state.place_window(self)
        window_state.restore_splitters(self._splitters())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed_on_screen:
            self._placed_on_screen = True
            # The frame's size is known once the window system has it on screen.
            QTimer.singleShot(0, self, lambda: window_state.keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        wait_for_background_work()
        window_state.save_geometry(self)
        window_state.save_splitters(self._splitters())
        self.memory.view = self.nav.currentRow()
        if self._planner_seen:  # the year last looked at, not the one it would open on
            self.memory.year = self.planner.year
        super().closeEvent(event)
