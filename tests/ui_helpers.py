"""Opening the app's screens in a test as a person meets them: the main window in a language, a new
roundtable in its editor, and the dialogs a button opens (recorded, answered without a person)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core import retention, sessions
from desktop.core.db import Store
from desktop.ui import retention_offer
from desktop.ui.app import make_context, show_unlock
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.unlock import UnlockWidget
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.question_dialog import QuestionDialog
from tests.i18n.test_i18n_screens import settle


def language_fixture(code: str) -> Any:
    """A test module's ``language`` fixture (``language = language_fixture("ar")``): the translations
    compiled for this run, in ``code``."""

    @pytest.fixture
    def language(manager: LanguageManager) -> LanguageManager:
        manager.set_language(code)
        return manager

    return language


def main_window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str = "ar", *,
                active: bool = False) -> MainWindow:
    """The main window on ``store``, in ``lang``, shown; ``active``: also the active window, as a
    person's own is (keyboard shortcuts and focus changes need it)."""
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    # Its first size on a screen with room for it: the tests' offscreen screen is 800x800, where the
    # window opens narrower (desktop/ui/widgets/screen_fit.py; tests/ui/test_laptop_screen.py).
    window.resize(1180, 760)
    window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window


def settings_page(ctx: AppContext, qtbot: QtBot, lang: str) -> SettingsPage:
    """The Settings page alone, in ``lang``, shown."""
    ctx.language.set_language(lang)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def settings_in_window(manager: LanguageManager, store: Store, qtbot: QtBot,
                       lang: str) -> tuple[MainWindow, SettingsPage]:
    """The main window on ``store`` in ``lang`` (its idle lock off until the test sets a delay), done
    with its start-up work, and its Settings page."""
    window = main_window(manager, store, qtbot, lang)
    window.ctx.tasks.drain()
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def passphrases_typed(page: SettingsPage, qtbot: QtBot, current: str, new: str,
                      again: str | None = None) -> ChangePassphraseDialog:
    """Change passphrase… opened from ``page``, the three fields filled in (the second new one as the
    first unless ``again``), the wizard's rule shown as after typing; not submitted."""
    dialog = page.passphrase_box.open_dialog()
    qtbot.waitExposed(dialog)
    dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.again.setText(new if again is None else again)
    return dialog


def roundtable_editor(ctx: AppContext, qtbot: QtBot, **fields: Any) -> RoundtableEditor:
    """A new roundtable (in Basra unless ``fields`` say otherwise) open in its editor, shown."""
    sid = sessions.create_session(ctx.store, "roundtable", **{"title": "طاولة البصرة", "governorate": "basra", **fields})
    editor = RoundtableEditor(ctx, sid)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def new_roundtable_in(window: MainWindow, qtbot: QtBot) -> RoundtableEditor:
    """A new roundtable made on ``window``'s Sessions page as its button makes one (stored on the database
    worker), open in its editor."""
    window.go_to("sessions")
    window.current_page().new_session("roundtable")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.editor is not None, timeout=20_000)
    window.ctx.tasks.wait(10_000)
    editor = window.editor
    assert isinstance(editor, RoundtableEditor)
    return editor


def dialogs_opened(monkeypatch: pytest.MonkeyPatch, dialog_class: type) -> list[Any]:
    """Every ``dialog_class`` dialog opened from now on, each closed at once as with Cancel."""
    opened: list[Any] = []

    def cancel(dialog: Any) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(dialog_class, "exec", cancel)
    return opened


def reports_search_tab(ctx: AppContext, qtbot: QtBot) -> Any:
    """The Reports page on screen, its Search tab chosen: (page, tab)."""
    from desktop.ui.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    page.tabs.setCurrentWidget(page.search)
    return page, page.search


def segments_retrieved(ctx: AppContext, qtbot: QtBot, code_id: str, rows: int,
                       size: tuple[int, int] | None = None) -> Any:
    """The Reports page's Retrieval tab after Show segments on the code ``code_id``, once its ``rows``
    rows are in (the page shown, at ``size``, where a size is given)."""
    from desktop.ui.reports.page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
        page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    r = page.retrieval
    r.code.setCurrentIndex(r.code.findData(code_id))
    r.run_btn.click()
    qtbot.waitUntil(lambda: r.model.rowCount() == rows)
    return r


