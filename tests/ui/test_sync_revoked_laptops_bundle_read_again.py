"""Sync page: the morning's stick imported again at the centre after a laptop on it was revoked (lost at
noon). Its bundle, applied that morning, is already present, and the line says it was signed by a key
revoked since (nothing changed), not a bare "already present" that reads as if the lost laptop's file were
fine. Found in session 41 (hp9, `bundle import`; the page said it the same way). Real stores and bundles,
the real page offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync import revocations
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.context import AppContext
from desktop.ui.widgets.device_name import isolated_device_name
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page
from tests.team_fixture import team_fixture

team = team_fixture(devices=1)

LINE = ("{file}: already present (signed by the key of device {device}, revoked since it was imported; nothing was "
        "changed)")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_revoked_laptops_bundle_read_again_says_its_key_was_revoked_since(
        lang: str, team: Team, make_ctx: Callable[..., AppContext], qtbot: QtBot, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    made = export_bundle(laptop, tmp_path / "morning.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    revocations.revoke(team.centre, laptop.device_id)

    ctx = make_ctx(team.centre)
    ctx.language.set_language(lang)
    page = open_page(ctx, qtbot, identity=team.identity_file)
    lines = imported_lines(page, qtbot, [made.path])
    said = QCoreApplication.translate("SyncTexts", LINE)
    after_the_file = said[said.index("{file}") + len("{file}"):].format(
        device=isolated_device_name("field laptop 1", laptop.device_id))
    (line,) = [line for line in lines if "morning.majlis" in line]
    assert line.endswith(after_the_file), line
