"""Importing contacts through the preview, as a user does: file, (mapping,) preview, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from coordinator_app.domain.contacts import ParseProblem
from coordinator_app.services import roster
from coordinator_app.services.contact_import import DuplicateAction
from coordinator_app.ui.messages import problem_text
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.import_models import PreviewModel
from tests.conftest import SAMPLES_DIR


def _open(qtbot, ctx, group_id, path: Path) -> ImportDialog:
    ctx.set_group(group_id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.next_button.isVisible())
    return dialog


def _column(dialog: ImportDialog, column: int) -> list[str]:
    model = dialog.preview.model()
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_sample_vcard_imports_through_the_preview(qtbot, ctx, group_id) -> None:
    dialog = _open(qtbot, ctx, group_id, SAMPLES_DIR / "vcard" / "thebat_polish_qp_cp1250.vcf")
    assert _column(dialog, PreviewModel.NAME) == ["Piotr Iksiński"]
    assert _column(dialog, PreviewModel.STATUS) == ["New"]
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    names = {r.name for r in roster.roster(ctx.db, group_id)}
    assert "Piotr Iksiński" in names
    assert len(names) == 5


def test_problems_are_listed_with_their_line(qtbot, ctx, group_id) -> None:
    dialog = _open(qtbot, ctx, group_id, SAMPLES_DIR / "csv" / "thunderbird_export.csv")
    problems = dialog.problems.model()
    lines = [problems.index(r, 0).data() for r in range(problems.rowCount())]
    texts = [problems.index(r, 1).data() for r in range(problems.rowCount())]
    assert lines == [2, 3]
    assert "contact1@invalid" in texts[0]
    assert dialog.problems_box.isVisibleTo(dialog)
    assert "2" in dialog.problems_label.text()


def test_duplicate_can_be_updated_instead_of_skipped(qtbot, ctx, group_id, tmp_path) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text(
        "Name,E-mail,Company,Title\n"
        "Mette K.,mette@region.dk,Region Hovedstaden,IT-direktør\n"
        "Ny Person,ny@example.dk,Firma,Chef\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, ctx, group_id, csv)
    if dialog.next_button.isVisible():  # an unfamiliar layout: accept the guessed mapping
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert _column(dialog, PreviewModel.STATUS) == ["Already here: Mette Kjærgaard", "New"]
    assert _column(dialog, PreviewModel.ACTION) == ["Skip", "Add as new"]
    # The user picks "Update" in the Action cell of the duplicate.
    model = dialog.preview.model()
    index = model.index(0, PreviewModel.ACTION)
    dialog.preview.setCurrentIndex(index)  # moving onto the cell opens its choice
    editor = dialog.preview.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(DuplicateAction.UPDATE.value))
    editor.activated.emit(editor.currentIndex())
    assert _column(dialog, PreviewModel.ACTION)[0] == "Update"
    assert dialog.import_button.text() == "&Import 2 contact(s)"  # no translator in tests
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    assert dialog.import_result is not None
    assert (dialog.import_result.added, dialog.import_result.updated) == (1, 1)
    mette = next(r for r in roster.roster(ctx.db, group_id) if r.email == "mette@region.dk")
    assert mette.title == "IT-direktør"


def test_a_calendar_file_is_named_instead_of_asking_for_columns(qtbot, ctx, group_id) -> None:
    calendar = SAMPLES_DIR / "ics" / "outlook2010_w_europe_invite.ics"
    dialog = _open(qtbot, ctx, group_id, calendar)
    assert dialog.plan is not None  # no column mapping is offered for a calendar
    assert not dialog.next_button.isVisible()
    problems = dialog.problems.model()
    assert problems.rowCount() == 1
    assert problems.index(0, 1).data() == problem_text(dialog.plan.problems[0])
    assert problems.index(0, 1).data() == (
        "This is a calendar file (iCalendar), not a contact list."
    )
    assert dialog.problems_box.isVisibleTo(dialog)
    assert dialog.problems_label.text() == "Nothing in this file can be imported:"
    assert not dialog.import_button.isEnabled()


def test_a_contact_is_kept_without_its_invalid_values(qtbot, ctx, group_id) -> None:
    dialog = _open(qtbot, ctx, group_id, SAMPLES_DIR / "csv" / "google_csv_legacy_multiline.csv")
    if dialog.next_button.isVisible():  # an unfamiliar layout: accept the guessed mapping
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert _column(dialog, PreviewModel.NAME) == ["Prefix Firstname Middle Lastname Suffix"]
    problems = dialog.problems.model()
    texts = [problems.index(r, 1).data() for r in range(problems.rowCount())]
    assert [t.split("”")[0].lstrip("“") for t in texts] == [
        "mainphone",
        "homephone",
        "mobile",
        "workphone",
    ]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    [row] = [r for r in roster.roster(ctx.db, group_id) if r.name.startswith("Prefix")]
    assert (row.email, row.phone) == ("home@aaa.pl", "")


@pytest.mark.parametrize(
    "code",
    [
        "not_contacts_calendar",
        "not_contacts_pdf",
        "not_contacts_spreadsheet",
        "not_contacts_document",
        "not_contacts_office",
        "not_contacts_email",
        "not_contacts_image",
        "not_contacts_archive",
        "not_contacts_web_page",
        "not_contacts_database",
    ],
)
def test_every_kind_of_other_file_has_a_text(code: str) -> None:
    from coordinator_app.exchange.file_kinds import MESSAGES

    # The GUI's text (untranslated here) is the message the command line prints.
    assert problem_text(ParseProblem(1, "", code)) == MESSAGES[code]
