"""A person added to a focus group is the selected one, in Arabic and Kurdish too, so "Record
consent" acts on them. ``QTableView.selectRow`` does nothing in a right-to-left table: in ar and ckb
the new person was added but nobody was selected, and Record consent did nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.ui.test_recording_fg_editor import new_focus_group, open_editor


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_person_added_is_the_one_selected(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = open_editor(ctx, qtbot, new_focus_group(ctx.store))
    editor.tabs.setCurrentIndex(1)
    for count in (1, 2):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        ctx.tasks.drain()
        qtbot.waitUntil(lambda: len(editor.people.rows) == count)  # noqa: B023 (waited for at once)
        rows = [index.row() for index in editor.people_view.selectionModel().selectedRows()]
        assert rows == [count - 1], (lang, rows)
        person = editor._selected_person()
        assert person is not None and person.code == editor.people.rows[-1].code
