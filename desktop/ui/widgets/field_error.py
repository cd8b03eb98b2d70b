"""An inline error line under a field: hidden when empty, red, and announced by screen readers.

It asks for the height of all its lines (WrappedLabel): as a plain word-wrapped QLabel it was counted as
one line, and a long message ("Not saved yet: … your text stays on screen.") was cut and squeezed the
widgets under it (the roundtable editor's tabs, at 20 points on a laptop at 150 %).
"""

from __future__ import annotations

import weakref

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.scroll_frame import bring_into_view
from desktop.ui.widgets.wrapped_label import WrappedLabel


class FieldError(WrappedLabel):
    def __init__(self, parent: QWidget | None = None, *, in_sight: bool = False) -> None:
        """``in_sight``: each new error said is scrolled into sight (scroll_frame.bring_into_view), for a line far from
        where the person works (an editor's "Not saved yet: …"); the same one said again is left where it is."""
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e;")
        self.setVisible(False)
        self.in_sight = in_sight
        self.described: tuple[QWidget, ...] = ()  # the fields whose description this line is (describe)

    def describe(self, *fields: QWidget) -> None:
        """This line is the accessible description of ``fields`` from now on (none: of no field).

        A screen reader says a field's description after its name when the keyboard comes to it: the
        refusal that sent the focus back to the field is heard there. It was only in this red line, which
        the Tab key never reaches, so NVDA said "Name, edit" and not why. A line under its field
        (FieldWithError) describes it for good; a line under a form names the field it sends the keyboard
        back to as it says the refusal (the Change passphrase dialog: the current, the new or the repeated
        passphrase). Two lines may describe one field (the repeated passphrase's "differ" line and the
        dialog's refusal): it is described by all that are shown. (No field under such a line has a
        description of its own; cleared, a line edit's placeholder, which Qt says in its stead, is back.)
        """
        before, self.described = self.described, fields
        for field in before:
            _LINES.get(field, []).remove(self)
        for field in fields:
            _LINES.setdefault(field, []).append(self)
        for field in dict.fromkeys((*before, *fields)):
            _say_lines(field)

    def set_error(self, text: str | Words) -> None:
        """The error line, or none for ""; a function making it keeps it in the interface's language.

        A line said is an alert to a screen reader, which says it at once (NVDA, Orca): a person who
        pressed Save and is refused hears why where they are, not only once the keyboard is back in the
        field it describes. Said again (Save pressed again, refused again), it is said again; made again
        in another language after a switch, it is not (that is no new refusal)."""
        say(self, text, self._show)
        if self.error():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _show(self, text: str) -> None:
        new = text != self.error()  # "Not saved yet" is said again at each retry: brought into sight once
        self.setText(text)
        self.setAccessibleName(text)
        # setHidden rather than setVisible(True): a child of a not-yet-shown parent must not pop up
        # as its own window.
        self.setHidden(not text)
        for field in self.described:
            _say_lines(field)  # see describe
        if self.in_sight and new and text:
            bring_into_view(self, margin=0)

    def error(self) -> str:
        return self.text() if not self.isHidden() else ""


# The lines describing each field (FieldError.describe); weak keys: a field gone takes its entry along.
_LINES: weakref.WeakKeyDictionary[QWidget, list[FieldError]] = weakref.WeakKeyDictionary()


def _say_lines(field: QWidget) -> None:
    field.setAccessibleDescription(" ".join(line.error() for line in _LINES.get(field, []) if line.error()))


class FieldWithError(QWidget):
    """A field with its inline error line underneath, for use as one cell of a QFormLayout."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = FieldError(self)
        self.error.describe(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def hasHeightForWidth(self) -> bool:
        """Its least height is its field's and all its error's lines at its width (FieldError): a
        QFormLayout asking for a height for a width instead counted the error's lines at a width the
        cell did not get, and cut the error line ("Needed before the session can be finalised." under
        the roundtable's date, at 20 points on a laptop, one line shown of two, over the next row)."""
        return False
