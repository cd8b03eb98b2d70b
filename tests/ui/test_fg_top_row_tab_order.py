"""Tab through the focus-group editor's top row in the order it reads, as the roundtable editor's does:
Back, Code this session…, PDF, Audit trail, Finalise (or Unlock…), Import text…, then the tab bar and the
transcript. Tab from the navigation went to Code this session… first, then Back, Import text…, Finalise,
Audit trail and PDF: a facilitator on the keyboard, in Arabic, looking for Finalise, saw the focus jump
from one end of the row to the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group
from tests.ui_helpers import focused, main_window


def stops_from_navigation(editor: FocusGroupEditor, nav: QWidget, until: QWidget) -> list[QWidget]:
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    seen: list[QWidget] = []
    for _ in range(20):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        seen.append(focused())
        if focused() is until:
            break
    return seen


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tab_goes_along_the_top_row_as_it_reads(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                lang: str) -> None:
    window = main_window(manager, store, qtbot, lang, active=True)
    editor = window.open_session(new_focus_group(store))
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    settle()
    life, t = editor.lifecycle, editor.transcript
    expected = [editor.back_button, editor.code_button, editor.pdf_button, life.audit_button, life.finalise_button,
                t.import_button, editor.tabs.tabBar(), t.view]

    def names(widgets: list[QWidget]) -> list[str]:
        return [getattr(w, "text", lambda: "")() or w.accessibleName() or type(w).__name__ for w in widgets]

    got = names(stops_from_navigation(editor, window.nav, t.view))
    assert got == names(expected), got

    # Final: Unlock… in Finalise's place, no Import text… (nothing can be added).
    assert life.finalise()
    settle()
    expected[4] = life.unlock_button
    expected.remove(t.import_button)
    got = names(stops_from_navigation(editor, window.nav, t.view))
    assert got == names(expected), got
