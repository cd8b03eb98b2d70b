"""Core services of focus groups: pseudonyms, demographics, turns and consent enforcement."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import participants, transcripts
from desktop.core.consent_rules import REDACTED
from desktop.core.db import Store, open_store
from desktop.core.errors import ValidationError
from desktop.core.models import ChangeLog, ConsentRecord, ConsentTemplate, Session, TranscriptTurn


def make_focus_group(store: Store, governorate: str = "basra", number: int = 3) -> str:
    with store.transaction() as s:
        session = Session(kind="focus_group", title="FG", governorate=governorate, number=number,
                          date=dt.date(2026, 11, 26), language="ar")
        s.add(session)
        s.flush()
        return session.id


def give_consent(store: Store, participant_id: str, session_id: str, *, withdrawn: str | None = None) -> None:
    with store.transaction() as s:
        tpl = ConsentTemplate(template_key="t", title="t")
        s.add(tpl)
        s.flush()
        s.add(ConsentRecord(participant_id=participant_id, session_id=session_id, template_id=tpl.id,
                            answers={"participate": True, "quote": True}, method="paper",
                            recorded_at="2026-11-26T10:00:00+03:00",
                            withdrawn_at="2026-11-27T10:00:00+03:00" if withdrawn else None,
                            withdrawal_scope=withdrawn))


def test_pseudonyms_follow_governorate_number_and_seat(store: Store) -> None:
    sid = make_focus_group(store)
    with store.transaction() as s:
        a = participants.add_to_session(s, sid, gender="female", age_band="25-34", setting="urban",
                                        occupation="معلمة", district="الزبير",
                                        attributes={"displaced": "yes"})
        b = participants.add_to_session(s, sid, gender="male")
        assert (a.code, b.code) == ("BSR-FG03-P01", "BSR-FG03-P02")
        assert a.governorate == "basra"
    with store.session() as s:
        rows = participants.session_participants(s, sid)
    assert [(r.seat, r.code) for r in rows] == [(1, "BSR-FG03-P01"), (2, "BSR-FG03-P02")]
    assert rows[0].attributes == {"displaced": "yes"}
    assert rows[0].consent == "none" and not rows[0].can_speak


def test_session_number_assigned_when_missing(store: Store) -> None:
    make_focus_group(store, "erbil", 4)
    sid = make_focus_group(store, "erbil", 0)
    with store.transaction() as s:
        p = participants.add_to_session(s, sid)
    assert p.code == "EBL-FG05-P01"


def test_duplicate_pseudonym_refused_with_field(store: Store) -> None:
    sid = make_focus_group(store)
    with store.transaction() as s:
        participants.add_to_session(s, sid)
        second = participants.add_to_session(s, sid)
    with pytest.raises(participants.DuplicatePseudonym) as info, store.transaction() as s:
        participants.update(s, second.id, code="BSR-FG03-P01")
    assert info.value.details["field"] == "code"
    assert isinstance(info.value, ValidationError)
    with pytest.raises(participants.DuplicatePseudonym), store.transaction() as s:
        participants.add_to_session(s, sid, code="BSR-FG03-P02")
    with pytest.raises(ValidationError) as bad, store.transaction() as s:
        participants.update(s, second.id, gender="robot")
    assert bad.value.details["field"] == "gender"


def test_turn_order_insert_between_and_tombstone(store: Store) -> None:
    sid = make_focus_group(store)
    with store.transaction() as s:
        t1 = transcripts.add_turn(s, sid, None, "أهلاً بكم\r\n")
        t3 = transcripts.add_turn(s, sid, None, "سێیەم")
        t2 = transcripts.add_turn(s, sid, None, "ثانياً", after_id=t1.id)
        t0 = transcripts.add_turn(s, sid, None, "zero", at_end=False)
        transcripts.set_timestamp(s, t2.id, "0:05:10")
    with store.transaction() as s:
        transcripts.delete_turn(s, t0.id)
    with store.session() as s:
        view = transcripts.load(s, sid)
        assert [v.id for v in view] == [t1.id, t2.id, t3.id]
        assert view[0].text == "أهلاً بكم\n"
        assert view[1].timestamp == "0:05:10"
        assert s.get(TranscriptTurn, t0.id).deleted  # tombstone, not a hard delete
        assert s.query(ChangeLog).filter_by(row_id=t0.id, op="delete").count() == 1


def test_renumber_when_positions_get_too_close(store: Store) -> None:
    sid = make_focus_group(store)
    with store.transaction() as s:
        first = transcripts.add_turn(s, sid, None, "a")
        transcripts.add_turn(s, sid, None, "z")
        for i in range(60):  # halving the same gap 60 times runs out of float precision
            transcripts.add_turn(s, sid, None, f"b{i}", after_id=first.id)
    with store.session() as s:
        view = transcripts.load(s, sid)
    assert [v.text for v in view] == ["a", *[f"b{i}" for i in reversed(range(60))], "z"]


def test_consent_enforced_on_every_speaker_assignment(store: Store) -> None:
    sid = make_focus_group(store)
    with store.transaction() as s:
        ok = participants.add_to_session(s, sid).id
        silent = participants.add_to_session(s, sid).id
    give_consent(store, ok, sid)
    with store.transaction() as s:
        turn = transcripts.add_turn(s, sid, ok, "نعم")
        transcripts.set_speaker(s, turn.id, None)  # the facilitator always can
        transcripts.set_speaker(s, turn.id, ok)
        tid = turn.id
    with pytest.raises(transcripts.NoConsent) as info, store.transaction() as s:
        transcripts.set_speaker(s, tid, silent)
    assert info.value.code == "no_consent"
    with pytest.raises(transcripts.NoConsent), store.transaction() as s:
        transcripts.add_turn(s, sid, silent, "x")
    with store.session() as s:
        assert s.get(TranscriptTurn, tid).participant_id == ok


def test_withdrawn_speech_is_redacted_and_not_editable(store: Store, db_path, passphrase) -> None:  # type: ignore[no-untyped-def]
    sid = make_focus_group(store)
    with store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    give_consent(store, pid, sid)
    with store.transaction() as s:
        tid = transcripts.add_turn(s, sid, pid, "کاتێک دەنگم دا").id
    give_consent(store, pid, sid, withdrawn="all")
    with store.session() as s:
        (view,) = transcripts.load(s, sid)
    assert view.redacted and view.text == REDACTED and view.speaker_code == "BSR-FG03-P01"
    with pytest.raises(transcripts.RedactedTurn), store.transaction() as s:
        transcripts.set_text(s, tid, REDACTED)
    store.close()
    reopened = open_store(db_path, passphrase)
    with reopened.session() as s:
        assert s.get(TranscriptTurn, tid).text == "کاتێک دەنگم دا"  # the words are kept, only hidden
    reopened.close()


def test_participant_search_never_matches_real_names(store: Store) -> None:
    sid = make_focus_group(store)
    other = make_focus_group(store, "erbil", 1)
    with store.transaction() as s:
        p = participants.add_to_session(s, sid, occupation="farmer")
        p.real_name = "Secret Name"
        participants.add_to_session(s, other, occupation="teacher")
    with store.session() as s:
        assert participants.search_ids(s, "Secret") == []
        assert participants.search_ids(s, "farm") == [p.id]
        assert len(participants.search_ids(s, "", "erbil")) == 1
        rows = participants.load_rows(s, [p.id])
    assert rows[p.id].code == "BSR-FG03-P01" and rows[p.id].consent == "none"
