"""Recommendations page on a field laptop: Delete recommendation on the facilitator's own local draft.

The button was disabled on a field laptop for every recommendation, local drafts too (drafted before the
laptop joined the team, never sent), so a draft typed twice stayed for ever. It is now enabled on a local
draft, the question says it is deleted from this laptop only, and the draft goes; on the team's
recommendation the button stays disabled with the reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.ui.context import AppContext
from tests.sync.test_local_draft_deleted import DraftInTeam, draft_in_team
from tests.ui.test_advocacy_deletes import Questions, _choose, _page

DRAFT_LINE = ("RecommendationDeletes",
              "It is a local draft, never sent to the team: it is deleted from this laptop only.")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[DraftInTeam]:
    t = draft_in_team(tmp_path)
    yield t
    t.laptop.close()
    t.centre.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_facilitator_deletes_their_local_draft(team: DraftInTeam, make_ctx: Callable[..., AppContext],
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    ctx = make_ctx(team.laptop)
    ctx.language.set_language(lang)
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page = _page(ctx, qtbot, 2)
    button = page.deletes.button
    _choose(page, qtbot, team.team_rec)
    assert not button.isEnabled() and button.toolTip()  # the team's: a coordinator's to delete, and why
    _choose(page, qtbot, team.draft)
    assert button.isEnabled() and not button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ((_title, question),) = questions.asked
    assert QCoreApplication.translate(*DRAFT_LINE) in question
    assert (DRAFT_LINE[1] in question) == (lang == "en")
    qtbot.waitUntil(lambda: [r.id for r in page.listed] == [team.team_rec], timeout=10_000)
    with team.laptop.session() as s:
        assert {r.id for r in recommendations.live(s)} == {team.team_rec}
    assert ctx.tasks.drain(10_000)


def test_a_no_keeps_the_draft(team: DraftInTeam, make_ctx: Callable[..., AppContext], qtbot: QtBot,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(team.laptop)
    Questions(monkeypatch, QMessageBox.StandardButton.No)
    page = _page(ctx, qtbot, 2)
    _choose(page, qtbot, team.draft)
    qtbot.mouseClick(page.deletes.button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.drain(10_000)
    with team.laptop.session() as s:
        assert {r.id for r in recommendations.live(s)} == {team.draft, team.team_rec}

