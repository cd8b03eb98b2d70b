"""While an editor's import bar waits (an import changed the session, typing here not saved), the acts
that saved the session first and then acted on it as stored did so with nothing saved: the roundtable's
Record consent… opened the form for a person whose attendance row was on screen only (Show theirs then
dropped the row and left the consent), its New person and the focus group's Add participant made and
seated someone with a pseudonym from the governorate and seats as stored, the focus group's Record
consent… acted on the people as read before the import, its Withdraw consent… said the transcript "could
not be saved", and Merge/Split turn did nothing, saying nothing. Each now says, as Finalise and the PDF do,
to choose Show theirs or Keep mine first: nothing is made, seated, recorded or cut, the typing still waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import participants
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.core.offsets import to_utf16
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
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
from tests.ui_helpers import dialogs_opened, language_fixture

MakeCtx = Callable[..., AppContext]
language = language_fixture("ckb")
team = team_fixture(devices=1)


def _people(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def _still_waiting(editor: object) -> None:
    assert editor.has_unsaved() and not editor.import_bar.isHidden()  # type: ignore[attr-defined]


def test_a_roundtable_opens_no_consent_form_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path, monkeypatch: object) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    with team.centre.transaction() as s:
        person = Participant(code="BSR-RT01-P01", governorate="basra")
        s.add(person)
        s.flush()
        pid = person.id
    editor.add_attendee(participant_id=pid, role="citizen", name="BSR-RT01-P01")  # on screen only
    before = stored(team.centre, sid)
    opened = dialogs_opened(monkeypatch, ConsentDialog)  # type: ignore[arg-type]
    editor.consent_button.click()
    assert opened == []
    assert editor.save_problem.error() == choose_first()
    assert stored(team.centre, sid) == before
    _still_waiting(editor)
    editor.import_bar.mine_button.click()  # chosen: the form opens, the attendance row stored first
    qtbot.waitUntil(lambda: editor.import_bar.isHidden() and not editor.has_unsaved(), timeout=10_000)
    rows = [r.get("participant_id") for r in editor.attendance_model.rows]
    editor.attendance.view.setCurrentIndex(editor.attendance_model.index(rows.index(pid), 0))
    editor.consent_button.click()
    assert [d.participant_id for d in opened] == [pid]


def test_a_roundtable_seats_no_new_person_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    before, people = stored(team.centre, sid), _people(team.centre)
    editor.new_person_button.click()
    assert editor.ctx.tasks.drain(30_000)
    qtbot.wait(100)
    assert _people(team.centre) == people
    assert editor.save_problem.error() == choose_first()
    assert stored(team.centre, sid) == before
    assert [r for r in editor.attendance_model.rows if r.get("participant_id")] == []
    _still_waiting(editor)


def _fg_with_a_person(team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> tuple[FocusGroupEditor, str]:
    """The bar up over typing in a focus group in which one person was seated before the import."""
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    with team.centre.transaction() as s:
        participants.seat_new_person(s, sid, role="participant")
    editor.people.reload()
    editor.tabs.setCurrentIndex(1)
    editor.people_view.setCurrentIndex(editor.people.index(0, 0))
    assert editor._selected_person() is not None
    editor.show_message("")
    return editor, sid


def test_a_focus_group_seats_nobody_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    people = _people(team.centre)
    editor.show_message("")
    editor.add_button.click()
    assert editor.ctx.tasks.drain(30_000)
    qtbot.wait(100)
    assert _people(team.centre) == people and editor.people.rows == []
    assert editor.status_line.text() == choose_first()
    assert fg_stored(team.centre, sid) == FG_THEIRS
    _still_waiting(editor)


def test_a_focus_group_opens_no_consent_form_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path, monkeypatch: object) -> None:
    editor, _sid = _fg_with_a_person(team, make_ctx, qtbot, tmp_path)
    opened = dialogs_opened(monkeypatch, ConsentDialog)  # type: ignore[arg-type]
    editor.consent_button.click()
    assert opened == []
    assert editor.status_line.text() == choose_first()
    _still_waiting(editor)


def test_a_focus_group_withdraws_nothing_and_says_why_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path, monkeypatch: object) -> None:
    editor, sid = _fg_with_a_person(team, make_ctx, qtbot, tmp_path)
    opened = dialogs_opened(monkeypatch, WithdrawDialog)  # type: ignore[arg-type]
    editor.withdraw_button.click()
    assert opened == []
    # Not "the transcript on screen could not be saved": no save was tried, the person chooses first.
    assert editor.status_line.text() == choose_first()
    assert fg_stored(team.centre, sid) == FG_THEIRS
    _still_waiting(editor)


def test_a_focus_group_splits_no_turn_and_says_why_while_the_bar_waits(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    panel = editor.transcript
    panel.select(0)
    text = panel.model.rows[0].text
    cursor = panel.edit.textCursor()
    cursor.setPosition(to_utf16(text, text.index(" ") + 1))
    panel.edit.setTextCursor(cursor)
    editor.show_message("")
    editor.turn_joins.split_at_cursor()
    assert editor.status_line.text() == choose_first()
    assert fg_stored(team.centre, sid) == FG_THEIRS
    assert len(panel.model.rows) == 1
    _still_waiting(editor)
