"""The Sync page's devices table fitted its columns to the language it was read in: switched to Arabic or
Kurdish with the page open, "(this computer)" and the headers in the new words were cut with "…"
(opened straight in ar or ckb they were whole). After a language switch every column is again wide
enough for what it holds. Real team, real widgets offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=2)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_device_columns_fit_after_a_language_switch(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                        manager: LanguageManager) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    view = page.receiving.devices.view
    assert page.devices_model.rowCount() >= 3
    font = view.font().family()
    manager.set_language(lang)
    header = view.horizontalHeader()
    fitted = [c for c in range(header.count()) if c != header.logicalIndex(header.count() - 1)]  # the last shown stretches
    # The turns after the switch: the font (Noto Naskh Arabic) and the direction follow the language.
    qtbot.waitUntil(lambda: view.font().family() != font, timeout=3_000)
    qtbot.wait(200)
    short = {column: (view.columnWidth(column), view.sizeHintForColumn(column)) for column in fitted
             if view.columnWidth(column) < view.sizeHintForColumn(column)}
    assert short == {}, short  # before: {0: (111, 119)}, widths measured with the old font


def test_the_device_columns_fit_after_the_text_size_changed(team: Team, qtbot: QtBot, make_ctx: Any,
                                                           manager: LanguageManager) -> None:
    """Settings → Text size 20 points, then back to the Sync page in Arabic: the devices' columns kept
    the widths of the smaller text, "field laptop 1" read "field" (the rest wrapped out of the row) and
    the header "التغييرات المستلمة" lost its first letter, until the next import read the table again."""
    manager.set_language("ar")
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    view = page.receiving.devices.view
    assert page.devices_model.rowCount() >= 3
    size = view.font().pointSizeF()
    manager.set_font_size(20)
    qtbot.waitUntil(lambda: view.font().pointSizeF() > size, timeout=3_000)
    qtbot.wait(200)
    header = view.horizontalHeader()
    fitted = [c for c in range(header.count()) if c != header.logicalIndex(header.count() - 1)]  # the last shown stretches
    short = {column: (view.columnWidth(column), view.sizeHintForColumn(column), header.sectionSizeHint(column))
             for column in fitted
             if view.columnWidth(column) < max(view.sizeHintForColumn(column), header.sectionSizeHint(column))}
    assert short == {}, short
