"""Withdrawing a participant of the erasure study (tests/erasure_helpers.py) from the real consent page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.erasure_helpers import Study


def withdraw_all_on_consent_page(qtbot: QtBot, ctx: AppContext, study: Study,
                                 monkeypatch: pytest.MonkeyPatch) -> tuple[ConsentPage, list[ErasureReportDialog]]:
    """The consent page, once its register is read, withdraws everything of the study's withdrawn
    participant (the dialog answered: all, from 30 November 2026) on the DB worker. Returns the page,
    its status saying "Erased…", and the report dialogs it opened (kept, not shown)."""
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 3, timeout=5000)
    row = next(r for r in page.register.rows if r.participant_id == study.withdrawn)
    page.select_record(row.record_id)
    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 11, 30), "all")))
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Erased"), timeout=20000)
    return page, opened
