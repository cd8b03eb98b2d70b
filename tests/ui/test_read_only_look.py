"""A read-only field looks read-only: not the white of a field that takes typing.

A finalised roundtable's fields (and the centre's codes and consent form on a laptop, a path chosen
with a button) were painted on the same white as editable ones. Every read-only QLineEdit, QTextEdit
and QPlainTextEdit now takes the window's colour, at once when it is locked or unlocked; a text that
is there to be read (the coding window's) keeps the base colour. Real widgets in ar, ckb and en, with
screenshots (MAJLIS_I18N_SHOTS keeps them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.models import Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.widgets import read_only_look
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.ui_helpers import roundtable_editor


def _background(widget: QWidget) -> str:
    """The colour most of the widget shows (its background, whatever text lies on it)."""
    image = widget.grab().toImage()
    seen = Counter(image.pixelColor(x, y).name() for x in range(2, image.width() - 2, 3)
                   for y in range(2, image.height() - 2, 3))
    return seen.most_common(1)[0][0]


def _role(role: QPalette.ColorRole) -> str:
    return QColor(QApplication.palette().color(role)).name()


ctx = coder_context_fixture()  # a context in each language


def test_a_finalised_roundtables_fields_look_read_only(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    base, window = _role(QPalette.ColorRole.Base), _role(QPalette.ColorRole.Window)
    assert base != window
    editor = roundtable_editor(ctx, qtbot, venue="قاعة المحافظة")
    editor.resize(1100, 700)
    fields: list[QWidget] = list(editor.edits.values())
    assert all(_background(f) == base for f in fields)

    editor.apply_read_only(True)  # as finalising does
    assert all(isinstance(f, QLineEdit) and f.isReadOnly() for f in fields)
    assert [_background(f) for f in fields] == [window] * len(fields)
    editor.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"read_only_fields_{ctx.language.language}.png"))

    editor.apply_read_only(False)  # unlocked
    assert [_background(f) for f in fields] == [base] * len(fields)


def test_the_text_being_coded_keeps_the_reading_colour(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2026, 11, 6), governorate="erbil")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=0.0, text="کۆمسیۆن زۆر دواکەوت."))
        session_id = session.id
    ws = shown_window(ctx, qtbot, session_id)
    assert ws.view.isReadOnly() and _background(ws.view) == _role(QPalette.ColorRole.Base)


def test_a_parents_font_and_colours_still_reach_its_children(bundled_fonts: object, qtbot: QtBot) -> None:
    """Without a style sheet Qt passes a widget's font and palette on to its children; an application
    style sheet turns that off unless asked (a consent form's text set to 18 pt on its box stayed at
    9 pt). The children a widget has when its font or colours change follow them again. (A child made
    after the change takes the application's font: a Qt limit under any style sheet; nothing in the
    app sets a font on a widget that gets children later.)"""
    assert read_only_look.STYLE in QApplication.instance().styleSheet()  # as the app runs
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    before = QLabel("قبل", box)
    layout.addWidget(before)
    box.show()
    big = QFont(box.font())
    big.setPointSize(box.font().pointSize() + 9)
    box.setFont(big)
    warning = QPalette(box.palette())
    warning.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    box.setPalette(warning)
    QApplication.processEvents()
    assert before.font().pointSize() == big.pointSize()
    assert before.palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"
