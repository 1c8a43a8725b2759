"""The user's-language texts of the store's key errors (no SQLAlchemy: the start's unlock uses
them before it is loaded; `ui/messages.database_error_text` uses them too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator_app.store.keys import MIN_PASSPHRASE_LENGTH


def key_error_text(code: str) -> str | None:
    """The text for an error `code` of `store.keys` and `store.sqlite_file`'s key errors; None
    for another code."""
    texts = {
        "wrong_passphrase": QCoreApplication.translate(
            "encryption", "That is not the passphrase of this database. Try again."
        ),
        "recovery_key_typo": QCoreApplication.translate(
            "encryption",
            "The recovery key has a typo: a letter too many or too few, or one that is not in "
            "it. Compare it group by group with the printed key.",
        ),
        "wrong_recovery_key": QCoreApplication.translate(
            "encryption",
            "That recovery key belongs to another database: it does not open this one.",
        ),
        "passphrase_too_short": QCoreApplication.translate(
            "encryption", "A passphrase needs at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH)),
        "key_file_damaged": QCoreApplication.translate(
            "encryption",
            "The key file beside the database is damaged or was written by another version of "
            "Coordinator, so the passphrase cannot be checked. The recovery key still opens "
            "the database.",
        ),
        "key_required": QCoreApplication.translate(
            "encryption",
            "The database is encrypted: it opens with its passphrase or its recovery key.",
        ),
        "key_file_missing": QCoreApplication.translate(
            "encryption",
            "The database is encrypted and its key file (ending in .keys) is missing, so the "
            "passphrase cannot open it. Open it with its recovery key.",
        ),
        "wrong_key": QCoreApplication.translate(
            "encryption",
            "The key does not open this database (or the file is damaged). The file was not "
            "changed.",
        ),
        "not_encrypted": QCoreApplication.translate(
            "encryption",
            "The file is not encrypted, although it should be: it may have been replaced. It "
            "was not opened.",
        ),
        "cipher_unavailable": QCoreApplication.translate(
            "encryption",
            "This installation of Coordinator cannot encrypt (its SQLite is not SQLCipher), so "
            "no encrypted database is opened with it.",
        ),
    }
    return texts.get(code)
