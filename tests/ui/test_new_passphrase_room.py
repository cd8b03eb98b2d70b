"""Settings → Change passphrase… and Sync → Export team key… in Kurdish and Arabic at 20 points: beside
labels as long as "Repeat the new passphrase:" the fields were a narrow column (a passphrase of four words
showed its last third), and the intro and the warning were squeezed into the height the dialog opened
with, cut at the top and bottom; the dialogs grew past the screen's height once the strength line showed.

Now each passphrase field has room for a passphrase of ``PASSPHRASE_CHARS`` characters, its label beside
it where the dialog is wide enough for both and above it where it is not; the words above the buttons
scroll where the screen is too short for them, the buttons always in sight. The first-run wizard's page
(the same form) keeps its room too. Real widgets, a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QStyle, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.new_passphrase import NewPassphraseFields
from desktop.ui.widgets.screen_fit import room
from desktop.ui.widgets.scroll_frame import ScrolledText
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import settings_page

PASSPHRASE_CHARS = 16  # three short words and their spaces, masked (a bullet is wider than a letter)


def _open(which: str, lang: str, ctx: AppContext, qtbot: QtBot) -> QDialog:
    if which == "change":
        page = settings_page(ctx, qtbot, lang)
        ctx.language.set_font_size(20.0)
        dialog: QDialog = page.passphrase_box.open_dialog()
    else:
        ctx.language.set_language(lang)
        ctx.language.set_font_size(20.0)
        dialog = KeyFilePassphraseDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def _shows_whole(field: QLineEdit, chars: int) -> bool:
    """A masked passphrase of ``chars`` characters fits in ``field`` without scrolling sideways."""
    bullet = chr(field.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None, field))
    return QFontMetrics(field.font()).horizontalAdvance(bullet * chars) <= field.contentsRect().width() - 8


def _in_view(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (top_left.x() >= 0 and top_left.y() >= 0 and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


def _fields(fields: NewPassphraseFields) -> list[QLineEdit]:
    named = [label.buddy() for label in fields.findChildren(QLabel) if isinstance(label.buddy(), QLineEdit)]
    return [field for field in named if isinstance(field, QLineEdit) and field.isVisible()]


@pytest.mark.parametrize(("which", "lang"), [("change", "ckb"), ("key_file", "ckb"), ("change", "ar"),
                                             ("key_file", "ar")])
def test_at_20_points_each_field_has_room_and_the_dialog_fits(
        which: str, lang: str, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _open(which, lang, ctx, qtbot)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None
    type_text(fields.new, "password1")  # the strength line and the differ line shown: the longest form
    type_text(fields.again, "password2")
    settle()
    shown = _fields(fields)
    assert len(shown) == (3 if which == "change" else 2)
    for field in shown:
        assert _shows_whole(field, PASSPHRASE_CHARS), f"{field.objectName()}: {field.width()} wide"
    most = room(dialog)
    assert dialog.width() <= most.width() and dialog.height() <= most.height(), (dialog.size(), most)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible() and _in_view(buttons, dialog)
    for label in fields.findChildren(QLabel):  # each label whole, and still naming its field
        if label.isVisible() and isinstance(label.buddy(), QLineEdit):
            assert label.width() >= label.sizeHint().width(), label.text()
            assert "&" in label.text()


def test_the_wizard_s_fields_keep_their_room_at_20_points(manager: LanguageManager, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    settle()
    page = wizard.passphrase_page
    for field in (page.first, page.second):
        assert _shows_whole(field, PASSPHRASE_CHARS), f"{field.objectName()}: {field.width()} wide"


@pytest.mark.parametrize("which", ["change", "key_file"])
def test_a_refusal_is_brought_into_sight(which: str, qtbot: QtBot, ctx: AppContext) -> None:
    """The refusal's line is the last of the part that scrolls: pressing OK with nothing typed showed it
    below the part's edge, and OK seemed to do nothing."""
    dialog = _open(which, "ckb", ctx, qtbot)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as short as a laptop's screen makes it
    settle()
    area = dialog.findChild(ScrolledText)
    assert area is not None and area.verticalScrollBar().maximum() > 0  # the part scrolls
    error = dialog.findChild(FieldError, "change_passphrase_error" if which == "change" else
                             "key_file_passphrase_error")
    assert error is not None
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.isVisible() and error.error() != "")

    def in_sight() -> bool:
        top = error.mapTo(area.viewport(), error.rect().topLeft()).y()
        return top >= 0 and top + error.height() <= area.viewport().height()

    qtbot.waitUntil(in_sight)


def test_where_the_dialog_is_narrow_the_labels_stand_above(qtbot: QtBot, ctx: AppContext) -> None:
    """Too narrow for a label and a field of that room side by side (a small screen, a dialog made
    narrower): each label above its field, the field across the form; Tab still goes field to field."""
    dialog = _open("change", "ckb", ctx, qtbot)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    settle()
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None and fields.labels_above
    shown = sorted(_fields(fields), key=lambda field: field.mapTo(fields, field.rect().topLeft()).y())
    for field in shown:
        label = next(label for label in fields.findChildren(QLabel) if label.buddy() is field)
        assert label.mapTo(fields, label.rect().bottomLeft()).y() < field.mapTo(fields, field.rect().topLeft()).y()
        assert field.width() >= 0.9 * fields.width()
    shown[0].setFocus()
    qtbot.waitUntil(shown[0].hasFocus)
    for field, following in zip(shown, shown[1:], strict=False):
        assert QApplication.focusWidget() is field
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    dialog.resize(fields.beside_width() + 200, dialog.height())  # a wide screen: beside them again
    settle()
    assert fields.labels_above is False
    for field in shown:
        label = next(label for label in fields.findChildren(QLabel) if label.buddy() is field)
        label_y = label.mapTo(fields, label.rect().topLeft()).y()
        field_y = field.mapTo(fields, field.rect().topLeft()).y()
        assert field_y <= label_y < field_y + field.height()  # on one row
        assert _shows_whole(field, PASSPHRASE_CHARS)
