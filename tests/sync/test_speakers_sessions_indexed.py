"""The sessions in which an import's speakers (participants whose pseudonym or consent arrived) have a
turn are found through the turns' speaker index (revision 0015), a seek per speaker: it read every turn
of the centre's database once per import run, a cost that grew with each day the centre kept."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, text

from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.core.models import TranscriptTurn
from desktop.sync.rows import CHUNK
from desktop.sync.touched_sessions import sessions_of_speakers

HLC = "1760000000000:00000:" + "0" * 36


def turns(store: Store) -> tuple[list[str], list[str]]:
    """Three sessions; more speakers than one statement asks for, each speaking in one or two of them,
    and the facilitator (no participant) in all: (speakers, sessions)."""
    sessions = [new_id() for _ in range(3)]
    speakers = [new_id() for _ in range(CHUNK + 20)]
    rows: list[dict[str, Any]] = []
    for n, person in enumerate(speakers):
        for session in {sessions[n % 3], sessions[(n * n) % 3]}:
            rows.append({"participant_id": person, "session_id": session})
    rows += [{"participant_id": None, "session_id": session} for session in sessions]
    with store.engine.begin() as conn:
        conn.execute(insert(TranscriptTurn), [
            {**row, "id": new_id(), "position": float(n), "text": "نريد قانوناً عادلاً.", "timestamp": "",
             "created_at": HLC, "updated_at": HLC, "origin_device": "dev", "deleted": False, "versions": {}}
            for n, row in enumerate(rows)])
    return speakers, sessions


def test_the_sessions_of_speakers_are_found_without_reading_every_turn(store: Store) -> None:
    speakers, _ = turns(store)
    asked = [*speakers[::2], new_id()]  # half of them, and one who never spoke
    statements: list[tuple[str, Any]] = []

    def heard(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        statements.append((statement, parameters))

    with store.engine.connect() as conn:
        event.listen(conn, "before_cursor_execute", heard)
        found = sessions_of_speakers(conn, asked)
        event.remove(conn, "before_cursor_execute", heard)
        expected: dict[str, set[str]] = {}
        for person, session in conn.execute(text(
                "SELECT participant_id, session_id FROM transcript_turn WHERE participant_id IS NOT NULL")):
            if person in asked:
                expected.setdefault(person, set()).add(session)
        assert found == expected and len(found) == len(asked) - 1
        assert statements
        for statement, parameters in statements:
            steps = [str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert not [s for s in steps if s.startswith("SCAN transcript_turn")], steps
            assert any("ix_transcript_turn_speaker" in s for s in steps), steps


def test_no_speakers_ask_nothing(store: Store) -> None:
    turns(store)
    with store.engine.connect() as conn:
        assert sessions_of_speakers(conn, []) == {}
