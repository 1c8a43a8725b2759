"""Importing contacts: choose a file, map CSV columns if needed, preview, choose per duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.contacts import ParsedContacts
from coordinator_app.exchange.contacts_import import (
    check_table,
    is_vcard,
    read_contact_file,
    read_contacts,
)
from coordinator_app.exchange.csv_import import (
    ContactField,
    CsvTable,
    detect_layout,
    guess_mapping,
    read_csv_table,
    records_from_table,
)
from coordinator_app.exchange.file_kinds import not_a_contact_list
from coordinator_app.services import groups
from coordinator_app.services.contact_import import (
    DuplicateAction,
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
)
from coordinator_app.store.database import Database
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.forms import from_qdate
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.roster.commands import ImportContacts
from coordinator_app.ui.roster.import_models import (
    MappingModel,
    PreviewModel,
    ProblemsModel,
    action_choices,
    field_choices,
)
from coordinator_app.ui.roster.job_dates import date_edit
from coordinator_app.ui.worker import Progress, run_in_background, run_with_progress


@dataclass
class LoadedFile:
    """A file read off the UI thread: a plan to preview, or a CSV table that needs a mapping."""

    plan: ImportPlan | None = None
    table: CsvTable | None = None
    mapping: dict[int, ContactField] | None = None


def load_contacts(db: Database, path: Path) -> LoadedFile:
    """Read and parse `path`; plan right away unless it is a CSV of unknown layout. A file that
    is no contact list (a calendar, a PDF, …) gives a plan of one problem that says what it is."""
    data = read_contact_file(path)  # ImportTooLarge before a huge file is read
    if (not_contacts := not_a_contact_list(data, path.name)) is not None:
        return LoadedFile(plan=ImportPlan(problems=[not_contacts]))
    if is_vcard(data, path.name):
        return LoadedFile(plan=plan_import(db, read_contacts(data, path.name)))
    table = read_csv_table(data)
    check_table(table)
    layout = detect_layout(table.header)
    if layout is not None:
        return LoadedFile(plan=plan_import(db, records_from_table(table, layout[1])))
    return LoadedFile(table=table, mapping=guess_mapping(table.header))


def ask_for_import_group(parent: QWidget, ctx: AppContext) -> int | None:
    """The group an import goes into when there is none yet: asked for by name and created,
    then the current group. None if the user cancelled (nothing is created then)."""
    title = QCoreApplication.translate("ImportDialog", "Import contacts")
    label = QCoreApplication.translate(
        "ImportDialog",
        "Contacts are imported into a group, and there is none yet. Name of the new group:",
    )
    while True:
        name, ok = QInputDialog.getText(parent, title, label)
        if not ok or not name.strip():
            return None
        try:
            group_id = groups.create_group(ctx.db, name)
        except SAVE_ERRORS as exc:
            plain_text.warning(parent, title, error_text(exc))
            continue
        ctx.set_group(group_id)
        ctx.notify_changed()  # the main window lists the new group and shows it
        return group_id


class ImportDialog(QDialog):
    """The import of contacts into the current group, with a preview before anything is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 620)
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.progress: QProgressDialog | None = None  # while the import is saved

        self.pages = QStackedWidget()
        # Page 0: column mapping for an unknown CSV layout.
        self.mapping_intro = QLabel(
            self.tr(
                "This CSV file has an unfamiliar layout. Choose what each column contains; "
                "at least a name or an e-mail column is needed."
            )
        )
        self.mapping_intro.setWordWrap(True)
        self.mapping_view = QTableView()
        self.mapping_view.setAccessibleName(self.tr("Columns in the file"))
        self.mapping_view.setItemDelegateForColumn(2, ChoiceDelegate(field_choices(), self))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.verticalHeader().hide()
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.addWidget(self.mapping_intro)
        mapping_layout.addWidget(self.mapping_view)
        self.pages.addWidget(mapping_page)

        # Page 1: preview.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Contacts to import"))
        self.preview.setItemDelegateForColumn(
            PreviewModel.ACTION, ChoiceDelegate(action_choices(), self)
        )
        self.preview.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems = QTableView()
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.verticalHeader().hide()
        self.problems.setWordWrap(True)
        self.problems_box = problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(problems_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.splitter, 1)
        # The day the contacts joined the group, for those without one in the file.
        self.joined = date_edit(None)
        self.joined.setAccessibleName(self.tr("Member since"))
        joined_label = QLabel(self.tr("Member &since:"))
        joined_label.setBuddy(self.joined)
        self.joined_hint = QLabel()
        self.joined_hint.setWordWrap(True)
        joined_row = QHBoxLayout()
        joined_row.addWidget(joined_label)
        joined_row.addWidget(self.joined)
        joined_row.addWidget(self.joined_hint, 1)
        preview_layout.addLayout(joined_row)
        self.pages.addWidget(preview_page)

        self.buttons = QDialogButtonBox()
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.clicked.connect(self._mapping_done)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        self.file_label = plain_label()  # the file's name, which anyone could have chosen
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.next_button.hide()
        self.import_button.setEnabled(False)

    # -- loading ---------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        """Ask for a file and start reading it; False if the user cancelled."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self.parentWidget(),
            self.tr("Import contacts"),
            start,
            self.tr("Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)"),
        )
        if not chosen:
            return False
        self.load_file(Path(chosen))
        return True

    def load_file(self, path: Path) -> None:
        """Read `path` off the UI thread; the preview (or column mapping) follows."""
        self.path = path
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        self.summary.setText(self.tr("Reading the file…"))
        db = self.ctx.db
        run_in_background(
            self,
            self.tr("Reading contacts…"),
            lambda: load_contacts(db, path),
            self._loaded,
            self._load_failed,
        )

    def _load_failed(self, exc: Exception) -> None:
        plain_text.warning(
            self,
            self.tr("Import contacts"),
            self.tr("The file could not be read: %1").replace("%1", error_text(exc)),
        )
        self.reject()

    def _loaded(self, loaded: object) -> None:
        assert isinstance(loaded, LoadedFile)
        if loaded.plan is not None:
            self.show_plan(loaded.plan)
            return
        assert loaded.table is not None
        self.mapping_model = MappingModel(loaded.table, loaded.mapping or {}, self)
        self.mapping_view.setModel(self.mapping_model)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping_view.setColumnWidth(2, 240)
        self.pages.setCurrentIndex(0)
        self.next_button.show()
        self.next_button.setDefault(True)

    def _mapping_done(self) -> None:
        if not self.mapping_model.has_name_or_email():
            plain_text.information(
                self,
                self.tr("Import contacts"),
                self.tr("Choose at least one column with a name or an e-mail address."),
            )
            return
        parsed: ParsedContacts = records_from_table(
            self.mapping_model.table, self.mapping_model.mapping
        )
        self.show_plan(plan_import(self.ctx.db, parsed))

    # -- preview ---------------------------------------------------------------------------------
    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.next_button.hide()
        self.preview_model = PreviewModel(plan, self)
        self.preview.setModel(self.preview_model)
        self.preview_model.dataChanged.connect(lambda *_: self._update_summary())
        self.problems_model = ProblemsModel(plan.problems, self)
        self.problems.setModel(self.problems_model)
        self.problems.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problems.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column) + 12, 260))
        self.problems_box.setVisible(bool(plan.problems))
        self.pages.setCurrentIndex(1)
        self._show_joined_hint(plan)
        self._update_summary()

    def _show_joined_hint(self, plan: ImportPlan) -> None:
        """Say how many contacts the file gives a "member since" day; the others get the one
        chosen here."""
        total = len(plan.rows)
        dated = sum(1 for row in plan.rows if row.record.member_since is not None)
        self.joined.setEnabled(dated < total)
        if total and dated == total:
            text = self.tr("Every contact has its “member since” day in the file.")
        elif dated:
            text = self.tr(
                "%1 of %2 contacts have a “member since” day in the file; the rest get this day."
            )
            text = text.replace("%1", str(dated)).replace("%2", str(total))
        else:
            text = self.tr("The file has no “member since” days: the contacts get this day.")
        self.joined_hint.setText(text)

    def _update_summary(self) -> None:
        assert self.plan is not None
        counts = self.preview_model.counts()
        duplicates = sum(1 for row in self.plan.rows if row.duplicate_name)
        parts = [
            self.tr("%n contact(s) in the file", "", len(self.plan.rows)),
            self.tr("%n already known", "", duplicates),
        ]
        text = (
            "; ".join(parts)
            + ". "
            + self.tr("Will add %1, update %2 and skip %3.")
            .replace("%1", str(counts[DuplicateAction.ADD]))
            .replace("%2", str(counts[DuplicateAction.UPDATE]))
            .replace("%3", str(counts[DuplicateAction.SKIP]))
        )
        if duplicates:
            text += " " + self.tr("Choose in the Action column what to do with each duplicate.")
        self.summary.setText(text)
        self.problems_label.setText(
            self.tr(
                "%n problem(s) found. Each says what is left out; the rest can be imported.",
                "",
                len(self.plan.problems),
            )
            if self.plan.rows
            else self.tr("Nothing in this file can be imported:")  # a calendar, a PDF, …
        )
        to_save = counts[DuplicateAction.ADD] + counts[DuplicateAction.UPDATE]
        self.import_button.setText(self.tr("&Import %n contact(s)", "", to_save))
        self.import_button.setEnabled(to_save > 0)

    # -- importing -------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None:
            return
        group_id = self.ctx.group_id
        if group_id is None:  # the main window asks first; here too, should it not have
            group_id = ask_for_import_group(self, self.ctx)
            if group_id is None:
                return
        self.import_button.setEnabled(False)
        db, rows = self.ctx.db, list(self.plan.rows)
        joined = from_qdate(self.joined.date())

        def work(progress: Progress) -> ImportResult:
            return apply_import(db, group_id, rows, joined_on=joined, progress=progress)

        self.progress = run_with_progress(
            self,
            self.tr("Importing contacts…"),
            work,
            self._imported,
            self._import_failed,
            self._progress_text,
        )

    def _progress_text(self, done: int, total: int) -> str:
        locale = QLocale()
        return (
            self.tr("%1 of %2 contacts")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.progress = None  # deleted by the worker's finish
        self.import_result = result
        if result.changes is not None and not result.changes.empty:
            # One step of the undo history: undo takes back the whole import.
            name = self.path.name if self.path is not None else ""
            self.ctx.undo_stack.push(ImportContacts(self.ctx, result.changes, name))
        self.ctx.status_message.emit(
            self.tr("Imported: %1 added, %2 updated, %3 skipped")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
        )
        self.ctx.notify_changed()
        self.accept()

    def _import_failed(self, exc: Exception) -> None:
        self.progress = None
        self.import_button.setEnabled(True)
        plain_text.warning(
            self,
            self.tr("Import failed"),
            self.tr("Nothing was imported: %1").replace("%1", error_text(exc)),
        )
