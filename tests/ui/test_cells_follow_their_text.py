"""A cut-off title ends in "…" at its own end, in any interface language.

The English Sessions list showed an Arabic title too long for its column cut at its end (the left)
with its "…" at the right, beside its first word. Each cell's text is now laid out in the direction
of its first strong character and keeps its column's alignment.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.text_direction import TextDirectionDelegate, follow_text, text_direction
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
TITLE = "جلسة بؤرية مع المواطنين في البصرة"


def _ellipsis_beside_first_letter(text: str, direction: Qt.LayoutDirection) -> bool:
    """Whether ``text`` cut to 120 pixels, laid out in ``direction``, shows its "…" beside its first
    letter (where its beginning would seem to be missing) rather than at the other end."""
    font = QFont("Noto Sans")  # whatever size other tests gave the application
    font.setPointSizeF(10.0)
    cut = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, 120)
    assert cut.endswith("\u2026") and len(cut) < len(text), cut
    layout = QTextLayout(cut, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    first, ellipsis = _glyph_x(layout, 0), _glyph_x(layout, len(cut) - 1)
    reading_forward = text_direction(text) == LTR
    return ellipsis < first if reading_forward else ellipsis > first


def _glyph_x(layout: QTextLayout, position: int) -> float:
    """Where the glyph of the character at ``position`` is drawn (its left edge, in the line)."""
    (run,) = layout.glyphRuns(position, 1)
    return min(point.x() for point in run.positions())


def _option(text: str, direction: Qt.LayoutDirection,
            alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            ) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.text, option.direction, option.displayAlignment = text, direction, alignment
    return option


def test_laid_out_in_its_own_direction_the_ellipsis_is_at_the_texts_end(qapp: QApplication) -> None:
    assert _ellipsis_beside_first_letter(TITLE, LTR)  # as the English list drew it
    option = _option(TITLE, LTR)
    follow_text(option)
    assert option.direction == RTL
    assert not _ellipsis_beside_first_letter(TITLE, option.direction)
    english = "Biometric voter cards for every governorate"
    assert _ellipsis_beside_first_letter(english, RTL)  # the same in the Arabic list
    option = _option(english, RTL)
    follow_text(option)
    assert option.direction == LTR and not _ellipsis_beside_first_letter(english, LTR)


def test_the_column_keeps_its_alignment(qapp: QApplication) -> None:
    option = _option(TITLE, LTR)
    follow_text(option)
    horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
    assert horizontal == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    option = _option("Basra", RTL)
    follow_text(option)
    horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
    assert horizontal == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    numbers = _option("1,744", RTL, Qt.AlignmentFlag.AlignRight)  # no strong character: as it was
    follow_text(numbers)
    assert numbers.direction == RTL and numbers.displayAlignment == Qt.AlignmentFlag.AlignRight
    centred = _option(TITLE, LTR, Qt.AlignmentFlag.AlignCenter)  # a centred column stays centred
    follow_text(centred)
    assert centred.direction == RTL and centred.displayAlignment == Qt.AlignmentFlag.AlignCenter


def _cell_direction(view: QAbstractItemView, column: int, wanted: str) -> Qt.LayoutDirection:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, column, QModelIndex())
        if wanted in str(index.data() or ""):
            delegate = view.itemDelegateForIndex(index)
            assert isinstance(delegate, TextDirectionDelegate), type(delegate)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            delegate.initStyleOption(option, index)
            return option.direction
    raise AssertionError(f"no {wanted!r} in column {column}")


@pytest.mark.usefixtures("isolated_settings")
def test_the_lists_of_the_app_lay_each_title_out_in_its_direction(
        manager: LanguageManager, demo_store: Store, qtbot: QtBot) -> None:  # noqa: F811
    manager.set_language("en")
    window = MainWindow(make_context(demo_store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    settle()
    sessions = window.current_page().view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: sessions.model().rowCount() > 0)
    assert sessions.layoutDirection() == LTR
    assert _cell_direction(sessions, 1, "جلسة") == RTL
    assert _cell_direction(sessions, 2, "Focus group") == LTR
    for key, attribute in (("participants", "view"), ("organisations", "view"), ("recommendations", "list"),
                           ("codebook", "tree")):
        window.go_to(key)
        window.ctx.tasks.wait(10_000)
        settle()
        view = getattr(window.current_page(), attribute)
        assert isinstance(view.itemDelegate(), TextDirectionDelegate), key
