"""A conflict is never resolved to an emptied edit box.

A coordinator who selected the whole edited text to type it again, and pressed Save edited text (or
its Alt letter) before typing, saved the transcript turn as nothing: both versions gone from it, the
conflict closed. Save edited text now waits for some text; an empty version is still kept with Keep
current or Keep other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Conflict, TranscriptTurn
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(roles=("field", "coordinator"))  # the conflict needs a coordinator's edit


@pytest.fixture
def page(team: Team, qtbot: QtBot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)


def _open(page: SyncPage, team: Team, tmp_path: Path, qtbot: QtBot) -> tuple[ConflictDialog, str]:
    turn_id = make_conflict(team, tmp_path)
    page.refresh()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1)
    page.conflicts_view.selectRow(0)
    dialog = page.resolve_selected()
    assert isinstance(dialog, ConflictDialog)
    return dialog, turn_id


def test_an_emptied_edit_box_cannot_be_saved(page: SyncPage, team: Team, tmp_path: Path, qtbot: QtBot) -> None:
    dialog, turn_id = _open(page, team, tmp_path, qtbot)
    with team.centre.session() as s:
        before = s.execute(select(TranscriptTurn.text).where(TranscriptTurn.id == turn_id)).scalar_one()
    assert before and dialog.save_edit.isEnabled()
    dialog.merged.setFocus()
    QTest.keyClick(dialog.merged, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.merged, Qt.Key.Key_Delete)
    assert dialog.merged.toPlainText() == ""
    assert not dialog.save_edit.isEnabled()
    dialog.merged.setPlainText("  \n ")  # blanks only: as empty
    assert not dialog.save_edit.isEnabled()
    dialog.save_edit.click()  # a disabled button: nothing
    dialog._choose("edit")  # nor its handler, however reached
    qtbot.wait(200)
    assert dialog.isVisible() and dialog.choice == ""
    assert page.ctx.tasks.drain(10_000)
    with team.centre.session() as s:
        assert s.execute(select(TranscriptTurn.text).where(TranscriptTurn.id == turn_id)).scalar_one() == before
        assert s.execute(select(Conflict.status)).scalar_one() == "open"
    dialog.merged.setPlainText("نسخة مدمجة")
    assert dialog.save_edit.isEnabled()
    dialog.save_edit.click()
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=20_000)
    with team.centre.session() as s:
        assert s.execute(select(TranscriptTurn.text).where(TranscriptTurn.id == turn_id)).scalar_one() == "نسخة مدمجة"
