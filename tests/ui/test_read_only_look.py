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
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
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
    """Qt passes a widget's font and palette on to its children, but not to a child with a style sheet
    of its own (the error labels, notes and banners have one) unless asked: a consent form's text set to
    18 pt on its box left such a child at 9 pt. The children a widget has when its font or colours
    change follow them. (A child made after the change takes the application's font: a Qt limit for a
    widget with a style sheet; nothing in the app sets a font on a widget that gets children later.)"""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # As the app runs: the read-only look is the application's style, and no application style sheet.
    assert isinstance(app.style(), read_only_look.ReadOnlyLook) and app.styleSheet() == ""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    before = QLabel("قبل", box)
    styled = QLabel("خطأ", box)
    styled.setStyleSheet("color: #b3261e;")  # as an error label's (widgets/field_error.py)
    layout.addWidget(before)
    layout.addWidget(styled)
    box.show()
    big = QFont(box.font())
    big.setPointSize(box.font().pointSize() + 9)
    box.setFont(big)
    warning = QPalette(box.palette())
    warning.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    box.setPalette(warning)
    QApplication.processEvents()
    assert before.font().pointSize() == big.pointSize() and styled.font().pointSize() == big.pointSize()
    assert before.palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"


def _shown(qtbot: QtBot, *fields: QWidget) -> QWidget:
    """``fields`` in a shown box of their own, each with a line of Arabic in it (keep the box: qtbot
    holds it weakly)."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    for field in fields:
        field.setParent(box)
        if isinstance(field, QLineEdit):
            field.setText("قاعة المحافظة")
        elif isinstance(field, (QTextEdit, QPlainTextEdit)):
            field.setPlainText("قاعة المحافظة")
        layout.addWidget(field)
    box.resize(500, 120 * len(fields))
    box.show()
    QApplication.processEvents()
    return box


def test_a_locked_text_box_looks_read_only(bundled_fonts: object, qtbot: QtBot) -> None:
    """A discussion's notes or a transcript's text (QTextEdit, QPlainTextEdit) locked by finalising
    take the window's colour, and the base colour again when unlocked."""
    base, window = _role(QPalette.ColorRole.Base), _role(QPalette.ColorRole.Window)
    boxes: list[QTextEdit | QPlainTextEdit] = [QTextEdit(), QPlainTextEdit()]
    _box = _shown(qtbot, *boxes)
    assert [_background(b) for b in boxes] == [base, base]
    for b in boxes:
        b.setReadOnly(True)
    QApplication.processEvents()
    assert [_background(b) for b in boxes] == [window, window]
    for b in boxes:
        b.setReadOnly(False)
    QApplication.processEvents()
    assert [_background(b) for b in boxes] == [base, base]
    # Unlocked, nothing of the look is left on them in any colour group (an inactive window's too).
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    assert not any(b.palette().isBrushSet(g, QPalette.ColorRole.Base) for b in boxes for g in groups)


def test_an_unlocked_line_edit_keeps_nothing_of_the_look(bundled_fonts: object, qtbot: QtBot) -> None:
    line = QLineEdit()
    _box = _shown(qtbot, line)
    line.setReadOnly(True)
    line.setReadOnly(False)
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    assert line.palette().resolveMask() == 0, [g.name for g in groups
                                               if line.palette().isBrushSet(g, QPalette.ColorRole.Base)]


def test_a_browser_is_read_only_unless_marked_for_reading(bundled_fonts: object, qtbot: QtBot) -> None:
    """A QTextBrowser is read-only from the start: a field's look, unless it is marked as a text to
    read, before it is shown or after."""
    base, window = _role(QPalette.ColorRole.Base), _role(QPalette.ColorRole.Window)
    plain, marked_first, marked_later = QTextBrowser(), QTextBrowser(), QTextBrowser()
    read_only_look.mark_reading(marked_first)
    _box = _shown(qtbot, plain, marked_first, marked_later)
    assert [_background(b) for b in (plain, marked_first, marked_later)] == [window, base, window]
    read_only_look.mark_reading(marked_later)
    QApplication.processEvents()
    assert _background(marked_later) == base


def test_read_only_fields_follow_new_colours(bundled_fonts: object, qtbot: QtBot) -> None:
    """The window's colours change (a dark theme, a parent's palette): read-only fields take the new
    window colour, editable ones the new base colour."""
    locked_line, locked_box, open_line = QLineEdit(), QTextEdit(), QLineEdit()
    locked_line.setReadOnly(True)
    locked_box.setReadOnly(True)
    box = _shown(qtbot, locked_line, locked_box, open_line)
    dark = QPalette(box.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        dark.setColor(group, QPalette.ColorRole.Window, QColor("#2b2b2b"))
        dark.setColor(group, QPalette.ColorRole.Base, QColor("#101010"))
    box.setPalette(dark)
    QApplication.processEvents()
    assert [_background(f) for f in (locked_line, locked_box, open_line)] == ["#2b2b2b", "#2b2b2b", "#101010"]


def test_a_field_coloured_by_itself_keeps_its_colour(bundled_fonts: object, qtbot: QtBot) -> None:
    """A field that sets its own base colour keeps it when read-only."""
    line, text = QLineEdit(), QTextEdit()
    for field in (line, text):
        own = QPalette(field.palette())
        own.setColor(QPalette.ColorRole.Base, QColor("#fff4ce"))
        field.setPalette(own)
        field.setReadOnly(True)
    _box = _shown(qtbot, line, text)
    assert [_background(line), _background(text)] == ["#fff4ce", "#fff4ce"]


def test_the_look_over_another_platform_style(bundled_fonts: object, qtbot: QtBot) -> None:
    """The look wraps whatever style the platform gives (Fusion here, windowsvista or windows11 on
    Windows): over Qt's "windows" style too, a read-only field takes the window's colour."""
    look = read_only_look.ReadOnlyLook("windows")
    assert look.baseStyle().name().lower() == "windows"
    base, window = _role(QPalette.ColorRole.Base), _role(QPalette.ColorRole.Window)
    fields: list[QWidget] = [QLineEdit(), QTextEdit(), QLineEdit()]
    for field in fields:
        field.setStyle(look)
    for field in fields[:2]:
        field.setReadOnly(True)  # type: ignore[attr-defined]
    box = _shown(qtbot, *fields)
    look.setParent(box)  # goes with the widgets it styles
    assert [_background(f) for f in fields] == [window, window, base]
