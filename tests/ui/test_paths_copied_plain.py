"""A path shown with the marks that keep it left to right (``shown_path``: U+2066 … U+2069 around it,
``ordered_path``: U+200E after a separator between two Arabic or Kurdish names) is copied as the path
itself, by Ctrl+C and by the context menu's Copy: pasted into the file manager's address bar, a mark was
part of a folder's name there ("not found"). Settings' path lines kept the marks out of Ctrl+C but not out
of the menu's Copy (the menu pops up and returns before its Copy is chosen); the first-run wizard's
"database not there" line, a question's path, the survey import's path boxes and the laptop's device id
copied them. Arabic and Kurdish folder names; real widgets, a real SQLCipher store, the real clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.survey_import_dialog import SurveyImportDialog
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard, LanguagePage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.restore_steps import backups_folder, confirmation
from desktop.ui.widgets.plain_copy import plain_copy
from desktop.ui.widgets.question_dialog import QuestionDialog
from desktop.ui.widgets.save_files import put_path, shown_path
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import settings_page

STICK, NAME = "ڕاپۆرتی هەولێر", "مركز البصرة"
MARKS = {"\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"}
team = team_fixture(devices=1)
# The context menus, offscreen.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def stick_store(tmp_path: Path) -> Iterator[Store]:
    folder = tmp_path / "media" / STICK
    folder.mkdir(parents=True)
    store = fresh_store(folder / f"{NAME}.db", PASSPHRASE, "centre")
    yield store
    store.close()


def copied_by_keys(widget: QWidget) -> str:
    QGuiApplication.clipboard().clear()
    QTest.keySequence(widget, QKeySequence.StandardKey.Copy)
    return QGuiApplication.clipboard().text()


def copied_by_menu(widget: QWidget) -> str:
    """The context menu opened as a right click opens it, and its Copy chosen."""
    QGuiApplication.clipboard().clear()
    at = widget.rect().center()
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    (copy,) = [a for a in menu.actions() if a.objectName() == "edit-copy"]
    assert copy.isEnabled()
    menu.close()
    copy.trigger()
    return QGuiApplication.clipboard().text()


def select_in_label(label: QLabel, piece: str) -> None:
    """``piece`` of the label's text selected (as a drag over it selects it)."""
    label.setFocus()
    start = label.text().index(piece)
    label.setSelection(start, len(piece))
    assert label.selectedText() == piece


def test_the_rule_plain_for_a_path_as_shown_for_a_sentence() -> None:
    path = f"/media/{STICK}/{NAME}.db"
    shown = shown_path(path)
    assert MARKS & set(shown)  # the marks are there to take out
    assert plain_copy(shown) == path
    assert plain_copy(shown[3:-2]) == path[2:-1]  # a piece of it, from inside its marks
    assert plain_copy("\u200f" + shown) == path
    sentence = f"Backup written: {shown}."
    assert plain_copy(sentence) == sentence  # a whole sentence as shown: its path kept whole where pasted
    assert plain_copy("کۆپی\u200f") == "کۆپی"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_settings_path_lines_copy_the_path_by_the_menu_too(stick_store: Store, make_ctx: Any, qtbot: QtBot,
                                                           lang: str) -> None:
    page = settings_page(make_ctx(stick_store), qtbot, lang)
    label = page.database_path
    assert MARKS & set(label.text())
    label.setFocus()
    label.setSelection(0, len(label.text()))
    assert copied_by_keys(label) == str(stick_store.path)
    label.setSelection(0, len(label.text()))
    assert copied_by_menu(label) == str(stick_store.path)  # before: with its marks


