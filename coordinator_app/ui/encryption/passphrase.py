"""A new passphrase, typed twice, with a hint in plain words on how hard it is to guess.

The hint looks at the length and the variety of what is typed (kinds of characters, words,
repeats); it never refuses a passphrase the store accepts (`store.keys.check_new_passphrase`:
at least `MIN_PASSPHRASE_LENGTH` characters), it only says what would make it stronger.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseTooShort,
    check_new_passphrase as store_check,
)
from coordinator_app.ui.theme import Tone, css


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def _kind(ch: str) -> str:
    if ch.islower():
        return "lower"
    if ch.isupper():
        return "upper"
    if ch.isdigit():
        return "digit"
    return "space" if ch.isspace() else "other"


def _kinds(text: str) -> int:
    """How many kinds of characters `text` mixes: small letters, capitals, digits, spaces
    between words, and everything else."""
    return len({_kind(ch) for ch in text})


def passphrase_strength(passphrase: str) -> Strength:
    """How hard `passphrase` is to guess, judged by its length and variety."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    try:
        store_check(text)
    except PassphraseTooShort:
        return Strength.TOO_SHORT
    length = len(text)
    distinct = len(set(text.casefold()))
    words = len(text.split())
    kinds = _kinds(text)
    if distinct <= 4 or distinct * 3 < length // 2:
        return Strength.WEAK  # "aaaaaaaaaa", "abcabcabcabc": long, but hardly varied
    if (length >= 20 and (words >= 4 or kinds >= 2)) or (length >= 14 and kinds >= 3):
        return Strength.STRONG
    if (length >= 12 and kinds >= 2) or length >= 16:
        return Strength.FAIR
    return Strength.WEAK


def strength_text(strength: Strength) -> str:
    """The hint shown under a new passphrase, in plain words."""
    if strength is Strength.TOO_SHORT:
        return QCoreApplication.translate(
            "encryption", "Too short: a passphrase needs at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    if strength is Strength.WEAK:
        return QCoreApplication.translate(
            "encryption",
            "Weak: easy to guess. Four or five unrelated words, with a capital or a digit "
            "somewhere, are strong and still easy to remember.",
        )
    if strength is Strength.FAIR:
        return QCoreApplication.translate(
            "encryption", "Fair. A word or two more would make it much harder to guess."
        )
    return QCoreApplication.translate("encryption", "Strong: hard to guess.")


_TONES = {
    Strength.TOO_SHORT: Tone.ERROR,
    Strength.WEAK: Tone.WARNING,
    Strength.FAIR: Tone.MUTED,
    Strength.STRONG: Tone.SUCCESS,
}


def secret_field(accessible_name: str) -> QLineEdit:
    """A line edit for a passphrase: its characters hidden, never offered to an input method."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, its strength, and whether the two are the same."""

    #: What was typed changed (whether it can be used may have changed with it).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = secret_field(self.tr("New passphrase"))
        self.second = secret_field(self.tr("New passphrase again"))
        self.show_typed = QCheckBox(self.tr("S&how what I type"))
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        self.strength.setWordWrap(True)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same."))
        self.mismatch.setObjectName("passphraseMismatch")
        self.mismatch.setStyleSheet(f"QLabel#passphraseMismatch {{ color: {css(Tone.ERROR)}; }}")
        self.mismatch.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_label = QLabel(self.tr("&New passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("Re&peat it:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow("", self.strength)
        form.addRow(second_label, self.second)
        form.addRow("", self.mismatch)
        form.addRow("", self.show_typed)
        self.first.textChanged.connect(lambda _text: self._update())
        self.second.textChanged.connect(lambda _text: self._update())
        self.show_typed.toggled.connect(self._show_typed)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_acceptable(self) -> bool:
        """Long enough, and typed the same twice."""
        return (
            passphrase_strength(self.first.text()) is not Strength.TOO_SHORT
            and self.first.text() == self.second.text()
        )

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        typed = self.first.text()
        strength = passphrase_strength(typed)
        self.strength.setText(strength_text(strength) if typed else "")
        self.strength.setVisible(bool(typed))
        self.strength.setStyleSheet(
            f"QLabel#passphraseStrength {{ color: {css(_TONES[strength])}; }}"
        )
        self.strength.setAccessibleName(self.strength.text())
        # Only once the second one is as long as the first: not at every letter of it.
        second = self.second.text()
        self.mismatch.setVisible(bool(second) and len(second) >= len(typed) and second != typed)
        self.changed.emit()


def confirm_unencrypted(parent: QWidget | None) -> bool:
    """The warning before a database is kept unencrypted: True only when the user confirms it
    (Cancel is the default, and Escape)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("encryption", "Keep the database unencrypted?"))
    box.setText(QCoreApplication.translate("encryption", "Keep the database unencrypted?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "encryption",
            "Then anyone who gets hold of this laptop or a copy of the file (a thief, a repair "
            "shop, a cloud backup) can read every member's name, contact details and job, and "
            "everything said in confidence at the round table, without any password.\n\nYou "
            "can encrypt it later with File ▸ Encrypt database…",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("encryption", "&Keep unencrypted"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("encryption", "Cancel"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is keep


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase (twice): for a new database, for encrypting one, and after
    opening one with its recovery key.

    `remember`: offer "Remember on this computer" (the OS keyring). `plain_option`: offer to
    keep the database unencrypted, behind `confirm_unencrypted`; `choice` then says which.
    """

    ENCRYPT = "encrypt"
    PLAIN = "plain"

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        accept_text: str,
        reject_text: str,
        remember: bool = False,
        plain_option: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(540)
        self.choice = ""
        self.intro = QLabel(intro)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.remember = QCheckBox(self.tr("Re&member on this computer"))
        self.remember.setToolTip(
            self.tr(
                "The key is kept in the system's keyring, so Coordinator opens without asking "
                "for the passphrase when you are logged in. Anyone using your login can then "
                "open it too."
            )
        )
        self.remember.setVisible(remember)
        self.accept_button = QPushButton(accept_text)
        self.accept_button.setDefault(True)
        self.reject_button = QPushButton(reject_text)
        self.reject_button.setAutoDefault(False)
        self.plain_button = QPushButton(self.tr("Keep &unencrypted…"))
        self.plain_button.setAutoDefault(False)
        self.plain_button.setVisible(plain_option)
        buttons = QDialogButtonBox()
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if plain_option:
            buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.clicked.connect(self._encrypt)
        self.reject_button.clicked.connect(self.reject)
        self.plain_button.clicked.connect(self._keep_plain)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.fields)
        self.layout_.addWidget(self.remember)
        self.layout_.addWidget(buttons)
        self.fields.changed.connect(self._update)
        self.fields.first.setFocus()
        self._update()

    def passphrase(self) -> str:
        return self.fields.passphrase()

    def remember_key(self) -> bool:
        return self.remember.isVisible() and self.remember.isChecked()

    def _update(self) -> None:
        self.accept_button.setEnabled(self.fields.is_acceptable())

    def _encrypt(self) -> None:
        if not self.fields.is_acceptable():
            return
        self.choice = self.ENCRYPT
        self.accept()

    def _keep_plain(self) -> None:
        if confirm_unencrypted(self):
            self.choice = self.PLAIN
            self.accept()
