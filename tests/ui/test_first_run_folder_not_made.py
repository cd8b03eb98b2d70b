"""Finish in the first-run wizard when the folder for the database cannot be made: inside a read-only
folder, or with a file where the folder (or one above it) should be. The folder was made on the
interface's thread before anything else, outside every error handling: Finish raised a traceback and
the wizard sat there without a word. Now the folder is made with the database, on the worker, and
each case is one translated line; the wizard stays open to try again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    lines: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: lines.append(text))
    return lines


def _finish(manager: LanguageManager, qtbot: QtBot, data_dir: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(manager, data_dir)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("Basra laptop 2")
    wizard.show()
    wizard.accept()  # Finish
    qtbot.waitUntil(lambda: not wizard.creating, timeout=20_000)
    return wizard


def _still_open(wizard: FirstRunWizard) -> None:
    assert wizard.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish is not None and finish.isEnabled()


READ_ONLY = ("Majlis cannot write in the folder %1, where its database goes: the folder is read-only. Ask whoever "
             "helps you to make it writable, and try again.")


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("made", [False, True], ids=["data-folder-to-make", "data-folder-there"])
def test_a_read_only_folder_is_named_in_one_line(lang: str, made: bool, manager: LanguageManager, qtbot: QtBot,
                                                 tmp_path: Path, said: list[str]) -> None:
    """Which folder: the wizard cannot be told another place, so an IT helper must make that one
    writable (or redirect it), and "The database is on a read-only disk or folder." named none."""
    manager.set_language(lang)
    locked = tmp_path / "بوخچەی داخراو"
    (locked / "Majlis").mkdir(parents=True) if made else locked.mkdir()
    refused = locked / "Majlis" if made else locked  # the folder that takes no new file
    with read_only(refused):
        wizard = _finish(manager, qtbot, locked / "Majlis")
        qtbot.waitUntil(lambda: len(said) == 1)
    expected = QCoreApplication.translate("FirstRunWizard", READ_ONLY).replace("%1", shown_path(refused))
    assert said == [expected], said
    assert "\n" not in said[0]
    _still_open(wizard)


@pytest.mark.parametrize("in_the_way", ["Majlis", "AppData/Majlis"])
def test_a_file_where_the_folder_should_be_is_named(in_the_way: str, manager: LanguageManager, qtbot: QtBot,
                                                    tmp_path: Path, said: list[str]) -> None:
    file = tmp_path / in_the_way.split("/")[0]
    file.write_text("not a folder")
    wizard = _finish(manager, qtbot, tmp_path / in_the_way)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "could not make the folder" in said[0] and str(file) in said[0], said
    assert "Traceback" not in said[0]
    _still_open(wizard)
    file.unlink()  # the helper moved it: the same Finish now makes the database
    made: list[object] = []
    wizard.finishedWith.connect(lambda store, _demo: made.append(store))
    wizard.accept()
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    made[0].close()  # type: ignore[attr-defined]
    assert (tmp_path / in_the_way / "majlis.db").is_file()