def test_the_wizards_missing_database_line_copies_the_path(manager: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    manager.set_language("ckb")
    page = LanguagePage(manager)
    qtbot.addWidget(page)
    missing = tmp_path / STICK / f"{NAME}.db"
    page.set_missing(missing)
    page.retranslate()
    page.show()
    label = page.missing_note
    select_in_label(label, shown_path(missing))
    assert copied_by_keys(label) == str(missing)
    select_in_label(label, shown_path(missing)[1:-1])  # from inside the marks, as a drag gives it
    assert copied_by_menu(label) == str(missing)


def test_a_question_copies_its_path(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / STICK / NAME
    box = QuestionDialog(None, "Majlis")
    qtbot.addWidget(box)
    box.setText(f"Replace the file {shown_path(folder)}?")
    box.show()
    select_in_label(box.text_label, shown_path(folder))
    assert copied_by_keys(box.text_label) == str(folder)
    assert copied_by_menu(box.text_label) == str(folder)


def test_the_survey_import_path_boxes_copy_the_path(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    data = tmp_path / STICK / NAME / "استبيان.xlsx"
    put_path(dialog.data_path, data)
    box: QLineEdit = dialog.data_path
    assert MARKS & set(box.text())
    box.setFocus()
    box.selectAll()
    assert copied_by_keys(box) == str(data)
    box.selectAll()
    assert copied_by_menu(box) == str(data)
    box.selectAll()
    QTest.keySequence(box, QKeySequence.StandardKey.Cut)  # typed paths may be cut, and pasted back
    assert QGuiApplication.clipboard().text() == str(data) and box.text() == ""


def test_the_laptops_device_id_copies_as_the_id(team: Team, qtbot: QtBot, make_ctx: Any,
                                                manager: LanguageManager) -> None:
    laptop = team.devices[0]
    ctx = make_ctx(laptop, user_name="facilitator")
    ctx.language.set_language("ar")
    page = open_page(ctx, qtbot)
    label = page.outbox.id_key_label
    qtbot.waitUntil(lambda: laptop.device_id in label.text(), timeout=30_000)
    select_in_label(label, f"\u2066{laptop.device_id}\u2069")  # a double click takes the marks with it
    assert copied_by_keys(label) == laptop.device_id  # pasted into the centre's Register a device…
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_the_restore_question_copies_the_backups_folder(qtbot: QtBot, stick_store: Store) -> None:
    """Where the database in use is kept aside: the folder to go back to it."""
    backup = stick_store.path.parent / f"{NAME}.db.backups" / "نسخة.db"
    parent = QWidget()
    qtbot.addWidget(parent)
    box = confirmation(parent, stick_store.path, backup)
    box.show()
    folder = backups_folder(stick_store.path)
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert isinstance(label, QLabel) and shown_path(folder) in label.text()
    select_in_label(label, shown_path(folder))
    assert copied_by_keys(label) == str(folder)
    assert copied_by_menu(label) == str(folder)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert isinstance(label, QLabel)
    select_in_label(label, shown_path(backup.name)[1:-1])
    assert copied_by_keys(label) == backup.name


def test_the_wizards_message_boxes_copy_their_paths(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    """"Team created": the team file and the team key, the files to hand out and to back up (the wizard's
    own QMessageBox.information, as it is called there)."""
    manager.set_language("ar")
    wizard = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    team_file = tmp_path / STICK / "فريق.majlis-team"
    seen: list[str] = []

    def copy_from_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, copy_from_the_box)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert isinstance(label, QLabel)
        select_in_label(label, shown_path(team_file))
        seen.append(copied_by_keys(label))
        box.accept()

    QTimer.singleShot(0, copy_from_the_box)
    QMessageBox.information(wizard, "Team created", f"Give the team file to each facilitator: {shown_path(team_file)}")
    assert seen == [str(team_file)]


def test_the_arabic_letter_mark_is_a_mark_as_the_others() -> None:
    """plain_copy's marks are the app's one list (desktop/i18n/invisible.py). Its own list knew LRM and
    RLM but not the Arabic letter mark (U+061C), the implicit mark of Arabic script: a path selected with
    one before it was copied with it, and the folder was not found where it was pasted. An override in a
    file's own name is part of the name and stays."""
    path = f"/media/{STICK}/{NAME}.db"
    assert plain_copy("\u061c" + shown_path(path)) == path  # before: "\u061c" + path
    assert plain_copy(shown_path(path) + "\u061c") == path
    assert plain_copy("\u061cکۆپی") == "کۆپی"
    spoofed = f"/media/{STICK}/\u202egpj.exe"
    assert plain_copy(shown_path(spoofed)) == spoofed


def test_a_question_in_arabic_copies_its_path_without_the_arabic_letter_mark(qtbot: QtBot, tmp_path: Path) -> None:
    """A translation may set a path after the Arabic letter mark; selected from just before the path."""
    folder = tmp_path / STICK / NAME
    box = QuestionDialog(None, "Majlis")
    qtbot.addWidget(box)
    box.setText(f"استبدال الملف \u061c{shown_path(folder)}؟")
    box.show()
    select_in_label(box.text_label, f"\u061c{shown_path(folder)}")  # a drag from just before the path
    assert copied_by_keys(box.text_label) == str(folder)  # before: with every mark
    assert copied_by_menu(box.text_label) == str(folder)
