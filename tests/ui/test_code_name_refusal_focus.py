"""The Codebook page's Save refused for a code's name (none left in any language, only invisible marks
pasted, or the name of a code beside it): one translated line, what was typed kept, and the keyboard on
the name in the interface's language, to type one; it stayed on Save. Real SQLCipher store; the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from tests.ui_helpers import shown_active


@pytest.mark.parametrize(("lang", "typed"), [("ar", "\u200f\u200e"), ("ckb", "   "), ("ar", "دستور")])
def test_a_refused_name_puts_the_keyboard_on_the_name(ctx: AppContext, qtbot: QtBot, lang: str, typed: str) -> None:
    with ctx.store.transaction() as s:
        code_id = codebook.create_code(s, name_ar="قانون").id
        codebook.create_code(s, name_ar="دستور")
    ctx.language.set_language(lang)
    page = shown_active(qtbot, CodebookPage(ctx))
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(code_id)
    qtbot.waitUntil(lambda: page.names["ar"].text() == "قانون")
    page.names["ar"].setText(typed)
    page.save_btn.setFocus()
    qtbot.keyClick(page.save_btn, Qt.Key.Key_Space)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: bool(page.error_label.text()))
    assert "\n" not in page.error_label.text()
    assert QApplication.focusWidget() is page.names[lang] and page.names["ar"].text() == typed
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None and code.name_ar == "قانون"
