"""reported_form: the team's form texts the laptops' bundles say they hold, kept at the centre

Revision ID: 0016_reported_forms
Revises: 0015_transcript_turn_speaker

A centre restored from a backup onto another computer had lost the form versions it published after the
backup, and with them every note of their numbers, while the laptops held them and people signed them: it
numbered its next version like a lost one. A bundle's manifest now names the team's form texts its device
holds (id, key, version, language); the centre keeps them here, in its database (so in its backups), and
numbers above them (``published_forms.lost_forms``). Local to the centre: no row a bundle or team update
carries changes (``migrate.LOCAL_ONLY_REVISIONS``), and a Majlis without it ignores the manifest's new key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_reported_forms"
down_revision = "0015_transcript_turn_speaker"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reported_form",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("template_key", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "id", name=op.f("pk_reported_form")),
    )


def downgrade() -> None:
    op.drop_table("reported_form")
