"""Pages of the main window within its width at 20 and 24 points on a 1366x768 laptop at 150 %.

There the window has 895x424 logical pixels and, beside the navigation (262 pixels in English, for
"Recommendations"), a page's frame 613 to 627. Pages whose rows of buttons, fields and lists stood on
one line asked more than that and the whole page scrolled sideways, its far side (at the left in
Arabic and Kurdish) out of sight: the Sessions page 681 (its two buttons and count, its From and To
dates), the Consent page 654 in English and 724 in Kurdish (the title of its box of a participant's
words, "What this participant said, as shown everywhere", on one line), every tab of Reports 653 (the
Retrieval tab's labels beside the code's list and filters), the Organisations page 704 (its form's
labels beside their fields, New organisation beside Save), the Recommendations page's Surveys tab
635 (its answers table beside a column whose Link button alone is 505 pixels), the Sync page's part
that scrolls on its own 657 in 613 (its Join, Export and Open buttons on one line). Each now puts a row's parts
under each other, or a title on more lines, where they do not fit side by side.

At 24 points in English (the navigation 307 pixels wide there, the frame 568) four pages still scrolled
sideways: the Consent page 598 (its register's three filters on one line), the Organisations page 627
(its list beside the form, whose kind's list alone is 401; now the form goes under the list), the
Recommendations page 596 (its list's room for a dozen letters of a title; now ten) and 658 on its other
tabs (Outreach's list beside its form, the labels beside their fields; Surveys' "Link this figure to the
recommendation" on one line: now a WrappedButton, its words on two lines), and the Reports page 602
(584, 585 on its other tabs: its tab names as a list beside the pages, 243 pixels, left them 307 of the
483 they need; now a drop-down list of the names stands above the pages instead, FittingTabs.chooser).
The Settings page too, at 20 and 24 points in English and at 24 in Arabic and Kurdish (739 in 568 in
English at 24: its forms' labels beside their fields; now above them where narrow, LabelsAbove, and the
data box's two buttons a FlowRow).

The Participants page too: its search box as wide as its whole hint (WholeHint) asked 674 pixels in 568 at
24 points in English; the box is now never wider than WINDOW_SHARE of the window, the hint whole in its
tooltip where cut.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QScrollArea,
    QTableView,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150

PAGES = ["sessions", "participants", "consent", "reports", "organisations", "recommendations", "sync", "settings"]


def sideways(window: MainWindow) -> tuple[int, int, list[str]]:
    """The page on screen's least width, its frame's width, and whether the frame, or a scrolling part
    of the page (not a table or a list, whose columns may run on), scrolls sideways."""
    page: Any = window.current_page()
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea)
    least = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
    parts = [a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()
             and not isinstance(a, QAbstractItemView) and a.horizontalScrollBar().isVisible()]
    scrolls = [f"{type(a).__name__}#{a.objectName()}" for a in [frame, *parts] if a.horizontalScrollBar().isVisible()]
    return least, frame.viewport().width(), scrolls


def labels_placed(form: QFormLayout) -> set[bool]:
    """For each row of ``form`` whether its label stands above its field: one value when they are alike."""
    return {form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().geometry().bottom()
            <= form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget().geometry().top()
            for r in range(form.rowCount()) if form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None}


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
@pytest.mark.parametrize("key", PAGES)
@pytest.mark.parametrize("points", [20.0, 24.0])
def test_the_page_does_not_scroll_sideways(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                           qtbot: QtBot, lang: str, key: str, points: float,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*LAPTOP_150))
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(*LAPTOP_150)
        window.show()
        settle()
        window.go_to(key)
        window.ctx.tasks.wait(10_000)
        settle()
        assert window.width() <= LAPTOP_150[0]
        cut: dict[str, tuple[int, int, list[str]]] = {}
        least, room, scrolls = sideways(window)
        if least > room or scrolls:
            cut[key] = (least, room, scrolls)
        for tabs in [t for t in window.current_page().findChildren(QTabWidget) if t.isVisible()][:1]:
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                window.ctx.tasks.wait(10_000)
                settle()
                least, room, scrolls = sideways(window)
                if least > room or scrolls:
                    cut[f"{key}/{i}"] = (least, room, scrolls)
        assert not cut, f"wider than their frame (least, frame, what scrolls sideways): {cut}"
        if key == "reports":  # Retrieval's labels all above their fields or all beside them
            page_: Any = window.current_page()
            page_.tabs.setCurrentWidget(page_.retrieval)
            settle()
            assert len(labels_placed(page_.retrieval.form)) == 1, "labels above some fields and beside others"
        if key == "consent":  # the retention period's sentence in sight, whole, inside its box
            consent_page: Any = window.current_page()
            retention = consent_page.retention
            label = retention.months_label
            assert label.minimumSizeHint().width() <= label.width(), (label.width(), label.minimumSizeHint())
            assert retention.contentsRect().contains(label.geometry()), (label.geometry(), retention.contentsRect())
            heading = consent_page.turns_box.heading  # the title of the participant's words: all its lines
            assert heading.height() >= heading.heightForWidth(heading.width()), (heading.height(), heading.width())
        if key == "recommendations":  # Outreach's list: its dates whole beside the form, or above it
            advocacy: Any = window.current_page()
            advocacy.tabs.setCurrentWidget(advocacy.outreach_panel)
            window.ctx.tasks.wait(10_000)
            settle()
            listed = advocacy.outreach_list
            first = listed.horizontalHeader().sectionSize(0)
            assert listed.viewport().width() >= first, (listed.viewport().width(), first)
        if key == "organisations":  # its list beside the form is narrow: a name cut short is whole in its tooltip
            model = window.current_page().findChild(QTableView).model()
            assert model.rowCount() > 3
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
            # Its form's labels all above their fields or all beside them (WrapLongRows mixed the two: the
            # name beside its label in a field too short for it, the governorate's list set in under its own).
            page: Any = window.current_page()
            assert len(labels_placed(page.form)) == 1, "labels above some fields and beside others"
    finally:
        manager.set_font_size(None)
