"""Qt's file dialog names a folder's type in Arabic and Kurdish, not "Folder".

The Open/Save dialogs (team files, bundles, exports) list the folder's contents with a Type column.
Qt 6 takes a folder's type from QAbstractFileIconProvider ("Folder", "File Folder" on Windows,
"Drive", "Shortcut"); Qt's qtbase_ar has those words only under Qt 5's contexts and Qt ships no
Kurdish, so every folder in an Arabic or Kurdish file dialog read "Folder" in English. Our
qtbase_ar_extra.ts and qtbase_ckb.ts now carry them (the keys checked against Qt's own lookups)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager

# What Qt 6's QAbstractFileIconProvider::type() asks, with its comments (qabstractfileiconprovider.cpp).
KEYS = [("Drive", None), ("File", None), ("File Folder", "Match Windows Explorer"),
        ("Folder", "All other platforms"), ("Shortcut", "All other platforms")]


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_type_word_is_translated(manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    english = [source for source, comment in KEYS
               if QCoreApplication.translate("QAbstractFileIconProvider", source, comment) == source]
    assert not english, english


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_folder_in_the_file_dialog_is_named_in_the_language(manager: LanguageManager, qtbot: QtBot,
                                                              tmp_path: Path, lang: str) -> None:
    manager.set_language(lang)
    (tmp_path / "stick").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "stick")).isValid()
                    and model.rowCount(model.index(str(tmp_path))) == 1, timeout=10_000)
    folder = model.index(str(tmp_path / "stick"))
    type_column = next(c for c in range(model.columnCount(QModelIndex()))
                       if model.headerData(c, Qt.Orientation.Horizontal) in
                       (QCoreApplication.translate("QFileSystemModel", "Type", "All other platforms"),
                        QCoreApplication.translate("QFileSystemModel", "Type", "Match Windows Explorer")))
    shown = model.data(folder.siblingAtColumn(type_column))
    assert shown and not any("a" <= ch.lower() <= "z" for ch in shown), shown
