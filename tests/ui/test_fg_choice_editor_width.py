"""The participant cell's choice editors in a focus group's Participants tab were as narrow as the
column, which fits the value shown, not the combo box's arrow and frame: editing an age band in
Arabic, "(غير مذكور)" lost its closing bracket. Each choice column is now wide enough for its
editor's longest item, so the editor shows every item whole, in ar, ckb and en."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import CHOICE_COLUMNS, COLUMNS
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_choice_editor_is_wide_enough_for_its_longest_item(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = open_editor(ctx, qtbot, new_focus_group(ctx.store))
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    ctx.tasks.drain()
    qtbot.waitUntil(lambda: len(editor.people.rows) == 1)
    view = editor.people_view
    settle()
    assert "age_band" in CHOICE_COLUMNS
    for column in sorted(CHOICE_COLUMNS):
        index = editor.people.index(0, COLUMNS.index(column))
        view.setCurrentIndex(index)
        view.edit(index)
        settle()
        combos = [c for c in view.viewport().findChildren(QComboBox) if c.isVisible()]
        assert len(combos) == 1, (lang, column, combos)
        combo = combos[0]
        # Every item, the "(not given)" one among them, fits in the closed box with its arrow and frame
        # (a combo box's size hint is its longest item's).
        assert combo.width() >= combo.sizeHint().width(), (lang, column, combo.width(), combo.sizeHint().width())
        qtbot.keyClick(combo, Qt.Key.Key_Escape)  # nothing changed
        settle()
