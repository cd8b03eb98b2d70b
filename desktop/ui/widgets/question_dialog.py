"""A question with a long explanation that scrolls its text where the screen is short.

A QMessageBox cannot scroll: on a 1024x600 netbook at 20–24 points the re-dating question and the end
of a study's offer were taller than the screen, their buttons under the task bar and their last lines
out of sight. This dialog asks as a message box does (an icon, the question, its explanation, the same
buttons in the platform's order) with the text in a part that scrolls, and opens within the screen.

It answers as much of QMessageBox as its callers use: ``addButton``, ``button``, ``buttons``,
``setDefaultButton``, ``setEscapeButton``, ``clickedButton``, ``text``, ``informativeText`` and the
``buttonClicked`` signal. Esc and the title bar's close click the escape button (the one set, else the
only Cancel or rejecting button, as QMessageBox finds it); without one the question stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.plain_copy import plain_copies
from desktop.ui.widgets.scroll_frame import ScrolledText
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

Role = QDialogButtonBox.ButtonRole
Standard = QDialogButtonBox.StandardButton
_ACCEPTING = (Role.AcceptRole, Role.YesRole, Role.DestructiveRole, Role.ApplyRole)
LINE_LETTERS = 60  # a comfortable line: about sixty letters, as wide as the screen allows


class QuestionDialog(QDialog):
    buttonClicked = Signal(QAbstractButton)

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.set_icon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        self.text_label = self._label("question_text")
        self.informative_label = self._label("question_informative")
        part = QWidget(self)
        lines = QVBoxLayout(part)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(self.text_label)
        lines.addWidget(self.informative_label)
        self.area = ScrolledText(part, self)
        self.area.setObjectName("question_scroll")
        self.area.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard's way to scroll the lines in view
        self.button_box = QDialogButtonBox(self)
        self.button_box.clicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.area, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.button_box)
        self._default: QPushButton | None = None
        self._escape: QAbstractButton | None = None
        self._answer: QAbstractButton | None = None
        self._sized = False

    def _label(self, name: str) -> QLabel:
        label = WordWrapLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # as a message box's
        plain_copies(label)  # a path in the question copied without the marks that keep it left to right
        label.hide()
        return label

    def set_icon(self, icon: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(icon, None, self).pixmap(size, size))

    # What QMessageBox's callers use.

    def setText(self, text: str) -> None:
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self._describe()

    def text(self) -> str:
        return self.text_label.text()

    def setInformativeText(self, text: str) -> None:
        self.informative_label.setText(text)
        self.informative_label.setVisible(bool(text))
        self._describe()

    def informativeText(self) -> str:
        return self.informative_label.text()

    def _describe(self) -> None:
        """What a screen reader says of the window: its question, as a message box's is read."""
        self.setAccessibleDescription("\n".join(t for t in (self.text(), self.informativeText()) if t))

    def addButton(self, button: str | Standard, role: Role = Role.InvalidRole) -> QPushButton:
        if isinstance(button, str):
            return self.button_box.addButton(button, role)
        return self.button_box.addButton(button)

    def button(self, which: Standard) -> QPushButton | None:
        return self.button_box.button(Standard(int(which.value)))  # a QMessageBox.StandardButton too

    def buttons(self) -> list[QAbstractButton]:
        return self.button_box.buttons()

    def setDefaultButton(self, button: QPushButton) -> None:
        self._default = button
        button.setDefault(True)

    def defaultButton(self) -> QPushButton | None:
        return self._default

    def setEscapeButton(self, button: QAbstractButton) -> None:
        self._escape = button

    def escapeButton(self) -> QAbstractButton | None:
        """The button Esc clicks: the one set, else the only Cancel, rejecting or role-less button,
        else the only button (as QMessageBox finds it)."""
        if self._escape is not None:
            return self._escape
        buttons = self.buttons()
        cancel = self.button(Standard.Cancel)
        if cancel is not None:
            return cancel
        for role in (Role.RejectRole, Role.NoRole):
            found = [b for b in buttons if self.button_box.buttonRole(b) == role]
            if len(found) == 1:
                return found[0]
        return buttons[0] if len(buttons) == 1 else None

    def clickedButton(self) -> QAbstractButton | None:
        return self._answer

    def _clicked(self, button: QAbstractButton) -> None:
        self._answer = button
        self.buttonClicked.emit(button)
        accepted = self.button_box.buttonRole(button) in _ACCEPTING
        self.done(QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc or the title bar's close: the escape button's answer; without one, nothing."""
        escape = self.escapeButton()
        if escape is not None and self.isVisible():
            escape.click()

    # Size and focus as it opens.

    def setVisible(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            self._fit()
        super().setVisible(visible)
        if visible and self._default is not None:
            self._default.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _fit(self) -> None:
        """As wide as a comfortable line where the screen allows, and as tall as its lines at that
        width, or the screen's height (the lines then scroll)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        line = self.text_label.fontMetrics().averageCharWidth() * LINE_LETTERS
        least = self.minimumSizeHint().width()
        width = max(least, line + self.icon.sizeHint().width() + self.area.verticalScrollBar().sizeHint().width())
        width = min(width, screen_fit.room(self).width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        screen_fit.fit_resize(self, width, max(height, self.minimumSizeHint().height()))



def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """QMessageBox.question's Yes or No, No the default (Enter or Esc does nothing), for a question with a long
    explanation: a message box wraps it at half the screen's width, and at 20 points New team key…'s was about
    1,000 pixels tall, its buttons under a laptop's task bar. Here its lines scroll where the screen is short."""
    box = QuestionDialog(parent, title)
    box.setText(text)
    yes = box.addButton(Standard.Yes)
    no = box.addButton(Standard.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return answer_of(box, lambda asked, _result: asked.clickedButton() is yes)
