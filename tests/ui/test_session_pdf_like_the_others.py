"""A session's PDF (the editors' "PDF" button) is written as File → Export's exports are (export_run).

A focus group's transcript of 50,000 words took about nine seconds to write, with "Writing the PDF…" and
no way to stop it, and it was not under the "one export at a time" rule: started while File → Export
wrote a centre's workbook it ran beside it (and File → Export, asked while the PDF was written, started
all the same). It now shows its steps and a Cancel in the status bar, a Cancel says what became of the
file (nothing in the folder), it is refused in one translated line while another export runs and the
other way round, and the line at its end names the whole path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.export_helpers import REFUSED as ALREADY
from tests.export_helpers import WorkerBusy, progress_of
from tests.i18n.test_i18n_screens import settle
from tests.pdf_helpers import missing_words
from tests.shots import shots_folder
from tests.ui_helpers import main_window_on_screen

T = QApplication.translate
TURNS = 120
LAST_TURN = "بەشداربووی کۆتایی دەڵێت یاسای هەڵبژاردن دەبێت بگۆڕدرێت"


def focus_group_open(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                     lang: str) -> tuple[MainWindow, FocusGroupEditor]:
    """A focus group of TURNS facilitator's turns open in the main window at 20 points on a laptop at 150 %."""
    session_id = sessions.create_session(store, "focus_group", title="گرووپی هەولێر", governorate="erbil",
                                         language="ckb")
    with store.transaction() as s:
        s.add_all(TranscriptTurn(session_id=session_id, position=float(i), participant_id=None,
                                 text=LAST_TURN if i == TURNS - 1 else f"قسەی ژمارە {i} دەربارەی یاسای هەڵبژاردن")
                  for i in range(TURNS))
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    editor = window.open_session(session_id)
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: getattr(editor, "is_loaded", True), timeout=10_000)
    settle()
    return window, editor


def test_cancel_leaves_nothing_then_the_pdf_is_written_with_its_steps_and_named(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window, editor = focus_group_open(manager, store, qtbot, monkeypatch, "ckb")
    shots = shots_folder(tmp_path, "MAJLIS_HP8_SHOTS")
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "transcript.pdf"
    with WorkerBusy(window):
        editor.pdf_button.export("minutes", str(target))
        settle()
        [running] = progress_of(window)
        button = running.cancel_button
        assert button.isVisible() and button.isEnabled() and button.width() >= button.sizeHint().width()
        corner = button.mapTo(window, button.rect().topLeft())
        assert corner.x() >= 0 and corner.x() + button.width() <= window.width()
        window.grab().save(str(shots / "session_pdf_running_20pt_ckb.png"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.ctx.tasks.drain(30_000)
    settle()
    cancelled = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert editor.status_line.text() == cancelled != "Export cancelled: nothing was written to the folder."
    assert window.statusBar().currentMessage() == cancelled
    assert list(stick.iterdir()) == []  # no PDF, no hidden temporary file either
    assert progress_of(window) == [] and editor.pdf_button.isEnabled()
    window.grab().save(str(shots / "session_pdf_cancelled_20pt_ckb.png"))

    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(editor.pdf_button.written, timeout=60_000):
        editor.pdf_button.export("minutes", str(target))
        [running] = progress_of(window)
        running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert len(seen) > 2 and seen[-1][0] == seen[-1][1], seen  # its steps, each reported, the last the end
    assert [p.name for p in stick.iterdir()] == ["transcript.pdf"]
    assert missing_words(target, LAST_TURN) == []
    said = T("PdfButton", "PDF written: %1").replace("%1", shown_path(target))
    assert str(target) in said
    assert editor.status_line.text() == said
    assert window.statusBar().currentMessage() == said
    assert progress_of(window) == []
    window.grab().save(str(shots / "session_pdf_written_20pt_ckb.png"))


def test_refused_while_file_export_runs(manager: LanguageManager, store: Store, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, editor = focus_group_open(manager, store, qtbot, monkeypatch, "ckb")
    with WorkerBusy(window):  # the centre's workbook waits its turn
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        editor.pdf_button.export("minutes", str(tmp_path / "transcript.pdf"))
        settle()
        assert progress_of(window) == [running]  # one bar, one Cancel
        assert editor.status_line.text() == T("MainWindow", ALREADY) != ALREADY
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP8_SHOTS") / "session_pdf_refused_20pt_ckb.png"))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".pdf")) == ["centre.xlsx"]


def test_file_export_refused_while_the_pdf_is_written(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, editor = focus_group_open(manager, store, qtbot, monkeypatch, "ar")
    target = tmp_path / "transcript.pdf"
    with WorkerBusy(window):
        editor.pdf_button.export("minutes", str(target))
        settle()
        [running] = progress_of(window)
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY) != ALREADY
        assert progress_of(window) == [running]
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".qdpx")) == ["transcript.pdf"]
    window.export_qdpx(str(tmp_path / "centre.qdpx"))  # once it has ended, File → Export is started
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.qdpx").exists()
