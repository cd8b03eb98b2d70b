"""The roundtable editor driven through its real widgets, offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QDateEdit, QLineEdit, QWidget

from desktop.core import organisations
from desktop.core import sessions as svc
from desktop.core.db import open_store
from desktop.core.models import Participant
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog

NOTES = "ناقش الحضور قانون الانتخابات\nوتم الاتفاق على رفع التوصيات"
KURDISH = "ڕێکەوتن لەسەر ڕاسپاردەکان"


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Per character: qtbot.keyClicks aborts the process on non-ASCII text."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def lm(language):  # type: ignore[no-untyped-def]
    """The one language manager of the test (the ``language`` fixture: English, put back afterwards)."""
    return language


def edit_cell(qtbot, section, row: int, column: int, text: str | None = None, setter=None) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's delegate editor like a user, fill it, and commit with Enter."""
    view = section.view
    index = section.model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(
        w for w in view.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QDateEdit) and w.parent() is view.viewport() and w.isVisible()
    )
    if text is not None:
        editor.selectAll()
        type_text(editor, text)
    if setter is not None:
        setter(editor)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=1000)


def test_create_roundtable_close_and_reopen(make_ctx, store, db_path, passphrase, lm, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    org = organisations.create(store, "منتدى شباب البصرة", "cso", "basra")
    with store.transaction() as s:
        s.add(Participant(code="BSR-RT01-P01", governorate="basra"))
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    ctx = make_ctx(store, user_name="Huda", lang=lm)
    editor = RoundtableEditor(ctx, sid)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()

    type_text(editor.edits["title"], "طاولة مستديرة: قانون الانتخابات")
    editor.date.setDate(QDate(2023, 2, 14))
    editor.governorate.setCurrentIndex(editor.governorate.findData("basra"))
    qtbot.keyClicks(editor.edits["start_time"], "10:00")
    qtbot.keyClicks(editor.edits["end_time"], "12:30")
    type_text(editor.edits["venue"], "قاعة جامعة البصرة")
    qtbot.keyClicks(editor.edits["facilitator"], "Huda")
    qtbot.keyClicks(editor.edits["note_taker"], "Karwan")

    # Attendance: one organisation as media, one participant as citizen, through the add dialogs.
    def pick(role: str):  # type: ignore[no-untyped-def]
        def exec_(dialog: AttendeeDialog) -> int:
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            return 1
        return exec_

    monkeypatch.setattr(AttendeeDialog, "exec", pick("media"))
    qtbot.mouseClick(editor.attendance.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(AttendeeDialog, "exec", pick("citizen"))
    qtbot.mouseClick(editor.add_participant_button, Qt.MouseButton.LeftButton)
    assert editor.attendance_model.rowCount() == 2
    editor.tabs.setCurrentWidget(editor.attendance)
    edit_cell(qtbot, editor.attendance, 1, 1, setter=lambda c: c.setCurrentIndex(c.findData("community_leader")))

    # Agenda items with notes typed in Arabic and Kurdish.
    editor.tabs.setCurrentWidget(editor.agenda)
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    item = editor.agenda.items[0]
    type_text(item.title, "البند الأول")
    type_text(item.notes, NOTES)
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    type_text(editor.agenda.items[1].title, "خاڵی دووەم")
    type_text(editor.agenda.items[1].notes, KURDISH)

    # A decision and an action item, typed into the table cells.
    editor.tabs.setCurrentWidget(editor.decisions)
    qtbot.mouseClick(editor.decisions.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, editor.decisions, 0, 0, "رفع التوصيات إلى مجلس المحافظة")
    editor.tabs.setCurrentWidget(editor.action_items)
    qtbot.mouseClick(editor.action_items.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, editor.action_items, 0, 0, "كتابة رسالة")
    edit_cell(qtbot, editor.action_items, 0, 1, "Ali")
    edit_cell(qtbot, editor.action_items, 0, 2, setter=lambda d: d.setDate(QDate(2023, 3, 1)))
    edit_cell(qtbot, editor.action_items, 0, 3, setter=lambda c: c.setCurrentIndex(c.findData("in_progress")))

    # Autosave: within ~2 s after the last keystroke, without pressing anything.
    # (Closing the cell editors above already saved: focus leaving a field saves at once.)
    assert not editor.dirty
    type_text(editor.edits["facilitator"], " R.")
    assert editor.dirty and editor.autosave_timer.isActive()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=4000)
    assert editor.autosave_timer.interval() == 2000

    # Undo inside a text editor is the QTextEdit's own.
    type_text(item.notes, "X")
    assert item.notes.toPlainText().endswith("X")
    item.notes.undo()  # Qt merges a run of typing into one undo step
    assert not item.notes.toPlainText().endswith("X")
    item.notes.redo()
    assert item.notes.toPlainText() == NOTES + "X"
    QTest.keyClick(item.notes, Qt.Key.Key_Backspace)
    assert item.notes.toPlainText() == NOTES

    with qtbot.waitSignal(editor.closed):
        QTest.keyClick(editor.edits["title"], Qt.Key.Key_Escape)  # Back saves first
    store.close()

    again = open_store(db_path, passphrase)
    try:
        editor2 = RoundtableEditor(make_ctx(again, user_name="Huda", lang=lm), sid)
        qtbot.addWidget(editor2)
        assert editor2.edits["title"].text() == "طاولة مستديرة: قانون الانتخابات"
        assert editor2.date.date() == QDate(2023, 2, 14)
        assert editor2.governorate.currentData() == "basra"
        assert editor2.edits["start_time"].text() == "10:00"
        assert editor2.edits["venue"].text() == "قاعة جامعة البصرة"
        assert editor2.edits["note_taker"].text() == "Karwan"
        assert editor2.edits["facilitator"].text() == "Huda R."
        rows = editor2.attendance_model.rows
        assert [(r["organisation_id"], r["role"]) for r in rows][0] == (org, "media")
        assert rows[1]["role"] == "community_leader" and rows[1]["participant_id"]
        assert editor2.attendance_model.data(editor2.attendance_model.index(1, 0)) == "BSR-RT01-P01"
        assert [i.title.text() for i in editor2.agenda.items] == ["البند الأول", "خاڵی دووەم"]
        assert editor2.agenda.items[0].notes.toPlainText() == NOTES
        assert editor2.agenda.items[1].notes.toPlainText() == KURDISH
        assert editor2.decisions_model.rows[0]["text"] == "رفع التوصيات إلى مجلس المحافظة"
        action = editor2.actions_model.rows[0]
        assert (action["what"], action["owner"], action["due_date"], action["status"]) == (
            "كتابة رسالة", "Ali", dt.date(2023, 3, 1), "in_progress")
    finally:
        again.close()


@pytest.mark.parametrize("switch", ["language", "digits"])
def test_a_cell_being_typed_keeps_its_text_through_a_language_or_digit_switch(  # type: ignore[no-untyped-def]
        make_ctx, store, lm, qtbot, switch):
    """A switch repaints the tables (dataChanged over every cell) and Qt refills open cell editors:
    a decision typed but not yet committed with Enter was replaced by the stored empty text, then saved."""
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=lm), sid)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.decisions)
    qtbot.mouseClick(editor.decisions.add_button, Qt.MouseButton.LeftButton)
    view, index = editor.decisions.view, editor.decisions_model.index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    cell = next(w for w in view.viewport().findChildren(QLineEdit) if w.parent() is view.viewport())
    type_text(cell, "رفع التوصيات")
    if switch == "language":
        lm.set_language("ar")
        heading = QCoreApplication.translate("RoundtableEditor", "Roundtable")
        assert heading != "Roundtable"
        qtbot.waitUntil(lambda: editor.heading.text() == heading)  # the posted LanguageChange arrived
    else:
        lm.set_digits("arab")  # repaints the tables at once (digitsChanged), and posts a LanguageChange:
        for _ in range(2):  # to the application, which posts one to every window
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert cell.text() == "رفع التوصيات"
    view.commitData(cell)  # what Enter does
    view.closeEditor(cell, QAbstractItemDelegate.EndEditHint.NoHint)
    editor.flush()
    assert svc.load_minutes(store, sid).decisions[0]["text"] == "رفع التوصيات"