def pieces_left_to_right(widget: QWidget, text: str, pieces: list[str]) -> list[str]:
    """The ``pieces`` of ``text`` (a label's, a list item's) laid out on one line in ``widget``'s font
    and direction, in the order they stand on screen from left to right: how a path or a file name
    inside a right-to-left sentence is seen to read."""
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(widget.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)  # one line: the order, not the wrapping, is looked at
    layout.endLayout()

    def middle(piece: str) -> float:  # where the glyphs of the piece are drawn
        runs = layout.glyphRuns(text.index(piece), len(piece))
        assert runs
        return min(run.boundingRect().center().x() for run in runs)

    return sorted(pieces, key=middle)


def main_window_on_screen(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
                          screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The main window as large as ``screen`` allows (a laptop at 150 %, a netbook), Majlis measuring that
    screen rather than the test's own, in ``lang`` at text size ``size`` (None: the usual)."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*screen))
    manager.set_language(lang)
    manager.set_font_size(size)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):  # LanguageChange is posted, relayouts and paints follow
        app.processEvents()
    return window


Shown = TypeVar("Shown", bound=QWidget)


def shown_active(qtbot: QtBot, widget: Shown) -> Shown:
    """``widget`` (a page or a dialog on its own) on screen and the active window, as a person's own is:
    the keyboard's focus and the keys pressed go to it. Closed by ``qtbot`` after the test."""
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def list_page_on_screen(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, size: float | None,
                        screen: tuple[int, int], monkeypatch: pytest.MonkeyPatch, key: str) -> Any:
    """The main window's page ``key`` (Sessions, Participants: a ``view`` over a ``model`` filled on the
    worker, ``loads`` counting the fillings) as main_window_on_screen shows it, three rows or more read."""
    window = main_window_on_screen(manager, store, qtbot, lang, size, screen, monkeypatch)
    window.go_to(key)
    page: Any = window.page(key)
    qtbot.waitUntil(lambda: page.loads > 0 and page.model.rowCount() >= 3, timeout=30_000)
    qtbot.wait(50)
    return page


@contextmanager
def list_page_at_new_text_size(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, key: str,
                               points: float = 20.0, *, read: Callable[[Any], None] | None = None,
                               width: int | None = None) -> Iterator[Any]:
    """The main window's list page ``key`` (Sessions, Participants: a ``view`` over a ``model`` filled on the
    worker, ``loads`` counting the fillings) in ``lang`` at 1180 px (or ``width``), three rows or more read (``read``, when
    given, is asked of the page then), then Settings → Text size ``points`` chosen as a person chooses it and
    back to ``key``: yields the page, its list not read again (the same rows, in the new font). The usual text
    size is set again after."""
    window = main_window(manager, store, qtbot, lang)
    if width is not None:
        window.resize(width, window.height())
    window.go_to(key)
    page: Any = window.page(key)
    qtbot.waitUntil(lambda: page.loads > 0 and page.model.rowCount() >= 3, timeout=30_000)
    settle()
    if read is not None:
        read(page)
    loads = page.loads
    window.go_to("settings")
    settings: Any = window.page("settings")
    try:
        settings.font_combo.setCurrentIndex(settings.font_combo.findData(points))  # as a person chooses it
        qtbot.wait(50)
        settle()
        window.go_to(key)
        settle()
        assert page.loads == loads  # nothing read again: the same rows, in a bigger font
        yield page
    finally:
        manager.set_font_size(None)


def rows_in_sight(page: QWidget, view: QTableView) -> int:
    """``view``'s rows shown whole within the page's frame and the view's viewport (what a person sees
    without scrolling)."""
    frame = page.parentWidget()  # the frame's viewport
    assert frame is not None
    floor = min(frame.height(), view.viewport().mapTo(frame, QPoint(0, view.viewport().height())).y())
    shown = 0
    for row in range(view.model().rowCount()):
        top = view.viewport().mapTo(frame, QPoint(0, view.rowViewportPosition(row))).y()
        if top >= 0 and top + view.rowHeight(row) <= floor:
            shown += 1
    return shown


