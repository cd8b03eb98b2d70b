"""transcript_turn: an index of the turns' speakers (participant, session), the facilitator's left out

Revision ID: 0015_transcript_turn_speaker
Revises: 0014_change_log_device_hlc

An import that brings a participant's new pseudonym or consent names the sessions in which they speak
(``sync/touched_sessions.sessions_of_speakers``): that read every turn of the database, once per run,
however few the speakers, a cost that grew with every day the centre kept. Indexed by (participant,
session), only the turns of a participant (not the facilitator's, ``participant_id`` NULL), it is a
seek per speaker. An index only: no row changes, nothing a bundle carries
(``migrate.LOCAL_ONLY_REVISIONS``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_transcript_turn_speaker"
down_revision = "0014_change_log_device_hlc"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_transcript_turn_speaker", "transcript_turn", ["participant_id", "session_id"],
                    unique=False, sqlite_where=sa.text("participant_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_transcript_turn_speaker", table_name="transcript_turn")
