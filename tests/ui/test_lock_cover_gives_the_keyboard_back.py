"""A dialog covered by the lock (the consent form open when the idle lock came) is given back with the
keyboard in the field it was in.

The cover, with its passphrase field, had the keyboard; gone at the unlock, it left the dialog with
none: the facilitator typed the passphrase, Enter, went on writing "Consent obtained by" and the keys
went nowhere (Tab too), until a click in the field.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.consent_helpers import FocusGroup
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, user_name  # noqa: F401
from tests.ui_helpers import focused, main_window


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_consent_form_gets_the_keyboard_back_in_its_field(lang: str, manager: LanguageManager, store: Store,
                                                              fg: FocusGroup, qtbot: QtBot) -> None:  # noqa: F811
    window = main_window(manager, store, qtbot, lang, active=True)
    dialog = ConsentDialog(window.ctx, fg.participants[0], fg.session_id, window, full_screen=False)
    dialog.resize(900, 700)
    dialog.open()  # waits for an answer: covered, not cancelled, by the lock
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.findChild(QLineEdit, "facilitator")
    assert field is not None
    field.setFocus()
    field.clear()
    type_text(field, "شيلان")
    window.lock()
    settle()
    assert focused().window() is dialog and not field.isVisible()  # the cover's passphrase field
    QTest.keyClicks(focused(), PASSPHRASE)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    settle()
    assert focused() is field
    type_text(focused(), " أحمد")
    assert field.text() == "شيلان أحمد"
    dialog.reject()
