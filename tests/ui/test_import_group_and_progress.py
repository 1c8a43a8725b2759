"""The GUI import: into a group always (asked for and created when there is none yet), and
with its progress shown while it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QProgressBar

from coordinator_app.domain.people import PersonInput
from coordinator_app.services import contact_import, groups, roster
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.import_models import PreviewModel
from tests.ui.conftest import activate

CSV = (
    "Name,E-mail,Company,Title\n"
    "Birgit Ærø,birgit@oeresund.example,Øresund A/S,IT-driftschef\n"
    "Åge Østberg,aage@oeresund.example,ØRESUND A/S,Platform Lead\n"
)


def _answer_modal(qtbot, kind: type[QDialog], answer) -> list[QDialog]:
    """Answer the next modal dialog of `kind` (busy indicators in between are let be)."""
    answered: list[QDialog] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and not answered:
            answered.append(dialog)
            try:
                answer(dialog)
            finally:
                if dialog.isVisible():  # a failed answer must not leave the test hanging
                    dialog.reject()
        elif not answered:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)
    return answered


def _preview(qtbot, dialog: ImportDialog) -> None:
    """Wait for the preview; a CSV layout the app guesses is taken as guessed."""
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.next_button.isVisible())
    if dialog.plan is None:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.plan is not None


def test_an_import_with_no_group_asks_for_one_and_lands_in_it(
    qtbot, ctx, tmp_path: Path, monkeypatch
) -> None:
    assert groups.list_groups(ctx.db) == []
    csv = tmp_path / "kolleger.csv"
    csv.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(csv), ""))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)

    def name_the_group(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "there is none yet" in dialog.labelText()
        dialog.setTextValue("Øresund Netværk")
        dialog.accept()
        # Then the import itself: the preview, and the import button.
        _answer_modal(qtbot, ImportDialog, import_everything)

    def import_everything(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        _preview(qtbot, dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)

    asked = _answer_modal(qtbot, QInputDialog, name_the_group)
    window.import_action.trigger()
    assert asked, "no group name was asked for"

    [group] = groups.list_groups(ctx.db)
    assert (group.name, group.members) == ("Øresund Netværk", 2)
    assert ctx.group_id == group.id
    assert window.group_box.currentText() == "Øresund Netværk"
    companies = {row.company for row in roster.roster(ctx.db, group.id)}
    assert companies == {"Øresund A/S"}


def test_cancelling_the_group_name_imports_nothing(qtbot, ctx, monkeypatch) -> None:
    opened: list[bool] = []

    def choose_file(_self: ImportDialog) -> bool:
        opened.append(True)
        return False

    monkeypatch.setattr(ImportDialog, "choose_file", choose_file)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    asked = _answer_modal(qtbot, QInputDialog, lambda dialog: dialog.reject())
    window.import_action.trigger()
    assert asked and not opened
    assert groups.list_groups(ctx.db) == []


def test_people_left_in_no_group_are_shown_as_joining(qtbot, ctx, group_id, tmp_path) -> None:
    orphan = roster.add_member(
        ctx.db, None, PersonInput(name="Birgit Ærø", email="birgit@oeresund.example")
    )
    csv = tmp_path / "kolleger.csv"
    csv.write_text(CSV, encoding="utf-8")
    ctx.set_group(group_id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(csv)
    _preview(qtbot, dialog)
    model = dialog.preview.model()
    statuses = [model.index(r, PreviewModel.STATUS).data() for r in range(model.rowCount())]
    assert statuses == ["In no group yet: joins this group", "New"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    assert orphan in {row.person_id for row in roster.roster(ctx.db, group_id)}


def test_the_import_shows_its_progress(qtbot, ctx, group_id, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(contact_import, "PROGRESS_EVERY", 25)
    cards = tmp_path / "foreningen.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åse {n} Østergaard\r\n"
            f"EMAIL:aase.{n}@forening.example\r\nEND:VCARD\r\n"
            for n in range(200)
        ),
        encoding="utf-8",
    )
    ctx.set_group(group_id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(cards)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress is not None
    bar = dialog.progress.findChild(QProgressBar)
    assert bar is not None
    values: list[int] = []
    labels: list[str] = []
    bar.valueChanged.connect(values.append)
    bar.valueChanged.connect(lambda _value: labels.append(dialog.progress.labelText()))
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    assert values == sorted(values) and len(set(values)) >= 8
    assert values[-1] == 200
    assert labels[-1].endswith("200 of 200 contacts")
    assert dialog.import_result is not None and dialog.import_result.added == 200
