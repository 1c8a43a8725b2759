"""The SQLite driver of every connection the app opens: `sqlcipher3` (SQLCipher 4).

Plaintext databases too: SQLCipher without a key is plain SQLite, and it brings one modern
SQLite everywhere (3.53 with FTS5 and its secure-delete, where the standard library's may be
3.40). Connections of two drivers cannot meet (SQLite's backup API needs both ends from one
library, and each driver has its own exception classes), so the store imports the driver from
here only:

    from coordinator_app.store.driver import dbapi as sqlite3

The type checker sees the standard library's `sqlite3` (same DB-API; `sqlcipher3` has no type
information); at run time it is `sqlcipher3.dbapi2`. No SQLAlchemy here: the GUI's start uses it
before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3 as dbapi
else:
    from sqlcipher3 import dbapi2 as dbapi

__all__ = ["dbapi", "sqlite_version"]


def sqlite_version() -> str:
    """The version of the SQLite inside the driver (not the standard library's)."""
    return str(dbapi.sqlite_version)
