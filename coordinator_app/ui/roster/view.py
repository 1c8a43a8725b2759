"""The roster view: a filterable, sortable member table, a details pane and the member actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.domain.roster import JobRow, MemberRow, PersonDetails
from coordinator_app.services import membership, privacy, roster
from coordinator_app.services.errors import ServiceError
from coordinator_app.store.database import ErasureIncomplete
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.files import export_caption
from coordinator_app.ui.forms import from_qdate, to_qdate
from coordinator_app.ui.lazy import ReloadWhenShown
from coordinator_app.ui.messages import SAVE_ERRORS, show_error
from coordinator_app.ui.plain_text import escape, mnemonic_safe, plain_label
from coordinator_app.ui.roster.commands import (
    AddMember,
    EditJobDates,
    EditMember,
    EndMembership,
    NewJob,
    SetConsent,
)
from coordinator_app.ui.roster.job_dates import JobDatesDialog
from coordinator_app.ui.roster.member_actions import MemberActions
from coordinator_app.ui.roster.member_dialog import (
    JobHistoryModel,
    MemberDialog,
    NewJobDialog,
    job_history_table,
)
from coordinator_app.ui.roster.model import RosterData, RosterTableModel, prepare_rows
from coordinator_app.ui.roster.table import fit_columns, member_table, table_beside_details
from coordinator_app.ui.worker import run_quietly


class MemberDetails(QWidget):
    """The selected member at a glance: contact, job, expertise and job history."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.heading = plain_label()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.job = plain_label()
        self.job.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)  # the app's table; the values escaped
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_model = JobHistoryModel(language, self)
        self.history = job_history_table(self.history_model)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_label = QLabel(self.tr("Job history"))
        bold = self.history_label.font()
        bold.setBold(True)
        self.history_label.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.job)
        layout.addSpacing(6)
        layout.addWidget(self.facts)
        layout.addSpacing(6)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.show_member(None, None)

    def show_member(self, row: MemberRow | None, details: PersonDetails | None) -> None:
        visible = row is not None and details is not None
        for widget in (self.job, self.facts, self.history_label, self.history):
            widget.setVisible(visible)
        if row is None or details is None:
            self.heading.setText(self.tr("No member selected"))
            self.history_model.set_rows([])
            return
        self.heading.setText(row.name)
        job = row.title
        if row.company:
            job = self.tr("%1 at %2").replace("%1", row.title).replace("%2", row.company)
            if not row.title:
                job = row.company
        self.job.setText(job)
        lines: list[tuple[str, str]] = [
            (self.tr("E-mail"), row.email),
            (self.tr("Phone"), row.phone),
            (self.tr("Industry"), row.industry),
            (self.tr("Expertise"), ", ".join(row.expertise)),
            (self.tr("Dietary needs"), row.dietary_needs),
            (
                self.tr("Contact details"),
                self.tr("may be shared with the group")
                if row.consent_share_contact
                else self.tr("not to be shared"),
            ),
            (
                self.tr("Member since"),
                format_short_date(row.member_since, self._language) if row.member_since else "",
            ),
        ]
        if row.left_on is not None and row.left_on != dt.date.min:
            lines.append((self.tr("Left"), format_short_date(row.left_on, self._language)))
        html = "".join(
            f"<tr><td style='padding-right:10px;color:palette(placeholder-text)'>{label}</td>"
            f"<td>{_escape(value)}</td></tr>"
            for label, value in lines
            if value
        )
        self.facts.setText(f"<table>{html}</table>")
        self.history_model.set_rows(details.jobs)


def _escape(text: str) -> str:
    return escape(text)


