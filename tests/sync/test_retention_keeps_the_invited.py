"""A retention run keeps the participants of sessions not yet held, as decided once where it was made.

The device that makes the run (the centre or a laptop) reads its own rows once: the participants linked
to a session dated after the run's day. The run carries their ids (``erasure.kept``), and every device
applying it erases the participants created before it but those, never judging from its own sessions:
a laptop that planned a session it has not sent erases what the centre erased, and a centre whose own
planned session the laptop never saw erases what the laptop's run erased. A run carrying more ids than
the bound, or anything that is not an id, is refused in one line. Real SQLCipher stores, real bundles
(age, Ed25519) and team updates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop.core import retention, retention_kept
from desktop.core.db import Store
from desktop.core.models import Attendance, Erasure, Session
from desktop.sync.errors import BundleError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.erasure_helpers import NAME, make_study
from tests.sync.test_retention_run_applied_alike import PLANNED_NAME, _identity, planned_session
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, forge, laptop_key, refused_whole


def _send(team: Team, laptop: Store, out: Path) -> None:
    sent = export_bundle(laptop, out)
    assert sent is not None
    assert import_files(team.centre, [sent.path], team.identities)[0].status == "imported"


def _update(team: Team, laptop: Store, out: Path) -> None:
    export_team_update(team.centre, out)
    import_team_update(laptop, out)


def _invite(store: Store, participant_id: str) -> None:
    """A session dated next week on this device alone (not sent), inviting a participant of the held one."""
    with store.transaction() as s:
        session = Session(kind="focus_group", title="planned here", date=dt.date.today() + dt.timedelta(days=9),
                          governorate="basra", language="ar", number=5)
        s.add(session)
        s.flush()
        s.add(Attendance(session_id=session.id, participant_id=participant_id, role="citizen", seat=1))


def _kept_of_the_run(store: Store) -> list[str]:
    with store.session() as s:
        (run,) = s.query(Erasure).filter_by(participant_id="", scope="identity").all()
        return list(run.kept)


def test_a_centres_run_keeps_the_invited_on_the_laptop_too(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    (laptop,) = team.devices
    try:
        study = make_study(laptop)
        _, invited = planned_session(laptop, study)  # next week: a new participant and study.other
        _send(team, laptop, tmp_path / "a1.majlis")
        _invite(laptop, study.withdrawn)  # planned on the laptop alone, not sent when the centre runs
        retention.set_months(team.centre, 12)
        run = retention.apply(team.centre)
        assert run.applied and run.status.kept == 2
        assert _kept_of_the_run(team.centre) == sorted([study.other, invited])  # ids, never names
        _update(team, laptop, tmp_path / "update.majlis")
        assert _kept_of_the_run(laptop) == sorted([study.other, invited])
        again = export_bundle(laptop, tmp_path / "a2.majlis", full=True)
        assert again is not None
        assert import_files(team.centre, [again.path], team.identities)[0].status in {"imported", "already_present"}

        for store in (team.centre, laptop):
            assert _identity(store, invited) == (PLANNED_NAME, "07700000999", 1)
            assert _identity(store, study.other)[:2] == ("اسم حقيقي 2", "07700000002")
            assert _identity(store, study.other)[2] >= 1
            # Invited on the laptop alone: the centre's run did not keep them, so neither does the laptop.
            assert _identity(store, study.withdrawn) == (None, None, 0)
    finally:
        team.close()


def test_a_laptops_run_keeps_the_invited_at_the_centre_too(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    (laptop,) = team.devices
    try:
        study = make_study(laptop)
        _, invited = planned_session(laptop, study)
        _send(team, laptop, tmp_path / "a1.majlis")
        retention.set_months(team.centre, 12)
        _update(team, laptop, tmp_path / "update.majlis")  # the period reaches the laptop
        _invite(team.centre, study.withdrawn)  # a session planned at the centre, which the laptop never saw
        run = retention.apply(laptop)
        assert run.applied and run.status.kept == 2
        _send(team, laptop, tmp_path / "a2.majlis")
        assert _kept_of_the_run(team.centre) == sorted([study.other, invited])
        again = export_bundle(laptop, tmp_path / "a3.majlis", full=True)  # the run sent again: the same
        assert again is not None
        assert import_files(team.centre, [again.path], team.identities)[0].status in {"imported", "already_present"}

        for store in (team.centre, laptop):
            assert _identity(store, invited) == (PLANNED_NAME, "07700000999", 1)
            assert _identity(store, study.other)[:2] == ("اسم حقيقي 2", "07700000002")
            assert _identity(store, study.withdrawn) == (None, None, 0)
    finally:
        team.close()


def test_the_next_run_after_their_session_erases_them(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    (laptop,) = team.devices
    try:
        study = make_study(laptop)
        _, invited = planned_session(laptop, study, day=dt.date.today() + dt.timedelta(days=7))
        retention.set_months(laptop, 1)
        assert retention.apply(laptop).applied
        assert _identity(laptop, invited)[0] == PLANNED_NAME
        later = dt.date.today() + dt.timedelta(days=7 + 40)  # their session held, and its month passed
        state = retention.status(laptop, later)
        assert state.due and state.kept == 0 and state.names >= 2
        assert retention.apply(laptop, today=later).applied
        assert _identity(laptop, invited) == (None, None, 0)
        assert _identity(laptop, study.other)[:2] == (None, None)
    finally:
        team.close()


def _run_data(kept: Any) -> dict[str, Any]:
    return {"participant_id": "", "scope": "identity", "erased_on": dt.date.today().isoformat(),
            "reason": "retention 12 months", "kept": kept, "deleted": False}


@pytest.mark.parametrize("kept", [
    [f"{n:x}" for n in range(1_000_000)],  # a million ids: past the bound, refused before any is read
    ["../../etc"], ["a" * 37], [""], [7], [["nested"]], "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e", None,
], ids=["a-million", "path", "too-long", "empty", "number", "nested", "not-a-list", "null"])
def test_a_hostile_run_is_refused_in_one_line(tmp_path: Path, kept: Any) -> None:
    team = make_team(tmp_path, devices=2)
    laptop = team.devices[0]
    try:
        bundle = forge(team, [change("erasure", "insert", _run_data(kept), device=laptop.device_id, seq=1)],
                       device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "hostile.majlis")
        refused_whole(team, tmp_path, bundle, "bad_value")
        (outcome,) = import_files(team.centre, [bundle], team.identities)
        assert "kept" in outcome.message and "\n" not in outcome.message
    finally:
        team.close()


def test_a_run_within_the_bound_is_taken(tmp_path: Path) -> None:
    """The bound is the bound: a run keeping exactly KEPT_MAX ids is applied (the refusal above is the count)."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        ids = [f"{n:x}" for n in range(retention_kept.KEPT_MAX)]
        bundle = forge(team, [change("erasure", "insert", _run_data(ids), device=laptop.device_id, seq=1)],
                       device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "bound.majlis")
        (outcome,) = import_files(team.centre, [bundle], team.identities)
        assert outcome.status == "imported", outcome.message
        assert len(_kept_of_the_run(team.centre)) == retention_kept.KEPT_MAX
    finally:
        team.close()


