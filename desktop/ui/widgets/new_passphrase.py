"""A new passphrase typed twice: the two masked fields, the strength as it is typed and the second said
to differ once typed, in one form. Settings → Change passphrase…, the centre's Export team key… and the
first-run wizard's passphrase page use it (each had its own copy of the form, drifting apart).

The labels and accessible names are the owner's (its own words, in its own translation context); the
strength and differ lines are the wizard's (``passphrase_rules``). ``problem()`` says why the passphrases
cannot be taken, in the order the owners refuse them; the refusal's line is the owner's ("Nothing was
written." / "Nothing was changed.").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop.core.validation import PASSPHRASE_TOO_WEAK, PASSPHRASE_UNTYPABLE, new_passphrase_problem
from desktop.ui.widgets import passphrase_rules
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

#: ``problem()`` when the second passphrase is not the first (the core's codes for the others).
PASSPHRASES_DIFFER = "passphrases_differ"


class NewPassphraseFields(QWidget):
    """``new``/``again`` (masked), their labels (buddies set; the owner sets their words), ``strength`` and
    ``mismatch`` under them; ``before`` the owner's rows above them (the current passphrase), in the same
    columns, and ``under_strength`` its line under the strength (the wizard's space at an end).
    ``edited`` is emitted when the person types in either field, ``linesShown`` once the strength and
    differ lines follow what is typed (a dialog grows to hold them: ``grow_to_contents``).

    A grid, not a QFormLayout: where the form scrolls (the wizard on a laptop at 150 % with a larger text)
    a form gave its wrapped lines the heights of their preferred widths, not of the widths they got, and
    a line of three showed two, cut at the top and bottom."""

    edited = Signal()
    linesShown = Signal()

    def __init__(self, new_name: str, again_name: str, parent: QWidget | None = None, *,
                 before: Sequence[tuple[QLabel, QWidget]] = (), under_strength: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{new_name}_fields")
        self.new, self.again = QLineEdit(self), QLineEdit(self)
        self.new_label, self.again_label = QLabel(self), QLabel(self)
        for name, edit, label in ((new_name, self.new, self.new_label), (again_name, self.again, self.again_label)):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self.edited)
            edit.textChanged.connect(self.show_rules)  # a paste, a clear, a test's setText: the lines follow
            label.setBuddy(edit)
        self.strength = WordWrapLabel(self)  # a line of words: wraps where the form is narrow (the wizard)
        self.mismatch = FieldError(self)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        rows: list[tuple[QLabel | None, QWidget]] = [
            *before, (self.new_label, self.new), (None, self.strength),
            *([(None, under_strength)] if under_strength is not None else []),
            (self.again_label, self.again), (None, self.mismatch)]
        for row, (row_label, field) in enumerate(rows):
            if row_label is not None:
                self.grid.addWidget(row_label, row, 0)
            self.grid.addWidget(field, row, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_rules()
        super().changeEvent(event)

    def show_rules(self) -> None:
        """As the wizard: the strength as it is typed, the second one said to differ once typed."""
        self.strength.setText(passphrase_rules.strength_words(self.new.text()))
        differ = bool(self.again.text()) and self.again.text() != self.new.text()
        self.mismatch.set_error(passphrase_rules.differ_words() if differ else "")
        self.linesShown.emit()

    def passphrase(self) -> str:
        return self.new.text()

    def problem(self, current: str | None = None) -> str | None:
        """Why the passphrases typed cannot be taken (None when they can): an invisible character, too
        weak, the two differ, then the same as ``current`` (the rule ``majlis-cli passwd`` applies too)."""
        new = self.new.text()
        problem = new_passphrase_problem(new, current)
        if problem in (PASSPHRASE_UNTYPABLE, PASSPHRASE_TOO_WEAK):
            return problem
        if new != self.again.text():
            return PASSPHRASES_DIFFER
        return problem

    def typed(self) -> bool:
        return bool(self.new.text() or self.again.text())

    def clear(self) -> None:
        """Both fields emptied (no passphrase kept in a widget nobody is looking at)."""
        self.new.clear()
        self.again.clear()
        self.show_rules()
