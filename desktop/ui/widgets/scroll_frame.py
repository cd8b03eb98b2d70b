"""A part of a window that scrolls when the window is shorter than it, instead of making the window
taller than the screen (a 1366x768 laptop at 150 % display scaling has 464 logical pixels of height
under its task bar)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QWidget

from desktop.ui.widgets.focus_follower import FocusFollower

Tabs = TypeVar("Tabs", bound=QTabWidget)


class ColumnScrollArea(QScrollArea):
    """Scrolls up and down: as narrow as its part allows, never narrower (a splitter beside it would
    otherwise squeeze the part and cut its fields and buttons off at one side)."""

    def minimumSizeHint(self) -> QSize:
        part = self.widget()
        if part is None:
            return super().minimumSizeHint()
        width = part.minimumSizeHint().expandedTo(part.minimumSize()).width()
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(),
                     super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the part's smallest width changed (another language): tell the layout
        return super().eventFilter(watched, event)


def scrolled(part: QWidget, parent: QWidget | None = None, *, name: str = "", column: bool = False,
             follow_focus: bool = False) -> QScrollArea:
    """``part`` in a frameless scroll area that gives it all its room when there is enough: a scroll
    bar shows only when the room is less than ``part``'s smallest size. No Tab stop of its own (the
    fields inside are the stops), and Qt scrolls to the field the Tab key reaches. A ``column``
    scrolls up and down only, and keeps the width ``part`` needs."""
    area = scroll_area(parent, name=name, column=column, follow_focus=follow_focus)
    area.setWidget(part)
    return area


def scroll_area(parent: QWidget | None = None, *, name: str = "", column: bool = False,
                follow_focus: bool = False) -> QScrollArea:
    """The scroll area of ``scrolled``, empty: its part is made in its ``viewport()`` and then given with
    ``setWidget``. Made there rather than moved there once built, for a large part: under the application's
    style sheet Qt styles every widget of a tree moved to a new parent once more."""
    area = ColumnScrollArea(parent) if column else QScrollArea(parent)
    if name:
        area.setObjectName(name)
    _set_up(area, column=column)
    if follow_focus:  # whatever takes the focus brought into view, not only what Tab reached inside
        FocusFollower(area)
    return area


class FillingPart(QWidget):
    """A part for ``scrolled`` holding word-wrapped labels beside boxes that grow (text boxes, tables).

    A resizable scroll area makes a part whose layout has a height for its width as tall as that height,
    which Qt counts from the boxes' preferred sizes: a dialog with room for every box at its least
    scrolled anyway, its last box out of sight. This part asks for its least height at the width instead:
    it fills the room it is given, and scrolls only when the room is less than its least."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        least = layout.minimumHeightForWidth(width) if layout is not None else -1
        return least if least >= 0 else super().heightForWidth(width)


class RoomyColumn(QWidget):
    """A part for ``scrolled`` (a window's column of lists and boxes) that fills its room, unscrolled,
    wherever the room holds it at its least; where it does not, it is as tall as it asks (its lists at
    their preferred heights, the part below them scrolled to).

    As a ``FillingPart`` does, but only where the room holds it: the coding window's column on a
    1366x768 laptop at 100 % (666 pixels of room, 472 to 523 needed at least) scrolled 106 to 163 pixels,
    Save memo, Remove coding and Undo coding below the fold. At 150 % (402 pixels) its least is more than
    the room, and the codebook keeps its whole height at the column's top rather than be squeezed."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        least = layout.minimumHeightForWidth(width) if layout is not None else -1
        room = self.parentWidget()  # the scroll area's viewport
        if least >= 0 and room is not None and least <= room.height():
            return least
        return super().heightForWidth(width)


def _set_up(area: QScrollArea, *, column: bool) -> None:
    """``area`` set up as ``scrolled`` describes."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if column:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _hold(area: QScrollArea, part: QWidget, *, column: bool) -> None:
    """``area`` set up as ``scrolled`` describes, holding ``part``."""
    _set_up(area, column=column)
    area.setWidget(part)


