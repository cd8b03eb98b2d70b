"""On a second coordinator's laptop a bundle from a device not on its roster is held ("held for approval
(device … is not on the roster)"). The centre registers the device; its next team update, applied on the
laptop's Sync page, puts the device on the laptop's roster and applies the held bundle
(team_update._apply_held). The Results line that said it held now says what became of it, as after Approve
(held_lines.HeldLines.approved): before, the update's outcome did not carry the bundles it released, and
the line still said "held" though the participant was in the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.team import write_team_update
from desktop.sync.team_update import apply_team_update
from tests.sync_helpers import make_team
from tests.sync_page_helpers import imported_lines, open_page
from tests.trust_helpers import change, forge, participant_data

CODE = "AMR-FG01-P0011"


def test_a_team_update_that_applies_held_bundles_says_their_lines_again(
        tmp_path: Path, qtbot: QtBot, make_ctx: Any) -> None:
    team = make_team(tmp_path, devices=1, roles=("coordinator",))
    try:
        second = team.devices[0]
        assert apply_team_update(second, write_team_update(team.centre, tmp_path / "u1.majlis").path).role \
            == "coordinator"
        device, key = new_id(), keys.generate_signing_key()
        sent = forge(team, [change("participant", "insert", participant_data(code=CODE, real_name=None, phone=None),
                                   device=device, seq=1)],
                     device_id=device, key=key, name="Amarah laptop", out=tmp_path / "amarah.majlis")
        page = open_page(make_ctx(second, user_name="second coordinator"), qtbot, identity=team.identity_file)
        assert page.is_coordinator_view()
        lines = imported_lines(page, qtbot, [sent])
        held = next(line for line in lines if "amarah.majlis" in line)
        assert "held for approval" in held, lines

        preregister(team.centre, device, keys.public_key_b64(key), "Amarah laptop")
        update = write_team_update(team.centre, tmp_path / "u2.majlis").path
        assert page.import_paths([update])

        def said() -> bool:
            return page._token is None and page.is_loaded() and any(
                "u2.majlis" in page.results.item(i).text() for i in range(page.results.count()))

        qtbot.waitUntil(said, timeout=60_000)
        with second.session() as s:
            assert CODE in s.scalars(select(Participant.code)).all()  # the held bundle was applied
        line = next(page.results.item(i).text() for i in range(page.results.count())
                    if "amarah.majlis" in page.results.item(i).text())
        assert "held for approval" not in line, line
        assert "imported when device" in line and "new changes: 1" in line, line
    finally:
        team.close()
