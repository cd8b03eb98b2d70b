"""An export that reports no steps shows a busy bar in the status bar, its words still drawn.

Consent → Print consent register… reports no steps: its bar stood at nothing done for the whole run, as if
the export had not started or had stuck. The bar is now busy (moving, no end) until an export says how
many steps it has; "Exporting…" is still written in it (Qt draws a busy bar without its text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.export_helpers import WorkerBusy, progress_of
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder
from tests.ui.test_consent_actions_in_sight import LAPTOP, open_consent

T = QApplication.translate


def drawn(bar: QImage, other: QImage) -> bool:
    return bar.size() == other.size() and bar != other


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_printout_s_bar_is_busy_with_its_words(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 lang: str) -> None:
    window, page = open_consent(manager, demo_store, qtbot, lang, 20.0, LAPTOP, monkeypatch)
    page.select_record(page.register.rows[0].record_id)
    settle()
    folder = tmp_path / "stick"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    with WorkerBusy(window):
        assert page.print_register()
        settle()
        [running] = progress_of(window)
        steps = running.steps
        assert steps.minimum() == steps.maximum() == 0  # busy: no step done of none known
        assert steps.text() == T("MainWindow", "Exporting…") and steps.text()
        # The words are drawn in the busy bar: without them it looks otherwise.
        with_words = steps.grab().toImage()
        steps.setFormat("")
        QApplication.sendEvent(steps, QEvent(QEvent.Type.UpdateRequest))
        without = steps.grab().toImage()
        steps.setFormat(T("MainWindow", "Exporting…"))
        assert drawn(with_words, without)
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP9_SHOTS") / f"busy_bar_{lang}.png"))
        # An export that reports its steps shows them from its first report, the words still there.
        running.report(1, 4)
        assert (steps.minimum(), steps.maximum(), steps.value()) == (0, 4, 1)
        assert steps.text() == T("MainWindow", "Exporting…")
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert len(list(folder.iterdir())) == 1 and progress_of(window) == []
