"""Opening every view, tab and dialog of the app, for tests that walk all widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QVBoxLayout, QWidget

from coordinator_app.domain.meetings import AgendaTemplate, MeetingInput
from coordinator_app.domain.planning import date_warnings
from coordinator_app.services import coordinators, demo, planner, roster, settings
from coordinator_app.store import keys
from coordinator_app.ui.app import FirstStartDialog
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.encryption.actions import ChangePassphraseDialog, encrypt_dialog
from coordinator_app.ui.encryption.lock_screen import LockScreen
from coordinator_app.ui.encryption.opening import new_database_dialog
from coordinator_app.ui.encryption.recovery import RecoveryKeyDialog
from coordinator_app.ui.encryption.unlock import UnlockDialog
from coordinator_app.ui.group_actions import CoordinatorsDialog
from coordinator_app.ui.logistics.replies import ReplyPreviewDialog, read_and_plan
from coordinator_app.ui.logistics.view import GuestDialog
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.minutes.export import MinutesExportDialog
from coordinator_app.ui.planner.meeting_dialog import MeetingDialog
from coordinator_app.ui.planner.plan_dialog import PlanYearDialog
from coordinator_app.ui.planner.settings_dialog import PlannerSettingsDialog
from coordinator_app.ui.preferences import PreferencesDialog
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.job_dates import JobDatesDialog
from coordinator_app.ui.roster.member_dialog import MemberDialog, NewJobDialog
from coordinator_app.ui.roster.view import EndMembershipDialog
from coordinator_app.ui.shortcuts import ShortcutsDialog
from tests.conftest import DATA_DIR


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def demo_window(ctx: AppContext) -> MainWindow:
    """The main window on the demo data, shown at a laptop's size."""
    demo.fill_with_demo_data(ctx.db)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    settle()
    return window


def views(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each view, and each tab of a view, made current in turn."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        view = window.views.currentWidget()
        assert view is not None
        name = window.nav.item(row).text()
        tabs = view.findChild(QTabWidget)
        if tabs is None:
            settle()
            yield name, view
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield f"{name} / {tabs.tabText(index)}", view


def dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """One of every dialog, filled as the app fills it, shown (not run)."""
    ctx = window.ctx
    db, language = ctx.db, ctx.language
    group_id = ctx.group_id
    assert group_id is not None
    person = roster.roster(db, group_id)[0]
    details = roster.person_details(db, person.person_id)
    meeting = planner.meetings(db, group_id=group_id)[-1]
    made: list[tuple[str, QDialog]] = [
        ("first start", FirstStartDialog(window)),
        (
            "member",
            MemberDialog(
                window,
                language=language,
                save=lambda *_args: None,
                details=details,
                current_job=roster.current_job(db, person.person_id),
                on_new_job=lambda: None,
            ),
        ),
        ("new job", NewJobDialog(window, ["Fjordbanken A/S"], person.email)),
        ("job dates", JobDatesDialog(window, details.jobs[0], language)),
        (
            "coordinators",
            CoordinatorsDialog(window, "IT Drift", coordinators.group_coordinators(db, group_id)),
        ),
        ("end membership", EndMembershipDialog(window, person.name)),
        ("import", ImportDialog(ctx, window)),
        (
            "meeting",
            MeetingDialog(
                window,
                title="Meeting",
                data=MeetingInput(date=meeting.date, theme=meeting.theme),
                hosts=planner.host_choices(db, group_id),
                warnings_for=lambda day: date_warnings(
                    dt.date(day.year, 12, 24), window.planner.rules, others=[day], lang=language
                ),
                save=lambda _data: None,
                language=language,
                host_hint="Next in turn: Fjordbanken A/S, which last hosted on 10-03-2026.",
            ),
        ),
        (
            "plan the year",
            PlanYearDialog(
                window,
                year=meeting.date.year + 1,
                existing=0,
                propose=lambda weekday, count: planner.suggest_year(
                    db, group_id, meeting.date.year + 1, count=count, weekday=weekday
                ),
                warnings_for=lambda _day, _others: [],
                language=language,
            ),
        ),
        (
            "planner settings",
            PlannerSettingsDialog(
                window,
                window.planner.rules,
                planner_template(ctx),
                language,
            ),
        ),
        ("guest", GuestDialog(window)),
        (
            "calendar replies",
            ReplyPreviewDialog(read_and_plan(db, [DATA_DIR / "replies"]), language, window),
        ),
        ("export minutes", MinutesExportDialog(window)),
        ("shortcuts", ShortcutsDialog(window, window.findChildren(QAction))),
        ("preferences", PreferencesDialog(window, language)),
        *encryption_dialogs(window),
    ]
    for name, dialog in made:
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()


def encryption_dialogs(window: MainWindow) -> list[tuple[str, QDialog]]:
    """The encrypted database's dialogs (ui/encryption/), and its lock screen in one."""
    path = window.ctx.db.path or Path("coordinator.sqlite")
    recovery = keys.recovery_key_text(bytes(range(32)))
    lock_screen = QDialog(window)
    lock_screen.setWindowTitle("Locked")
    QVBoxLayout(lock_screen).addWidget(LockScreen(path))
    return [
        ("protect a new database", new_database_dialog(window)),
        ("recovery key", RecoveryKeyDialog(recovery, path, window)),
        ("unlock", UnlockDialog(path, window)),
        ("encrypt database", encrypt_dialog(window)),
        ("change passphrase", ChangePassphraseDialog(path, window)),
        ("lock screen", lock_screen),
    ]


def planner_template(ctx: AppContext) -> AgendaTemplate:
    return settings.agenda_template(ctx.db, ctx.language)
