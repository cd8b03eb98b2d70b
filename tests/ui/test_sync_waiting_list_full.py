"""The Sync page when the waiting list is full (desktop/sync/held_limits.py): a bundle under yet another key
made for it is refused in one translated line (not held, not "The file cannot be used"), and the file
after it is still imported. In Arabic and Kurdish the line is the catalogue's, no English left in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import held_limits, keys
from desktop.sync.errors import WaitingListFullError
from desktop.sync.export import export_bundle
from tests.shots import private_paths
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

team = team_fixture(devices=1)

def _forged(team: Team, folder: Path, n: int) -> Path:
    device = new_id()
    data = participant_data(code=f"BSR-FG0{n}-P01", real_name=None, phone=None)
    return forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device,
                 key=keys.generate_signing_key(), name=f"forged {n}", out=folder / f"forged-{n}.majlis")


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_bundle_past_the_waiting_list_is_refused_in_its_own_line(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held_limits, "MAX_WAITING_DEVICES", 1)
    first, second = _forged(team, tmp_path, 0), _forged(team, tmp_path, 1)
    with team.devices[0].transaction() as s:
        s.add(Participant(code="BSR-FG09-P01"))
    laptop = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
    assert laptop is not None
    language.set_language(lang)
    page = open_page(make_ctx(team.centre), qtbot, size=(1366, 768))
    imported_lines(page, qtbot, [first])
    page.results.clear()
    lines = imported_lines(page, qtbot, [second, laptop.path])
    assert [o.status for o in page.last_outcomes] == ["refused", "imported"]
    reason = QCoreApplication.translate("BundleError", WaitingListFullError.default_message)
    refused = [line for line in lines if "forged-1.majlis" in line]
    assert len(refused) == 1 and reason in refused[0] and "\n" not in refused[0], lines
    if lang == "en":
        assert refused[0] == ("\u2066forged-1.majlis\u2069: refused: Not held for approval: too many devices or too "
                              "much data already wait for approval here. Approve or reject the waiting devices, "
                              "then import this bundle again."), refused[0]
    else:  # the catalogue's sentence, not the English one nor the general "cannot be used"
        assert reason != WaitingListFullError.default_message
        assert "approval" not in refused[0], refused[0]
    assert page.roster_panel.waiting_list.count() == 1
    assert not private_paths(page, [str(tmp_path)])
    page.summary.show_problems.click()  # as a coordinator reads it: Results in view, its line first
    qtbot.wait(50)
    page.grab().save(str(tmp_path / f"sync_waiting_list_full_{lang}.png"))
