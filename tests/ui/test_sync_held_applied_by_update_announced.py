"""On a second coordinator's laptop, a team update that puts a waiting device on the roster applies the
bundles held for it (team_update._apply_held -> roster.approve_registered), written through the importer's
Core statements, past the change-set hooks. The Sync page applies updates in
``run_change(store, lambda st: apply_updates(st, …))`` (import_run.applied_first / run_import) and announces
``done.changes``: _apply_held reports the tables the bundles wrote (change_set.report), as imports,
approvals and take-overs announce them (touched_sessions.announced), so the laptop's Participants page
lists the participant the held bundle brought. Before, only 'device', 'local_state', 'team' were announced."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.sync.team_update import apply_team_update
from desktop.sync.team_update_outcomes import apply_updates
from desktop.ui.operations import run_change
from tests.sync_helpers import make_team
from tests.trust_helpers import change, forge, participant_data

CODE = "AMR-FG01-P0009"


def test_an_update_that_applies_held_bundles_announces_what_they_wrote(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        second = team.devices[0]
        assert apply_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path).role \
            == "coordinator"
        device, key = new_id(), keys.generate_signing_key()
        data = participant_data(code=CODE, real_name=None, phone=None)
        sent = forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
                     key=key, name="Amarah laptop", out=tmp_path / "amarah.majlis")
        assert [o.status for o in import_files(second, [sent], team.identities)] == ["held"]
        preregister(team.centre, device, keys.public_key_b64(key), "Amarah laptop")
        update = write_team_update(team.centre, tmp_path / "u2.majlis").path

        done = run_change(second, lambda store: apply_updates(store, [update]))  # as the Sync page applies it

        with second.session() as s:
            assert CODE in s.scalars(select(Participant.code)).all()  # the held bundle was applied
        assert "participant" in done.changes, sorted(done.changes)  # ... and the pages are told
    finally:
        team.close()
