"""A withdrawal's reason is optional. One pasted as bidi marks, a stray ZWNJ or control characters is
nothing anyone can read: it is no reason, as an empty one (sessions.unlock refuses such a reason the same
way). The row's fitting already dropped the marks; the core now looks at what the row keeps, so its
length check no longer counts them (the last test fails without the change)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import withdrawal
from desktop.core.db import Store
from desktop.core.models import Erasure
from tests.erasure_helpers import make_study

INVISIBLE = "\u200f\u200e \u200c\u202b\x07\u2066"


@pytest.mark.parametrize("reason", [INVISIBLE, "", "   "])
def test_an_invisible_reason_is_stored_as_no_reason(store: Store, reason: str) -> None:
    study = make_study(store)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30", reason=reason)
    with store.session() as s:
        assert [e.reason for e in s.scalars(select(Erasure))] == [""]


def test_a_readable_reason_is_kept(store: Store) -> None:
    study = make_study(store)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30",
                                    reason="\u200fasked by phone")
    with store.session() as s:
        reasons = [e.reason for e in s.scalars(select(Erasure))]
    assert len(reasons) == 1 and "asked by phone" in reasons[0]


def test_the_length_checked_is_the_stored_one(store: Store) -> None:
    """500 readable characters and the marks pasted around them: the row keeps 500 and takes them; the
    check counted the marks and refused a reason that fits."""
    study = make_study(store)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30",
                                    reason="\u200f" + "x" * 500 + "\u200f")
    with store.session() as s:
        assert [len(e.reason) for e in s.scalars(select(Erasure))] == [500]