def focused() -> QWidget:
    """The widget with the keyboard focus (a test fails where the focus landed on nothing)."""
    now = QApplication.focusWidget()
    assert now is not None, "the focus landed on nothing"
    return now


def animated_click_done(qtbot: QtBot) -> None:
    """Wait until no button is held down: an Alt letter presses its button and Qt releases and clicks it
    100 ms later (QAbstractButton.animateClick), running what the click does (a dialog's exec included)
    before the button reads as up. What a fixed quarter-second wait waited for, without the rest of it."""
    qtbot.waitUntil(lambda: not any(isinstance(w, QAbstractButton) and w.isDown()
                                    for w in QApplication.allWidgets()))


def in_view(widget: QWidget) -> bool:
    """Every scroll area around ``widget`` in its window shows it whole (a dialog's parent's scroll areas
    are another window's: where the dialog stands says nothing of them)."""
    parent = None if widget.isWindow() else widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            bottom_right = widget.mapTo(viewport, QPoint(widget.width() - 1, widget.height() - 1))
            if not (viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)):
                return False
        parent = None if parent.isWindow() else parent.parentWidget()
    return True


def damaged_database_unlock(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, passphrase: str,
                            size: float | None = None) -> UnlockWidget:
    """The unlock window of ``store``'s database cut short (a copy interrupted, a stick pulled out), in
    ``lang`` (at text size ``size``), after its passphrase was typed: it has said the file is damaged
    and offers Restore from a backup…."""
    path = Path(store.path)
    store.close()
    path.write_bytes(path.read_bytes()[:40_000])
    manager.set_language(lang)
    if size is not None:
        manager.set_font_size(size)
    unlock = show_unlock(path, manager, {})
    assert isinstance(unlock, UnlockWidget)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    return unlock


def assert_words_whole_in_sight(page: QWidget, words: QLabel, view: QAbstractScrollArea) -> None:
    """``words`` shown, as tall as their lines need, inside ``view``'s viewport, and wholly in sight once the
    page's frame is scrolled to them."""
    assert words.isVisible() and words.text()
    assert words.height() >= words.heightForWidth(words.width()), (words.height(), words.heightForWidth(words.width()))
    viewport = view.viewport()
    assert viewport.rect().contains(words.geometry()), (viewport.rect(), words.geometry())
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea)
    frame.ensureWidgetVisible(words, 0, 0)
    settle()
    assert words.visibleRegion().boundingRect() == words.rect()  # in sight once the page's frame is scrolled


def cut_in_scroll_area(area: QScrollArea, fields: list[QWidget]) -> list[str]:
    """The accessible names of ``fields`` (shown, in ``area``) that its view ends across: partly in
    sight, partly not (a person sees a sliver of a box and cannot tell what it is)."""
    viewport = area.viewport()
    cut = []
    for field in fields:
        if not field.isVisible():
            continue
        top = field.mapTo(viewport, QPoint(0, 0)).y()
        bottom = top + field.height()
        if top < 0 < bottom or top < viewport.height() < bottom:
            cut.append(field.accessibleName() or field.objectName() or type(field).__name__)
    return cut


def page_scrolls(page: QWidget) -> int:
    """How far a main-window page's frame scrolls (0: the whole page is in sight)."""
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QAbstractScrollArea)
    return frame.verticalScrollBar().maximum()


def whole_in_frame(page: QWidget, widget: QWidget) -> bool:
    """``widget`` is shown whole within the page's frame and every scroll area it stands in."""
    frame = page.parentWidget()
    assert frame is not None
    top = widget.mapTo(frame, QPoint(0, 0)).y()
    return widget.isVisible() and in_view(widget) and top >= 0 and top + widget.height() <= frame.height()


def end_of_study_offer(ctx: AppContext, qtbot: QtBot) -> tuple[QWidget, QuestionDialog]:
    """The end-of-study offer, as at start-up once the retention period has ended (three names and a
    signature stored), opened over a window of its own: (that window, the offer)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    day = dt.date(2026, 3, 5)
    box = retention_offer.offer(ctx, parent, retention.RetentionStatus(
        months=12, last_session=day, due_on=day, due=True, names=3, images=1))
    assert box is not None
    return parent, box
