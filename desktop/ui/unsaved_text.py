"""What was typed but never saved, shown once more when the database file was replaced under the window.

The window locks for good when another program replaces or rekeys its file (``MainWindow.lock_for_good``):
nothing more may be written there. The typing since the last save is still in the editor behind the
lock screen; without this dialog it was gone when Majlis closed. The passphrase the window was
opened with shows it here, read-only, to copy and paste into the right database once it is open
again. It is never written to a file by Majlis: it is participants' words, in plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.scroll_frame import ScrolledText
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class UnsavedTextDialog(QDialog):
    """The unsaved text, read-only, with Copy all and Close."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved_text")
        self.explanation = WordWrapLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_all)
        self.copied = WordWrapLabel(self)
        self._copied = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        # Its lines whole, scrolling where the window is too short for them (six lines at 24 points in a
        # netbook's 520 pixels): squeezed, the first and last lines were cut in half.
        layout.addWidget(ScrolledText(self.explanation, self))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self._least_lines()
        self.retranslate()
        screen_fit.fit_resize(self, 720, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Text not saved"))
        self.explanation.setText(self.tr(
            "Another program replaced this database file or changed its passphrase, so nothing more can be "
            "saved in this window. Below is everything in the open session, with what was typed since the "
            "last save. Copy it, close Majlis, open the right database and paste what is missing."))
        self.text.setAccessibleName(self.tr("Text of the open session"))
        self.copy_button.setText(self.tr("&Copy all"))
        self.close_button.setText(self.tr("Close"))
        self._lines_in_reading_order()
        self.copied.setText(self.tr("Copied. Paste it into the session once the right database is open.")
                            if self._copied else "")
        self.copied.setVisible(self._copied)  # empty, it took a line's room from the text to copy

    def _lines_in_reading_order(self) -> None:
        """Every line runs in the interface's direction. Left to each line's first letter, a turn that
        starts with a participant's code (BSR-FG01-P07) ran left to right in an Arabic window and the
        facilitator's turns right to left, one under the other. What is copied stays as it was."""
        document = self.text.document()
        option = document.defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        document.setDefaultTextOption(option)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self._copied = True
        self.retranslate()

    def _least_lines(self) -> None:
        """Three lines of the text to copy stay in view beside the explanation, at any text size."""
        frame = 2 * self.text.frameWidth() + int(2 * self.text.document().documentMargin())
        self.text.setMinimumHeight(3 * self.text.fontMetrics().lineSpacing() + frame)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.FontChange:
            self._least_lines()
        super().changeEvent(event)
