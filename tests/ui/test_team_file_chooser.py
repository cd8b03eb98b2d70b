"""Choosing the team file, in the first-run wizard and in the Sync page's Join a team…: the file dialog
opened in the folder the program happened to be started in (on Windows, often where it is installed),
not on the USB stick the team file came on, and the wizard's showed only files ending in .majlis-team,
so a team file renamed by a messaging app ("team.majlis-team (1)", "team.bin") could not be chosen there.
Both now open on a plugged-in stick (else Documents), as importing bundles does, and offer all files:
the file's content decides, and a file that is not a team file is refused in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync import drives
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.sync_helpers import new_team_file


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick plugged in, holding the team file as a messaging app renamed it."""
    folder = tmp_path / "stick"
    monkeypatch.setattr(drives, "removable_folders", lambda: [folder])
    made = new_team_file(folder / "made", "فريق قانون الانتخابات")
    renamed = folder / "team.majlis-team (1)"
    made.rename(renamed)
    return renamed


@pytest.fixture
def chooser(stick: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The file dialogs opened, (folder, filter) each, answered with the renamed team file."""
    opened: list[tuple[str, str]] = []

    def choose(_parent: Any, _title: str, folder: str, types: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        opened.append((folder, types))
        return str(stick), types.split(";;")[-1]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    return opened


def _offers_all_files(types: str) -> bool:
    return any(choice.rstrip().endswith("(*)") for choice in types.split(";;"))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_wizard_opens_on_the_stick_and_takes_a_renamed_team_file(
        lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, stick: Path,
        chooser: list[tuple[str, str]]) -> None:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    page = wizard.start_page
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    assert len(chooser) == 1
    folder, types = chooser[0]
    assert Path(folder) == stick.parent
    assert _offers_all_files(types), types
    assert page.key_view.team_file is not None and page.key_view.fingerprint.text()
    assert page.join.isChecked()


def test_join_a_team_opens_on_the_stick(manager: LanguageManager, make_ctx: Any, store: Store, qtbot: QtBot,
                                        stick: Path, chooser: list[tuple[str, str]]) -> None:
    manager.set_language("ckb")
    dialog = JoinTeamDialog(make_ctx(store))
    qtbot.addWidget(dialog)
    dialog.browse.click()
    assert len(chooser) == 1
    folder, types = chooser[0]
    assert Path(folder) == stick.parent
    assert _offers_all_files(types), types
    assert dialog.join_button.isEnabled()