class ScrolledText(QScrollArea):
    """A word-wrapped label, or a part whose layout holds such labels, that asks for the height its lines
    take at the width it has, and scrolls when its window, kept within the screen, gives it less (at least
    ``LEAST_LINES`` lines show). It is never narrower than the part allows.

    In a plain layout such a label made its dialog as tall as all its lines: at 24 points the withdrawal
    dialog's list of what is destroyed was 1,176 pixels tall, OK and Cancel below a 768-pixel screen."""

    LEAST_LINES = 3

    def __init__(self, part: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        _hold(self, part, column=True)  # frameless, no Tab stop, up and down only

    def _width(self) -> int:
        return max(self.viewport().width(), self.part.minimumSizeHint().width(), 1)

    def _height_at(self, width: int) -> int:
        height = self.part.heightForWidth(width)
        return height if height >= 0 else self.part.sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_at(self._width()) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        least = self.LEAST_LINES * self.part.fontMetrics().lineSpacing()
        width = super().minimumSizeHint().width()
        if not isinstance(self.part, QLabel):  # a part's unwrapped lines (a radio button's) stay whole
            width = max(width, self.part.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                        + 2 * self.frameWidth())
        return QSize(width, least + 2 * self.frameWidth())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_at(max(width - 2 * self.frameWidth(), 1)) + 2 * self.frameWidth()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """With the focus (where a dialog gives it a Tab stop), Home and End go to the first and the last
        line, as in a text box; Qt's scroll area moved only by a line or a page."""
        bar = self.verticalScrollBar()
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and not event.modifiers():
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.part and event.type() == QEvent.Type.LayoutRequest:
            # The part's words changed (a team file read, another language): the window's layout, which
            # keeps this area's sizes, asks again (Join a team… kept the height of its empty key).
            self.updateGeometry()
        return super().eventFilter(watched, event)


def bring_into_view(widget: QWidget, margin: int = 50) -> None:
    """Every scroll area around ``widget`` scrolled to show it, once the layouts have placed it (it was
    just shown): at 24 points the Sync page's import progress and summary showed below the window's
    edge, and pressing Import seemed to do nothing. ``margin``: the room kept around it (Qt's
    ``ensureWidgetVisible``); 0 scrolls by the least that shows it, for an editor's message line said while
    the person works elsewhere in the editor (the focus-group editor's, a roundtable's "Not saved yet")."""

    def show() -> None:
        if not widget.isVisible():
            return
        # The scroll areas make their parts taller first (a refusal of three lines, not the one line its
        # label had: its last lines stayed below the edge). Each part's new height is asked for by a posted
        # request, one level at a time.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for area in _placed_scroll_areas(widget):
            area.ensureWidgetVisible(widget, margin, margin)

    QTimer.singleShot(0, widget, show)


def whole_when_chosen(tabs: Tabs) -> Tabs:
    """``tabs`` whose chosen tab is brought whole into sight in the scroll areas around them, where it fits:
    its name and page, else its page (never one taller or wider than the area: the focus shows a part of it).

    Qt scrolls only to a widget taking the focus. At 20 points on a 1366x768 laptop at 150 % the focus-group
    editor is taller than its frame: its Participants tab chosen with the frame at its top (a click, its Alt
    letter, the arrows on the tab bar) left the buttons at its foot under the frame's edge, Withdraw consent…
    cut in half, the focus on the list at the tab's top or still on the tab bar."""
    tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, tabs, lambda: _chosen_in_sight(tabs)))
    return tabs


def _chosen_in_sight(tabs: QTabWidget) -> None:
    page = tabs.currentWidget()
    if page is None or not page.isVisible():
        return
    for area in _placed_scroll_areas(tabs):
        room = area.viewport().size()
        part = next((p for p in (tabs, page) if p.height() <= room.height() and p.width() <= room.width()), None)
        if part is not None:
            area.ensureWidgetVisible(part, 0, 0)


def _placed_scroll_areas(widget: QWidget) -> Iterator[QScrollArea]:
    """The scroll areas around ``widget`` in its own window, innermost first, each with its part's layout
    settled first: the widget's place, with what was just shown or hidden beside it. Never past the
    window: a dialog's widget does not scroll the main window behind it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            layout = inner.layout() if inner is not None else None
            if layout is not None:
                layout.activate()
            yield parent
        parent = None if parent.isWindow() else parent.parentWidget()
