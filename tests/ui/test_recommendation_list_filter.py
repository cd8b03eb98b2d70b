"""The recommendations list is found again by typing: part of a title (in any of its languages, folded
as the other pages' filters fold Arabic and Kurdish), its number (either kind of digits) or its status.
The list had no filter: a coordinator with dozens of recommendations scrolled for the one to update."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.recommendations_page import DEMO_RECOMMENDATIONS, recommendations_demo_store, recommendations_page

store = recommendations_demo_store()  # the demo the page shows, a copy per test


def test_a_recommendation_found_again_by_typing(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ar", first_shown=False, demo_in_store=True) as page:
        qtbot.waitUntil(lambda: len(page.list_model.rows) == DEMO_RECOMMENDATIONS, timeout=20_000)
        third = page.list_model.rows[2]
        title = page.titles[third.id]["ar"]
        word = max(title.split(), key=len)
        box = page.filter_box
        box.setText(word.replace("ة", "ه"))  # as people type it: ه for ة
        qtbot.waitUntil(lambda: third.id in [r.id for r in page.list_model.rows], timeout=5_000)
        assert all(word in page.titles[r.id]["ar"] or word in page.titles[r.id]["ckb"]
                   or word in page.titles[r.id]["en"] for r in page.list_model.rows)
        assert len(page.list_model.rows) < DEMO_RECOMMENDATIONS
        box.setText("٣")  # its number in Arabic-Indic digits
        qtbot.waitUntil(lambda: [r.number for r in page.list_model.rows] == [3], timeout=5_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))  # chosen from the narrowed list
        qtbot.waitUntil(lambda: page.view.current is not None and page.view.current.number == 3, timeout=10_000)
        box.setText("لا توجد توصية بهذا العنوان")
        qtbot.waitUntil(lambda: page.list_model.rows == [], timeout=5_000)
        said = page.empty_lists.recommendations.text()
        assert said
        assert "New recommendation" not in said and "توصية جديدة" not in said, said  # not "none yet"
        assert page.view.current is not None and page.view.current.number == 3  # the form keeps what it shows
        box.clear()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == DEMO_RECOMMENDATIONS, timeout=5_000)
        assert page.list.currentIndex().row() == 2  # the one shown is chosen in the whole list again


def test_the_filter_comes_before_the_list_by_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ar", focusable=True, demo_in_store=True) as page:
        assert page.filter_box.accessibleName()
        page.list.setFocus()  # where the page is entered (its focus proxy), as the Organisations page's table
        qtbot.waitUntil(page.list.hasFocus)
        qtbot.keyClick(page.list, Qt.Key.Key_Tab)
        focus: QWidget | None = page.focusWidget()
        assert focus is page.filter_box
        qtbot.keyClick(page.filter_box, Qt.Key.Key_Backtab)
        assert page.focusWidget() is page.list
