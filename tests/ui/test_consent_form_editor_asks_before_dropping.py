"""Consent page → New version…: a form's text typed out is not dropped without a word.

The editor holds the form in three languages (title, text, what a signature means, clauses). Escape
pressed by mistake, Cancel or the window's close button closed it at once and everything typed was
gone, where the consent form itself asks before dropping answers. Now the editor asks (No, the
default, keeps it open as it is); with nothing changed it closes without a question.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import builtin_consent
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle

TEXT = "ئەم فۆڕمە بۆ گفتوگۆی گەنجانی بەسرەیە."


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Each question put (title, text), answered No."""
    questions: list[tuple[str, str]] = []

    def no(_parent: object, title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        questions.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    return questions


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_escape_after_typing_asks_and_no_keeps_the_text(lang: str, ctx: AppContext, manager: LanguageManager,
                                                        qtbot: QtBot, asked: list[tuple[str, str]]) -> None:
    manager.set_language(lang)
    builtin_consent.install(ctx.store)
    editor = TemplateEditorDialog(ctx, "builtin-consent")
    qtbot.addWidget(editor)
    editor.show()
    settle()
    body = editor.current().body
    body.setFocus()
    type_text(body, TEXT)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    settle()
    assert editor.isVisible() and TEXT in body.toPlainText()
    assert len(asked) == 1
    source = "Close without publishing? What was typed in the form is not kept."
    assert asked[0][1] == QApplication.translate("TemplateEditorDialog", source) != source
    editor.cancel_button.click()  # Cancel asks alike
    close = QCloseEvent()
    close.setAccepted(True)
    editor.closeEvent(close)  # a close by the program (a lock, quitting) never asks
    assert len(asked) == 2


def test_nothing_typed_closes_without_a_question(ctx: AppContext, qtbot: QtBot, asked: list[tuple[str, str]]) -> None:
    builtin_consent.install(ctx.store)
    editor = TemplateEditorDialog(ctx, "builtin-consent")
    qtbot.addWidget(editor)
    editor.show()
    settle()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    settle()
    assert not editor.isVisible() and asked == []
