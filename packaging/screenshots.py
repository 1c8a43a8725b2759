"""Write the README's screenshots: the roster, the member form, the import steps.

Run with `make screenshots` (offscreen, no display needed) or under `xvfb-run -a`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coordinator_app.services import demo, roster
from coordinator_app.store.database import open_database
from coordinator_app.ui.app import create_application, install_translators
from coordinator_app.ui.context import AppContext
from coordinator_app.ui.main_window import MainWindow
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


def settle(app: QCoreApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / name
    widget.grab().save(str(path))
    print(path)


def main(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("coordinator-app-screenshots")
    QSettings().clear()
    app = create_application()
    install_translators(app, "da")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite")
        demo.fill_with_demo_data(db)
        ctx = AppContext(db)
        ctx.language = "da"
        window = MainWindow(ctx)
        window.resize(1600, 860)
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
        dialog.show()
        settle(app)
        save(dialog, folder, "import-mapping.png")
        dialog.next_button.click()
        settle(app)
        save(dialog, folder, "import-preview.png")
        dialog.reject()
        if dialog.result() != QDialog.DialogCode.Rejected:
            return 1
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
