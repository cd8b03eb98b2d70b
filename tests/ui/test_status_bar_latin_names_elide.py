"""A long Latin team or device name in the Arabic and Kurdish status bar is shortened at its own end.

"الفريق: Basra Civil Society Network…" was drawn with the "…" at the far left of the line, away from
where the name was cut (beside the colon): the name was not isolated from the sentence, and the "…"
that Qt adds at the text's end took the line's direction. The name now stands in a first-strong isolate
(U+2068 … U+2069) inside the translated "Team: %1", and Qt puts the "…" inside it, after the last
letter shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.ui_helpers import main_window

TEAM = "Basra Civil Society Network, southern governorates election monitoring team"
DEVICE = "Basra coordinator laptop number two of the civil society network office"


def visual_x(label: QLabel, text: str) -> list[float]:
    """Where each character of ``text`` is drawn (the middle of its glyphs; -1 for one without any) on
    one line in ``label``'s font and direction."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10**5)
    layout.endLayout()
    xs = []
    for i in range(len(text)):
        boxes = [run.boundingRect() for run in line.glyphRuns(i, 1) if run.glyphIndexes()]
        xs.append(sum(b.center().x() for b in boxes) / len(boxes) if boxes else -1.0)
    return xs


@pytest.mark.parametrize(("lang", "points"), [("ar", 24.0), ("ckb", 24.0), ("ar", None), ("ckb", 20.0)])
def test_the_dots_follow_the_last_letter_shown(lang: str, points: float | None, manager: LanguageManager,
                                              store: Store, qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, lang)
    manager.set_font_size(points)
    try:
        window.ctx.tasks.drain()
        window.resize(1008, 520)
        window._status_read({"device_name": DEVICE, "team": TEAM, "unsent_changes": 12})
        QApplication.processEvents()
        for label, name in ((window.team_label, TEAM), (window.device_label, DEVICE)):
            shown = QLabel.text(label)
            assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
            ellipsis = "…" if "…" in shown else "..."  # Qt's three dots where the font has no "…"
            assert ellipsis in shown and name in label.toolTip(), (shown, label.width())
            xs = visual_x(label, shown)
            at = shown.index(ellipsis)
            dots = min(xs[at:at + len(ellipsis)])
            assert dots >= 0, shown
            latin = [x for x, c in zip(xs, shown, strict=True) if c.isascii() and c.isalpha()]  # no dots
            arabic = [x for x, c in zip(xs, shown, strict=True) if "\u0600" <= c <= "\u06ff"]
            assert latin and arabic, shown
            # The name reads left to right and was cut at its right end: the dots there, between the
            # name's last letter shown and the translated word before it.
            assert max(latin) < dots < min(arabic), (shown, dots, max(latin), min(arabic))
    finally:
        manager.set_font_size(None)
        window.close()
