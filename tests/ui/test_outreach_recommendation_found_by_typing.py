"""The Outreach form's Recommendation box is narrowed by typing, as its Organisation box is: a centre with
dozens of recommendations scrolled one long list of numbered titles. What is typed lists the titles
holding it anywhere, folded as the app's filters fold Arabic; a typed title that is no recommendation's
is refused in one line, in sight and nothing stored, the box focused (it stored no recommendation at all
before, the typed words dropped without a word)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core import recommendations
from tests.outreach_typing import events, outreach_tab, type_keys
from tests.recommendations_page import settle
from tests.ui_helpers import in_view

TARGET = "حماية بيانات المشاركين في المسوح"


def _refused() -> str:
    return QCoreApplication.translate(
        "RecommendationsPage", "No recommendation has the title typed: choose one from the list under the box, "
        "or leave it empty for none.")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
def test_forty_recommendations_narrowed_by_typing(ctx: Any, qtbot: Any) -> None:
    with ctx.store.transaction() as s:
        for n in range(39):
            recommendations.create(s, {"title_ar": f"تحسين الخدمات العامة في المحافظة {n}"})
        target_id = recommendations.create(s, {"title_ar": TARGET}).id
    ctx.language.set_language("ar")
    try:
        page = outreach_tab(ctx, qtbot)
        box = page.o_rec
        qtbot.waitUntil(lambda: box.count() == 41, timeout=10_000)
        assert box.isEditable() and box.currentData() == ""  # none, until chosen
        edit = box.lineEdit()
        assert edit.text() == "" and edit.placeholderText() == QCoreApplication.translate(
            "RecommendationsPage", "— none —")
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        type_keys(edit, "بيانات")
        completer = box.completer()
        popup = completer.popup()
        assert popup is not None
        qtbot.waitUntil(popup.isVisible, timeout=5_000)
        offered = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
        assert len(offered) == 1 and offered[0].endswith(TARGET)  # one of 40, numbered
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        settle()
        assert box.currentData() == target_id
        page.o_title.insert("أ لقاء مع اللجنة")
        page.o_add.click()
        qtbot.waitUntil(lambda: len(events(ctx, "recommendation_ids")) == 1, timeout=10_000)
        assert events(ctx, "recommendation_ids") == [[target_id]]
        qtbot.waitUntil(lambda: page.o_title.text() == "", timeout=10_000)
        # A title that is no recommendation's: one line, nothing stored, the box focused.
        box.setEditText("توصية لا وجود لها")
        page.o_title.setText("ب لقاء آخر")
        page.o_add.click()
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=5_000)
        assert page.o_error.text() == _refused()
        assert in_view(page.o_error)
        settle()
        assert len(events(ctx, "recommendation_ids")) == 1
        qtbot.waitUntil(lambda: QApplication.focusWidget() in (box, box.lineEdit()), timeout=5_000)
        assert page.o_title.text() == "ب لقاء آخر"  # kept
        box.setEditText("")  # emptied: none
        page.o_add.click()
        qtbot.waitUntil(lambda: len(events(ctx, "recommendation_ids")) == 2, timeout=10_000)
        assert events(ctx, "recommendation_ids") == [[target_id], []]
    finally:
        ctx.language.set_language("en")
