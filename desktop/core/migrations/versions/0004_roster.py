"""The roster: device.role, and bundles held until a coordinator approves their device

Revision ID: 0004_roster
Revises: 0005_erasure

Devices already in the device table were accepted on first sight before this revision; they stay on
the roster as field devices. A centre's own device is its first coordinator.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_roster"
down_revision = "0005_erasure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=False, server_default="field"))
    op.execute(
        "UPDATE device SET role = 'coordinator' WHERE is_self = 1 AND EXISTS (SELECT 1 FROM team WHERE is_central = 1)"
    )
    op.create_table(
        "held_bundle",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("archive", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_bundle")),
        sa.UniqueConstraint("bundle_hash", name=op.f("uq_held_bundle_bundle_hash")),
    )
    with op.batch_alter_table("held_bundle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_held_bundle_device_id"), ["device_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("held_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_bundle_device_id"))
    op.drop_table("held_bundle")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_column("role")
