"""What a person types never stops a laptop's bundle at the centre.

The centre refuses a whole bundle when one value is longer than its column allows (a title over 300
characters, a long text over 100,000, a participant attribute value over 1,000): the refused range
would stay a gap for ever. Here text over each limit is pasted and typed into the real widgets of a
field laptop, the editors save, the laptop exports a bundle and the centre imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import participants
from desktop.core import sessions as svc
from desktop.core.field_text import TEXT_LIMIT
from desktop.core.models import ActionItem, AgendaItem, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file
from desktop.sync.values import JSON_TEXT_MAX
from desktop.ui.focus_group.participants_model import COLUMNS, ChoiceDelegate, SessionParticipantsModel
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.helpers_typing import type_text
from tests.sync_helpers import Team, make_team

TITLE = "طاولة مستديرة حول قانون الانتخابات في البصرة، "  # pasted paragraph: well over 300 characters
NOTES = "ناقش الحضور قانون الانتخابات وتم الاتفاق على رفع التوصيات. ڕێکەوتن لەسەر ڕاسپاردەکان.\n"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    t = make_team(tmp_path, devices=1)
    yield t
    t.close()


def paste(widget: Any, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


def cell_editor(view: QTableView, row: int, column: int) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    return next(w for w in view.viewport().findChildren(QWidget)
                if isinstance(w, QLineEdit) and w.parent() is view.viewport() and w.isVisible())


def commit(qtbot: QtBot, view: QTableView, editor: QLineEdit) -> None:
    """What Enter in the cell does (the delegate's own commit), whichever window has the focus."""
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)


@pytest.mark.qt_log_ignore("does not support raise")  # the message's tooltip, offscreen
def test_over_long_text_typed_on_a_laptop_still_reaches_the_centre(
    team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path
) -> None:
    field = team.devices[0]
    ctx = make_ctx(field, user_name="Huda")
    sid = svc.create_session(field, "roundtable", date=dt.date(2026, 11, 20))
    editor = RoundtableEditor(ctx, sid)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()

    # A title: a paragraph pasted, then more typed at the end.
    title = editor.edits["title"]
    paste(title, TITLE * 10)
    type_text(title, "ابج")
    assert len(title.text()) == 300

    # A long text: notes pasted past the centre's limit; the person is told, typing Arabic and
    # undo still work.
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.add_button.click()
    notes = editor.agenda.items[0].notes
    type_text(notes, "البند")
    long_notes = NOTES * (TEXT_LIMIT // len(NOTES) + 50)
    with qtbot.waitSignal(notes.parent().notes_limit.cut) as said:
        paste(notes, long_notes)
    assert said.args and said.args[0]
    assert len(notes.toPlainText()) == TEXT_LIMIT
    assert notes.toPlainText() == ("البند" + long_notes)[:TEXT_LIMIT]
    notes.undo()  # one undo takes back the paste as it was kept
    assert notes.toPlainText() == "البند"
    notes.redo()
    assert len(notes.toPlainText()) == TEXT_LIMIT
    with qtbot.waitSignal(notes.parent().notes_limit.cut):
        type_text(notes, "ڕ")  # full: the key is refused, and said
    assert len(notes.toPlainText()) == TEXT_LIMIT

    # A table cell: the owner of an action item (String(200)).
    editor.tabs.setCurrentWidget(editor.action_items)
    editor.action_items.add_button.click()
    owner = cell_editor(editor.action_items.view, 0, 1)
    paste(owner, "علي حسن " * 60)
    commit(qtbot, editor.action_items.view, owner)

    editor.flush()
    assert not editor.dirty
    with field.session() as s:
        session = s.get(Session, sid)
        assert session is not None and len(session.title) == 300
        agenda = s.scalars(select(AgendaItem).where(AgendaItem.session_id == sid)).one()
        assert len(agenda.notes) == TEXT_LIMIT
        action = s.scalars(select(ActionItem).where(ActionItem.session_id == sid)).one()
        assert len(action.owner) == 200

    # A participant attribute over the centre's limit: not saved, and said; a fitting one is saved.
    fg = svc.create_session(field, "focus_group", title="مجموعة البصرة", governorate="basra",
                            date=dt.date(2026, 11, 20), language="ar")
    with field.transaction() as s:
        participants.add_to_session(s, fg)
    model = SessionParticipantsModel(ctx, fg)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(ctx, view))
    view.resize(900, 300)
    view.show()
    column = COLUMNS.index("attributes")
    errors: list[str] = []
    model.error.connect(lambda words: errors.append(words()))
    cell = cell_editor(view, 0, column)
    paste(cell, "displaced: " + "نعم " * 300)
    commit(qtbot, view, cell)
    assert errors and "1,000" in errors[0]
    cell = cell_editor(view, 0, column)
    paste(cell, "displaced: نعم")
    commit(qtbot, view, cell)
    code_cell = cell_editor(view, 0, COLUMNS.index("occupation"))
    paste(code_cell, "معلمة" * 40)
    commit(qtbot, view, code_cell)
    with field.session() as s:
        person = s.scalars(select(Participant)).one()
        assert person.attributes == {"displaced": "نعم"}
        assert len(person.occupation) == 100
        assert all(len(v) <= JSON_TEXT_MAX for v in person.attributes.values())

    # The laptop's bundle is imported at the centre, not refused.
    ctx.tasks.wait(5000)
    bundle = export_bundle(field, tmp_path / "laptop.majlis")
    outcome = import_file(team.centre, bundle.path, team.identities)
    assert outcome.status == "imported", outcome
    with team.centre.session() as s:
        arrived = s.get(Session, sid)
        assert arrived is not None and arrived.title == session.title
