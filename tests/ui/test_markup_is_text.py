"""What members, companies and meetings are called is shown as text, never run as HTML.

Qt guesses whether a label's text is HTML (Qt.TextFormat.AutoText). A crafted contact file or
database with a member called `<img src="file:///etc/passwd">` would make a label load a local
file, `<h1>` would blow up the layout and `<a href>` would offer a link. Every view, tab and
dialog is opened (tests/ui/walk.py) on a database whose every text starts with such markup,
and every label, tooltip, message box and text document must show it literally.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from sqlalchemy import text

from coordinator_app.domain.people import JobInput, PersonInput
from coordinator_app.services import demo, groups, minutes, planner, roster
from coordinator_app.store.database import Database
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.member_dialog import MemberDialog
from coordinator_app.ui.roster.view import EndMembershipDialog, ErasePersonDialog
from tests.ui import walk
from tests.ui.conftest import when_dialog_opens

MARK = '<img src="file:///etc/passwd"><h1>BIG</h1><a href="x">link</a>&amp;'
# The marker as the user must see it: its tags as characters (also in a file name, which
# cannot hold "/": "<i>BIG").
LITERAL = re.compile(r"<(h1|i)>BIG")


def _mnemonics_shown(text: str) -> str:
    """What a label with a buddy shows: "&&" as "&", a single "&" marks the shortcut."""
    return re.sub(r"&(.)", r"\1", text)


def shown(
    text: str, fmt: Qt.TextFormat, *, buddy: bool = False
) -> tuple[str, QTextDocument | None]:
    """The text a label (or a tooltip, with AutoText) shows for `text` in format `fmt`, and
    the document it renders, if it renders one."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if fmt == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText(), document
    if not rich:
        return (_mnemonics_shown(text) if buddy else text), None
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText(), document


def images(document: QTextDocument) -> list[str]:
    """The images `document` holds (and would load)."""
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            iterator += 1
        block = block.next()
    return found


def assert_literal(where: str, raw: str, fmt: Qt.TextFormat, *, buddy: bool = False) -> None:
    visible, document = shown(raw, fmt, buddy=buddy)
    assert LITERAL.search(visible), f"{where}: shown as {visible!r} (from {raw!r})"
    if "</a>" in visible:
        assert "</a>&amp;" in visible, f"{where}: {visible!r}"
    if document is not None:
        assert images(document) == [], where


class Checked:
    """What the walk has checked so far: labels, tooltips, message boxes."""

    def __init__(self) -> None:
        self.labels: dict[tuple[str, int], str] = {}  # (where, label) → "Window: its text"
        self.tooltips = 0

    def widgets(self, where: str, roots: Iterable[QWidget]) -> None:
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                self.widget(where, widget)
            for document in root.findChildren(QTextDocument):
                assert images(document) == [], where
            for action in root.findChildren(QAction):
                if "BIG" in action.toolTip():
                    assert_literal(f"{where}: action", action.toolTip(), Qt.TextFormat.AutoText)

    def widget(self, where: str, widget: QWidget) -> None:
        if isinstance(widget, QLabel) and "BIG" in widget.text():
            name = f"{where}: {type(widget.window()).__name__} {widget.objectName()}"
            assert_literal(
                name, widget.text(), widget.textFormat(), buddy=widget.buddy() is not None
            )
            self.labels[(where, id(widget))] = f"{type(widget.window()).__name__}: {widget.text()}"
        if "BIG" in widget.toolTip():
            assert_literal(f"{where}: tooltip", widget.toolTip(), Qt.TextFormat.AutoText)
            self.tooltips += 1
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(min(model.rowCount(root), 60)):
                for column in range(columns):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and "BIG" in tip:
                        assert_literal(f"{where}: cell tooltip", tip, Qt.TextFormat.AutoText)
                        self.tooltips += 1


def craft(db: Database) -> None:
    """The demo data with MARK before every text a member, a company or a meeting has, as
    another program could write the file (the app itself stores markup as typed, too)."""
    demo.fill_with_demo_data(db)
    with db.session() as session:
        tables = [
            row[0]
            for row in session.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            if row[0] not in ("settings", "alembic_version") and not row[0].startswith("sqlite")
        ]
        for table in tables:
            for column in session.execute(text(f'PRAGMA table_info("{table}")')):
                name, kind = column[1], str(column[2]).upper()
                wanted = kind == "TEXT" or (kind.startswith("VARCHAR") and kind != "VARCHAR(20)")
                if wanted and name not in ("ical_uid", "name_key"):
                    session.execute(
                        text(f'UPDATE "{table}" SET "{name}" = :mark || \' \' || "{name}"'),
                        {"mark": MARK},
                    )


@pytest.fixture
def window(ctx: AppContext, qtbot) -> MainWindow:
    craft(ctx.db)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    walk.settle()
    return main


def _select_all_rows(view: QWidget) -> Iterable[None]:
    """Select each of the first rows of every table of `view` in turn (details follow)."""
    for table in view.findChildren(QAbstractItemView):
        model = table.model()
        if model is None or not table.isVisible():
            continue
        for row in range(min(model.rowCount(), 3)):
            table.setCurrentIndex(model.index(row, 0))
            walk.settle()
            yield


