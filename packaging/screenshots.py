"""Write the README's screenshots: roster, member form, import steps, year plan, agenda, host
visit, minutes, the one search, the first start, the print preview and the reply import.

The main window is shot at 1366×768 (a common laptop screen), in Danish, on the demo data; the
dialogs at sizes that fit that screen. Run with `make screenshots` (offscreen, no display
needed) or under `xvfb-run -a`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coordinator_app.domain.enums import AgendaKind, Confidentiality, MeetingStatus
from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.domain.planning import date_warnings
from coordinator_app.services import demo, planner, roster
from coordinator_app.store.database import open_database
from coordinator_app.ui import printing
from coordinator_app.ui.app import create_application, install_translators
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.first_start import FirstStartDialog
from coordinator_app.ui.logistics.export import write_visitor_list
from coordinator_app.ui.logistics.replies import ReplyPreviewDialog, read_and_plan
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.minutes.export import write_minutes
from coordinator_app.ui.planner.export import write_agenda
from coordinator_app.ui.planner.plan_dialog import PlanYearDialog
from coordinator_app.ui.roster.import_dialog import ImportDialog
from coordinator_app.ui.roster.member_dialog import MemberDialog
from coordinator_app.ui.worker import wait_for_background_work

# A contact list as a coordinator might get it from a colleague's Outlook (Danish, semicolons).
IMPORT_SAMPLE = (
    "Fornavn;Efternavn;Firma;Stilling;E-mail-adresse;Mobiltelefon\r\n"
    "Karen;Bødker;Nordisk Forsikring A/S;CISO;karen.bodker@nordiskforsikring.example;"
    "+45 40 11 22 33\r\n"
    "Jonas;Vestergaard;Aarhus Universitet;IT-arkitekt;jonas.v@au.example;21 43 65 87\r\n"
    "Freja;Holm;Kommune Nord;Driftschef;freja.holm@kommune-nord;22 33 44 55\r\n"
    "Karen;Løvschall;Region Østersø Hospitaler;IT-direktør;"
    "karen.loevschall@regionoestersoe.example;22 71 38 55\r\n"
)


#: The screen the README's shots are made for: a common laptop screen.
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768

#: What the one search is shot with: a word the demo round tables and minutes contain.
SEARCH_QUERY = "leverandør"


def settle(app: QCoreApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / name
    if widget.width() > SCREEN_WIDTH or widget.height() > SCREEN_HEIGHT:
        print(
            f"warning: {name} is {widget.width()}×{widget.height()}, larger than the "
            f"{SCREEN_WIDTH}×{SCREEN_HEIGHT} screen",
            file=sys.stderr,
        )
    widget.grab().save(str(path))
    print(path)


def fit_screen(dialog: QWidget) -> None:
    """Keep a dialog within the screen the shots are made for (less the window frame and a
    panel)."""
    width = min(dialog.width(), SCREEN_WIDTH - 40)
    height = min(dialog.height(), SCREEN_HEIGHT - 80)
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


def grab_modal(app: QCoreApplication, folder: Path, name: str, kind: type[QDialog]) -> None:
    """Once a modal dialog of `kind` is up, shoot it and close it (from the event loop)."""

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            fit_screen(dialog)
            settle(app)
            save(dialog, folder, name)
            dialog.reject()
        else:
            QTimer.singleShot(20, grab)

    QTimer.singleShot(0, grab)


def planner_screenshots(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The year plan with the next meeting's agenda, the "plan the year" dialog for next
    year, and the first page of the agenda PDF."""
    ctx = window.ctx
    view = window.planner
    window.show_view(view)
    settle(app)
    coming = [
        m
        for m in planner.meetings(ctx.db, group_id=ctx.group_id)
        if m.status is MeetingStatus.CONFIRMED
    ]
    if coming:
        view.show_year(coming[0].date.year)
        view.select_meeting(coming[0].id)
    talk = next((row for row in view.agenda.model._rows if row.data.kind is AgendaKind.TALK), None)
    if talk is not None:
        view.agenda.select_item(talk.id)
    settle(app)
    save(window, folder, "planner.png")
    view.agenda.resize(SCREEN_WIDTH - 66, 420)
    save(view.agenda, folder, "agenda-editor.png")

    group_id = ctx.group_id
    assert group_id is not None
    next_year = view.year + 1
    dialog = PlanYearDialog(
        window,
        year=next_year,
        existing=0,
        propose=lambda weekday, count: planner.suggest_year(
            ctx.db, group_id, next_year, count=count, weekday=weekday
        ),
        warnings_for=lambda day, others: date_warnings(
            day, view.rules, others=others, lang=ctx.language
        ),
        language=ctx.language,
    )
    dialog.show()
    fit_screen(dialog)
    settle(app)
    save(dialog, folder, "plan-the-year.png")
    dialog.reject()

    meeting_id = coming[0].id if coming else view.rows[0].id
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "agenda.pdf"
        write_agenda(ctx.db, meeting_id, pdf, ctx.language)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(folder / "agenda-pdf"),
            ],
            check=True,
        )
        print(folder / "agenda-pdf.png")


