"""A team update refused among the files imported (at the centre, which writes them; on a laptop, one
cut short): its line said "refused" with no mark, while every refused bundle's line has the red one,
so a coordinator looking down two hundred lines for the red marks passed it over. Now a refused team
update's line has the same mark as a refused bundle's; an applied one's has none. Changed in session 35:
at the centre the refused one is forged (a stranger's key); the centre's own is skipped, unmarked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.sync import keys
from desktop.sync.team import write_team_update
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import forged_team_update
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=1)


def marked(page: Any, name: str) -> bool:
    for row in range(page.results.count()):
        item = page.results.item(row)
        if item.text().startswith(f"{shown_path(name)}: "):
            return not item.icon().isNull()
    raise AssertionError(f"no line for {name}")


def test_a_refused_update_is_marked_as_a_refused_bundle_is(team: Team, qtbot: QtBot, make_ctx: Any,
                                                          tmp_path: Path) -> None:
    update = write_team_update(team.centre, tmp_path / "update.majlis").path
    cut = tmp_path / "cut-update.majlis"
    cut.write_bytes(update.read_bytes()[:200])
    bundle = laptop_bundle(team, tmp_path / "b0.majlis", 0)
    broken = tmp_path / "b1.majlis"
    broken.write_bytes(bundle.read_bytes()[:300])
    forged = forged_team_update(team.centre, [], tmp_path / "forged.majlis", key=keys.generate_signing_key())

    centre = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert centre.import_paths([bundle, update, forged, broken])
    qtbot.waitUntil(lambda: centre._token is None and centre.is_loaded(), timeout=60_000)
    assert marked(centre, "b1.majlis") and not marked(centre, "b0.majlis")
    assert marked(centre, "forged.majlis")  # refused here: not signed by this centre
    assert not marked(centre, "update.majlis")  # the centre's own: skipped, nothing wrong

    laptop = open_page(make_ctx(team.devices[0]), qtbot)
    assert laptop.import_paths([cut, update])
    qtbot.waitUntil(lambda: laptop._token is None and laptop.results.count() == 2, timeout=60_000)
    assert marked(laptop, "cut-update.majlis") and not marked(laptop, "update.majlis")
