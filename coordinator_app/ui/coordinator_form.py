"""The fields of one coordinator (name, e-mail, phone, signature), for the first start and the
group's coordinators dialog. Imports nothing but Qt and the app's light modules: the first start
is shown before SQLAlchemy is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coordinator_app.ui.forms import FieldWithError

if TYPE_CHECKING:
    from coordinator_app.domain.coordinators import CoordinatorInput
    from coordinator_app.domain.validation import FieldError


class CoordinatorFields(QWidget):
    """Name, e-mail address, phone and signature of a coordinator, each with its error line.

    `mnemonics`: the labels take Alt+letters (one set per dialog: a second set goes without)."""

    def __init__(
        self, parent: QWidget | None = None, *, mnemonics: bool = True, who: str = ""
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.signature = QPlainTextEdit()
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(64)
        self.email.setPlaceholderText(self.tr("name@company.dk"))
        self.phone.setPlaceholderText(self.tr("+45 12 34 56 78"))
        self.signature.setPlaceholderText(
            self.tr("The lines under your e-mails, e.g. your name and phone")
        )
        prefix = f"{who}: " if who else ""
        for widget, name in (
            (self.name, self.tr("Coordinator's name")),
            (self.email, self.tr("Coordinator's e-mail")),
            (self.phone, self.tr("Coordinator's phone")),
            (self.signature, self.tr("Signature under e-mails")),
        ):
            widget.setAccessibleName(prefix + name)
        self.fields = {
            "name": FieldWithError(self.name),
            "email": FieldWithError(self.email),
            "phone": FieldWithError(self.phone),
            "signature": FieldWithError(self.signature),
        }
        labels = (
            (self.tr("&Name:"), self.tr("Name:")),
            (self.tr("E-&mail:"), self.tr("E-mail:")),
            (self.tr("&Phone:"), self.tr("Phone:")),
            (self.tr("&Signature:"), self.tr("Signature:")),
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for (with_key, without), field in zip(labels, self.fields.values(), strict=True):
            label = QLabel(with_key if mnemonics else without)
            label.setBuddy(field.editor)
            form.addRow(label, field)

    def value(self) -> CoordinatorInput:
        from coordinator_app.domain.coordinators import CoordinatorInput

        return CoordinatorInput(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            signature=self.signature.toPlainText(),
        )

    def set_value(self, value: CoordinatorInput | None) -> None:
        self.name.setText(value.name if value else "")
        self.email.setText(value.email if value else "")
        self.phone.setText(value.phone if value else "")
        self.signature.setPlainText(value.signature if value else "")

    def check(self) -> bool:
        """Show the problems of what was typed at their fields; True if there are none."""
        from coordinator_app.domain.coordinators import validate_coordinator

        errors = validate_coordinator(self.value())
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: list[FieldError]) -> None:
        from coordinator_app.ui.messages import field_error_text

        by_field = {e.field: field_error_text(e) for e in errors}
        for name, field in self.fields.items():
            field.show_error(by_field.get(name, ""))
        for name, field in self.fields.items():
            if name in by_field:
                field.editor.setFocus()
                break
