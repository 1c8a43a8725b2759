"""Translated texts for the codes and errors that lower layers report in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.validation import FieldError


def field_error_text(error: FieldError) -> str:
    """The user's-language text for a field error, with the offending value filled in."""
    texts = {
        "name_required": QCoreApplication.translate("messages", "Please enter a name."),
        "name_too_long": QCoreApplication.translate("messages", "The name is too long."),
        "email_invalid": QCoreApplication.translate(
            "messages", "“%1” is not a valid e-mail address."
        ),
        "phone_invalid": QCoreApplication.translate(
            "messages", "“%1” is not a valid phone number."
        ),
        "text_too_long": QCoreApplication.translate("messages", "The text is too long."),
        "company_required": QCoreApplication.translate("messages", "Please enter the company."),
    }
    text = texts.get(error.code, error.message)
    return text.replace("%1", error.value)