class EndMembershipDialog(QDialog):
    """Asks for the date a member leaves; leaving keeps them in the history."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End membership"))
        text = plain_label(
            self.tr("%1 leaves the group. They stay in the history and in past minutes.").replace(
                "%1", name
            )
        )
        text.setWordWrap(True)
        self.left_on = QDateEdit()
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("dd-MM-yyyy")
        self.left_on.setDate(to_qdate(dt.date.today()))
        self.left_on.setAccessibleName(self.tr("Leaving date"))
        form = QFormLayout()
        label = QLabel(self.tr("&Leaves on:"))
        label.setBuddy(self.left_on)
        form.addRow(label, self.left_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End membership"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def date(self) -> dt.date:
        return from_qdate(self.left_on.date())


def _normalised(name: str) -> str:
    return " ".join(name.split()).casefold()


class ErasePersonDialog(QDialog):
    """Says what erasing a person does, and asks for their name to be typed to confirm."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(self.tr("Erase person"))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "<p><b>Erase the personal data of %1?</b></p>"
                "<p>Removed: the name, e-mail address, phone, address, notes, dietary needs, "
                "expertise and job history, and the diets and notes of their sign-ups.</p>"
                "<p>Kept, shown as “former member”: their round-table entries, attendance and "
                "sign-up answers, so that past minutes stay readable.</p>"
                "<p>This cannot be undone, and the undo history is cleared. The data is erased "
                "from the backups in the database's backups folder too. Copies kept elsewhere "
                "(a backup saved to another folder, exported files, e-mails) are not "
                "changed.</p>"
            ).replace("%1", _escape(name))
        )
        text.setTextFormat(Qt.TextFormat.RichText)  # the app's own markup; the name escaped
        text.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setAccessibleName(self.tr("Name to confirm"))
        self.confirmation.textChanged.connect(self._update_button)
        label = plain_label(
            self.tr("Type the name “%1” to confirm:").replace("%1", mnemonic_safe(name))
        )
        label.setWordWrap(True)
        label.setBuddy(self.confirmation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.buttons)
        self._update_button()

    def confirmed(self) -> bool:
        return _normalised(self.confirmation.text()) == _normalised(self.name)

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


