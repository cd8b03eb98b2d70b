"""The mouse wheel over a choice box or a number/date box that the person has not clicked into
scrolls the page under it, and leaves the value alone.

Qt's combo and spin boxes take every wheel turn that passes over them: scrolling a long form (the
Settings page at a large text size, a roundtable's details) with the wheel changed the interface
language, the font size, a session's date or a consent form's retention months whenever a box
passed under the pointer, without the person noticing. Windows' own boxes change by the wheel only
once they have the keyboard; ours now do the same."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import demo
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from desktop.ui.widgets.lazy_panel import build_all_parts
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import settings_in_window


def turn_wheel(widget: QWidget, notches: int = -1) -> bool:
    """One turn of the wheel (down by default) with the pointer over the middle of ``widget``: True
    when ``widget`` took it, False when it left it for the widgets under it.

    Qt hands a wheel event that a widget leaves (ignores) to its parent, and so on up to the page's
    scroll area, only for a real wheel (a spontaneous event); one sent from a test stops at the widget
    it is sent to, so what the widget did with it is what is asserted here."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def test_wheel_over_the_settings_boxes_scrolls_the_page(manager: LanguageManager, store: Store,
                                                        qtbot: QtBot) -> None:
    window, page = settings_in_window(manager, store, qtbot, "en")
    window.resize(900, 420)  # a long page in a short window: it scrolls
    window.go_to("settings")
    settle()
    ctx = window.ctx
    window.nav.setFocus()  # the keyboard elsewhere: the person is scrolling, not choosing
    area = scroll_area_of(page.language_combo)
    assert area.verticalScrollBar().maximum() > 0  # the page scrolls: the wheel has somewhere to go
    boxes: list[QWidget] = [page.language_combo, page.digits_combo, page.font_combo, page.idle_spin]
    values = [value_of(b) for b in boxes]
    for box in boxes:
        assert not box.hasFocus()
        assert not turn_wheel(box), box.accessibleName()  # left for the page's scroll area
        settle()
    assert [value_of(b) for b in boxes] == values
    assert ctx.language.language == "en"
    # What the page's frame does with the turn the boxes left it: it scrolls.
    assert turn_wheel(area.viewport())
    assert area.verticalScrollBar().value() > 0


def test_wheel_still_turns_a_box_that_has_the_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("en")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(700, 260)
    page.show()
    settle()
    page.activateWindow()
    page.idle_spin.setFocus()
    qtbot.waitUntil(page.idle_spin.hasFocus)
    before = page.idle_spin.value()
    assert turn_wheel(page.idle_spin, +1)
    settle()
    assert page.idle_spin.value() == before + 1


def test_no_box_takes_the_keyboard_from_the_wheel(ctx: AppContext, qtbot: QtBot) -> None:
    """A box taking the keyboard as the wheel passes over it would then turn by the next notch."""
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    for box in page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox):
        assert box.focusPolicy() & Qt.FocusPolicy.WheelFocus != Qt.FocusPolicy.WheelFocus, box.accessibleName()


def value_of(box: QWidget) -> object:
    if isinstance(box, QComboBox):
        return box.currentIndex()
    if isinstance(box, QAbstractSpinBox):
        return box.text()
    assert isinstance(box, QAbstractSlider)
    return box.value()


def test_no_box_on_any_page_turns_by_a_passing_wheel(ctx: AppContext, qtbot: QtBot) -> None:
    """Every page of the window, its tabs and panels built, and an open roundtable's editor: a wheel
    turn over each box that has not the keyboard leaves its value as it was."""
    demo.generate(ctx.store, sessions=4, seed=11)
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    turned: list[str] = []
    seen = 0

    def try_every_box(root: QWidget, where: str) -> None:
        nonlocal seen
        window.nav.setFocus()
        boxes = [b for b in root.findChildren(QWidget) if isinstance(b, (QComboBox, QAbstractSpinBox, QAbstractSlider))
                 and b.isVisibleTo(root) and b.isEnabled() and not isinstance(b, QScrollBar)]
        for box in boxes:
            assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus, f"{where}: {type(box).__name__} {box.objectName()}"
            for notches in (-1, 1):
                before = value_of(box)
                turn_wheel(box, notches)
                if value_of(box) != before:
                    turned.append(f"{where}: {type(box).__name__} {box.objectName()} {box.accessibleName()}")
            seen += 1

    for key in registry.page_keys():
        window.go_to(key)
        build_all_parts(window.current_page())
        assert ctx.tasks.drain(20_000)
        try_every_box(window.current_page(), key)
    window.go_to("sessions")
    for kind in ("roundtable", "focus_group"):
        with ctx.store.session() as s:
            session_id = s.execute(select(Session.id).where(Session.kind == kind).limit(1)).scalar_one()
        editor = window.open_session(session_id)
        assert editor is not None
        assert ctx.tasks.drain(20_000)
        build_all_parts(editor)
        try_every_box(editor, f"{kind} editor")
        window.close_editor()
    assert seen > 20  # the walk reached the boxes (the pages hold more than twenty)
    assert turned == []
