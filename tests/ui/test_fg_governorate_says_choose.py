"""A new focus group's governorate box says to choose one, as a new roundtable's does.

The focus group's Session details showed its governorate as an empty box (its first item was ""),
beside a roundtable's "— choose —" for the same field, which a session needs before it is final.
The first item now says "— choose —" in the interface's language, after a switch too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

CHOOSE = {"ar": "— اختر —", "ckb": "— هەڵبژێرە —", "en": "— choose —"}


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ar")


def test_the_governorate_says_choose_in_each_language(window: MainWindow, manager: LanguageManager, store: Store,
                                                      qtbot: QtBot) -> None:
    editor = window.open_session(sessions.create_session(store, "focus_group"))  # as New focus group makes it
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    governorate = editor.header.governorate
    assert governorate.currentData() == ""  # none chosen yet
    for lang in ("ar", "ckb", "en"):
        manager.set_language(lang)
        settle()
        assert governorate.currentText() == CHOOSE[lang], (lang, governorate.currentText())
        # The roundtable's words for the same field.
        assert CHOOSE[lang] == QApplication.translate("RoundtableEditor", "— choose —")
