"""Sync page → Approve of a revoked second coordinator's new key: the role box starts at the device's role
on the roster (coordinator), so approving it as it stands keeps it a coordinator. Found in session 41
(hp9): the box started at field, and the coordinator was put back as a field laptop, silently. A device
new to the roster still starts at field. Real stores and bundles, the real page offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import keys, revocations
from desktop.sync.export import export_bundle
from desktop.sync.new_key import new_signing_key
from desktop.sync.roles import COORDINATOR, FIELD
from desktop.sync.roster import roster
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_sync_place_kept_after_approval import stick_imported
from tests.ui.test_trust_roster_panel import _answer

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=1, roles=(COORDINATOR,))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_role_box_starts_at_the_known_role_and_approving_keeps_it(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    laptop = team.devices[0]
    revocations.revoke(team.centre, laptop.device_id)
    new_signing_key(laptop)
    with laptop.transaction() as s:
        s.add(Participant(code="BSR-FG01-P01"))
    stick = tmp_path / "stick"
    stick.mkdir()
    assert export_bundle(laptop, stick / "coordinator.majlis") is not None
    stranger, data = new_id(), participant_data(code="AMR-FG01-P0001", real_name=None, phone=None)
    forge(team, [change("participant", "insert", data, device=stranger, seq=1)], device_id=stranger,
          key=keys.generate_signing_key(), name="Amarah laptop", out=stick / "stranger.majlis")
    window, page = stick_imported(team, manager, qtbot, monkeypatch, lang, stick, waiting=2)
    panel = page.roster_panel
    rows = {w.device_id: r for r, w in enumerate(panel.waiting)}

    panel.waiting_list.setCurrentRow(rows[stranger])
    assert panel.role() == FIELD  # new to the roster: a field laptop unless chosen otherwise
    panel.waiting_list.setCurrentRow(rows[laptop.device_id])
    assert panel.role() == COORDINATOR  # the revoked coordinator's new key: its own role
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: not panel.decisions.deciding and panel.waiting_list.count() == 1, timeout=30_000)
    (entry,) = [e for e in roster(team.centre) if e.device_id == laptop.device_id]
    assert entry.role == COORDINATOR and not entry.revoked
    window.close()
