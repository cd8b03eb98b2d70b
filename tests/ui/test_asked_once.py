"""``asked_once``: a modal dialog's answer is read while it exists, and the dialog is deleted afterwards,
also when reading the answer fails. Real QDialogs, shown modally and answered by a timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.asked_once import answer_of, show_once


class NameDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)


def held(parent: QWidget) -> list[NameDialog]:
    """The dialogs ``parent`` still holds once deferred deletions have run."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    return parent.findChildren(NameDialog)


def answered_when_shown(text: str, accept: bool) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NameDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.field.setText(text)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(10, answer)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_the_answer_is_read_from_the_dialog_and_the_dialog_goes(window: QWidget) -> None:
    def typed(dialog: NameDialog, result: int) -> str | None:
        assert dialog in window.findChildren(NameDialog)  # still there while it is read
        return dialog.field.text() if result == QDialog.DialogCode.Accepted else None

    answered_when_shown("Basra", accept=True)
    assert answer_of(NameDialog(window), typed) == "Basra"
    answered_when_shown("Mosul", accept=False)
    assert answer_of(NameDialog(window), typed) is None
    assert held(window) == []


def test_the_dialog_goes_when_reading_its_answer_fails(window: QWidget) -> None:
    def broken(_dialog: NameDialog, _result: int) -> str:
        raise LookupError("the answer could not be read")

    dialog = NameDialog(window)  # kept here: once its last reference went, Python would delete it anyway
    answered_when_shown("Erbil", accept=True)
    with pytest.raises(LookupError):
        answer_of(dialog, broken)
    assert held(window) == []


def test_shown_once_runs_the_dialog_as_told_and_it_goes(window: QWidget) -> None:
    ran: list[str] = []

    def run(dialog: NameDialog) -> int:
        ran.append(dialog.objectName())
        return dialog.exec()

    dialog = NameDialog(window)
    dialog.setObjectName("full screen")
    answered_when_shown("Kirkuk", accept=True)
    show_once(dialog, run)
    assert ran == ["full screen"]
    assert held(window) == []
