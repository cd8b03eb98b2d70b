"""Withdrawal and erasure from the consent and participant pages, with real widgets (offscreen).

The dialog says what will be destroyed and wants a tick; the work runs on the database worker; the
report lists the copies made before and rewrites the backups; the end of a study is offered when due.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import backups, retention
from desktop.core.models import Erasure, Participant
from desktop.exports.xlsx import export_xlsx
from desktop.ui import retention_offer
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import PHONE, Study, leaks, make_study, plaintext_copy
from tests.erasure_page_helpers import withdraw_all_on_consent_page


@pytest.fixture
def study(ctx: AppContext) -> Study:
    return make_study(ctx.store)


def test_the_dialog_says_what_is_destroyed_and_wants_a_tick(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = WithdrawDialog("BSR-FG03-P01")
    qtbot.addWidget(dialog)
    assert dialog.scope_all.isChecked()
    text = dialog.consequence.text().replace("\u2060", "")  # the code kept whole by word joiners
    assert "BSR-FG03-P01" in text and "signature" in text and "phone" in text and "not reached" in text
    assert "memos" in text and "witnesses" in text  # what the erasure empties too
    assert dialog.confirm.isVisibleTo(dialog) and not dialog.ok_button().isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button().isEnabled()
    dialog.scope_quotes.setChecked(True)
    assert "never quoted" in dialog.consequence.text() and "stays" in dialog.consequence.text()
    assert not dialog.confirm.isVisibleTo(dialog) and dialog.ok_button().isEnabled()
    dialog.reason.setText("  asked by phone ")
    assert dialog.values().scope == "quotes" and dialog.values().reason == "asked by phone"
    ctx.language.set_language("ar")
    dialog.retranslate()
    assert "BSR-FG03-P01" in dialog.consequence.text().replace("\u2060", "")
    assert "never" not in dialog.consequence.text()


def test_consent_page_erases_on_the_worker_and_reports_the_copies(
    qtbot: QtBot, ctx: AppContext, study: Study, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    export_xlsx(ctx.store, tmp_path / "before.xlsx", lang="en", include_identities=True)
    backup = backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)
    page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    assert study.pseudonym in page.status.text() and PHONE not in page.status.text()
    assert leaks(plaintext_copy(ctx.store.path, tmp_path / "plain.db")) == []
    assert len(opened) == 1
    report = opened[0]
    qtbot.addWidget(report)
    listed = [report.items.item(i).text() for i in range(report.items.count())]
    assert any("before.xlsx" in t for t in listed) and any(backup.name in t for t in listed)
    assert report.rewrite.isEnabled()
    report.rewrite_backups(PASSPHRASE)
    qtbot.waitUntil(lambda: "rewritten" in report.status.text(), timeout=20000)
    assert leaks(plaintext_copy(backup, tmp_path / "backup-plain.db")) == []
    assert not any(backup.name in report.items.item(i).text() for i in range(report.items.count()))


def test_participants_page_withdraws_quotes_only_and_refuses_twice(
    qtbot: QtBot, ctx: AppContext, study: Study, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=5000)
    page.withdraw_selected()
    assert page.status.text() == "Select a participant first."
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).code == study.pseudonym)
    page.view.selectRow(row)
    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 11, 30), "quotes")))
    loads = page.loads
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "never be quoted" in page.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: page.loads > loads, timeout=10000)
    page.view.selectRow(row)  # the list reloaded after the change
    page.withdraw_selected()
    qtbot.waitUntil(lambda: "already withdrew" in page.status.text(), timeout=10000)
    with ctx.store.session() as s:
        assert s.scalars(select(Erasure)).all() == []


def test_the_end_of_a_study_is_offered_when_due(
    qtbot: QtBot, ctx: AppContext, study: Study, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    export_xlsx(ctx.store, tmp_path / "with names.xlsx", lang="en", include_identities=True)
    opened: list[ErasureReportDialog] = []
    monkeypatch.setattr(ErasureReportDialog, "open", lambda self: opened.append(self))
    retention.set_months(ctx.store, 12)
    state = retention.status(ctx.store)
    assert state.due and state.names == 2
    box = retention_offer.offer(ctx, parent, state)
    assert box is not None and "Pseudonyms" in box.informativeText()
    assert "witnesses' names" in box.informativeText()  # what the end of a study erases too
    erase = next(b for b in box.buttons() if b.objectName() == "retention_erase")
    erase.click()
    qtbot.waitUntil(lambda: retention.status(ctx.store).names == 0, timeout=20000)
    with ctx.store.session() as s:
        assert s.get(Participant, study.withdrawn).phone is None
        assert s.get(Participant, study.withdrawn).code == study.pseudonym
    assert retention_offer.offer(ctx, parent, retention.status(ctx.store)) is None  # nothing left: no offer
    # As after a withdrawal, the copies that still hold the identities are named (found walking the
    # README: `retention apply` said nothing of them).
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    qtbot.addWidget(opened[0])
    listed = [opened[0].items.item(i).text() for i in range(opened[0].items.count())]
    assert len(listed) == 1 and "with names.xlsx" in listed[0], listed


def test_the_consent_page_sets_the_retention_period_and_erases_when_due(
    qtbot: QtBot, ctx: AppContext, study: Study, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    box = page.retention
    qtbot.waitUntil(lambda: box.state is not None, timeout=5000)
    assert box.months.value() == 0 and not box.erase.isEnabled() and "No retention" in box.summary.text()
    box.months.setValue(12)
    box.save()
    qtbot.waitUntil(lambda: retention.months_setting(ctx.store) == 12 and box.erase.isEnabled(), timeout=10000)
    assert "Due since" in box.summary.text()
    offered: list[object] = []
    monkeypatch.setattr(retention_offer, "offer", lambda *a: offered.append(a))
    qtbot.mouseClick(box.erase, Qt.MouseButton.LeftButton)
    assert len(offered) == 1
    retention_offer.run(ctx, page)
    qtbot.waitUntil(lambda: not box.erase.isEnabled(), timeout=20000)
    with ctx.store.session() as s:
        assert s.get(Participant, study.withdrawn).real_name is None
