"""A session's number (BSR-FG01) when its governorate is chosen after it was made.

The Sessions page makes a new focus group with no governorate; the number was given then, among the
sessions with no governorate (1, when every earlier one had its governorate chosen since). Once Basra was
chosen it stayed 1: beside the demo's (or an earlier) BSR-FG01, the new session was BSR-FG01 too. Its
people were BSR-FG01-P08, P09, P10 (P01..P07 taken by the other session's), seated 8, 9 and 10, and
Ctrl+1, 2, 3 in the transcript gave speech to nobody. The number is now checked when the first pseudonym
is made from it: taken by another session of that governorate and kind, the next free one is used; a
number some pseudonym was made from already is never changed.
"""

from __future__ import annotations

from desktop.core import participants, sessions
from desktop.core.db import Store
from desktop.core.models import Session


def _new_in(store: Store, governorate: str) -> str:
    """As the Sessions page makes it (no governorate), then the governorate chosen on its Details tab."""
    sid = sessions.create_session(store, "focus_group", language="ckb")
    sessions.update_session(store, sid, {"governorate": governorate})
    return sid


def _seat(store: Store, sid: str) -> tuple[int, str]:
    with store.transaction() as s:
        added = participants.seat_new_person(s, sid)
    return added.seat, added.code


def test_two_focus_groups_made_before_their_governorate_was_chosen(store: Store) -> None:
    first, second = _new_in(store, "basra"), _new_in(store, "basra")
    assert _seat(store, first) == (1, "BSR-FG01-P01")
    assert [_seat(store, second) for _ in range(3)] == [(1, "BSR-FG02-P01"), (2, "BSR-FG02-P02"),
                                                        (3, "BSR-FG02-P03")]
    with store.session() as s:
        assert s.get(Session, second).number == 2  # the session's own code follows (its PDF: BSR-FG02)


def test_a_number_pseudonyms_were_made_from_stays(store: Store) -> None:
    first = _new_in(store, "basra")
    other = sessions.create_session(store, "focus_group", language="ckb")
    sessions.update_session(store, other, {"governorate": "maysan"})
    assert _seat(store, first) == (1, "BSR-FG01-P01")
    assert _seat(store, other) == (1, "MYS-FG01-P01")  # number 1 is free in Maysan: kept
    with store.transaction() as s:  # another laptop's BSR-FG01 arrives in a bundle
        s.add(Session(kind="focus_group", title="FG", governorate="basra", number=1, language="ar"))
    assert _seat(store, first) == (2, "BSR-FG01-P02")  # its paper forms say BSR-FG01: it stays
