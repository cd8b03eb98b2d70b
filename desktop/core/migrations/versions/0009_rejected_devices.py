"""rejected_device: the signing keys a coordinator rejected, so their bundles are not held again

Revision ID: 0009_rejected_devices
Revises: 0008_held_chunks

Rejecting a waiting device discarded its bundles and nothing else: the same bundle, or the device's
next one, imported again went back on the waiting list as if it had never been rejected. Only what
identifies the device is kept (its id, its public key, the waiting number the coordinator rejected
and when): no name, nothing it sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_rejected_devices"
down_revision = "0008_held_chunks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rejected_device",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("rejected_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_device")),
        sa.UniqueConstraint("public_key", name=op.f("uq_rejected_device_public_key")),
    )


def downgrade() -> None:
    op.drop_table("rejected_device")
