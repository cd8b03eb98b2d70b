"""Settings → Change passphrase… and Export team key… in Kurdish at 20 points: the strength line and "The
two passphrases differ." appear as the person types, and the dialog kept the height it opened with: the
lines were squeezed into it, the differ line cut to its first two words, the strength line's second line
hidden. The dialog now grows to hold every line the form shows (as the key passphrase dialog does).
Real widgets, a real database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
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


@pytest.mark.parametrize("which", ["change", "key_file"])
def test_the_lines_shown_as_typed_are_whole(which: str, qtbot: QtBot, ctx: AppContext) -> None:
    if which == "change":
        page = settings_page(ctx, qtbot, "ckb")
        ctx.language.set_font_size(20.0)
        dialog: QDialog = page.passphrase_box.open_dialog()
    else:
        ctx.language.set_language("ckb")
        ctx.language.set_font_size(20.0)
        dialog = KeyFilePassphraseDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None
    opened = dialog.height()
    type_text(fields.new, "password1")  # weak: the longest strength line
    type_text(fields.again, "password2")
    settle()
    assert fields.strength.isVisible() and fields.mismatch.isVisible()
    assert _cut(dialog) == []
    assert dialog.height() > opened