def logistics_screenshots(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The host visit of the next meeting (the visit and the sign-ups), and the visitor list."""
    view = window.logistics
    window.show_view(view)
    view.tabs.setCurrentIndex(0)
    settle(app)
    save(window, folder, "logistics-visit.png")
    view.tabs.setCurrentIndex(1)
    settle(app)
    save(window, folder, "logistics-signups.png")
    view.tabs.setCurrentIndex(2)
    settle(app)
    save(window, folder, "logistics-checklist.png")
    meeting_id = view.meeting_id
    assert meeting_id is not None
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "visitors.pdf"
        write_visitor_list(window.ctx.db, meeting_id, pdf, window.ctx.language)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(folder / "visitor-list-pdf"),
            ],
            check=True,
        )
        print(folder / "visitor-list-pdf.png")


def minutes_screenshots(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The minutes of the latest meeting held (round table, then decisions and actions), and the
    first page of its minutes PDF as the export dialog writes it by default."""
    view = window.minutes
    window.show_view(view)
    view.tabs.setCurrentIndex(0)
    panel = view.round_table
    if panel.model.rowCount() > 1:
        panel.table.setCurrentIndex(panel.model.index(1, 1))
    settle(app)
    save(window, folder, "minutes-round-table.png")
    # The sharing levels: an entry to be shared without the member's name, its level in the
    # editor beside the column.
    rows = panel.model.rows()
    kept = next(
        (n for n, r in enumerate(rows) if r.level is Confidentiality.ANONYMOUS and r.text), None
    )
    if kept is not None:
        panel.table.setCurrentIndex(panel.model.index(kept, 3))
        settle(app)
        save(window, folder, "minutes-sharing.png")
    view.tabs.setCurrentIndex(1)
    settle(app)
    save(window, folder, "minutes-decisions.png")
    meeting_id = view.meeting_id
    assert meeting_id is not None
    options = ExportOptions(omit_confidential=False, anonymise=True, lang=window.ctx.language)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "minutes.pdf"
        write_minutes(window.ctx.db, meeting_id, pdf, "pdf", options, None)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(folder / "minutes-pdf"),
            ],
            check=True,
        )
        print(folder / "minutes-pdf.png")


