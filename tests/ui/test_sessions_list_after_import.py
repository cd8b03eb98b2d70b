"""The Sessions list after an import on the Sync page, in the same window.

A coordinator opens Majlis (the Sessions page first: the laptops' sessions not there yet), imports the
day's bundles on the Sync page and goes back to Sessions: the list still said "No sessions yet" and
showed none of the sessions just imported (it was read once, when the window opened, and never again;
the Participants, Consent and Codebook pages follow the database's changes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_in_window, team_fixture
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=1)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_sessions_imported_on_the_sync_page_are_listed(lang: str, team: Team, manager: LanguageManager, qtbot: QtBot,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = team.devices[0]
    with laptop.transaction() as s:
        s.add_all([Session(kind="focus_group", title="جلسة حوارية في البصرة", governorate="basra"),
                   Session(kind="roundtable", title="مێزگردی هەولێر", governorate="erbil")])
    bundle = export_bundle(laptop, tmp_path / "basra.majlis")
    assert bundle is not None
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("sessions")
    sessions = window.page("sessions")
    assert isinstance(sessions, SessionsPage)
    qtbot.waitUntil(lambda: sessions.loads > 0)
    assert sessions.model.rowCount() == 0  # the centre has none yet

    imported_in_window(window, qtbot, [bundle.path])

    window.go_to("sessions")
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: sessions.count_label.text() != sessions._empty_words())
    window.close()
