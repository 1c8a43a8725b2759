"""The one search in the main window: a field in the toolbar (Ctrl+K; Ctrl+F where focus is
not in a text field and the view has no Find of its own), results by member in a panel beside
the views, opening a result in its view, and "copy answer" within the sharing levels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.search_answer import answer
from coordinator_app.domain.search_rank import Evidence, Kind
from coordinator_app.services import search
from coordinator_app.services.search import SearchResults, is_meeting_theme
from coordinator_app.ui import plain_text
from coordinator_app.ui.messages import SAVE_ERRORS, error_text
from coordinator_app.ui.plain_text import plain_label
from coordinator_app.ui.search.model import (
    KIND_COLUMN,
    LEVEL_COLUMN,
    SNIPPET_COLUMN,
    WHEN_COLUMN,
    SearchResultsModel,
    SnippetDelegate,
)

if TYPE_CHECKING:
    from coordinator_app.ui.main_window import MainWindow

#: How long typing pauses before the search runs (ms).
TYPING_PAUSE_MS = 250
#: The results' width beside the views when first shown (px); the splitter's handle moves it.
PANE_WIDTH = 360


class SearchField(QLineEdit):
    """The toolbar's search field: Down moves into the results, Escape clears."""

    def __init__(self, results: QTreeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._results.model().rowCount() > 0:
            self._results.setFocus()
            if not self._results.currentIndex().isValid():
                self._results.setCurrentIndex(self._results.model().index(0, 0))
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ResultsTree(QTreeView):
    """Enter opens the current result."""

    def __init__(self, open_result: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = open_result

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open()  # type: ignore[operator]
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """The results of the one search, by member, with Open and Copy answer."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.results = SearchResults("", None)
        self.model = SearchResultsModel(self.ctx.language, self)
        self.tree = ResultsTree(self.open_current)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        delegate = SnippetDelegate(self.tree)
        self.tree.setItemDelegateForColumn(SNIPPET_COLUMN, delegate)
        self.tree.setItemDelegateForColumn(LEVEL_COLUMN, delegate)
        header = self.tree.header()
        header.setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (WHEN_COLUMN, KIND_COLUMN, LEVEL_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The tree's members and its own first column as narrow as the rest allows: a member's
        # row spans all columns (show_results), so the name is read whole.
        self.tree.setIndentation(12)
        self.tree.doubleClicked.connect(lambda _index: self.open_current())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        title = QLabel(self.tr("Search results"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the search results"))
        self.close_button.setAccessibleName(self.tr("Close the search results"))
        title_row = QHBoxLayout()
        title_row.addWidget(title, 1)
        title_row.addWidget(self.close_button)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the search found"))
        note = QLabel(
            self.tr(
                "Every sharing level is found here. Copy answer copies only what each text's "
                "level allows, without names where it says so."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("searchNote")
        note.setStyleSheet("QLabel#searchNote { color: palette(placeholder-text); }")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the result"))
        self.open_button.clicked.connect(self.open_current)
        self.copy_button = QPushButton(self.tr("Copy answer"))
        self.copy_button.setAccessibleName(self.tr("Copy answer"))
        self.copy_button.setToolTip(
            self.tr("Copy what may be shared of these results, to send to the member who asked")
        )
        self.copy_button.clicked.connect(self.copy_answer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(title_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self._update_buttons()

    # -- searching ---------------------------------------------------------------------------
    def run(self, query: str) -> None:
        group_id = self.ctx.group_id
        if group_id is None or not query.strip():
            self.show_results(SearchResults(query, group_id))
            return
        try:
            results = search.search(self.ctx.db, group_id, query, lang=self.ctx.language)
        except SAVE_ERRORS as exc:
            plain_text.warning(self, self.tr("Search"), error_text(exc))
            return
        self.show_results(results)

    def show_results(self, results: SearchResults) -> None:
        self.results = results
        self.model.set_results(list(results.members))
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if not results.query.strip():
            plain_text.set_plain(self.summary, "")
        elif not results.ranked:
            plain_text.set_plain(
                self.summary, self.tr("Nothing found for “%1”.").replace("%1", results.query)
            )
        else:
            text = self.tr("%n result(s) for “%1”", "", len(results.ranked)).replace(
                "%1", results.query
            )
            if results.more:
                text += " " + self.tr("(the best; %n more)", "", results.more)
            plain_text.set_plain(self.summary, text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current() is not None)
        self.copy_button.setEnabled(bool(self.results.ranked))

    def current(self) -> Evidence | None:
        index = self.tree.currentIndex()
        evidence = self.model.evidence_at(index)
        if evidence is None and index.isValid():
            group = self.model.group_at(index)
            if group is not None and group.evidence:
                return group.evidence[0]
        return evidence

    # -- acting on a result ------------------------------------------------------------------
    def open_current(self) -> None:
        evidence = self.current()
        if evidence is not None:
            open_result(self.window_, evidence)

    def copy_answer(self) -> None:
        copied = answer(self.results.query, self.results.members, self.ctx.language)
        QApplication.clipboard().setText(copied.text)
        message = self.tr("Copied %n result(s) that may be shared", "", copied.copied)
        if copied.left_out:
            message += "; " + self.tr("%n left out by its sharing level", "", copied.left_out)
        self.ctx.status_message.emit(message)


def _select_row(table: QAbstractItemView, row_id: int) -> bool:
    """Make the row whose `id` is `row_id` current in a table over a `RowsModel`."""
    model = table.model()
    rows = getattr(model, "rows", None)
    if rows is None:
        return False
    for number, row in enumerate(rows()):
        if getattr(row, "id", None) == row_id:
            table.setCurrentIndex(model.index(number, 1 if model.columnCount() > 1 else 0))
            table.scrollTo(table.currentIndex())
            return True
    return False


def open_result(window: MainWindow, evidence: Evidence) -> None:
    """Show a result where it lives: a member in the roster, a text in its meeting's minutes
    (the right tab, the row selected), a meeting's theme with its meeting."""
    if evidence.kind is Kind.MEMBER:
        roster = window.roster
        window.show_view(roster)
        if roster.model.row_of(evidence.row_id) is None and not roster.show_former.isChecked():
            roster.show_former.setChecked(True)  # a former member: shown with the former ones
        roster.select_person(evidence.row_id)
        roster.table.setFocus()
        return
    view = window.minutes
    window.show_view(view)
    meeting_id = evidence.meeting_id
    if meeting_id is not None:
        view.show_meeting(meeting_id)
    if is_meeting_theme(evidence):
        return
    if evidence.kind is Kind.ROUND_TABLE:
        view.tabs.setCurrentIndex(0)
        panel = view.round_table
        _select_row(panel.table, evidence.row_id)
        panel.table.setFocus()
        return
    tables = {
        Kind.TALK: (1, view.talk_table),
        Kind.DECISION: (1, view.decision_table),
        Kind.ACTION: (1, view.action_table),
        Kind.THEME: (2, view.theme_table),
        Kind.SPEAKER: (2, view.speaker_table),
    }
    tab, table = tables[evidence.kind]
    view.tabs.setCurrentIndex(tab)
    _select_row(table, evidence.row_id)
    table.setFocus()


def _in_text_field() -> bool:
    focus = QApplication.focusWidget()
    return isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit)


class OneSearch:
    """Puts the search into the main window: the field, the results panel, the shortcuts."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = SearchPanel(window)
        # Beside the views in the window's splitter: it takes its room from them.
        self.pane = self.panel
        self.pane.setObjectName("searchResults")
        window.body.addWidget(self.pane)
        window.body.setStretchFactor(1, 0)
        self.pane.hide()
        self._sized = False
        self.panel.close_button.clicked.connect(self.close)

        self.field = SearchField(self.panel.tree)
        self.field.setPlaceholderText(
            QCoreApplication.translate("OneSearch", "Who has tried…? (Ctrl+K)")
        )
        self.field.setAccessibleName(
            QCoreApplication.translate("OneSearch", "Search members and minutes")
        )
        self.field.setToolTip(
            QCoreApplication.translate(
                "OneSearch",
                "Search the group's members and years of minutes: names, companies, expertise, "
                "round-table statuses, talks, decisions, action items and proposals",
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance("x" * 28))
        self.timer = QTimer(self.field)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.run)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(self.field)

        self.focus_action = QAction(
            QCoreApplication.translate("OneSearch", "Search members and minutes"), window
        )
        self.focus_action.setShortcut(QKeySequence("Ctrl+K"))
        self.focus_action.triggered.connect(self.focus)
        window.addAction(self.focus_action)
        # Ctrl+F finds in the view that has a Find of its own (the roster's filter); elsewhere
        # it is the one search, unless the focus is in a text field.
        self.find_action = QAction(QCoreApplication.translate("OneSearch", "Search"), window)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find_key)
        window.addAction(self.find_action)
        window.views.currentChanged.connect(lambda _index: self._update_find())
        self._update_find()
        window.ctx.data_changed.connect(self._rerun)
        window.ctx.group_changed.connect(lambda _gid: self._rerun())

    def _update_find(self) -> None:
        self.find_action.setEnabled(self.window.views.currentWidget() is not self.window.roster)

    def _find_key(self) -> None:
        if not _in_text_field():
            self.focus()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run(self) -> None:
        self.timer.stop()
        query = self.field.text()
        self.panel.run(query)
        self.show_pane(bool(query.strip()))

    def show_pane(self, shown: bool) -> None:
        """Show or hide the results; shown the first time at `PANE_WIDTH` beside the views."""
        if shown == self.pane.isVisible():
            return
        self.pane.setVisible(shown)
        body = self.window.body
        if shown and not self._sized:
            self._sized = True
            total = sum(body.sizes())
            width = min(PANE_WIDTH, max(total // 3, self.pane.minimumSizeHint().width()))
            body.setSizes([max(total - width, 0), width])

    def close(self) -> None:
        self.show_pane(False)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rerun(self) -> None:
        if self.pane.isVisible() and self.field.text().strip():
            self.panel.run(self.field.text())

    def current_index(self) -> QModelIndex:
        return self.panel.tree.currentIndex()
