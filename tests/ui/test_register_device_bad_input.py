"""Register a device… given bad input, as a coordinator in Arabic meets it: a wrong id or a key that
is not a key is refused in one translated line and the keyboard goes to the field at fault, what was
typed kept, so the coordinator corrects it where they are (the focus stayed on Register, and Tab went
round the dialog to find the field); a label pasted 100,000 characters long is kept to what the
roster's column holds (String(200)), cut where a character ends, rather than to Qt's 32,767 units.
Real SQLCipher centre, real team, real roster."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.core.models import Device
from desktop.sync import devices, keys, roster
from desktop.sync.devices import DeviceKeyConflict
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.register_device import RegisterDialog, refusal
from desktop.ui.widgets.text_limits import column_limit
from tests.sync_helpers import Team
from tests.sync_page_helpers import register_dialog, team_fixture
from tests.ui_helpers import focused

team = team_fixture(devices=1)


def _dialog(team: Team, qtbot: QtBot, make_ctx: Any) -> RegisterDialog:
    return register_dialog(team, qtbot, make_ctx)


def _press_register(qtbot: QtBot, dialog: RegisterDialog) -> None:
    dialog.register_button.setFocus()  # as a click or Tab then Space leaves it
    qtbot.keyClick(dialog.register_button, Qt.Key.Key_Space)


def _paste(qtbot: QtBot, box: QLineEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_refusal_puts_the_keyboard_on_the_field_at_fault(team: Team, qtbot: QtBot, make_ctx: Any,
                                                           manager: LanguageManager) -> None:
    dialog = _dialog(team, qtbot, make_ctx)
    before = roster.roster(team.centre)
    key = keys.public_key_b64(Ed25519PrivateKey.generate())

    dialog.id_box.setText(new_id())
    dialog.key_box.setText("not-a-key")
    _press_register(qtbot, dialog)
    assert dialog.result_label.text() == refusal(ValueError(), "")
    assert focused() is dialog.key_box and dialog.key_box.text() == "not-a-key"

    dialog.id_box.setText("not a device id, with spaces and more than thirty-six letters")
    dialog.key_box.setText(key)
    _press_register(qtbot, dialog)  # refused on the worker
    expected = refusal(devices.NotADeviceId(""), "")
    qtbot.waitUntil(lambda: dialog.result_label.text() == expected, timeout=30_000)
    assert focused() is dialog.id_box and dialog.id_box.text().startswith("not a device id")
    assert dialog.key_box.text() == key

    known = team.devices[0]
    dialog.id_box.setText(known.device_id)  # a known id with another key
    _press_register(qtbot, dialog)
    expected = refusal(DeviceKeyConflict(""), known.device_id)
    qtbot.waitUntil(lambda: dialog.result_label.text() == expected, timeout=30_000)
    assert focused() is dialog.id_box and dialog.id_box.text() == known.device_id
    assert dialog.isVisible() and roster.roster(team.centre) == before


def test_a_label_pasted_very_long_is_kept_to_what_the_roster_holds(team: Team, qtbot: QtBot, make_ctx: Any,
                                                                   manager: LanguageManager) -> None:
    dialog = _dialog(team, qtbot, make_ctx)
    limit = column_limit(Device, "name")
    assert limit == 200
    _paste(qtbot, dialog.name_box, "مختبر البصرة " + "ك" * 100_000)
    qtbot.waitUntil(lambda: len(dialog.name_box.text()) == limit)
    assert dialog.name_box.text().startswith("مختبر البصرة ")

    device, key = new_id(), keys.public_key_b64(Ed25519PrivateKey.generate())
    dialog.id_box.setText(device)
    dialog.key_box.setText(key)
    assert dialog.register() is True
    qtbot.waitUntil(lambda: dialog.done_result is not None, timeout=30_000)
    with team.centre.session() as s:
        stored = s.get(Device, device)
        assert stored is not None and len(stored.name) == limit
