"""The conflict dialog on a 1366x768 laptop at 150 % (910x512 logical pixels) with the text at 20 or 24
points: a roundtable's summary of fifteen lines, changed on two laptops in its tenth line.

Each version's box showed about four lines (the explanation, the merge box and the buttons took the
height), and the lines that differ were out of sight in both: the coordinator scrolled each box
separately to find them. The dialog now takes the screen, gives the two versions most of its height,
and brings the first difference into view in both boxes as it opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.sync.conflict_context import ConflictContext, VersionInfo
from desktop.sync.conflicts import ConflictView
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.widgets import screen_fit
from tests.shots import look_folder
from tests.ui_helpers import focused

LAPTOP = (910, 512)  # 1366x768 at 150 %, in logical pixels

LINES = [f"السطر {n}: ناقش المشاركون قانون الانتخابات وتأثيره على تمثيل المرأة في مجالس المحافظات، وأكد ممثل "
         f"منظمة Tammuz أن نظام سانت ليغو المعدل يقلل من فرص المرشحين المستقلين." for n in range(1, 16)]
CHANGED = 10  # the line (from 1) the two laptops changed differently
OTHER = "\n".join(LINES)
CURRENT = "\n".join(line.replace("المرأة", "الشباب والنساء") if n == CHANGED else line
                    for n, line in enumerate(LINES, 1))
CONFLICT = ConflictView(id=1, entity="session", row_id="s", field="summary", version_a="a", version_b="b",
                        value_a=OTHER, value_b=CURRENT, current=CURRENT, status="open", session_id="s")
CONTEXT = ConflictContext(
    place="summary", session_id="s", session_title="طاولة مستديرة حول قانون الانتخابات", speaker="",
    facilitator_speaks=False, section="",
    a=VersionInfo("device-a", "Erbil laptop 2", dt.datetime(2026, 1, 1, 10, 0, tzinfo=dt.UTC), "F3, N1", True),
    b=VersionInfo("device-b", "Basra laptop 1", dt.datetime(2026, 1, 1, 11, 0, tzinfo=dt.UTC), "F2, N4", True))


def open_dialog(qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch, lang: str,
                points: float | None, screen: tuple[int, int] = LAPTOP) -> ConflictDialog:
    """The dialog as the Sync page opens it, on a screen of ``screen`` logical pixels (its size no longer
    follows the window's: no parent needed)."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*screen))
    manager.set_language(lang)
    manager.set_font_size(points)
    dialog = ConflictDialog(CONFLICT, CONTEXT, manager.format_datetime)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(20)
    return dialog


def lines_shown(box: QTextEdit) -> float:
    return box.viewport().height() / box.fontMetrics().lineSpacing()


def difference_shown(box: QTextEdit, words: str) -> bool:
    """Whether ``words`` (in the tenth line) stand inside the box's viewport."""
    found = box.document().find(words)
    assert not found.isNull(), words
    cursor = QTextCursor(found)
    rect = box.cursorRect(cursor)
    return box.viewport().rect().contains(rect.center())


def in_dialog(dialog: ConflictDialog, widget: QWidget) -> bool:
    corner = widget.mapTo(dialog, QPoint(widget.width() - 1, widget.height() - 1))
    return dialog.rect().contains(widget.mapTo(dialog, QPoint(0, 0))) and dialog.rect().contains(corner)


# On 910x512 a line is 46 pixels at 20 points, 54 at 24: the boxes showed one line and a fifth.
@pytest.mark.parametrize(("lang", "points", "least"), [("ar", 20.0, 5), ("ar", 24.0, 5), ("en", 20.0, 5),
                                                       ("en", 24.0, 5), ("ckb", 20.0, 5),
                                                       ("ckb", 24.0, 5)])
def test_the_versions_take_the_room_and_show_their_difference(
        lang: str, points: float, least: int, qtbot: QtBot, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, lang, points)
        dialog.grab().save(str(look_folder() / f"dialog-{lang}-{int(points)}.png"))  # look at them
        assert dialog.width() >= LAPTOP[0] - 20 and dialog.height() >= LAPTOP[1] - 20, dialog.size()
        for box in (dialog.mine, dialog.theirs):
            assert lines_shown(box) >= least, (box.accessibleName(), lines_shown(box))
        assert difference_shown(dialog.mine, "الشباب والنساء")
        assert difference_shown(dialog.theirs, f"السطر {CHANGED}: ناقش المشاركون قانون الانتخابات وتأثيره على تمثيل المرأة")
        for button in dialog.all_buttons():
            assert button.isVisible() and in_dialog(dialog, button), button.text()
        # The boxes are in view (the dialog's part above the buttons scrolls only below its least).
        area = dialog.body_area
        for box in (dialog.mine, dialog.theirs):
            top = box.mapTo(area.viewport(), QPoint(0, 0))
            bottom = box.mapTo(area.viewport(), QPoint(0, box.height() - 1))
            assert area.viewport().rect().contains(top) and area.viewport().rect().contains(bottom)
        # The words above them in view, or scrolled away, by whole lines: none cut in half at the top.
        for words in (dialog.where, dialog.mine_label, dialog.theirs_label, dialog.mine_info, dialog.theirs_info):
            top_y, line = words.mapTo(area.viewport(), QPoint(0, 0)).y(), words.fontMetrics().lineSpacing()
            hidden = min(max(-top_y, 0), words.height())
            assert hidden % line <= 2 or hidden == words.height(), (words.text(), top_y, line, words.height())
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_on_a_narrow_screen_the_versions_stand_one_above_the_other(
        lang: str, qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """Side by side on a screen 600 pixels wide at 20 points, each version's lines held a few words;
    one above the other, each line is as wide as the dialog, and each box still shows three lines."""
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, lang, 20.0, (600, 900))
        dialog.grab().save(str(look_folder() / f"narrow-{lang}-20.png"))
        mine, theirs = dialog.mine.geometry(), dialog.theirs.geometry()
        assert dialog.mine.mapTo(dialog, QPoint(0, 0)).y() != dialog.theirs.mapTo(dialog, QPoint(0, 0)).y()
        assert mine.width() > dialog.width() * 0.8 and theirs.width() > dialog.width() * 0.8
        for box in (dialog.mine, dialog.theirs):
            assert lines_shown(box) >= 3
        assert difference_shown(dialog.mine, "الشباب والنساء")
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_tab_brings_the_edited_text_into_view_three_lines_tall(
        lang: str, qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 24 points on 910x512 the edited text is below the versions: Tab from the other version
    scrolls to it, and it shows three lines (it had one and a half)."""
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, lang, 24.0)
        dialog.activateWindow()
        dialog.theirs.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.theirs)
        QTest.keyClick(dialog.theirs, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.merged
        QApplication.processEvents()
        dialog.grab().save(str(look_folder() / f"edited-{lang}-24.png"))
        area = dialog.body_area
        top = dialog.merged.mapTo(area.viewport(), QPoint(0, 0))
        bottom = dialog.merged.mapTo(area.viewport(), QPoint(0, dialog.merged.height() - 1))
        assert area.viewport().rect().contains(top) and area.viewport().rect().contains(bottom)
        assert lines_shown(dialog.merged) >= 3
    finally:
        manager.set_font_size(None)


def test_tab_reaches_each_version_then_the_edit_and_the_choices(
        qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """From the current text, Tab goes to the other version, the edited text, then the buttons."""
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, "ar", 20.0)
        dialog.activateWindow()
        dialog.mine.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mine)
        reached: list[QWidget | None] = []
        for _ in range(5):
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        assert reached[:5] == [dialog.theirs, dialog.merged, dialog.keep_mine, dialog.keep_theirs, dialog.save_edit]
    finally:
        manager.set_font_size(None)
