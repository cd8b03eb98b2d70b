"""The participants a centre's run keeps are not erased by a laptop's run made before their session is held.

The centre plans a focus group for next week inviting a participant a field laptop registered, and runs
retention: the run keeps that participant (``erasure.kept``) and reaches the laptop in a team update.
README (retention apply): "a kept participant is erased by the next run after their session is held". But
the laptop, which never saw the centre's session (team updates carry no sessions), counted the kept
participant among the names left to erase (``retention.status_in`` judged from its own sessions, not from
the runs it holds), so its start-up offer asked to erase them, and its run (kept judged again from its own
rows) erased them on the laptop and, in its next bundle, at the centre, before the session was held. A
laptop's run now keeps too what the centre's latest run kept (``retention_kept.carried``), until a run of
the centre no longer keeps them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import retention, retention_kept
from desktop.core.models import Attendance, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.erasure_helpers import NAME, Study, make_study
from tests.sync.test_retention_run_applied_alike import _identity
from tests.sync_helpers import Team, make_team

PLANNED = dt.date.today() + dt.timedelta(days=9)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _kept_by_the_centre(team: Team, folder: Path) -> Study:
    """The laptop's study at the centre, which plans next week's focus group with its withdrawn participant,
    runs retention (keeping them) and sends the run to the laptop in a team update."""
    (laptop,) = team.devices
    study = make_study(laptop)
    sent = export_bundle(laptop, folder / "a1.majlis")
    assert sent is not None
    assert import_files(team.centre, [sent.path], team.identities)[0].status == "imported"
    with team.centre.transaction() as s:  # next week's focus group, planned at the centre
        session = Session(kind="focus_group", title="planned at the centre", governorate="basra",
                          date=PLANNED, language="ar", number=5)
        s.add(session)
        s.flush()
        s.add(Attendance(session_id=session.id, participant_id=study.withdrawn, role="citizen", seat=1))
    retention.set_months(team.centre, 12)
    assert retention.apply(team.centre).status.kept == 1
    export_team_update(team.centre, folder / "update.majlis")
    import_team_update(laptop, folder / "update.majlis")
    assert _identity(laptop, study.withdrawn)[0] == NAME  # kept on the laptop too, as the centre decided
    return study


def test_a_laptops_run_before_the_session_keeps_whom_the_centres_run_kept(team: Team, tmp_path: Path) -> None:
    study = _kept_by_the_centre(team, tmp_path)
    (laptop,) = team.devices
    # The laptop's own retention state: the kept participant is not left to erase, and is said kept.
    state = retention.status(laptop)
    assert state.names == 0, "the laptop offers to erase a participant the centre's run keeps"
    assert state.kept == 1
    retention.apply(laptop)  # as its start-up offer would
    again = export_bundle(laptop, tmp_path / "a2.majlis")
    if again is not None:
        import_files(team.centre, [again.path], team.identities)
    for store in (laptop, team.centre):
        assert _identity(store, study.withdrawn)[0] == NAME, "erased before their session was held"


def test_once_the_centre_runs_after_the_session_is_held_they_are_erased_everywhere(
        team: Team, tmp_path: Path) -> None:
    study = _kept_by_the_centre(team, tmp_path)
    (laptop,) = team.devices
    held = retention.add_months(PLANNED, 12) + dt.timedelta(days=1)  # the period after the session passed
    made = retention.apply(team.centre, today=held)
    assert made.applied and made.status.kept == 0  # the centre knows the session was held
    export_team_update(team.centre, tmp_path / "update2.majlis")
    import_team_update(laptop, tmp_path / "update2.majlis")
    with laptop.session() as s:
        assert retention_kept.carried(s) == frozenset()  # the centre's latest run keeps nobody now
    for store in (laptop, team.centre):
        assert _identity(store, study.withdrawn)[0] is None
