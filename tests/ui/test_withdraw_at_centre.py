"""A participant asks the centre to erase what they said. The coordinator's withdrawal erased it in the
centre's database, and the dialog and the line after it said what a laptop's do: "the erasure goes to
the centre with the next bundle". At the centre nothing goes anywhere until a team update is
published: the laptop that recorded the focus group kept the words, and nothing told the coordinator.
The centre's dialog and line now say it (ar, ckb, en)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.erasure_helpers import make_study
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture

team = team_fixture(devices=1)


def test_the_dialog_says_where_the_erasure_goes(qtbot: QtBot) -> None:
    laptop, centre = WithdrawDialog("BSR-FG03-P01"), WithdrawDialog("BSR-FG03-P01", at_centre=True)
    for dialog in (laptop, centre):
        qtbot.addWidget(dialog)
    assert "centre with the next bundle" in laptop.consequence.text()
    assert "team update" in centre.consequence.text() and "next bundle" not in centre.consequence.text()
    for dialog in (laptop, centre):  # a withdrawal of quotes reaches the laptops in a team update too
        dialog.scope_quotes.setChecked(True)
    assert "team update" not in laptop.consequence.text()
    assert "never quoted" in centre.consequence.text() and "next team update" in centre.consequence.text()


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centre_is_told_to_publish_the_erasure_to_the_laptops(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(team.centre)
    asked: list[bool] = []

    def ask(pseudonym: str, parent: Any = None, *, at_centre: bool = False, **_more: Any) -> WithdrawAnswer:
        asked.append(at_centre)
        return WithdrawAnswer(dt.date(2026, 11, 30), "all")

    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(ask))
    manager.set_language(lang)
    page = ConsentPage(make_ctx(team.centre, lang=manager))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 3, timeout=5000)
    page.select_record(next(r.record_id for r in page.register.rows if r.participant_id == study.withdrawn))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: study.pseudonym in page.status.text(), timeout=10_000)
    assert asked == [True]
    line = page.status.text()
    assert lang != "en" or "Publish a team update" in line
    assert lang == "en" or english_words(line) == [], line


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_centre_is_told_to_publish_a_withdrawal_of_quotes_to_the_laptops(
        lang: str, team: Team, qtbot: QtBot, make_ctx: Any, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A withdrawal of quotes reaches the laptops in the next team update too (tests/sync/
    test_withdrawal_reaches_laptops.py): the line after it says so, as after an erasure."""
    study = make_study(team.centre)
    monkeypatch.setattr(WithdrawDialog, "ask",
                        staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 11, 30), "quotes")))
    manager.set_language(lang)
    page = ConsentPage(make_ctx(team.centre, lang=manager))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 3, timeout=5000)
    page.select_record(next(r.record_id for r in page.register.rows if r.participant_id == study.withdrawn))
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: study.pseudonym in page.status.text(), timeout=10_000)
    line = page.status.text()
    assert lang != "en" or ("never be quoted" in line and "Publish a team update" in line), line
    assert lang == "en" or english_words(line) == [], line
