"""After Approve (or Reject) on the roster, the Results lines that said a laptop's bundles were held say
what became of them. They still read "held for approval (device … is not on the roster)" after the laptop
was approved and its bundles applied: a coordinator reading Results thought nothing had been done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_place_kept_after_approval import bundle, stick_imported
from tests.ui.test_trust_roster_panel import _answer

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


def _lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.results.item(i).text() for i in range(page.results.count())]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_held_lines_say_what_became_of_the_bundles_once_decided(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle(team, stick / "amarah.majlis", "Amarah laptop", "AMR-FG01-P0001", on_roster=False)
    bundle(team, stick / "kirkuk.majlis", "Kirkuk laptop", "KRK-FG01-P0001", on_roster=False)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, lang, stick, waiting=2)
    panel = page.roster_panel
    held = [line for line in _lines(page) if "amarah.majlis" in line or "kirkuk.majlis" in line]
    assert len(held) == 2

    amarah = next(r for r in range(panel.waiting_list.count()) if "Amarah" in panel.waiting_list.item(r).text())
    panel.waiting_list.setCurrentRow(amarah)
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: not panel.decisions.deciding and panel.waiting_list.count() == 1, timeout=30_000)
    amarah_line = next(line for line in _lines(page) if "amarah.majlis" in line)
    kirkuk_line = next(line for line in _lines(page) if "kirkuk.majlis" in line)
    assert amarah_line != next(h for h in held if "amarah.majlis" in h)  # no longer "held for approval"
    assert kirkuk_line in held  # still waiting: still said held
    if lang == "en":
        assert "imported when device" in amarah_line and "was approved" in amarah_line, amarah_line
        assert "new changes: 1" in amarah_line
        assert "held for approval" in kirkuk_line

    panel.waiting_list.setCurrentRow(0)
    assert panel.reject_selected()
    qtbot.waitUntil(lambda: not panel.decisions.deciding and panel.waiting_list.count() == 0, timeout=30_000)
    kirkuk_line = next(line for line in _lines(page) if "kirkuk.majlis" in line)
    assert kirkuk_line not in held
    if lang == "en":
        assert "discarded" in kirkuk_line and "was rejected" in kirkuk_line, kirkuk_line
    window.close()
