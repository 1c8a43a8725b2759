"""The GUI's e-mail drafts: a draft that would not read back as meant is not written, and the
coordinator is told why in their language (ui/messages.py), not with the exception's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator_app.domain.meetings import MeetingInput
from coordinator_app.exchange import mail_headers
from coordinator_app.exchange.mail_headers import DraftCheckFailed
from coordinator_app.services import planner
from coordinator_app.ui.logistics.export import LogisticsExporter
from coordinator_app.ui.messages import error_text
from coordinator_app.ui.worker import wait_for_background_work


def test_a_draft_check_failure_has_a_text_of_its_own() -> None:
    for code in ("eml_recipients_differ", "eml_subject_differs", "eml_attachments_differ"):
        exc = DraftCheckFailed(code, "english for the command line")
        text = error_text(exc)
        assert text != str(exc)
        assert text.startswith("The e-mail was not saved")


def test_the_members_email_is_not_written_when_a_recipient_would_be_lost(
    qtbot, ctx, group_id, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = planner.create_meeting(
        ctx.db, group_id, MeetingInput(date=dt.date(2027, 3, 9), theme="AI i driften")
    )
    real = mail_headers.address_header

    def lossy(mailboxes: list[tuple[str, str]], name: str) -> str:
        return real(mailboxes[:-1], name)  # as the standard library's folder did on some builds

    monkeypatch.setattr(mail_headers, "address_header", lossy)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "medlemmer.eml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a, **k: warnings.append(text)),
    )
    window = QWidget()
    qtbot.addWidget(window)
    exporter = LogisticsExporter(ctx, window)
    opened: list[Path] = []
    exporter.open_file = opened.append
    ctx.set_group(group_id)
    exporter.members_email(meeting_id)
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [
        "The file could not be written: The e-mail was not saved: read back, it did not give "
        "every recipient with their name as meant. Please report this."
    ]
    assert opened == []
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file left either
