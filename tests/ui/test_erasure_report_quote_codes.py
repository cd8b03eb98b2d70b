"""The report window after an erasure named the codes used on the erased words, but not those of an earlier
withdrawal of consent to be quoted, said once in the Consent page's status line and then forgotten: the
window is the coordinator's list of what must still be checked. It now names them too, in a sentence of
their own, in the interface's language. Real store, real widgets."""

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
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page
from tests.ui.test_erasure_report_room import _whole_rows


def test_the_window_names_the_codes_of_a_withdrawal_of_quotes(qtbot: QtBot, ctx: AppContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)  # "trust" (a memo) is used on the other participant's words only
    withdrawal.withdraw_participant(ctx.store, participant_id=study.other, scope="quotes", on="2026-11-29")
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    assert len(opened) == 1
    report = opened[0]
    qtbot.addWidget(report)
    assert report.codes_note.isVisibleTo(report)
    erased, quoted = report.codes_note.text().split("\n")
    assert "water" in erased and "fear" in erased and "trust" not in erased
    assert "withdrew consent to be quoted" in quoted and "trust" in quoted and "water" not in quoted
    ctx.language.set_language("ar")
    report.retranslate()
    quoted = report.codes_note.text().split("\n")[1]
    assert "الثقة" in quoted and "trust" not in quoted  # the code's name in the interface's language


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_two_copies_stay_in_sight_beside_both_notes_at_20_points(
        store: Store, ctx: AppContext, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    """On a 1366x768 laptop at 150 % (910x512), the two sentences of codes took the list's room: not one
    copy showed whole. The sentences scroll now, two copies whole above them."""
    study = make_study(store)
    codes_around(store, study)
    for n in range(6):
        erasure_report.record_export(store, "xlsx", Path("/home/field/exports") / f"for-the-partner-{n}.xlsx")
    withdrawal.withdraw_participant(store, participant_id=study.other, scope="quotes", on="2026-11-29")
    withdrawal.withdraw_participant(store, participant_id=study.withdrawn, scope="all", on="2026-11-30")
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
    assert dialog.codes_note.text().count("\n") == 1  # both sentences
    assert dialog.width() <= 910 and dialog.height() <= 512
    assert _whole_rows(dialog) >= 2, (dialog.size(), dialog.items.viewport().height())
    assert dialog.codes_area.isVisible() and dialog.codes_area.height() < dialog.codes_note.height()  # it scrolls
