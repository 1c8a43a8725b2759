"""Meetings ▸ Invitations for the year…: a folder of drafts, one per member and coming meeting."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from coordinator_app.services import planner
from coordinator_app.ui import plain_text
from coordinator_app.ui.planner.view import PlannerView
from coordinator_app.ui.worker import wait_for_background_work
from tests.replies_world import ReplyWorld, make_world


@pytest.fixture
def world(ctx) -> ReplyWorld:
    return make_world(ctx.db)


def _method_and_sequence(path: Path) -> tuple[str, int]:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    calendar = Calendar.from_ical(payload)
    [event] = calendar.walk("VEVENT")
    return str(calendar["METHOD"]), int(str(event["SEQUENCE"]))


def test_the_years_invitations_are_written_into_a_folder(
    qtbot, ctx, world: ReplyWorld, tmp_path: Path, monkeypatch
) -> None:
    planner.move_meeting(ctx.db, world.june, dt.date(2027, 6, 15))
    ctx.set_group(world.group_id)
    view = PlannerView(ctx, today=dt.date(2026, 12, 1))
    qtbot.addWidget(view)
    view.show()
    view.show_year(2027)
    view.invitations.today = lambda: dt.date(2026, 12, 1)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "information", lambda _parent, _title, text: shown.append(text))
    assert view.invitations_action.isEnabled()
    view.invitations_action.trigger()
    wait_for_background_work()
    qtbot.waitUntil(lambda: len(shown) == 1)
    folder = tmp_path / "IT Drift 2027 invitations"
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 18  # six members, three coming meetings
    assert "2027-03-09 Anna Jensen.eml" in names
    assert "2027-06-15 Frida Møller.eml" in names
    assert "2027-09-07 Bo Nielsen (aflyst).eml" in names
    assert _method_and_sequence(folder / "2027-03-09 Anna Jensen.eml") == ("REQUEST", 0)
    assert _method_and_sequence(folder / "2027-06-15 Frida Møller.eml") == ("REQUEST", 1)
    assert _method_and_sequence(folder / "2027-09-07 Bo Nielsen (aflyst).eml")[0] == "CANCEL"
    assert "Wrote 18 draft(s)" in shown[0]
    assert "6 of them are cancellation(s)." in shown[0]
