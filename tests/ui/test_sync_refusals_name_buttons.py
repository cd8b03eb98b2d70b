"""A file given to the wrong Sync page button is refused with the button that takes it.

The refusals named only commands ("a laptop joins the team with it (majlis-cli team join)", "Give it
with --identity-file"): read on the Sync page, in Arabic or Kurdish too, they told a facilitator
nothing they could press. They now name the page's button first, then the command, as the team file's
refusals already did; the button's own words, so the two never drift apart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _label(text: str) -> str:
    return text.replace("&", "")


def _lines(page: SyncPage) -> str:
    return "\n".join(page.results.item(i).text() for i in range(page.results.count()))


def test_the_centre_names_the_laptops_buttons(team: Team, qtbot: QtBot, make_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    centre = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)
    laptop = open_page(make_ctx(team.devices[0], user_name="facilitator"), qtbot)
    for wrong in (team.team_file, team.identity_file):
        assert centre.import_paths([wrong])
        qtbot.waitUntil(lambda: centre._token is None and centre.results.count() > 0, timeout=30_000)
    said = _lines(centre)
    assert _label(laptop.outbox.join_button.text()) in said  # the team file: joined on a laptop
    assert _label(laptop.update_button.text()) in said
    assert _label(centre.key_button.text()) in said  # the key file: chosen with its own button
    demo.generate(team.devices[0], sessions=1, seed=2)
    made = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
    assert made is not None
    laptop.team_updates.apply_team_updates([made.path, team.team_file])
    qtbot.waitUntil(lambda: laptop._token is None and laptop.results.count() >= 2, timeout=30_000)
    said = _lines(laptop)
    assert _label(centre.import_button.text()) in said  # a bundle: imported at the centre
    assert _label(laptop.outbox.join_button.text()) in said
