"""Consent form editor: a language's text typed without a title is not dropped from the version.

A version is published in the languages whose tab has a title; a tab without one was left out without
a word. A coordinator who wrote the Kurdish text and clauses of a form that had been Arabic and English
only, and forgot the Kurdish title, published a "new version" with no Kurdish in it: Kurdish speakers
went on being shown the Arabic form, and the Kurdish text was gone with the editor. Publish now
refuses in one line that names the language, brings its tab to the front and the title box to the
keyboard; a tab left wholly empty is still left out.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.i18n.languages import native_name
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import template_texts
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_text_without_a_title_is_refused_not_dropped(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                     manager: LanguageManager) -> None:
    texts = template_texts()
    kurdish = texts.pop("ckb")
    consent.publish_version(store, "session-consent", texts)  # Arabic and English only
    manager.set_language(lang)
    editor = TemplateEditorDialog(ctx, "session-consent")
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    settle()
    tab = next(t for t in editor.language_tabs if t.lang == "ckb")
    assert tab.title.text() == "" and tab.model.rows == []
    tab.body.setPlainText(kurdish.body)  # the title forgotten
    tab.model.rows.extend([c.clause_key, c.text, c.required] for c in kurdish.clauses)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    settle()
    assert editor.published_version is None and editor.isVisible()
    with store.session() as s:
        assert consent.latest_version(s, "session-consent") == 1
    line = editor.error.text()
    assert native_name("ckb") in line and "\n" not in line, line  # the language named, in one line
    assert editor.current() is tab and QApplication.focusWidget() is tab.title

    tab.title.setText(kurdish.title)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert editor.published_version == 2
    with store.session() as s:
        assert "ckb" in consent.form_languages(s, "session-consent")
