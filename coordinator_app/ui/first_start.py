"""The first start, on an empty database: an empty group of one's own, or the demo data in a
group of its own; and who the coordinator is.

Typing the group's name and pressing Enter starts the empty group (the button the focus
implies); it cannot start without a name. The demo data goes into "Demo – IT Drift", which
File ▸ Group ▸ Remove demo data takes away in one step; a group named here is made beside it.

Imported by `ui/app.py` before SQLAlchemy is loaded: the services are imported when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.ui.coordinator_form import CoordinatorFields

if TYPE_CHECKING:
    from coordinator_app.store.database import Database


class FirstStartDialog(QDialog):
    """Asked once, on an empty database: start with a group of one's own, or with the demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Coordinator"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "<h3>Welcome</h3><p>Coordinator keeps your network group's members, meetings, "
                "host visits and round-table minutes on this computer.</p>"
                "<p>Start with a demo group to look around, or start empty with your own group."
                "</p>"
            )
        )
        intro.setWordWrap(True)
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(self.tr("e.g. IT Operations"))
        self.group_name.setAccessibleName(self.tr("Name of your group"))
        self.group_name.textChanged.connect(lambda _text: self._update_buttons())
        self.name_hint = QLabel(self.tr("Type your group's name to start with an empty group."))
        self.name_hint.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Your group's name:"))
        label.setBuddy(self.group_name)
        form.addRow(label, self.group_name)
        form.addRow("", self.name_hint)

        coordinator_box = QGroupBox(self.tr("You, the coordinator (optional)"))
        self.coordinator = CoordinatorFields(who=self.tr("You"))
        coordinator_note = QLabel(
            self.tr(
                "Your e-mails to the members and the host are sent from this address and end "
                "with the signature; the agendas and minutes name you. You can change it later "
                "in File ▸ Group ▸ Coordinators."
            )
        )
        coordinator_note.setWordWrap(True)
        box_layout = QVBoxLayout(coordinator_box)
        box_layout.addWidget(self.coordinator)
        box_layout.addWidget(coordinator_note)

        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.demo_button = QPushButton(self.tr("Start with &demo data"))
        # Enter in the name field starts the group just named, never the demo.
        self.empty_button.setDefault(True)
        self.demo_button.setAutoDefault(False)
        demo_note = QLabel(
            self.tr(
                "The demo data goes into a group of its own, “Demo – IT Drift”, with twelve "
                "made-up members; File ▸ Group ▸ Remove demo data removes it in one step. A "
                "group you have named above is made beside it."
            )
        )
        demo_note.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choice = ""
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(coordinator_box)
        layout.addWidget(demo_note)
        layout.addWidget(buttons)
        self.group_name.setFocus()
        self._update_buttons()

    def name(self) -> str:
        return " ".join(self.group_name.text().split())

    def demo_group_name(self) -> str:
        """The demo group's name: named as the demo, so that it is never taken for one's own."""
        return self.tr("Demo – IT Drift")

    def _update_buttons(self) -> None:
        named = bool(self.name())
        self.empty_button.setEnabled(named)
        self.name_hint.setVisible(not named)

    def _choose(self, choice: str) -> None:
        if choice == "empty" and not self.name():
            return
        if self.name() and not self.coordinator.check():
            return
        self.choice = choice
        self.accept()


def first_start(db: Database, parent: QWidget | None = None) -> None:
    """On an empty database, offer an empty start with a named group, or the demo data (in its
    own group, beside a group named here); the coordinator typed goes to the named group."""
    from coordinator_app.services import coordinators, demo, groups
    from coordinator_app.ui.messages import SAVE_ERRORS, show_error

    if not demo.is_empty(db):
        return
    dialog = FirstStartDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        if dialog.choice == "demo":
            demo.fill_with_demo_data(db, group_name=dialog.demo_group_name())
        if dialog.name():
            group_id = groups.create_group(db, dialog.name())
            coordinator = dialog.coordinator.value()
            if not coordinator.is_empty:
                coordinators.set_coordinator(db, group_id, coordinator)
    except SAVE_ERRORS as exc:
        show_error(parent, dialog.windowTitle(), exc)
