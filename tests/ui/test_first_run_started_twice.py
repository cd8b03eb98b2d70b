"""Majlis started twice at first start (a second double-click while the first was slow to appear):
two first-run wizards. The facilitator finished one and worked in its database; the other, finished
later, made majlis-2.db beside it without a word, and as the database opened last it was the one the
next start unlocked: an empty database, and the day's work taken for lost. Now a wizard whose data
folder got a database while it was open asks before it makes a second one (No by default); a
wizard opened beside a database (Make a new database instead…) makes its new one without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

ASKED = ("While this window was open, another Majlis window made a database in the same folder: %1. To work in "
         "it, close this window. Make a second, empty database anyway?")


def _wizard(manager: LanguageManager, qtbot: QtBot, data: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(manager, data)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.show()
    for _ in range(3):
        wizard.next()  # to the last page, where Finish is
    return wizard


def _answering(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _made(wizard: FirstRunWizard, qtbot: QtBot) -> Any:
    made: list[Any] = []
    wizard.finishedWith.connect(lambda store, _demo: made.append(store))
    wizard.accept()
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    made[0].close()
    return made[0]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_database_made_meanwhile_is_asked_about(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    data = tmp_path / "Majlis"
    wizard = _wizard(manager, qtbot, data)
    data.mkdir()
    fresh_store(data / "majlis.db", PASSPHRASE, "لاپتۆپی هەولێر").close()  # the other window's Finish
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    wizard.accept()  # Finish
    qtbot.waitUntil(lambda: not wizard.creating, timeout=20_000)
    expected = QCoreApplication.translate("FirstRunWizard", ASKED).replace("%1", shown_path(data / "majlis.db"))
    assert asked == [expected]
    assert not wizard.creating and wizard.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish is not None and finish.isEnabled()
    assert sorted(p.name for p in data.glob("*.db")) == ["majlis.db"]  # nothing made beside it

    asked = _answering(monkeypatch, QMessageBox.StandardButton.Yes)
    store = _made(wizard, qtbot)  # asked again, and this time a second one is wanted
    assert len(asked) == 1 and store.path == data / "majlis-2.db"


def test_a_first_start_alone_is_not_asked(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    store = _made(_wizard(manager, qtbot, tmp_path / "Majlis"), qtbot)
    assert asked == [] and store.path == tmp_path / "Majlis" / "majlis.db"


def test_a_new_database_instead_of_one_found_is_not_asked(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "Majlis"
    data.mkdir()
    fresh_store(data / "majlis.db", PASSPHRASE, "IT helper's").close()  # there before the wizard opened
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    store = _made(_wizard(manager, qtbot, data), qtbot)
    assert asked == [] and store.path == data / "majlis-2.db"
