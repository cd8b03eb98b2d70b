"""The bar over a focus-group editor that an import changed while typing waited ("This session was changed
by an import…", Show theirs / Keep mine) is brought into sight when it appears.

At 20 points on a 1366x768 laptop at 150 % the focus-group editor is taller than its frame, which scrolls;
the facilitator typing in the transcript's box at the foot had the frame scrolled down, and the bar
appeared at the editor's top, out of sight: the autosave stopped and nothing said why. Now the frame
scrolls to the bar (scroll_frame.bring_into_view) as it appears, the typing still on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines
from tests.team_fixture import team_fixture
from tests.ui.test_editor_after_import import laptop_focus_group, laptop_retypes
from tests.ui_helpers import in_view, main_window_on_screen

team = team_fixture(devices=1)
SCREEN = (911 - 16, 464 - 40)  # the main window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)


def _frame(widget: FocusGroupEditor) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_bar_is_brought_into_sight_when_it_appears(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                       tmp_path: Path, lang: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    # Closing the window with typing waiting asks: answered, never a modal box left open at the end.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    ids = laptop_focus_group(team, tmp_path)
    bundle = laptop_retypes(team, tmp_path, ids)
    window = main_window_on_screen(manager, team.centre, qtbot, lang, 20.0, SCREEN, monkeypatch)
    sync = window.page("sync")  # built, as when the import was started there
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=30_000)
    editor = window.open_session(ids[0])
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    editor.autosave_timer.setInterval(600_000)  # the import ends before the autosave, however slow
    box = editor.transcript.edit  # the turn being typed, at the editor's foot
    box.setFocus()
    type_text(box, "كلمة")
    settle()
    frame = _frame(editor)
    assert frame.verticalScrollBar().maximum() > 0, "the editor fits its frame: nothing to scroll at 20 points"
    frame.verticalScrollBar().setValue(frame.verticalScrollBar().maximum())  # where the box is
    settle()
    assert editor.has_unsaved() and frame.verticalScrollBar().value() > 0  # the editor's top, the bar's place, above

    imported_lines(sync, qtbot, [bundle])
    qtbot.waitUntil(lambda: editor.import_bar.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: in_view(editor.import_bar), timeout=5_000)
    assert box.toPlainText().endswith("كلمة") and editor.has_unsaved()  # the typing stays, waiting
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_IMPORT_BAR_SHOTS") / f"import_bar_20_{lang}.png"))
    window.close()
