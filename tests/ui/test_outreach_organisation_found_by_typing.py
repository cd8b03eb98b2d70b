"""The Outreach form's Organisation box is narrowed by typing. It listed every organisation with no way
to narrow it: a centre with hundreds scrolled one long list for the one a meeting was held with. Now
what is typed lists the names holding it anywhere, folded as the app's other filters fold Arabic
("امل" finds "الأمل"); arrows and Enter choose one; an emptied box is none; a typed name that is no
organisation's is refused in one line, nothing stored, the box focused."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.core.models import Organisation
from tests.outreach_typing import events, outreach_tab, type_keys
from tests.recommendations_page import settle

TARGET = "جمعية الأمل للتنمية"
TWIN = "مؤسسة آمال الرافدين"  # "آمال" folds to "امال", which does not hold "امل": not offered


def _none() -> str:
    return QCoreApplication.translate("RecommendationsPage", "— none —")


def _refused() -> str:
    return QCoreApplication.translate(
        "RecommendationsPage", "No organisation has the name typed: choose one from the list under the box, or "
        "leave it empty for none.")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the pop-up, offscreen
def test_three_hundred_organisations_narrowed_by_typing(ctx: Any, qtbot: Any) -> None:
    with ctx.store.transaction() as s:
        for n in range(298):
            s.add(Organisation(name=f"منظمة المجتمع المدني رقم {n}", kind="cso", governorate=""))
        target, twin = Organisation(name=TARGET, kind="cso", governorate=""), Organisation(
            name=TWIN, kind="cso", governorate="")
        s.add_all([target, twin])
        s.flush()
        target_id = target.id
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == 300
    ctx.language.set_language("ar")
    try:
        page = outreach_tab(ctx, qtbot)
        box = page.o_org
        qtbot.waitUntil(lambda: box.count() == 301, timeout=10_000)
        assert box.isEditable() and box.currentData() == ""  # none, until chosen
        edit = box.lineEdit()
        assert edit.text() == "" and edit.placeholderText() == _none()  # typing starts afresh, not after "none"
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        type_keys(edit, "امل")  # without the hamza, as typed on many keyboards
        completer = box.completer()
        popup = completer.popup()
        assert popup is not None
        qtbot.waitUntil(popup.isVisible, timeout=5_000)
        offered = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
        assert offered == [TARGET]  # one of 300, and not "— none —"
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        settle()
        assert box.currentData() == target_id and box.currentText() == TARGET
        page.o_title.insert("أ لقاء مع الجمعية")
        page.o_add.click()
        qtbot.waitUntil(lambda: len(events(ctx, "organisation_ids")) == 1, timeout=10_000)
        assert events(ctx, "organisation_ids") == [[target_id]]
        qtbot.waitUntil(lambda: page.o_title.text() == "", timeout=10_000)  # the adding's end has come back
        # A name that is no organisation's: one line, nothing stored, the box focused.
        page.o_title.setFocus()
        box.lineEdit().selectAll()
        box.setEditText("منظمة لا وجود لها")
        page.o_title.setText("ب لقاء آخر")
        page.o_add.click()
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=5_000)
        assert page.o_error.text() == _refused()
        assert len(events(ctx, "organisation_ids")) == 1
        qtbot.waitUntil(lambda: QApplication.focusWidget() in (box, box.lineEdit()), timeout=5_000)
        assert page.o_title.text() == "ب لقاء آخر"  # kept
        # The box emptied: none.
        box.setEditText("")
        page.o_add.click()
        qtbot.waitUntil(lambda: len(events(ctx, "organisation_ids")) == 2, timeout=10_000)
        assert events(ctx, "organisation_ids") == [[target_id], []]
        assert box.findText(_none()) == 0  # still offered
        box.setCurrentIndex(box.findData(target_id))
        box.setCurrentIndex(0)  # chosen from the list: the box empty again, none
        assert box.currentText() == "" and box.currentData() == ""
    finally:
        ctx.language.set_language("en")
