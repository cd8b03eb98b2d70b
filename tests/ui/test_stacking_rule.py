"""A row of fields (``StackingRow``) and a list beside its record (``StackingSplitter``) turn from side by
side to one above the other by one rule (desktop/ui/widgets/stacking.py): across while their width
holds every shown part at its least width with the gaps between; down one pixel narrower. Down they ask
for their widest part's width only. A hidden part counts for nothing. The two carried that rule each
in a copy of their own; they now share it, and this pins it for both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets import stacking
from desktop.ui.widgets.stacking_row import ACROSS, DOWN, StackingRow
from desktop.ui.widgets.stacking_splitter import StackingSplitter


def _parts() -> list[QWidget]:
    wide = QPushButton("A button with a long caption")
    narrow = QLabel("Short")
    fixed = QLabel("x")
    fixed.setMinimumWidth(150)  # a minimum size above its (empty) minimum size hint counts
    return [wide, narrow, fixed]


Made = tuple[QWidget, list[QWidget], int]  # the widget, its parts, the gap between two parts
HOSTS: list[QWidget] = []


def _host(qtbot: QtBot, widget: QWidget) -> None:
    """In a window with no layout, so that the widget may be made as narrow as a test wants."""
    host = QWidget()
    HOSTS.append(host)  # kept until the test ends: the widget goes with it
    qtbot.addWidget(host)
    widget.setParent(host)
    host.resize(2000, 400)
    host.show()


def _row(qtbot: QtBot) -> Made:
    parts = _parts()
    row = StackingRow([(w, 0) for w in parts])
    _host(qtbot, row)
    return row, parts, row.box.spacing()


def _splitter(qtbot: QtBot) -> Made:
    parts = _parts()
    splitter = StackingSplitter()
    for w in parts:
        splitter.addWidget(w)
    _host(qtbot, splitter)
    return splitter, parts, splitter.handleWidth()


def _across(widget: QWidget) -> bool:
    if isinstance(widget, StackingRow):
        assert widget.box.direction() in (ACROSS, DOWN)
        return widget.box.direction() == ACROSS
    assert isinstance(widget, StackingSplitter)
    return widget.orientation() == Qt.Orientation.Horizontal


@pytest.mark.parametrize("make", [_row, _splitter], ids=["row", "splitter"])
def test_across_while_the_parts_fit_side_by_side_down_one_pixel_narrower(qtbot: QtBot,
                                                                           make: Callable[[QtBot], Made]) -> None:
    HOSTS.clear()
    widget, parts, gap = make(qtbot)
    widget.show()
    widths = [w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in parts]
    assert widths[2] == 150
    need = sum(widths) + max(gap, 0) * 2
    assert stacking.across_width(parts, gap) == need
    assert widget.minimumSizeHint().width() == max(widths) == stacking.down_width(parts)

    widget.resize(need, 300)
    qtbot.waitUntil(lambda: widget.width() == need)
    assert _across(widget) and stacking.stands_across(widget.width(), parts, gap)
    widget.resize(need - 1, 300)
    qtbot.waitUntil(lambda: not _across(widget))
    assert not stacking.stands_across(widget.width(), parts, gap)
    widget.resize(need, 300)
    qtbot.waitUntil(lambda: _across(widget))

    parts[0].hide()  # a hidden part takes no room: the rest fit across in less
    rest = widths[1] + widths[2] + max(gap, 0)
    widget.resize(rest, 300)
    qtbot.waitUntil(lambda: widget.width() == rest)
    qtbot.waitUntil(lambda: _across(widget))
    assert widget.minimumSizeHint().width() == max(widths[1:])


def test_a_part_without_a_size_hint_goes_down_without_a_negative_height(qtbot: QtBot, qtlog: Any) -> None:
    """A bare widget (no layout) has no size hint, its height -1: down, the splitter asked Qt for a least
    height of -1, and Qt warned "Negative sizes" each time the splitter turned."""
    bare = QWidget()
    splitter = StackingSplitter()
    splitter.addWidget(QLabel("Short"))
    splitter.addWidget(bare)
    _host(qtbot, splitter)
    splitter.resize(2000, 200)
    splitter.resize(10, 200)  # too narrow for both side by side: down
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    assert bare.minimumHeight() == 0
    assert not [r.message for r in qtlog.records if "Negative sizes" in r.message]
