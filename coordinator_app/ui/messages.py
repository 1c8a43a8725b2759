"""Translated texts for the codes and errors that lower layers report in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.domain.contacts import ParseProblem
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
        "date_range": QCoreApplication.translate(
            "messages", "Please choose a date between 1900 and 2200."
        ),
        "end_before_start": QCoreApplication.translate(
            "messages", "The meeting must end after it starts (%1)."
        ),
        "too_long": QCoreApplication.translate(
            "messages", "The text is too long (at most %1 characters)."
        ),
        "duration_range": QCoreApplication.translate(
            "messages", "The duration must be between 0 and 720 minutes."
        ),
    }
    text = texts.get(error.code, error.message)
    return text.replace("%1", error.value)


def problem_text(problem: ParseProblem) -> str:
    """The user's-language text for a problem found in an imported file."""
    texts = {
        "empty_file": QCoreApplication.translate("messages", "The file is empty."),
        "unknown_csv_layout": QCoreApplication.translate(
            "messages", "No column holds a name or an e-mail address (columns: %1)."
        ),
        "no_name": QCoreApplication.translate(
            "messages", "The contact has no name, e-mail address or phone number; it was skipped."
        ),
        "email_left_out": QCoreApplication.translate(
            "messages", "“%1” is not a valid e-mail address; it was left out."
        ),
        "phone_left_out": QCoreApplication.translate(
            "messages", "“%1” is not a phone number; it was left out."
        ),
        "csv_unreadable_rest": QCoreApplication.translate(
            "messages",
            "The rest of the file could not be read: a cell is too long or a quotation mark "
            "is not closed.",
        ),
        "no_vcard": QCoreApplication.translate(
            "messages", "No vCard (BEGIN:VCARD) was found in the file."
        ),
        "vcard_unclosed": QCoreApplication.translate(
            "messages", "This card has no END:VCARD line; the file may be cut off."
        ),
        "vcard_unreadable": QCoreApplication.translate(
            "messages", "This card could not be read; it was skipped."
        ),
    }
    text = texts.get(problem.code, problem.message)
    return text.replace("%1", problem.value)
