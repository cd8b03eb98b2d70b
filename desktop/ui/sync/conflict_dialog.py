"""Decide a conflict: keep the current text (mine), the other version (theirs), or an edited merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.conflicts import ConflictView


class ConflictDialog(QDialog):
    """After ``accepted``: ``choice`` is "b" (mine: current), "a" (theirs) or "edit" with ``text``."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ""
        self.text = ""
        self.setObjectName("conflict_dialog")
        layout = QVBoxLayout(self)
        self.mine_label, self.theirs_label, self.merged_label = QLabel(), QLabel(), QLabel()
        self.mine, self.theirs, self.merged = QTextEdit(), QTextEdit(), QTextEdit()
        for edit, text in ((self.mine, conflict.value_b), (self.theirs, conflict.value_a)):
            edit.setPlainText(text)
            edit.setReadOnly(True)
        self.merged.setPlainText(conflict.value_b)
        for label, edit in ((self.mine_label, self.mine), (self.theirs_label, self.theirs),
                            (self.merged_label, self.merged)):
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        self.buttons = QDialogButtonBox()
        self.keep_mine = QPushButton()
        self.keep_theirs = QPushButton()
        self.save_edit = QPushButton()
        for button in (self.keep_mine, self.keep_theirs, self.save_edit):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.keep_mine.clicked.connect(lambda: self._choose("b"))
        self.keep_theirs.clicked.connect(lambda: self._choose("a"))
        self.save_edit.clicked.connect(lambda: self._choose("edit"))
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.mine_label.setText(self.tr("&Current text (mine):"))
        self.theirs_label.setText(self.tr("&Other version (theirs):"))
        self.merged_label.setText(self.tr("&Edited text:"))
        self.mine.setAccessibleName(self.tr("Current text"))
        self.theirs.setAccessibleName(self.tr("Other version"))
        self.merged.setAccessibleName(self.tr("Edited text"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.save_edit.setText(self.tr("&Save edited text"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.text = self.merged.toPlainText()
        self.accept()
