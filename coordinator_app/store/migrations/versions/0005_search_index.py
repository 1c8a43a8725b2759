"""The one search's index: FTS5 tables, the triggers that note every change, the index built.

- `search_words` (FTS5): per member, round-table entry, talk, decision, action item, theme
  proposal, speaker proposal and meeting theme its groups, folded words and stems;
- `search_vocabulary` + `search_fragments` (FTS5 trigram over it): the distinct words, for parts
  of words and typos;
- `search_queue`: the base rows that changed, filled by the triggers below in the same
  statement's transaction and worked off in Python before the transaction commits
  (store/search_index.py says why).

Both FTS tables get FTS5's secure-delete (SQLite 3.44+), so that deleted text leaves the index.
The index of the rows already there is built here, with the app's own tokenising
(`search_index.rebuild`). A later revision that changes these tables must not rely on that
function's output matching this revision's tables: it rebuilds the index itself.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-09 10:00:00.000000
"""

from __future__ import annotations

from typing import Any, cast

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

_TABLES = (
    "CREATE VIRTUAL TABLE search_words USING fts5(scope, words, stems, "
    "tokenize='ascii', detail='column', columnsize=0)",
    "CREATE TABLE search_vocabulary (id INTEGER NOT NULL PRIMARY KEY, term TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE search_fragments USING fts5(term, content='search_vocabulary', "
    "content_rowid='id', tokenize='trigram', columnsize=0)",
    "CREATE TABLE search_queue (source INTEGER NOT NULL, ref_id INTEGER NOT NULL, "
    "PRIMARY KEY (source, ref_id)) WITHOUT ROWID",
)

# Sources (store/search_docs.py Source): 0 meeting, 1 person, 2 entry, 3 talk, 4 decision,
# 5 action item, 6 theme proposal, 7 speaker proposal.
_QUEUE = "INSERT OR IGNORE INTO search_queue (source, ref_id)"


def _one(source: int, ref: str) -> str:
    return f"{_QUEUE} VALUES ({source}, {ref});"


def _all(source: int, select: str) -> str:
    return f"{_QUEUE} SELECT {source}, {select};"


#: (table, source, the row's own id or the person's, columns whose change matters, more
#: statements on update). Each table gets an insert, a delete and an update trigger.
_FEEDS: tuple[tuple[str, int, str, str, tuple[str, ...]], ...] = (
    (
        "meetings",
        0,
        "id",
        "theme, group_id",
        (
            _all(2, "id FROM round_table_entries WHERE meeting_id = NEW.id"),
            _all(3, "id FROM agenda_items WHERE meeting_id = NEW.id"),
            _all(4, "id FROM decisions WHERE meeting_id = NEW.id"),
            _all(5, "id FROM action_items WHERE meeting_id = NEW.id"),
            _all(6, "id FROM theme_proposals WHERE meeting_id = NEW.id"),
        ),
    ),
    (
        "people",
        1,
        "id",
        "name, erased_at",
        (
            _all(3, "id FROM agenda_items WHERE speaker_person_id = NEW.id"),
            _all(7, "id FROM speaker_proposals WHERE speaker_person_id = NEW.id"),
        ),
    ),
    ("memberships", 1, "person_id", "person_id, group_id", ()),
    ("employments", 1, "person_id", "person_id, organisation_id, title", ()),
    ("expertise_tags", 1, "person_id", "person_id, tag", ()),
    ("round_table_entries", 2, "id", "meeting_id, text, topics", ()),
    (
        "agenda_items",
        3,
        "id",
        (
            "meeting_id, kind, title, speaker_person_id, speaker_name, speaker_organisation, "
            "minutes_notes"
        ),
        (),
    ),
    ("decisions", 4, "id", "meeting_id, text", ()),
    ("action_items", 5, "id", "meeting_id, text", ()),
    ("theme_proposals", 6, "id", "meeting_id, theme", ()),
    (
        "speaker_proposals",
        7,
        "id",
        ("group_id, topic, speaker_person_id, speaker_name, speaker_organisation, notes"),
        (),
    ),
)


def _triggers() -> list[str]:
    statements: list[str] = []
    for table, source, ref, columns, more in _FEEDS:
        name = f"search_{table}"
        statements.append(
            f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} "
            f"BEGIN {_one(source, f'NEW.{ref}')} END"
        )
        statements.append(
            f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} "
            f"BEGIN {_one(source, f'OLD.{ref}')} END"
        )
        old = _one(source, f"OLD.{ref}") if ref != "id" else ""
        statements.append(
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {old}{_one(source, f'NEW.{ref}')}{''.join(more)} END"
        )
    # A company's name or industry is part of the profile of everyone who worked there.
    statements.append(
        "CREATE TRIGGER search_organisations_update AFTER UPDATE OF name, industry "
        f"ON organisations BEGIN "
        f"{_all(1, 'person_id FROM employments WHERE organisation_id = NEW.id')} END"
    )
    return statements


def upgrade() -> None:
    from coordinator_app.store import search_index

    for statement in (*_TABLES, *_triggers()):
        op.execute(statement)
    conn = cast(Any, op.get_bind().connection).dbapi_connection
    search_index.enable_secure_delete(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    for statement in reversed(_triggers()):
        op.execute(f"DROP TRIGGER {statement.split()[2]}")
    for table in ("search_queue", "search_fragments", "search_vocabulary", "search_words"):
        op.execute(f"DROP TABLE {table}")
