"""``transcripts.add_turns``: the turns an imported text adds, written as ``add_turn`` would write them one
by one (same rows, the same refusal at the same turn), with the session read once and each speaker's
consent checked once, not per turn (a transcript of a few thousand turns spent a third of its import
on those reads). Real SQLCipher store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from desktop.core import consent_rules, participants, sessions, transcripts
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.field_text import TEXT_LIMIT
from desktop.core.models import ConsentRecord, ConsentTemplate, TranscriptTurn


def focus_group(store: Store, seats: int, consenting: int) -> tuple[str, list[str]]:
    sid = sessions.create_session(store, "focus_group", title="مجموعة البصرة", governorate="basra",
                                  date=dt.date(2026, 11, 20), start_time="10:00", language="ar")
    with store.transaction() as s:
        ids = [participants.add_to_session(s, sid).id for _ in range(seats)]
        tpl = ConsentTemplate(template_key="fg", title="form", published=True)
        s.add(tpl)
        s.flush()
        for pid in ids[:consenting]:
            s.add(ConsentRecord(participant_id=pid, session_id=sid, template_id=tpl.id,
                                answers={"participate": True, "quote": True}, method="paper",
                                recorded_at="2026-11-20T10:00:00+03:00"))
    return sid, ids


def rows(store: Store, sid: str) -> list[tuple[float, str | None, str, str]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(TranscriptTurn.position, TranscriptTurn.participant_id, TranscriptTurn.text,
                   TranscriptTurn.timestamp).where(TranscriptTurn.session_id == sid)
            .order_by(TranscriptTurn.position))]


def test_the_same_rows_as_one_by_one_with_each_speaker_checked_once(new_store, tmp_path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    together, alone = new_store(tmp_path / "together.db"), new_store(tmp_path / "alone.db")
    checked: list[str] = []
    real_can_speak = consent_rules.can_speak

    def counted(s, participant_id, session_id):  # type: ignore[no-untyped-def]
        checked.append(participant_id)
        return real_can_speak(s, participant_id, session_id)

    monkeypatch.setattr(consent_rules, "can_speak", counted)
    seen: list[list[tuple[float, int | None, str, str]]] = []  # speakers as seats: ids differ per store
    for store, one_by_one in ((together, False), (alone, True)):
        sid, ids = focus_group(store, 3, 3)
        turns = [(None if n % 4 == 0 else ids[n % 3], f"الدور {n}", f"0:{n:02d}:00") for n in range(40)]
        checked.clear()
        with store.transaction() as s:
            if one_by_one:
                for offset, (pid, text, stamp) in enumerate(turns):
                    transcripts.add_turn(s, sid, pid, text, position=7.0 + offset, timestamp=stamp)
            else:
                transcripts.add_turns(s, sid, turns, 7.0)
        if one_by_one:
            assert len(checked) == sum(1 for pid, _t, _s in turns if pid is not None)
        else:
            assert sorted(checked) == sorted(ids)  # once per speaker; the facilitator needs none
        seen.append([(pos, None if pid is None else ids.index(pid), text, stamp)
                     for pos, pid, text, stamp in rows(store, sid)])
    assert seen[0] == seen[1] == [(7.0 + n, None if n % 4 == 0 else n % 3, f"الدور {n}", f"0:{n:02d}:00")
                                  for n in range(40)]


def test_refused_at_the_same_turn_for_the_same_reason(new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = new_store(tmp_path / "fg.db")
    sid, ids = focus_group(store, 2, 1)  # the second seat has no consent
    bad_stamp = [(ids[0], "أهلاً", "0:01:00"), (ids[0], "ثانياً", "0" * 40), (ids[1], "ثالثاً", "")]
    no_consent = [(ids[0], "أهلاً", "0:01:00"), (ids[1], "ثانياً", "0:02:00"), (ids[0], "ثالثاً", "99")]
    for turns, refusal in ((bad_stamp, ValidationError), (no_consent, transcripts.NoConsent)):
        for together in (True, False):
            with pytest.raises(refusal) as raised, store.transaction() as s:
                if together:
                    transcripts.add_turns(s, sid, turns, 1.0)
                else:
                    for offset, (pid, text, stamp) in enumerate(turns):
                        transcripts.add_turn(s, sid, pid, text, position=1.0 + offset, timestamp=stamp)
            assert type(raised.value) is refusal
            assert rows(store, sid) == []  # the transaction's turns went with it


def test_a_missing_or_deleted_session_refused_alike_for_one_turn_or_many(new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = new_store(tmp_path / "fg.db")
    sid, _ids = focus_group(store, 1, 1)
    sessions.tombstone_session(store, sid)
    for session_id in (sid, "no-such-session"):
        for together in (True, False):
            with pytest.raises(ValidationError) as raised, store.transaction() as s:
                if together:
                    transcripts.add_turns(s, session_id, [(None, "أهلاً", "")], 1.0)
                else:
                    transcripts.add_turn(s, session_id, None, "أهلاً")
            assert type(raised.value) is ValidationError
            assert (str(raised.value), raised.value.details) == ("the session does not exist", {"field": "session_id"})
            assert rows(store, session_id) == []


def test_a_text_too_long_is_refused_at_its_turn_before_a_later_turns_time_stamp(new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The turns are written by one flush; a text longer than its column (refused when a row is fitted
    for the change log, at a flush) is still refused at its own turn, not after a later turn's time
    stamp, which is refused as the turn is made."""
    store = new_store(tmp_path / "fg.db")
    sid, ids = focus_group(store, 1, 1)
    turns = [(ids[0], "أهلاً", "0:01:00"), (ids[0], "ب" * (TEXT_LIMIT + 1), "0:02:00"), (ids[0], "ثالثاً", "0" * 40)]
    for together in (True, False):
        with pytest.raises(ValidationError) as raised, store.transaction() as s:
            if together:
                transcripts.add_turns(s, sid, turns, 1.0)
            else:
                for offset, (pid, text, stamp) in enumerate(turns):
                    transcripts.add_turn(s, sid, pid, text, position=1.0 + offset, timestamp=stamp)
        assert "longer than" in str(raised.value), (together, str(raised.value))
        assert rows(store, sid) == []


def test_the_turns_are_written_by_one_flush(new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each flush asks the change log for its next number, holds the file and updates the search index:
    a flush per turn was four fifths of the time of importing 1,500 turns."""
    store = new_store(tmp_path / "fg.db")
    sid, ids = focus_group(store, 1, 1)
    flushes: list[int] = []
    with store.transaction() as s:
        event.listen(s, "after_flush", lambda session, _context: flushes.append(
            sum(isinstance(row, TranscriptTurn) for row in session.new)))
        transcripts.add_turns(s, sid, [(ids[0], f"الدور {n}", "") for n in range(50)], 1.0)
    assert flushes == [50]
    assert len(rows(store, sid)) == 50
