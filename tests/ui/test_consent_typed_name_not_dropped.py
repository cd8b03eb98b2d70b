"""Closing the consent form with a name typed and not saved: the form asked before dropping answers,
a signature, a scan or a witness's name, but a name typed in "Consent obtained by" went with an Escape
pressed by mistake, without a word. It is now asked about the same way (No, the default, keeps the form);
the name standing there from Settings or the session's last consent is nothing typed and asks nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.consent_helpers import FocusGroup
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, records  # noqa: F401


@pytest.fixture
def user_name() -> str:
    return ""


def test_a_name_typed_is_not_dropped_by_escape(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    standing = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    assert standing.facilitator_edit.text() == "F1"  # the session's facilitator: nothing typed
    QTest.keyClick(standing.clause_rows[0].yes, Qt.Key.Key_Escape)
    settle()
    assert not standing.isVisible() and asked == []

    dialog = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dialog.facilitator_edit.setFocus()
    QTest.keyClick(dialog.facilitator_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.facilitator_edit, "سارة الموسوي")
    QTest.keyClick(dialog.facilitator_edit, Qt.Key.Key_Escape)
    settle()
    assert len(asked) == 1, "the name typed was dropped without a word"
    assert dialog.isVisible() and dialog.facilitator_edit.text() == "سارة الموسوي"
    assert records(ctx.store) == []
    dialog.reject()
