"""A label whose words wrap on to more lines, its line ends whole in Arabic and Kurdish.

Qt draws a wrapped plain-text label right to left with each line moved towards the left by the
width of the space it broke at (``qt_format_text`` takes that space off the line's place a second
time): a line that fills the label ran past its left edge and lost the end of its last word, a
letter or two («…XML» drawn «…ML»). At 12 points in Kurdish about one label width in eight cut a
line's end; at 20 points in Arabic one in four. A margin of a space's width on the left, where
right-to-left lines end, gives those lines their room back; left-to-right labels need none.

``break_paths()``: a path in its words (``shown_path``) breaks after its separators where a line runs out
(``breakable_paths``), not in the middle of a folder's name. ``text()`` stays the line as said (what
``setText`` was given, what a test or a language switch compares), the invisible break marks only shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.widgets.save_files import breakable_paths


class WordWrapLabel(QLabel):
    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        # As QLabel: (text, parent) or (parent).
        if isinstance(text, QWidget):
            super().__init__(text)
        else:
            super().__init__(text or "", parent)
        self.setWordWrap(True)
        self._said: str | None = None  # the line as said, where its paths are shown breakable
        self._room_for_line_ends()

    def break_paths(self) -> None:
        """From now on a path in the words breaks after its separators (see the module's words)."""
        if self._said is None:
            said = super().text()
            self._said = ""
            self.setText(said)

    def setText(self, text: str) -> None:
        if self._said is not None:
            self._said = text
            text = breakable_paths(text)
        super().setText(text)

    def text(self) -> str:
        return self._said if self._said is not None else super().text()

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._room_for_line_ends()

    def _room_for_line_ends(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        room = self.fontMetrics().horizontalAdvance(" ") if rtl else 0
        margins = self.contentsMargins()
        if margins.left() != room:
            self.setContentsMargins(room, margins.top(), margins.right(), margins.bottom())


class LineWhileSaid(WordWrapLabel):
    """A line shown while it has words: empty, a label still takes a line's height (and its layout's
    spacing) from the list or table beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
