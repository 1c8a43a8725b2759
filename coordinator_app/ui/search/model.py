"""The one search's results as a tree: a member, then their evidence newest first; the items of
no member last. A delegate paints a snippet's matching words and a result's sharing level as a
badge (ranges painted over plain text: the data is never markup)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.enums import Confidentiality
from coordinator_app.domain.search_rank import Evidence, Kind, MemberResults
from coordinator_app.ui.labels import confidentiality_label
from coordinator_app.ui.theme import Tone, color

Index = QModelIndex | QPersistentModelIndex

SNIPPET_COLUMN, WHEN_COLUMN, KIND_COLUMN, LEVEL_COLUMN = range(4)
#: The snippet's marked ranges, a tuple of (start, end).
HIGHLIGHTS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The `Evidence` of a row (None for a member's row).
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3

_LEVEL_TONES = {
    Confidentiality.GROUP_ONLY: Tone.ERROR,
    Confidentiality.ANONYMOUS: Tone.WARNING,
    Confidentiality.SHAREABLE: Tone.SUCCESS,
}


def kind_label(evidence: Evidence) -> str:
    if evidence.kind is Kind.THEME and evidence.level is None:
        return QCoreApplication.translate("SearchResults", "Meeting theme")
    return {
        Kind.MEMBER: QCoreApplication.translate("SearchResults", "Member"),
        Kind.ROUND_TABLE: QCoreApplication.translate("SearchResults", "Round table"),
        Kind.TALK: QCoreApplication.translate("SearchResults", "Talk"),
        Kind.DECISION: QCoreApplication.translate("SearchResults", "Decision"),
        Kind.ACTION: QCoreApplication.translate("SearchResults", "Action item"),
        Kind.THEME: QCoreApplication.translate("SearchResults", "Theme proposal"),
        Kind.SPEAKER: QCoreApplication.translate("SearchResults", "Speaker proposal"),
    }[evidence.kind]


class SearchResultsModel(QAbstractItemModel):
    """Members at the top level, their evidence below (internal id: the member's row + 1)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.groups: list[MemberResults] = []

    def set_results(self, groups: list[MemberResults]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def evidence_at(self, index: Index) -> Evidence | None:
        if not index.isValid() or not index.internalId():
            return None
        return self.groups[index.internalId() - 1].evidence[index.row()]

    def group_at(self, index: Index) -> MemberResults | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        return self.groups[parent - 1] if parent else self.groups[index.row()]

    def group_name(self, group: MemberResults) -> str:
        if group.member_id is None:
            return self.tr("Not tied to a member (decisions, themes, guests' talks)")
        return group.name or ""

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or not child.internalId():
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self.groups[parent.row()].evidence)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Who and what"), self.tr("When"), self.tr("Kind"), self.tr("Sharing"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        evidence = self.evidence_at(index)
        if evidence is None:
            group = self.groups[index.row()]
            if index.column() != SNIPPET_COLUMN:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return f"{self.group_name(group)} ({len(group.evidence)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        column = index.column()
        if role == EVIDENCE_ROLE:
            return evidence
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SNIPPET_COLUMN:
                return evidence.snippet.text
            if column == WHEN_COLUMN:
                return format_short_date(evidence.date, self.language) if evidence.date else ""
            if column == KIND_COLUMN:
                return kind_label(evidence)
            if column == LEVEL_COLUMN:
                return confidentiality_label(evidence.level) if evidence.level else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == SNIPPET_COLUMN:
            return evidence.shown
        if role == HIGHLIGHTS_ROLE and column == SNIPPET_COLUMN:
            return evidence.snippet.highlights
        if role == LEVEL_ROLE and column == LEVEL_COLUMN:
            return evidence.level
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet with its matching words bold on the highlight colour, and a sharing
    level as a coloured badge; the text is laid out as plain text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marks = index.data(HIGHLIGHTS_ROLE)
        level = index.data(LEVEL_ROLE)
        if not marks and level is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        if level is not None:
            self._badge(painter, QRectF(rect), text, _LEVEL_TONES[level], opt)
        else:
            self._marked(painter, QRectF(rect), text, marks, opt)
        painter.restore()

    def _marked(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        marks: tuple[tuple[int, int], ...],
        opt: QStyleOptionViewItem,
    ) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(text_role))
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        layout = QTextLayout(elided, opt.font)
        formats = []
        for start, end in marks:
            if start >= len(elided):
                continue
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if not selected:
                fmt.setBackground(opt.palette.color(QPalette.ColorRole.Highlight).lighter(170))
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, min(end, len(elided)) - start, fmt
            formats.append(span)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))

    def _badge(
        self, painter: QPainter, rect: QRectF, text: str, tone: Tone, opt: QStyleOptionViewItem
    ) -> None:
        tint = color(tone, opt.palette)
        metrics = opt.fontMetrics
        width = min(rect.width(), metrics.horizontalAdvance(text) + 12.0)
        badge = QRectF(rect.left(), rect.top() + 2, width, rect.height() - 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(tint)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(tint)
        painter.drawRoundedRect(badge, 6, 6)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, max(size.height(), option.fontMetrics.height() + 8))