def search_screenshot(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The one search: a word typed in the toolbar's field, the results by member beside the
    view."""
    search = window.one_search
    window.show_view(window.roster)
    search.field.setFocus()
    search.field.setText(SEARCH_QUERY)
    search.run()
    settle(app)
    tree = search.panel.tree
    if tree.model().rowCount() > 0:
        tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(0, 0)))
    settle(app)
    save(window, folder, "search.png")
    search.field.clear()
    search.run()
    settle(app)


def first_start_screenshot(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The dialog of the first start, on an empty database."""
    dialog = FirstStartDialog(window)
    dialog.show()
    dialog.adjustSize()
    fit_screen(dialog)
    settle(app)
    save(dialog, folder, "first-start.png")
    dialog.reject()


def print_preview_screenshot(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The print preview of the next meeting's agenda, as File ▸ Print… shows it."""
    ctx = window.ctx
    coming = [
        m
        for m in planner.meetings(ctx.db, group_id=ctx.group_id)
        if m.status is MeetingStatus.CONFIRMED
    ]
    if not coming:
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "agenda.pdf"
        write_agenda(ctx.db, coming[0].id, pdf, ctx.language)
        data = pdf.read_bytes()
    grab_modal(app, folder, "print-preview.png", QPrintPreviewDialog)
    printing.print_pdf(window, data, "Dagsorden")


REPLY = """BEGIN:VCALENDAR\r
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r
VERSION:2.0\r
METHOD:REPLY\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:{stamp}\r
SEQUENCE:0\r
ATTENDEE;CN={name};PARTSTAT={answer};ROLE=REQ-PARTICIPANT:mailto:{email}\r
DTSTART;TZID=Europe/Copenhagen:{start}\r
SUMMARY:Netværksmøde\r
END:VEVENT\r
END:VCALENDAR\r
"""


def replies_screenshot(app: QCoreApplication, window: MainWindow, folder: Path) -> None:
    """The preview of calendar replies dropped onto the host visit: answers to save, and one
    that cannot be matched."""
    ctx = window.ctx
    coming = [
        m
        for m in planner.meetings(ctx.db, group_id=ctx.group_id)
        if m.status is MeetingStatus.CONFIRMED
    ]
    members = [r for r in roster.roster(ctx.db, ctx.group_id, include_former=False) if r.email]
    if not coming or len(members) < 3:
        return
    meeting = coming[0]
    start = meeting.date.strftime("%Y%m%dT093000")
    answers = ("ACCEPTED", "DECLINED", "TENTATIVE")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, (member, answer) in enumerate(zip(members[:3], answers, strict=True)):
            path = Path(tmp) / f"svar-{number + 1}.ics"
            path.write_text(
                REPLY.format(
                    uid=meeting.ical_uid,
                    stamp=f"2026112{number}T101010Z",
                    name=member.name,
                    answer=answer,
                    email=member.email,
                    start=start,
                ),
                encoding="utf-8",
            )
            paths.append(path)
        unknown = Path(tmp) / "ukendt-møde.ics"
        unknown.write_text(
            REPLY.format(
                uid="ukendt@example.dk",
                stamp="20261125T101010Z",
                name="Ole Udenfor",
                answer="ACCEPTED",
                email="ole@example.dk",
                start=start,
            ),
            encoding="utf-8",
        )
        paths.append(unknown)
        plan = read_and_plan(ctx.db, paths)
    dialog = ReplyPreviewDialog(plan, ctx.language, window)
    dialog.show()
    fit_screen(dialog)
    settle(app)
    save(dialog, folder, "reply-import.png")
    dialog.reject()


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    # Settings in a folder of their own: remembered splitters and windows of earlier runs (or
    # of the user's own app) would otherwise change the shots.
    settings = tempfile.mkdtemp(prefix="coordinator-screenshots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = create_application()
    install_translators(app, "da")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite")
        demo.fill_with_demo_data(db)
        ctx = AppContext(db)
        ctx.language = "da"
        window = MainWindow(ctx)
        window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
        window.show()
        settle(app)
        view = window.roster
        view.table.selectRow(2)
        settle(app)
        save(window, folder, "roster.png")

        # The member form of someone with a job history.
        person = next(
            r
            for r in roster.roster(db, ctx.group_id)
            if len(roster.person_details(db, r.person_id).jobs) > 1
        )
        view.select_person(person.person_id)

        def grab_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, MemberDialog):
                dialog.adjustSize()
                fit_screen(dialog)
                settle(app)
                save(dialog, folder, "member-form.png")
                dialog.reject()
            else:
                QTimer.singleShot(20, grab_dialog)

        QTimer.singleShot(0, grab_dialog)
        view.edit_member()

        # The import preview of a small Danish Outlook CSV, with a problem row.
        sample = Path(tmp) / "kontakter.csv"
        sample.write_bytes(IMPORT_SAMPLE.encode("cp1252"))
        dialog = ImportDialog(ctx, window)
        dialog.load_file(sample)
        wait_for_background_work()
        settle(app)
        dialog.resize(1100, 560)
        fit_screen(dialog)
        dialog.show()
        settle(app)
        save(dialog, folder, "import-mapping.png")
        dialog.next_button.click()
        settle(app)
        save(dialog, folder, "import-preview.png")
        dialog.reject()
        if dialog.result() != QDialog.DialogCode.Rejected:
            return 1

        planner_screenshots(app, window, folder)
        logistics_screenshots(app, window, folder)
        minutes_screenshots(app, window, folder)
        search_screenshot(app, window, folder)
        first_start_screenshot(app, window, folder)
        print_preview_screenshot(app, window, folder)
        replies_screenshot(app, window, folder)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
