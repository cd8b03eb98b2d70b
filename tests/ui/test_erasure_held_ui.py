"""At a centre, the report shown after a withdrawal names the bundles on hold (real widgets, offscreen).

A real centre, a real bundle from a laptop not on the roster held by the importer, a withdrawal of
everything from the consent page on the worker: the report dialog lists the held bundle by the
number the Sync page's approve/reject takes and the device's name, and says how to finish the
erasure, in English and Arabic; never a participant's data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.core.models import HeldBundle
from desktop.ui.context import AppContext
from tests.erasure_helpers import (
    NAME,
    PHONE,
    SPEECH,
    STRANGER_DEVICE,
    STRANGER_NAME,
    hold_a_stranger_bundle,
    make_study,
)
from tests.erasure_page_helpers import withdraw_all_on_consent_page
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
    study = make_study(team.centre)
    waiting = hold_a_stranger_bundle(team, tmp_path)
    _, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
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


def test_a_held_device_without_a_name_is_named_by_its_id(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A laptop that sent no name was 'from , number 1' in the report: now its id, as on the Sync page."""
    team = make_team(tmp_path, devices=0)
    try:
        ctx = make_ctx(team.centre)
        study = make_study(team.centre)
        waiting = hold_a_stranger_bundle(team, tmp_path)
        with team.centre.engine.begin() as conn:
            conn.execute(update(HeldBundle).values(device_name=""))
        _, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
        (report,) = opened
        qtbot.addWidget(report)
        (line,) = [report.items.item(i).text() for i in range(report.items.count())]
        assert line.endswith(f"from \u2066{waiting.device_id[-8:]}\u2069 (no name yet), number {waiting.id}")
    finally:
        team.close()
