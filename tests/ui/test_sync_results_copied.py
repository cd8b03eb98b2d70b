"""The Sync page's results can be copied, several lines at once: a coordinator who imported a USB stick
of two hundred bundles sends the facilitators the lines of the refused files ("ask for it to be sent
again"). Only the line under the keyboard was copied by Ctrl+C, one line at a time; Ctrl+A selected
nothing, and the list had no menu. Now Ctrl+A then Ctrl+C copies every line in the list's order, a
selection of lines copies those lines, and the right-click menu copies the selected lines or all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.results_log import ResultsLog
from tests.sync_helpers import Team, session_bundle
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _lines(results: ResultsLog) -> list[str]:
    return [results.item(row).text() for row in range(results.count())]


def _imported(team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path) -> ResultsLog:
    """The centre's Results, in Kurdish, after an import of a laptop's bundle, a cut one and a photo."""
    laptop: Store = team.devices[0]
    good = session_bundle(laptop, tmp_path / "laptop01-01.majlis", "FG Erbil 1")
    with_cut = session_bundle(laptop, tmp_path / "laptop01-02.majlis", "FG Erbil 2")
    with_cut.write_bytes(with_cut.read_bytes()[:700])  # the stick pulled out while it was copied
    photo = tmp_path / "IMG_2231.majlis"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    assert export_bundle(laptop, tmp_path / "spare.majlis") is None  # nothing new: no third bundle
    manager.set_language("ckb")
    page = open_page(make_ctx(team.centre, lang=manager), qtbot)
    assert page.import_paths([good, with_cut, photo])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() == 4, timeout=30_000)
    return page.results


def test_ctrl_a_then_ctrl_c_copies_every_line(team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager,
                                              tmp_path: Path) -> None:
    results = _imported(team, qtbot, make_ctx, manager, tmp_path)
    QApplication.clipboard().clear()
    results.setFocus()
    results.setCurrentRow(2)
    qtbot.keyClick(results, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied == "\n".join(_lines(results))  # the heading, the two refused files, the imported one
    assert "IMG_2231.majlis" in copied and "laptop01-02.majlis" in copied


def test_lines_selected_are_copied_in_the_lists_order(team: Team, qtbot: QtBot, make_ctx: Any,
                                                      manager: LanguageManager, tmp_path: Path) -> None:
    results = _imported(team, qtbot, make_ctx, manager, tmp_path)
    lines = _lines(results)
    selection = results.selectionModel()
    results.setCurrentRow(2, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    results.setCurrentRow(1, QItemSelectionModel.SelectionFlag.Select)  # chosen from the bottom up
    qtbot.keyClick(results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"{lines[1]}\n{lines[2]}"  # the two refused files
    assert len(selection.selectedRows()) == 2

    # The right-click menu, in the interface's language: Copy (the selected lines) and Copy all.
    menu = results.copy_menu()
    copy, copy_all = menu.actions()
    assert copy.text() == QApplication.translate("ResultsLog", "&Copy")
    assert copy_all.text() == QApplication.translate("ResultsLog", "Copy &all")
    QApplication.clipboard().clear()
    copy_all.trigger()
    assert QApplication.clipboard().text() == "\n".join(lines)
    results.clearSelection()
    assert not results.copy_menu().actions()[0].isEnabled()  # nothing selected: nothing to copy
