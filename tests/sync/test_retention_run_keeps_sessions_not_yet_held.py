"""A retention run that travels keeps, at every device, the identities of the participants of a session
not yet held: the centre's run (with its period) goes out in a team update, and the laptop that recorded
next week's focus group erases the names of the held one's participants, not those of the people it
invited (judged from its own rows, as the centre judged from the bundle it imported). Real SQLCipher
stores, real bundles and team update."""

from __future__ import annotations

from pathlib import Path

from desktop.core import retention
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.core.test_retention_keeps_sessions_not_yet_held import PLANNED_NAME, _identity, planned_session
from tests.erasure_helpers import make_study
from tests.sync_helpers import make_team


def test_the_centres_run_keeps_the_invited_at_the_laptop(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    try:
        study = make_study(laptop)
        _sid, invited = planned_session(laptop, study)
        sent = export_bundle(laptop, tmp_path / "a1.majlis")
        assert sent is not None
        assert import_files(team.centre, [sent.path], team.identities)[0].status == "imported"
        retention.set_months(team.centre, 12)
        run = retention.apply(team.centre)
        assert run.applied
        assert _identity(team.centre, invited) == (PLANNED_NAME, "07700000999", 1)
        assert run.status.kept == 2
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(laptop, tmp_path / "update.majlis")
        assert _identity(laptop, study.withdrawn) == (None, None, 0)  # the run reached the laptop
        assert _identity(laptop, invited) == (PLANNED_NAME, "07700000999", 1)
        assert _identity(laptop, study.other)[0] is not None
        # The laptop's next bundle brings nothing back, and takes nothing kept away, at the centre.
        again = export_bundle(laptop, tmp_path / "a2.majlis", full=True)
        assert again is not None
        assert import_files(team.centre, [again.path], team.identities)[0].status in {"imported", "already_present"}
        assert _identity(team.centre, study.withdrawn) == (None, None, 0)
        assert _identity(team.centre, invited) == (PLANNED_NAME, "07700000999", 1)
    finally:
        team.close()
