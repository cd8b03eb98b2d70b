"""A path in a translated line reads left to right as a whole. In a Kurdish or Arabic line a path
with a Kurdish folder name was laid out by the bidi algorithm piece by piece: the lock screen's
warning about a synced folder showed the data folder as "Majlis/Majlis/هەولێر/home/..." (its end
first). Checked on the real label's laid-out line, and a screenshot kept for a look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.ui_helpers import pieces_left_to_right

FOLDER = "هەولێر"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_data_folder_in_the_synced_folder_warning_reads_left_to_right(
        lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data" / FOLDER / "share"))
    manager.set_language(lang)
    lock = UnlockWidget(lambda _p: None, tmp_path / "Dropbox" / "majlis.db")
    qtbot.addWidget(lock)
    lock.resize(900, 500)
    lock.show()
    note = lock.synced_note
    assert note.isVisible() and note.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert f"data/{FOLDER}/share/Majlis" in note.text()
    assert lock.grab().save(str(tmp_path / f"lock-{lang}.png"))
    assert pieces_left_to_right(note, note.text(), ["data/", FOLDER, "share/Majlis/Majlis"]) == ["data/", FOLDER, "share/Majlis/Majlis"]
