"""The group's coordinators, and a talk's minutes note apart from its agenda note.

- `coordinators`: who runs a group (name, e-mail, phone, the signature under the e-mails), at
  most two per group; the one at position 0 is the sender of the group's e-mails, position 1 a
  co-coordinator. Deleting a group deletes its coordinators.
- `agenda_items.minutes_notes`: what was noted under a talk in the minutes. Until now the
  minutes and the agenda shared `notes`, so a note typed in the minutes was printed on the
  agenda. Existing notes were typed in the agenda and stay agenda notes; the minutes notes start
  empty. The sharing level `notes_confidentiality` (0002) belongs to the minutes note from now on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "coordinators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_coordinators_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinators")),
        sa.UniqueConstraint("group_id", "position", name=op.f("uq_coordinators_group_id")),
    )
    # A plain ADD COLUMN: batch mode would copy the table and drop the old one.
    op.add_column(
        "agenda_items",
        sa.Column("minutes_notes", sa.Text(), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.execute(sa.text('ALTER TABLE "agenda_items" DROP COLUMN minutes_notes'))
    op.drop_table("coordinators")
