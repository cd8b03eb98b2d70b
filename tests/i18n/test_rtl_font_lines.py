"""In every language each line of the interface font is as tall as a line of Arabic letters.

Noto Naskh Arabic, the letters' font, has no hyphen; the hyphen came from the next family, Noto Sans
Arabic, whose lines are a quarter taller, so a line holding a hyphen (a bundle's file name, a participant
code, "2023-2024") was taller than the others, and Qt's item views, which draw each wrapped line as tall
as the first, cut such an item after its first line (the Sync page's refusals lost their reason at 20
and 24 points). Latin letters and punctuation now come from our bundled Noto Sans, whose lines are
shorter than Naskh's.

English too, where the system's family is only a name for others ("Sans Serif" offscreen and on a Linux
without a desktop's settings): Qt passes over it, Naskh sets the line, and the hyphen came from Noto Sans
Arabic there as well (tests/ui/test_english_rows_with_a_hyphen.py: the rows it made taller).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui import qt_i18n

TEXTS = ["ناو ناو", "ناو-ناو", "erbil-newer.majlis: ناو", "BSR-FG01-P01 ناو", "ناو (ناو) «ناو»", "2023-2024 ناو",
         "Re-run", "basra-3.majlis (120 changes)", "2023-2024", "Words, words: (words) / words?"]


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
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
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
    assert families[1:] == [qt_i18n.ARABIC_FAMILY, qt_i18n.LATIN_FAMILY, qt_i18n.ARABIC_UI_FAMILY]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_no_latin_character_drawn_from_noto_sans_arabic(qapp: QApplication, lang: str) -> None:
    """What the first families lack comes from Noto Sans before Noto Sans Arabic, in every language."""
    qt_i18n.load_fonts()
    layout = QTextLayout("basra-3.majlis, 2023-2024 (Re-run)", qt_i18n.ui_font(lang, 20.0))
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    assert qt_i18n.ARABIC_UI_FAMILY not in {run.rawFont().familyName() for run in layout.glyphRuns()}
