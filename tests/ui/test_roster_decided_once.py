"""Approve or Reject pressed again while the first decision is being recorded waits for it.

An approval applies every waiting bundle on the DB worker (seconds for a laptop's week of work) with
nothing on screen, and the buttons stayed enabled: a coordinator who pressed Approve again and
confirmed again got a second approval behind the first, whose "This device is no longer waiting for
approval." replaced the first's "… is on the roster." (the approval looked failed); Reject pressed
after an Approve did the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture
from tests.ui.test_trust_roster_panel import _answer, _participants, _stranger_bundles

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.mark.parametrize("again", ["approve_selected", "reject_selected"])
@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_second_press_waits_for_the_first_decision(team: Team, qtbot: QtBot, make_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch, lang: str, again: str) -> None:
    ctx = make_ctx(team.centre, user_name="coordinator")
    ctx.language.set_language(lang)
    page: SyncPage = open_page(ctx, qtbot, identity=team.identity_file)
    panel = page.roster_panel
    paths, _ = _stranger_bundles(team, tmp_path, 1)
    drop(page, paths)
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30_000)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.approve_selected()
    assert not panel.approve_button.isEnabled() and not panel.reject_button.isEnabled()
    assert getattr(panel, again)() is False and len(asked) == 1  # not even asked
    qtbot.waitUntil(lambda: panel.result_label.text() != "" and not panel.deciding, timeout=30_000)
    assert ctx.tasks.drain(10_000)
    qtbot.wait(100)
    first_line = panel.result_label.text().split("\n")[0]
    on_roster = QCoreApplication.translate("RosterPanel", "{name} is on the roster.").split("{name}")[-1]
    assert first_line.endswith(on_roster), panel.result_label.text()
    assert _participants(team) == 1
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0, timeout=10_000)
    assert not panel.approve_button.isEnabled()  # nothing left to decide
