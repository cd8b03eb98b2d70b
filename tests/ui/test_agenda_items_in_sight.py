"""The Agenda tab from the keyboard on a laptop's screen (895x424 at 150 %), as a note-taker adds and
removes items during a roundtable.

An item added below the fold got the keyboard's focus out of sight: with three items on screen, Add
agenda item (Alt+A, Space) put the cursor in a title under the bottom edge, and the note-taker typed
into a box they could not see (the scroll area scrolls to a field only when the Tab key reaches it).
An item removed with its Remove button (Space, then Yes) took the focus with it: the focus was on
nothing, and the next Tab started again from the top of the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.sessions.minutes_sections import AgendaItemWidget
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.helpers_typing import type_text
from tests.ui_helpers import roundtable_editor

LAPTOP = (895, 424)  # the main window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)


def in_sight(widget: QWidget) -> bool:
    """The whole of ``widget`` shows (not cut off by the scroll area it is in)."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == QRect(0, 0, widget.width(), widget.height())


def agenda_on_laptop(ctx: AppContext, qtbot: QtBot, lang: str) -> RoundtableEditor:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    editor.resize(*LAPTOP)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentWidget(editor.agenda)
    return editor


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_new_agenda_item_is_typed_in_where_it_shows(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    editor = agenda_on_laptop(ctx, qtbot, lang)
    for n in range(5):
        editor.agenda.add_button.setFocus()
        qtbot.keyClick(editor.agenda.add_button, " ")
        new = editor.agenda.items[-1]
        qtbot.waitUntil(lambda new=new: in_sight(new.title))  # type: ignore[misc]
        assert QApplication.focusWidget() is new.title, n
        type_text(new.title, f"بڕگەی {n + 1}")
        assert new.title.text() == f"بڕگەی {n + 1}"
    assert len(editor.agenda.items) == 5
    assert not in_sight(editor.agenda.items[0].title)  # the list did scroll: the first items went up


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_focus_stays_in_the_agenda_after_an_item_is_removed(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    editor = agenda_on_laptop(ctx, qtbot, lang)
    for title in ("یەکەم", "دووەم", "سێیەم", "چوارەم"):
        editor.agenda.add_item(title)
    items: list[AgendaItemWidget] = list(editor.agenda.items)

    def remove(item: AgendaItemWidget) -> None:
        item.remove.setFocus()
        qtbot.keyClick(item.remove, " ")

    remove(items[1])  # the one after it takes its place, and the focus
    qtbot.waitUntil(lambda: in_sight(items[2].title))
    assert QApplication.focusWidget() is items[2].title
    remove(items[3])  # the last: the one before it
    qtbot.waitUntil(lambda: in_sight(items[2].title))
    assert QApplication.focusWidget() is items[2].title
    remove(items[2])
    remove(items[0])  # none left: Add agenda item
    qtbot.waitUntil(lambda: not editor.agenda.items)
    assert QApplication.focusWidget() is editor.agenda.add_button
