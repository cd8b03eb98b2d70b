"""Consent → Print consent record… / Print consent register… run as File → Export's exports do (export_run).

A register of 40 takes two seconds or so to lay out and write; it was outside the "one export at a time"
rule, with no Cancel: asked while File → Export wrote a centre's workbook, its reading waited unseen
behind it on the worker, and File → Export, asked while a printout was written, started all the same.
It now has its Cancel in the status bar and tells the truth about it (nothing in the folder), and it is
refused in one translated line while another export runs (before the folder is asked for), and the
other way round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.local_tables import ExportRecord
from desktop.ui.consent import printout
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import breakable_paths, shown_path
from tests.export_helpers import REFUSED as ALREADY
from tests.export_helpers import WorkerBusy, progress_of
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder
from tests.ui.test_consent_actions_in_sight import LAPTOP, open_consent

T = QApplication.translate


def test_cancel_refusals_and_then_the_printout(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                               qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, page = open_consent(manager, demo_store, qtbot, "ckb", 20.0, LAPTOP, monkeypatch)
    page.select_record(page.register.rows[0].record_id)
    settle()
    stick = tmp_path / "stick"
    stick.mkdir()
    asked: list[str] = []

    def folder(*_a: Any, **_k: Any) -> str:
        asked.append("folder")
        return str(stick)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    shots = shots_folder(tmp_path, "MAJLIS_HP8_SHOTS")
    printed: list[object] = []
    page.printed.connect(printed.append)

    # Cancelled while it waits for the worker: nothing in the folder, and said so.
    with WorkerBusy(window):
        assert page.print_register()
        settle()
        [running] = progress_of(window)
        assert not page.print_record_button.isEnabled()
        qtbot.mouseClick(running.cancel_button, Qt.MouseButton.LeftButton)
    assert window.ctx.tasks.drain(30_000)
    settle()
    cancelled = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert page.status.text() == cancelled != "Export cancelled: nothing was written to the folder."
    assert window.statusBar().currentMessage() == cancelled
    assert list(stick.iterdir()) == [] and printed == [None]
    assert progress_of(window) == [] and page.print_record_button.isEnabled()

    # Refused while File → Export runs: no folder asked for, one bar, one Cancel.
    asked.clear()
    with WorkerBusy(window):
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        assert not page.print_record()
        assert not page.print_register()
        settle()
        assert asked == [] and progress_of(window) == [running]
        assert page.status.text() == T("MainWindow", ALREADY) != ALREADY
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        window.grab().save(str(shots / "consent_printout_refused_20pt_ckb.png"))
    assert window.ctx.tasks.drain(30_000)
    settle()

    # File → Export refused while the printout is written; then the printout is there.
    with WorkerBusy(window):
        assert page.print_record()
        settle()
        [running] = progress_of(window)
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert window.statusBar().currentMessage() == T("MainWindow", ALREADY)
        assert progress_of(window) == [running]
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert not (tmp_path / "centre.qdpx").exists()
    [pdf] = list(stick.iterdir())
    assert printed[-1] == pdf and pdf.read_bytes().startswith(b"%PDF")
    said = T("ConsentPage", "Saved %1").replace("%1", shown_path(pdf))
    assert page.status.text() == said and QLabel.text(page.status) == breakable_paths(said)  # as said; shown breakable
    assert window.statusBar().currentMessage() == ""  # the refusal said meanwhile is not left, cut, beside the items
    window.grab().save(str(shots / "consent_printout_written_20pt_ckb.png"))


def test_a_printout_never_written_is_not_named_by_an_erasure_report(manager: LanguageManager,
                                                                    demo_store: Store, qtbot: QtBot,  # noqa: F811
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    """A printout is noted for the erasure report when it is read; its folder gone before it was written
    (a USB stick pulled out), the note stayed, and a later report named a file no one could find."""
    window, page = open_consent(manager, demo_store, qtbot, "ar", None, LAPTOP, monkeypatch)
    page.select_record(page.register.rows[0].record_id)
    settle()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(stick)))
    real_write = printout.Printout.write

    def pulled_out(job: printout.Printout, cancelled: Any = None) -> Path:
        stick.rmdir()  # the stick pulled out between the reading and the writing
        return real_write(job, cancelled)

    def noted() -> list[str]:
        with demo_store.session() as s:
            return [p for p in s.scalars(select(ExportRecord.path)) if "stick" in p]

    monkeypatch.setattr(printout.Printout, "write", pulled_out)
    assert page.print_record()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert window.ctx.tasks.drain(30_000)
    assert not stick.exists() and page.status.text().startswith(T("ConsentPage", "The PDF could not be written: %1")[:10])
    assert noted() == []

    monkeypatch.setattr(printout.Printout, "write", real_write)  # written: its note stays
    stick.mkdir()
    assert page.print_record()
    assert window.ctx.tasks.drain(30_000)
    settle()
    [pdf] = list(stick.iterdir())
    assert noted() == [str(pdf.resolve())]
