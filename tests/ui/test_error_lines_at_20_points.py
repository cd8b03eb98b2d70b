"""Error lines at 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels): all their lines in
sight, the widgets under them not squeezed.

A FieldError (the red line under a field, or an editor's "Not saved yet: …") is a word-wrapped QLabel;
Qt counts its least height as one line, and its layout took its other lines from the widgets beside it.
In the roundtable editor, with the database held by another program, "Not saved yet: Another program is
using the database. Majlis tries again by itself; your text stays on screen." (two or three lines)
squeezed the tabs under their least, and the line itself was cut.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
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
