"""revoked_key: the signing keys the centre took off its roster (a laptop lost or stolen)

Revision ID: 0013_revoked_keys
Revises: 0012_sorani_vowels_search

A device on the roster could not be taken off it: the bundles signed by a stolen laptop's key were
still applied. A revoked key is kept here (the device's id, the key, when): its bundles are refused
from then on, whatever device they name. Local to the centre: no row a bundle or team update
carries changes (``migrate.LOCAL_ONLY_REVISIONS``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_revoked_keys"
down_revision = "0012_sorani_vowels_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revoked_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revoked_key")),
        sa.UniqueConstraint("public_key", name=op.f("uq_revoked_key_public_key")),
    )


def downgrade() -> None:
    op.drop_table("revoked_key")
