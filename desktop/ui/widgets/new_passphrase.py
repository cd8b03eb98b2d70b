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

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QStyle, QVBoxLayout, QWidget

from desktop.core.validation import PASSPHRASE_TOO_WEAK, PASSPHRASE_UNTYPABLE, new_passphrase_problem
from desktop.ui.widgets import passphrase_rules
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.screen_fit import fit_resize, grow_to_contents, room
from desktop.ui.widgets.scroll_frame import ScrolledText, bring_into_view
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

#: ``problem()`` when the second passphrase is not the first (the core's codes for the others).
PASSPHRASES_DIFFER = "passphrases_differ"

# How many characters of a passphrase, masked, each field shows whole: three short words and their spaces
# (a bullet is wider than most letters).
ROOM_CHARS = 16


class NewPassphraseFields(QWidget):
    """``new``/``again`` (masked), their labels (buddies set; the owner sets their words), ``strength`` and
    ``mismatch`` under them; ``before`` the owner's rows above them (the current passphrase), in the same
    columns, and ``under_strength`` its line under the strength (the wizard's space at an end).
    ``edited`` is emitted when the person types in either field, ``linesShown`` once the strength and
    differ lines follow what is typed (a dialog grows to hold them: ``grow_to_contents``).

    A grid, not a QFormLayout: where the form scrolls (the wizard on a laptop at 150 % with a larger text)
    a form gave its wrapped lines the heights of their preferred widths, not of the widths they got, and
    a line of three showed two, cut at the top and bottom.

    The labels stand beside their fields where the form is wide enough for the widest of them and a field
    that shows ``ROOM_CHARS`` characters of a passphrase; above them, the fields across the form, where it
    is not (``labels_above``): in Kurdish at 20 points "Repeat the new passphrase:" took more than half the
    dialog and the fields were a narrow column. Only the places change: the Tab order and the buddies are
    the fields' own. ``sizeHint`` asks for the width with the labels beside (the owners open that wide where
    the screen allows)."""

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
        self.mismatch.describe(self.again)  # read with the repeated passphrase, the field to put right
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLabel | None, QWidget]] = [
            *before, (self.new_label, self.new), (None, self.strength),
            *([(None, under_strength)] if under_strength is not None else []),
            (self.again_label, self.again), (None, self.mismatch)]
        self.labels_above: bool | None = None  # not placed yet
        self._lay_out(False)

    def _lay_out(self, above: bool) -> None:
        """Every label beside its field (a column of labels), or above it across the width."""
        if above == self.labels_above:
            return
        self.labels_above = above
        for label, field in self.rows:
            for widget in (label, field):
                if widget is not None:
                    self.grid.removeWidget(widget)
        row = 0
        for label, field in self.rows:
            if above:
                if label is not None:
                    self.grid.addWidget(label, row, 0, 1, 2)
                    row += 1
                self.grid.addWidget(field, row, 0, 1, 2)
            else:
                if label is not None:
                    self.grid.addWidget(label, row, 0)
                self.grid.addWidget(field, row, 1)
            row += 1
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnStretch(1, 1)

    def field_room(self) -> int:
        """The width of a field that shows ``ROOM_CHARS`` masked characters whole."""
        style = self.new.style()
        bullet = chr(style.styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, self.new))
        metrics = QFontMetrics(self.new.font())
        frame = self.new.sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # QLineEdit's margins and frame
        return metrics.horizontalAdvance(bullet * ROOM_CHARS) + max(frame, 0)

    def beside_width(self) -> int:
        """The width the form needs with its labels beside fields of ``field_room``."""
        labels = [label for label, _ in self.rows if label is not None and not label.isHidden()]
        widest = max((label.sizeHint().width() for label in labels), default=0)
        return widest + max(self.grid.horizontalSpacing(), 0) + self.field_room()

    def place(self) -> None:
        """Labels above their fields where beside them the fields would be narrower than ``field_room``."""
        self._lay_out(self.width() < self.beside_width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.beside_width()), hint.height())

    def event(self, event: QEvent) -> bool:
        # Resized; or a label's words or the font changed (another language, a larger text: LayoutRequest).
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.place()
        return super().event(event)

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

    def field_at_fault(self, problem: str) -> QLineEdit:
        """The field to put right for ``problem`` (``problem()``'s): the second where they differ."""
        return self.again if problem == PASSPHRASES_DIFFER else self.new

    def typed(self) -> bool:
        return bool(self.new.text() or self.again.text())

    def clear(self) -> None:
        """Both fields emptied (no passphrase kept in a widget nobody is looking at)."""
        self.new.clear()
        self.again.clear()
        self.show_rules()


class _BroughtIntoView(QObject):
    """Scrolls the line it watches into sight each time it shows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            bring_into_view(watched)
        return False


def lay_out_dialog(dialog: QDialog, parts: Sequence[QWidget], buttons: QWidget) -> ScrolledText:
    """``parts`` (the intro, the form, the warning, the error) one under the other above ``buttons``, in
    a part that scrolls where the screen is shorter than they are (a 1366x768 laptop at 150 % with the
    text at 20 points: the dialog opened with the intro and the warning squeezed, cut at the top and the
    bottom, and grew past the screen once the strength line showed); the buttons stay in sight. The
    dialog opens as wide as the form asks (its labels beside their fields), within the screen, and wider
    where it is too tall for the screen. A refusal's line (a ``FieldError`` of ``parts``) is scrolled into
    sight as it shows: below the part's edge, OK seemed to do nothing."""
    body = QWidget(dialog)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        column.addWidget(part)
        if isinstance(part, FieldError):
            part.installEventFilter(_BroughtIntoView(part))
    column.addStretch(1)
    area = ScrolledText(body, dialog)
    area.setObjectName(f"{dialog.objectName()}_scroll")
    layout = QVBoxLayout(dialog)
    layout.addWidget(area, 1)
    layout.addWidget(buttons)
    dialog.ensurePolished()  # the words' fonts (a style sheet's bold) before the sizes are taken
    layout.activate()
    width = min(room(dialog).width(), max(dialog.minimumWidth(), layout.totalSizeHint().width()))
    fit_resize(dialog, width, layout.totalHeightForWidth(width))
    grow_to_contents(dialog)
    return area
