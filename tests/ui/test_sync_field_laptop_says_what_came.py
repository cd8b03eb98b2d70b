"""Files dragged onto a field laptop's Sync page with a team update are each said as what they are. Every
file beside the update was refused as "Bundles are not merged on this laptop: they are merged at the
centre…", the team file and a file that is no bundle at all (a damaged download, another program's
archive) too: a facilitator told so sends them on to the centre. Now only a bundle of changes is said
not to be merged here; the team file is said to be the team file, and what is no Majlis file to be none."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.sync.errors import NotMergedHereError
from desktop.sync.team import write_team_update
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_field_laptop_merges_nothing import other_laptops_bundle

team = team_fixture(devices=2, roles=("field", "field"))


def plain(text: str) -> str:
    """``text`` without its invisible direction marks and isolates."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_each_file_beside_a_team_update_is_said_as_what_it_is(lang: str, team: Team, tmp_path: Path, qtbot: QtBot,
                                                               make_ctx: Any, manager: Any) -> None:
    bundle = other_laptops_bundle(team, tmp_path)
    update = write_team_update(team.centre, tmp_path / "update.majlis").path
    damaged = tmp_path / "photos.majlis"
    damaged.write_bytes(b"PK\x03\x04" + b"not an archive " * 20)
    manager.set_language(lang)
    page = open_page(make_ctx(team.devices[0], lang=manager), qtbot)
    assert not page.is_coordinator_view()
    assert drag_and_drop(page, [update, damaged, team.team_file, bundle])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() == 4, timeout=30_000)
    said = {name: next(page.results.item(i).text() for i in range(4) if name in page.results.item(i).text())
            for name in (update.name, damaged.name, team.team_file.name, bundle.name)}
    not_here = QCoreApplication.translate("BundleError", NotMergedHereError.default_message)
    assert said[bundle.name].endswith(not_here), said
    assert not_here not in said[damaged.name] and not_here not in said[team.team_file.name], said
    team_file = QCoreApplication.translate("BundleError", "This is the team file, not a team update: a laptop joins "
                                           "the team with it (Join a team…, majlis-cli team join).")
    assert plain(team_file) in plain(said[team.team_file.name]), said
    assert page.ctx.language.format_number(1) in said[update.name]  # team update 1 applied
