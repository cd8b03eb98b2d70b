"""Consent form editor, an Arabic or Kurdish tab: a new clause's empty editing box starts at the right.

Add clause opened the new clause's text box with its cursor at the left edge, as in an English box,
though the tab, its title and its text boxes are right to left: the first letter typed jumped across
the box. The box now starts at the right edge in a right-to-left language's tab (and at the left in
the English tab), whatever the keyboard's language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_editor_shown, template_texts_without
from tests.i18n.test_i18n_screens import settle


def new_clause_box(editor: TemplateEditorDialog, tab_lang: str, qtbot: QtBot) -> QLineEdit:
    editor.tabs.setCurrentIndex(next(i for i, t in enumerate(editor.language_tabs) if t.lang == tab_lang))
    settle()
    editor.add_key.setCurrentIndex(editor.add_key.findData("photo"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle()
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit) and box.text() == "" and editor.current().table.isAncestorOf(box)
    return box


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_new_clause_box_starts_at_the_right_in_rtl_tabs(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                        manager: LanguageManager) -> None:
    consent.publish_version(store, "session-consent", template_texts_without("photo"))
    manager.set_language(lang)
    editor = template_editor_shown(ctx, qtbot, "session-consent", (1100, 700))
    for tab_lang in ("ar", "ckb"):
        box = new_clause_box(editor, tab_lang, qtbot)
        cursor = box.cursorRect()
        assert cursor.center().x() > box.width() * 3 // 4, (
            f"{tab_lang} tab: the empty box's cursor is at x={cursor.center().x()} of {box.width()}")
        editor.current().table.closeEditor(box, QAbstractItemDelegate.EndEditHint.NoHint)
    box = new_clause_box(editor, "en", qtbot)
    assert box.cursorRect().center().x() < box.width() // 4, "English tab: the cursor is not at the left"
    editor.current().table.closeEditor(box, QAbstractItemDelegate.EndEditHint.NoHint)
    editor.close()
