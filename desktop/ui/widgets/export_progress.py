"""File → Export's progress in the status bar, with a Cancel: a centre's workbook of 100,000 turns takes
minutes, and there was no way to stop one started by mistake (or to the wrong USB stick) but to wait.

Shown in the status bar's permanent items (a temporary message would hide it) for as long as the export
runs: a bar of the steps done that says "Exporting…", and Cancel (named "Cancel export" to a screen
reader and in its tooltip). "Exporting…" is written in the bar, not as the status bar's message, and the
button says only "Cancel": beside the laptop's name, team and unsent count at 20 points on a laptop at
150 %, a message, a bar and "Cancel export" asked for more than the status bar's 910 pixels, and Cancel
was cut. Where even the bar and Cancel do not fit beside the other items at their least widths (Kurdish
at 20 points), those items step aside for the export's time, as they do for a long line (whole_status),
and come back when it ends. Cancel pressed by keyboard, or the export ending while Cancel has the focus, gives
the focus back where it was when the export started (Qt's own next widget was the page list, where an
arrow key changed page). Cancel asks the export to stop
(its cancel token); the export stops at its next check and leaves nothing in the folder. One export runs
at a time (window_exports), so there is one such bar; a line too long for one row (whole_status) takes the
room beside it and leaves it, and Cancel, in sight. Its words are the main window's (context MainWindow).
Until the export reports its steps the bar is busy (moving, no end): a consent printout reports none, and
its bar stood at nothing done for the whole run, as if the export had not started.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizeGrip,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from desktop.ui.tasks import CancelToken
from desktop.ui.widgets import whole_status

translate = QCoreApplication.translate
MARGIN = 24  # the bar's own margins and a little air (as whole_status)


class ExportProgress(QWidget):
    """The running export's steps and its Cancel; ``stop`` cancels, ``close_and_remove`` ends it."""

    def __init__(self, bar: QStatusBar, back_to: QWidget | None = None) -> None:
        super().__init__(bar)
        self.setObjectName("export_progress")
        self.setProperty(whole_status.KEEP, True)  # a long line beside it leaves it (and Cancel) in sight
        self.bar = bar
        self.token: CancelToken | None = None
        self.ended = False  # its export has ended (the widget goes at the next turn of the event loop)
        self._stepped_aside: list[QWidget] = []  # the items hidden to give the export its room
        # Where the keyboard was when the export started: ``back_to`` (the focus before the caller disabled
        # its button: Qt has moved it on since), else the window's focus.
        self._came_from = back_to if back_to is not None else bar.window().focusWidget()
        self._parked: QWidget | None = None  # where Qt put the focus Cancel lost, until it goes back
        self.steps = _Steps(self)
        self.steps.setRange(0, 0)  # busy until the export says how many steps it has (a printout never does)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_export")
        self.cancel_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.cancel_button)
        self._retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # its own size, no more
        bar.insertPermanentWidget(0, self)
        bar.installEventFilter(self)
        QTimer.singleShot(0, self, self._make_room)

    def _others(self) -> list[QWidget]:
        children = self.bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return [w for w in children if w is not self and not isinstance(w, QSizeGrip) and not w.isHidden()
                and w.objectName() != whole_status.NAME]  # a line shown whole is a message, not an item

    def _make_room(self, *, squeezed: bool = False) -> None:
        """Hide the other items when this does not fit beside them at their least widths (or was given
        less than its width: the bar's own spacing is the style's)."""
        if self._stepped_aside or self.isHidden():
            return
        others = self._others()
        least = sum(max(w.minimumWidth(), w.minimumSizeHint().width(), 0) for w in others)
        if squeezed or self.sizeHint().width() + least + MARGIN > self.bar.width():
            self._stepped_aside = others
            for w in others:
                w.hide()

    def _bring_back(self) -> None:
        for w in self._stepped_aside:
            w.show()
        self._stepped_aside = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.width() < self.sizeHint().width():
            self._make_room(squeezed=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._bring_back()  # wider: they may fit again; narrower: measured anew
            self._make_room()
        return False

    def _retranslate(self) -> None:
        words = translate("MainWindow", "Exporting…")
        self.steps.setFormat(words)  # words, not a percentage (in the locale's digits, not the user's)
        self.steps.setAccessibleName(words)
        # The bar as wide as its words and a little more: a bar of its own width drew them cut.
        self.steps.setFixedWidth(self.fontMetrics().horizontalAdvance(words) + 4 * self.fontMetrics().averageCharWidth())
        self.cancel_button.setText(translate("MainWindow", "Cancel"))
        self.cancel_button.setAccessibleName(translate("MainWindow", "Cancel export"))
        self.cancel_button.setToolTip(translate("MainWindow", "Cancel export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def report(self, done: int, total: int) -> None:
        self.steps.setRange(0, max(total, 1))
        self.steps.setValue(done)

    def stop(self) -> None:
        if self.token is not None and not self.token.cancelled:
            self.token.cancel()
            keyboard = self.cancel_button.hasFocus()
            self._give_focus_back()
            self.cancel_button.setEnabled(False)  # Qt moves the focus on, where it still had it
            if keyboard and self.window().focusWidget() is not self._came_from:
                self._parked = self.window().focusWidget()  # back once the export's own button is back

    @property
    def cancelled(self) -> bool:
        return self.token is not None and self.token.cancelled

    def _give_focus_back(self) -> None:
        """Where Cancel has the focus: back to where it was when the export started, if it takes it now."""
        if self.cancel_button.hasFocus() and _takes_focus(self._came_from, self):
            assert self._came_from is not None
            self._came_from.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_and_remove(self) -> None:
        self.ended = True
        keyboard = self.cancel_button.hasFocus()
        self._give_focus_back()
        self.bar.removeEventFilter(self)
        self.bar.removeWidget(self)
        self._bring_back()
        if keyboard and self.window().focusWidget() is not self._came_from:
            self._parked = self.window().focusWidget()
        back, parked = self._came_from, self._parked
        if parked is not None and back is not None and shiboken6.isValid(back):
            # The export's own button (disabled while it ran: Qt moved the focus on from Cancel) is
            # enabled by the line said at the end, just after this: the focus back to it then, unless
            # the person has put it elsewhere meanwhile.
            QTimer.singleShot(0, back, lambda: back.setFocus(Qt.FocusReason.OtherFocusReason)
                              if _takes_focus(back, None) and back.window().focusWidget() is parked else None)
        self.deleteLater()


class _Steps(QProgressBar):
    """The bar, its words ("Exporting…") shown busy too: Qt draws a busy bar without its text."""

    def text(self) -> str:
        return self.format() if self.minimum() == self.maximum() == 0 else super().text()


def _takes_focus(widget: QWidget | None, progress: ExportProgress | None) -> bool:
    """``widget`` (where the focus was as an export started) can take it back: still there, shown, enabled,
    in the same window and not the export's own bar."""
    return (widget is not None and shiboken6.isValid(widget) and widget.isVisible() and widget.isEnabled()
            and (progress is None or (not progress.isAncestorOf(widget) and widget.window() is progress.window())))
