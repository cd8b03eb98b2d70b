"""Consent page → End of the study, and the offer at start-up: the participants of a session not yet held
(planned for next week) keep their identities, and both say so in one translated line (their number,
never a name), the offer asking to erase the OTHER participants' names; after the run the status line says
it too. Before, the run erased every participant's identity, the people invited next week too, and the
offer said "every participant". Real SQLCipher store, the real page, dialog and worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.core import retention
from desktop.ui import retention_offer
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.core.test_retention_keeps_sessions_not_yet_held import PLANNED_NAME, _identity, planned_session
from tests.erasure_helpers import make_study

KEPT = "Participants of sessions not yet held are kept (%1): their identities are not erased."
LEFT_OUT = "Sessions dated after today are left out (%1): the period runs from the last session held."


def _line(ctx: AppContext, source: str, n: int) -> str:
    return QCoreApplication.translate("RetentionOffer", source).replace("%1", ctx.language.format_number(n))


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_retention_box_says_the_participants_kept(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    study = make_study(ctx.store)  # held on 2023-01-15
    planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    box = page.retention
    qtbot.waitUntil(lambda: box.state is not None, timeout=10_000)
    assert box.state is not None and (box.state.later, box.state.kept) == (1, 2)
    assert box.later.isVisible()
    assert box.later.text() == _line(ctx, LEFT_OUT, 1) + "\n" + _line(ctx, KEPT, 2)
    assert PLANNED_NAME not in box.later.text()
    assert box.erase.isEnabled()  # the held session's participant is still to erase


def test_the_offer_erases_the_others_and_keeps_the_invited(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    _sid, invited = planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: None)
    window = QMainWindow()
    qtbot.addWidget(window)
    box = retention_offer.offer(ctx, window, retention.status(ctx.store))
    assert box is not None
    qtbot.addWidget(box)
    assert _line(ctx, KEPT, 2) in box.text()
    assert box.informativeText().startswith(QCoreApplication.translate("RetentionOffer", "Erase the other participants'"))
    erase = next(b for b in box.buttons() if b.objectName() == "retention_erase")
    erase.click()
    qtbot.waitUntil(lambda: "Identities erased" in window.statusBar().currentMessage(), timeout=20_000)
    assert window.statusBar().currentMessage() == (
        QCoreApplication.translate("RetentionOffer", "Identities erased; pseudonyms and pseudonymous data stay.")
        + " " + _line(ctx, KEPT, 2))
    assert _identity(ctx.store, invited) == (PLANNED_NAME, "07700000999", 1)
    assert _identity(ctx.store, study.withdrawn) == (None, None, 0)
    assert retention_offer.offer(ctx, window, retention.status(ctx.store)) is None  # nothing left: no offer again
