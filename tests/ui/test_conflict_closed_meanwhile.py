"""A conflict the coordinator has open in its window, closed meanwhile, in Arabic at 1366x768.

Resolved meanwhile in another window or with majlis-cli: the Sync page said it had been closed by an
erasure ("an erasure closes the conflicts over the words it erased"), which nobody did. Its session
deleted meanwhile (a draft roundtable deleted at the centre): the chosen text was written into the
deleted rows and the page said "Conflict resolved.". Each is now said in its own translated line,
nothing is written, and the conflict leaves the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import AuditEvent, Conflict, TranscriptTurn
from desktop.core.sessions import tombstone_session
from desktop.sync import conflicts
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team, make_team
from tests.sync_page_helpers import open_page

T = QApplication.translate
ERASED = ("This conflict was already closed (an erasure closes the conflicts over the words it erased). "
          "Nothing was changed.")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, roles=("field", "coordinator"))
    yield t
    t.close()


def _page(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, manager: LanguageManager) -> tuple[SyncPage, str]:
    turn_id = make_conflict(team, tmp_path)
    manager.set_language("ar")
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1)
    return page, turn_id


def _said_after(page: SyncPage, qtbot: QtBot, press: Any) -> str:
    before = page.results.count()
    press()
    qtbot.waitUntil(lambda: page.results.count() > before, timeout=10_000)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=10_000)
    lines = [page.results.item(n).text() for n in range(before, page.results.count())]
    assert len(lines) == 1, lines
    return lines[0]


def _turn_text(team: Team, turn_id: str) -> str:
    with team.centre.session() as s:
        turn = s.get(TranscriptTurn, turn_id)
        assert turn is not None
        return turn.text


def test_resolved_elsewhere_meanwhile_is_said_so_not_an_erasure(team: Team, tmp_path: Path, qtbot: QtBot,
                                                                 make_ctx: Any, manager: LanguageManager) -> None:
    page, turn_id = _page(team, tmp_path, qtbot, make_ctx, manager)
    dialog = page.resolve_selected()
    assert dialog is not None
    # majlis-cli conflicts resolve, or a second coordinator's window, while this one is open
    kept = conflicts.resolve(team.centre, dialog.conflict.id, "a", actor="cli")
    line = _said_after(page, qtbot, dialog.keep_mine.click)
    assert line == T("ConflictsPanel", "This conflict was already resolved (in another window, or with majlis-cli). "
                                       "Nothing was changed.")
    assert line != T("ConflictsPanel", ERASED)
    assert _turn_text(team, turn_id) == kept  # the other resolution stands


def test_session_deleted_meanwhile_is_said_and_nothing_written(team: Team, tmp_path: Path, qtbot: QtBot,
                                                               make_ctx: Any, manager: LanguageManager) -> None:
    page, turn_id = _page(team, tmp_path, qtbot, make_ctx, manager)
    dialog = page.resolve_selected()
    assert dialog is not None
    with team.centre.session() as s:
        session_id = s.get(TranscriptTurn, turn_id).session_id
    before = _turn_text(team, turn_id)
    tombstone_session(team.centre, session_id)  # the draft deleted at the centre meanwhile
    dialog.merged.setPlainText("نص مدمج عن Tammuz")
    line = _said_after(page, qtbot, dialog.save_edit.click)
    assert line == T("ConflictsPanel", "The text of this conflict was deleted meanwhile (its session, agenda item or "
                                       "turn was deleted): nothing is left to decide, and the conflict is closed. "
                                       "Nothing was written.")
    assert _turn_text(team, turn_id) == before  # not the merged text, written into a deleted session
    with team.centre.session() as s:
        (closed,) = s.execute(select(Conflict)).scalars()
        assert (closed.status, closed.resolution) == ("resolved", conflicts.ROW_DELETED_RESOLUTION)
        assert s.execute(select(AuditEvent.reason).where(AuditEvent.action == "conflict_resolved")).scalar_one() \
            .endswith(": row_deleted")
    assert page.conflicts.label.text() == T("ConflictsPanel", "Open &conflicts: none")
