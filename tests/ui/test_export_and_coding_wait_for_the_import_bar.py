"""While an editor's import bar waits (an import changed the session, typing here not saved), Code this
session… and File → Export act on nothing: they flushed, which saves nothing while the bar waits, then
opened the coding window on the text as stored, or wrote the workbook with the session as stored, not as
on screen. They now say, as Finalise and the PDF do, to choose Show theirs or Keep mine first: the typing
still waits, no window opens, no file is written, nothing is asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.import_bar import choose_first
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.ui.test_editor_after_import import (
    FG_THEIRS,
    fg_stored,
    fg_typed_then_imported,
    imported,
    laptop_changes,
    laptop_roundtable,
    stored,
    typed_then_imported,
)
from tests.ui_helpers import language_fixture, main_window_on_screen

MakeCtx = Callable[..., AppContext]
language = language_fixture("ckb")
team = team_fixture(devices=1)


def _coding_windows() -> list[CodingWorkspace]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible()]


@pytest.mark.parametrize("how", ["button", "call"])
def test_a_roundtable_opens_no_coding_window_while_the_bar_waits(
        how: str, team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    before = stored(team.centre, sid)
    if how == "button":
        editor.code_button.click()
    else:
        assert editor.code_session() is None
    assert editor.save_problem.error() == choose_first()
    assert _coding_windows() == []
    assert stored(team.centre, sid) == before
    assert editor.has_unsaved() and not editor.import_bar.isHidden()


def test_a_focus_group_opens_no_coding_window_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    editor.show_message("")
    assert editor.code_session() is None
    assert editor.status_line.text() == choose_first()
    assert _coding_windows() == []
    assert fg_stored(team.centre, sid) == FG_THEIRS
    assert editor.has_unsaved() and not editor.import_bar.isHidden()
    editor.import_bar.mine_button.click()  # chosen: coding goes on as before, on what was saved
    qtbot.waitUntil(lambda: editor.import_bar.isHidden() and not editor.has_unsaved(), timeout=10_000)
    window = editor.code_session()
    assert isinstance(window, CodingWorkspace)
    window.close()


def _window_with_the_bar_up(team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, RoundtableEditor, str]:
    """The centre's window, a roundtable open with its venue typed, a bundle changing it imported on the
    window's Sync page: the bar waits."""
    sid = laptop_roundtable(team, tmp_path)
    bundle = laptop_changes(team, tmp_path, sid)
    window = main_window_on_screen(manager, team.centre, qtbot, "ckb", None, (1366, 768), monkeypatch)
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=30_000)
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    editor.edits["venue"].setText("هۆڵی گەل")
    editor.edits["venue"].textEdited.emit("هۆڵی گەل")
    editor.autosave_timer.setInterval(600_000)
    editor.autosave_timer.start()
    imported(sync, qtbot, bundle)
    qtbot.waitUntil(lambda: not editor.import_bar.isHidden(), timeout=10_000)
    return window, editor, sid


@pytest.mark.parametrize("what", ["xlsx", "qdpx"])
def test_file_export_writes_nothing_while_the_bar_waits(
        what: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, editor, sid = _window_with_the_bar_up(team, manager, qtbot, tmp_path, monkeypatch)
    asked: list[str] = []

    def where(*_a: object, **_k: object) -> tuple[str, str]:
        asked.append("where")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    before = stored(team.centre, sid)
    target = tmp_path / f"centre.{what}"
    export = window.export_xlsx if what == "xlsx" else window.export_qdpx
    export(str(target))
    export()  # from the menu: not even asked where
    assert window.ctx.tasks.drain(30_000)
    assert not target.exists() and asked == []
    assert window.statusBar().currentMessage() == choose_first()
    assert editor.save_problem.error() == choose_first()
    assert stored(team.centre, sid) == before
    assert editor.has_unsaved() and not editor.import_bar.isHidden()
    editor.import_bar.mine_button.click()  # chosen: the export goes on, with the typing kept
    qtbot.waitUntil(lambda: editor.import_bar.isHidden() and not editor.has_unsaved(), timeout=10_000)
    export(str(target))
    assert window.ctx.tasks.drain(30_000)
    assert target.exists()
    editor.autosave_timer.stop()
    window.close()
