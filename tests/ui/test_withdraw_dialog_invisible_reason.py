"""The withdrawal dialog's reason is optional: one typed or pasted as bidi marks and control characters
only is no reason, and the dialog answers an empty one (it answered the marks, hp9 found)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.consent.withdraw_dialog import WithdrawDialog


def test_a_reason_of_invisible_marks_is_answered_empty(qtbot: QtBot) -> None:
    dialog = WithdrawDialog("BSR-FG03-P01")
    qtbot.addWidget(dialog)
    dialog.reason.setText("\u200f\u200e \u200c\u202b\u2066")
    assert dialog.values().reason == ""
    dialog.reason.setText("  asked by phone ")
    assert dialog.values().reason == "asked by phone"
