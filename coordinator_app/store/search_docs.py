"""What each kind of row puts in the search index (store/search_index.py): its group(s) and
its texts, read with SQL from the base tables.

- a member (`people`): name, and per job the company, its industry and the title, and the
  expertise tags; in every group the person is or was a member of; nothing for an erased person;
- a round-table entry: text and topics; a talk (an agenda item of a kind the minutes show as a
  talk): title, speaker, the speaker's company and the minutes' note; a decision, an action item,
  a theme proposal, a meeting's theme: their text; a speaker proposal: topic, speaker, company and
  notes. Each in its meeting's group (a speaker proposal: its own group).

Reads only: the index module writes. Works on the DB-API connection (sqlite3 now, SQLCipher's
later) inside whatever transaction the caller has open.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from coordinator_app.domain.enums import AgendaKind


class Cursor(Protocol):
    def fetchall(self) -> list[Any]: ...

    def fetchone(self) -> Any: ...


class Connection(Protocol):
    """The part of a DB-API connection (sqlite3, sqlcipher3) the search modules use."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...


class Source(enum.IntEnum):
    """The table a row of the index comes from; part of its rowid (`rowid_of`)."""

    MEETING = 0  # a meeting's theme
    PERSON = 1
    ENTRY = 2
    TALK = 3
    DECISION = 4
    ACTION = 5
    THEME = 6  # a theme proposal
    SPEAKER = 7  # a speaker proposal


_SOURCES = 8


def rowid_of(source: Source, row_id: int) -> int:
    """The index's rowid of a base row: its id and its table in one number."""
    return row_id * _SOURCES + int(source)


def source_of(rowid: int) -> tuple[Source, int]:
    """The table and the id of the base row behind an index rowid."""
    return Source(rowid % _SOURCES), rowid // _SOURCES


#: The agenda items the minutes show as talks (services/minutes.py TALK_KINDS; a test keeps them
#: equal): a welcome, a tour, a talk, a discussion.
TALK_KINDS = frozenset(
    {
        AgendaKind.WELCOME.value,
        AgendaKind.TOUR.value,
        AgendaKind.TALK.value,
        AgendaKind.DISCUSSION.value,
    }
)

#: The ids of every row of a source, for building the whole index.
ALL_IDS: dict[Source, str] = {
    Source.MEETING: "SELECT id FROM meetings",
    Source.PERSON: "SELECT id FROM people WHERE erased_at IS NULL",
    Source.ENTRY: "SELECT id FROM round_table_entries",
    Source.TALK: "SELECT id FROM agenda_items",
    Source.DECISION: "SELECT id FROM decisions",
    Source.ACTION: "SELECT id FROM action_items",
    Source.THEME: "SELECT id FROM theme_proposals",
    Source.SPEAKER: "SELECT id FROM speaker_proposals",
}


@dataclass(frozen=True)
class Doc:
    """A row as the index sees it: the groups it is found in and its texts."""

    groups: tuple[int, ...]
    texts: tuple[str, ...]


_IDS = "(SELECT value FROM json_each(?))"
_SPEAKER_NAME = "CASE WHEN p.erased_at IS NULL THEN coalesce(p.name, '') ELSE '' END"

#: Per source: (id, group id, text, text, ...) of the rows whose ids are in the JSON array.
_ROWS: dict[Source, str] = {
    Source.MEETING: f"SELECT id, group_id, theme FROM meetings WHERE id IN {_IDS}",
    Source.ENTRY: (
        "SELECT r.id, m.group_id, r.text, r.topics FROM round_table_entries r "
        f"JOIN meetings m ON m.id = r.meeting_id WHERE r.id IN {_IDS}"
    ),
    Source.TALK: (
        f"SELECT a.id, m.group_id, a.title, {_SPEAKER_NAME}, a.speaker_name, "
        "a.speaker_organisation, a.minutes_notes FROM agenda_items a "
        "JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people p ON p.id = a.speaker_person_id "
        f"WHERE a.id IN {_IDS} AND a.kind IN "
        f"({', '.join(repr(kind) for kind in sorted(TALK_KINDS))})"
    ),
    Source.DECISION: (
        "SELECT d.id, m.group_id, d.text FROM decisions d "
        f"JOIN meetings m ON m.id = d.meeting_id WHERE d.id IN {_IDS}"
    ),
    Source.ACTION: (
        "SELECT a.id, m.group_id, a.text FROM action_items a "
        f"JOIN meetings m ON m.id = a.meeting_id WHERE a.id IN {_IDS}"
    ),
    Source.THEME: (
        "SELECT t.id, m.group_id, t.theme FROM theme_proposals t "
        f"JOIN meetings m ON m.id = t.meeting_id WHERE t.id IN {_IDS}"
    ),
    Source.SPEAKER: (
        f"SELECT s.id, s.group_id, s.topic, {_SPEAKER_NAME}, s.speaker_name, "
        "s.speaker_organisation, s.notes FROM speaker_proposals s "
        f"LEFT JOIN people p ON p.id = s.speaker_person_id WHERE s.id IN {_IDS}"
    ),
}


def _people(conn: Connection, ids: str) -> dict[int, Doc]:
    names = {
        int(pid): str(name or "")
        for pid, name in conn.execute(
            f"SELECT id, name FROM people WHERE erased_at IS NULL AND id IN {_IDS}", (ids,)
        ).fetchall()
    }
    if not names:
        return {}
    groups: dict[int, set[int]] = {}
    for pid, gid in conn.execute(
        f"SELECT person_id, group_id FROM memberships WHERE person_id IN {_IDS}", (ids,)
    ).fetchall():
        groups.setdefault(int(pid), set()).add(int(gid))
    texts: dict[int, list[str]] = {pid: [name] for pid, name in names.items()}
    for pid, title, company, industry in conn.execute(
        "SELECT e.person_id, e.title, o.name, o.industry FROM employments e "
        f"JOIN organisations o ON o.id = e.organisation_id WHERE e.person_id IN {_IDS} "
        "ORDER BY e.person_id, e.id",
        (ids,),
    ).fetchall():
        if int(pid) in texts:
            texts[int(pid)].extend(str(v or "") for v in (title, company, industry))
    for pid, tag in conn.execute(
        f"SELECT person_id, tag FROM expertise_tags WHERE person_id IN {_IDS} "
        "ORDER BY person_id, position, id",
        (ids,),
    ).fetchall():
        if int(pid) in texts:
            texts[int(pid)].append(str(tag or ""))
    return {
        pid: Doc(tuple(sorted(groups[pid])), tuple(texts[pid])) for pid in names if pid in groups
    }


def load(conn: Connection, source: Source, ids: Sequence[int]) -> dict[int, Doc]:
    """The documents of the rows `ids` of `source` that belong in the index (a row that is
    gone, an erased person, an agenda item that is no talk: none)."""
    if not ids:
        return {}
    array = json.dumps(list(ids))
    if source is Source.PERSON:
        return _people(conn, array)
    return {
        int(row[0]): Doc((int(row[1]),), tuple(str(v or "") for v in row[2:]))
        for row in conn.execute(_ROWS[source], (array,)).fetchall()
    }
