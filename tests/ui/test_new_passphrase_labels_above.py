"""Settings → Change passphrase… and Sync → Export team key… in Kurdish (and Arabic) at 20 points: the long
labels ("Repeat the new passphrase:") took more than half the dialog beside their fields, which were a
narrow column, the strength line wrapped four lines tall. The shared form (NewPassphraseFields) now puts
every label above its field where beside it the widest would take more than about a third of the width,
the fields across the dialog; beside them where there is room (English at the default size). Only the
places change: Tab goes from field to field as before, each label still names its field (buddy,
mnemonic). Real widgets, a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.sync.team_key_export import KeyFilePassphraseDialog
from desktop.ui.widgets.new_passphrase import NewPassphraseFields
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import settings_page


def _open(which: str, lang: str, size: float | None, ctx: AppContext, qtbot: QtBot) -> QDialog:
    if which == "change":
        page = settings_page(ctx, qtbot, lang)
        if size:
            ctx.language.set_font_size(size)
        dialog: QDialog = page.passphrase_box.open_dialog()
    else:
        ctx.language.set_language(lang)
        if size:
            ctx.language.set_font_size(size)
        dialog = KeyFilePassphraseDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def _in(widget: QWidget, fields: NewPassphraseFields) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(fields, widget.rect().topLeft())
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def _pairs(fields: NewPassphraseFields) -> list[tuple[QLabel, QLineEdit]]:
    """Each label and the field it names, top to bottom."""
    found = [(label, buddy) for label in fields.findChildren(QLabel)
             if isinstance(buddy := label.buddy(), QLineEdit) and fields.isAncestorOf(buddy)]
    return sorted(found, key=lambda pair: _in(pair[1], fields)[1])


@pytest.mark.parametrize(("which", "lang"), [("change", "ckb"), ("key_file", "ckb"), ("change", "ar")])
def test_at_20_points_the_labels_stand_above_fields_across_the_dialog(
        which: str, lang: str, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _open(which, lang, 20.0, ctx, qtbot)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None
    first = _pairs(fields)[0][1]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    type_text(fields.new, "password1")  # the strength line: one line across, not four in a column
    type_text(fields.again, "password2")
    settle()
    pairs = _pairs(fields)
    assert len(pairs) == (3 if which == "change" else 2)
    for label, field in pairs:
        _, label_y, _, label_h = _in(label, fields)
        _, field_y, field_w, _ = _in(field, fields)
        assert label_y + label_h <= field_y, f"{label.text()!r} beside its field"
        assert field_w >= 0.9 * fields.width(), f"{field.objectName()}: {field_w} of {fields.width()}"
        assert label.buddy() is field and "&" in label.text()  # still names its field, with its mnemonic
        assert label.isVisible() and label.width() >= label.sizeHint().width()  # whole, not cut
    assert fields.strength.height() <= 2 * fields.strength.fontMetrics().lineSpacing() + 4
    # Tab from field to field as before: each field, then what follows the form.
    for (_, field), (_, following) in zip(pairs, pairs[1:], strict=False):
        assert QApplication.focusWidget() is field
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following


@pytest.mark.parametrize("which", ["change", "key_file"])
def test_where_there_is_room_the_labels_stay_beside(which: str, qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _open(which, "en", None, ctx, qtbot)
    fields = dialog.findChild(NewPassphraseFields)
    assert fields is not None
    for label, field in _pairs(fields):
        label_x, label_y, label_w, _ = _in(label, fields)
        field_x, field_y, _, field_h = _in(field, fields)
        assert label_y < field_y + field_h and field_y < label_y + max(label.height(), 1)  # on one row
        assert label_x + label_w <= field_x  # the label first (English, left to right)
