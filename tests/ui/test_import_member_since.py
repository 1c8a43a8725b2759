"""An import sets "member since" from the file's column, and asks for one day for the contacts
without one (default: today) (issue #15, item 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from coordinator_app.services import membership, roster
from coordinator_app.ui.forms import from_qdate, to_qdate
from coordinator_app.ui.roster.import_dialog import ImportDialog


def _open(qtbot, ctx, group_id, path: Path) -> ImportDialog:
    ctx.set_group(group_id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.next_button.isVisible())
    if dialog.next_button.isVisible():  # an unfamiliar layout: accept the guessed mapping
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return dialog


def _joined(ctx, group_id: int, name: str) -> dt.date | None:
    [row] = [r for r in roster.roster(ctx.db, group_id) if r.name == name]
    dates = membership.membership_dates(ctx.db, group_id, row.person_id)
    assert dates is not None
    return dates.joined_on


def test_the_files_dates_are_kept_and_one_day_is_asked_for_the_rest(
    qtbot, ctx, group_id, tmp_path
) -> None:
    csv = tmp_path / "medlemmer.csv"
    csv.write_text(
        "Name,E-mail,Member since\nIda Holm,ida@example.dk,2018-09-01\nBo Berg,bo@example.dk,\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, ctx, group_id, csv)
    assert dialog.joined.isVisibleTo(dialog)
    assert from_qdate(dialog.joined.date()) == dt.date.today()
    assert "1 of 2" in dialog.joined_hint.text()
    dialog.joined.setDate(to_qdate(dt.date(2020, 2, 1)))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None)
    assert _joined(ctx, group_id, "Ida Holm") == dt.date(2018, 9, 1)
    assert _joined(ctx, group_id, "Bo Berg") == dt.date(2020, 2, 1)


def test_when_every_contact_has_a_date_none_is_asked_for(qtbot, ctx, group_id, tmp_path) -> None:
    csv = tmp_path / "medlemmer.csv"
    csv.write_text("Name,Member since\nIda Holm,2018-09-01\n", encoding="utf-8")
    dialog = _open(qtbot, ctx, group_id, csv)
    assert not dialog.joined.isEnabled()
    assert "Every contact" in dialog.joined_hint.text()
