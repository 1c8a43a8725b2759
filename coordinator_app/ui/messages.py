"""Translated texts for the codes and errors that lower layers report in English."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.domain.contacts import ParseProblem
from coordinator_app.domain.dates import format_short_date
from coordinator_app.domain.logistics import MAX_TOUR_PARTICIPANTS
from coordinator_app.domain.minutes import MAX_VOTES
from coordinator_app.domain.validation import FieldError
from coordinator_app.exchange.contacts_import import ImportTooLarge
from coordinator_app.exchange.mail_headers import DraftCheckFailed
from coordinator_app.services.errors import ServiceError, ValidationFailed
from coordinator_app.services.row_changes import HasHistory
from coordinator_app.store.database import DatabaseError, ErasureIncomplete
from coordinator_app.store.lock import DatabaseInUse
from coordinator_app.ui.encryption.texts import key_error_text
from coordinator_app.ui.plain_text import as_text

#: What a save can raise that the user must be told about: the request cannot be done
#: (ServiceError), or the storage failed (DatabaseError: disk full, read-only, locked, damaged).
#: Either way nothing was saved, and the form keeps what was typed.
SAVE_ERRORS = (ServiceError, DatabaseError)


def field_error_text(error: FieldError, date_language: str | None = None) -> str:
    """The user's-language text for a field error, with the offending value filled in (a date
    given as ISO text written as `date_language` writes dates, when given)."""
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
        "left_before_joined": QCoreApplication.translate(
            "messages", "The member left on %1: they cannot have joined after that."
        ),
        "job_end_before_start": QCoreApplication.translate(
            "messages", "The job started on %1: it cannot end before that."
        ),
        "title_required": QCoreApplication.translate("messages", "Please enter the task."),
        "offset_range": QCoreApplication.translate(
            "messages", "A task can be due at most %1 days before or after the meeting."
        ),
        "participants_range": QCoreApplication.translate(
            "messages", "The tour must allow between 1 and %1 participants."
        ).replace("%1", str(MAX_TOUR_PARTICIPANTS)),
        "votes_range": QCoreApplication.translate(
            "messages", "The votes must be between 0 and %1."
        ).replace("%1", str(MAX_VOTES)),
        "status_required": QCoreApplication.translate(
            "messages", "Record the attendance first: a note belongs to an attendance status."
        ),
        "meeting_other_group": QCoreApplication.translate(
            "messages", "That meeting is not one of the group's."
        ),
        "level_invalid": QCoreApplication.translate("messages", "Please choose a sharing level."),
        "text_required": QCoreApplication.translate("messages", "Please enter the text."),
        "theme_required": QCoreApplication.translate(
            "messages", "Please enter the proposed theme."
        ),
        "topic_required": QCoreApplication.translate(
            "messages", "Please enter the topic of the talk."
        ),
    }
    text = texts.get(error.code, error.message)
    value = error.value
    if date_language is not None:
        with contextlib.suppress(ValueError):
            value = format_short_date(dt.date.fromisoformat(value), date_language)
    return text.replace("%1", value)


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
        "date_left_out": QCoreApplication.translate(
            "messages", "“%1” is not a date; it was left out."
        ),
        "yes_no_left_out": QCoreApplication.translate(
            "messages", "“%1” is neither yes nor no; it was left out."
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
        "not_contacts_calendar": QCoreApplication.translate(
            "messages", "This is a calendar file (iCalendar), not a contact list."
        ),
        "not_contacts_pdf": QCoreApplication.translate(
            "messages", "This is a PDF document, not a contact list."
        ),
        "not_contacts_spreadsheet": QCoreApplication.translate(
            "messages",
            "This is a spreadsheet (such as Excel), not a contact list. Save it as CSV in the "
            "spreadsheet program, then import the CSV file.",
        ),
        "not_contacts_document": QCoreApplication.translate(
            "messages", "This is a document (such as Word), not a contact list."
        ),
        "not_contacts_office": QCoreApplication.translate(
            "messages", "This is a Microsoft Office file, not a contact list."
        ),
        "not_contacts_email": QCoreApplication.translate(
            "messages",
            "This is an e-mail message, not a contact list. Save the contact file attached to "
            "it, then import that file.",
        ),
        "not_contacts_image": QCoreApplication.translate(
            "messages", "This is an image, not a contact list."
        ),
        "not_contacts_archive": QCoreApplication.translate(
            "messages",
            "This is a compressed archive (such as ZIP), not a contact list. Unpack it, then "
            "import the contact file inside.",
        ),
        "not_contacts_web_page": QCoreApplication.translate(
            "messages", "This is a web page (HTML), not a contact list."
        ),
        "not_contacts_database": QCoreApplication.translate(
            "messages", "This is a database file, not a contact list."
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


def erasure_incomplete_text(exc: ErasureIncomplete) -> str:
    """The user's-language text for an erasure that was saved but is not yet everywhere."""
    parts = [QCoreApplication.translate("messages", "The personal data was erased.")]
    if exc.in_file:
        parts.append(
            QCoreApplication.translate(
                "messages",
                "Old copies of it may remain in the database file: another program kept reading "
                "it, or the disk was too full to compact it. They go when Coordinator closes the "
                "database while no other program has it open, or at the latest with the next "
                "erasure.",
            )
        )
    if exc.uncleaned:
        parts.append(
            QCoreApplication.translate(
                "messages",
                "%n backup(s) in the backups folder hold it but could not be cleaned (damaged, "
                "from a newer version of Coordinator, or changed by another program). Delete "
                "them yourself:",
                "",
                len(exc.uncleaned),
            )
            + "\n"
            + "\n".join(str(path) for path in exc.uncleaned)
        )
    return "\n\n".join(parts)


