"""The main window's navigation list and the stack of pages beside it: which page is built when, the
frame each page scrolls in, and which one is on screen (a page, the frame of one being built, or the
open session editor)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.page_base import Page
from desktop.ui.qt_i18n import default_point_size
from desktop.ui.widgets.lazy_panel import build_all_parts
from desktop.ui.widgets.scroll_frame import scroll_area

PAGE_FRAME = "page_frame"
NAV_MOST = 220  # the navigation's widest, at the interface's usual text size (more with larger text)
NAV_PADDING = 16  # beside its longest title; the room of its scroll bar, where that is wider


def settle_heap() -> None:
    """Keep what exists now (modules, the window, its pages) out of Python's full garbage collections.

    A full collection walks every object while it holds every thread still; with the app's imports
    and widgets that was a 300 ms stall while a facilitator typed (benchmarks/bench_stall.py). Frozen
    objects are still freed by reference counting; only cycles among them are never collected, and
    what is frozen is long-lived (start-up, pages), not per-session editors. ``gc.freeze`` itself
    only moves lists: it costs nothing.
    """
    gc.freeze()


def _frame(parent: QWidget, *, follow_focus: bool = False) -> QScrollArea:
    """A frame that scrolls when the window is shorter than the page it holds: the window's smallest
    height no longer grows to the tallest page visited (the Consent page asked for 1000 px, and the
    window then ran off a 1366x768 laptop's screen, its bottom out of reach). Frameless, no Tab stop
    of its own (the page's fields are the stops), the page given all its room (``scroll_area``).

    The page is made inside it (a child of its ``viewport()``) and then set with ``setWidget``, never
    made first and moved in: a tree moved to a new parent has every widget's font and palette resolved
    again, and under the application style sheet the app had before widgets/read_only_look.py became a
    style, Qt styled every widget of it once more: moving a built page or editor into its frame took a
    quarter to a third of its first showing (benchmarks/bench_windows.py).

    ``follow_focus``, for an editor: what takes the focus from outside the frame (Tab from the
    navigation to Back) in sight; Qt scrolls only for a Tab pressed inside. Not a page: a page comes
    back scrolled as it was left and brings its own results into view, and the focus it is given on
    arrival (its first field) scrolled it away from both."""
    return scroll_area(parent, name=PAGE_FRAME, follow_focus=follow_focus)


class _AtLeastSmallest(QWidget):
    """What an editor's frame holds: the frame makes it as large as the frame, and scrolls only when
    the frame is smaller than the editor's smallest size. (The height its wrapped lines would like,
    which a frame otherwise takes, scrolled a transcript that fits.) Made in its ``frame`` before the
    editor, which is made in it (``PageStack.editor_place``)."""

    def __init__(self, frame: QScrollArea) -> None:
        super().__init__(frame.viewport())
        self.frame = frame
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def heightForWidth(self, width: int) -> int:
        return self.minimumSizeHint().height()


def _frame_of(page: QWidget) -> QWidget:
    """The stack's child that holds ``page`` (its frame; the page itself when it has none)."""
    holder = page.parentWidget()
    frame = holder.parentWidget() if holder is not None else None  # page -> viewport -> frame
    return frame if isinstance(frame, QScrollArea) and frame.objectName() == PAGE_FRAME else page


class PageStack:
    """The navigation (``nav``) and the pages' stack (``stack``), both children of ``parent``.

    ``leave_editor`` is asked before the navigation moves away from an open editor: False when its
    last changes could not be saved and the person kept it (the navigation then stays on its row).
    A page on screen is asked its ``may_leave`` the same way.
    ``page_built`` hears of each page once, when it is first built.
    """

    def __init__(self, ctx: AppContext, parent: QWidget, *, leave_editor: Callable[[], bool],
                 page_built: Callable[[Page], None]) -> None:
        self.ctx = ctx
        self._leave_editor = leave_editor
        self._page_built = page_built
        self.pages: dict[str, Page] = {}
        self.editor: QWidget | None = None
        self._editor_frame: QScrollArea | None = None
        self._editor_row = 0  # the navigation row an open editor belongs to
        self.nav = QListWidget(parent)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(NAV_MOST)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long title is elided
        self.stack = QStackedWidget(parent)
        self._blank = QWidget(self.stack)  # where a page not built yet stands for one event-loop turn
        self._blank.setObjectName("page_being_built")
        self.stack.addWidget(self._blank)
        # Pages are built when first shown: the main window must appear within a second of the
        # passphrase even on a campaign-sized database, and most visits touch two or three pages.
        self._page_classes: dict[str, Any] = {}
        for key, cls in registry.available_pages():
            self._page_classes[key] = cls
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.currentRowChanged.connect(self._show_row)

    def fit_navigation(self) -> None:
        """The navigation as wide as its longest title, at most NAV_MOST: at 220 pixels whatever the
        titles, it left the pages 669 of a 1366x768 laptop's 895 at 150 % scaling, and the Sessions
        page's filters ran off its side. Measured again when the text size changes: fitted to the
        old size, larger titles were cut off ("Recommenda…"), and NAV_MOST grows with the text. Exactly
        that wide: at least, so a larger text's titles are whole; at most, so the pages keep the rest."""
        nav = self.nav
        titles = nav.sizeHintForColumn(0) + 2 * (nav.frameWidth() + nav.spacing())
        larger = nav.font().pointSizeF() / default_point_size(self.ctx.language.language)
        # Room for the scroll bar it shows when the window is shorter than its titles (20 points on a laptop at
        # 150 %): a scroll bar wider than NAV_PADDING (Windows' 17 pixels, a theme's 24) cut "Recommendatio…".
        padding = max(NAV_PADDING, nav.verticalScrollBar().sizeHint().width())
        width = min(round(NAV_MOST * max(larger, 1.0)), titles + padding)
        # At least that wide too: given only a maximum, the list kept the width it asks by default
        # (256 pixels), and at 24 points "Recommendations" needed 291.
        nav.setMinimumWidth(width)
        nav.setMaximumWidth(width)

    def keys(self) -> list[str]:
        """The pages' keys in the navigation's order."""
        return [self.key_at(row) for row in range(self.nav.count())]

    def key_at(self, row: int) -> str:
        return str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))

    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            frame = _frame(self.stack)
            page = self._page_classes[key](self.ctx, frame.viewport())  # made in its frame: see _frame
            frame.setWidget(page)
            self.pages[key] = page
            self.stack.addWidget(frame)
            self._page_built(page)
            settle_heap()  # a page lives as long as the window
        return page

    def build_all_pages(self) -> dict[str, Page]:
        """Every page, built now with all its parts (tests and screenshots walk them all)."""
        for key in self._page_classes:
            build_all_parts(self.page(key))
        return self.pages

    def current_page(self) -> QWidget:
        widget = self.stack.currentWidget()
        assert widget is not None  # the stack always holds at least the sessions page
        if widget is self._editor_frame and self.editor is not None:
            return self.editor
        if isinstance(widget, QScrollArea) and widget.objectName() == PAGE_FRAME:
            return widget.widget() or widget
        return widget

    def show_page(self, page: QWidget) -> None:
        self._switch_to(_frame_of(page))

    def _switch_to(self, widget: QWidget) -> None:
        """Show ``widget`` in the stack; the page left keeps its frame's scroll where the person left
        it. (Hiding a page moves the focus out of it, and its frame first scrolled to the focused
        part: the Consent page came back on a short screen scrolled half-way, at its register.)"""
        leaving = self.stack.currentWidget()
        kept = None
        if isinstance(leaving, QScrollArea) and leaving.objectName() == PAGE_FRAME and leaving is not widget:
            kept = (leaving, leaving.horizontalScrollBar().value(), leaving.verticalScrollBar().value())
        self.stack.setCurrentWidget(widget)
        if kept is not None:
            frame, x, y = kept
            frame.horizontalScrollBar().setValue(x)
            frame.verticalScrollBar().setValue(y)

    # --- the open editor stands in the stack, over the page of the row it was opened from ---------
    def editor_place(self) -> QWidget:
        """The parent to make an editor about to open in: the holder inside the frame it is shown in
        (``show_editor``), so it is never moved there once built (see ``_frame``). Not on screen until
        ``show_editor``; ``discard_editor`` for an editor that is not shown after all."""
        return _AtLeastSmallest(_frame(self.stack, follow_focus=True))

    def show_editor(self, editor: QWidget) -> None:
        """The editor in a frame of its own, as the pages are: with a larger text size (Settings, 14
        points and up on a 1366x768 laptop at 150 %) its button rows asked for more than the screen's
        911 logical pixels, and the window grew past the screen's edge, the Back button and the title
        (at the right in Arabic and Kurdish) out of reach. It now scrolls instead; with room, it fills
        the frame as before."""
        self.editor = editor
        self._editor_row = self.nav.currentRow()
        holder = editor.parentWidget()
        if not isinstance(holder, _AtLeastSmallest) or holder.box.count():
            holder = _AtLeastSmallest(_frame(self.stack, follow_focus=True))  # made elsewhere: moved in
        holder.box.addWidget(editor)
        holder.frame.setWidget(holder)
        self._editor_frame = holder.frame
        self.stack.addWidget(holder.frame)
        self._switch_to(holder.frame)

    def discard_editor(self, editor: QWidget) -> None:
        """An editor made in ``editor_place`` and not shown after all goes with its frame (``editor``
        may be the place itself, when making the editor failed)."""
        holder = editor if isinstance(editor, _AtLeastSmallest) else editor.parentWidget()
        if isinstance(holder, _AtLeastSmallest) and holder.frame is not self._editor_frame:
            holder.frame.deleteLater()
        editor.deleteLater()

    def drop_editor(self) -> Page | None:
        """Take the editor out of the stack and show the current row's page again (the sessions page
        when none is selected); that page is returned, or None when it is not built."""
        if self.editor is not None:
            frame, self._editor_frame = self._editor_frame, None
            if frame is not None:
                self.stack.removeWidget(frame)
                # The editor goes with its frame, and the caller's deleteLater with it. (Taken out of the
                # frame first, as before, every widget in it was styled again just to be deleted.)
                frame.deleteLater()
            self.editor = None
        row = self.nav.currentRow()
        target = self.pages.get(self.key_at(row)) if row >= 0 else self.pages.get("sessions")
        if target is not None:
            self.show_page(target)
        return target

    # --- moving along the navigation ------------------------------------------------------------
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if self.editor is not None:
            if not self._leave_editor():
                # The editor's last changes could not be saved and the person kept them: stay there.
                self._stay_on(self._editor_row)
                return
        elif not self.may_leave_page():
            # Typing not saved on the page, kept by the person (or its save refused): stay there.
            shown = self.current_page()
            self._stay_on(next(r for r, key in enumerate(self.keys()) if self.pages.get(key) is shown))
            return
        key = self.key_at(row)
        page = self.pages.get(key)
        if page is not None:
            self.show_page(page)
            return
        # A page's first visit, from the navigation or its shortcut, in three event-loop turns: the
        # empty frame at once, the page built (hidden) in the next, shown (styled, laid out) in the
        # one after, so the window never stands still for the whole of it (DESIGN: 100 ms).
        self._switch_to(self._blank)
        QTimer.singleShot(0, self.stack, lambda: self._build_for(row, key))

    def may_leave_page(self) -> bool:
        """Whether the page on screen lets the window close (``Page.may_leave``); an open editor is
        asked its own question."""
        page = self.current_page()
        return self.editor is not None or not isinstance(page, Page) or page.may_leave()

    def _stay_on(self, row: int) -> None:
        """The navigation back on ``row``, the one on screen, without showing it again."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _wanted(self, row: int) -> bool:
        return self.nav.currentRow() == row and self.editor is None and self.stack.currentWidget() is self._blank

    def _build_for(self, row: int, key: str) -> None:
        if not self._wanted(row):
            return
        page = self.page(key)
        QTimer.singleShot(0, self.stack, lambda: self._show_built(row, page))

    def _show_built(self, row: int, page: Page) -> None:
        if self._wanted(row):
            self.show_page(page)
            page.setFocus()
