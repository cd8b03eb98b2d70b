"""A WrappedButton's words go on to more lines where its room is narrower than they are, and stay its
text (the Alt key's letter, the screen reader's name); with room it is one line, as a QPushButton."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.wrapped_button import WrappedButton

TEXT = "&Link this figure to the recommendation"


def test_its_words_wrap_where_it_is_narrow(qtbot: QtBot) -> None:
    plain = QPushButton(TEXT)
    holder = QWidget()
    qtbot.addWidget(holder)
    button = WrappedButton(holder)
    button.setText(TEXT)
    column = QVBoxLayout(holder)
    column.addWidget(button)
    column.addStretch(1)  # as in the survey column: the room below is the stretch's
    one_line = plain.sizeHint()
    assert button.sizeHint() == one_line  # with room, as a push button
    assert button.minimumSizeHint().width() < one_line.width() // 2  # its longest word, and the frame
    holder.resize(one_line.width() + 40, 400)
    holder.show()
    qtbot.waitExposed(holder)
    assert button.height() <= one_line.height() + 1  # one line where the room allows
    holder.resize(one_line.width() * 2 // 3, 400)
    qtbot.waitUntil(lambda: button.width() < one_line.width())
    assert button.height() >= one_line.height() + button.fontMetrics().height() - 2  # two lines tall
    assert button.text() == TEXT
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    button.click()
    assert clicked == [True]
