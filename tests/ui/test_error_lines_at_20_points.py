"""Error lines at 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels): all their lines in
sight, the widgets under them not squeezed.

A FieldError (the red line under a field, or an editor's "Not saved yet: …") is a word-wrapped QLabel;
Qt counts its least height as one line, and its layout took its other lines from the widgets beside it.
In the roundtable editor, with the database held by another program, "Not saved yet: Another program is
using the database. Majlis tries again by itself; your text stays on screen." (two or three lines)
squeezed the tabs under their least, and the line itself was cut.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.field_error import FieldWithError
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui.test_save_while_locked import OtherProgram, other  # noqa: F401
from tests.ui_helpers import main_window_on_screen


def lines_whole(label: QWidget) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def least(widget: QWidget) -> int:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize()).height()


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_not_saved_yet_keeps_its_lines_and_the_tabs_their_room(
        manager: LanguageManager, store: Store, other: OtherProgram, qtbot: QtBot,  # noqa: F811
        lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = sessions.create_session(store, "roundtable", title="", governorate="basra")
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    try:
        editor = window.open_session(sid)
        assert isinstance(editor, RoundtableEditor)
        settle()
        type_text(editor.edits["title"], "طاولة البصرة")
        other.hold()
        editor.flush()
        for _ in range(3):
            settle()
        line = editor.save_problem
        assert line.error() and line.isVisible()
        lines = line.heightForWidth(line.width()) // line.fontMetrics().lineSpacing()
        assert lines >= 2, "the test wants a message of more than one line"
        assert lines_whole(line), (line.height(), line.heightForWidth(line.width()))
        assert editor.tabs.height() >= least(editor.tabs), (editor.tabs.height(), least(editor.tabs))
        assert line.geometry().bottom() < editor.tabs.geometry().top()
    finally:
        other.release()
        manager.set_font_size(None)


def cells_whole(cells: dict[str, FieldWithError]) -> list[str]:
    """The error lines (shown) cut, and the cells that run over the next one, of a form's ``cells``."""
    wrong = [f"{name}'s error {cell.error.height()} of {cell.error.heightForWidth(cell.error.width())}"
             for name, cell in cells.items() if cell.error.isVisible() and not lines_whole(cell.error)]
    ordered = sorted(cells.items(), key=lambda item: item[1].geometry().top())
    wrong += [f"{a} over {b}" for (a, one), (b, two) in zip(ordered, ordered[1:], strict=False)
              if one.geometry().bottom() >= two.geometry().top()]
    return wrong


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_the_details_errors_show_whole_under_their_fields(
        manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, kind: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new session's Details: "Needed before the session can be finalised." under the title and the
    date (two lines at 20 points); a longer line under the venue."""
    sid = sessions.create_session(store, kind, title="", governorate="basra")
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    try:
        editor: Any = window.open_session(sid)
        assert editor is not None
        editor.tabs.setCurrentIndex(0 if kind == "roundtable" else 2)
        settle()
        cells: dict[str, FieldWithError] = editor.cells if kind == "roundtable" else editor.header.wrapped
        for name in ("title", "date"):
            cells[name].error.set_error(
                lambda: QCoreApplication.translate("problems", "Needed before the session can be finalised."))
        cells["venue"].error.set_error(lambda: QCoreApplication.translate(
            "SaveFailure", "Not saved yet: %1 Majlis tries again by itself; your text stays on screen.").replace(
            "%1", QCoreApplication.translate("SaveFailure", "Another program is using the database.")))
        for _ in range(3):
            settle()
        assert all(cells[name].error.isVisible() for name in ("title", "date", "venue"))
        assert cells_whole(cells) == []
    finally:
        manager.set_font_size(None)
