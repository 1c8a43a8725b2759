"""The members the main window opens on, read with the driver alone while the app is starting.

The GUI shows them (read-only) as soon as its window is on screen, before SQLAlchemy, the
services and the views are loaded (about two thirds of a second). The rows are those that
`services.roster.roster(db, group, include_former=False)` gives for the group the main window
opens on: the one it was left on (`ui/window_state.py` remembers it per database), else the
first by name; a test keeps the two equal. Anything unexpected (no file, another
schema revision, a damaged file) gives None: the window then waits for the real start, which
says what is wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.domain.roster import MemberRow
from coordinator_app.store import schema_check
from coordinator_app.store.driver import dbapi as sqlite3
from coordinator_app.store.sqlite_file import DatabaseError, connect_read_only, head_revision

if TYPE_CHECKING:
    from coordinator_app.store.keys import DataKey


@dataclass(frozen=True)
class RosterPeek:
    """The group the main window opens on and its current members."""

    group_id: int
    group_name: str
    members: list[MemberRow]


# The first group as `services.groups.list_groups` orders them (by lower(name)).
_FIRST_GROUP = "SELECT id, name FROM groups ORDER BY lower(name) LIMIT 1"
_GROUP = "SELECT id, name FROM groups WHERE id = ?"

# The group's current members; a person with two current memberships counts once, with the
# first (as `services.roster.roster` keeps the first current one it meets).
_MEMBERS = """
SELECT p.id, p.name, p.email, p.phone, p.address, p.dietary_needs, p.consent_share_contact,
       p.notes, m.joined_on, m.role
FROM memberships AS m JOIN people AS p ON p.id = m.person_id
WHERE m.group_id = ? AND m.left_on IS NULL AND p.erased_at IS NULL
ORDER BY p.id, m.id
"""

# Current jobs of the group's people; the newest (started last, NULL first) wins.
_JOBS = """
SELECT e.person_id, o.name, e.title, o.industry
FROM employments AS e JOIN organisations AS o ON o.id = e.organisation_id
WHERE e.ended_on IS NULL
  AND e.person_id IN (SELECT person_id FROM memberships WHERE group_id = ?)
ORDER BY e.person_id, e.started_on, e.id
"""

_TAGS = """
SELECT person_id, tag FROM expertise_tags
WHERE person_id IN (SELECT person_id FROM memberships WHERE group_id = ?)
ORDER BY person_id, position
"""


def peek_roster(
    path: Path, group_id: int | None = None, *, key: DataKey | None = None
) -> RosterPeek | None:
    """The current members of the group `group_id` (if it is there, else the first by name) in
    the database at `path`, or None (see above). `key`: an encrypted database's data key (the
    connection is keyed and checked as every other: `sqlite_file.apply_key`); without it, or
    with a wrong one, an encrypted file gives None."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        # Hardened, immutable where nobody has the file open (no -wal or -shm left behind).
        conn = connect_read_only(path, snapshot=True, key=key)
    except (OSError, sqlite3.Error, DatabaseError):
        return None
    try:
        return _read(conn, group_id)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, wanted: int | None) -> RosterPeek | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != head_revision():
        return None  # a migration is due: the columns may not be what is read here
    if not schema_check.same_objects(conn, version[0]):
        return None  # a view in a table's place, a trigger: the full check will say so
    group = conn.execute(_GROUP, (wanted,)).fetchone() if wanted is not None else None
    if group is None:
        group = conn.execute(_FIRST_GROUP).fetchone()
    if group is None:
        return None
    group_id, group_name = group
    jobs: dict[int, tuple[str, str, str]] = {}
    for person_id, company, title, industry in conn.execute(_JOBS, (group_id,)):
        jobs[person_id] = (company, title, industry)  # later rows (newer jobs) win
    tags: dict[int, list[str]] = {}
    for person_id, tag in conn.execute(_TAGS, (group_id,)):
        tags.setdefault(person_id, []).append(tag)
    members: dict[int, MemberRow] = {}
    for pid, name, email, phone, address, diet, consent, notes, joined, role in conn.execute(
        _MEMBERS, (group_id,)
    ):
        if pid in members:
            continue
        company, title, industry = jobs.get(pid, ("", "", ""))
        members[pid] = MemberRow(
            person_id=pid,
            name=name,
            email=email,
            phone=phone,
            company=company,
            title=title,
            industry=industry,
            expertise=tuple(tags.get(pid, ())),
            member_since=dt.date.fromisoformat(joined) if joined else None,
            left_on=None,
            role=str(role),
            dietary_needs=diet,
            consent_share_contact=bool(consent),
            address=address,
            notes=notes,
        )
    return RosterPeek(group_id, group_name, list(members.values()))