class RosterView(QWidget):
    """The member roster of the current group."""

    # The number of members shown and in the group changed: (shown, total).
    counts_changed = Signal(int, int)
    # The members read by `reload` are shown (at once, or once read on a worker thread).
    loaded = Signal()
    # Rosters with more members than this are read on a worker thread (see `reload`).
    BACKGROUND_ABOVE = 20_000

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, lazy: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loader = ReloadWhenShown(self, self.reload, lazy=lazy)
        self.model = RosterTableModel(ctx.language, self)
        self.model.filtered.connect(self._filter_finished)
        # The member selected when the filter changed, until a filter applied in slices finds them.
        self._reselect: int | None = None
        # A roster being read on a worker thread (see `reload`): only the latest read is shown.
        self._loading = False
        self._generation = 0
        self._shown_group: int | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search name, company, title, e-mail or expertise"))
        self.filter.setAccessibleName(self.tr("Search members"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.show_former = QCheckBox(self.tr("Show f&ormer members"))
        self.show_former.setAccessibleName(self.tr("Show former members"))
        self.show_former.toggled.connect(lambda _checked: self.reload())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of members"))

        self.table = member_table(self.model)
        # Several members at once (Shift, Ctrl): for the consent to share contact details.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Enter or a double click (as the platform has it) opens the member form.
        self.table.activated.connect(lambda _index: self.edit_member())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.details = MemberDetails(ctx.language)

        self.add_action = QAction(self.tr("&Add member…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_member)
        self.edit_action = QAction(self.tr("&Edit member…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_member)
        self.new_job_action = QAction(self.tr("New &job…"), self)
        self.new_job_action.setShortcut(QKeySequence("Ctrl+J"))
        self.new_job_action.triggered.connect(self.new_job)
        self.end_action = QAction(self.tr("E&nd membership…"), self)
        self.end_action.triggered.connect(self.end_membership)
        self.export_data_action = QAction(self.tr("E&xport personal data…"), self)
        self.export_data_action.triggered.connect(lambda: self.export_personal_data())
        self.erase_action = QAction(self.tr("Erase &person…"), self)
        self.erase_action.triggered.connect(self.erase_person)
        self.share_action = QAction(self.tr("&Share contact details"), self)
        self.share_action.setToolTip(
            self.tr("The selected members' e-mail and phone may go on the member list")
        )
        self.share_action.triggered.connect(lambda: self.set_consent(True))
        self.unshare_action = QAction(self.tr("Don'&t share contact details"), self)
        self.unshare_action.triggered.connect(lambda: self.set_consent(False))
        self.find_action = QAction(self.tr("&Find member"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_filter)
        # Delete member…, the table's context menu and dropped contact files.
        self.member_actions = MemberActions(
            ctx, self, self.table, self._selected_name, self._context_actions
        )
        self.delete_action = self.member_actions.delete_action

        # Shortcuts work wherever the roster is shown, with or without the menus.
        self.addActions(
            [
                self.add_action,
                self.edit_action,
                self.new_job_action,
                self.end_action,
                self.find_action,
            ]
        )
        for action in self.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.filter, 1)
        buttons.addWidget(self.show_former)
        for action in (self.add_action, self.edit_action, self.new_job_action, self.end_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)

        splitter = table_beside_details(self.table, self.details)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        ctx.data_changed.connect(self.loader.request)
        ctx.group_changed.connect(lambda _gid: self.loader.request())
        self._update_actions()

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the current group's members again, keeping the selected member selected.

        A very long roster (an association's, more than `BACKGROUND_ABOVE` members) is read and
        prepared on a worker thread, every column's order included: the window stays usable,
        and the count under the table says the members are being read until they are shown.
        """
        selected = self.selected_person_id()
        group_id = self.ctx.group_id
        include_former = self.show_former.isChecked()
        db, language = self.ctx.db, self.ctx.language
        self._generation += 1  # an earlier read still under way is not shown
        generation = self._generation
        self._loading = False
        if group_id != self._shown_group:
            selected = None
            if self.model.total:
                self.model.set_rows([])  # not another group's members while these are read
        self._shown_group = group_id
        if group_id is None:
            self._show(prepare_rows([], language), selected)
            return

        def read(every_column: bool) -> RosterData:
            rows = roster.roster(db, group_id, include_former=include_former)
            return prepare_rows(rows, language, every_column=every_column)

        count = roster.membership_count(db, group_id, include_former=include_former)
        if count <= self.BACKGROUND_ABOVE:
            self._show(read(False), selected)
            return

        def done(data: RosterData) -> None:
            if generation == self._generation:
                self._loading = False
                self._show(data, selected)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._loading = False
                self._update_counts()
                show_error(self, self.tr("Members"), exc)

        self._loading = True
        self._update_counts()
        run_quietly(self, lambda: read(True), done, failed)

    @property
    def loading(self) -> bool:
        """Whether members are being read on a worker thread (see `reload`)."""
        return self._loading

    def _show(self, data: RosterData, selected: int | None) -> None:
        self.model.set_data(data)
        self._resize_columns()
        if selected is not None:
            self.select_person(selected)
        self._update_counts()
        self._current_changed(self.table.currentIndex(), QModelIndex())
        self.loaded.emit()

    def _resize_columns(self) -> None:
        fit_columns(self.table)

    def _filter_changed(self, text: str) -> None:
        selected = self.selected_person_id() or self._reselect
        self.model.set_filter(text)
        self._reselect = None
        if selected is not None:
            self.select_person(selected)
            if self.selected_person_id() is None and self.model.filtering:
                self._reselect = selected  # not found yet: selected once it is
        self._follow_filter(selected)
        self._update_counts()

    def _filter_finished(self) -> None:
        """A filter applied in slices has reached every row (see `RosterTableModel.filtered`)."""
        selected, self._reselect = self._reselect, None
        if selected is not None and self.selected_person_id() is None:
            self.select_person(selected)
            self._follow_filter(selected)
        self._update_counts()

    def _follow_filter(self, selected: int | None) -> None:
        """The details never show a member the filter hides: once the selected member is
        hidden, the first member found is selected instead; with none, nothing is."""
        if self.selected_person_id() is not None:
            return
        if selected is not None and self._reselect is None and self.model.rowCount():
            self.select_row(0)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self._loading:
            text = self.tr("Reading the members …")
        elif self.model.filtering:
            text = self.tr("%1 found so far, searching …").replace("%1", str(shown))
        elif shown == total:
            text = self.tr("%n member(s)", "", total)
        else:
            text = (
                self.tr("%1 of %2 members shown")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.count_label.setText(text)
        self.counts_changed.emit(shown, total)

    def selected_person_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.member_at(index.row()).person_id

    def selected_member(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return self.model.member_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.select_row(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        member = self.model.member_at(current.row()) if current.isValid() else None
        details = None
        if member is not None:
            try:
                details = roster.person_details(self.ctx.db, member.person_id)
            except ServiceError:
                member = None
        self.details.show_member(member, details)
        self._update_actions()

    def _update_actions(self) -> None:
        member = self.selected_member()
        has_group = self.ctx.group_id is not None
        self.add_action.setEnabled(has_group)
        self.edit_action.setEnabled(member is not None)
        self.new_job_action.setEnabled(member is not None)
        self.end_action.setEnabled(member is not None and member.active and has_group)
        self.export_data_action.setEnabled(member is not None)
        self.erase_action.setEnabled(member is not None)
        self.delete_action.setEnabled(member is not None and has_group)
        selected = len(self.selected_person_ids())
        self.share_action.setEnabled(selected > 0)
        self.unshare_action.setEnabled(selected > 0)

    def _selected_name(self) -> tuple[int, str] | None:
        member = self.selected_member()
        return None if member is None else (member.person_id, member.name)

    def _context_actions(self) -> list[QAction | None]:
        return [
            self.edit_action,
            self.new_job_action,
            self.end_action,
            None,
            self.share_action,
            self.unshare_action,
            None,
            self.export_data_action,
            self.erase_action,
        ]

    def show_context_menu(self, pos: QPoint) -> None:
        """The member actions for the member at `pos` (in the table's viewport)."""
        self.member_actions.show_context_menu(pos)

    def privacy_actions(self) -> list[QAction]:
        """The GDPR tools, for the Members menu."""
        return [self.export_data_action, self.erase_action]

    def consent_actions(self) -> list[QAction]:
        """Sharing the selected members' contact details, for the Members menu."""
        return [self.share_action, self.unshare_action]

    def selected_person_ids(self) -> list[int]:
        """The members whose rows are selected (the current one, if none is)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.member_at(row).person_id for row in rows]
        if not ids and (current := self.selected_person_id()) is not None:
            ids = [current]
        return ids

    def set_consent(self, consent: bool) -> None:
        """Share (or not) the contact details of the selected members: one undo step."""
        ids = self.selected_person_ids()
        if not ids:
            return
        try:
            self.ctx.undo_stack.push(SetConsent(self.ctx, ids, consent))
        except SAVE_ERRORS as exc:
            show_error(self, self.tr("Members"), exc)
            return
        self._select_people(ids)
        self.ctx.status_message.emit(
            self.tr("Contact details of %n member(s) may be shared with the group", "", len(ids))
            if consent
            else self.tr("Contact details of %n member(s) are not shared", "", len(ids))
        )

    def _select_people(self, ids: list[int]) -> None:
        """Select the members `ids` again (the view re-read them)."""
        selection = self.table.selectionModel()
        current = self.selected_person_id()
        selection.clearSelection()
        for person_id in ids:
            row = self.model.row_of(person_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if current is not None and (row := self.model.row_of(current)) is not None:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- editing --------------------------------------------------------------------------------
    def add_member(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        added: list[int] = []

        def save(person: PersonInput, job: JobInput | None, joined: dt.date) -> None:
            command = AddMember(self.ctx, group_id, person, job, joined)
            self.ctx.undo_stack.push(command)
            added.append(command.person_id)

        dialog = MemberDialog(self, language=self.ctx.language, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.filter.clear()
            self.select_person(added[0])
            self.ctx.status_message.emit(self.tr("Member added"))

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        person_id = member.person_id
        try:
            details = roster.person_details(self.ctx.db, person_id)
        except SAVE_ERRORS as exc:
            show_error(self, self.tr("Edit member"), exc)
            return

        group_id = self.ctx.group_id
        dates = (
            membership.membership_dates(self.ctx.db, group_id, person_id)
            if group_id is not None
            else None
        )

        def save(person: PersonInput, job: JobInput | None, joined: dt.date) -> None:
            changed = group_id is not None and dates is not None and dialog.joined_changed()
            new_joined = (group_id, joined) if changed and group_id is not None else None
            self.ctx.undo_stack.push(EditMember(self.ctx, person_id, person, job, new_joined))

        def on_job_dates(job: JobRow) -> PersonDetails | None:
            if self._job_dates_for(job, dialog):
                return roster.person_details(self.ctx.db, person_id)
            return None

        def on_new_job() -> PersonDetails | None:
            if self._new_job_for(person_id, member.name, dialog):
                return roster.person_details(self.ctx.db, person_id)
            return None

        dialog = MemberDialog(
            self,
            language=self.ctx.language,
            save=save,
            details=details,
            current_job=roster.current_job(self.ctx.db, person_id),
            on_new_job=on_new_job,
            joined_on=dates.joined_on if dates is not None else None,
            left_on=dates.left_on if dates is not None else None,
            on_job_dates=on_job_dates,
        )
        if dates is None:  # no membership of this group to correct (all people shown)
            dialog.joined.setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.status_message.emit(self.tr("Changes saved"))

    def new_job(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._new_job_for(member.person_id, member.name, self)

    def _job_dates_for(self, job: JobRow, parent: QWidget) -> bool:
        dialog = JobDatesDialog(parent, job, self.ctx.language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self.ctx.undo_stack.push(
                EditJobDates(self.ctx, job.employment_id, dialog.started_on(), dialog.ended_on())
            )
        except SAVE_ERRORS as exc:
            show_error(parent, dialog.windowTitle(), exc)
            return False
        return True

    def _new_job_for(self, person_id: int, name: str, parent: QWidget) -> bool:
        companies = self.model.companies()
        email = roster.person_details(self.ctx.db, person_id).email
        dialog = NewJobDialog(parent, companies, email)
        dialog.setWindowTitle(self.tr("New job for %1").replace("%1", name))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self.ctx.undo_stack.push(
                NewJob(self.ctx, person_id, name, dialog.job_input(), dialog.new_email())
            )
        except SAVE_ERRORS as exc:
            show_error(parent, self.tr("New job"), exc)
            return False
        self.ctx.status_message.emit(self.tr("New job recorded for %1").replace("%1", name))
        return True

    def end_membership(self) -> None:
        member = self.selected_member()
        group_id = self.ctx.group_id
        if member is None or group_id is None or not member.active:
            return
        dialog = EndMembershipDialog(self, member.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.ctx.undo_stack.push(
                EndMembership(self.ctx, group_id, member.person_id, member.name, dialog.date())
            )
        except SAVE_ERRORS as exc:
            show_error(self, self.tr("End membership"), exc)
            return
        self.ctx.status_message.emit(self.tr("%1 has left the group").replace("%1", member.name))

    # -- personal data (GDPR) -------------------------------------------------------------------
    def export_personal_data(self, path: Path | None = None) -> Path | None:
        """Everything stored about the selected person, as a JSON file (mode 0600)."""
        member = self.selected_member()
        if member is None:
            return None
        title = self.tr("Export personal data")
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                export_caption(title),  # says the file is not encrypted
                str(Path.home() / f"{member.name}.json"),
                self.tr("JSON files (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        # Imported here: the shared private writer lives with the document writers.
        from coordinator_app.exchange.pdf_common import write_private_file

        try:
            data = privacy.person_data(self.ctx.db, member.person_id)
            write_private_file(path, privacy.person_json(data))
        except (*SAVE_ERRORS, OSError) as exc:
            show_error(self, title, exc)
            return None
        self.ctx.status_message.emit(
            self.tr("The personal data of %1 was saved to %2")
            .replace("%1", member.name)
            .replace("%2", str(path))
        )
        return path

    def erase_person(self) -> bool:
        """Erase the selected person's personal data, after they are named to confirm."""
        member = self.selected_member()
        if member is None:
            return False
        dialog = ErasePersonDialog(self, member.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            erased = privacy.erase_person(self.ctx.db, member.person_id, lang=self.ctx.language)
        except ErasureIncomplete as exc:
            # Saved, but not yet everywhere: the roster and the undo history follow it all the
            # same, and the message says what is left.
            self._after_erasure()
            show_error(self, dialog.windowTitle(), exc)
            return True
        except SAVE_ERRORS as exc:
            show_error(self, dialog.windowTitle(), exc)
            return False
        self._after_erasure()
        self.ctx.status_message.emit(
            self.tr(
                "The personal data was erased, here and in %n backup(s) in the backups folder",
                "",
                erased.backups_cleaned,
            )
        )
        return True

    def _after_erasure(self) -> None:
        # Earlier steps hold the person's data (to undo an edit) and would bring it back.
        self.ctx.undo_stack.clear()
        self.ctx.notify_changed()
