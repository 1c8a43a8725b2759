"""One key for the names of companies, groups and expertise tags; duplicates merged.

Names were compared with SQLite's lower(), which folds ASCII letters only: "Øresund A/S" and
"øresund a/s" became two organisations, and a re-import ended members' jobs at one to start
them at the other. Organisations, groups and expertise tags get a `name_key` column
(`domain.names.name_key`: Unicode case folding, NFC, white space collapsed) with a unique index,
and the duplicates a database holds already are resolved first:

- organisations of one key are merged into the oldest (lowest id): every row pointing at a
  later one (jobs, hosted meetings, any other foreign key) points at the oldest, an empty
  industry or address is filled from the later ones, differing values and notes are kept in
  the notes, and a company that paused hosting stays paused;
- groups of one key are not merged (their members, meetings and minutes are each group's own):
  the later ones are renamed "Name (2)", "Name (3)";
- a person's expertise tags of one key are one tag: the first listed is kept.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 10:00:00.000000
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from coordinator_app.domain.names import name_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

#: (table, index name, indexed columns) in the order they are made.
_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("organisations", "ix_organisations_name_key", ("name_key",)),
    ("groups", "ix_groups_name_key", ("name_key",)),
    ("expertise_tags", "ix_expertise_tags_person_id_name_key", ("person_id", "name_key")),
)


def upgrade() -> None:
    conn = op.get_bind()
    for table, _index, _columns in _INDEXES:
        # A plain ADD COLUMN: SQLite's batch mode would copy the table and drop the old one,
        # and with foreign keys on, dropping `groups` would delete every membership and meeting.
        op.add_column(
            table, sa.Column("name_key", sa.String(length=255), server_default="", nullable=False)
        )
    _merge_organisations(conn)
    _rename_groups(conn)
    _merge_tags(conn)
    for table, index, columns in _INDEXES:
        op.create_index(index, table, list(columns), unique=True)


def downgrade() -> None:
    for table, index, _columns in reversed(_INDEXES):
        op.drop_index(index, table_name=table)
        op.execute(sa.text(f'ALTER TABLE "{table}" DROP COLUMN name_key'))


def _references_to(conn: sa.Connection, target: str) -> list[tuple[str, str]]:
    """Every (table, column) with a foreign key to `target`'s id."""
    inspector = sa.inspect(conn)
    found: list[tuple[str, str]] = []
    for table in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(table):
            if fk["referred_table"] == target:
                found.extend((table, column) for column in fk["constrained_columns"])
    return found


def _merge_organisations(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT id, name, industry, address, notes, hosting_paused FROM organisations "
            "ORDER BY id"
        )
    ).all()
    by_key: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_key[name_key(row.name)].append(row)
    references = _references_to(conn, "organisations")
    for key, same in by_key.items():
        kept, later = same[0], same[1:]
        values = {
            "id": kept.id,
            "key": key,
            "industry": kept.industry,
            "address": kept.address,
            "notes": kept.notes,
            "paused": bool(kept.hosting_paused),
        }
        for other in later:
            for table, column in references:
                conn.execute(
                    sa.text(f'UPDATE "{table}" SET "{column}" = :kept WHERE "{column}" = :other'),
                    {"kept": kept.id, "other": other.id},
                )
            _take_over(values, other)
            conn.execute(sa.text("DELETE FROM organisations WHERE id = :id"), {"id": other.id})
        conn.execute(
            sa.text(
                "UPDATE organisations SET name_key = :key, industry = :industry, "
                "address = :address, notes = :notes, hosting_paused = :paused WHERE id = :id"
            ),
            values,
        )


def _take_over(values: dict[str, Any], other: Any) -> None:
    """What a merged duplicate knew: an empty field filled, a differing one kept in the notes."""
    kept_notes: list[str] = [values["notes"]] if values["notes"] else []
    for field, label in (("industry", "Industry"), ("address", "Address")):
        theirs = (getattr(other, field) or "").strip()
        if not theirs or theirs == values[field].strip():
            continue
        if not values[field].strip():
            values[field] = theirs
        else:
            kept_notes.append(f"{label} (as “{other.name}”): {theirs}")
    if other.notes and other.notes.strip() and other.notes not in values["notes"]:
        kept_notes.append(other.notes.strip())
    values["notes"] = "\n".join(kept_notes)
    values["paused"] = values["paused"] or bool(other.hosting_paused)


def _rename_groups(conn: sa.Connection) -> None:
    rows = conn.execute(sa.text("SELECT id, name FROM groups ORDER BY id")).all()
    used = {name_key(row.name) for row in rows}
    seen: set[str] = set()
    for row in rows:
        key = name_key(row.name)
        name = row.name
        if key in seen:
            number = 2
            while name_key(f"{row.name} ({number})") in used:
                number += 1
            name = f"{row.name} ({number})"
            key = name_key(name)
            used.add(key)
        seen.add(key)
        conn.execute(
            sa.text("UPDATE groups SET name = :name, name_key = :key WHERE id = :id"),
            {"name": name, "key": key, "id": row.id},
        )


def _merge_tags(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text("SELECT id, person_id, tag FROM expertise_tags ORDER BY person_id, position, id")
    ).all()
    seen: set[tuple[int, str]] = set()
    keys: list[dict[str, Any]] = []
    repeated: list[dict[str, Any]] = []
    for row in rows:
        key = name_key(row.tag)
        if (row.person_id, key) in seen:
            repeated.append({"id": row.id})
            continue
        seen.add((row.person_id, key))
        keys.append({"key": key, "id": row.id})
    # executemany: an association's database holds hundreds of thousands of tags.
    if repeated:
        conn.execute(sa.text("DELETE FROM expertise_tags WHERE id = :id"), repeated)
    if keys:
        conn.execute(sa.text("UPDATE expertise_tags SET name_key = :key WHERE id = :id"), keys)
