"""The Results lines of held bundles are said again by (device id, key fingerprint), as the waiting list
holds them (core/held_bundles.waiting_devices): two laptops that sent the same device id under two keys (a
restored backup signing with a new key; an outsider copying a genuine laptop's id) are two waiting entries,
and deciding one leaves the other's line held. Restated by device id alone (held_lines.HeldLines.decided
before), approving the genuine one made the other's line say "imported when device … was approved" (its
span 1-1 matched the genuine bundle's outcome) though it still waited; rejecting one said the other
"discarded"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_sync_place_kept_after_approval import stick_imported
from tests.ui.test_trust_roster_panel import _answer

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


def _lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.results.item(i).text() for i in range(page.results.count())]


def _two_keys_one_id(team: Team, stick: Path) -> None:
    device = new_id()
    for file, name, code in (("genuine.majlis", "Amarah laptop", "AMR-FG01-P0001"),
                             ("other.majlis", "Amarah laptop 2", "AMR-FG01-P0002")):
        data = participant_data(code=code, real_name=None, phone=None)
        forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
              key=keys.generate_signing_key(), name=name, out=stick / file)


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_deciding_one_key_leaves_the_other_keys_line_held(
        decision: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    stick = tmp_path / "stick"
    stick.mkdir()
    _two_keys_one_id(team, stick)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, "en", stick, waiting=2)
    panel = page.roster_panel
    other_held = next(line for line in _lines(page) if "other.majlis" in line)
    assert "held for approval" in other_held

    genuine = next(r for r in range(panel.waiting_list.count())
                   if "Amarah laptop 2" not in panel.waiting_list.item(r).text())
    panel.waiting_list.setCurrentRow(genuine)
    assert panel.approve_selected() if decision == "approve" else panel.reject_selected()
    qtbot.waitUntil(lambda: not panel.decisions.deciding and panel.waiting_list.count() == 1, timeout=30_000)
    # The other key's bundle still waits (its entry is still on the waiting list) ...
    assert "Amarah laptop 2" in panel.waiting_list.item(0).text()
    # ... so its Results line must still say held, not "imported when …" nor "discarded".
    other_now = next(line for line in _lines(page) if "other.majlis" in line)
    assert other_now == other_held, other_now
    window.close()