def database_error_text(exc: DatabaseError) -> str:
    """The user's-language text for a database that cannot be opened or written."""
    if isinstance(exc, ErasureIncomplete):
        return erasure_incomplete_text(exc)
    key_text = key_error_text(exc.code)  # the encrypted database's keys: ui/encryption/texts.py
    if key_text is not None:
        return key_text
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
        "erasure_blocked": QCoreApplication.translate(
            "messages",
            "Another program is reading the database, so nothing was erased: the erased data "
            "would stay in the file for as long as it reads. Close it (or wait until it is "
            "done) and try again.",
        ),
        "too_new": QCoreApplication.translate(
            "messages",
            "The database was written by a newer version of Coordinator. Please update the "
            "app; the file was not changed.",
        ),
        "schema_unknown": QCoreApplication.translate(
            "messages",
            "The database file holds something this version of Coordinator does not know (a "
            "trigger, view, table or column), or part of its structure is missing, so it was "
            "not opened. The file was not changed.",
        ),
        "log_unreadable": QCoreApplication.translate(
            "messages",
            "The database cannot be read where it is: to read its log or journal file (ending "
            "in -wal or -journal), Coordinator must write beside it, and the folder is "
            "read-only. Copy the database with that file to a folder you can write to. The "
            "file was not changed.",
        ),
        "lock_refused": QCoreApplication.translate(
            "messages",
            "The lock file beside the database is a link, a folder or another user's file, so "
            "Coordinator left it alone. Remove it and try again.",
        ),
        "search_index_unsafe": QCoreApplication.translate(
            "messages",
            "The search index does not erase deleted text, so the database was not changed. "
            "Coordinator needs SQLite 3.44 or later; run “coordinator-app check”.",
        ),
    }
    return texts.get(exc.code, str(exc))


def draft_check_text(exc: DraftCheckFailed) -> str:
    """The user's-language text for an e-mail draft that did not read back as it was meant."""
    texts = {
        "eml_recipients_differ": QCoreApplication.translate(
            "messages",
            "The e-mail was not saved: read back, it did not give every recipient with their "
            "name as meant. Please report this.",
        ),
        "eml_subject_differs": QCoreApplication.translate(
            "messages",
            "The e-mail was not saved: read back, its subject was not the one meant. "
            "Please report this.",
        ),
        "eml_attachments_differ": QCoreApplication.translate(
            "messages",
            "The e-mail was not saved: read back, an attachment was not the one meant. "
            "Please report this.",
        ),
    }
    return texts.get(exc.code, str(exc))


