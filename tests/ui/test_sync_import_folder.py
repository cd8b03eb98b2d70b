"""A USB stick of bundles, a folder per laptop, chosen on the Sync page.

The page imported a folder only when it was dropped on it (a file manager open beside the window);
Import bundles… picks files, one folder at a time, and opened in whatever folder the program was
started in. Now Import a folder… chooses the stick (its bundles and its folders' are found by content,
as a dropped folder's are), and both dialogs open at a plugged-in stick, else where the last import
found its bundles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync import drives
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)

BUTTON = {"ar": "استورد مجلّدًا…", "ckb": "هاوردەکردنی بوخچەیەک…", "en": "Import a folder…"}
FINISHED = {"ar": "انتهى الاستيراد. الملفّات: ٤.", "ckb": "هاوردەکردن تەواو بوو. پەڕگەکان: ٤.",
            "en": "Import finished. Files: 4."}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_stick_is_chosen_and_every_bundle_in_its_folders_imported(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    stick = tmp_path / "stick"
    for n in range(4):  # two laptops' folders, two bundles each
        folder = stick / f"laptop {n // 2}"
        folder.mkdir(parents=True, exist_ok=True)
        laptop_bundle(team, folder / f"b{n}.majlis", n)
    monkeypatch.setattr(drives, "removable_folders", lambda: [])  # whatever this machine has plugged in
    asked: list[tuple[str, str]] = []

    def choose(parent: Any, caption: str, start: str, *args: Any, **kwargs: Any) -> str:
        asked.append((caption, start))
        return str(stick)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    manager.set_language(lang)
    if lang != "en":
        manager.set_digits("arab")
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    assert page.folder_button.isVisible() and page.folder_button.text() == BUTTON[lang]

    page.folder_button.click()
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 4 and page.folder_button.isEnabled(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported"] * 4
    assert page.import_summary.text().startswith(FINISHED[lang]), page.import_summary.text()
    caption, start = asked[0]
    assert caption and (lang == "en" or not any("a" <= ch <= "z" for ch in caption.lower())), caption

    # The next dialogs open where the bundles were found, not in the folder the program started in.
    chosen: list[str] = []

    def pick(parent: Any, caption: str, start: str, *args: Any, **kwargs: Any) -> tuple[list[str], str]:
        chosen.append(start)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    page.import_button.click()
    page.folder_button.click()
    assert chosen == [str(stick)] and asked[1][1] == str(stick), (chosen, asked)
