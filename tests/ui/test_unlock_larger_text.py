"""The unlock window at the largest text size (Settings → Font size, 24 points), as every start and
every idle lock shows it to a person who needs large text.

The window kept its 560x360 size, its column 460 pixels wide, and grew only to its layout's smallest
height, which Qt counts without the lines a word-wrapped label needs at its width: the lines were
squeezed over each other (the hint under the heading, the reason under the passphrase field, the
Caps Lock advice cut in half) and "Make a new database instead…" was cut at both ends. Now the column
widens with the text, the window grows to the height its lines need (within the screen), and where
the screen is shorter than that, the column scrolls instead of drawing its lines over each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.screen_fit import room
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.stores import fresh_store  # create_store's database, copied from a template made once per process


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["ckb", "ar"])
@pytest.mark.parametrize("size", [24.0, None])
def test_every_line_of_the_unlock_window_shows_whole(lang: str, size: float | None, manager: LanguageManager,
                                                     qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "majlis.db"
    fresh_store(path, PASSPHRASE, "laptop").close()
    manager.set_language(lang)
    manager.set_font_size(size)
    window = show_unlock(path, manager, {}, offer_new=True, missing=tmp_path / "USB هەولێر" / "field.db")
    qtbot.addWidget(window)
    window.passphrase.setText(PASSPHRASE + "x")  # wrong: the longest reason (Caps Lock) under the field
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    settle()
    assert window.error.error()
    assert window.height() <= room(window).height()  # within the screen, its bottom in reach
    shown = [w for w in (window.heading, window.hint, window.note, window.passphrase, window.error, window.button,
                         window.new_database_button) if w is not None and w.isVisible()]
    assert len(shown) == 7
    for widget in shown:
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            assert widget.height() >= need, (widget.objectName() or widget.text()[:30], widget.height(), need)
        if isinstance(widget, QPushButton):
            assert widget.width() >= widget.sizeHint().width(), (widget.text(), widget.width(), widget.sizeHint())
    view = window.findChild(QScrollArea, "unlock_scroll")
    assert view is not None
    seen = QRect(view.viewport().mapTo(window, QPoint(0, 0)), view.viewport().size())
    for widget in (window.passphrase, window.error):  # where it scrolls: the field and its reason in view
        assert seen.contains(_rect(widget, window)), (widget, seen, _rect(widget, window))
    rects = [_rect(w, window) for w in shown]
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top(), (above, below)  # one under the other, none over another
