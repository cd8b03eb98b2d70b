"""A session editor open at the centre while bundles imported on the Sync page change that session.

A coordinator starts the day's import on the Sync page, goes back to Sessions and opens a roundtable a
laptop has changed; the import ends with the editor open. The editor went on showing the old minutes,
and its next save (any field typed, a focus change) wrote the old title back over the laptop's and
deleted the decision the bundle had just brought: a local save's clock is newer, so the stale screen
won everywhere. Now an editor with no typing waiting shows the import's minutes quietly; one with
typing waiting keeps it, saves nothing over the import, and asks in a bar: Show theirs or Keep mine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core.db import Store
from desktop.core.models import Decision, Session, TranscriptTurn
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.sync.page import SyncPage
from tests.helpers_typing import type_text
from tests.sync_helpers import Team
from tests.sync_page_helpers import imported_lines, open_page
from tests.team_fixture import team_fixture
from tests.ui_helpers import language_fixture, main_window_on_screen

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

MakeCtx = Callable[..., AppContext]
language = language_fixture("ar")
team = team_fixture(devices=1)


def laptop_roundtable(team: Team, tmp_path: Path) -> str:
    """A roundtable from the laptop, with one decision, at the centre already: its id."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        session = Session(kind="roundtable", title="طاولة البصرة", governorate="basra")
        s.add(session)
        s.flush()
        s.add(Decision(session_id=session.id, text="القرار الأول", position=0.0))
        sid = session.id
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
    return sid


def laptop_changes(team: Team, tmp_path: Path, sid: str) -> Path:
    """The laptop renames the roundtable and adds a decision: the bundle bringing that."""
    laptop = team.devices[0]
    minutes = svc.load_minutes(laptop, sid)
    minutes.fields["title"] = "طاولة البصرة الثانية"
    minutes.decisions.append({"id": None, "text": "القرار الثاني"})
    svc.save_minutes(laptop, sid, minutes)
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None
    return second.path


def stored(store: Store, sid: str) -> tuple[str, str, list[str]]:
    minutes = svc.load_minutes(store, sid)
    return minutes.fields["title"], minutes.fields["venue"] or "", [d["text"] for d in minutes.decisions]


def shown(editor: RoundtableEditor) -> tuple[str, str, list[str]]:
    return (editor.edits["title"].text(), editor.edits["venue"].text(),
            [str(r["text"]) for r in editor.decisions_model.rows])


def open_editor(ctx: AppContext, qtbot: QtBot, sid: str) -> RoundtableEditor:
    editor = RoundtableEditor(ctx, sid)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    return editor


def sync_page(ctx: AppContext, qtbot: QtBot, team: Team) -> SyncPage:
    """The Sync page of the same context, made before the editor: where the coordinator started the import."""
    return open_page(ctx, qtbot, identity=team.identity_file)


def imported(page: SyncPage, qtbot: QtBot, path: Path) -> None:
    """The bundle imported on the page, the editor still open."""
    imported_lines(page, qtbot, [path])
    assert [o.status for o in page.last_outcomes] == ["imported"]


THEIRS = ("طاولة البصرة الثانية", "", ["القرار الأول", "القرار الثاني"])


