"""erasure (a withdrawal or retention run that destroyed words or identities) and export_record

Revision ID: 0005_erasure
Revises: 0007_advocacy
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_erasure"
down_revision = "0007_advocacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("scope", sa.String(20), nullable=False),
        sa.Column("erased_on", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(64), nullable=False),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    op.create_index(op.f("ix_erasure_participant_id"), "erasure", ["participant_id"], unique=False)
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("made_at", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_record")),
    )


def downgrade() -> None:
    op.drop_table("export_record")
    op.drop_index(op.f("ix_erasure_participant_id"), table_name="erasure")
    op.drop_table("erasure")
