"""At a centre, the report shown after a withdrawal names the bundles on hold (real widgets, offscreen).

A real centre, a real bundle from a laptop not on the roster held by the importer, a withdrawal of
everything from the consent page on the worker: the report dialog lists the held bundle by the
number the Sync page's approve/reject takes and the device's name, and says how to finish the
erasure, in English and Arabic; never a participant's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.sync.importer import import_files
from desktop.sync.roster import pending
from desktop.ui.consent.erasure_report_dialog import ErasureReportDialog
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from tests.erasure_helpers import (
    NAME,
    PHONE,
    SPEECH,
    STRANGER_DEVICE,
    STRANGER_NAME,
    make_study,
    stranger_bundle,
)
from tests.sync_helpers import Team, make_team


def test_the_report_after_a_withdrawal_names_the_held_bundle(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    team = make_team(tmp_path, devices=0)
    try:
        _check(qtbot, make_ctx(team.centre), team, monkeypatch, tmp_path)
    finally:
        team.close()


def _check(qtbot: QtBot, ctx: AppContext, team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    centre = team.centre
    study = make_study(centre)
    (outcome,) = import_files(centre, [stranger_bundle(tmp_path, team.team_file)], team.identities)
    assert outcome.status == "held"
    (waiting,) = pending(centre)
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
    assert len(opened) == 1  # no export was made: the held bundle alone opens the report
    report = opened[0]
    qtbot.addWidget(report)
    (line,) = [report.items.item(i).text() for i in range(report.items.count())]
    assert line.startswith("bundle on hold — received ")
    assert line.endswith(f"from {STRANGER_DEVICE}, number {waiting.id}")
    assert report.held_note.isVisibleTo(report) and "Approve or reject" in report.held_note.text()
    assert not report.rewrite.isEnabled()  # no backup to rewrite

    ctx.language.set_language("ar")
    report.retranslate()
    (line,) = [report.items.item(i).text() for i in range(report.items.count())]
    note = report.held_note.text()
    assert STRANGER_DEVICE in line and f" {waiting.id}" in line and "received" not in line
    assert note and "Approve" not in note and any("\u0600" <= c <= "\u06ff" for c in note)
    for secret in (NAME, PHONE, SPEECH, STRANGER_NAME):
        assert secret not in line + note + report.explain.text()