def has_history_text(exc: HasHistory) -> str:
    """The user's-language text for people who cannot be removed because of their history."""
    kinds = {
        "attendance": QCoreApplication.translate("messages", "attendance"),
        "round_table": QCoreApplication.translate("messages", "round-table entries"),
        "signups": QCoreApplication.translate("messages", "sign-ups"),
        "minutes": QCoreApplication.translate(
            "messages", "minutes (decisions, action items or proposals)"
        ),
        "agenda": QCoreApplication.translate("messages", "talks on an agenda"),
        "host_visit": QCoreApplication.translate("messages", "a host visit as its contact"),
        "other": QCoreApplication.translate("messages", "other meeting records"),
    }
    what = ", ".join(kinds.get(kind, kind) for kind in exc.kinds)
    shown = exc.names[:5]
    names = ", ".join(shown)
    if len(exc.names) > len(shown):
        names += " " + QCoreApplication.translate(
            "messages", "and %n more", "", len(exc.names) - len(shown)
        )
    if exc.code == "undo_import":
        text = QCoreApplication.translate(
            "messages",
            "The import cannot be undone: people it added now have %2 on record (%1). Delete "
            "the others one by one (Members ▸ Delete member…) where that is meant.",
        )
    else:
        text = QCoreApplication.translate(
            "messages",
            "%1 cannot be deleted: they have %2 on record in this group. Deleting is for a "
            "member entered by mistake. End the membership instead (Members ▸ End "
            "membership…), or erase the personal data (Members ▸ Erase person…).",
        )
    return text.replace("%1", names).replace("%2", what)


