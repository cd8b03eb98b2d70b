"""A code's name, a recommendation's title and the words coded in vivo that hold nothing visible.

A one-line field drops the invisible marks that only steer display (bidi marks, isolates, a ZWNJ
joining nothing) and turns a control character into a space when it is stored (field_text.fit_fields).
The "needs a name / a title" checks looked at the text before that, so a name pasted as a right-to-left
mark passed and was stored empty: a code without a name in any language (a blank row in the codebook,
in the coding window and in every export) and recommendations without a title, which the page's
own rule forbids. Selecting only such a mark in a transcript and coding it in vivo made a nameless code
too. Now each is refused with the translated line already used for an empty one, nothing changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook
from desktop.core.models import Code, Recommendation, Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.recommendations_page import DEMO_RECOMMENDATIONS, recommendations_page

# Nothing on screen: marks pasted with Arabic text from a web page or a phone, Word's stray control
# character, ZWNJs that join nothing, an isolate pair.
INVISIBLE = ["\u200f\u200e", " \u200f ", "\u200c\u200c", "\x01", "\u2067\u2069", "\u202b\u202c"]
NO_NAME = "a code needs a name in at least one language"

ctx = coder_context_fixture()


def _names(ctx: AppContext, code_id: str) -> tuple[str, str, str]:
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None
        return code.name_ar, code.name_ckb, code.name_en


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_a_code_name_of_invisible_marks_is_refused(ctx: AppContext, qtbot: QtBot, invisible: str) -> None:
    with ctx.store.transaction() as s:
        code_id = codebook.create_code(s, name_ar="قانون").id
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(code_id)
    page.names["ar"].clear()
    page.names["ar"].insert(invisible)  # as a paste puts it there
    assert page.names["ar"].text() == invisible
    page.save_btn.click()
    assert ctx.tasks.drain(10_000)
    assert _names(ctx, code_id) == ("قانون", "", "")
    line = QCoreApplication.translate("Codebook", NO_NAME)
    assert line != NO_NAME or ctx.language.language == "en"
    assert page.error_label.text() == (line[:1].upper() + line[1:]).rstrip(".") + "."


@pytest.fixture
def demo_ctx(ctx: AppContext, make_ctx: Any, tmp_path: Path) -> Iterator[AppContext]:
    """``ctx`` (its coder, in its language) on the demo ``recommendations_page`` shows: a copy of it
    generated once per process (tests/demo_stores.py), not generated per test."""
    store = demo_copy(tmp_path / "demo.db", PASSPHRASE, "test laptop", sessions=6, seed=3)
    context: AppContext = make_ctx(store, user_name=ctx.user_name, lang=ctx.language)
    yield context
    assert context.tasks.drain(10_000), "an operation was still running at the end of the test"
    store.close()


@pytest.mark.parametrize("invisible", INVISIBLE[:4])
def test_a_recommendation_titled_with_invisible_marks_is_refused(demo_ctx: AppContext, qtbot: QtBot,
                                                                  invisible: str) -> None:
    ctx = demo_ctx
    lang = str(ctx.language.language)
    with recommendations_page(ctx, qtbot, lang, focusable=True, demo_in_store=True) as page:
        page.new_recommendation()
        view = page.view
        view.fields["title_ckb"].insert(invisible)
        view.fields["text_ckb"].setPlainText("پێویستە یاساکە بگۆڕدرێت")
        view.save()
        assert ctx.tasks.drain(10_000)
        qtbot.waitUntil(lambda: view.error.text() != "")
        assert view.error.text() == view.tr("A recommendation needs a title in at least one language.")
        assert lang == "en" or view.error.text() != "A recommendation needs a title in at least one language."
        # The keyboard on the title in the interface's language, the text typed kept.
        assert QApplication.focusWidget() is view.fields[f"title_{lang}"]
        assert view.fields["title_ckb"].text() == invisible
        assert view.fields["text_ckb"].toPlainText() == "پێویستە یاساکە بگۆڕدرێت"
        with ctx.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Recommendation)) == DEMO_RECOMMENDATIONS


def test_in_vivo_on_a_lone_mark_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    text = "قانونُ الانتخابات \u200f 👍🏽 مهم"
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=1.0, text=text))
        session_id = sess.id
    ws = shown_window(ctx, qtbot, session_id)
    block = ws.blocks[0]
    at = text.index("\u200f")
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.to_doc(at - 1))  # the space before it, the mark, the space after
    cursor.setPosition(block.to_doc(at + 2), QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    ws.in_vivo()
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    with ctx.store.session() as s:
        assert codebook.live_codes(s) == []
    source = "the selection holds only spaces"
    line = QCoreApplication.translate("CodingError", source)
    assert line != source or ctx.language.language == "en"
    assert ws.status.text() == line
