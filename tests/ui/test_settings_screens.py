"""The Settings page as the README's picture shows it (resources/screenshots/settings-ckb.png), in
Kurdish, Arabic and English.

The picture was made by ``majlis --smoke-test`` on the demo database: it had no Passphrase box (the
demo's random key is asked of nobody, so the demo hides it) and, once the Data box came, it showed
the demo's temporary database (/tmp/majlis-demo-…/demo.db) and the data folder under /root. Now it is
the page of a real encrypted database, of a laptop named in the picture's language, with every box a
person has; its folders are shown as they are on the Windows laptops Majlis is used on. The test fails
when a box is missing from the picture, when it shows a temporary or home folder, or English.

    MAJLIS_SETTINGS_SHOTS=resources/screenshots pytest tests/ui/test_settings_screens.py -k ckb
(what ``.ci/screenshots`` runs) writes the picture there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import blank_buttons, english_left, settle
from tests.shots import private_folders, private_paths, shots_folder
from tests.stores import fresh_store

DEVICE = {"ar": "حاسوب البصرة ٢", "ckb": "لاپتۆپی هەولێر ٢", "en": "Basra laptop 2"}
PERSON = {"ar": "زينب", "ckb": "شیلان", "en": "Zainab"}
# The data folder of Majlis on Windows (%APPDATA%\Majlis\Majlis), of an account named for nobody.
WINDOWS_DATA = "C:\\Users\\user\\AppData\\Roaming\\Majlis\\Majlis"


def in_view(widget: QWidget, window: QWidget) -> bool:
    """``widget`` shown whole inside ``window``'s picture (not scrolled away, not cut at the bottom)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def settings_picture(manager: LanguageManager, qtbot: QtBot, folder: Path, lang: str) -> tuple[MainWindow, SettingsPage]:
    manager.set_language(lang)
    store = fresh_store(folder / "majlis.db", PASSPHRASE, DEVICE[lang])
    store.set_state("person_name", PERSON[lang])
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 1080)  # the whole page, the Backups box and the note at its foot included
    window.show()
    window.go_to("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    window.ctx.tasks.drain(30_000)
    # Where a Windows laptop keeps them: the database in the data folder, its backups beside it.
    page.data_folder.setText(WINDOWS_DATA)
    page.database_path.setText(WINDOWS_DATA + "\\majlis.db")
    page.backups_box.folder.setText(WINDOWS_DATA + "\\majlis.db.backups")
    settle()
    return window, page


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_settings_picture_shows_every_box_and_no_private_folder(manager: LanguageManager, qtbot: QtBot,
                                                                    tmp_path: Path, lang: str) -> None:
    window, page = settings_picture(manager, qtbot, tmp_path, lang)
    try:
        boxes = {"display": page.display_box, "person": page.person_box, "security": page.security_box,
                 "passphrase": page.passphrase_box, "data": page.data_box, "backups": page.backups_box}
        assert [name for name, box in boxes.items() if not in_view(box, window)] == []
        scrolls = [a for a in window.findChildren(QScrollArea) if a.isAncestorOf(page)]
        assert scrolls and not any(a.verticalScrollBar().isVisible() for a in scrolls)  # nothing below
        assert in_view(page.passphrase_box.button, window) and page.passphrase_box.button.text()
        assert not window.ctx.demo and page.person_edit.text() == PERSON[lang]
        assert private_paths(window, private_folders(tmp_path)) == []
        assert page.data_folder.text() == WINDOWS_DATA
        if lang != "en":
            assert english_left(window) == [] and blank_buttons(window) == []
        picture = shots_folder(tmp_path, "MAJLIS_SETTINGS_SHOTS") / f"settings-{lang}.png"
        assert window.grab().save(str(picture))
    finally:
        window.ctx.tasks.drain(30_000)
        window.close()
        window.ctx.store.close()


def test_a_temporary_folder_on_the_page_is_found(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    """The check itself: the page as it is without the picture's folders names the test's folder."""
    manager.set_language("en")
    store = fresh_store(tmp_path / "majlis.db", PASSPHRASE, DEVICE["en"])
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    try:
        window.go_to("settings")
        window.ctx.tasks.drain(30_000)
        found = private_paths(window, [str(tmp_path)])
        assert any(text.endswith("majlis.db") for text in found), found
    finally:
        window.close()
        store.close()
