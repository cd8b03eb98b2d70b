"""Consent page → End of the study, and the offer at start-up, when the retention period has passed and
this database holds no name, phone, signature or scan (a centre the laptops' names have not reached):
the run is still offered, said as a run for the other devices, and recorded; once it is, nothing more is
offered. Found in session 41 (hp9): the button was disabled and no offer came, so no run ever travelled.
Real SQLCipher store, the real page, dialog and worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import retention
from desktop.ui import retention_offer
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.cli.test_retention_apply_with_nothing_here_records_the_run import held_two_years_ago


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_offer_asks_to_record_the_run_for_the_other_devices(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    held_two_years_ago(ctx.store)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.retention.state is not None, timeout=10_000)
    assert page.retention.erase.isEnabled()

    parent = QWidget()
    qtbot.addWidget(parent)
    box = retention_offer.offer(ctx, parent, retention.status(ctx.store))
    assert box is not None
    assert box.informativeText() == retention_offer.travels_words()
    assert [b.objectName() for b in box.buttons() if b.text() == QCoreApplication.translate(
        "RetentionOffer", "&Record the run")] == ["retention_erase"]  # what it does here: record, not erase
    box.reject()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_run_is_recorded_said_and_not_offered_again(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    held_two_years_ago(ctx.store)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    window = QMainWindow()
    qtbot.addWidget(window)
    retention_offer.run(ctx, window)  # Record, pressed
    expected = retention_offer.travels_done()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=20_000)
    assert ctx.tasks.drain(20_000)
    assert retention.last_run(ctx.store) is not None

    state = retention.status(ctx.store)
    assert state.due and not state.wanted
    assert retention_offer.offer(ctx, window, state) is None  # recorded: not asked at every start-up
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.retention.state is not None, timeout=10_000)
    assert not page.retention.erase.isEnabled()
