"""Room for the transcript on a short screen: the turns above, the text box below, the shortcut line.

Until the facilitator drags the splitter's handle, the table is given room for ``TURNS_IN_VIEW`` turns
first and the text box what is left (at least ``TEXT_LINES[0]`` lines, at most ``TEXT_LINES[1]``);
beyond that the table takes every extra pixel. The shortcut line shows by itself only where the table
still has room for ``HINT_TURNS`` turns; the Shortcuts button shows or hides it (the choice then holds).

Where the window is shorter than the editor (20 points on a 1366x768 laptop at 150 %), the editor's frame
scrolls: when the text box takes the focus (the editor opening, a click, Tab), the frame scrolls so the
turns and the text box are in sight together (``InSight``), not the text box alone at the frame's edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.text_lines import lines_height, text_height

if TYPE_CHECKING:
    from desktop.ui.focus_group.transcript import TranscriptPanel

TURNS_LEAST = 2  # the turns the table always shows: at 24 points on a laptop it was squeezed to its header
TURNS_IN_VIEW = 6  # the turns the table is given room for before the text box grows past its smallest
TEXT_LINES = (2, 6)  # the text box: its smallest height, and the height it takes when there is room, in lines
HINT_TURNS = 8  # the shortcut line shows by itself only where the table still has room for this many turns
CELL_MARGIN = 2  # above and below a turn's text in its cell


class TurnsSplitter(Splitter):
    """The turns above, the text box below (see the module's text). On a 1366x768 laptop at 150 %
    display scaling the fixed 600:220 share left the table one or two turns."""

    def __init__(self, panel: TranscriptPanel) -> None:
        super().__init__(Qt.Orientation.Vertical, panel)
        self.panel = panel
        self.dragged = False
        self.splitterMoved.connect(self._on_moved)
        self.setChildrenCollapsible(False)

    def _on_moved(self, _pos: int, _index: int) -> None:
        self.dragged = True  # the facilitator's share holds from now on: a resize grows the table
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.dragged:
            self.balance()

    def balance(self) -> None:
        room = self.height() - self.handleWidth()
        if self.count() < 2 or room <= 0:
            return
        composer = self.panel.composer_height
        wanted = composer(TEXT_LINES[1])
        text = max(composer(TEXT_LINES[0]), min(wanted, room - self.panel.table_height(TURNS_IN_VIEW)))
        self.setSizes([room - text, text])


def composer_height(panel: TranscriptPanel, lines: int) -> int:
    """The text box with its speaker bar (and a refusal showing), ``lines`` lines tall."""
    return panel.composer.minimumSizeHint().height() - panel.edit.minimumHeight() + lines_height(panel.edit, lines)


def table_height(panel: TranscriptPanel, turns: int) -> int:
    """The table showing ``turns`` turns of one line each, with its column titles."""
    view = panel.view
    one_line = text_height(view.font(), 1) + 2 * CELL_MARGIN
    return view.horizontalHeader().sizeHint().height() + turns * one_line + 2 * view.frameWidth()


def fit_text_box(panel: TranscriptPanel) -> None:
    panel.edit.setMinimumHeight(lines_height(panel.edit, TEXT_LINES[0]))
    # Where the window is shorter than both, the page scrolls rather than hide every turn.
    panel.view.setMinimumHeight(table_height(panel, TURNS_LEAST))
    panel.splitter.balance()


def hint_fits(panel: TranscriptPanel) -> bool:
    """Whether the shortcut line leaves the table room for ``HINT_TURNS`` turns over the smallest text box."""
    layout = panel.layout()
    spacing = max(layout.spacing(), 0) if layout is not None else 0
    hint = panel.hint.heightForWidth(max(panel.width(), 1)) + spacing
    return panel.height() - hint - panel.splitter.handleWidth() >= \
        table_height(panel, HINT_TURNS) + composer_height(panel, TEXT_LINES[0])


def follow_room(panel: TranscriptPanel) -> None:
    """The shortcut line shows where it fits, until the facilitator chose with the Shortcuts button."""
    if not panel.hint_chosen:
        shown = hint_fits(panel)
        panel.keys_button.blockSignals(True)
        panel.keys_button.setChecked(shown)
        panel.keys_button.blockSignals(False)
        panel.hint.setVisible(shown)


class InSight(QObject):
    """When the text box takes the focus, the frame around the editor scrolls the whole transcript (the
    turns, the speaker bar and the text box) into sight where it fits, else the speaker bar and the text
    box. Not when the window or a pop-up gives the focus back: the frame stays where the person left it.
    While the caret is in the text box the transcript is kept in sight as the editor settles (a status
    line of two lines, a bar on another line): it moves within the frame after the focus came."""

    def __init__(self, panel: TranscriptPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        panel.edit.installEventFilter(self)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and event.reason() not in (
                Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            QTimer.singleShot(0, self, self.bring)  # after Qt's own scrolling to the focused box
        elif watched is self.panel and kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.panel.edit.hasFocus():
            QTimer.singleShot(0, self, self.bring)
        return False

    def bring(self) -> None:
        frame = _frame(self.panel)
        if frame is None or not self.panel.isVisible():
            return
        part: QWidget = self.panel if self.panel.height() <= frame.viewport().height() else self.panel.composer
        frame.ensureWidgetVisible(part, 0, 0)


def _frame(panel: QWidget) -> QScrollArea | None:
    """The nearest scroll area around ``panel`` (the editor's frame in the main window)."""
    parent = panel.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
