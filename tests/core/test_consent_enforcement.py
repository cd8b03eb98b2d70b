"""Enforcement elsewhere in the core: no speaker turn without consent (transcripts service), do-not-quote
and withdrawal honoured by retrieval, and no recording without the audio clause."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import consent, consent_rules, retrieval, transcripts
from desktop.core.db import Store
from desktop.core.models import Code, CodedSegment
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts


def _setup(store: Store) -> tuple[FocusGroup, str]:
    consent.publish_version(store, "session-consent", template_texts())
    fg = focus_group(store, 3)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    return fg, tid


def test_no_speaker_turn_without_consent(store: Store) -> None:
    fg, tid = _setup(store)
    with pytest.raises(transcripts.NoConsent), store.transaction() as s:
        transcripts.add_turn(s, fg.session_id, fg.participants[0], "كلام")
    consent.record_consent(store, fg.participants[1], fg.session_id, tid,
                           all_yes(tid, store, participate=False), "verbal_witness", witness="W", facilitator="F1")
    with pytest.raises(transcripts.NoConsent), store.transaction() as s:
        transcripts.add_turn(s, fg.session_id, fg.participants[1], "رفض")
    consent.record_consent(store, fg.participants[0], fg.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    with store.transaction() as s:
        turn = transcripts.add_turn(s, fg.session_id, fg.participants[0], "كلام مسموح")
        assert turn.participant_id == fg.participants[0]


def test_do_not_quote_and_withdrawal_in_retrieval(store: Store) -> None:
    fg, tid = _setup(store)
    ids = {}
    for pid, quote in zip(fg.participants, (True, False, True), strict=True):
        ids[pid] = consent.record_consent(store, pid, fg.session_id, tid,
                                          all_yes(tid, store, quote=quote), "paper", facilitator="F1")
    with store.transaction() as s:
        code = Code(name_ar="ثقة", name_ckb="متمانە", name_en="Trust")
        s.add(code)
        s.flush()
        for i, pid in enumerate(fg.participants):
            turn = transcripts.add_turn(s, fg.session_id, pid, f"جملة رقم {i}")
            s.add(CodedSegment(code_id=code.id, doc_table="transcript_turn", doc_id=turn.id, start=0,
                               end=len(turn.text), quote=turn.text, coder="C1"))
    with store.session() as s:
        assert [r.speaker for r in retrieval.quotes(s)] == [fg.codes[0], fg.codes[2]]
        flagged = {r.speaker: r.do_not_quote for r in retrieval.retrieve(s)}
        assert flagged == {fg.codes[0]: False, fg.codes[1]: True, fg.codes[2]: False}
    consent.withdraw(store, ids[fg.participants[2]], dt.date(2023, 4, 1), "all")
    with store.session() as s:
        assert [r.speaker for r in retrieval.quotes(s)] == [fg.codes[0]]
        gone = [r for r in retrieval.retrieve(s) if r.speaker == fg.codes[2]][0]
        assert gone.redacted and gone.text == consent_rules.REDACTED
        views = {v.speaker_code: v.text for v in transcripts.load(s, fg.session_id)}
        assert views[fg.codes[2]] == consent_rules.REDACTED


def test_no_recording_without_audio_clause(store: Store) -> None:
    fg, tid = _setup(store)
    consent.record_consent(store, fg.participants[0], fg.session_id, tid,
                           all_yes(tid, store, audio=False), "paper", facilitator="F1")
    consent.record_consent(store, fg.participants[1], fg.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    with store.session() as s:
        consent_rules.require_audio(s, [fg.participants[1], None], fg.session_id)
        with pytest.raises(consent_rules.ConsentRequired) as err:
            consent_rules.require_audio(s, fg.participants, fg.session_id)
        assert err.value.code == "no_audio_consent"
        assert not consent_rules.policy(s, fg.participants[0], fg.session_id).audio_allowed
