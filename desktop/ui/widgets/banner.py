"""A banner at the place of a problem: a coloured strip with one sentence, an optional action and a
close button. It takes the keyboard focus, so typing cannot go on as if nothing happened (a
refused speaker must not leave the caret in the previous speaker's turn); Esc or Close hands the
focus back to where the person was working."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.widgets.word_wrap_label import WordWrapLabel

STYLE = ("QFrame#banner { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }"
         " QLabel { color: #5f1410; font-weight: bold; }")


class Banner(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(STYLE)
        self.text = WordWrapLabel(self)
        self.action_button = QPushButton(self)
        self.action_button.setHidden(True)  # until there is an action to offer
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.dismiss)
        self.action_button.clicked.connect(self._run)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.close_button)
        for widget in (self, self.action_button, self.close_button):
            widget.installEventFilter(self)
        self._action: Callable[[], object] | None = None
        self._return_to: QWidget | None = None
        self.setHidden(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_problem(self, text: str, action_text: str = "", action: Callable[[], object] | None = None,
                     return_to: QWidget | None = None) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self._action, self._return_to = action, return_to
        self.action_button.setText(action_text)
        self.action_button.setHidden(action is None)
        self.setHidden(False)
        (self.action_button if action is not None else self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""

    def dismiss(self) -> None:
        self.setHidden(True)
        if self._return_to is not None:
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self.dismissed.emit()

    def _run(self) -> None:
        action = self._action
        self.setHidden(True)
        if action is not None:
            action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc closes the banner, not the editor around it (whose Esc shortcut means "Back").
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and not self.isHidden():
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.dismiss()
                return True
        return super().eventFilter(watched, event)
