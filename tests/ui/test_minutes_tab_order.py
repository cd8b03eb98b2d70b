"""A roundtable's minutes from the keyboard, as a facilitator whose trackpad is broken writes them: a
tab chosen with its Alt letter or the arrow keys, then the Tab key through it in the order it reads.

Tab from the editor's tab bar went to the Back button (the tab's own fields only by Shift+Tab); in
the Agenda tab a nameless scroll area was a Tab stop of its own, and an agenda item added (or loaded)
was put at the end of the window's Tab order, so Tab from its Remove button left the editor for the
navigation list; the buttons above the Attendance, Decisions and Action items tables came after
their table. (tests/ui/test_accessibility.py's tab_bar_problems checks every tab bar of the app.)
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import (  # noqa: F401  (fixtures, used by name)
    Screens,
    ctx,
    demo_store,
    isolated_settings,
    language,
    settle,
    store,
    switch,
    user_name,
)
from tests.ui.test_accessibility import each_tab, mnemonic_letter, mnemonic_problems, sessions_by_state
from tests.ui_helpers import focused


def tab_from(start: QWidget, presses: int) -> list[QWidget]:
    """The widgets the focus lands on, ``presses`` Tab keys from ``start`` (which has the focus)."""
    assert QApplication.focusWidget() is start
    out = []
    for _ in range(presses):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        out.append(focused())
    return out


def names(widgets: Sequence[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.text() if hasattr(w, 'text') else w.accessibleName()}"
            for w in widgets]


@pytest.fixture
def editor(ctx: AppContext, qtbot: QtBot) -> RoundtableEditor:  # noqa: F811
    screens = Screens(ctx, qtbot)
    draft = next(sid for kind, status, sid in sessions_by_state(ctx) if kind == "roundtable" and status == "draft")
    opened = screens.window.open_session(draft)  # type: ignore[attr-defined]
    assert isinstance(opened, RoundtableEditor)
    settle()
    return opened


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_minutes_tabs_read_in_order_from_the_keyboard(
        editor: RoundtableEditor, ctx: AppContext, lang: str) -> None:  # noqa: F811
    ctx.language.set_language(lang)
    settle()
    editor.window().activateWindow()
    editor.setFocus()
    settle()
    assert QApplication.focusWidget() is editor.edits["title"]
    # Alt and the Agenda tab's letter, then the Tab key: Add agenda item first.
    letter = mnemonic_letter(editor.tabs.tabText(2))
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)
    settle()
    assert editor.tabs.currentIndex() == 2
    add = editor.agenda.add_button
    assert QApplication.focusWidget() is add
    QTest.keyClick(add, Qt.Key.Key_Space)  # a new item, its title ready for typing
    settle()
    new = editor.agenda.items[-1]
    assert QApplication.focusWidget() is new.title
    type_text(new.title, "الميزانية")
    items = editor.agenda.items
    assert len(items) >= 2, "the demo roundtable has agenda items of its own"
    add.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    expected: list[QWidget] = [w for item in items for w in (item.title, item.notes, item.remove)]
    got = tab_from(add, len(expected))
    assert names(got) == names(expected)
    assert got == expected

    # The tab bar leads into the tab; the buttons above a table before it.
    for index, section, buttons in (
        (1, editor.attendance, [editor.attendance.add_button, editor.add_participant_button,
                                editor.new_person_button, editor.attendance.remove_button]),
        (3, editor.decisions, [editor.decisions.add_button, editor.decisions.remove_button]),
        (4, editor.action_items, [editor.action_items.add_button, editor.action_items.remove_button]),
    ):
        editor.tabs.setCurrentIndex(index)
        bar = editor.tabs.tabBar()
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        expected = [*(b for b in buttons if b.isEnabled()), section.view]
        assert names(tab_from(bar, len(expected))) == names(expected)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_every_minutes_tab_has_an_alt_letter_of_its_own(
        editor: RoundtableEditor, ctx: AppContext, lang: str) -> None:  # noqa: F811
    """Decisions and Action items had no Alt letter while Details, Attendance and Agenda had one: the
    keyboard reached them only by Ctrl+Tab through the others. Each tab's letter now takes it to its
    tab and its first control, and no letter on the editor's screen is taken twice, whichever tab is
    in front (mnemonic_problems, which also finds a tab bar with tabs left without a letter)."""
    ctx.language.set_language(lang)
    settle()
    window = editor.window()
    window.activateWindow()
    editor.setFocus()
    settle()
    for _ in each_tab(editor):
        assert mnemonic_problems(f"roundtable editor [{lang}]", window, lang) == []
    for index, first in ((3, editor.decisions.add_button), (4, editor.action_items.add_button), (0, editor.edits["title"])):
        text = editor.tabs.tabText(index)
        letter = mnemonic_letter(text)
        assert letter, f"the tab {text!r} has no Alt letter"
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)
        settle()
        assert editor.tabs.currentIndex() == index, f"Alt+{letter} did not bring {text!r} to the front"
        assert QApplication.focusWidget() is first
