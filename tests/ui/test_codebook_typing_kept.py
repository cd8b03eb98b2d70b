"""The Codebook page's edit panel keeps what the analyst is typing when the codebook is read again.

The page reads its tree again whenever a coding is made anywhere (the coding window, Reports' "Code
all hits", a bundle), to keep the segment counts right. Before, that put the stored words back into
every field of the code being edited: a definition being written beside the coding window vanished
at the next coding, without a word. Now the fields being typed in stay (the count beside them is
updated); a code not being edited still shows what came in, and once saved the stored words show.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window

TEXT = "قانونُ 👍🏽 الانتخابات العادل والدوائر المتعددة"
DEFINITION = "كل ما يخصّ قانونَ الانتخابات: الدوائر، والكوتا، والعتبة 👍🏽"

ctx = coder_context_fixture()


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def _setup(ctx: AppContext, qtbot: QtBot) -> tuple[CodebookPage, str, str]:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=1.0, text=TEXT))
        code_id = codebook.create_code(s, name_ar="قانون الانتخابات").id
        session_id = sess.id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(code_id)
    return page, code_id, session_id


def _stored(ctx: AppContext, code_id: str) -> Code:
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None
        return code


def test_a_coding_made_meanwhile_keeps_what_is_typed(ctx: AppContext, qtbot: QtBot) -> None:
    page, code_id, session_id = _setup(ctx, qtbot)
    _type(page.texts["definition"], DEFINITION)
    _type(page.names["en"], "Electoral law ")

    ws = shown_window(ctx, qtbot, session_id, active=False)  # coding goes on in its window
    loads = page.loads
    select_words(ws, "الانتخابات")
    ws.apply_code(code_id)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads)
    assert page.current_id() == code_id
    assert page.texts["definition"].toPlainText() == DEFINITION
    assert page.names["en"].text() == "Electoral law "
    assert page.usage_label.text() == ctx.language.format_number(1)  # the count follows

    loads = page.loads
    page.save_btn.click()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads)
    code = _stored(ctx, code_id)
    assert (code.definition, code.name_en) == (DEFINITION, "Electoral law")
    assert page.names["en"].text() == "Electoral law"  # as stored, once saved


def test_a_code_not_being_edited_shows_what_came_in(ctx: AppContext, qtbot: QtBot) -> None:
    page, code_id, _ = _setup(ctx, qtbot)
    loads = page.loads
    CollectionOp(ctx, lambda s: codebook.update_code(s, code_id, definition="وصل من جهاز آخر")).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads)
    assert page.texts["definition"].toPlainText() == "وصل من جهاز آخر"


def test_the_code_chosen_to_merge_into_stays_chosen(ctx: AppContext, qtbot: QtBot) -> None:
    """The list of codes to merge into is filled again at each reload: it went back to its first code,
    and "Merge into" (after a question a hurried analyst answers Yes) merged into a code never chosen."""
    page, code_id, session_id = _setup(ctx, qtbot)
    with ctx.store.transaction() as s:
        first = codebook.create_code(s, name_ar="عوائق الوصول").id
        chosen = codebook.create_code(s, name_ar="تشريع").id
    loads = page.loads
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > loads)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(chosen))
    assert page.merge_combo.itemData(0) == first

    ws = shown_window(ctx, qtbot, session_id, active=False)
    loads = page.loads
    select_words(ws, "الانتخابات")
    ws.apply_code(code_id)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: page.loads > loads)
    assert page.current_id() == code_id
    assert page.merge_combo.currentData() == chosen
