"""The yearly meeting planner: a group's year at a glance, its meetings, and each day's agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.dates import format_long_date, format_short_date, format_time
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.domain.planning import (
    DateWarning,
    HolidayRules,
    date_warnings,
    public_holidays,
    school_holidays,
)
from coordinator_app.services import logistics, meeting_state, planner, settings
from coordinator_app.services.planner import HostChoice, MeetingRow
from coordinator_app.ui import plain_text
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.labels import date_warning_text
from coordinator_app.ui.lazy import ReloadWhenShown
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.planner.agenda_editor import AgendaEditor
from coordinator_app.ui.planner.commands import CreateMeeting, DeleteMeeting, EditMeeting
from coordinator_app.ui.planner.export import PlannerExporter
from coordinator_app.ui.planner.invitations import InvitationExporter
from coordinator_app.ui.planner.meeting_dialog import MeetingDialog
from coordinator_app.ui.planner.models import MeetingTableModel
from coordinator_app.ui.planner.plan_dialog import PlanYearDialog
from coordinator_app.ui.planner.year_strip import (
    SCHOOL,
    StripDay,
    YearStrip,
    holiday_colour,
    meeting_colour,
    weekend_colour,
)


def _swatch(colour: str, text: str) -> QLabel:
    label = QLabel(f"<span style='color:{colour}'>■</span> {text}")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _enable(action: QAction, enabled: bool, why_not: str) -> None:
    """Enable `action`, or grey it out with `why_not` as its tooltip and status tip (an empty
    tooltip is the action's own text again)."""
    action.setEnabled(enabled)
    action.setToolTip("" if enabled else why_not)
    action.setStatusTip("" if enabled else why_not)


class PlannerView(QWidget):
    """A year per group: the twelve-month overview, the meetings, and the selected day's agenda."""

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
        self.year = self.today.year
        self.rules = HolidayRules()
        self.rows: list[MeetingRow] = []
        self._loaded_key: tuple[int | None, int] | None = None
        # The group whose year the plan was opened on (`_open_year`); None: not opened yet.
        self._opened_for: tuple[int | None] | None = None

        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setAccessibleName(self.tr("Previous year"))
        self.prev_button.setToolTip(self.tr("Previous year (Ctrl+PgUp)"))
        self.prev_button.clicked.connect(lambda: self.show_year(self.year - 1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(self.tr("Next year"))
        self.next_button.setToolTip(self.tr("Next year (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.show_year(self.year + 1))
        self.year_label = QLabel()
        self.year_label.setAccessibleName(self.tr("Year"))
        font = self.year_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.year_label.setFont(font)
        self.year_label.setMinimumWidth(self.year_label.fontMetrics().horizontalAdvance("20000"))
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Meetings this year"))

        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.year_label)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for action in (
            self.plan_action,
            self.new_action,
            self.edit_action,
            self.cancel_action,
            self.ics_action,
            self.print_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            top.addWidget(button)

        self.strip = YearStrip()
        self.strip.meeting_clicked.connect(self.select_meeting)
        self.strip.day_activated.connect(self.new_meeting_on)
        # The key beside the strip, as on a wall planner: a row of its own would cost the
        # agenda a row on a laptop.
        legend = QVBoxLayout()
        legend.setSpacing(2)
        legend.addWidget(_swatch(meeting_colour().name(), self.tr("Meeting")))
        legend.addWidget(_swatch(holiday_colour().name(), self.tr("Public holiday")))
        legend.addWidget(
            _swatch(SCHOOL.name(), self.tr("School holiday")),
        )
        legend.addWidget(_swatch(weekend_colour(self.palette()).name(), self.tr("Weekend")))
        legend.addStretch(1)
        year_row = QHBoxLayout()
        year_row.setSpacing(12)
        year_row.addWidget(self.strip, 1)
        year_row.addLayout(legend)

        self.model = MeetingTableModel(ctx.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingTableModel.THEME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda _index: self.edit_meeting())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.agenda = AgendaEditor(ctx)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        # A year's four meetings in view; the agenda has the rest of the height (the main
        # window remembers where the coordinator moves the handle).
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("plannerSplitter")
        splitter.addWidget(upper)
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self._meetings_height(), 1])

        self._top_row = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(year_row)
        layout.addWidget(splitter, 1)

        self.exporter = PlannerExporter(ctx, self)
        ctx.data_changed.connect(self.loader.request)
        ctx.group_changed.connect(lambda _gid: self.loader.request())
        self.loader.request()

    def _build_actions(self) -> None:
        self.plan_action = QAction(self.tr("&Plan the year…"), self)
        self.plan_action.triggered.connect(self.plan_year)
        self.new_action = QAction(self.tr("&New meeting…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.new_action.triggered.connect(lambda: self.new_meeting_on(None))
        self.edit_action = QAction(self.tr("&Edit meeting…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_action.triggered.connect(self.edit_meeting)
        self.cancel_action = QAction(self.tr("Cance&l meeting"), self)
        self.cancel_action.triggered.connect(self.cancel_meeting)
        self.delete_action = QAction(self.tr("&Delete meeting"), self)
        self.delete_action.triggered.connect(self.delete_meeting)
        self.ics_action = QAction(self.tr("Year plan as &iCalendar…"), self)
        self.ics_action.triggered.connect(lambda: self.exporter.export_calendar(self.year))
        self.meeting_ics_action = QAction(self.tr("Meetin&g as iCalendar…"), self)
        self.meeting_ics_action.triggered.connect(self._export_meeting_calendar)
        # One invitation draft per member and coming meeting (ui/planner/invitations.py).
        self.invitations = InvitationExporter(self.ctx, self)
        self.invitations_action = self.invitations.year_action
        self.invitations_action.triggered.connect(lambda: self.invitations.export_year(self.year))
        self.print_action: QAction = QAction(self.tr("&Print agenda"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_action.triggered.connect(self._print_agenda)
        self.save_agenda_action = QAction(self.tr("&Save agenda as PDF…"), self)
        self.save_agenda_action.triggered.connect(self._save_agenda)
        self.prev_year_action = QAction(self.tr("Pre&vious year"), self)
        self.prev_year_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.prev_year_action.triggered.connect(lambda: self.show_year(self.year - 1))
        self.next_year_action = QAction(self.tr("Ne&xt year"), self)
        self.next_year_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_year_action.triggered.connect(lambda: self.show_year(self.year + 1))
        # Whatever has the focus in the window while the year plan is shown (the navigation,
        # the group box); off while it is hidden (showEvent, hideEvent).
        for action in (self.prev_year_action, self.next_year_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            self.addAction(action)

    # -- room on a small screen ------------------------------------------------------------
    SHOWN_MEETINGS = 4  # a year's meetings, all at once
    SHOWN_AGENDA_ROWS = 8

    def _meetings_height(self) -> int:
        """The meetings table's height for a year's four meetings, with its header."""
        table = self.table
        return (
            table.horizontalHeader().sizeHint().height()
            + self.SHOWN_MEETINGS * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _agenda_height(self) -> int:
        """The agenda editor's height for eight items, with its heading and buttons."""
        table = self.agenda.table
        around = self.agenda.minimumSizeHint().height() - table.minimumSizeHint().height()
        return (
            around
            + table.horizontalHeader().sizeHint().height()
            + self.SHOWN_AGENDA_ROWS * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The year strip takes the height that the meetings and eight agenda items leave it,
        from compact (a laptop) to comfortable."""
        super().resizeEvent(event)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        others = (
            margins.top()
            + margins.bottom()
            + self._top_row.sizeHint().height()
            + 2 * layout.spacing()
            + max(self._meetings_height(), self.splitter.sizes()[0])
            + self.splitter.handleWidth()
            + self._agenda_height()
        )
        self.strip.fit_to(self.height() - others)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for action in (self.prev_year_action, self.next_year_action):
            action.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        for action in (self.prev_year_action, self.next_year_action):
            action.setEnabled(False)

    def meeting_actions(self) -> list[QAction | None]:
        """The Meetings menu, in order; None is a separator."""
        return [
            self.plan_action,
            self.new_action,
            self.edit_action,
            self.cancel_action,
            self.delete_action,
            None,
            self.agenda.add_action,
            self.agenda.remove_action,
            self.agenda.up_action,
            self.agenda.down_action,
            None,
            self.print_action,
            self.save_agenda_action,
            self.ics_action,
            self.meeting_ics_action,
            self.invitations_action,
            None,
            self.prev_year_action,
            self.next_year_action,
        ]

    # -- loading ----------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        # A year chosen stays: the plan does not jump to the next meeting's year on reload.
        self._opened_for = (self.ctx.group_id,)
        if 1900 <= year <= 2200 and year != self.year:
            self.year = year
            self.reload()

    def _open_year(self, group_id: int | None) -> None:
        """Open on the year of the group's next meeting (the current year when none is coming:
        in December, next year's plan rather than this year's past)."""
        self._opened_for = (group_id,)
        if group_id is not None:
            self.year = meeting_state.opening_year(self.ctx.db, group_id, self.today)

    def reload(self) -> None:
        current = self.current_meeting()
        group_id = self.ctx.group_id
        if self._opened_for != (group_id,):
            self._open_year(group_id)
        language = self.ctx.language
        self.rules = settings.holiday_rules(self.ctx.db)
        self.rows = (
            planner.meetings(self.ctx.db, group_id=group_id, year=self.year)
            if group_id is not None
            else []
        )
        self.year_label.setText(str(self.year))
        active = [r for r in self.rows if r.status is not MeetingStatus.CANCELLED]
        self.count_label.setText(self.tr("%n meeting(s)", "", len(active)))

        # Spacing is checked against the group's meetings in the neighbouring years too.
        neighbours: list[dt.date] = []
        if group_id is not None:
            neighbours = [
                m.date
                for year in (self.year - 1, self.year + 1)
                for m in planner.meetings(self.ctx.db, group_id=group_id, year=year)
                if m.status is not MeetingStatus.CANCELLED
            ]
        warnings: dict[int, list[str]] = {}
        for row in active:
            others = [m.date for m in active if m.id != row.id] + neighbours
            found = date_warnings(row.date, self.rules, others=others, lang=language)
            if found:
                warnings[row.id] = [date_warning_text(w, language) for w in found]
        self.model.set_rows(self.rows, warnings)

        days: dict[dt.date, StripDay] = {}
        for day, name in public_holidays(self.year, self.rules, language).items():
            days.setdefault(day, StripDay()).holiday = name
        for period in school_holidays(self.year, self.rules):
            day = max(period.first, dt.date(self.year, 1, 1))
            while day <= min(period.last, dt.date(self.year, 12, 31)):
                days.setdefault(day, StripDay()).school_holiday = True
                day += dt.timedelta(days=1)
        for row in self.rows:
            days.setdefault(row.date, StripDay()).meetings.append((row.id, row.theme, row.status))
        self.strip.set_year(self.year, days, language)

        if current is not None and self.model.row_of(current.id) >= 0:
            self.select_meeting(current.id)
        elif self.rows:
            upcoming = next((r for r in self.rows if r.date >= self.today), self.rows[-1])
            self.select_meeting(upcoming.id)
        else:
            self.agenda.show_meeting(None)
            self.strip.select_meeting(None)
        self._update_actions()

    def current_meeting(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        return self.model.meeting_at(index.row()) if index.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, MeetingTableModel.DATE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_agenda()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_agenda()
        self._update_actions()

    def _show_agenda(self) -> None:
        meeting = self.current_meeting()
        meeting_id = meeting.id if meeting else None
        self.strip.select_meeting(meeting_id)
        if meeting_id != self.agenda.meeting_id:
            self.agenda.show_meeting(meeting_id)
        else:
            self.agenda.reload()

    def _update_actions(self) -> None:
        """Enable what applies; a greyed-out action says why in its tooltip and status tip."""
        has_group = self.ctx.group_id is not None
        meeting = self.current_meeting()
        no_group = self.tr("Create a group first.")
        if not has_group:
            no_meeting = no_group
        elif not self.rows:
            no_meeting = self.tr("There are no meetings in %1 yet: plan the year first.").replace(
                "%1", str(self.year)
            )
        else:
            no_meeting = self.tr("Choose a meeting in the list first.")
        _enable(self.plan_action, has_group, no_group)
        _enable(self.new_action, has_group, no_group)
        for year_action in (self.ics_action, self.invitations_action):
            _enable(
                year_action,
                bool(self.rows),
                self.tr("There are no meetings in %1 to export.").replace("%1", str(self.year))
                if has_group
                else no_group,
            )
        for action in (
            self.edit_action,
            self.delete_action,
            self.print_action,
            self.save_agenda_action,
            self.meeting_ics_action,
        ):
            _enable(action, meeting is not None, no_meeting)
        _enable(
            self.cancel_action,
            meeting is not None and meeting.status is not MeetingStatus.CANCELLED,
            self.tr("The meeting is cancelled already.") if meeting is not None else no_meeting,
        )

    # -- meetings ---------------------------------------------------------------------------
    def _warnings_for(self, meeting_id: int | None) -> Callable[[dt.date], list[DateWarning]]:
        group_id = self.ctx.group_id
        assert group_id is not None

        def check(day: dt.date) -> list[DateWarning]:
            return planner.warnings_for_date(
                self.ctx.db,
                group_id,
                day,
                meeting_id=meeting_id,
                rules=self.rules,
                lang=self.ctx.language,
            )

        return check

    def _host_suggestion(
        self, group_id: int, hosts: list[HostChoice], meeting_id: int | None
    ) -> tuple[HostChoice | None, str]:
        """The company next in turn to host, and a line saying why (host rotation)."""
        ranked = logistics.suggest_hosts(
            self.ctx.db,
            group_id,
            self.today,
            exclude_meeting_id=meeting_id,
            lang=self.ctx.language,
        )
        if not ranked:
            return None, ""
        best = ranked[0]
        choice = next((h for h in hosts if h.id == best.organisation_id), None)
        if best.last_hosted is None:
            hint = self.tr("Next in turn: %1, which has not hosted yet.").replace("%1", best.name)
        else:
            hint = (
                self.tr("Next in turn: %1, which last hosted on %2.")
                .replace("%1", best.name)
                .replace("%2", format_short_date(best.last_hosted, self.ctx.language))
            )
        return choice, hint

    def new_meeting_on(self, day: dt.date | None) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        if day is None:
            day = self.today if self.year == self.today.year else dt.date(self.year, 1, 1)
        created: list[int] = []

        def save(data: MeetingInput) -> None:
            command = CreateMeeting(self.ctx, group_id, data)
            created.append(command.meeting_id)
            self.ctx.undo_stack.push(command)

        hosts = planner.host_choices(self.ctx.db, group_id, lang=self.ctx.language)
        suggested, hint = self._host_suggestion(group_id, hosts, None)
        dialog = MeetingDialog(
            self,
            title=self.tr("New meeting"),
            data=MeetingInput(date=day),
            hosts=hosts,
            warnings_for=self._warnings_for(None),
            save=save,
            language=self.ctx.language,
            suggested_host=suggested,
            host_hint=hint,
            is_new=True,
        )
        if dialog.exec() and created:
            saved = planner.meeting(self.ctx.db, created[0])
            self.show_year(saved.date.year)
            self.select_meeting(saved.id)
            self.ctx.status_message.emit(
                self.tr("Meeting on %1 created").replace(
                    "%1", format_long_date(saved.date, self.ctx.language)
                )
            )

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or self.ctx.group_id is None:
            return

        def save(data: MeetingInput) -> None:
            self.ctx.undo_stack.push(
                EditMeeting(
                    self.ctx,
                    meeting.id,
                    data,
                    self.tr("Edit meeting on %1").replace(
                        "%1", format_short_date(meeting.date, self.ctx.language)
                    ),
                )
            )

        hosts = planner.host_choices(self.ctx.db, meeting.group_id, lang=self.ctx.language)
        _suggested, hint = self._host_suggestion(meeting.group_id, hosts, meeting.id)
        dialog = MeetingDialog(
            self,
            title=self.tr("Meeting on %1").replace(
                "%1", format_long_date(meeting.date, self.ctx.language)
            ),
            data=meeting.as_input(),
            hosts=hosts,
            warnings_for=self._warnings_for(meeting.id),
            save=save,
            language=self.ctx.language,
            host_hint=hint,
        )
        if dialog.exec():
            saved = planner.meeting(self.ctx.db, meeting.id)
            self.show_year(saved.date.year)
            self.select_meeting(saved.id)

    def cancel_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.status is MeetingStatus.CANCELLED:
            return
        when = format_long_date(meeting.date, self.ctx.language)
        answer = QMessageBox.question(
            self,
            self.tr("Cancel meeting"),
            self.tr(
                "Cancel the meeting on %1? It stays in the plan, marked as cancelled, and the "
                "next calendar export updates members' calendars."
            ).replace("%1", when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data = MeetingInput(**{**meeting.as_input().__dict__, "status": MeetingStatus.CANCELLED})
        self.ctx.undo_stack.push(
            EditMeeting(
                self.ctx,
                meeting.id,
                data,
                self.tr("Cancel meeting on %1").replace(
                    "%1", format_short_date(meeting.date, self.ctx.language)
                ),
            )
        )
        self.ctx.status_message.emit(self.tr("Meeting on %1 cancelled").replace("%1", when))

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        when = format_long_date(meeting.date, self.ctx.language)
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting on %1 and its agenda? Use this for a meeting entered by "
                "mistake; a meeting that will not take place should be cancelled instead."
            ).replace("%1", when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.undo_stack.push(
                DeleteMeeting(
                    self.ctx,
                    meeting.id,
                    self.tr("Delete meeting on %1").replace(
                        "%1", format_short_date(meeting.date, self.ctx.language)
                    ),
                )
            )
        except SAVE_ERRORS as exc:
            plain_text.warning(self, self.tr("Delete meeting"), error_text(exc))

    def plan_year(self) -> None:
        group_id = self.ctx.group_id
        if group_id is None:
            return
        year = self.year
        existing = [r for r in self.rows if r.status is not MeetingStatus.CANCELLED]
        taken = [r.date for r in existing]

        def propose(weekday: int, count: int) -> list:  # type: ignore[type-arg]
            return planner.suggest_year(
                self.ctx.db, group_id, year, count=count, weekday=weekday, rules=self.rules
            )

        def warnings_for(day: dt.date, others: list[dt.date]) -> list[DateWarning]:
            return date_warnings(day, self.rules, others=[*taken, *others], lang=self.ctx.language)

        dialog = PlanYearDialog(
            self,
            year=year,
            existing=len(existing),
            propose=propose,
            warnings_for=warnings_for,
            language=self.ctx.language,
            hosts=logistics.suggest_hosts(
                self.ctx.db, group_id, self.today, lang=self.ctx.language
            ),
        )
        if not dialog.exec():
            return
        chosen = dialog.chosen_meetings()
        if not chosen:
            return
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Plan %1").replace("%1", str(year)))
        try:
            for day, host_id in chosen:
                stack.push(
                    CreateMeeting(self.ctx, group_id, MeetingInput(date=day, host_id=host_id))
                )
        finally:
            stack.endMacro()
        self.ctx.status_message.emit(self.tr("%n meeting(s) planned", "", len(chosen)))

    # -- documents --------------------------------------------------------------------------
    def _export_meeting_calendar(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None:
            self.exporter.export_calendar(self.year, meeting_id=meeting.id)

    def _print_agenda(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and self._overrun_accepted(meeting.id, self.tr("&Print anyway")):
            self.exporter.print_agenda(meeting.id)

    def _save_agenda(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and self._overrun_accepted(meeting.id, self.tr("&Save anyway")):
            self.exporter.save_agenda(meeting.id)

    def _overrun_accepted(self, meeting_id: int, go_on: str) -> bool:
        """True when the day fits, or when the user chose to go on with a programme that runs
        past the planned end (the agenda then prints a warning line)."""
        plan = planner.agenda(self.ctx.db, meeting_id)
        if not plan.overrun_minutes:
            return True
        language = self.ctx.language
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The programme runs late"),
            self.tr(
                "The programme ends at %1, after the planned end %2. The agenda says so in a "
                "warning line; shorten the programme or move the end of the meeting to avoid it."
            )
            .replace("%1", format_time(plan.ends_at, language))
            .replace("%2", format_time(plan.meeting.end_time, language)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        accept = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept
