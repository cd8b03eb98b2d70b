"""Settings → Change passphrase… and Export team key… in Kurdish: a passphrase refused on Enter (the
current one not typed, a new one too weak) is said in a line under the form, and the dialog kept its
height: the strength line above was squeezed to make room, its second line cut under the next field
(looked at in screenshots, at the default text size). The keyboard stayed in the field where Enter was
pressed, not the one to put right. The dialog now grows to hold the line, and the focus goes to the field
the refusal is about. Real widgets, a real database, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
from desktop.ui.widgets.new_passphrase import NewPassphraseFields
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import settings_page


def _cut(dialog: QDialog) -> list[str]:
    """The wrapped lines shown in less than the height their words need at their width."""
    return [f"{label.objectName() or label.text()[:20]}: {label.height()} < {label.heightForWidth(label.width())}"
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())]


def _opened(which: str, ctx: AppContext, qtbot: QtBot) -> QDialog:
    if which == "change":
        dialog: QDialog = settings_page(ctx, qtbot, "ckb").passphrase_box.open_dialog()
    else:
        ctx.language.set_language("ckb")
        dialog = KeyFilePassphraseDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    settle()
    return dialog


@pytest.mark.parametrize(("which", "new", "again", "to_fix"), [
    ("change", "password1", "password2", "current_passphrase"),  # the current one not typed
    ("change", "short1", "short1", "new_passphrase"),
    ("key_file", "password1", "password2", "key_file_passphrase_again"),
    ("key_file", "short1", "short1", "key_file_passphrase"),
])
def test_a_refusal_on_enter_is_whole_and_the_keyboard_goes_to_the_field(
        which: str, new: str, again: str, to_fix: str, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _opened(which, ctx, qtbot)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None
    if which == "change" and to_fix != "current_passphrase":
        assert isinstance(dialog, ChangePassphraseDialog)
        type_text(dialog.current, "an old passphrase")
    type_text(fields.new, new)
    type_text(fields.again, again)
    settle()
    assert _cut(dialog) == []
    fields.again.setFocus()  # Enter pressed where the typing ended
    qtbot.keyClick(fields.again, Qt.Key.Key_Return)
    settle()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, f"{'change_passphrase' if which == 'change' else 'key_file_passphrase'}_error")
    assert error is not None and error.isVisible() and error.text()
    assert _cut(dialog) == []  # before: the strength line cut
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit) and focus.objectName() == to_fix  # before: where Enter was pressed
