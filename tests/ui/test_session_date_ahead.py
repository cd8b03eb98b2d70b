"""A session's date box ends ten years after today; a date past that which the session already has is
shown as it is, and the editor's next save does not write over it.

The roundtable editor and a focus group's details took any year up to 9999: a slip of the year (2062
typed for 2026) was saved as it was, and a session dated far ahead put the end of the study off
(retention counted from the last session). The box now ends ten years ahead: the year is refused as it
is typed, said in one translated line under the date, and the box keeps a year it can take. A session
dated 2286 in a laptop's bundle, imported at the centre, opens showing 2286 (Qt moves a date past a box's
end to its last day, and the next save would have written that day), and a save of another field leaves
its date, and the date's version, as they were. Real SQLCipher stores, a real bundle, real widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.models import Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.session_date import SessionDateEdit, last_day
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import Team, make_team
from tests.ui.test_date_before_2000_said import _typed_from_the_field_before
from tests.ui_helpers import language_fixture

T = QApplication.translate
FAR = dt.date(2286, 1, 1)

language = language_fixture("ckb")


def _open(ctx: AppContext, qtbot: QtBot, kind: str, sid: str) -> tuple[SessionEditorBase, Any, SessionDateEdit, Any]:
    """The session's editor, shown: (editor, its title field, its date box, the line under the date)."""
    if kind == "roundtable":
        roundtable = RoundtableEditor(ctx, sid)
        qtbot.addWidget(roundtable)
        roundtable.show()
        settle()
        return roundtable, roundtable.edits["title"], roundtable.date, roundtable.cells["date"].error
    group = FocusGroupEditor(ctx, sid)
    qtbot.addWidget(group)
    group.show()
    group.tabs.setCurrentIndex(2)  # Session details
    settle()
    header = group.header
    return group, header.texts["title"], header.date, header.wrapped["date"].error


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_slip_of_the_year_is_refused_and_said_under_the_date(kind: str, ctx: AppContext, qtbot: QtBot) -> None:
    sid = sessions.create_session(ctx.store, kind, title="مێزی گفتوگۆ", governorate="erbil", date=dt.date(2026, 11, 20))
    editor, title, date, line = _open(ctx, qtbot, kind, sid)
    assert date.maximumDate() == last_day()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    _typed_from_the_field_before(qtbot, title, date, ("1", "کانوونی دووەم", "2062"))  # 2026 meant
    refusal = T("problems", "A session cannot be dated more than ten years ahead: check the year.")
    assert line.error() == refusal and "\n" not in refusal
    assert date.date().year() == 2026  # the box kept a year it can take
    editor.flush()
    with ctx.store.session() as s:
        stored = s.get(Session, sid)
        assert stored is not None and stored.date is not None and stored.date.year == 2026

    _typed_from_the_field_before(qtbot, title, date, ("1", "کانوونی دووەم", "2030"))  # planned: taken
    assert date.date().toPython() == dt.date(2030, 1, 1)
    assert line.error() == ""


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


@pytest.fixture
def centre_ctx(team: Team, manager: LanguageManager) -> Iterator[AppContext]:
    context = AppContext(store=team.centre, language=manager, tasks=TaskRunner(), user_name="coordinator")
    yield context
    assert context.tasks.drain(10_000)


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_far_date_from_a_bundle_is_shown_and_not_rewritten(
        kind: str, team: Team, centre_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    laptop = team.devices[0]
    sid = sessions.create_session(laptop, kind, title="جلسة", governorate="basra", date=FAR)
    made = export_bundle(laptop, tmp_path / "far.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    with team.centre.session() as s:
        row = s.get(Session, sid)
        assert row is not None
        version = row.versions.get("date")

    editor, title, date, line = _open(centre_ctx, qtbot, kind, sid)
    assert date.date() == QDate(2286, 1, 1)  # shown as it is, not moved to the box's end
    assert date.maximumDate() == QDate(2286, 1, 1) and line.error() == ""
    title.setFocus()
    title.end(False)
    type_text(title, " الثانية")  # another field typed, then saved
    editor.flush()
    with team.centre.session() as s:
        row = s.get(Session, sid)
        assert row is not None and row.title == "جلسة الثانية"  # the save was made
        assert row.date == FAR and row.versions.get("date") == version  # and the date left as it was
