"""Consent page → New version…: Enter in a field of the form editor adds nothing and publishes nothing.

A facilitator typed a form's title and pressed Enter, as at the end of any line: the dialog's first
button, Add clause, took it as its default and an empty clause was added at the end of the table,
out of sight, and Publish then refused with "Every clause needs its text". Enter on the clauses'
table did the same. Now Enter in a field does nothing; Enter on a button the Tab key reached presses
that button, as before, and Enter in the box of clauses to add adds the one chosen in it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import builtin_consent
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_editor_shown
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle

TITLE = "ڕەزامەندی بۆ بەشداریکردن"


def editor_shown(ctx: AppContext, qtbot: QtBot) -> TemplateEditorDialog:
    builtin_consent.install(ctx.store)
    return template_editor_shown(ctx, qtbot, "builtin-consent")


def enter(widget: QWidget) -> None:
    widget.setFocus()
    settle()
    assert QApplication.focusWidget() is widget
    QTest.keyClick(widget, Qt.Key.Key_Return)
    settle()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_enter_in_the_title_or_the_table_adds_no_clause(lang: str, ctx: AppContext, manager: LanguageManager,
                                                       qtbot: QtBot) -> None:
    manager.set_language(lang)
    editor = editor_shown(ctx, qtbot)
    tab = editor.current()
    clauses = [list(row) for row in tab.model.rows]
    tab.title.clear()
    tab.title.setFocus()
    type_text(tab.title, TITLE)
    enter(tab.title)
    enter(tab.table)
    assert tab.model.rows == clauses, "Enter added an empty clause"
    assert editor.isVisible() and editor.published_version is None and editor.error.text() == ""
    assert tab.title.text() == TITLE
    # No button is drawn as the one Enter presses: none is.
    assert [b.text() for b in editor.findChildren(QPushButton) if b.isDefault()] == []


def test_enter_on_a_button_reached_by_tab_presses_it(ctx: AppContext, qtbot: QtBot) -> None:
    editor = editor_shown(ctx, qtbot)
    tab = editor.current()
    count = len(tab.model.rows)
    enter(editor.add_button)
    assert len(tab.model.rows) == count + 1
    tab.table.setCurrentIndex(tab.model.index(count, 1))  # the clause just added
    enter(editor.remove_button)
    assert len(tab.model.rows) == count and editor.isVisible()
    editor.add_key.setCurrentIndex(editor.add_key.findData("photo"))
    enter(editor.add_key)
    assert len(tab.model.rows) == count + 1 and tab.model.rows[-1][0] == "photo"