@pytest.mark.parametrize("kept", [["x"] * (retention_kept.KEPT_MAX + 1), ["../x"], "one"],
                         ids=["past-the-bound", "path", "not-a-list"])
def test_a_team_update_with_a_hostile_run_is_refused(tmp_path: Path, kept: Any) -> None:
    team = make_team(tmp_path, devices=1)
    (laptop,) = team.devices
    try:
        study = make_study(laptop)
        with team.centre.transaction() as s:  # as a damaged or hostile centre database would hold it
            s.add(Erasure(participant_id="", scope="identity", erased_on="2026-01-01", reason="", kept=kept))
        export_team_update(team.centre, tmp_path / "update.majlis")
        with pytest.raises(BundleError) as refused:
            import_team_update(laptop, tmp_path / "update.majlis")
        assert refused.value.code == "malformed" and "\n" not in str(refused.value)
        with laptop.session() as s:
            assert s.query(Erasure).count() == 0
        assert _identity(laptop, study.withdrawn)[0] == NAME
    finally:
        team.close()


def test_a_run_from_a_majlis_before_the_list_covers_everyone(tmp_path: Path) -> None:
    """An insert without ``kept`` (a Majlis before 0017 wrote none) is taken, and keeps its meaning: every
    participant created before it, the invited of a session dated ahead too."""
    team = make_team(tmp_path, devices=1)
    (laptop,) = team.devices
    try:
        study = make_study(laptop)
        _, invited = planned_session(laptop, study)
        _send(team, laptop, tmp_path / "a1.majlis")
        data = {k: v for k, v in _run_data([]).items() if k != "kept"}
        with laptop.session() as s:
            from desktop.core.models import ChangeLog

            seq = max(s.query(ChangeLog.seq).filter_by(device_id=laptop.device_id).all())[0] + 1
        bundle = forge(team, [change("erasure", "insert", data, device=laptop.device_id, seq=seq,
                                     ms=laptop.clock.wall_ms() + 1000)],
                       device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "older.majlis")
        (outcome,) = import_files(team.centre, [bundle], team.identities)
        assert outcome.status == "imported", outcome.message
        assert _kept_of_the_run(team.centre) == []  # stored empty, not null: a team update carries it on
        for store in (team.centre, laptop):
            assert _identity(store, invited)[:2] == (None, None)
            assert _identity(store, study.other)[:2] == (None, None)
            if store is team.centre:
                _update(team, laptop, tmp_path / "update.majlis")  # taken by the laptop: erased there too
                assert _kept_of_the_run(laptop) == []
    finally:
        team.close()
