"""The centre's Open conflicts list says how many are open, none included.

After an import the coordinator's Sync page showed "Open conflicts:" over an empty table: nothing
said whether there were none or they had not been read. The label now says "none", or the number
open in the user's digits, in the interface's language, after a switch too."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page
from tests.ui.test_conflicts_by_keyboard import same_turns_edited_on_two_laptops

NONE = {"ar": "التعارضات غير المحلولة: لا شيء", "ckb": "ناکۆکییە چارەسەرنەکراوەکان: هیچ", "en": "Open conflicts: none"}
THREE = {"ar": "التعارضات غير المحلولة: ٣", "ckb": "ناکۆکییە چارەسەرنەکراوەکان: ٣", "en": "Open conflicts: ٣"}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def _label(page: SyncPage) -> str:
    return page.conflicts.label.text().replace("&", "")


def _says(page: SyncPage, words: str) -> bool:
    return _label(page) == words


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_open_conflicts_are_counted(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                        manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot)
    qtbot.waitUntil(partial(_says, page, NONE[lang]), timeout=10_000)

    same_turns_edited_on_two_laptops(team, tmp_path, 3)
    page.refresh()
    manager.set_digits("arab")
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 3, timeout=30_000)
    qtbot.waitUntil(partial(_says, page, THREE[lang]), timeout=10_000)
    other = "en" if lang != "en" else "ckb"
    manager.set_language(other)
    qtbot.waitUntil(partial(_says, page, THREE[other]), timeout=10_000)
