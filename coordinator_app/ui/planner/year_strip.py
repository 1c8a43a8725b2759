"""The year at a glance: twelve months as rows of days, with meetings, holidays and weekends.

Like the paper year planner on an office wall: one row per month, one column per day of the
month. Meetings are filled dots in the group's colour, public holidays red, school-holiday days
shaded, weekends grey. Hovering a day tells what it is; clicking a meeting selects it;
double-clicking a free day starts a new meeting there.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coordinator_app.domain.dates import format_long_date
from coordinator_app.domain.enums import MeetingStatus
from coordinator_app.ui.labels import meeting_status_label, month_labels
from coordinator_app.ui.plain_text import as_text
from coordinator_app.ui.theme import Tone, color, is_dark

SCHOOL = QColor(255, 193, 7, 70)


def holiday_colour() -> QColor:
    return color(Tone.HOLIDAY)


def holiday_fill() -> QColor:
    fill = color(Tone.HOLIDAY)
    fill.setAlpha(55)
    return fill


def meeting_colour() -> QColor:
    return color(Tone.ACCENT)


def weekend_colour(palette: QPalette) -> QColor:
    """Weekends: a shade darker than the alternate rows (lighter in dark mode)."""
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    return alternate.lighter(130) if is_dark(palette) else alternate.darker(112)


def cancelled_colour() -> QColor:
    return color(Tone.MUTED)


@dataclass
class StripDay:
    """What the strip knows about one day."""

    holiday: str = ""
    school_holiday: bool = False
    meetings: list[tuple[int, str, MeetingStatus]] = field(default_factory=list)


class YearStrip(QWidget):
    """Twelve month rows of day cells for one year."""

    meeting_clicked = Signal(int)
    day_activated = Signal(object)  # dt.date, on double-click of a day without a meeting

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = dt.date.today().year
        self.language = "da"
        self.days: dict[dt.date, StripDay] = {}
        self.selected_meeting: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Year overview"))

    def set_year(self, year: int, days: dict[dt.date, StripDay], language: str) -> None:
        self.year, self.days, self.language = year, days, language
        meetings = sum(len(d.meetings) for d in days.values())
        self.setAccessibleDescription(
            self.tr("%1: %n meeting(s)", "", meetings).replace("%1", str(year))
        )
        self.update()

    def select_meeting(self, meeting_id: int | None) -> None:
        self.selected_meeting = meeting_id
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max(metrics.horizontalAdvance(m) for m in month_labels()) + 10

    def small_font(self) -> QFont:
        """The day numbers' font; the month names' too where the rows are compact."""
        small = self.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        return small

    def _comfortable_row(self) -> int:
        return max(16, QFontMetrics(self.font()).height() + 4)

    def _compact_row(self) -> int:
        return QFontMetrics(self.small_font()).height() + 1

    def height_for_rows(self, row: int) -> int:
        return self._header_height() + 12 * row + 2

    def _row_height(self) -> int:
        """Comfortable where there is room; down to the small font's height on a small screen
        (the planner gives the strip what its meetings and agenda leave: `fit_to`)."""
        fitted = (self.height() - self._header_height() - 2) // 12
        return max(self._compact_row(), min(self._comfortable_row(), fitted))

    def _header_height(self) -> int:
        return QFontMetrics(self.small_font()).height() + 2

    def sizeHint(self) -> QSize:
        return QSize(760, self.height_for_rows(self._comfortable_row()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + 31 * 12, self.height_for_rows(self._compact_row()))

    def fit_to(self, height: int) -> None:
        """Be `height` high, within the compact and the comfortable height."""
        low, high = self.minimumSizeHint().height(), self.sizeHint().height()
        fitted = max(low, min(high, height))
        if fitted != self.height() or self.minimumHeight() != fitted:
            self.setFixedHeight(fitted)

    def _geometry(self) -> tuple[int, float, int, int]:
        """Label width, cell width, header height and row height (font metrics: slow)."""
        left = self._label_width()
        return left, (self.width() - left - 1) / 31, self._header_height(), self._row_height()

    def _cell(
        self, month: int, day: int, geometry: tuple[int, float, int, int] | None = None
    ) -> QRectF:
        left, width, header, row = geometry or self._geometry()
        return QRectF(left + (day - 1) * width, header + (month - 1) * row, width, row)

    def date_at(self, pos: QPoint | QPointF) -> dt.date | None:
        left = self._label_width()
        width = (self.width() - left - 1) / 31
        if pos.x() < left or pos.y() < self._header_height():
            return None
        day = int((pos.x() - left) // width) + 1
        month = int((pos.y() - self._header_height()) // self._row_height()) + 1
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(self.year, month)[1]):
            return None
        return dt.date(self.year, month, day)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        base = palette.color(QPalette.ColorRole.Base)
        weekend = weekend_colour(palette)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))

        # Measured once per paint, not once per day cell (that was 20 ms a paint).
        geometry = self._geometry()
        label_width, header_height = geometry[0], geometry[2]
        small = self.small_font()
        painter.setFont(small)
        painter.setPen(muted)
        for day in (1, 5, 10, 15, 20, 25, 31):
            cell = self._cell(1, day, geometry)
            painter.drawText(
                QRectF(cell.left(), 0, cell.width(), header_height),
                Qt.AlignmentFlag.AlignCenter,
                str(day),
            )
        # Month names in the small font too where the rows are lower than the usual font.
        compact = geometry[3] < QFontMetrics(self.font()).height() + 2
        painter.setFont(small if compact else self.font())
        months = month_labels()
        today = dt.date.today()
        for month in range(1, 13):
            row = self._cell(month, 1, geometry)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, row.top(), label_width - 6, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                months[month - 1],
            )
            for day in range(1, calendar.monthrange(self.year, month)[1] + 1):
                date = dt.date(self.year, month, day)
                cell = self._cell(month, day, geometry).adjusted(0.5, 0.5, -0.5, -0.5)
                info = self.days.get(date)
                painter.fillRect(cell, weekend if date.weekday() >= 5 else base)
                if info and info.school_holiday:
                    painter.fillRect(cell, SCHOOL)
                if info and info.holiday:
                    painter.fillRect(cell, holiday_fill())
                    painter.fillRect(
                        QRectF(cell.left(), cell.bottom() - 3, cell.width(), 3), holiday_colour()
                    )
                if date == today:
                    painter.setPen(text)
                    painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5))
                if info and info.meetings:
                    self._paint_meeting(painter, cell, info)
            painter.setPen(grid)
            painter.drawLine(
                QPointF(label_width, row.bottom()), QPointF(self.width() - 1, row.bottom())
            )
        painter.end()

    def _paint_meeting(self, painter: QPainter, cell: QRectF, info: StripDay) -> None:
        status = info.meetings[0][2]
        colour = cancelled_colour() if status is MeetingStatus.CANCELLED else meeting_colour()
        radius = min(cell.width(), cell.height()) / 2 - 1
        centre = cell.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        if any(m[0] == self.selected_meeting for m in info.meetings):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(centre, radius + 1.5, radius + 1.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- interaction ------------------------------------------------------------------------
    def describe(self, date: dt.date) -> str:
        """What the tooltip says about `date`."""
        lines = [format_long_date(date, self.language)]
        info = self.days.get(date)
        if info:
            for _id, theme, status in info.meetings:
                what = self.tr("Meeting") + (f": {theme}" if theme else "")
                if status is not MeetingStatus.PLANNED:
                    what += f" ({meeting_status_label(status)})"
                lines.append(what)
            if info.holiday:
                lines.append(info.holiday)
            if info.school_holiday:
                lines.append(self.tr("School holiday"))
        return "\n".join(lines)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            date = self.date_at(event.pos())
            if date is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), as_text(self.describe(date)), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        date = self.date_at(event.position())
        info = self.days.get(date) if date else None
        if info and info.meetings and event.button() == Qt.MouseButton.LeftButton:
            self.meeting_clicked.emit(info.meetings[0][0])
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        date = self.date_at(event.position())
        if date is not None:
            info = self.days.get(date)
            if info and info.meetings:
                self.meeting_clicked.emit(info.meetings[0][0])
            else:
                self.day_activated.emit(date)
        super().mouseDoubleClickEvent(event)
