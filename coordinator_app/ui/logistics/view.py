"""Host-visit logistics per meeting: the visit, sign-ups and catering, checklist, host rotation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_long_date, format_short_date
from coordinator_app.domain.enums import MeetingStatus, Rsvp
from coordinator_app.domain.logistics import (
    CateringSummary,
    HostCandidate,
    VisitInput,
    rank_hosts,
)
from coordinator_app.services import logistics, planner
from coordinator_app.services.errors import ValidationFailed
from coordinator_app.services.logistics import (
    ChecklistRow,
    DueRow,
    GuestInput,
    SignupRow,
)
from coordinator_app.services.planner import MeetingRow
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.delegates import ChoiceDelegate
from coordinator_app.ui.forms import FieldWithError
from coordinator_app.ui.labels import meeting_status_label, rsvp_label
from coordinator_app.ui.lazy import ReloadWhenShown
from coordinator_app.ui.logistics.commands import (
    AddChecklistItem,
    AddGuest,
    EditChecklistItem,
    EditGuest,
    RemoveChecklistItem,
    RemoveGuest,
    SaveVisit,
    SetDone,
    SetHostingPaused,
    SetSignup,
)
from coordinator_app.ui.logistics.export import LogisticsExporter
from coordinator_app.ui.logistics.replies import ReplyImporter
from coordinator_app.ui.logistics.visit_form import VisitForm
from coordinator_app.ui.meeting_choice import MeetingBox
from coordinator_app.ui.messages import SAVE_ERRORS, error_text, field_error_text
from coordinator_app.ui.offsets import OffsetDelegate, offset_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.rows_model import Column, RowsModel
from coordinator_app.ui.tables import CLICK_TO_EDIT, action_buttons, rows_table
from coordinator_app.ui.theme import Tone, css

_DISPLAY = Qt.ItemDataRole.DisplayRole
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def catering_text(summary: CateringSummary) -> str:
    """The sign-up numbers and diets in a sentence or three."""
    coming = str(summary.yes)
    if summary.guests:  # guests who said yes, so beside the number of those coming
        coming += " " + QCoreApplication.translate(
            "LogisticsView", "(of whom %n guest(s))", "", summary.guests
        )
    lines = [
        QCoreApplication.translate(
            "LogisticsView", "Coming: %1 · Maybe: %2 · Not coming: %3 · No answer: %4"
        )
        .replace("%2", str(summary.maybe))
        .replace("%3", str(summary.no))
        .replace("%4", str(summary.invited))
        .replace("%1", coming)
    ]
    if summary.maybe:
        lines.append(
            QCoreApplication.translate(
                "LogisticsView", "Catering for %1 (up to %2 if everyone who said maybe comes)"
            )
            .replace("%1", str(summary.yes))
            .replace("%2", str(summary.catering_max))
        )
    else:
        lines.append(
            QCoreApplication.translate("LogisticsView", "Catering for %1").replace(
                "%1", str(summary.yes)
            )
        )
    if summary.diets:
        diets = ", ".join(f"{diet} {count}" for diet, count in summary.diets.items())
        lines.append(
            QCoreApplication.translate("LogisticsView", "Dietary needs: %1").replace("%1", diets)
        )
    else:
        lines.append(
            QCoreApplication.translate("LogisticsView", "No dietary needs among those coming")
        )
    return "\n".join(lines)


class GuestDialog(QDialog):
    """A guest at a meeting: a speaker, a member's colleague."""

    def __init__(self, parent: QWidget | None, data: GuestInput | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guest"))
        data = data or GuestInput(name="")
        self.name = QLineEdit(data.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.name_field = FieldWithError(self.name)
        self.organisation = QLineEdit(data.organisation)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.response = QComboBox()
        self.response.setAccessibleName(self.tr("Answer"))
        for answer in (Rsvp.YES, Rsvp.MAYBE, Rsvp.NO, Rsvp.INVITED):
            self.response.addItem(rsvp_label(answer), answer.value)
        self.response.setCurrentIndex(self.response.findData(data.response.value))
        self.diet = QLineEdit(data.diet)
        self.diet.setAccessibleName(self.tr("Dietary needs"))
        self.note = QLineEdit(data.note)
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        for text, editor, shown in (
            (self.tr("&Name:"), self.name, self.name_field),
            (self.tr("&Organisation:"), self.organisation, self.organisation),
            (self.tr("&Answer:"), self.response, self.response),
            (self.tr("&Dietary needs:"), self.diet, self.diet),
            (self.tr("No&te:"), self.note, self.note),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def guest_input(self) -> GuestInput:
        return GuestInput(
            name=" ".join(self.name.text().split()),
            organisation=self.organisation.text().strip(),
            response=Rsvp(self.response.currentData()),
            diet=self.diet.text().strip(),
            note=self.note.text().strip(),
        )

    def accept(self) -> None:
        if not self.guest_input().name:
            self.name_field.show_error(
                QCoreApplication.translate("messages", "Please enter a name.")
            )
            self.name.setFocus()
            return
        super().accept()


class LogisticsView(QWidget):
    """Everything practical about one meeting's visit, with the meeting chosen at the top."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        lazy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loader = ReloadWhenShown(self, self.reload, lazy=lazy)
        self.today = today or dt.date.today()
        self.meeting_id: int | None = None
        self._loaded_meeting: int | None = None
        language = ctx.language

        self.meeting_box = MeetingBox(language)
        self.meetings = self.meeting_box.meetings
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        meeting_label = QLabel(self.tr("Meeti&ng:"))
        meeting_label.setBuddy(self.meeting_box)
        self.heading = plain_label()  # the host's name
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = plain_label()  # the theme
        self.subheading.setWordWrap(True)

        self.exporter = LogisticsExporter(ctx, self)
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(meeting_label)
        top.addWidget(self.meeting_box, 1)
        top.addStretch(1)
        for action in (self.visitors_action, self.host_mail_action, self.members_mail_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            top.addWidget(button)

        # -- the visit
        self.visit_form = VisitForm()
        visit_scroll = QScrollArea()
        visit_scroll.setWidgetResizable(True)
        visit_scroll.setWidget(self.visit_form)
        visit_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # -- sign-ups
        answers = [(r.value, rsvp_label(r)) for r in (Rsvp.YES, Rsvp.MAYBE, Rsvp.NO, Rsvp.INVITED)]
        self.signup_model = RowsModel(
            "LogisticsView",
            [
                Column(QT_TRANSLATE_NOOP("LogisticsView", "Name"), lambda r: r.name),
                Column(QT_TRANSLATE_NOOP("LogisticsView", "Company"), lambda r: r.organisation),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Answer"),
                    lambda r: rsvp_label(r.response),
                    edit_value=lambda r: r.response.value,
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Dietary needs"),
                    lambda r: r.diet,
                    tooltip=self._diet_tooltip,
                    edit_value=lambda r: r.diet,
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Note"),
                    lambda r: r.note,
                    edit_value=lambda r: r.note,
                ),
            ],
            on_edit=self._signup_edited,
            muted=lambda r: r.response is Rsvp.NO,
            parent=self,
        )
        self.signup_table = rows_table(self.signup_model, self.tr("Sign-ups"), CLICK_TO_EDIT)
        self.signup_table.setItemDelegateForColumn(2, ChoiceDelegate(answers, self))
        self.catering = plain_label()  # the diets as typed
        self.catering.setObjectName("cateringSummary")
        self.catering.setAccessibleName(self.tr("Catering numbers"))
        self.catering.setWordWrap(True)
        self.catering.setStyleSheet(
            "QLabel#cateringSummary { background: palette(alternate-base); padding: 8px;"
            " border-radius: 4px; }"
        )
        signups_page = QWidget()
        signups_layout = QVBoxLayout(signups_page)
        signups_layout.addWidget(self.catering)
        signups_layout.addWidget(self.signup_table, 1)
        signups_layout.addLayout(action_buttons(self.add_guest_action, self.remove_guest_action))

        # -- checklist
        self.checklist_model = RowsModel(
            "LogisticsView",
            [
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Done"),
                    lambda r: format_short_date(r.done_on, language) if r.done_on else "",
                    checked=lambda r: r.done_on is not None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Task"),
                    lambda r: r.title,
                    edit_value=lambda r: r.title,
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Due"),
                    lambda r: format_short_date(r.due, language),
                    tooltip=self._due_tooltip,
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "When"),
                    lambda r: offset_text(r.offset_days),
                    edit_value=lambda r: r.offset_days,
                ),
            ],
            on_edit=self._checklist_edited,
            warn=lambda r: r.overdue,
            muted=lambda r: r.done_on is not None,
            parent=self,
        )
        self.checklist_table = rows_table(self.checklist_model, self.tr("Checklist"), CLICK_TO_EDIT)
        self.checklist_table.setItemDelegateForColumn(3, OffsetDelegate(self))
        self.checklist_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.checklist_table.horizontalHeader().setStretchLastSection(False)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueNote")
        self.overdue_label.setStyleSheet(f"QLabel#overdueNote {{ color: {css(Tone.ERROR)}; }}")
        self.due_model = RowsModel(
            "LogisticsView",
            [
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Due"),
                    lambda r: format_short_date(r.item.due, language),
                ),
                Column(QT_TRANSLATE_NOOP("LogisticsView", "Task"), lambda r: r.item.title),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Meeting"),
                    lambda r: " · ".join(
                        p
                        for p in (
                            format_short_date(r.meeting_date, language),
                            r.group_name,
                            r.theme,
                        )
                        if p
                    ),
                ),
            ],
            warn=lambda r: r.item.overdue,
            parent=self,
        )
        self.due_table = rows_table(
            self.due_model, self.tr("Due across coming meetings"), CLICK_TO_EDIT
        )
        self.due_table.doubleClicked.connect(self._due_activated)
        checklist_page = QWidget()
        checklist_layout = QVBoxLayout(checklist_page)
        checklist_layout.addWidget(self.overdue_label)
        checklist_layout.addWidget(self.checklist_table, 3)
        checklist_layout.addLayout(
            action_buttons(self.add_task_action, self.remove_task_action, self.template_task_action)
        )
        due_heading = QLabel(self.tr("Open tasks of all coming meetings"))
        bold = due_heading.font()
        bold.setBold(True)
        due_heading.setFont(bold)
        checklist_layout.addWidget(due_heading)
        checklist_layout.addWidget(self.due_table, 2)

        # -- host rotation
        self.ranking_model = RowsModel(
            "LogisticsView",
            [
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Paused"),
                    lambda r: "",
                    checked=lambda r: r[1].paused,
                ),
                Column(QT_TRANSLATE_NOOP("LogisticsView", "#"), lambda r: r[0], align_right=True),
                Column(QT_TRANSLATE_NOOP("LogisticsView", "Company"), lambda r: r[1].name),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Last hosted"),
                    lambda r: self._date_or(r[1].last_hosted, self.tr("never")),
                ),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Booked"),
                    lambda r: self._date_or(r[1].booked, ""),
                ),
            ],
            on_edit=self._pause_edited,
            muted=lambda r: r[1].paused,
            parent=self,
        )
        self.ranking_table = rows_table(self.ranking_model, self.tr("Host rotation"), CLICK_TO_EDIT)
        self.history_model = RowsModel(
            "LogisticsView",
            [
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Date"),
                    lambda r: format_short_date(r.date, language),
                ),
                Column(QT_TRANSLATE_NOOP("LogisticsView", "Host"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("LogisticsView", "Status"),
                    lambda r: meeting_status_label(r.status),
                ),
            ],
            muted=lambda r: r.status is MeetingStatus.CANCELLED,
            parent=self,
        )
        self.history_table = rows_table(
            self.history_model, self.tr("Hosting history"), CLICK_TO_EDIT
        )
        self.suggestion = plain_label()  # a company's name
        self.suggestion.setWordWrap(True)
        rotation_page = QWidget()
        rotation_layout = QVBoxLayout(rotation_page)
        rotation_layout.addWidget(self.suggestion)
        split = QSplitter(Qt.Orientation.Horizontal)
        for title, table in (
            (self.tr("Whose turn is it?"), self.ranking_table),
            (self.tr("Who has hosted"), self.history_table),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title)
            heading.setFont(bold)
            box_layout.addWidget(heading)
            box_layout.addWidget(table)
            split.addWidget(box)
        rotation_layout.addWidget(split, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(visit_scroll, self.tr("&Practical"))
        self.tabs.addTab(signups_page, self.tr("Sign-&ups"))
        self.tabs.addTab(checklist_page, self.tr("Chec&klist"))
        self.tabs.addTab(rotation_page, self.tr("Host &rotation"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)

        ctx.data_changed.connect(self.loader.request)
        ctx.group_changed.connect(lambda _gid: self._group_changed())
        # Calendar replies dropped onto the view, or File ▸ Import calendar replies….
        self.replies = ReplyImporter(ctx, self, on_saved=self._replies_saved)
        self.loader.request()

    def _replies_saved(self, plan: Any) -> None:
        """Show the sign-ups the imported replies went to (the first meeting's, if it is one of
        the group shown)."""
        meeting_id = next((o.meeting_id for o in plan.applied if o.meeting_id is not None), None)
        if meeting_id is not None and self.meetings.row_of(meeting_id) >= 0:
            self.show_meeting(meeting_id)
        self.tabs.setCurrentIndex(1)

    def _build_actions(self) -> None:
        self.visitors_action = QAction(self.tr("&Visitor list (PDF)…"), self)
        self.visitors_action.triggered.connect(self._visitor_list)
        self.host_mail_action = QAction(self.tr("E-mail to the &host…"), self)
        self.host_mail_action.triggered.connect(self._host_mail)
        self.members_mail_action = QAction(self.tr("E-mail to the &members…"), self)
        self.members_mail_action.triggered.connect(self._members_mail)
        self.add_guest_action = QAction(self.tr("Add &guest…"), self)
        self.add_guest_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.add_guest_action.triggered.connect(self.add_guest)
        self.remove_guest_action = QAction(self.tr("Remove g&uest"), self)
        self.remove_guest_action.triggered.connect(self.remove_guest)
        self.add_task_action = QAction(self.tr("Add &task"), self)
        self.add_task_action.triggered.connect(self.add_task)
        self.remove_task_action = QAction(self.tr("Remove t&ask"), self)
        self.remove_task_action.triggered.connect(self.remove_task)
        self.template_task_action = QAction(self.tr("Add tasks from the templat&e"), self)
        self.template_task_action.triggered.connect(self.fill_checklist)

    def logistics_actions(self) -> list[QAction | None]:
        return [
            self.visitors_action,
            self.host_mail_action,
            self.members_mail_action,
            None,
            self.add_guest_action,
            self.remove_guest_action,
            None,
            self.add_task_action,
            self.remove_task_action,
            self.template_task_action,
        ]

    # -- loading ----------------------------------------------------------------------------
    def _group_changed(self) -> None:
        self.meeting_id = None
        self.loader.request()

    def _default_meeting(self, rows: list[MeetingRow]) -> MeetingRow | None:
        coming = [
            r for r in rows if r.date >= self.today and r.status is not MeetingStatus.CANCELLED
        ]
        return coming[0] if coming else (rows[-1] if rows else None)

    def reload(self) -> None:
        group_id = self.ctx.group_id
        rows = planner.meetings(self.ctx.db, group_id=group_id) if group_id is not None else []
        self.meeting_id = self.meeting_box.show_meetings(
            rows, self.meeting_id, self._default_meeting
        )
        self._show_meeting()

    def show_meeting(self, meeting_id: int) -> None:
        """Switch to the meeting with this id (of the current group)."""
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, row: int) -> None:
        meeting = self.meetings.meeting_at(row)
        self.meeting_id = meeting.id if meeting else None
        self._show_meeting()

    def _show_meeting(self) -> None:
        db, language = self.ctx.db, self.ctx.language
        meeting = self.meeting_box.meeting(self.meeting_id)
        same = meeting is not None and meeting.id == self._loaded_meeting
        self._loaded_meeting = meeting.id if meeting else None
        has = meeting is not None
        for action in self.logistics_actions():
            if action is not None:
                action.setEnabled(has)
        self._load_rotation()
        self.due_model.set_rows(
            logistics.due_overview(db, self.today, group_id=self.ctx.group_id)
            if self.ctx.group_id is not None
            else []
        )
        if meeting is None:
            self.heading.setText(self.tr("No meeting yet: plan one in the year plan."))
            self.subheading.clear()
            self.visit_form.set_visit(None, [], None)
            for model in (self.signup_model, self.checklist_model):
                model.set_rows([])
            self.catering.clear()
            self.overdue_label.clear()
            return
        heading = format_long_date(meeting.date, language)
        if meeting.host_name:
            heading += " " + self.tr("at %1").replace("%1", meeting.host_name)
        self.heading.setText(heading)
        sub = [meeting.theme] if meeting.theme else []
        if meeting.status is MeetingStatus.CANCELLED:
            sub.append(meeting_status_label(meeting.status))
        if not meeting.host_name:
            sub.append(self.tr("No host chosen yet (see Host rotation)."))
        self.subheading.setText(" · ".join(sub))
        self.subheading.setVisible(bool(sub))

        meeting_id = meeting.id
        self.visit_form.set_visit(
            logistics.visit(db, meeting_id),
            logistics.host_contacts(db, meeting_id, language),
            lambda data: self._save_visit(meeting_id, data),
            keep_wrong_input=same,
        )
        self.signup_model.set_rows(logistics.signups(db, meeting_id, language))
        self.catering.setText(catering_text(logistics.catering(db, meeting_id)))
        checklist = logistics.checklist(db, meeting_id, self.today)
        self.checklist_model.set_rows(checklist)
        overdue = sum(1 for item in checklist if item.overdue)
        self.overdue_label.setText(self.tr("%n task(s) overdue", "", overdue) if overdue else "")
        self.overdue_label.setVisible(bool(overdue))
        self.template_task_action.setEnabled(not checklist)

    def _load_rotation(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            self.ranking_model.set_rows([])
            self.history_model.set_rows([])
            self.suggestion.clear()
            return
        candidates = logistics.host_candidates(self.ctx.db, group_id, self.today)
        ranked = rank_hosts(candidates, self.ctx.language)
        paused = [c for c in candidates if c.paused]
        rows: list[tuple[str, HostCandidate]] = [
            (str(n), c) for n, c in enumerate(ranked, start=1)
        ] + [("", c) for c in paused]
        self.ranking_model.set_rows(rows)
        self.history_model.set_rows(logistics.host_history(self.ctx.db, group_id))
        if ranked:
            best = ranked[0]
            text = self.tr("Next in turn to host: %1").replace("%1", best.name)
            if best.last_hosted:
                text += " " + self.tr("(last hosted %1)").replace(
                    "%1", format_short_date(best.last_hosted, self.ctx.language)
                )
            else:
                text += " " + self.tr("(has not hosted yet)")
            self.suggestion.setText(text)
        else:
            self.suggestion.setText(self.tr("No member company can host at the moment."))

    def _date_or(self, value: dt.date | None, empty: str) -> str:
        return format_short_date(value, self.ctx.language) if value else empty

    def _diet_tooltip(self, row: SignupRow) -> str | None:
        if row.roster_diet and row.diet != row.roster_diet:
            return self.tr("In the roster: %1").replace("%1", row.roster_diet)
        if row.roster_diet:
            return self.tr("From the roster")
        return None

    def _due_tooltip(self, row: ChecklistRow) -> str | None:
        if row.overdue:
            return self.tr("Overdue")
        return None

    # -- edits ------------------------------------------------------------------------------
    def _push(self, command: Any) -> None:
        self.ctx.undo_stack.push(command)

    def _save_visit(self, meeting_id: int, data: VisitInput) -> None:
        try:
            self._push(SaveVisit(self.ctx, meeting_id, data))
        except ValidationFailed as exc:
            self.ctx.status_message.emit("; ".join(field_error_text(e) for e in exc.errors))
        except SAVE_ERRORS as exc:
            plain_text.warning(self, self.tr("Could not save"), error_text(exc))

    def _signup_edited(self, row: SignupRow, column: int, value: Any) -> None:
        if self.meeting_id is None:
            return
        try:
            if row.is_guest and row.signup_id is not None:
                data = GuestInput(row.name, row.organisation, row.response, row.diet, row.note)
                if column == 2:
                    data = GuestInput(
                        data.name, data.organisation, Rsvp(value), data.diet, data.note
                    )
                elif column == 3:
                    data = GuestInput(
                        data.name, data.organisation, data.response, str(value).strip(), data.note
                    )
                elif column == 4:
                    data = GuestInput(
                        data.name, data.organisation, data.response, data.diet, str(value).strip()
                    )
                self._push(EditGuest(self.ctx, row.signup_id, data))
            elif row.person_id is not None:
                kwargs: dict[str, Any] = {}
                if column == 2:
                    kwargs["response"] = Rsvp(value)
                elif column == 3:
                    # Typing the roster's diet back (or nothing) means "as in the roster".
                    diet = str(value).strip()
                    kwargs["diet"] = "" if diet == row.roster_diet else diet
                elif column == 4:
                    kwargs["note"] = str(value).strip()
                self._push(SetSignup(self.ctx, self.meeting_id, row.person_id, row.name, **kwargs))
        except SAVE_ERRORS as exc:
            plain_text.warning(self, self.tr("Could not save"), error_text(exc))

    def _selected(self, table: QTableView, model: RowsModel) -> Any:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def add_guest(self) -> None:
        if self.meeting_id is None:
            return
        dialog = GuestDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push(AddGuest(self.ctx, self.meeting_id, dialog.guest_input()))

    def remove_guest(self) -> None:
        row = self._selected(self.signup_table, self.signup_model)
        if row is None or not row.is_guest or row.signup_id is None:
            self.ctx.status_message.emit(
                self.tr("Only guests can be removed here; members stay on the list.")
            )
            return
        self._push(RemoveGuest(self.ctx, row.signup_id, row.name))

    def _checklist_edited(self, row: ChecklistRow, column: int, value: Any) -> None:
        if column == 0:
            self._push(SetDone(self.ctx, row.id, row.title, self.today if value else None))
        elif column == 1 and str(value).strip():
            self._push(EditChecklistItem(self.ctx, row.id, str(value).strip(), row.offset_days))
        elif column == 3:
            try:
                self._push(EditChecklistItem(self.ctx, row.id, row.title, int(value)))
            except SAVE_ERRORS as exc:
                plain_text.warning(self, self.tr("Could not save"), error_text(exc))

    def add_task(self) -> None:
        if self.meeting_id is None:
            return
        command = AddChecklistItem(self.ctx, self.meeting_id, self.tr("New task"), -7)
        self._push(command)
        row = next(
            (n for n, r in enumerate(self.checklist_model.rows()) if r.id == command.item_id), -1
        )
        if row >= 0:
            index = self.checklist_model.index(row, 1)
            self.checklist_table.setCurrentIndex(index)
            self.checklist_table.edit(index)

    def remove_task(self) -> None:
        row = self._selected(self.checklist_table, self.checklist_model)
        if row is not None:
            self._push(RemoveChecklistItem(self.ctx, row.id))

    def fill_checklist(self) -> None:
        if self.meeting_id is not None and logistics.ensure_checklist(
            self.ctx.db, self.meeting_id, self.ctx.language
        ):
            self.ctx.notify_changed()

    def _due_activated(self, index: QModelIndex) -> None:
        row: DueRow | None = self.due_model.row_at(index.row())
        if row is not None and self.meetings.row_of(row.meeting_id) >= 0:
            self.show_meeting(row.meeting_id)

    def _pause_edited(self, row: tuple[str, HostCandidate], column: int, value: Any) -> None:
        candidate = row[1]
        self._push(
            SetHostingPaused(self.ctx, candidate.organisation_id, candidate.name, bool(value))
        )

    # -- documents --------------------------------------------------------------------------
    def _visitor_list(self) -> None:
        if self.meeting_id is not None:
            self.exporter.visitor_list(self.meeting_id)

    def _host_mail(self) -> None:
        if self.meeting_id is not None:
            self.exporter.host_email(self.meeting_id)

    def _members_mail(self) -> None:
        if self.meeting_id is not None:
            self.exporter.members_email(self.meeting_id)
