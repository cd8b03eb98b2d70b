"""File → Export's done line at 20 points on a laptop at 150 %, beside the export's Cancel or across the
status bar: a path too long for one line wrapped where the line ran out, in the middle of a folder's or
a file's name. On Windows a path's backslashes are no place to break a line for Qt, so
"C:\\Users\\coordinator\\Documents\\Majlis exports\\…" was cut "Docu" / "ments". The line now breaks
a path after its separators (or at its spaces), never inside a name that fits on a line; the status bar
still says the line as it was made (``currentMessage``), and so does a screen reader. (Where cutting the
path's folders in their middle brings the line onto one line, it is shown so: test_status_path_one_line.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import live_status, whole_status
from desktop.ui.widgets.export_progress import ExportProgress
from desktop.ui.widgets.save_files import breakable_paths, shown_path
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui.test_status_line_whole_at_20_points import shown_whole
from tests.ui_helpers import main_window_on_screen

T = QApplication.translate
WINDOWS = r"C:\Users\coordinator\OneDrive\Documents\MajlisExports\BasraCentre\December2026\majlis-export.xlsx"
LINUX = "/media/coordinator/USB-STICK/MajlisExports/BasraCentre/December2026/majlis-export.xlsx"
# A line may end at a space, a hyphen or after a separator (and the invisible marks around them) ...
ENDS = (" ", "\\", "/", "-")
INVISIBLE = "\u200b\u2060\u2066\u2069\u200e"
# ... but not after a path's root alone.
ROOTS = ("C:", "C:\\", "/")


def lines_of(label: QLabel) -> list[str]:
    """The lines ``label`` shows its text on, laid out as a word-wrapped label lays it out."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    shown: list[str] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        shown.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return shown


@pytest.mark.parametrize(("lang", "path", "beside_cancel"), [
    ("ckb", WINDOWS, False), ("ar", WINDOWS, False), ("en", WINDOWS, False), ("ckb", LINUX, False),
    ("ckb", WINDOWS, True), ("ar", WINDOWS, True), ("en", WINDOWS, True)])
def test_a_long_path_breaks_after_its_separators(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 lang: str, path: str, beside_cancel: bool) -> None:
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    if beside_cancel:  # another export's steps and Cancel stay in the bar: the line takes the room beside them
        ExportProgress(window.statusBar())
    settle()
    said = T("MainWindow", "Too late to cancel: the export was already saved. %1").replace(
        "%1", T("MainWindow", "Excel workbook written: %1").replace("%1", shown_path(path)))
    live_status.show(window, said, 0)
    settle()
    bar = window.statusBar()
    assert bar.currentMessage() == said  # the line as made, for whoever reads it
    label = bar.findChild(QLabel, whole_status.NAME)
    assert label is not None and label.isVisible()
    assert shown_whole(window, said)
    shown = lines_of(label)
    if not label.wordWrap():  # the path's folders cut in their middle brought it onto one line (Arabic is short)
        assert len(shown) == 1 and "majlis-export.xlsx" in label.text()
        return
    assert len(shown) > 1
    ends = [line.rstrip(INVISIBLE) for line in shown[:-1]]
    cut = [end for end in ends if not end.endswith(ENDS) or end.endswith(tuple(f" {root}" for root in ROOTS))]
    name = f"status_path_{lang}_{'cancel' if beside_cancel else 'alone'}_{'posix' if path == LINUX else 'win'}.png"
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP5_SHOTS") / name))
    assert not cut, f"broken inside a name: {shown}"


def test_only_paths_are_made_breakable_and_only_once() -> None:
    """A file's name alone and words outside a path are left as they are; a line made breakable and then
    shown in the status bar (a printout's line said again there) is made so once."""
    name = shown_path("consent-BSR-FG01-P01.pdf")
    assert breakable_paths(f"Saved {name}") == f"Saved {name}"
    line = f"Saved {shown_path(WINDOWS)}"
    once = breakable_paths(line)
    assert once != line and breakable_paths(once) == once
    assert once.replace("\u200b", "").replace("\u2060", "") == line  # only invisible breaks and joiners added
    assert "C:\\\u2060Users" in once  # the root stays with the first folder's name