def test_every_view_tab_and_dialog_shows_markup_as_text(window: MainWindow) -> None:
    checked = Checked()
    for name, view in walk.views(window):
        checked.widgets(name, [window])
        for _ in _select_all_rows(view):
            checked.widgets(name, [window])
    for name, dialog in walk.dialogs(window):
        checked.widgets(name, [dialog])
    seen = {key[1] for key in checked.labels}
    # The places the issue found, each of which showed the marker (and was checked):
    found = [
        window.roster.details.heading,
        window.roster.details.job,
        window.roster.details.facts,
        window.planner.agenda.heading,
        window.logistics.heading,
        window.logistics.subheading,
        window.logistics.suggestion,
        window.minutes.heading,
        window.minutes.next_theme_label,
        window.minutes.round_table.who,
    ]
    assert [label for label in found if id(label) not in seen] == []
    dialogs_seen = {text.split(":")[0] for text in checked.labels.values()}
    assert "EndMembershipDialog" in dialogs_seen
    assert checked.tooltips > 10  # themes, notes, decisions, round-table texts, jobs


def test_the_roster_details_heading_and_job_line(window: MainWindow) -> None:
    window.nav.setCurrentRow(window.views.indexOf(window.roster))
    window.roster.table.setCurrentIndex(window.roster.table.model().index(0, 0))
    walk.settle()
    details = window.roster.details
    for label in (details.heading, details.job, details.facts):
        assert "BIG" in label.text()
        assert_literal("roster details", label.text(), label.textFormat())
    assert details.heading.textFormat() == Qt.TextFormat.PlainText
    assert details.heading.text().startswith(MARK)
    assert details.heading.sizeHint().height() < 200  # no <h1> blowing up the layout


def test_end_membership_and_erase_dialogs(window: MainWindow, qtbot) -> None:
    person = roster.roster(window.ctx.db, window.ctx.group_id)[0]
    assert person.name.startswith(MARK)
    checked = Checked()
    for dialog in (
        EndMembershipDialog(window, person.name),
        ErasePersonDialog(window, person.name),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        walk.settle()
        checked.widgets(type(dialog).__name__, [dialog])
        dialog.close()
    assert len(checked.labels) >= 3  # the end-membership text, the erase text and its prompt


def test_form_error_labels_show_the_typed_value_as_text(window: MainWindow, qtbot) -> None:
    saved: list[object] = []
    dialog = MemberDialog(window, language="da", save=lambda *args: saved.append(args))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(MARK)
    dialog.email.setText(MARK)
    dialog.phone.setText(MARK)
    dialog.accept()
    walk.settle()
    assert not saved
    checked = Checked()
    checked.widgets("member form", [dialog])
    errors = [label for label in dialog.findChildren(QLabel) if label.objectName() == "fieldError"]
    assert sum("BIG" in label.text() for label in errors) == 2  # e-mail and phone quote it
    assert len(checked.labels) >= 2


def test_message_boxes_show_names_and_themes_as_text(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = window.ctx
    taken = groups.create_group(ctx.db, f"{MARK} Gruppe")
    assert taken
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (f"{MARK} Gruppe", True))
    boxes: list[str] = []

    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        checked = Checked()
        checked.widgets("message box", [dialog])
        boxes.extend(checked.labels.values())
        dialog.reject()

    when_dialog_opens(qtbot, inspect)
    window.new_group()  # "There is already a group called …"
    assert len(boxes) == 1

    # "The meeting on … already has the theme “…”. Replace it with “…”?"
    group_id = ctx.group_id
    assert group_id is not None
    held = [m for m in planner.meetings(ctx.db, group_id=group_id) if m.date < dt.date.today()]
    meeting = held[-1]
    following = minutes.next_meeting(ctx.db, meeting.id)
    assert following is not None and following.theme.startswith(MARK)
    minutes.add_theme(ctx.db, meeting.id, f"{MARK} Nyt tema")
    window.nav.setCurrentRow(window.views.indexOf(window.minutes))
    walk.settle()
    window.minutes.show_meeting(meeting.id)
    walk.settle()
    model = window.minutes.theme_model
    themes = [model.row_at(r) for r in range(model.rowCount())]
    row = next(r for r, line in enumerate(themes) if line is not None and "Nyt tema" in line.theme)
    window.minutes.theme_table.setCurrentIndex(model.index(row, 0))
    when_dialog_opens(qtbot, inspect)
    window.minutes.choose_theme()
    assert len(boxes) == 2


def test_an_imported_file_and_its_contacts_show_as_text(
    ctx: AppContext, qtbot, tmp_path: Path
) -> None:
    group_id = groups.create_group(ctx.db, "IT Drift")
    roster.add_member(ctx.db, group_id, PersonInput(name="Mette"), JobInput("Region"))
    ctx.set_group(group_id)
    folder = tmp_path / "<b>&amp;<i>BIG"
    folder.mkdir()
    card = folder / "<i>BIG.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{MARK} Navn\r\nORG:{MARK} Firma\r\nTITLE:{MARK} Titel\r\n"
        f"TEL:{MARK}\r\nEMAIL:first@example.com\r\nEMAIL:second@example.com\r\n"
        f"NOTE:{MARK} note\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(card)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.next_button.isVisible())
    walk.settle()
    checked = Checked()
    checked.widgets("import", [dialog])
    assert any("<i>BIG" in text for text in checked.labels.values())  # the file's name
    assert checked.tooltips >= 1  # the problem that quotes the phone number


def test_the_checker_catches_markup_shown_as_html(qtbot) -> None:
    """The walk's checks fail on what the issue found: an AutoText label, a rich tooltip."""
    label = QLabel(MARK)
    qtbot.addWidget(label)
    with pytest.raises(AssertionError):
        Checked().widget("label", label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    Checked().widget("label", label)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setToolTip(MARK)
    with pytest.raises(AssertionError):
        Checked().widget("tooltip", holder)
    buddy = QLabel("&Type “A & B<i>BIG”:")
    qtbot.addWidget(buddy)
    buddy.setTextFormat(Qt.TextFormat.PlainText)
    buddy.setBuddy(holder)
    assert shown(buddy.text(), buddy.textFormat(), buddy=True)[0] == "Type “A  B<i>BIG”:"
