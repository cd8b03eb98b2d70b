"""erasure.kept: the participants a retention run leaves out, decided once by the device that made it

Revision ID: 0017_erasure_kept
Revises: 0016_reported_forms

A retention run (an identity erasure without a participant) erased every participant created before it,
the people invited to a focus group dated next week too. The run now carries the ids of the participants
of sessions not yet held where it was made (``retention_kept``), and every device that applies it leaves
out exactly those; a run made before (an empty list) keeps its meaning. The field travels in bundles and
team updates, so this revision is not local: a Majlis without it refuses what is written with it as
coming from a newer version (``newer_schema``), rather than erase what the run keeps.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_erasure_kept"
down_revision = "0016_reported_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kept", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("erasure", schema=None) as batch_op:
        batch_op.drop_column("kept")
