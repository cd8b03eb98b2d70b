"""The Codebook page at a larger text size on a small screen: each code's name whole, the page within
the window's width.

At 20 points on a 1366x768 laptop at 150 % (895x424 logical pixels for the window) the code tree beside
the code's fields was 193 pixels wide: "Electoral system" showed as "Electora…", "Persons with
disabilities" as "Persons…", the Segments column was out of the tree's side, and the page, its fields
beside their labels, asked 623 pixels of a frame 613 wide: it scrolled sideways. Now a name goes on to
more lines between its words (in its own direction), the count column is as narrow as its numbers
(its heading whole in a tooltip when cut), and the labels stand above their fields where the panel is
narrow.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (895, 424)  # 1366x768 at 150 %, less the task bar and the window's frame
NETBOOK = (1008, 520)
LONG = {"name_en": "Access of persons with disabilities to polling stations in rural districts",
        "name_ar": "وصول الأشخاص ذوي الإعاقة إلى مراكز الاقتراع في الأقضية الريفية",
        "name_ckb": "گەیشتنی کەسانی خاوەن پێداویستی تایبەت بە بنکەکانی دەنگدان لە قەزا گوندنشینەکان"}


def text_fits(tree: QAbstractItemView, index: QModelIndex) -> tuple[bool, str]:
    """Whether ``index``'s words stand whole in the place its row gives them, broken only between words:
    each line no wider than the text's place, all lines within its height."""
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    delegate = tree.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    place = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, tree) + 1
    width = place.width() - 2 * margin
    layout = QTextLayout(option.text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(text_option)
    layout.beginLayout()
    height, widest = 0.0, 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
        height += line.height()
    layout.endLayout()
    fits = widest <= width + 0.5 and height <= place.height() + 0.5
    return fits, f"{option.text!r}: {widest:.0f}x{height:.0f} in {width}x{place.height()}"



@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(("lang", "size", "screen"), [("en", 20.0, LAPTOP_150), ("ckb", 20.0, LAPTOP_150),
                                                      ("ar", 20.0, LAPTOP_150), ("en", 24.0, NETBOOK),
                                                      ("ckb", 18.0, LAPTOP_150)])
def test_every_code_shows_its_name_whole_and_the_page_fits(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                           qtbot: QtBot, lang: str, size: float,
                                                           screen: tuple[int, int],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_store.session() as s:
        top = codebook.create_code(s, **LONG)
        codebook.create_code(s, parent_id=top.id, **{k: f"{v} ({k[-2:]})" for k, v in LONG.items()})
        s.commit()
    window = main_window_on_screen(manager, demo_store, qtbot, lang, size, screen, monkeypatch)
    try:
        window.go_to("codebook")
        window.ctx.tasks.wait(10_000)
        page: Any = window.current_page()
        qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=10_000)
        tree: QTreeView = page.tree
        tree.expandAll()
        settle()
        frame = page.parentWidget().parentWidget()
        assert isinstance(frame, QScrollArea)
        assert page.minimumSizeHint().width() <= frame.viewport().width(), (
            page.minimumSizeHint().width(), frame.viewport().width())
        assert not frame.horizontalScrollBar().isVisible()  # the page does not scroll sideways
        assert not tree.horizontalScrollBar().isVisible()  # nor the tree: its count column within it
        assert window.width() <= screen[0]
        cut, seen = [], 0
        index = tree.model().index(0, 0)
        while index.isValid():
            tree.scrollTo(index)
            settle()
            fits, said = text_fits(tree, index)
            if not fits:
                cut.append(said)
            assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole)  # the tooltip has it whole too
            seen += 1
            index = tree.indexBelow(index)
        assert seen > 10 and not cut, cut
        # The code's names each whole in its field: the labels all above their fields, or all beside them
        # (WrapLongRows put the English name under its label across the panel, the Kurdish one beside its
        # label in a field half as wide, its beginning cut off).
        above = {page.form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().geometry().bottom()
                 <= page.form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget().geometry().top()
                 for r in range(3)}
        assert len(above) == 1, "labels above some fields and beside others"
        for edit in page.names.values():
            margins = edit.textMargins().left() + edit.textMargins().right() + 12  # the frame and a cursor's room
            assert edit.fontMetrics().horizontalAdvance(edit.text()) + margins <= edit.width(), (edit.text(), edit.width())
        header = tree.header()
        count = tree.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert count and count == tree.model().headerData(1, Qt.Orientation.Horizontal)
        numbers = max(tree.fontMetrics().horizontalAdvance(str(tree.model().index(r, 1).data()))
                      for r in range(tree.model().rowCount()))
        assert numbers < header.sectionSize(1) < tree.viewport().width() // 2
    finally:
        manager.set_font_size(None)