def test_an_editor_with_nothing_typed_shows_the_import_and_saves_nothing_old(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    sid = laptop_roundtable(team, tmp_path)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = sync_page(ctx, qtbot, team)
    editor = open_editor(ctx, qtbot, sid)
    assert shown(editor) == ("طاولة البصرة", "", ["القرار الأول"])

    imported(page, qtbot, laptop_changes(team, tmp_path, sid))
    qtbot.waitUntil(lambda: shown(editor) == THEIRS, timeout=10_000)
    assert editor.import_bar.isHidden() and not editor.dirty

    editor.edits["venue"].setText("قاعة الشعب")  # typed afterwards: saved with the import's title kept
    editor.edits["venue"].textEdited.emit("قاعة الشعب")
    editor.flush()
    assert stored(team.centre, sid) == ("طاولة البصرة الثانية", "قاعة الشعب", THEIRS[2])


def typed_then_imported(team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> tuple[RoundtableEditor, str]:
    sid = laptop_roundtable(team, tmp_path)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = sync_page(ctx, qtbot, team)
    editor = open_editor(ctx, qtbot, sid)
    bundle = laptop_changes(team, tmp_path, sid)
    editor.edits["venue"].setText("قاعة الشعب")  # typed, the autosave not yet run
    editor.edits["venue"].textEdited.emit("قاعة الشعب")
    editor.autosave_timer.setInterval(600_000)  # the import ends within the 2 s after the typing, however slow
    editor.autosave_timer.start()
    assert editor.dirty
    imported(page, qtbot, bundle)
    qtbot.waitUntil(lambda: not editor.import_bar.isHidden(), timeout=10_000)
    return editor, sid


def test_typing_waiting_is_kept_and_nothing_is_saved_over_the_import_until_asked(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    assert shown(editor) == ("طاولة البصرة", "قاعة الشعب", ["القرار الأول"])  # the typing stays on screen
    assert editor.import_bar.text.text() == QCoreApplication.translate(
        "ImportBar", "This session was changed by an import. What you typed here is not saved yet.")
    editor.flush()  # a focus change, the autosave: nothing written over the import
    assert stored(team.centre, sid) == THEIRS
    assert editor.has_unsaved()  # closing asks before the typing is lost


def test_keep_mine_saves_the_typing_with_what_the_import_changed_elsewhere(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    editor.import_bar.mine_button.click()
    both = ("طاولة البصرة الثانية", "قاعة الشعب", ["القرار الأول", "القرار الثاني"])
    assert stored(team.centre, sid) == both
    assert shown(editor) == both
    assert editor.import_bar.isHidden() and not editor.has_unsaved()


def test_show_theirs_puts_the_import_on_screen(team: Team, make_ctx: MakeCtx, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    editor, sid = typed_then_imported(team, make_ctx, qtbot, tmp_path)
    editor.import_bar.theirs_button.click()
    assert shown(editor) == THEIRS
    assert stored(team.centre, sid) == THEIRS
    assert editor.import_bar.isHidden() and not editor.has_unsaved()
    editor.flush()
    assert stored(team.centre, sid) == THEIRS


# --- the focus group ---------------------------------------------------------------------------------


def laptop_focus_group(team: Team, tmp_path: Path) -> tuple[str, str]:
    """A focus group from the laptop with the facilitator's turn, at the centre already: (session, turn)."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        session = Session(kind="focus_group", title="مجموعة البصرة", governorate="basra", language="ar")
        s.add(session)
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text="كلمة الميسّر")
        s.add(turn)
        s.flush()
        ids = session.id, turn.id
    first = export_bundle(laptop, tmp_path / "first.majlis")
    assert first is not None
    assert [o.status for o in import_files(team.centre, [first.path], team.identities)] == ["imported"]
    return ids


def laptop_retypes(team: Team, tmp_path: Path, ids: tuple[str, str]) -> Path:
    """The laptop renames the focus group, mends the turn and adds one: the bundle bringing that."""
    laptop = team.devices[0]
    with laptop.transaction() as s:
        session, turn = s.get(Session, ids[0]), s.get(TranscriptTurn, ids[1])
        assert session is not None and turn is not None
        session.title = "مجموعة البصرة الثانية"
        turn.text = "كلمة الميسّر كاملة"
        s.add(TranscriptTurn(session_id=session.id, position=2.0, text="كلمة ثانية"))
    second = export_bundle(laptop, tmp_path / "second.majlis")
    assert second is not None
    return second.path


def fg_shown(editor: FocusGroupEditor) -> tuple[str, str, list[str]]:
    values = editor.header.values()
    return values["title"], values["venue"], [r.text for r in editor.transcript.model.rows]


def fg_stored(store: Store, sid: str) -> tuple[str, str, list[str]]:
    with store.session() as s:
        session = s.get(Session, sid)
        assert session is not None
        turns = s.query(TranscriptTurn).filter_by(session_id=sid, deleted=False).order_by(TranscriptTurn.position)
        return session.title or "", session.venue or "", [t.text for t in turns]


FG_THEIRS = ("مجموعة البصرة الثانية", "", ["كلمة الميسّر كاملة", "كلمة ثانية"])


def open_fg(ctx: AppContext, qtbot: QtBot, sid: str) -> FocusGroupEditor:
    editor = FocusGroupEditor(ctx, sid)
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    qtbot.waitUntil(lambda: editor.is_loaded, timeout=10_000)
    return editor


def test_a_focus_group_with_nothing_typed_shows_the_import(team: Team, make_ctx: MakeCtx, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    ids = laptop_focus_group(team, tmp_path)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = sync_page(ctx, qtbot, team)
    editor = open_fg(ctx, qtbot, ids[0])
    assert fg_shown(editor) == ("مجموعة البصرة", "", ["كلمة الميسّر"])
    imported(page, qtbot, laptop_retypes(team, tmp_path, ids))
    qtbot.waitUntil(lambda: fg_shown(editor) == FG_THEIRS, timeout=10_000)
    assert editor.import_bar.isHidden() and not editor.has_unsaved()
    assert editor.heading.text() == FG_THEIRS[0]


def fg_typed_then_imported(team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> tuple[FocusGroupEditor, str]:
    ids = laptop_focus_group(team, tmp_path)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = sync_page(ctx, qtbot, team)
    editor = open_fg(ctx, qtbot, ids[0])
    bundle = laptop_retypes(team, tmp_path, ids)
    editor.autosave_timer.setInterval(600_000)  # the import ends within the 1.5 s after the typing, however slow
    venue = editor.header.texts["venue"]
    venue.setFocus()
    type_text(venue, "قاعة")
    assert editor.has_unsaved()
    imported(page, qtbot, bundle)
    qtbot.waitUntil(lambda: not editor.import_bar.isHidden(), timeout=10_000)
    assert fg_shown(editor) == ("مجموعة البصرة", "قاعة", ["كلمة الميسّر"])  # the typing stays on screen
    editor.flush()
    assert fg_stored(team.centre, ids[0]) == FG_THEIRS  # nothing written over the import
    return editor, ids[0]


def test_a_focus_group_keeps_the_typing_and_keep_mine_saves_it_with_the_import(
        team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    editor.import_bar.mine_button.click()
    both = ("مجموعة البصرة الثانية", "قاعة", FG_THEIRS[2])
    qtbot.waitUntil(lambda: fg_shown(editor) == both, timeout=10_000)
    assert fg_stored(team.centre, sid) == both  # the title the laptop gave was not written back
    assert editor.import_bar.isHidden() and not editor.has_unsaved()


def test_a_focus_group_shows_theirs_when_asked(team: Team, make_ctx: MakeCtx, qtbot: QtBot, tmp_path: Path) -> None:
    editor, sid = fg_typed_then_imported(team, make_ctx, qtbot, tmp_path)
    editor.import_bar.theirs_button.click()
    qtbot.waitUntil(lambda: fg_shown(editor) == FG_THEIRS, timeout=10_000)
    assert editor.import_bar.isHidden() and not editor.has_unsaved()
    editor.flush()
    assert fg_stored(team.centre, sid) == FG_THEIRS


def test_in_the_main_window_the_open_editor_follows_an_import_run_on_the_sync_page(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The coordinator's path: the Sync page's run ends while the roundtable is open in the same window."""
    sid = laptop_roundtable(team, tmp_path)
    bundle = laptop_changes(team, tmp_path, sid)
    window = main_window_on_screen(manager, team.centre, qtbot, "ckb", None, (1366, 768), monkeypatch)
    sync = window.page("sync")  # built, as when the import was started there
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=30_000)
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor) and window.editor is editor
    assert shown(editor)[0] == "طاولة البصرة"
    imported(sync, qtbot, bundle)
    qtbot.waitUntil(lambda: shown(editor) == THEIRS, timeout=10_000)
    assert window.editor is editor and editor.import_bar.isHidden()
    window.close()
