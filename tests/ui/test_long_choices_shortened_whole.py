"""A chosen item longer than its drop-down list is drawn shortened with "…", and is whole in the tooltip.

Recommendations → Surveys: the demo survey's title, "المسح الوطني للناخبين 2022 / ڕاپرسیی نیشتمانیی
دەنگدەران 2022", was drawn cut off at the list's edge (its last "2022" a sliver that read as "!"), in
Kurdish, Arabic and English alike: the lists take the column's width, not their longest item's. The
same in a recommendation's evidence (a coded segment's words, on a laptop) and in the Codebook's "Merge
with" list at a larger text size. What the style is given to
draw now fits the list's room, ends with "…" when it is not the whole item, and the whole item is the
tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings  # noqa: F401
from tests.recommendations_page import recommendations_page, settle
from tests.ui_helpers import main_window_on_screen

LAPTOP = (911 - 16, 464 - 40)


def drawn(combo: QComboBox) -> tuple[str, int]:
    """The text the style is given to draw in ``combo``, and the room its edit field has for it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 2
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    return option.currentText, room


def assert_shortened_whole(combo: QComboBox) -> None:
    whole = combo.currentText()
    assert whole
    text, room = drawn(combo)
    assert combo.fontMetrics().horizontalAdvance(text) <= room, (text, room)
    if text != whole:
        # Qt's ellipsis: "…", or "..." in a font without it, after a joiner that keeps an Arabic letter's
        # joined form before it.
        kept = text.removesuffix("…").removesuffix("...").removesuffix("\u200d")
        assert kept != text and whole.startswith(kept) and len(kept) < len(whole), text
        assert combo.toolTip() == whole
    else:
        assert combo.toolTip() in ("", whole)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_survey_title_shortened_whole(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with recommendations_page(ctx, qtbot, lang, first_shown=False) as page:
        page.resize(1180 - 140, 700)
        page.tabs.setCurrentIndex(3)
        tab = page.surveys
        qtbot.waitUntil(lambda: tab.survey.count() > 0 and tab.question.count() > 0, timeout=20_000)
        settle()
        combo = tab.survey
        whole = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(whole) > drawn(combo)[1], "the title fits: nothing to look at"
        assert_shortened_whole(combo)
        for other in (tab.question, tab.group_by, tab.group, tab.recommendation):
            if other.currentText():
                assert_shortened_whole(other)
        # Filled again with its signals blocked (as the tab refills its lists): the tooltip follows what
        # is drawn, not the item chosen before.
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("2022")
        combo.blockSignals(False)
        settle()
        assert drawn(combo)[0] == "2022" and combo.toolTip() in ("", "2022")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(whole)
        combo.blockSignals(False)
        settle()
        assert_shortened_whole(combo)
        page.resize(1600, 700)  # room for the whole title: drawn whole, no tooltip needed
        settle()
        if combo.fontMetrics().horizontalAdvance(whole) <= drawn(combo)[1]:
            assert drawn(combo)[0] == whole


def test_evidence_segment_shortened_whole_on_a_laptop(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ckb") as page:
        page.resize(*LAPTOP)
        view = page.view
        qtbot.waitUntil(lambda: view.segment_combo.count() > 0, timeout=20_000)
        settle()
        for combo in (view.code_combo, view.segment_combo):
            assert_shortened_whole(combo)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("ckb", 20.0, LAPTOP), ("ckb", 24.0, (1008, 520))])
def test_codebook_merge_choice_shortened_whole(manager: LanguageManager, demo_store: Store, qtbot: QtBot,  # noqa: F811
                                              lang: str, size: float, screen: tuple[int, int],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The Codebook's "Merge with" list at a larger text size on a small screen: 118 pixels for
    "دابەشکردنی بازنەکان" (220) at 20 points on a laptop, the name cut off at its edge."""
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    window.go_to("codebook")
    window.ctx.tasks.wait(10_000)
    page = window.current_page()
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=10_000)
    page.tree.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.merge_combo.count() > 0, timeout=10_000)
    settle()
    combo = page.merge_combo
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) > drawn(combo)[1], "it fits: nothing to see"
    assert_shortened_whole(combo)
