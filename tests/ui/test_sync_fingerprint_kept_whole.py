"""A key fingerprint is read out group by group on the phone: in the roster's lines, "This computer's
key fingerprint: …" and the Approve question, a line that wraps must not break it between its groups
of four (half of it at a line's end, the rest at the next line's start, read in the wrong order in an
Arabic or Kurdish line). The groups are joined by no-break spaces; the isolate keeps their order."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from desktop.ui.sync.roster_panel import RosterPanel
from tests.bidi_order import shown_order
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines ``width`` wide as a word-wrapping label or list item breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart(): line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def assert_whole_at_every_width(text: str, fingerprint: str, font: QFont) -> None:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(font)
    least = metrics.horizontalAdvance(fingerprint) + metrics.horizontalAdvance("MM")
    width = least
    while width < metrics.horizontalAdvance(text) + 20:
        lines = [shown_order(line).replace("\u00a0", " ").strip() for line in wrapped_lines(text, font, width)]
        assert any(fingerprint in line for line in lines), (width, lines)
        width += 7


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_fingerprint_never_broken_between_groups(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                 lang: str) -> None:
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    panel: RosterPanel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() >= 2 and panel.own_label.text() != "", timeout=30_000)
    own = panel.own_fingerprint
    assert len(own.split()) == 5
    assert_whole_at_every_width(panel.own_label.text(), own, panel.own_label.font())
    for row, entry in enumerate(panel.entries):
        item = panel.roster_list.item(row)
        assert_whole_at_every_width(item.text(), entry.fingerprint, panel.roster_list.font())
