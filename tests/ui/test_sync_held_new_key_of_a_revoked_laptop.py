"""Sync page at the centre: a bundle signed with a revoked laptop's NEW key is held, and its line says it
is a new key of that device, revoked on the roster, to compare and approve or reject, not that the device
"is not on the roster". Found in session 41 (hp9). Real stores and bundles, the real page offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.device_name import isolated_device_name
from tests.cli.test_held_new_key_of_a_revoked_laptop_said import new_key_bundle
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page
from tests.team_fixture import team_fixture

team = team_fixture(devices=1)

LINE = ("{file}: held for approval (a new key of device {device}, revoked on the roster: compare its fingerprint "
        "with the facilitator, then approve or reject it)")


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_held_line_says_a_new_key_of_the_revoked_device(
        lang: str, team: Team, make_ctx: Callable[..., AppContext], qtbot: QtBot, tmp_path: Path) -> None:
    bundle = new_key_bundle(team, tmp_path / "again.majlis")
    ctx = make_ctx(team.centre)
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot, identity=team.identity_file)
    lines = imported_lines(page, qtbot, [bundle])
    said = QCoreApplication.translate("SyncTexts", LINE)
    after_the_file = said[said.index("{file}") + len("{file}"):].format(
        device=isolated_device_name("field laptop 1", team.devices[0].device_id))
    (line,) = [line for line in lines if "again.majlis" in line]
    assert line.endswith(after_the_file), line
