"""The erasure report's list of copies at 20 points on a 1366x768 laptop at 150 % (910x512 logical pixels).

The dialog opened at the size chosen for the usual text (760x480): its explanation wrapped on to three
lines, each copy on to three, and the list was a strip of 194 pixels showing one copy of six, while the
screen had room beside and below. It now opens larger with a larger text (within the screen), and the
list takes the room the dialog has: at least two copies whole, more as the dialog grows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import erasure_report, withdrawal
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import make_study
from tests.shots import look_folder


def _whole_rows(dialog: ErasureReportDialog) -> int:
    """How many copies the list shows whole, from its top."""
    items, shown = dialog.items, 0
    for row in range(items.count()):
        rect = items.visualItemRect(items.item(row))
        if rect.top() < 0 or rect.bottom() >= items.viewport().height():
            break
        shown += 1
    return shown


@pytest.mark.parametrize(("lang", "size"), [("ar", 20.0), ("ckb", 20.0), ("en", 20.0), ("ar", 24.0), ("ckb", 24.0)])
def test_the_list_of_copies_takes_the_room_of_the_screen(store: Store, ctx: AppContext, manager: LanguageManager,
                                                         qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         size: float) -> None:
    study = make_study(store)
    for n in range(6):
        erasure_report.record_export(store, "xlsx", tmp_path / "exports" / f"for-the-partner-{n}.xlsx")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    report = erasure_report.report(store)
    assert len(report.items) == 6
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    dialog = ErasureReportDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.width() <= 910 and dialog.height() <= 512
    dialog.grab().save(str(look_folder() / f"erasure_report_{lang}_{int(size)}.png"))  # look at them
    assert _whole_rows(dialog) >= (2 if size == 20.0 else 1), (dialog.size(), dialog.items.viewport().height())
    # The list grows with the dialog (a taller screen, the window made taller by hand).
    before = dialog.items.height()
    dialog.resize(dialog.width(), dialog.height() + 200)
    QApplication.processEvents()
    assert dialog.items.height() >= before + 150
