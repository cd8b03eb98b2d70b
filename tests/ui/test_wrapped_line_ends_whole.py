"""Word-wrapped labels in Arabic and Kurdish keep the end of every line.

Qt draws a wrapped plain-text label right to left with each line moved left by the width of the
space it broke at: a line that filled the label ran past its left edge, and its last letters were
cut («…XML» drawn «…ML»; found on the survey import's refusal line). At 12 points in Kurdish one
label width in eight cut a line's end, at 20 points in Arabic one in four. Every wrapped label of
the app is now a WordWrapLabel, which keeps a space's width free at the left in right-to-left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui import registry
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.lazy_panel import build_all_parts
from desktop.ui.widgets.word_wrap_label import WordWrapLabel
from desktop.ui.widgets.wrapped_label import WrappedLabel

ARABIC = ("تعذّرت قراءة ملفّ الاستبيان \u2066voter_survey.xlsx\u2069: إنه تالف أو لم يُنزَّل كاملًا. نزّل ملف "
          "التصدير مرة أخرى، ثم استورد ذلك الملف \u2066XML\u2069 من جديد بعد التنزيل.")
KURDISH = ("ئەم بەشدارە ڕەزامەندی داوە بۆ تۆمارکردنی دەنگ و بەکارهێنانی وتەکانی لە ڕاپۆرتەکاندا، بەڵام "
           "ناوی نابێت بڵاو بکرێتەوە.")


def widths_cutting_a_line_end(label: QLabel, text: str) -> list[int]:
    """The label widths (150 to 600 pixels) at which some letter is drawn in the label's leftmost
    pixel column: a right-to-left line's end reaching the edge, where the rest of it is cut off."""
    label.setText(text)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    cut = []
    for width in range(150, 600, 3):
        label.resize(width, label.heightForWidth(width))
        image = label.grab().toImage()
        if any(QColor(image.pixel(0, y)).lightness() < 160 for y in range(image.height())):
            cut.append(width)
    return cut


@pytest.mark.parametrize(("lang", "size", "text"), [("ar", 20.0, ARABIC), ("ckb", 12.0, KURDISH)])
def test_no_line_end_is_cut(manager: LanguageManager, qtbot: QtBot, lang: str, size: float, text: str) -> None:
    manager.set_language(lang)
    manager.set_font_size(size)
    try:
        label = WrappedLabel()  # the app's wrapped status and message lines
        qtbot.addWidget(label)
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert widths_cutting_a_line_end(label, text) == []
        plain = QLabel()  # Qt's own, as every wrapped label was: the check sees the cut
        plain.setWordWrap(True)
        qtbot.addWidget(plain)
        assert len(widths_cutting_a_line_end(plain, text)) > 5
    finally:
        manager.set_font_size(None)


def test_the_room_follows_the_language_and_the_text_size(manager: LanguageManager, qtbot: QtBot) -> None:
    manager.set_language("en")
    label = WordWrapLabel("Saved.")
    qtbot.addWidget(label)
    assert label.contentsMargins().left() == 0  # left to right: Qt's lines keep their room
    manager.set_language("ar")
    QApplication.processEvents()
    space = label.fontMetrics().horizontalAdvance(" ")
    assert label.contentsMargins().left() == space > 0
    manager.set_font_size(24.0)
    try:
        QApplication.processEvents()
        assert label.contentsMargins().left() == label.fontMetrics().horizontalAdvance(" ") > space
    finally:
        manager.set_font_size(None)


def test_every_wrapped_label_of_the_window_keeps_its_line_ends(ctx: AppContext, qtbot: QtBot) -> None:
    """Every page (its tabs and panels built) and a focus group's editor: no wrapped label is Qt's own."""
    demo.generate(ctx.store, sessions=3, seed=5)
    ctx.language.set_language("ar")
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    plain: list[str] = []
    wrapped = 0

    def walk(root: QWidget, where: str) -> None:
        nonlocal wrapped
        for label in root.findChildren(QLabel):
            if label.wordWrap() and label.textFormat() != Qt.TextFormat.RichText:
                wrapped += 1
                if not isinstance(label, WordWrapLabel):
                    plain.append(f"{where}: {type(label.parentWidget()).__name__}/{label.objectName()} {label.text()[:30]!r}")

    for key in registry.page_keys():
        window.go_to(key)
        build_all_parts(window.current_page())
        assert ctx.tasks.drain(20_000)
        walk(window.current_page(), key)
    assert wrapped > 20
    assert plain == []
