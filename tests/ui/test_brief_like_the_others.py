"""A recommendation's "Evidence brief…" is written as File → Export's exports are (export_run).

It was written on the database worker outside the "one export at a time" rule: asked while File → Export
wrote a centre's workbook, it waited unseen behind it ("Writing the evidence brief…", no Cancel), and
File → Export, asked while the brief was written, started all the same. It now has its Cancel in the
status bar and tells the truth about it (nothing in the folder), is refused in one translated line while
another export runs and the other way round, and the line at its end names the whole path, in the
status bar too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
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


def recommendation_open(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                        lang: str) -> tuple[MainWindow, RecommendationsPage]:
    demo.generate(store, sessions=4, seed=2)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    window.go_to("recommendations")
    page = window.page("recommendations")
    assert isinstance(page, RecommendationsPage)
    qtbot.waitUntil(lambda: len(page.list_model.rows) > 0, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 0))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    settle()
    return window, page


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_cancel_leaves_nothing_then_the_brief_is_written_and_named(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        suffix: str) -> None:
    window, page = recommendation_open(manager, store, qtbot, monkeypatch, "ckb")
    button = page.view.brief_button
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / f"brief{suffix}"
    with WorkerBusy(window):
        button.export(str(target))
        settle()
        [running] = progress_of(window)
        assert not button.isEnabled()
        qtbot.mouseClick(running.cancel_button, Qt.MouseButton.LeftButton)
    assert window.ctx.tasks.drain(30_000)
    settle()
    cancelled = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert page.view.notice.text() == cancelled != "Export cancelled: nothing was written to the folder."
    assert window.statusBar().currentMessage() == cancelled
    assert list(stick.iterdir()) == []  # no brief, no hidden temporary file either
    assert progress_of(window) == [] and button.isEnabled()

    with qtbot.waitSignal(button.written, timeout=60_000):
        button.export(str(target))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert [p.name for p in stick.iterdir()] == [target.name]
    if suffix == ".pdf":
        fields = page.view.current.fields if page.view.current is not None else {}
        assert missing_words(target, fields["title_ckb"] or fields["title_ar"]) == []
    said = T("BriefButton", "Evidence brief written: %1").replace("%1", shown_path(target))
    assert page.view.notice.text() == said and str(target) in said
    assert window.statusBar().currentMessage() == said
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP8_SHOTS") / f"brief_written{suffix}_20pt_ckb.png"))


def test_refused_while_file_export_runs_and_the_other_way_round(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, page = recommendation_open(manager, store, qtbot, monkeypatch, "ckb")
    button = page.view.brief_button
    with WorkerBusy(window):  # the centre's workbook waits its turn
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        button.export(str(tmp_path / "brief.pdf"))
        settle()
        assert progress_of(window) == [running]  # one bar, one Cancel
        assert page.view.notice.text() == T("MainWindow", ALREADY) != ALREADY
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        assert button.isEnabled()
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP8_SHOTS") / "brief_refused_20pt_ckb.png"))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".pdf")) == ["centre.xlsx"]

    with WorkerBusy(window):
        button.export(str(tmp_path / "brief.pdf"))
        settle()
        [running] = progress_of(window)
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        assert progress_of(window) == [running]
    assert window.ctx.tasks.drain(30_000)
    assert not (tmp_path / "centre.qdpx").exists() and (tmp_path / "brief.pdf").exists()
