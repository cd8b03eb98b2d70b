"""After an erasure, the report window names the codes whose memo or examples may quote the participant.

Before, a withdrawal of everything with no copy to list opened no window and said nothing of the codes
used on the erased words, whose memo or examples (the researcher's own text) may quote them. Now the
window opens for them too and names them in the interface's language. Real store, real widgets.
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
from desktop.ui.sync import arrived_erasure
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page
from tests.ui.test_erasure_report_room import _whole_rows


def test_the_report_opens_to_name_the_codes_to_read(qtbot: QtBot, ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    assert len(opened) == 1  # no copy to list: it opened for the codes
    report = opened[0]
    qtbot.addWidget(report)
    assert not report.items.isVisibleTo(report) and report.codes_note.isVisibleTo(report)
    said = report.codes_note.text()
    assert "Codebook" in said and "water" in said and "fear" in said
    assert "plain" not in said and "trust" not in said
    ctx.language.set_language("ar")
    report.retranslate()
    said = report.codes_note.text()
    assert "المياه" in said and "الخوف" in said and "، " in said
    assert "water" not in said and "fear" not in said  # the names in Arabic (the line once translated)


def test_an_arrived_erasure_says_there_are_codes_to_read(ctx: AppContext) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)
    withdrawal.withdraw_participant(ctx.store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    said = arrived_erasure.line(arrived_erasure.Arrived(erasure_report.report(ctx.store), at_centre=True))
    assert "memo, examples or criteria of codes" in said and "Publish a team update" in said


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_codes_leave_the_list_two_copies_at_20_points(store: Store, ctx: AppContext, manager: LanguageManager,
                                                          qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """On a 1366x768 laptop at 150 % (910x512), the line naming the codes (three lines long at first)
    left the list of copies one copy whole; it now takes two lines, and two copies show whole."""
    study = make_study(store)
    codes_around(store, study)
    for n in range(6):
        # A short folder: each copy on two lines, as in the room test of the list (test_erasure_report_room)
        erasure_report.record_export(store, "xlsx", Path("/home/field/exports") / f"for-the-partner-{n}.xlsx")
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(20.0)
    dialog = ErasureReportDialog(ctx, erasure_report.report(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    dialog.grab()  # laid out as drawn (the wrapped labels' heights settle when painted)
    QApplication.processEvents()
    assert dialog.codes_note.isVisible() and dialog.width() <= 910 and dialog.height() <= 512
    assert _whole_rows(dialog) >= 2, (dialog.size(), dialog.items.viewport().height())
