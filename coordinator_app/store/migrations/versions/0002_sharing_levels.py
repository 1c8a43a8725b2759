"""A sharing level for every free text in the minutes, not only the round table.

Attendance notes, talk notes (the agenda's notes as the minutes show them), decisions, action
items, theme proposals and speaker proposals get the round table's three levels. Existing rows
get the default of their kind through the server default: attendance notes, talk notes and
speaker proposals "group only", decisions and action items "shareable", theme proposals
"anonymous".

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 18:00:21.165883
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

#: (table, column, level of existing and new rows), in the order they are added.
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("attendance", "note_confidentiality", "group"),
    ("agenda_items", "notes_confidentiality", "group"),
    ("decisions", "confidentiality", "shareable"),
    ("action_items", "confidentiality", "shareable"),
    ("theme_proposals", "confidentiality", "anonymous"),
    ("speaker_proposals", "confidentiality", "group"),
)


def _level() -> sa.Enum:
    return sa.Enum(
        "group",
        "anonymous",
        "shareable",
        name="confidentiality",
        native_enum=False,
        create_constraint=True,
        length=20,
    )


def upgrade() -> None:
    for table, column, default in _COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, _level(), server_default=default, nullable=False))


def downgrade() -> None:
    for table, column, _default in reversed(_COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
