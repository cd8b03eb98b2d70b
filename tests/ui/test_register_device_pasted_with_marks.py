"""Register a device…: an id and a key pasted from a chat app or a document come with invisible marks
around them (the bidi marks U+200E/U+200F/U+2066–U+2069, the Arabic letter mark U+061C, a zero-width
space or a BOM). They were refused as "Not a device id" / "Not a public key"; the marks are dropped
before the check, in the dialog (a real paste with Ctrl+V into the fields) and in
``majlis-cli device register --id … --key …``. Real SQLCipher centre, real team, real roster."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.core.models import Device
from desktop.sync import keys, roster
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import register_dialog, team_fixture

team = team_fixture(devices=1)

# As a chat app or a word processor wraps a left-to-right token in a right-to-left message.
MARKED = ("\u2067\u200f{}\u200e\u2069", "\u061c\u200b{}\ufeff", "\u2066{}\u2069\u200f ", " \u200e{}\u2060")


def _paste(qtbot: QtBot, box: QLineEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == text  # the marks really are in the field


@pytest.mark.parametrize("wrap", MARKED)
def test_an_id_and_key_pasted_with_marks_are_registered(team: Team, qtbot: QtBot, make_ctx: Any,
                                                        manager: LanguageManager, wrap: str) -> None:
    dialog = register_dialog(team, qtbot, make_ctx)
    device, key = new_id(), keys.public_key_b64(Ed25519PrivateKey.generate())

    _paste(qtbot, dialog.id_box, wrap.format(device))
    _paste(qtbot, dialog.key_box, wrap.format(key))
    assert dialog.fields()[:2] == (device, key)
    assert dialog.fingerprint_label.text() == keys.key_fingerprint(key)
    assert dialog.register() is True
    qtbot.waitUntil(lambda: dialog.done_result is not None, timeout=30_000)
    entry = next(e for e in roster.roster(team.centre) if e.device_id == device)
    assert entry.fingerprint == keys.key_fingerprint(key)
    with team.centre.session() as s:  # stored as the laptop shows them: no mark kept
        stored = s.get(Device, device)
        assert stored is not None and stored.public_key == key
