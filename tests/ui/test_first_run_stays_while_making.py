"""The first-run wizard stays open while Finish makes the database.

Cancel is greyed while the database is made, but Escape and the window's close button still closed
the wizard. At first start it is the only window, so Majlis quit there and then, and the thread
making the database died with it: the next start found a half-made majlis.db and opened the unlock
window on it. In a process that went on, the main window opened after the person had closed the
wizard. Now Escape and the close button do nothing while the database is made (the wizard says what
it is doing), and the wizard goes once the database is made, as after any Finish.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui import first_run
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.first_run_plan import Created, Plan, create_from_plan
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_escape_and_close_wait_for_the_database(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go_on = threading.Event()

    def held_create(plan: Plan) -> Created:  # the real making, once the test has pressed its keys
        go_on.wait(20)
        return create_from_plan(plan)

    monkeypatch.setattr(first_run, "create_from_plan", held_create)
    manager.set_language(lang)
    data = tmp_path / "Majlis"
    wizard = FirstRunWizard(manager, data)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.show()
    for _ in range(3):
        wizard.next()
    made: list[object] = []
    wizard.finishedWith.connect(lambda store, _demo: made.append(store))
    wizard.accept()  # Finish
    try:
        assert wizard.creating
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert wizard.isVisible()
        wizard.close()  # the window's close button
        assert wizard.isVisible()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    store = made[0]
    store.close()  # type: ignore[attr-defined]
    assert not wizard.isVisible()  # gone once the database is made
    assert (data / "majlis.db").is_file()


def test_escape_still_closes_the_wizard_before_finish(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert not (tmp_path / "Majlis").exists()
