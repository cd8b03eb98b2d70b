"""A withdrawal of quotes typed in late: the participant withdrew on 1 March (by phone), took part in
a session on 10 June and agreed to be quoted there, and the March withdrawal is only typed in after.
It marked every consent record, the June one too ("withdrawn on 1 March", before it was given), and
the June words became unquotable. Now a withdrawal of quotes takes back only the consent given at
sessions on or before its date; erasing everything still takes every record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import consent, consent_rules, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, ConsentRecord, Session
from tests.consent_helpers import all_yes, focus_group, template_texts


@pytest.fixture
def consented_twice(store: Store) -> tuple[str, str, str]:
    """(participant, January session, June session): consent to everything given at both."""
    consent.publish_version(store, "session-consent", template_texts())
    january = focus_group(store, 1, language="ar")
    june = focus_group(store, 0, language="ar", title="الجلسة الثانية")
    pid = january.participants[0]
    with store.transaction() as s:
        s.get_one(Session, january.session_id).date = dt.date(2026, 1, 15)
        s.get_one(Session, june.session_id).date = dt.date(2026, 6, 10)
        s.add(Attendance(session_id=june.session_id, participant_id=pid, role="citizen", seat=1))
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    for session_id in (january.session_id, june.session_id):
        consent.record_consent(store, pid, session_id, tid, all_yes(tid, store), "paper", facilitator="F1")
    return pid, january.session_id, june.session_id


def withdrawn_on(store: Store, pid: str) -> dict[str | None, str | None]:
    with store.session() as s:
        return {sid: when for sid, when in s.execute(select(ConsentRecord.session_id, ConsentRecord.withdrawn_at)
                              .where(ConsentRecord.participant_id == pid))}


def test_a_late_typed_withdrawal_of_quotes_keeps_the_later_consent(
        store: Store, consented_twice: tuple[str, str, str]) -> None:
    pid, january, june = consented_twice
    result = withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-03-01")
    assert result.records == 1
    assert withdrawn_on(store, pid) == {january: "2026-03-01", june: None}
    with store.session() as s:
        assert not consent_rules.may_quote(s, pid, january)
        assert consent_rules.may_quote(s, pid, june)
    # Withdrawn again after June: the June consent is taken back in its turn, March keeps its date.
    again = withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-07-01")
    assert again.records == 1
    assert withdrawn_on(store, pid) == {january: "2026-03-01", june: "2026-07-01"}


def test_a_withdrawal_on_the_day_of_the_later_session_takes_both(
        store: Store, consented_twice: tuple[str, str, str]) -> None:
    pid, january, june = consented_twice
    withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-06-10")
    assert withdrawn_on(store, pid) == {january: "2026-06-10", june: "2026-06-10"}


def test_erasing_everything_takes_every_record_whatever_its_session(
        store: Store, consented_twice: tuple[str, str, str]) -> None:
    pid, january, june = consented_twice
    withdrawal.withdraw_participant(store, participant_id=pid, scope="all", on="2026-03-01")
    assert withdrawn_on(store, pid) == {january: "2026-03-01", june: "2026-03-01"}
