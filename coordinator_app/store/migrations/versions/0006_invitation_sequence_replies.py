"""Invitations members answer from their calendar: their own SEQUENCE, and the replies' versions.

- `meetings.invitation_sequence`: the SEQUENCE of the meeting's invitations (iTIP, RFC 5546).
  It rises by one for a change of the date, the times, the place or the status, and for nothing
  else: an attendee's calendar asks for a new answer whenever it rises. The year plan's
  `ical_sequence` keeps rising with every change. No invitation went out before this revision,
  so every meeting starts at 0.
- `signups.reply_sequence`, `signups.reply_stamp`: the SEQUENCE and DTSTAMP of the calendar
  reply a sign-up was last set from (NULL: typed in by the coordinator), so that an older reply
  imported later never overrides a newer one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: batch mode would copy the tables (and their search triggers).
    op.add_column(
        "meetings",
        sa.Column("invitation_sequence", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("signups", sa.Column("reply_sequence", sa.Integer(), nullable=True))
    op.add_column("signups", sa.Column("reply_stamp", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.execute(sa.text('ALTER TABLE "signups" DROP COLUMN reply_stamp'))
    op.execute(sa.text('ALTER TABLE "signups" DROP COLUMN reply_sequence'))
    op.execute(sa.text('ALTER TABLE "meetings" DROP COLUMN invitation_sequence'))
