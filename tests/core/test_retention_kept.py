"""A retention run keeps the participants of sessions not yet held: their ids go in the run, and the run is
applied by those ids alone (erasure.targets, the guard on local writes). A run without the list (made
before it existed) erases everyone created before it, as it did. Real SQLCipher stores."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import erasure, retention, retention_kept
from desktop.core.db import Store
from desktop.core.models import Erasure, Participant
from tests.erasure_helpers import make_study
from tests.sync.test_retention_run_applied_alike import PLANNED_NAME, _identity, planned_session


def test_the_run_keeps_the_invited_and_counts_them(store: Store) -> None:
    study = make_study(store)
    _, invited = planned_session(store, study)
    retention.set_months(store, 12)
    before = retention.status(store)
    # The invited (their name and their consent signed ahead) and the one at both sessions are kept, not
    # counted as what a run would erase.
    assert (before.kept, before.names, before.images) == (2, 1, 2)
    run = retention.apply(store)
    assert run.applied and run.status.kept == 2
    assert (run.status.names, run.status.images) == (0, 0)  # nothing left to offer: no offer again
    assert _identity(store, invited) == (PLANNED_NAME, "07700000999", 1)
    assert _identity(store, study.other)[:2] == ("اسم حقيقي 2", "07700000002")
    assert _identity(store, study.withdrawn) == (None, None, 0)


def test_a_name_typed_after_the_run_stays_for_the_kept_only(store: Store) -> None:
    study = make_study(store)
    _, invited = planned_session(store, study)
    retention.set_months(store, 12)
    assert retention.apply(store).applied
    with store.transaction() as s:
        for pid in (invited, study.withdrawn):
            person = s.get(Participant, pid)
            assert person is not None
            person.phone = "07811112222"
    assert _identity(store, invited)[1] == "07811112222"
    assert _identity(store, study.withdrawn)[1] is None  # the guard: the run covers them


def test_a_run_without_the_list_covers_everyone_as_before(store: Store) -> None:
    """A run made before the list existed (stored as an empty list) keeps its meaning: every participant
    created before it, the invited of a session dated ahead too."""
    study = make_study(store)
    _, invited = planned_session(store, study)
    with store.transaction() as s:
        s.add(Erasure(participant_id="", scope="identity", erased_on=dt.date.today().isoformat(),
                      reason="retention 12 months"))
        s.flush()
        for rule in erasure.rules(s.connection()):
            erasure.apply_rule(s.connection(), rule)
    assert _identity(store, invited) == (None, None, 0)
    assert _identity(store, study.other)[:2] == (None, None)


def test_too_many_to_keep_is_refused_and_nothing_erased(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(store)
    planned_session(store, study)
    retention.set_months(store, 12)
    monkeypatch.setattr(retention_kept, "KEPT_MAX", 1)
    with pytest.raises(retention.RetentionInvalid) as refused:
        retention.apply(store)
    assert refused.value.code == "too_many_kept" and "\n" not in str(refused.value)
    assert _identity(store, study.withdrawn)[0] is not None
    with store.session() as s:
        assert s.query(Erasure).count() == 0


def test_the_bound_is_checked_before_the_ids() -> None:
    assert retention_kept.kept_problem(["x"] * retention_kept.KEPT_MAX) is None
    assert retention_kept.kept_problem([None] * (retention_kept.KEPT_MAX + 1)) == (
        f"more than {retention_kept.KEPT_MAX} participant ids")
    assert retention_kept.as_kept("not a list") == frozenset()
