"""An organisation saved with a name of spaces or invisible marks only (pasted) is refused in one translated
line beside the name, what was typed kept, and the keyboard goes to the name to type one: it stayed on
Save, so a person working by keyboard typed the name into nothing. Real SQLCipher store; the real page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from tests.ui_helpers import shown_active


@pytest.mark.parametrize("typed", ["   ", "\u200f\u200e", " \u2067\u2069 "])
def test_a_blank_name_puts_the_keyboard_on_the_name(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    ctx.language.set_language("ar")
    page = shown_active(qtbot, OrganisationsPage(ctx))
    page.new()
    page.name.setText(typed)
    page.save_button.setFocus()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: bool(page.name_cell.error.text()))
    assert page.name_cell.error.text() == page.tr("An organisation needs a name.")
    assert "\n" not in page.name_cell.error.text()
    assert QApplication.focusWidget() is page.name and page.name.text() == typed
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0
