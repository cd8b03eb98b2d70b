"""File → Export tells the truth about a Cancel, runs one export at a time, and shows a REFI-QDA export's steps.

- A Cancel pressed while the finished file took its name (past the export's last check) let the export
  finish, and the status bar said only "Excel workbook written" to a person who had pressed Cancel and
  believed it done. The line now says Cancel came too late and the file was saved (it is there).
- Two exports asked one after the other showed two progress bars and two Cancels in the status bar, the
  second waiting unseen behind the first on the one worker. One runs at a time: asked while one runs, the
  status bar says so (no question where to save, nothing started) and the running one keeps its Cancel.
- A REFI-QDA export showed an empty bar until its end: its steps are now shown as the workbook's are."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.export_helpers import progress_of
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui.test_status_line_whole_at_20_points import shown_whole
from tests.ui_helpers import main_window, main_window_on_screen

T = QApplication.translate



@pytest.mark.parametrize(("lang", "what"), [("ar", "xlsx"), ("ckb", "qdpx")])
def test_a_cancel_that_came_too_late_is_said(manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, lang: str, what: str) -> None:
    """At 20 points on a laptop at 150 %, the line read whole."""
    demo.generate(store, sessions=3, seed=3, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    out = tmp_path / f"centre.{what}"
    (window.export_xlsx if what == "xlsx" else window.export_qdpx)(str(out))
    [running] = progress_of(window)
    # The export has put its file in place; its result has not reached the window yet when Cancel is pressed.
    assert window.ctx.tasks.wait(30_000)
    running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert out.exists()  # it was written
    said = window.statusBar().currentMessage()
    written = (T("MainWindow", "Excel workbook written: %1") if what == "xlsx"
               else T("MainWindow", "REFI-QDA project written: %1")).replace("%1", "")
    too_late = T("MainWindow", "Too late to cancel: the export was already saved. %1").replace("%1", "")
    assert said.startswith(too_late + written), said
    assert progress_of(window) == []
    assert shown_whole(window, said)
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP3_SHOTS") / f"export_too_late_20pt_{lang}.png"))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_one_export_at_a_time(manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """At 20 points on a laptop at 150 %: the second export asked is refused in a line, read whole, and the
    running export's Cancel stays in sight."""
    demo.generate(store, sessions=2, seed=3, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    shots = shots_folder(tmp_path, "MAJLIS_HP3_SHOTS")
    release = threading.Event()
    window.ctx.tasks.run(lambda _token, _progress: release.wait(20))  # the worker busy: the export waits its turn
    try:
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        window.grab().save(str(shots / f"export_running_20pt_{lang}.png"))
        assert window.export_qdpx_action.isEnabled()  # asked, it answers
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        window.export_xlsx(str(tmp_path / "other.xlsx"))
        settle()
        qtbot.wait(50)
        assert progress_of(window) == [running]  # one bar, one Cancel
        bar = window.statusBar()
        line = T("MainWindow", "An export is already running. Wait for it to finish, or cancel it, then export again.")
        assert bar.currentMessage() == line
        shown = [w for w in bar.findChildren(type(window.unsent_label)) if w.isVisible() and w.text() == line]
        assert shown or bar.fontMetrics().horizontalAdvance(line) < bar.width() // 2, "read whole"
        for label in shown:
            assert label.height() >= label.heightForWidth(label.width())
        button = running.cancel_button
        assert button.isVisible() and button.isEnabled() and button.width() >= button.sizeHint().width()
        corner = button.mapTo(window, button.rect().topLeft())
        assert corner.x() >= 0 and corner.x() + button.width() <= window.width()
        assert corner.y() + button.height() <= window.height()
        window.grab().save(str(shots / f"export_second_asked_20pt_{lang}.png"))
    finally:
        release.set()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".qdpx")] == ["centre.xlsx"]
    window.grab().save(str(shots / f"export_written_20pt_{lang}.png"))
    # Once it has ended, the next export is started.
    window.export_qdpx(str(tmp_path / "centre.qdpx"))
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.qdpx").exists()


def test_the_refi_qda_steps_are_shown(manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    demo.generate(store, sessions=4, seed=3, advocacy=False)
    window = main_window(manager, store, qtbot, "ckb")
    seen: list[tuple[int, int]] = []
    window.export_qdpx(str(tmp_path / "centre.qdpx"))
    [running] = progress_of(window)
    running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    assert seen and seen[-1] == (15, 15), seen  # four sessions' sources built and put in, the rest, five files
