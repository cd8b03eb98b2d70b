"""change_log: its time stamps indexed per device, not in one time order over all devices

Revision ID: 0014_change_log_device_hlc
Revises: 0013_revoked_keys

An import writes one laptop's changes at a time; in one index over every stamp the laptops' days lie
interleaved, so each bundle dirtied index pages all over it (written again at each commit). Indexed
by (device, stamp), a bundle's stamps follow one another at the end of its device's part. What asks
for stamps in time order reads each device's part (``desktop/core/log_stamps.py``). An index only:
no row changes, nothing a bundle carries (``migrate.LOCAL_ONLY_REVISIONS``).
"""

from __future__ import annotations

from alembic import op

revision = "0014_change_log_device_hlc"
down_revision = "0013_revoked_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_change_log_hlc", table_name="change_log")
    op.create_index("ix_change_log_device_hlc", "change_log", ["device_id", "hlc"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_log_device_hlc", table_name="change_log")
    op.create_index("ix_change_log_hlc", "change_log", ["hlc"], unique=False)
