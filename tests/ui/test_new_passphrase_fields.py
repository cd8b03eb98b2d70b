"""One "new passphrase, twice" form (``NewPassphraseFields``) for Settings → Change passphrase… and the
centre's Export team key…: before, each dialog had its own copy of the fields, the strength line and the
differ line. Driven by the keyboard here: two that differ are said to differ and refused, two the same
are taken; in both dialogs the Tab key goes down the form in order. Real widgets, a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.validation import PASSPHRASE_TOO_WEAK
from desktop.ui.context import AppContext
from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
from desktop.ui.widgets.new_passphrase import PASSPHRASES_DIFFER, NewPassphraseFields
from tests.helpers_typing import type_text
from tests.ui_helpers import settings_page

NEW = "ڕستەیەکی نوێ بۆ قفڵ 2026"  # Sorani words and digits: strong by the wizard's rule


def typed(widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(widget, text)


def tab_chain(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget | None]:
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    chain: list[QWidget | None] = []
    focus: QWidget | None = start
    for _ in range(presses):
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        chain.append(focus)
    return chain


def test_the_fields_say_two_that_differ_and_take_two_the_same(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.language.set_language("en")
    fields = NewPassphraseFields("new_one", "new_one_again")
    qtbot.addWidget(fields)
    fields.show()
    qtbot.waitExposed(fields)
    edits: list[int] = []
    fields.edited.connect(lambda: edits.append(1))
    typed(fields.new, "short")
    assert fields.strength.text() == "Too short: use at least 8 characters."
    assert fields.problem() == PASSPHRASE_TOO_WEAK
    fields.new.clear()
    typed(fields.new, NEW)
    typed(fields.again, NEW + "x")
    assert fields.strength.text() == "Strength: strong."
    assert fields.mismatch.error() == "The two passphrases differ." and fields.mismatch.isVisible()
    assert fields.problem() == PASSPHRASES_DIFFER
    QTest.keyClick(fields.again, Qt.Key.Key_Backspace)
    assert fields.mismatch.error() == "" and not fields.mismatch.isVisible()
    assert fields.problem() is None and fields.passphrase() == NEW
    assert fields.problem(current=NEW) is not None  # the same as the current one: refused
    assert len(edits) == len("short") + 2 * len(NEW) + 2  # every key typed, not the clear
    fields.clear()
    assert (fields.new.text(), fields.again.text(), fields.strength.text(), fields.typed()) == ("", "", "", False)


def test_the_key_file_dialog_refuses_two_that_differ_and_takes_two_the_same(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.language.set_language("en")
    dialog = KeyFilePassphraseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None and fields.new.objectName() == "key_file_passphrase"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert tab_chain(qtbot, fields.new, 2) == [fields.again, ok]
    typed(fields.new, NEW)
    typed(fields.again, NEW + "x")
    assert fields.mismatch.error() == "The two passphrases differ."
    QTest.keyClick(fields.again, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.error() == "The two passphrases differ. Nothing was written."
    QTest.keyClick(fields.again, Qt.Key.Key_Backspace)
    assert dialog.error.error() == ""  # typing again clears the refusal
    QTest.keyClick(fields.again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert fields.new.text() == fields.again.text() == ""  # nothing typed kept
    assert dialog.passphrase() == NEW and dialog.passphrase() == ""  # handed over once


def test_the_change_dialog_shares_the_form_with_the_current_passphrase_first(qtbot: QtBot, ctx: AppContext) -> None:
    page = settings_page(ctx, qtbot, "en")
    dialog = page.passphrase_box.open_dialog()
    qtbot.waitExposed(dialog)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None and (fields.new, fields.again) == (dialog.new, dialog.again)
    # one form: the current passphrase's label in the same column as the new ones'
    assert fields.grid.indexOf(dialog.current) >= 0
    assert dialog.current_label.geometry().left() == fields.new_label.geometry().left()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert tab_chain(qtbot, dialog.current, 3) == [fields.new, fields.again, ok]
    typed(dialog.current, "the current one")
    typed(fields.new, NEW)
    typed(fields.again, NEW + "x")
    dialog.submit()
    assert dialog.isVisible() and dialog.error.error() == "The two new passphrases differ. Nothing was changed."
    assert not dialog.working
