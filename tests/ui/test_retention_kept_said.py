"""Consent page → End of the study, and the offer at start-up: the participants of sessions not yet held,
whom a retention run keeps, are said in one translated line (their number, never a name), and the offer
asks to erase the other participants' identities. Real SQLCipher store, the real page and its worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import retention, retention_kept
from desktop.ui import retention_offer
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.erasure_helpers import make_study
from tests.sync.test_retention_run_applied_alike import PLANNED_NAME, planned_session

OTHERS = ("Erase the other participants' names, phone numbers, signature images and paper scans, and the witnesses' "
          "names on their consent records, now? Pseudonyms, transcripts and codings stay. The erasure goes to the "
          "centre with the next bundle. It cannot be undone.")
KEPT = "Participants of sessions not yet held are kept (%1): their identities are not erased."


def _kept(ctx: AppContext, n: int) -> str:
    return QCoreApplication.translate("RetentionOffer", KEPT).replace("%1", ctx.language.format_number(n))


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_retention_box_says_how_many_it_keeps(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    study = make_study(ctx.store)
    planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    box = page.retention
    qtbot.waitUntil(lambda: box.state is not None, timeout=10_000)
    assert box.state is not None and box.state.kept == 2
    assert box.later.isVisible() and _kept(ctx, 2) in box.later.text().split("\n")
    assert PLANNED_NAME not in box.later.text() and "planned" not in box.later.text()
    assert box.erase.isEnabled()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_offer_says_whom_it_keeps_and_asks_for_the_others(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    study = make_study(ctx.store)
    planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = retention_offer.offer(ctx, parent, retention.status(ctx.store))
    assert box is not None
    qtbot.addWidget(box)
    assert _kept(ctx, 2) in box.text()
    assert box.informativeText() == QCoreApplication.translate("RetentionOffer", OTHERS)
    box.reject()


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_after_the_run_the_line_says_whom_it_kept(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    study = make_study(ctx.store)
    planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    window = QMainWindow()
    qtbot.addWidget(window)
    retention_offer.run(ctx, window)  # Erase identities, pressed
    expected = QCoreApplication.translate("RetentionOffer", "Identities erased; pseudonyms and pseudonymous data "
                                          "stay.") + " " + _kept(ctx, 2)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=20_000)
    assert ctx.tasks.drain(20_000)


def test_too_many_to_keep_is_said_and_nothing_erased(ctx: AppContext, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    planned_session(ctx.store, study)
    retention.set_months(ctx.store, 12)
    monkeypatch.setattr(retention_kept, "KEPT_MAX", 1)
    ctx.language.set_language("ar")
    window = QMainWindow()
    qtbot.addWidget(window)
    retention_offer.run(ctx, window)
    expected = QCoreApplication.translate("Retention", retention.TOO_MANY_KEPT)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=20_000)
    assert ctx.tasks.drain(20_000)
    assert retention.status(ctx.store).names == 1  # nothing erased
