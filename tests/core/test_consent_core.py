"""Consent service and rules on a real encrypted database: templates, recording, withdrawal, checks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import ChangeLog, CodedSegment, ConsentRecord, Participant
from tests.consent_helpers import add_turn, all_yes, focus_group, template_texts, tiny_png


def _v1(store: Store) -> dict[str, str]:
    consent.publish_version(store, "session-consent", template_texts())
    with store.session() as s:
        return {t.language: t.id for t in consent.templates(s, "session-consent")}


def test_publish_and_pick_template_by_language(store: Store) -> None:
    ids = _v1(store)
    with store.session() as s:
        assert set(ids) == {"ar", "ckb", "en"}
        tpl = consent.template_for(s, "session-consent", "ckb")
        assert tpl is not None and tpl.language == "ckb" and tpl.version == 1
        assert [c.clause_key for c in consent.clauses(s, tpl.id)][:2] == ["participate", "audio"]
    assert consent.publish_version(store, "session-consent", {"ar": template_texts()["ar"]}) == 2
    with store.session() as s:
        assert consent.template_for(s, "session-consent", "ar").version == 2
        # no ckb text for v2 yet: Kurdish participants keep the newest Kurdish form
        assert consent.template_for(s, "session-consent", "ckb").version == 1
        assert len(consent.templates(s, "session-consent")) == 4  # v1 stays


def test_publish_refuses_bad_templates(store: Store) -> None:
    bad = consent.TemplateText("t", "b", "m", [consent.ClauseSpec("audio", "x")])
    with pytest.raises(consent.ConsentInvalid) as err:
        consent.publish_version(store, "k", {"en": bad})
    assert err.value.code == "participate_clause_missing"
    dup = consent.TemplateText("t", "b", "m", [consent.ClauseSpec("participate", "x")] * 2)
    with pytest.raises(consent.ConsentInvalid) as err:
        consent.publish_version(store, "k", {"en": dup})
    assert err.value.code == "duplicate_clause"


def test_record_validation_codes(store: Store) -> None:
    ids = _v1(store)
    fg = focus_group(store)
    pid, sid, tid = fg.participants[0], fg.session_id, ids["ar"]
    yes = all_yes(tid, store)

    def code(**kw: object) -> str:
        args: dict[str, object] = {"facilitator": "F1"} | kw
        with pytest.raises(consent.ConsentInvalid) as err:
            consent.record_consent(store, pid, sid, tid, args.pop("answers", yes), args.pop("method"), **args)  # type: ignore[arg-type]
        return err.value.code

    assert code(method="on_screen") == "empty_signature"
    assert code(method="on_screen", signature_png=b"") == "empty_signature"
    assert code(method="verbal_witness") == "witness_required"
    assert code(method="thumbprint_witness", witness="   ") == "witness_required"
    assert code(method="paper", answers={"participate": True}) == "unanswered_clause"
    assert code(method="paper", facilitator="") == "facilitator_required"
    assert code(method="smoke") == "unknown_method"
    with store.session() as s:
        assert s.scalars(select(ConsentRecord)).all() == []

    consent.record_consent(store, pid, sid, tid, yes, "on_screen", signature_png=tiny_png(), facilitator="F1")
    consent.record_consent(store, fg.participants[1], sid, tid, yes, "paper", paper_scan=tiny_png(),
                           facilitator="F1")
    consent.record_consent(store, fg.participants[2], sid, tid, yes, "thumbprint_witness",
                           witness="W. Impartial", facilitator="F1")
    with store.session() as s:
        rows = consent.register(s, session_id=sid)
    assert [r.method for r in rows] == ["on_screen", "paper", "thumbprint_witness"]
    assert rows[2].witness == "W. Impartial" and rows[0].version == 1
    assert "+" in rows[0].recorded_at or "-" in rows[0].recorded_at[10:]  # ISO with offset


def test_consent_problems_missing_and_refused(store: Store) -> None:
    ids = _v1(store)
    fg = focus_group(store)
    tid = ids["ar"]
    consent.record_consent(store, fg.participants[0], fg.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    consent.record_consent(store, fg.participants[1], fg.session_id, tid,
                           all_yes(tid, store, participate=False), "verbal_witness", witness="W",
                           facilitator="F1")
    with store.session() as s:
        assert consent.consent_problems(s, fg.session_id) == [
            (fg.codes[1], "refused"), (fg.codes[2], "missing")]
        assert not consent_rules.can_speak(s, fg.participants[1], fg.session_id)
        assert consent_rules.can_speak(s, fg.participants[0], fg.session_id)


def test_new_version_flags_reconsent_and_recording_it_clears(store: Store) -> None:
    ids = _v1(store)
    fg = focus_group(store)
    tid = ids["ar"]
    consent.record_consent(store, fg.participants[0], fg.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    consent.publish_version(store, "session-consent", template_texts())
    with store.session() as s:
        flags = {p.id: p.reconsent_needed for p in s.scalars(select(Participant))}
        v2 = consent.template_for(s, "session-consent", "ar")
    assert flags[fg.participants[0]] is True
    assert flags[fg.participants[1]] is False  # never consented: nothing to redo
    assert v2 is not None and v2.version == 2
    consent.record_consent(store, fg.participants[0], fg.session_id, v2.id, all_yes(v2.id, store), "paper",
                           facilitator="F1")
    with store.session() as s:
        assert s.get(Participant, fg.participants[0]).reconsent_needed is False


def test_withdrawal_redacts_and_travels_without_content(store: Store) -> None:
    ids = _v1(store)
    fg = focus_group(store)
    tid = ids["ar"]
    pid, sid = fg.participants[0], fg.session_id
    rid = consent.record_consent(store, pid, sid, tid, all_yes(tid, store), "paper", facilitator="F1")
    turn = add_turn(store, sid, pid, "كلام المشارك الأول", 1)
    with store.transaction() as s:
        s.add(CodedSegment(code_id="c", doc_table="transcript_turn", doc_id=turn, start=0, end=4, quote="كلام"))
    with store.session() as s:
        seg = s.scalars(select(CodedSegment)).one()
        assert consent_rules.segment_quote(s, seg) == "كلام"
    consent.withdraw(store, rid, dt.date(2023, 2, 1), "quotes")
    with store.session() as s:
        p = consent_rules.policy(s, pid, sid)
        assert p.can_speak and not p.may_quote and not p.redacted
        assert consent_rules.segment_quote(s, s.scalars(select(CodedSegment)).one()) is None
    consent.withdraw(store, rid, dt.date(2023, 2, 2), "all")
    with store.session() as s:
        p = consent_rules.policy(s, pid, sid)
        assert p.redacted and not p.can_speak
        assert consent_rules.visible_text(s, pid, sid, "كلام المشارك الأول") == consent_rules.REDACTED
        assert consent_rules.PolicyCache(s).get(pid, sid).redacted
        change = s.scalars(select(ChangeLog).where(ChangeLog.row_id == rid).order_by(ChangeLog.seq)).all()[-1]
        assert change.op == "update"
        assert set(change.data) == {"withdrawn_at", "withdrawal_scope"}
        assert consent.consent_problems(s, sid) == [(fg.codes[1], "missing"), (fg.codes[2], "missing")]
    with pytest.raises(consent.ConsentInvalid):
        consent.withdraw(store, rid, "tomorrow", "all")


def test_enforcement_guards(store: Store) -> None:
    ids = _v1(store)
    fg = focus_group(store)
    tid = ids["ar"]
    consent.record_consent(store, fg.participants[0], fg.session_id, tid,
                           all_yes(tid, store, audio=False), "paper", facilitator="F1")
    with store.session() as s:
        consent_rules.require_speech(s, fg.participants[0], fg.session_id)
        consent_rules.require_speech(s, None, fg.session_id)  # the facilitator
        with pytest.raises(consent_rules.ConsentRequired) as err:
            consent_rules.require_speech(s, fg.participants[1], fg.session_id)
        assert err.value.code == "no_consent"
        with pytest.raises(consent_rules.ConsentRequired) as err:
            consent_rules.require_audio(s, [None, fg.participants[0]], fg.session_id)
        assert err.value.code == "no_audio_consent"


def test_missing_templates_reported(store: Store) -> None:
    fg = focus_group(store)
    with store.transaction(replicating=True) as s:  # as a bundle would bring it
        s.add(ConsentRecord(participant_id=fg.participants[0], session_id=fg.session_id,
                            template_id="0190aaaa-0000-7000-8000-000000000001", answers={"participate": True},
                            method="paper", recorded_at="2023-01-15T10:00:00+03:00"))
    with store.session() as s:
        assert consent.missing_templates(s) == ["0190aaaa-0000-7000-8000-000000000001"]
        row = consent.register(s)[0]
        assert row.template_missing and row.pseudonym == fg.codes[0]


def test_finalise_is_blocked_with_the_list(store: Store) -> None:
    from desktop.core import sessions

    ids = _v1(store)
    fg = focus_group(store, 2)
    with store.transaction() as s:
        from desktop.core.models import Session

        row = s.get(Session, fg.session_id)
        assert row is not None
        row.start_time, row.end_time = "10:00", "12:00"
    consent.record_consent(store, fg.participants[0], fg.session_id, ids["ar"],
                           all_yes(ids["ar"], store, participate=False), "paper", facilitator="F1")
    with pytest.raises(sessions.FinaliseBlocked) as err:
        sessions.finalise(store, fg.session_id, "F1", today=dt.date(2024, 1, 1))
    assert [(p.field, p.code) for p in err.value.problems] == [
        (fg.codes[0], "consent_refused"), (fg.codes[1], "consent_missing")]
    consent.record_consent(store, fg.participants[0], fg.session_id, ids["ar"], all_yes(ids["ar"], store),
                           "paper", facilitator="F1")
    consent.record_consent(store, fg.participants[1], fg.session_id, ids["ar"], all_yes(ids["ar"], store),
                           "paper", facilitator="F1")
    sessions.finalise(store, fg.session_id, "F1", today=dt.date(2024, 1, 1))
