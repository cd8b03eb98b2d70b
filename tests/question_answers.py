"""Long questions (desktop.ui.widgets.question_dialog.ask_yes_no) answered in a test as its message boxes are.

A test of what follows a question (an approval, a revocation) replaces QMessageBox.question with its answer and
often records the words asked. The roster's and the key buttons' questions are real QuestionDialogs now (their
lines scroll where the screen is short): each is built as it is asked, then its title, words and default button
go to QMessageBox.question as it stands in the test (the test's answer), and that answer's button is clicked.
Its words go as a message box would draw them the same: its labels show plain text, a message box's words are
of automatic format (``as_written`` gives the text that draws as written there).
A test without an answer of its own would open a real message box, as before: it must set one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.widgets.as_written import as_written
from desktop.ui.widgets.question_dialog import QuestionDialog


def answer_as_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    def answered(box: QuestionDialog) -> int:
        default = box.defaultButton()
        assert default is not None, "a question without a default button"
        kept = QMessageBox.StandardButton(box.button_box.standardButton(default).value)
        assert box.text_label.textFormat() == Qt.TextFormat.PlainText
        answer = QMessageBox.question(box.parentWidget(), box.windowTitle(), as_written(box.text()),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, kept)
        chosen = box.button(QDialogButtonBox.StandardButton(QMessageBox.StandardButton(answer).value))
        assert chosen is not None, answer
        chosen.click()
        return box.result()

    monkeypatch.setattr(QuestionDialog, "exec", answered)
