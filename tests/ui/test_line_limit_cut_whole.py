"""A paste past a one-line field's limit keeps whole characters.

The fields' limit was QLineEdit.maxLength, which cuts at exactly that many UTF-16 units: a letter was
kept without its shadda and kasra, a thumb without its skin tone, a ZWJ family after a joiner, a flag
halved (a lone regional indicator). Now the limit counts characters as the centre does and the cut
falls where a character ends; typing, undo, an input method and the cursor work as before. Pasted
into the real widgets: an organisation's name, a code's name, an action item's owner (a table cell
delegate) and a participant's occupation (the participants table), then saved to the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, participants, sessions
from desktop.core.models import ActionItem, Code, Organisation, Participant
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import COLUMNS, ChoiceDelegate, SessionParticipantsModel
from desktop.ui.organisations.page import OrganisationsPage
from tests.helpers_typing import type_text
from tests.ui_helpers import roundtable_editor

ARABIC = "نطالب بالحقوق الكاملة للمرأة في المجالس "
KURDISH = "ڕێکەوتن لەسەر ڕاسپاردەکانی ئافرەتان "

# Each: the words before, the character the limit falls in, how many of its code points fit.
CASES = {
    "harakat": (ARABIC, "بِّ", 1),          # ب kept, its shadda and kasra past the limit
    "skin_tone": (KURDISH, "👍🏽", 1),       # in UTF-16 the thumb fits, its tone does not
    "zwj_family": (KURDISH, "👨‍👩‍👧", 2),    # cut after the first joiner
    "flag": (ARABIC, "🇮🇶", 1),             # one regional indicator of two
}


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


def _pasted(limit: int, case: str) -> str:
    """A paste whose limit falls inside the case's character, as Qt's old limit counted it (UTF-16)."""
    words, character, fits = CASES[case]
    fit_units = _units(character[:fits])
    pad = (words * (limit // len(words) + 2))[: limit - fit_units - 1] + "ن"
    assert _units(pad) == limit - fit_units
    return pad + character + " " + words


def _paste(edit: QLineEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    edit.paste()


def _cell(view: QTableView, row: int, column: int) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    return next(w for w in view.viewport().findChildren(QWidget)
                if isinstance(w, QLineEdit) and w.parent() is view.viewport() and w.isVisible())


def _commit(qtbot: QtBot, view: QTableView, editor: QLineEdit) -> None:
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=2000)


def _organisation(ctx: AppContext, qtbot: QtBot, text: str) -> tuple[str, Callable[[], str]]:
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.new()
    _paste(page.name, text)
    qtbot.wait(1)
    shown = page.name.text()
    page.save_button.click()

    def stored() -> str:
        assert ctx.tasks.drain(20_000)
        with ctx.store.session() as s:
            return s.scalars(select(Organisation.name)).one()
    return shown, stored


def _code_name(ctx: AppContext, qtbot: QtBot, text: str) -> tuple[str, Callable[[], str]]:
    with ctx.store.transaction() as s:
        code_id = codebook.create_code(s, name_en="Quota").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(code_id)
    qtbot.waitUntil(lambda: page.names["en"].text() == "Quota")
    _paste(page.names["ar"], text)
    qtbot.wait(1)
    shown = page.names["ar"].text()
    page.save_btn.click()

    def stored() -> str:
        assert ctx.tasks.drain(20_000)
        with ctx.store.session() as s:
            code = s.get(Code, code_id)
            assert code is not None
            return code.name_ar
    return shown, stored


def _action_owner(ctx: AppContext, qtbot: QtBot, text: str) -> tuple[str, Callable[[], str]]:
    editor = roundtable_editor(ctx, qtbot)
    editor.tabs.setCurrentWidget(editor.action_items)
    editor.action_items.add_button.click()
    cell = _cell(editor.action_items.view, 0, 1)
    _paste(cell, text)
    _commit(qtbot, editor.action_items.view, cell)  # Enter at once: the delegate reads the cut text
    shown = editor.action_items.view.model().index(0, 1).data()

    def stored() -> str:
        editor.flush()
        with ctx.store.session() as s:
            return s.scalars(select(ActionItem.owner)).one()
    return shown, stored


def _occupation(ctx: AppContext, qtbot: QtBot, text: str) -> tuple[str, Callable[[], str]]:
    sid = sessions.create_session(ctx.store, "focus_group", title="گفتوگۆی سلێمانی", governorate="sulaymaniyah",
                                  date=dt.date(2026, 11, 20))
    with ctx.store.transaction() as s:
        participants.add_to_session(s, sid)
    model = SessionParticipantsModel(ctx, sid)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(ctx, view))
    view.resize(900, 300)
    view.show()
    cell = _cell(view, 0, COLUMNS.index("occupation"))
    _paste(cell, text)
    _commit(qtbot, view, cell)
    shown = model.index(0, COLUMNS.index("occupation")).data(Qt.ItemDataRole.EditRole)

    def stored() -> str:
        ctx.tasks.drain(20_000)
        with ctx.store.session() as s:
            return s.scalars(select(Participant.occupation)).one()
    return shown, stored


WIDGETS: dict[str, tuple[Callable[[AppContext, QtBot, str], tuple[str, Callable[[], str]]], int]] = {
    "organisation_name": (_organisation, 300),
    "code_name": (_code_name, 200),
    "action_owner_cell": (_action_owner, 200),
    "participant_occupation": (_occupation, 100),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("widget", list(WIDGETS))
def test_a_paste_past_the_limit_keeps_whole_characters(ctx: AppContext, qtbot: QtBot, widget: str,
                                                       case: str) -> None:
    ctx.language.set_language("ckb")
    make, limit = WIDGETS[widget]
    pasted = _pasted(limit, case)
    shown, stored = make(ctx, qtbot, pasted)
    assert pasted.startswith(shown)
    assert len(shown) <= limit  # characters as the centre counts them
    assert _qt_boundary(pasted, len(shown)), repr(shown[-3:])
    assert len(shown) >= limit - 3  # the character cut is left out, nothing more
    assert stored() == shown


def _name_field(ctx: AppContext, qtbot: QtBot) -> QLineEdit:
    ctx.language.set_language("ar")
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.new()
    return page.name


def test_undo_takes_back_the_cut_paste_and_typing_after_it_is_a_step_of_its_own(
        ctx: AppContext, qtbot: QtBot) -> None:
    name = _name_field(ctx, qtbot)
    type_text(name, "جمعية")
    pasted = _pasted(300 - 5, "zwj_family")
    _paste(name, pasted)
    type_text(name, "ه")  # the cut paste is in before the key: the family is left out, three free
    assert name.text() == "جمعية" + pasted[: 300 - 5 - 3] + "ه"
    name.undo()
    assert name.text() == "جمعية" + pasted[: 300 - 5 - 3]
    name.undo()
    assert name.text() == "جمعية"
    name.redo()
    assert name.text() == "جمعية" + pasted[: 300 - 5 - 3]


def test_a_full_field_refuses_a_key_and_the_cursor_moves_in_rtl(ctx: AppContext, qtbot: QtBot) -> None:
    name = _name_field(ctx, qtbot)
    _paste(name, _pasted(300, "harakat"))
    qtbot.waitUntil(lambda: len(name.text()) == 299)
    type_text(name, "ڕ")
    assert len(name.text()) == 300 and name.text().endswith("نڕ")
    type_text(name, "ڕ")  # full: refused
    assert len(name.text()) == 300 and name.text().endswith("نڕ")
    name.home(False)
    assert name.cursorPosition() == 0
    qtbot.keyClick(name, Qt.Key.Key_Left)  # right to left: Left goes on into the text
    assert name.cursorPosition() == 1


def test_an_input_method_commit_past_the_limit_keeps_whole_characters(ctx: AppContext, qtbot: QtBot) -> None:
    name = _name_field(ctx, qtbot)
    _paste(name, "م" * 299)
    qtbot.waitUntil(lambda: len(name.text()) == 299)
    name.setFocus()
    composing = QInputMethodEvent("بِ", [])
    QApplication.sendEvent(name, composing)
    assert name.text() == "م" * 299  # the composition is not text yet
    done = QInputMethodEvent("", [])
    done.setCommitString("بِّ")
    QApplication.sendEvent(name, done)
    qtbot.wait(1)
    assert name.text() == "م" * 299  # the letter and its marks did not fit: none of them, not a bare ب
    done = QInputMethodEvent("", [])
    done.setCommitString("ڕ")
    QApplication.sendEvent(name, done)
    assert name.text() == "م" * 299 + "ڕ"


def test_a_long_text_set_by_the_program_is_cut_whole(ctx: AppContext, qtbot: QtBot) -> None:
    name: Any = _name_field(ctx, qtbot)
    name.setText("م" * 298 + "👨‍👩‍👧")
    assert name.text() == "م" * 298
    name.setText("م" * 299 + "بِّ")
    assert name.text() == "م" * 299
