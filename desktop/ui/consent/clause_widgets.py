"""The clause rows of the consent form and the read-aloud view (one clause at a time, very large)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.consent.form_words import CLAUSE_OF, NO, REQUIRED, YES, word
from desktop.ui.qt_i18n import shown_number
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class ClauseRow(QWidget):
    """One clause: its text, "(required)" when it is, and Yes / No (exclusive, none chosen at first)."""

    answered = Signal()

    def __init__(self, clause_key: str, text: str, required: bool, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clause_key, self.required = clause_key, required
        self.setObjectName(f"clause_{clause_key}")
        self.label = WordWrapLabel(text + (f"  {word(REQUIRED, lang)}" if required else ""))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.yes = QRadioButton(word(YES, lang))
        self.no = QRadioButton(word(NO, lang))
        self.yes.setObjectName(f"yes_{clause_key}")
        self.no.setObjectName(f"no_{clause_key}")
        self.yes.setAccessibleName(f"{text} — {word(YES, lang)}")
        self.no.setAccessibleName(f"{text} — {word(NO, lang)}")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(lambda *_: self.answered.emit())
        self.answered.connect(self._answered)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_answer(self, value: bool) -> None:
        (self.yes if value else self.no).setChecked(True)

    def _answered(self) -> None:
        if self.label.property("missing"):  # marked by Save; answered now: no longer red
            self.mark_missing(False)

    def mark_missing(self, missing: bool) -> None:
        # A palette, not a style sheet: a style sheet would cut the label off the form's font size.
        palette = self.palette()
        if missing:
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
        self.label.setPalette(palette)
        self.label.setProperty("missing", missing)


class ReadAloudView(QWidget):
    """For the facilitator reading the form aloud: one clause in very large type, previous / next."""

    def __init__(self, rows: list[ClauseRow], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows, self.lang, self.index = rows, lang, 0
        self.counter = QLabel()
        self.text = WordWrapLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setObjectName("read_aloud_text")
        self.yes = QPushButton(word(YES, lang))
        self.no = QPushButton(word(NO, lang))
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.setMinimumHeight(64)
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        self.previous = QPushButton()
        self.next = QPushButton()
        self.previous.setObjectName("read_aloud_previous")
        self.next.setObjectName("read_aloud_next")
        self.previous.clicked.connect(lambda: self.show_clause(self.index - 1))
        self.next.clicked.connect(lambda: self.show_clause(self.index + 1))
        answers = QHBoxLayout()
        answers.addWidget(self.yes)
        answers.addWidget(self.no)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.counter)
        nav.addStretch(1)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(answers)
        layout.addLayout(nav)
        self.show_clause(0)

    def set_point_size(self, size: float, base: QFont) -> None:
        big = QFont(base)
        big.setPointSizeF(size * 1.8)
        self.text.setFont(big)
        for button in (self.yes, self.no):
            button.setFont(QFont(base))

    def show_clause(self, index: int) -> None:
        if not self.rows:  # no form (withdrew everything, none on this device): no answer to give
            for button in (self.yes, self.no, self.previous, self.next):
                button.setEnabled(False)
            return
        self.index = max(0, min(index, len(self.rows) - 1))
        row = self.rows[self.index]
        self.text.setText(row.label.text())
        # In the digits chosen in Settings, as every number on screen (Python's numbers were Latin).
        self.counter.setText(word(CLAUSE_OF, self.lang, n=shown_number(self.index + 1),
                                  total=shown_number(len(self.rows))))
        answer = row.answer()
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        # The other of the two first: Qt hands a focused button's focus, as it is disabled, to the next
        # in the Tab chain (past Next: "Signed on screen"), and a Space pressed once more at the last
        # clause chose that way of consenting. Previous or Next keeps it; pressed again, it only steps.
        for button, other, enabled in ((self.previous, self.next, self.index > 0),
                                       (self.next, self.previous, self.index < len(self.rows) - 1)):
            if not enabled and button.hasFocus() and other.isEnabled():
                other.setFocus(Qt.FocusReason.OtherFocusReason)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.rows) - 1)

    def _answer(self, value: bool) -> None:
        if not self.rows:
            return
        self.rows[self.index].set_answer(value)
        self.show_clause(self.index)
