"""A refusal shown under a field is part of what a screen reader says of that field. The Organisations
page put the keyboard back on the name after "An organisation needs a name.", but the line was only a
red label that Tab never reaches: NVDA, reading the accessibility tree Qt gives it, said the field's
name and nothing of why the focus was there. Now the line is the field's accessible description (read
after its name), in the line's language (it follows a switch where the line does), and goes with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.ui_helpers import shown_active


def described(w: QWidget) -> str:
    """What an assistive technology reads as the widget's description."""
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None
    return iface.text(QAccessible.Text.Description)


def test_the_refusal_that_sends_the_keyboard_back_is_read_with_the_name(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ar")
    page = shown_active(qtbot, OrganisationsPage(ctx))
    page.new()
    page.name.setText("   ")
    page.save_button.setFocus()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: bool(page.name_cell.error.error()))
    refusal = QCoreApplication.translate("OrganisationsPage", "An organisation needs a name.")
    assert refusal != "An organisation needs a name."  # said in Arabic
    assert QApplication.focusWidget() is page.name
    assert described(page.name) == refusal
    page.name.setText("جمعية الأمل")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # saved: the line goes, and nothing is left to say
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: not page.name_cell.error.error())
    assert described(page.name) == ""
    ctx.language.set_language("en")


def test_an_editor_field_carries_its_refusal(make_ctx, store: Store, language: LanguageManager,  # type: ignore[no-untyped-def]
                                             qtbot: QtBot) -> None:
    language.set_language("ckb")
    sid = svc.create_session(store, "roundtable", date=dt.date(2023, 1, 10))
    editor = RoundtableEditor(make_ctx(store, user_name="Huda", lang=language), sid)
    qtbot.addWidget(editor)
    end = editor.edits["end_time"]
    assert described(end) == end.placeholderText()  # its hint: Qt reads a line edit's placeholder without one
    qtbot.keyClicks(editor.edits["start_time"], "11:00")
    qtbot.keyClicks(end, "10:15")
    said = editor.cells["end_time"].error.error()
    assert said and described(end) == said
    language.set_language("ar")  # the line follows the language, and the description with it
    qtbot.waitUntil(lambda: editor.cells["end_time"].error.error() not in ("", said))
    assert described(end) == editor.cells["end_time"].error.error()
    end.clear()  # put right: the refusal goes, the hint is read again
    qtbot.keyClicks(end, "12:00")
    assert not editor.cells["end_time"].error.error()
    assert described(end) == end.placeholderText() != ""

