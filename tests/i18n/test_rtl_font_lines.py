"""In Arabic and Kurdish every line of the interface font is as tall as a line of Arabic letters.

Noto Naskh Arabic, the letters' font, has no hyphen; the hyphen came from the next family, Noto Sans
Arabic, whose lines are a quarter taller, so a line holding a hyphen (a bundle's file name, a participant
code, "2023-2024") was taller than the others, and Qt's item views, which draw each wrapped line as tall
as the first, cut such an item after its first line (the Sync page's refusals lost their reason at 20
and 24 points). Latin letters and punctuation now come from our bundled Noto Sans, whose lines are
shorter than Naskh's.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui import qt_i18n

TEXTS = ["ناو ناو", "ناو-ناو", "erbil-newer.majlis: ناو", "BSR-FG01-P01 ناو", "ناو (ناو) «ناو»", "2023-2024 ناو"]


def line_heights(text: str, font: QFont) -> list[float]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    heights = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(100_000)
        heights.append(line.height())
    layout.endLayout()
    return heights


@pytest.mark.parametrize("size", [None, 20.0, 24.0])
@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_line_is_as_tall_as_a_line_of_letters(qapp: QApplication, lang: str, size: float | None) -> None:
    qt_i18n.load_fonts()
    font = qt_i18n.ui_font(lang, size)
    letters = line_heights("ناو ناو", font)
    assert len(letters) == 1
    for text in TEXTS:
        assert line_heights(text, font) == letters, text


def test_the_hyphen_drawn_from_the_bundled_latin_font(qapp: QApplication) -> None:
    qt_i18n.load_fonts()
    layout = QTextLayout("ناو-ناو", qt_i18n.ui_font("ckb", 24.0))
    layout.beginLayout()
    layout.createLine().setLineWidth(1000)
    layout.endLayout()
    families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert families == {qt_i18n.ARABIC_FAMILY, qt_i18n.LATIN_FAMILY}


def test_english_keeps_the_system_font_first(qapp: QApplication) -> None:
    qt_i18n.load_fonts()
    families = qt_i18n.ui_font("en").families()
    assert families[1:] == [qt_i18n.ARABIC_FAMILY, qt_i18n.ARABIC_UI_FAMILY]
