"""A refusal said in a line under a form (not under its own field) is read with the field it is about.

The Change passphrase and team key file dialogs, the unlock window, the search and filter boxes of the
pages: their red line is never reached by Tab, and a screen reader said only the field's name ("New
passphrase, edit") where the keyboard was sent back, and not why. Each line is now the accessible
description of its field (FieldError.describe, as FieldWithError's), of the field at fault where one
line speaks of several; two lines about one field are both read, and a line cleared leaves nothing.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.unlock import UnlockWidget
from tests.helpers_typing import type_text
from tests.ui_helpers import shown_active

CURRENT = "correct horse battery staple"


def described(w: QWidget) -> str:
    """What an assistive technology reads as the widget's description."""
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None
    return iface.text(QAccessible.Text.Description)


def test_change_passphrase_refusal_read_with_the_field_at_fault(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ckb")
    dlg = shown_active(qtbot, ChangePassphraseDialog(ctx, lambda _changed: None))
    dlg.current.setText(CURRENT)
    dlg.new.setText("کورت")  # too weak
    dlg.again.setText("کورت")
    dlg.submit()
    said = dlg.error.error()
    assert said and described(dlg.new) == said
    assert described(dlg.current) == "" and described(dlg.again) == ""

    dlg.new.setText("ئاوی پاک بۆ گوندەکان ٢٠٢٦")  # long enough now, but the repeat differs
    dlg.submit()
    refusal, differ = dlg.error.error(), dlg.mismatch.error()
    assert refusal and differ
    assert described(dlg.new) == ""  # put right: no longer described
    assert described(dlg.again) == f"{differ} {refusal}"  # both lines about it are read

    type_text(dlg.again, "x")  # typing clears the dialog's refusal; the differ line stays
    assert dlg.error.error() == ""
    assert described(dlg.again) == dlg.mismatch.error() != ""
    dlg.reject()
    ctx.language.set_language("en")


def test_unlock_refusal_read_with_the_passphrase(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ar")
    unlock = shown_active(qtbot, UnlockWidget(lambda _passphrase: None, ctx.store.path))
    unlock.submit()  # nothing typed
    said = unlock.error.error()
    assert said and described(unlock.passphrase) == said
    type_text(unlock.passphrase, "a")
    assert described(unlock.passphrase) == unlock.passphrase.placeholderText()  # its hint again
    ctx.language.set_language("en")


def test_a_search_of_marks_alone_is_said_with_the_search_box(ctx: AppContext, qtbot: QtBot) -> None:
    page = shown_active(qtbot, OrganisationsPage(ctx))
    page.search.setText("\u064b\u0651")  # harakat alone: nothing to look for
    qtbot.waitUntil(lambda: bool(page.search_error.error()))
    assert described(page.search) == page.search_error.error()
    page.search.setText("الأمل")
    qtbot.waitUntil(lambda: not page.search_error.error())
    assert described(page.search) == page.search.placeholderText()  # its hint, read when nothing is refused
    assert ctx.tasks.drain(10_000)
