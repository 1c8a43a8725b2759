"""The visit form: host contact, address, directions, room, catering and tour, saved as you go.

Each field is saved when the coordinator leaves it (or ticks a box), as one undoable step. A
field with a wrong value (an e-mail address without a domain) shows its error and keeps what
was typed; the rest of the visit is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.domain.logistics import (
    MAX_TOUR_MINUTES,
    MAX_TOUR_PARTICIPANTS,
    VisitInput,
    validate_visit,
)
from coordinator_app.services.logistics import ContactChoice
from coordinator_app.ui.forms import FieldWithError
from coordinator_app.ui.messages import field_error_text


class NotesEdit(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it, like QLineEdit does."""

    editingFinished = Signal()  # noqa: N815 - the name QLineEdit uses

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def _spin(maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText("–")  # 0 shows as "not set"
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


class VisitForm(QWidget):
    """Edits one meeting's visit; `save(new_visit)` is called for every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save: Callable[[VisitInput], None] | None = None
        self._visit = VisitInput()
        self._loading = False
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, FieldWithError] = {}

        self.contact_choice = QComboBox()
        self.contact_choice.setAccessibleName(self.tr("Choose the contact from the host company"))
        self.contact_choice.activated.connect(self._contact_chosen)
        self.contact_name = self._line("contact_name", self.tr("Contact person"))
        self.contact_email = self._line("contact_email", self.tr("Contact's e-mail"))
        self.contact_phone = self._line("contact_phone", self.tr("Contact's phone"))
        self.address = self._text("address", self.tr("Visiting address"), 2)
        self.directions = self._text("directions", self.tr("Directions"), 2)
        self.public_transport = self._text("public_transport", self.tr("Public transport"), 2)
        self.parking = self._text("parking", self.tr("Parking"), 2)
        self.room = self._line("room", self.tr("Room"))
        self.av_equipment = self._line("av_equipment", self.tr("AV equipment"))
        self.wifi = self._line("wifi", self.tr("Wi-Fi"))
        self.catering_breakfast = self._line("catering_breakfast", self.tr("Breakfast"))
        self.catering_lunch = self._line("catering_lunch", self.tr("Lunch"))
        self.catering_coffee = self._line("catering_coffee", self.tr("Coffee and cake"))
        self.tour_guide = self._line("tour_guide", self.tr("Tour guide"))
        self.tour_minutes = self._spin(
            "tour_minutes", self.tr("Length of the tour"), MAX_TOUR_MINUTES, self.tr(" min")
        )
        self.tour_max = self._spin(
            "tour_max_participants",
            self.tr("Maximum participants on the tour"),
            MAX_TOUR_PARTICIPANTS,
            self.tr(" people"),
        )
        self.requires_id = self._check("tour_requires_id", self.tr("I&D"))
        self.requires_nda = self._check("tour_requires_nda", self.tr("&NDA"))
        self.requires_shoes = self._check("tour_requires_safety_shoes", self.tr("Safet&y shoes"))
        self.no_photos = self._check("tour_no_photos", self.tr("No &photos"))
        self.tour_other = self._line(
            "tour_other_requirements", self.tr("Other requirements of the tour")
        )
        self.notes = self._text("notes", self.tr("Notes on the visit"), 3)

        contact = QGroupBox(self.tr("Host contact"))
        contact_form = QFormLayout(contact)
        self._row(contact_form, self.tr("From the c&ompany:"), self.contact_choice)
        self._row(contact_form, self.tr("&Name:"), self.contact_name)
        self._row(contact_form, self.tr("E-mai&l:"), self.contact_email)
        self._row(contact_form, self.tr("Pho&ne:"), self.contact_phone)

        getting_there = QGroupBox(self.tr("Getting there"))
        there_form = QFormLayout(getting_there)
        self._row(there_form, self.tr("&Address:"), self.address)
        self._row(there_form, self.tr("&Directions:"), self.directions)
        self._row(there_form, self.tr("P&ublic transport:"), self.public_transport)
        self._row(there_form, self.tr("Par&king:"), self.parking)

        room = QGroupBox(self.tr("Room and catering"))
        room_form = QFormLayout(room)
        self._row(room_form, self.tr("&Room:"), self.room)
        self._row(room_form, self.tr("&AV:"), self.av_equipment)
        self._row(room_form, self.tr("&Wi-Fi:"), self.wifi)
        self._row(room_form, self.tr("&Breakfast:"), self.catering_breakfast)
        self._row(room_form, self.tr("&Lunch:"), self.catering_lunch)
        self._row(room_form, self.tr("&Coffee:"), self.catering_coffee)

        tour = QGroupBox(self.tr("Tour"))
        tour_form = QFormLayout(tour)
        self._row(tour_form, self.tr("G&uide:"), self.tour_guide)
        self._row(tour_form, self.tr("Len&gth:"), self.tour_minutes)
        self._row(tour_form, self.tr("Max. partici&pants:"), self.tour_max)
        checks = QWidget()
        grid = QGridLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.requires_id, 0, 0)
        grid.addWidget(self.requires_nda, 0, 1)
        grid.addWidget(self.requires_shoes, 1, 0)
        grid.addWidget(self.no_photos, 1, 1)
        tour_form.addRow(QLabel(self.tr("Requires:")), checks)
        self._row(tour_form, self.tr("&Other:"), self.tour_other)

        notes = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.errors["notes"])

        left = QVBoxLayout()
        left.addWidget(contact)
        left.addWidget(getting_there)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(room)
        right.addWidget(tour)
        right.addWidget(notes)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    # -- building -----------------------------------------------------------------------------
    def _register(self, name: str, editor: QWidget, accessible: str) -> None:
        editor.setAccessibleName(accessible)
        self.editors[name] = editor
        self.errors[name] = FieldWithError(editor)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        self._register(name, edit, accessible)
        edit.editingFinished.connect(self._changed)
        return edit

    def _text(self, name: str, accessible: str, lines: int) -> NotesEdit:
        edit = NotesEdit(lines)
        self._register(name, edit, accessible)
        edit.editingFinished.connect(self._changed)
        return edit

    def _spin(self, name: str, accessible: str, maximum: int, suffix: str) -> QSpinBox:
        spin = _spin(maximum, suffix)
        self._register(name, spin, accessible)
        spin.editingFinished.connect(self._changed)
        return spin

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self._register(name, box, text.replace("&", ""))
        box.toggled.connect(self._changed)
        return box

    def _row(self, form: QFormLayout, text: str, editor: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        field = next((f for n, f in self.errors.items() if self.editors[n] is editor), None)
        form.addRow(label, field if field is not None else editor)

    # -- data ---------------------------------------------------------------------------------
    def set_visit(
        self,
        visit: VisitInput | None,
        contacts: list[ContactChoice],
        save: Callable[[VisitInput], None] | None,
        *,
        keep_wrong_input: bool = False,
    ) -> None:
        """Show `visit` (None: no meeting chosen); `save` receives every change.

        With `keep_wrong_input` (the same meeting again), a field showing an error keeps what
        the user typed, so nothing they wrote is lost while they correct it.
        """
        self._loading = True
        self._save = save
        self._visit = visit or VisitInput()
        self.setEnabled(visit is not None and save is not None)
        self.contact_choice.clear()
        self.contact_choice.addItem(self.tr("(someone else)"), None)
        for contact in contacts:
            label = contact.name + ("" if contact.is_member else self.tr(" (not a member)"))
            self.contact_choice.addItem(label, contact)
        chosen = next(
            (
                n
                for n in range(1, self.contact_choice.count())
                if self.contact_choice.itemData(n).person_id == self._visit.contact_person_id
            ),
            0,
        )
        self.contact_choice.setCurrentIndex(chosen)
        for name, editor in self.editors.items():
            if keep_wrong_input and self.errors[name].error.text():
                continue
            value = getattr(self._visit, name)
            if isinstance(editor, QLineEdit):
                editor.setText(str(value))
            elif isinstance(editor, NotesEdit):
                editor.setPlainText(str(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            self.errors[name].show_error("")
        self._loading = False

    def visit_input(self) -> VisitInput:
        """What the form shows now, as a visit."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                values[name] = editor.text().strip()
            elif isinstance(editor, NotesEdit):
                values[name] = editor.toPlainText().strip()
            elif isinstance(editor, QSpinBox):
                values[name] = editor.value() or None
            elif isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
        contact = self.contact_choice.currentData()
        person_id = contact.person_id if isinstance(contact, ContactChoice) else None
        if person_id is not None and values["contact_name"] != contact.name:
            person_id = None  # typed over: someone else than the chosen person
        return VisitInput(contact_person_id=person_id, **values)

    def _contact_chosen(self, index: int) -> None:
        contact = self.contact_choice.itemData(index)
        if isinstance(contact, ContactChoice):
            self.contact_name.setText(contact.name)
            self.contact_email.setText(contact.email)
            self.contact_phone.setText(contact.phone)
        self._changed()

    def _changed(self) -> None:
        if self._loading or self._save is None:
            return
        new = self.visit_input()
        errors = {e.field: e for e in validate_visit(new)}
        for name, field in self.errors.items():
            field.show_error(field_error_text(errors[name]) if name in errors else "")
        # A wrong value is not saved, but stays on screen; the rest of the visit is saved.
        for name in errors:
            new = replace(new, **{name: getattr(self._visit, name)})
        if new != self._visit:
            self._visit = new
            self._save(new)

    def field_names(self) -> list[str]:
        return [f.name for f in fields(VisitInput) if f.name in self.editors]