def service_error_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per `ServiceError.code`: the text in the user's language, and the keys of the values
    that fill its %1, %2, … in that order."""
    return {
        # Rows gone (deleted meanwhile, or by an undo elsewhere).
        "group_missing": (
            QCoreApplication.translate("messages", "That group no longer exists."),
            (),
        ),
        "person_missing": (
            QCoreApplication.translate("messages", "That person no longer exists."),
            (),
        ),
        "person_not_in_roster": (
            QCoreApplication.translate("messages", "That person is no longer in the roster."),
            (),
        ),
        "owner_not_in_roster": (
            QCoreApplication.translate("messages", "The owner is no longer in the roster."),
            (),
        ),
        "proposer_not_in_roster": (
            QCoreApplication.translate("messages", "The proposer is no longer in the roster."),
            (),
        ),
        "speaker_missing": (
            QCoreApplication.translate("messages", "That speaker is no longer in the roster."),
            (),
        ),
        "contact_missing": (
            QCoreApplication.translate(
                "messages", "That contact person is no longer in the roster."
            ),
            (),
        ),
        "meeting_missing": (
            QCoreApplication.translate("messages", "That meeting no longer exists."),
            (),
        ),
        "meeting_unknown": (
            QCoreApplication.translate("messages", "There is no meeting with number %1."),
            ("id",),
        ),
        "agenda_item_missing": (
            QCoreApplication.translate("messages", "That agenda item no longer exists."),
            (),
        ),
        "host_missing": (
            QCoreApplication.translate("messages", "That host company no longer exists."),
            (),
        ),
        "company_missing": (
            QCoreApplication.translate("messages", "That company no longer exists."),
            (),
        ),
        "guest_missing": (
            QCoreApplication.translate("messages", "That guest is no longer signed up."),
            (),
        ),
        "task_missing": (QCoreApplication.translate("messages", "That task no longer exists."), ()),
        "entry_missing": (
            QCoreApplication.translate("messages", "That round-table entry no longer exists."),
            (),
        ),
        "decision_missing": (
            QCoreApplication.translate("messages", "That decision no longer exists."),
            (),
        ),
        "action_missing": (
            QCoreApplication.translate("messages", "That action item no longer exists."),
            (),
        ),
        "theme_missing": (
            QCoreApplication.translate("messages", "That theme proposal no longer exists."),
            (),
        ),
        "speaker_proposal_missing": (
            QCoreApplication.translate("messages", "That speaker proposal no longer exists."),
            (),
        ),
        "job_missing": (
            QCoreApplication.translate("messages", "That job is no longer on record."),
            (),
        ),
        # Groups and memberships.
        "group_exists": (
            QCoreApplication.translate("messages", "There is already a group called “%1”."),
            ("name",),
        ),
        "group_unknown": (
            QCoreApplication.translate("messages", "There is no group called “%1”."),
            ("name",),
        ),
        "not_a_member": (
            QCoreApplication.translate("messages", "That person is not a member of the group."),
            (),
        ),
        "not_current_member": (
            QCoreApplication.translate(
                "messages", "That person is not a current member of the group."
            ),
            (),
        ),
        "never_a_member": (
            QCoreApplication.translate("messages", "That person was never a member of the group."),
            (),
        ),
        "leave_before_join": (
            QCoreApplication.translate("messages", "A member cannot leave before they joined."),
            (),
        ),
        "job_before_current": (
            QCoreApplication.translate(
                "messages", "The new job cannot start before the current job started."
            ),
            (),
        ),
        # Meetings and hosts.
        "meeting_has_records": (
            QCoreApplication.translate(
                "messages",
                "This meeting has logistics, sign-ups, attendance or minutes, so it cannot be "
                "deleted. Cancel it instead: it stays in the plan, marked cancelled.",
            ),
            (),
        ),
        "invitation_organizer_missing": (
            QCoreApplication.translate(
                "messages",
                "The group's coordinator has no e-mail address, so the members' calendars would "
                "not know whom to answer. Add it under File ▸ Group ▸ Coordinators.",
            ),
            (),
        ),
        "host_name_required": (
            QCoreApplication.translate("messages", "Please enter the host company's name."),
            (),
        ),
        "unknown_company": (
            QCoreApplication.translate(
                "messages", "There is no company called “%1”. Known companies: %2."
            ),
            ("name", "known"),
        ),
        "unknown_company_none": (
            QCoreApplication.translate(
                "messages", "There is no company called “%1”, and no companies yet."
            ),
            ("name",),
        ),
        # Backups, demo data, erasure.
        "backup_no_file": (
            QCoreApplication.translate("messages", "This database has no file to back up."),
            (),
        ),
        "backup_keep_range": (
            QCoreApplication.translate("messages", "Keep between %1 and %2 backups."),
            ("min", "max"),
        ),
        "restore_read_only": (
            QCoreApplication.translate(
                "messages", "A database opened read-only cannot be restored."
            ),
            (),
        ),
        "demo_not_empty": (
            QCoreApplication.translate(
                "messages",
                "The database is not empty: demo data can only be put into an empty database.",
            ),
            (),
        ),
        "email_required": (
            QCoreApplication.translate("messages", "Please enter the person's e-mail address."),
            (),
        ),
        "email_unknown": (
            QCoreApplication.translate("messages", "Nobody has the e-mail address %1."),
            ("email",),
        ),
        "email_ambiguous": (
            QCoreApplication.translate(
                "messages",
                "%1 people have the e-mail address %2; correct the duplicate in the roster first.",
            ),
            ("count", "email"),
        ),
    }


_PLACEHOLDER = re.compile(r"%(\d)")


def service_error_text(exc: ServiceError) -> str:
    """The user's-language text for an error a use case raised, its values filled in (in one
    pass, so that a name containing "%2" stays as it is); the English message for a code
    without a text."""
    if isinstance(exc, HasHistory):
        return has_history_text(exc)
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_error_text(e) for e in exc.errors)
    entry = service_error_texts().get(exc.code)
    if entry is None:
        return str(exc)
    text, keys = entry

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if 1 <= number <= len(keys):
            return exc.values.get(keys[number - 1], "")
        return match.group(0)

    return _PLACEHOLDER.sub(value, text)


def error_text(exc: BaseException) -> str:
    """The text to show for an error a save, an import or an export ran into."""
    if isinstance(exc, HasHistory):
        return has_history_text(exc)
    if isinstance(exc, ImportTooLarge):
        return import_too_large_text(exc)
    if isinstance(exc, DraftCheckFailed):
        return draft_check_text(exc)
    if isinstance(exc, DatabaseError):
        return database_error_text(exc)
    if isinstance(exc, ServiceError):
        return service_error_text(exc)
    return str(exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Tell the user that something could not be done, and why (which may quote a name: as
    text, never as HTML)."""
    QMessageBox.warning(parent, title, as_text(error_text(exc)))
