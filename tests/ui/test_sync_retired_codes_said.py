"""The Sync page of a laptop applying a team update that retired some of its own codes (merged into the
team's codes or deleted at the centre) says so on the update's line, in the interface language: a code
gone from the Codebook page with no word was taken for a fault. An update that retired none says
nothing more than before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)
SAID = "Codes made on this laptop that the centre merged into others or deleted: {count}. Their codings were moved or deleted with them."


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def apply(page: SyncPage, update: Path, qtbot: QtBot) -> str:
    count = page.results.count()
    assert page.team_updates.apply_team_updates([update])
    qtbot.waitUntil(lambda: page.results.count() > count, timeout=30_000)
    return lines(page)[-1]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_update_line_says_how_many_own_codes_went(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                       language: Any, lang: str) -> None:
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        water = codebook.create_code(s, name_en="Water").id
    language.set_language(lang)
    page = open_page(make_ctx(laptop), qtbot)
    first = apply(page, write_team_update(team.centre, tmp_path / "u1.majlis").path, qtbot)
    words = QCoreApplication.translate("SyncTexts", SAID)
    assert words != SAID and words.split("{count}")[0] not in first  # nothing of theirs retired yet

    with laptop.transaction() as s:
        own = [codebook.create_code(s, name_ar=name).id for name in ("غلاء الماء", "انقطاع الماء")]
    made = export_bundle(laptop, tmp_path / "b.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.transaction() as s:
        codebook.merge(s, own[0], water)
        codebook.delete(s, own[1])
    line = apply(page, write_team_update(team.centre, tmp_path / "u2.majlis").path, qtbot)
    assert words.format(count="2") in line, line
