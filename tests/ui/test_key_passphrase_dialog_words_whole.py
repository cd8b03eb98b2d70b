"""The team key passphrase dialog shows its words whole. A wrong passphrase's line appeared under the
field, and the dialog kept its height: the explanation above, wrapped on two or three lines, was
squeezed into less than their height, its lines cut through and drawn over each other, in Arabic and
Kurdish most (a longer sentence). The dialog now grows to hold every line it shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.sync.keys import generate_identity, write_protected_identity_file
from desktop.ui.sync.key_passphrase import KeyPassphraseDialog
from tests.i18n.test_i18n_screens import settle

# A protected key file's sealed bytes, made once per test process by the real writer and copied per
# test: each sealing is seconds of age's scrypt, and these tests are about the dialog's words, not the
# key (the wrong passphrase is still tried against the real file: its scrypt is the dialog's own work).
_sealed: dict[str, bytes] = {}


def protected_key(path: Path) -> Path:
    """A passphrase-protected key file ("the right one") at ``path``, as ``write_protected_identity_file``
    writes it (a copy of its bytes and its mode after the first)."""
    if "key" not in _sealed:
        write_protected_identity_file(path, [generate_identity()], "the right one")
        _sealed["key"] = path.read_bytes()
        return path
    path.write_bytes(_sealed["key"])
    path.chmod(0o600)
    return path


def _cut(dialog: KeyPassphraseDialog) -> list[str]:
    """The wrapped lines shown in less than the height their words need at their width."""
    return [f"{label.objectName() or 'explanation'}: {label.height()} < {label.heightForWidth(label.width())}"
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())]


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_wrong_passphrase_leaves_every_line_whole(lang: str, manager: Any, qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language(lang)
    key = protected_key(tmp_path / "کلیلی ناوەند-centre.key")
    dialog = KeyPassphraseDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()  # as exec() shows it
    qtbot.waitExposed(dialog)
    settle()
    assert _cut(dialog) == []
    dialog.field.setText("a wrong one")
    dialog.accept()
    settle()
    assert dialog.error.isVisible() and dialog.isVisible()  # asked again
    assert _cut(dialog) == [], dialog.size().toTuple()


def test_ok_with_no_passphrase_says_what_is_missing(manager: Any, qtbot: QtBot, tmp_path: Path) -> None:
    """OK pressed before a passphrase was typed did nothing that could be seen (the field took the
    keyboard, with no word): it now says in one line that the passphrase is needed, and asks again."""
    manager.set_language("en")
    key = protected_key(tmp_path / "centre.key")
    dialog = KeyPassphraseDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert dialog.isVisible() and dialog.identities == []
    assert dialog.error.isVisible() and dialog.error.text() == "Type the passphrase of the team key file first."
    assert dialog.field.hasFocus() or not dialog.isActiveWindow()
    assert _cut(dialog) == []
