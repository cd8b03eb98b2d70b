"""Import text… on a 1366x768 laptop at 150 % (895x424 logical pixels, tests/laptop_screen.py): the text,
the speaker labels and the turns one above the other left the labels' list one row (a label's speaker
list half cut under the header) and the turns' about two and a half. In a short window the text now
stands beside the preview (on the reading side), the file's buttons above the text and Import and
Cancel under the preview, with splitter handles between the parts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.focus_group import import_text_parts
from desktop.ui.focus_group.import_text_dialog import ImportTextDialog
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.ui.test_fg_import_text import CKB, _dialog, seated
from tests.ui.test_recording_fg_editor import open_editor

__all__ = ["seated"]

LAPTOP = (895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels
TEXT = CKB + CKB.replace("١", "٣")  # six labels, ten turns


def _whole_rows(table: QTableWidget) -> int:
    return table.viewport().height() // table.rowHeight(0)


def _in(dialog: QWidget, widget: QWidget) -> QRect:
    place = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
    assert dialog.rect().contains(place), (widget.objectName(), place, dialog.size())
    return place


def _open(ctx: AppContext, qtbot: QtBot, sid: str) -> ImportTextDialog:
    dialog = _dialog(open_editor(ctx, qtbot, sid), qtbot, TEXT)
    assert dialog.labels[1:] and dialog.turn_table.rowCount() == 10
    return dialog


@pytest.mark.parametrize("points", [None, 14.0])
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_labels_and_the_turns_have_room_on_a_laptop(
        lang: str, points: float | None, ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager,
        seated: tuple[str, list[str]]) -> None:
    manager.set_language(lang)
    manager.set_font_size(points)
    try:
        dialog = _open(ctx, qtbot, seated[0])
        smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        dialog.resize(*LAPTOP)
        QApplication.processEvents()
        QApplication.processEvents()  # the parts shared out after the resize
        assert smallest.width() <= LAPTOP[0] and dialog.size() == QSize(*LAPTOP), (smallest, dialog.size())
        # Before: one row of labels and two of turns at the system's size (10 points here), less at 14.
        least_labels, least_turns = (3, 5) if points is None else (2, 3)
        assert _whole_rows(dialog.label_table) >= least_labels, dialog.label_table.viewport().height()
        assert _whole_rows(dialog.turn_table) >= least_turns, dialog.turn_table.viewport().height()
        assert dialog.text_box.viewport().height() >= 6 * dialog.text_box.fontMetrics().lineSpacing()
        text, labels, turns = (_in(dialog, w) for w in (dialog.text_box, dialog.label_table, dialog.turn_table))
        for button in (dialog.import_button, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                       dialog.choose_button, dialog.clear_button):
            _in(dialog, button)
        # Beside each other, the text on the reading side; the labels above the turns.
        assert not text.intersects(labels) and not text.intersects(turns) and labels.bottom() < turns.top()
        if lang == "en":
            assert text.right() < labels.left()
        else:
            assert text.left() > labels.right()
        assert dialog.parts.splitter.orientation() == Qt.Orientation.Horizontal
        dialog.reject()
    finally:
        manager.set_font_size(None)


@pytest.mark.parametrize("points", [20.0, 24.0])
def test_at_the_largest_text_it_opens_within_the_laptop_screen(
        points: float, ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch, seated: tuple[str, list[str]]) -> None:
    """At 24 points the parts one above the other could be no lower than 439 pixels: the window opened
    past the screen's bottom. Turned for the short screen before its first size, it fits."""
    monkeypatch.setattr(screen_fit, "room", lambda _w: QSize(*LAPTOP))
    monkeypatch.setattr(import_text_parts, "room", lambda _w: QSize(*LAPTOP))
    manager.set_language("ckb")
    manager.set_font_size(points)
    try:
        dialog = _open(ctx, qtbot, seated[0])
        QApplication.processEvents()
        assert dialog.width() <= LAPTOP[0] and dialog.height() <= LAPTOP[1], dialog.size()
        for widget in (dialog.import_button, dialog.text_box, dialog.label_table, dialog.turn_table):
            _in(dialog, widget)
        dialog.reject()
    finally:
        manager.set_font_size(None)


def test_in_a_tall_window_the_text_stands_above_the_preview(
        ctx: AppContext, store: Store, qtbot: QtBot, manager: LanguageManager, seated: tuple[str, list[str]]) -> None:
    manager.set_language("ckb")
    dialog = _open(ctx, qtbot, seated[0])
    dialog.resize(780, import_text_parts.SHORT)
    QApplication.processEvents()
    QApplication.processEvents()
    assert dialog.parts.splitter.orientation() == Qt.Orientation.Vertical
    text, labels = _in(dialog, dialog.text_box), _in(dialog, dialog.label_table)
    assert text.bottom() < labels.top()
    assert _whole_rows(dialog.label_table) >= 2 and _whole_rows(dialog.turn_table) >= 3
    dialog.reject()
