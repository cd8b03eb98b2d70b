"""A held bundle's archive in pieces (held_bundle_chunk) instead of one held_bundle.archive value

Revision ID: 0008_held_chunks
Revises: 0004_roster

One value of a few hundred megabytes was bound and fetched in one call, holding Python's interpreter
lock throughout and freezing the coordinator's window (``desktop/sync/held_archive.py``). Bundles
already held move into pieces, one bundle at a time, and the column goes (SQLite's own DROP COLUMN:
the table is not rebuilt). The downgrade joins the pieces back into the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_held_chunks"
down_revision = "0004_roster"
branch_labels = None
depends_on = None

# Fixed here (a migration must not change with the code): readers join whatever pieces there are.
_CHUNK_BYTES = 1 << 20


def upgrade() -> None:
    op.create_table(
        "held_bundle_chunk",
        sa.Column("held_bundle_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("held_bundle_id", "number", name=op.f("pk_held_bundle_chunk")),
    )
    conn = op.get_bind()
    # One bundle at a time, read whole (a migration runs once, behind the unlock screen); cut in SQL
    # with substr() it would read the whole value again for every piece.
    for (held_id,) in conn.execute(sa.text("SELECT id FROM held_bundle ORDER BY id")).all():
        archive = conn.execute(sa.text("SELECT archive FROM held_bundle WHERE id = :id"), {"id": held_id}).scalar_one()
        view = memoryview(bytes(archive))
        for number, start in enumerate(range(0, max(len(view), 1), _CHUNK_BYTES)):
            conn.execute(
                sa.text("INSERT INTO held_bundle_chunk (held_bundle_id, number, content) VALUES (:id, :n, :c)"),
                {"id": held_id, "n": number, "c": view[start:start + _CHUNK_BYTES]},
            )
        del view, archive
    op.drop_column("held_bundle", "archive")


def downgrade() -> None:
    op.add_column("held_bundle", sa.Column("archive", sa.LargeBinary(), nullable=False, server_default=sa.text("x''")))
    conn = op.get_bind()
    for (held_id,) in conn.execute(sa.text("SELECT id FROM held_bundle ORDER BY id")).all():
        pieces = conn.execute(
            sa.text("SELECT content FROM held_bundle_chunk WHERE held_bundle_id = :id ORDER BY number"), {"id": held_id}
        ).scalars().all()
        conn.execute(sa.text("UPDATE held_bundle SET archive = :a WHERE id = :id"),
                     {"a": b"".join(bytes(p) for p in pieces), "id": held_id})
    op.drop_table("held_bundle_chunk")
    with op.batch_alter_table("held_bundle", schema=None) as batch_op:  # as 0004_roster made it: no default
        batch_op.alter_column("archive", existing_type=sa.LargeBinary(), existing_nullable=False, server_default=None)
