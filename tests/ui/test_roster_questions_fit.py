"""The roster's questions on the centre's Sync page (Approve…, Revoke…, Take a bundle it wrote before…) fit a
1366x768 laptop at 150 % at 20 points: the box, its Yes and No on the screen, its lines read or scrolled.

Seen in session 40's look at the dialogs: they were message boxes, which wrap their words at half the screen's
width and cannot scroll; at 20 points Revoke's was 780 pixels tall in English and Kurdish (594 in Arabic),
Approve's and Take's 456 (410 to 456), on the laptop's 424: Yes and No under its task bar. Enter is still No.
A real held bundle, the real Sync page, real dialogs answered with the keyboard or Yes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys, roster
from desktop.sync.importer import import_files
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_key_questions_fit import LAPTOP, _asked_with_enter

team = team_fixture(devices=0)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _fits(seen: list[Any]) -> None:
    assert len(seen) == 1, seen[1:]  # its size and words; no problem found (_whole_on_screen)
    size, text = seen[0]
    assert size.height() <= LAPTOP.height() and size.width() <= LAPTOP.width(), size
    assert text


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_roster_questions_fit_a_laptop_at_20_points(lang: str, team: Team, tmp_path: Path, qtbot: QtBot,
                                                         make_ctx: Any, manager: LanguageManager,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    device = new_id()
    bundle = forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                 device=device, seq=1)], device_id=device, key=keys.generate_signing_key(),
                   name="Basra laptop 2", out=tmp_path / "held.majlis")
    (outcome,) = import_files(team.centre, [bundle], team.identities)
    assert outcome.status == "held"
    monkeypatch.setattr(screen_fit, "room", lambda _window: LAPTOP)
    manager.set_language(lang)
    manager.set_font_size(20.0)
    try:
        page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
        panel = page.roster_panel
        qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30_000)
        panel.waiting_list.setCurrentRow(0)

        answered, seen = _asked_with_enter(qtbot, panel.approve_selected)  # Approve…, Enter: No
        assert answered is False and panel.waiting_list.count() == 1
        _fits(seen)
        answered, seen = _asked_with_enter(qtbot, panel.approve_selected, yes=True)
        assert answered is True
        qtbot.waitUntil(lambda: any(e.device_id == device for e in roster.roster(team.centre)), timeout=30_000)
        qtbot.waitUntil(lambda: panel.roster_list.count() == 2 and not panel.deciding, timeout=30_000)

        panel.roster_list.setCurrentRow(next(row for row in range(2) if "Basra laptop 2" in
                                             panel.roster_list.item(row).text()))
        answered, seen = _asked_with_enter(qtbot, panel.revoke_button.revoke_selected)  # Revoke…, Enter: No
        assert answered is False
        _fits(seen)
        answered, seen = _asked_with_enter(qtbot, panel.revoke_button.revoke_selected, yes=True)
        assert answered is True
        qtbot.waitUntil(lambda: panel.take_button.isVisible() and panel.take_button.isEnabled(), timeout=30_000)

        answered, seen = _asked_with_enter(qtbot, lambda: panel.take_button.take(bundle))  # Enter: No
        assert answered is False
        _fits(seen)
    finally:
        manager.set_font_size(None)
