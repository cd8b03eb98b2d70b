"""The roundtable editor's heading names the roundtable, as the focus-group editor's names its group.

Its top bar said only "Roundtable · Draft": on the Attendance, Agenda, Decisions or Action items tab
nothing on screen said which roundtable was open (a facilitator with two sessions of one day open in
turn could add the wrong day's decisions). The heading is now the title, bold and shortened with "…"
where the bar is narrow (whole in its tooltip), following the title as it is typed; a roundtable
without a title is "Roundtable".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.widgets.elided_label import ElidedLabel
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import roundtable_editor

TITLE = "طاولة مستديرة حول قانون انتخابات مجالس المحافظات"


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_heading_is_the_title_on_every_tab(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, title=TITLE)
    editor.resize(1100, 700)
    settle()
    heading = editor.heading
    assert isinstance(heading, ElidedLabel)
    assert heading.text() == TITLE and heading.font().bold()
    assert heading.font().pointSizeF() > editor.font().pointSizeF()
    for index in range(editor.tabs.count()):  # on every tab the same bar above
        editor.tabs.setCurrentIndex(index)
        settle()
        assert heading.isVisible() and heading.text() == TITLE

    title = editor.edits["title"]
    title.selectAll()
    title.del_()
    settle()
    assert heading.text() == QCoreApplication.translate("RoundtableEditor", "Roundtable")
    title.setFocus()
    type_text(title, "جلسة البصرة")
    assert heading.text() == "جلسة البصرة"


def test_a_long_title_is_shortened_with_its_whole_in_the_tooltip(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ckb")
    editor = roundtable_editor(ctx, qtbot, title=TITLE * 3)
    editor.resize(700, 500)
    settle()
    heading = editor.heading
    assert heading.toolTip() == TITLE * 3
    assert editor.width() <= 700 and heading.width() < heading.fontMetrics().horizontalAdvance(TITLE * 3)


@pytest.mark.parametrize(("lang", "title"), [("en", "جلسة البصرة"), ("ckb", "Basra roundtable")])
def test_the_heading_starts_beside_back_whatever_the_titles_direction(ctx: AppContext, qtbot: QtBot, lang: str,
                                                                      title: str) -> None:
    """An Arabic title in the English window stood at the far end of the heading's room, away from Back
    (and a Latin one in the Kurdish window likewise): the heading (the focus-group editor's too) starts where the lines do."""
    from PySide6.QtGui import QImage

    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, title=title)
    editor.resize(1200, 600)
    settle()
    heading = editor.heading
    heading.setMinimumWidth(3 * heading.fontMetrics().horizontalAdvance(title))  # room to stand apart
    settle()
    image = heading.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = image.pixel(0, 0)
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixel(x, y) != background]
    assert inked
    if lang == "en":
        assert min(inked) < heading.width() // 4, (min(inked), heading.width())
    else:
        assert max(inked) > heading.width() * 3 // 4, (max(inked), heading.width())
