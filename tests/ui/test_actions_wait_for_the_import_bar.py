"""While an editor's import bar waits (an import changed the session, typing here not saved), the actions
on the session as stored (the focus group's Finalise, the PDF button of either editor, Import text…) do
nothing but say, in the editor's line, to choose Show theirs or Keep mine first: the typing still waits
(closing would ask), and nothing is finalised, printed or appended behind the person's back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.widgets.import_bar import choose_first
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.ui.test_editor_after_import import (
    FG_THEIRS,
    fg_stored,
    fg_typed_then_imported,
    stored,
    typed_then_imported,
)
from tests.ui_helpers import language_fixture

MakeCtx = Callable[..., AppContext]
language = language_fixture("ckb")
team = team_fixture(devices=1)


@pytest.mark.parametrize("action", ["finalise", "pdf", "import text"])
def test_a_focus_group_neither_finalises_prints_nor_imports_text_while_the_bar_waits(
        action: str, team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    pdf = tmp_path / "minutes.pdf"
    editor.show_message("")
    if action == "finalise":
        assert not editor.lifecycle.finalise()
    elif action == "pdf":
        editor.pdf_button.export("minutes", str(pdf))
        assert editor.pdf_button.isEnabled()  # no PDF being written
    else:
        assert editor.transcript.import_button.isEnabled()
        editor.transcript.import_button.click()
        assert editor.findChildren(ImportTextDialog) == []  # no dialog opened over the typing
    assert editor.status_line.text() == choose_first()

    qtbot.wait(300)
    assert not pdf.exists()
    assert fg_stored(team.centre, sid) == FG_THEIRS
    assert editor.has_unsaved() and not editor.import_bar.isHidden() and not editor.is_read_only()


def test_a_roundtable_prints_no_pdf_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    before = stored(team.centre, sid)
    pdf = tmp_path / "minutes.pdf"
    editor.pdf_button.export("minutes", str(pdf))
    assert editor.save_problem.error() == choose_first()
    assert editor.pdf_button.isEnabled()
    qtbot.wait(300)
    assert not pdf.exists()
    assert stored(team.centre, sid) == before
    assert editor.has_unsaved() and not editor.import_bar.isHidden()
