"""A session's Audit trail, open while bundles imported on the Sync page change that session.

The trail was read once, as it opened: an import that ended while it was open (the editor then showing
the laptop's minutes, or its bar waiting with Show theirs / Keep mine) was missing from it, so the
coordinator read a history without the change that had just arrived. The trail now reads the stored
history again when the session's rows may have been written; the bar still waits, nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.session_dialogs import AuditDialog
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.ui.test_editor_after_import import (
    imported,
    laptop_changes,
    laptop_roundtable,
    open_editor,
    stored,
    sync_page,
)
from tests.ui_helpers import language_fixture

pytestmark = pytest.mark.usefixtures("questions_as_message_box")

MakeCtx = Callable[..., AppContext]
language = language_fixture("ar")
team = team_fixture(devices=1)


def _trail(dialog: AuditDialog) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(r.action, r.entity, r.fields) for r in dialog.model.rows]


def test_the_trail_open_while_the_bar_waits_shows_the_next_import(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    sid = laptop_roundtable(team, tmp_path)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = sync_page(ctx, qtbot, team)
    editor = open_editor(ctx, qtbot, sid)
    first_bundle = laptop_changes(team, tmp_path, sid)
    editor.edits["venue"].setText("قاعة الشعب")  # typed, the autosave not yet run
    editor.edits["venue"].textEdited.emit("قاعة الشعب")
    editor.autosave_timer.setInterval(600_000)
    editor.autosave_timer.start()
    imported(page, qtbot, first_bundle)
    qtbot.waitUntil(lambda: not editor.import_bar.isHidden(), timeout=10_000)

    dialog = editor.show_audit()  # the bar waits: the trail as stored, the import in it
    first = _trail(dialog)
    assert ("update", "session", ("title",)) in first
    (tmp_path / "next").mkdir()
    imported(page, qtbot, laptop_changes(team, tmp_path / "next", sid))  # the laptop adds a decision more
    qtbot.waitUntil(lambda: len(_trail(dialog)) == len(first) + 1, timeout=10_000)  # it stayed as opened
    assert _trail(dialog)[-1] == ("insert", "decision", ("position", "session_id", "text"))
    assert not editor.import_bar.isHidden() and editor.has_unsaved()  # the bar still waits
    assert stored(team.centre, sid)[1] == ""  # the typing not saved over the imports
    dialog.close()
