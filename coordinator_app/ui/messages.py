"""Translated texts for the codes and errors that lower layers report in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.domain.contacts import ParseProblem
from coordinator_app.domain.validation import FieldError
from coordinator_app.exchange.contacts_import import ImportTooLarge
from coordinator_app.services.errors import ServiceError, ValidationFailed
from coordinator_app.store.database import DatabaseError
from coordinator_app.store.lock import DatabaseInUse

#: What a save can raise that the user must be told about: the request cannot be done
#: (ServiceError), or the storage failed (DatabaseError: disk full, read-only, locked, damaged).
#: Either way nothing was saved, and the form keeps what was typed.
SAVE_ERRORS = (ServiceError, DatabaseError)


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


def import_too_large_text(exc: ImportTooLarge) -> str:
    """The user's-language text for a contact file over one of the import limits."""
    if exc.code == "too_many_contacts":
        text = QCoreApplication.translate(
            "messages", "The file has %1 contacts; at most %2 are imported at a time."
        )
    elif exc.code == "too_many_columns":
        text = QCoreApplication.translate(
            "messages", "The file has %1 columns; a contact file has at most %2."
        )
    elif exc.code == "too_many_lines":
        text = QCoreApplication.translate(
            "messages", "The file has %1 lines; contact files with more than %2 are not imported."
        )
    else:
        text = QCoreApplication.translate(
            "messages", "The file is %1 MB; contact files over %2 MB are not imported."
        )
        return text.replace("%1", QLocale().toString(exc.size / (1024 * 1024), "f", 1)).replace(
            "%2", str(exc.limit // (1024 * 1024))
        )
    return text.replace("%1", str(exc.size)).replace("%2", str(exc.limit))


def database_error_text(exc: DatabaseError) -> str:
    """The user's-language text for a database that cannot be opened or written."""
    if isinstance(exc, DatabaseInUse):
        holder = exc.holder
        return (
            QCoreApplication.translate(
                "messages",
                "The database is open in another Coordinator window (process %1 on %2). "
                "Close it there first.",
            )
            .replace("%1", str(holder.pid) if holder else "?")
            .replace("%2", holder.host if holder and holder.host else "?")
        )
    texts = {
        "storage_full": QCoreApplication.translate(
            "messages",
            "The disk is full, so the change was not saved. Free some space and try again; "
            "what you entered is still there.",
        ),
        "storage_read_only": QCoreApplication.translate(
            "messages",
            "The database is read-only, so the change was not saved. It may be open in "
            "another Coordinator window, or the file or its folder cannot be written.",
        ),
        "storage_busy": QCoreApplication.translate(
            "messages",
            "Another program is using the database, so the change was not saved. "
            "Try again in a moment.",
        ),
        "storage_error": QCoreApplication.translate(
            "messages",
            "The database file could not be read or written (a disk error, or the file was "
            "moved), so the change was not saved.",
        ),
        "damaged": QCoreApplication.translate(
            "messages", "The database file is damaged or is not a Coordinator database."
        ),
        "too_new": QCoreApplication.translate(
            "messages",
            "The database was written by a newer version of Coordinator. Please update the "
            "app; the file was not changed.",
        ),
    }
    return texts.get(exc.code, str(exc))


def error_text(exc: BaseException) -> str:
    """The text to show for an error a save, an import or an export ran into."""
    if isinstance(exc, ImportTooLarge):
        return import_too_large_text(exc)
    if isinstance(exc, DatabaseError):
        return database_error_text(exc)
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_error_text(e) for e in exc.errors)
    return str(exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Tell the user that something could not be done, and why."""
    QMessageBox.warning(parent, title, error_text(exc))
