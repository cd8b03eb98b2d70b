"""Keyboard shortcuts named in an Arabic or Kurdish line stand on screen as they are pressed.

The transcript's hint ended "Alt+↑/↓: المداخلة السابقة/التالية", which stood on screen as "↓/↑+Alt":
the bidirectional algorithm gives "+", "↑", "/" and "↓" (no direction of their own) to the
right-to-left line around them, so only "Alt" stayed left to right. The ar and ckb translations
isolate the shortcut (LRI…PDI); the other shortcuts in the line end in a letter or digit and hold.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.bidi_order import shown_order
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_fg_status_follows_language import _editor
from tests.ui_helpers import main_window

SHORTCUTS = ("Ctrl+1…9", "Ctrl+0", "Ctrl+Enter", "Ctrl+T", "Alt+↑/↓")


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ar")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_transcript_hint_shows_each_shortcut_as_pressed(window: MainWindow, manager: LanguageManager,
                                                            store: Store, qtbot: QtBot, lang: str) -> None:
    editor = _editor(window, store, qtbot)
    manager.set_language(lang)
    settle()
    hint = editor.transcript.hint
    assert hint.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = hint.text()
    assert "participant" not in text  # translated
    shown = " ".join(shown_order(line) for line in text.split("\n"))
    for shortcut in SHORTCUTS:
        assert shortcut in text, (shortcut, text)
        assert shortcut in shown, (shortcut, shown)
    assert editor.transcript.edit.toolTip() == text
