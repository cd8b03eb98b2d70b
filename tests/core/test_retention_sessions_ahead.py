"""Retention counts from the last session HELD: one dated ahead does not put the end of a study off.

The period ran from the latest session date in the database, whatever it was: one session dated 2286
(sent in a rostered laptop's bundle, or typed: the editors' date boxes went to 9999) and identities were
never due for removal, while the Consent page said "Identities will be erased on 1 January 2287". A
session that has not happened yet is not the last session: the period runs from the last one dated up to
today (the computer's date), and those dated after are counted (their number only), so the Consent page
and ``majlis-cli retention`` can say they were left out. Real SQLCipher store.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import retention, sessions
from desktop.core.db import Store
from desktop.core.models import Session
from tests.erasure_helpers import make_study

HELD = dt.date(2023, 1, 15)  # make_study's focus group


def _session(store: Store, day: dt.date, *, deleted: bool = False) -> str:
    sid = sessions.create_session(store, "roundtable", title="جلسة", governorate="basra", date=day)
    if deleted:
        with store.transaction() as s:
            row = s.get(Session, sid)
            assert row is not None
            row.deleted = True
    return sid


def test_a_session_dated_2286_does_not_put_the_end_of_the_study_off(store: Store) -> None:
    make_study(store)
    _session(store, dt.date(2286, 1, 1))
    retention.set_months(store, 12)
    state = retention.status(store)
    assert (state.last_session, state.due_on, state.due, state.later) == (HELD, dt.date(2024, 1, 15), True, 1)
    run = retention.apply(store)
    assert run.applied and run.erased.participants == 2  # the identities went, as the period says


def test_today_is_held_and_tomorrow_is_left_out(store: Store) -> None:
    today = dt.date.today()
    make_study(store)
    _session(store, today)
    _session(store, today + dt.timedelta(days=1))
    _session(store, dt.date(9999, 12, 31))
    _session(store, dt.date(2286, 1, 1), deleted=True)  # a deleted session is no session: not counted
    retention.set_months(store, 1)
    state = retention.status(store)
    assert (state.last_session, state.due, state.later) == (today, False, 2)
    # The day given is the day counted from: a week on, tomorrow's session is held too.
    later = retention.status(store, today + dt.timedelta(days=7))
    assert (later.last_session, later.later) == (today + dt.timedelta(days=1), 1)


def test_only_sessions_ahead_leave_no_last_session(store: Store) -> None:
    _session(store, dt.date(2286, 1, 1))
    retention.set_months(store, 12)
    state = retention.status(store)
    assert (state.last_session, state.due_on, state.due, state.later) == (None, None, False, 1)


def test_no_session_ahead_counts_none(store: Store) -> None:
    make_study(store)
    retention.set_months(store, 12)
    assert retention.status(store).later == 0
