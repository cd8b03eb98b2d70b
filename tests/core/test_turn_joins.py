"""core/turn_joins.py on a real store: merging and splitting turns keep every coding on its words, and
undoing either puts back exactly what was there (texts, speakers, stamps, codings, order)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import codebook, coding, participants, sessions, transcripts, turn_joins
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.models import CodedSegment
from tests.ui.test_recording_fg_editor import consent_for


def _session(store: Store) -> tuple[str, str]:
    sid = sessions.create_session(store, "focus_group", title="جلسة", governorate="basra",
                                  date=dt.date(2026, 11, 20), language="ar")
    with store.transaction() as s:
        pid = participants.add_to_session(s, sid).id
    consent_for(store, pid, sid)
    return sid, pid


def _state(store: Store, sid: str) -> tuple[list[tuple[str | None, str, str]], list[tuple[str, str]]]:
    """The turns (speaker, text, stamp) in order, and each live segment's (turn text index, words)."""
    with store.session() as s:
        turns = transcripts.load(s, sid)
        order = [t.id for t in turns]
        segs = coding.segments_for(s, "transcript_turn", order)
        texts = {t.id: t.text for t in turns}
        return ([(t.participant_id, t.text, t.timestamp) for t in turns],
                sorted((str(order.index(g.doc_id)), texts[g.doc_id][g.start:g.end]) for g in segs))


def test_merge_of_a_stamp_only_turn_and_its_undo_are_exact(store: Store) -> None:
    sid, pid = _session(store)
    with store.transaction() as s:
        first = transcripts.add_turn(s, sid, None, "", timestamp="0:10:00").id
        second = transcripts.add_turn(s, sid, pid, "نعم 👍 موافق", timestamp="0:10:05").id
        transcripts.add_turn(s, sid, None, "التالي")
        code = codebook.create_code(s, name_ar="موافقة")
        coding.apply_code(s, code.id, "transcript_turn", second, "text", 6, 11, "ليلى")
    before = _state(store, sid)
    with store.transaction() as s:
        merged = turn_joins.merge_turns(s, sid, first, second)
    assert merged.gap == "" and merged.text == "نعم 👍 موافق" and merged.timestamp == "0:10:00"
    assert _state(store, sid)[1] == [("0", "موافق")]
    with store.transaction() as s:
        turn_joins.unmerge(s, sid, merged)
    assert _state(store, sid) == before


def test_a_coding_ending_on_the_space_at_the_cut_stays_and_the_split_undoes(store: Store) -> None:
    sid, pid = _session(store)
    text = "الكهرباء مقطوعة   والماء كذلك"
    with store.transaction() as s:
        turn = transcripts.add_turn(s, sid, pid, text, timestamp="0:20:00").id
        code = codebook.create_code(s, name_ar="خدمات")
        end = len("الكهرباء مقطوعة ")  # with a space after the words
        kept = coding.apply_code(s, code.id, "transcript_turn", turn, "text", 0, end, "ليلى").id
        at = text.index("والماء")
        moved = coding.apply_code(s, code.id, "transcript_turn", turn, "text", at, at + len("والماء"), "ليلى").id
    before = _state(store, sid)
    with store.transaction() as s:
        split = turn_joins.split_turn(s, sid, turn, end + 1)  # among the spaces
    assert (split.head, split.tail, split.gap) == ("الكهرباء مقطوعة", "والماء كذلك", "   ")
    assert _state(store, sid) == ([(pid, "الكهرباء مقطوعة", "0:20:00"), (pid, "والماء كذلك", "0:20:00")],
                                  [("0", "الكهرباء مقطوعة"), ("1", "والماء")])
    with store.session() as s:
        assert all(not s.get(CodedSegment, i).needs_review for i in (kept, moved))
    with store.transaction() as s:
        turn_joins.unsplit(s, sid, split)
    texts, segs = _state(store, sid)
    assert texts == before[0] and segs == [("0", "الكهرباء مقطوعة"), ("0", "والماء")]


def test_a_cut_inside_a_character_or_through_coded_words_is_refused(store: Store) -> None:
    sid, pid = _session(store)
    text = "قالَ بِّ نعم"
    with store.transaction() as s:
        turn = transcripts.add_turn(s, sid, pid, text).id
        code = codebook.create_code(s, name_ar="رأي")
        coding.apply_code(s, code.id, "transcript_turn", turn, "text", 0, 4, "ليلى")
    with pytest.raises(ValidationError), store.transaction() as s:
        turn_joins.split_turn(s, sid, turn, text.index("بِّ") + 1)  # between ب and its shadda
    with pytest.raises(turn_joins.CutThroughCoding), store.transaction() as s:
        turn_joins.split_turn(s, sid, turn, 2)
    assert _state(store, sid)[0] == [(pid, text, "")]


def test_a_session_deleted_elsewhere_refuses_a_merge_or_split_as_not_found(store: Store) -> None:
    """As save_editor refuses it: the editor says the session is gone (not "the turns were changed")."""
    sid, pid = _session(store)
    with store.transaction() as s:
        first = transcripts.add_turn(s, sid, pid, "الكهرباء مقطوعة").id
        second = transcripts.add_turn(s, sid, pid, "والماء كذلك").id
    sessions.tombstone_session(store, sid)
    with pytest.raises(sessions.SessionNotFound), store.transaction() as s:
        turn_joins.merge_turns(s, sid, first, second)
    with pytest.raises(sessions.SessionNotFound), store.transaction() as s:
        turn_joins.split_turn(s, sid, first, 3)
    with pytest.raises(sessions.SessionNotFound), store.transaction() as s:
        turn_joins.merge_turns(s, "no-such-session", first, second)