def test_end_before_start_is_shown_inline_and_text_kept(make_ctx, store, lm, qtbot):  # type: ignore[no-untyped-def]
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=lm), sid)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.edits["start_time"], "11:00")
    qtbot.keyClicks(editor.edits["end_time"], "10:15")
    assert editor.cells["end_time"].error.error() == "The end time is before the start time."
    assert editor.cells["title"].error.error()  # required-to-finalise mark in place
    editor.flush()
    assert svc.load_minutes(store, sid).fields["end_time"] == "10:15"  # a draft saves anyway
    assert editor.edits["end_time"].text() == "10:15"
    editor.edits["end_time"].clear()
    qtbot.keyClicks(editor.edits["end_time"], "12:00")
    assert editor.cells["end_time"].error.error() == ""


def test_finalise_blocked_then_allowed_and_unlock_with_reason(make_ctx, store, lm, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10), governorate="erbil")
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=lm), sid)
    qtbot.addWidget(editor)
    editor.resize(1400, 700)  # room for the buttons in their row (else they are in the Session actions menu)
    editor.show()
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert not editor.blockers.isHidden()
    assert any(line.startswith("Title") for line in editor.blockers.texts())
    assert svc.load_minutes(store, sid).status == "draft"
    editor.edits["venue"].setFocus()
    row = next(i for i, t in enumerate(editor.blockers.texts()) if t.startswith("Title"))
    editor.blockers.choose(row)  # the line takes the person to the field at fault
    assert editor.focusWidget() is editor.edits["title"]
    type_text(editor.edits["title"], "کۆبوونەوەی هەولێر")
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    assert editor.blockers.isHidden()
    assert svc.load_minutes(store, sid).status == "final"
    assert editor.edits["title"].isReadOnly() and editor.is_read_only()
    assert editor.unlock_button.isVisible() and not editor.finalise_button.isVisible()

    monkeypatch.setattr(UnlockReasonDialog, "ask", staticmethod(lambda parent: None))  # cancelled
    qtbot.mouseClick(editor.unlock_button, Qt.MouseButton.LeftButton)
    assert svc.load_minutes(store, sid).status == "final"
    monkeypatch.setattr(UnlockReasonDialog, "ask", staticmethod(lambda parent: "wrong date"))
    qtbot.mouseClick(editor.unlock_button, Qt.MouseButton.LeftButton)
    assert svc.load_minutes(store, sid).status == "draft"
    assert not editor.edits["title"].isReadOnly()

    dialog = editor.show_audit()
    qtbot.addWidget(dialog)
    rows = dialog.model.rows
    assert [r.action for r in rows if r.action in ("finalise", "unlock")] == ["finalise", "unlock"]
    texts = [dialog.model.data(dialog.model.index(r, c)) for r in range(len(rows)) for c in range(5)]
    assert "wrong date" in texts and "unlocked" in texts


def test_unlock_reason_dialog_needs_text(qtbot, lm):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = UnlockReasonDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.reason, "   ")
    assert not ok.isEnabled()
    type_text(dialog.reason, "سبب")
    assert ok.isEnabled()


def test_models_pass_modeltester(make_ctx, store, lm, qtbot, qtmodeltester):  # type: ignore[no-untyped-def]
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=lm), sid)
    qtbot.addWidget(editor)
    editor.actions_model.add(what="a", owner="b", due_date=dt.date(2023, 1, 1))
    editor.decisions_model.add(text="d")
    for model in (editor.attendance_model, editor.decisions_model, editor.actions_model):
        qtmodeltester.check(model)
