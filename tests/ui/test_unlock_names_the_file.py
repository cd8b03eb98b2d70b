"""The first-run wizard's "Open an existing database…" left for an unlock window that did not say
which file it was to open: a facilitator who chose the wrong copy on a USB stick (an old backup, a
colleague's) typed its passphrase blind. The unlock window now names the file it opens, its file name
on a line under the heading, the whole path (the folder) in that line's tooltip; so does the window
started on the database opened last, and the window switched to another file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import app
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.stores import fresh_store

PASSPHRASE = "the Erbil laptop's passphrase 7"


def naming(window: QWidget, path: Path) -> list[QLabel]:
    """The labels on screen that name ``path``'s file, with its folder in their tooltip."""
    return [label for label in window.findChildren(QLabel)
            if label.isVisible() and path.name in label.text() and str(path.parent) in label.toolTip()]


def database_on_a_stick(tmp_path: Path, name: str) -> Path:
    stick = tmp_path / "USB" / "فلاشی هەولێر"
    stick.mkdir(parents=True, exist_ok=True)
    path = stick / name
    fresh_store(path, PASSPHRASE, "Erbil laptop").close()
    return path


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_unlock_window_from_the_wizard_names_the_file(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    manager.set_language(lang)
    chosen = database_on_a_stick(tmp_path, "erbil.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(chosen), "")))
    holder: dict[str, Any] = {}
    wizard = app.show_wizard(manager, holder)
    qtbot.addWidget(wizard)
    button = wizard.findChild(QPushButton, "open_existing_database")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = holder["unlock"]
    assert isinstance(window, UnlockWidget)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    named = naming(window, chosen)
    assert len(named) == 1, [(label.text(), label.toolTip()) for label in window.findChildren(QLabel)]
    # The name whole, left to right in a Kurdish line too (".db" stays at its end), on the side where the
    # window's lines start (it was at the left of the Kurdish window).
    line = named[0]
    assert "\u2066" in line.text() and line.width() >= line.sizeHint().width()
    left, right = ink_columns(line)
    if lang == "ckb":
        assert line.width() - right < 8 and left > line.width() // 3, (left, right, line.width())
    else:
        assert left < 8 and right < line.width() * 2 // 3, (left, right, line.width())


def ink_columns(label: QLabel) -> tuple[int, int]:
    """The first and last columns of pixels the label's text is drawn in."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [x for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y) != background]
    assert columns, "nothing drawn"
    scale = image.width() / label.width()
    return int(min(columns) / scale), int(max(columns) / scale)


def test_every_unlock_window_names_its_file(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Started on the database opened last; then switched with "Open another database…"."""
    manager.set_language("ar")
    last = database_on_a_stick(tmp_path, "basra.db")
    other = database_on_a_stick(tmp_path, "erbil-copy.db")
    window = app.show_unlock(last, manager, {})
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    assert len(naming(window, last)) == 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(other), "")))
    assert window.other_database_button is not None
    qtbot.mouseClick(window.other_database_button, Qt.MouseButton.LeftButton)
    assert window.db_path() == other
    assert not naming(window, last) and len(naming(window, other)) >= 1
