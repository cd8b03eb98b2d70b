"""The Organisations page's refusal beside the name follows a language switch, as an editor's does
(live_words.py): said once in Arabic, it stayed Arabic on the page switched to Kurdish, and a screen
reader, which reads it with the name (test_field_refusal_read_with_the_field.py), read it in Arabic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from tests.ui_helpers import shown_active

NEEDS_A_NAME = "An organisation needs a name."


def test_the_refusal_beside_the_name_follows_the_language(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ar")
    page = shown_active(qtbot, OrganisationsPage(ctx))
    page.new()
    page.name.setText("   ")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    arabic = QCoreApplication.translate("OrganisationsPage", NEEDS_A_NAME)
    qtbot.waitUntil(lambda: page.name_cell.error.error() == arabic)
    ctx.language.set_language("ckb")
    kurdish = QCoreApplication.translate("OrganisationsPage", NEEDS_A_NAME)
    assert kurdish not in (arabic, NEEDS_A_NAME)
    qtbot.waitUntil(lambda: page.name_cell.error.error() == kurdish)
    assert page.name.accessibleDescription() == kurdish
    ctx.language.set_language("en")
