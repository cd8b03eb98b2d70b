"""The first-run wizard's "Join a team": the chosen team file's name is in the box, its whole path on
hover. In a Kurdish or Arabic wizard the hover text was the bare path, laid out right to left: its
leading "/" at the far end and its Kurdish and Arabic folders in the wrong order, so the facilitator could
not tell which stick's copy was chosen. It reads left to right, each folder in its place (as the unlock
window's does)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import new_team_file
from tests.ui_helpers import pieces_left_to_right

STICK, FOLDER = "ڕاپۆرتی هەولێر", "تیمی بەسرە"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_team_files_path_on_hover_reads_in_order(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                     lang: str) -> None:
    team_file = new_team_file(tmp_path / "media" / STICK / FOLDER, "Basra")
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    type_text(wizard.device_page.name, "Basra laptop 2")
    wizard.next()
    page = wizard.start_page
    assert wizard.currentPage() is page and page.isRightToLeft()
    assert page.load_team_file(team_file)
    settle()
    hover = page.team_file.toolTip()
    pieces = ["media", STICK, FOLDER, "team.majlis-team"]
    assert pieces_left_to_right(page, hover, pieces) == pieces, hover
    assert page.team_file.text() == team_file.name
