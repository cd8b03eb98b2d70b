"""The erasure report's copies, each path whole: wrapped within the list, left to right, its file name
in sight, at 1366x768 and at 20 points on a 1366x768 laptop at 150 %.

A workbook kept deep in a partner's folders ran past the list's side: the list cut the line (at its
left in Arabic, where the file name stands) and scrolled sideways, so the person told to delete the
file could not read which one. Each line now goes on to as many lines as it needs, broken inside the
path where no space is, and the list never scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from desktop.core import erasure_report, withdrawal
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import make_study

FILE_NAME = "for-the-partner-2026-12-03.xlsx"


@pytest.mark.parametrize(("lang", "size", "screen"), [("ar", None, (1366, 768)), ("en", None, (1366, 768)),
                                                      ("ar", 20.0, (910, 512)), ("ckb", 20.0, (910, 512)),
                                                      ("en", 20.0, (910, 512))])
def test_each_copy_s_path_shows_whole(store: Store, ctx: AppContext, manager: LanguageManager, qtbot: QtBot,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                      size: float | None, screen: tuple[int, int]) -> None:
    study = make_study(store)
    deep = tmp_path / "exports_for_the_partner_organisation" / "december_2026_roundtables" / "shared_with_the_ministry"
    erasure_report.record_export(store, "xlsx", deep / FILE_NAME)
    erasure_report.record_export(store, "pdf", tmp_path / "brief.pdf")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    report = erasure_report.report(store)
    assert any(FILE_NAME in item.where for item in report.items)
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*screen))
    manager.set_language(lang)
    manager.set_font_size(size)
    dialog = ErasureReportDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    items = dialog.items
    viewport = items.viewport().width()
    assert items.horizontalScrollBar().maximum() == 0, "the list scrolls sideways"
    # The room a cell's words have, as the style lays them out: its text margin at each side.
    margins = 2 * (items.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, items) + 1)
    for row in range(items.count()):
        item = items.item(row)
        text = item.text()
        rect = items.visualItemRect(item)
        assert rect.left() >= 0 and rect.right() <= viewport, text
        lines = items.fontMetrics().boundingRect(QRect(0, 0, rect.width() - margins, 10**6),
                                                 int(Qt.TextFlag.TextWrapAnywhere), text)
        assert lines.height() <= rect.height(), f"{text} cut: {lines.height()} > {rect.height()}"
    # The file's name on the item's first line, left to right, in sight at the list's top; its folder below.
    line = next(items.item(r).text() for r in range(items.count()) if FILE_NAME in items.item(r).text())
    first, folder = line.split("\n")
    assert first.endswith(f"\u2066{FILE_NAME}\u2069") and folder == f"\u2066{deep.resolve()}/\u2069"
    top = items.fontMetrics().boundingRect(QRect(0, 0, items.viewport().width() - margins, 10**6),
                                           int(Qt.TextFlag.TextWrapAnywhere), first)
    assert top.height() <= items.viewport().height(), "the file's name below the list's edge"
    assert not dialog.status.isVisible() and not dialog.status.text()  # no empty line's height taken
