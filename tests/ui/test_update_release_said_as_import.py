"""On a second coordinator's laptop, what a team update's released held bundles wrote is announced by
the Sync page as the ``Touched`` the importer reported (``imported=True``, the sessions named), not a
plain ``set`` of tables: SessionEditorBase._on_import follows only an import's Touched, so with a set a
roundtable or focus group open on a session those bundles changed kept the old content, and its next save
wrote it back over the import's change. Found by hp13's review (finding 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.change_set import Touched
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.sync.team_update import apply_team_update
from tests.sync_helpers import make_team
from tests.sync_page_helpers import open_page
from tests.trust_helpers import change, forge, participant_data


def test_a_team_update_releasing_held_bundles_is_announced_as_an_import(
        tmp_path: Path, qtbot: QtBot, make_ctx: Any) -> None:
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        second = team.devices[0]
        assert apply_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path).role \
            == "coordinator"
        device, key = new_id(), keys.generate_signing_key()
        data = participant_data(code="AMR-FG01-P0009", real_name=None, phone=None)
        sent = forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
                     key=key, name="Amarah laptop", out=tmp_path / "amarah.majlis")
        assert [o.status for o in import_files(second, [sent], team.identities)] == ["held"]
        preregister(team.centre, device, keys.public_key_b64(key), "Amarah laptop")
        update = write_team_update(team.centre, tmp_path / "u2.majlis").path

        ctx = make_ctx(second)
        page = open_page(ctx, qtbot, identity=team.identity_file)
        heard: list[object] = []
        ctx.events.changed.connect(heard.append)
        count = page.results.count()
        assert page.team_updates.apply_team_updates([update])
        qtbot.waitUntil(lambda: page.results.count() > count and any("participant" in t for t in heard),  # type: ignore[operator]
                        timeout=30_000)

        said = [t for t in heard if "participant" in t]  # type: ignore[operator]
        assert any(isinstance(t, Touched) and t.imported for t in said), [type(t).__name__ for t in said]
    finally:
        team.close()
