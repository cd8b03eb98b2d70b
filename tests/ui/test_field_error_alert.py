"""An error line said is an alert to screen readers (QAccessible's Alert event, which NVDA and Orca say at
once): said again after another refusal, it is said again; a language switch that makes it again in the
new language, or a line cleared, is no alert. Qt's own update call is watched (PySide6 has no handler
hook); the error line and the language switch are real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.field_error import FieldError


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[QObject]:
    said: list[QObject] = []
    update = QAccessible.updateAccessibility

    def watched(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Alert:
            said.append(event.object())
        update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", watched)
    return said


def test_a_refusal_is_said_at_once_and_again_when_refused_again(
        qtbot: QtBot, manager: LanguageManager, alerts: list[QObject]) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    name = QLineEdit(form)
    line = FieldError(form)
    line.describe(name)
    box = QVBoxLayout(form)
    box.addWidget(name)
    box.addWidget(line)
    form.show()

    def refusal() -> str:
        return QCoreApplication.translate("SessionsPage", "No session is dated before 2000: type a year from 2000 on.")

    line.set_error(refusal)
    assert alerts == [line] and line.error() == refusal()
    line.set_error(refusal)  # Save pressed again, refused again
    assert alerts == [line, line]
    manager.set_language("ckb")  # the line made again in Kurdish: no new refusal
    QCoreApplication.sendPostedEvents()
    assert line.error() == refusal() != "No session is dated before 2000: type a year from 2000 on."
    assert alerts == [line, line]
    line.set_error("")  # cleared: nothing to say
    assert alerts == [line, line] and line.error() == ""
