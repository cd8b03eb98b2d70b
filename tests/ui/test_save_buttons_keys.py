"""Save consent (the consent dialog) and Save memo (the coding window) pressed from the keyboard.

Both buttons had no Alt letter, and Ctrl+S did nothing in either window, while it presses Save on the
Codebook and Organisations pages and on a recommendation (save_key.py): a facilitator who cannot use a
mouse well reached Save consent only by Enter from a line field (not from a clause or the signature
pad), and Save memo only by Tab after Tab from the memo box. Each now has an Alt letter a key of the
language's keyboard types, and Ctrl+S presses it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.coding_window_helpers import basra_focus_group, shown_window
from tests.consent_helpers import FocusGroup
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.i18n.test_mnemonic_letters import MARKED_BELOW
from tests.ui.test_accessibility import LAYOUT_KEYS, mnemonic_letter
from tests.ui.test_consent_by_keyboard import alt, answer_by_keyboard, opened
from tests.ui.test_consent_dialog import fg, records, user_name  # noqa: F401  (fixtures)
from tests.ui_helpers import focused

LANGUAGES = ["ar", "ckb", "en"]
WITNESS = "أم علي"
MEMO = "تێبینی: ئەم بەشە دووبارە دەبێتەوە"


def assert_typeable_letter(text: str, lang: str) -> None:
    letter = mnemonic_letter(text)
    assert letter, f"{text!r} has no Alt letter"
    if lang in LAYOUT_KEYS:
        assert letter in LAYOUT_KEYS[lang], f"{text!r}: {letter!r} is not a key of the {lang} keyboard"
        assert letter not in MARKED_BELOW, f"{text!r}: the underline hides the dots of {letter!r}"


def ctrl_s() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()


def filled_in(ctx: AppContext, qtbot: QtBot, fg: FocusGroup) -> ConsentDialog:  # noqa: F811
    """Every clause answered Yes, Verbal with a witness, the witness typed, the focus on a clause:
    where Enter does not save."""
    dlg = opened(ctx, qtbot, fg)
    answer_by_keyboard(dlg)
    dlg.method_buttons.button(2).click()
    type_text(dlg.witness_edit, WITNESS)
    dlg.clause_rows[0].yes.setFocus()
    settle()
    assert focused() is dlg.clause_rows[0].yes
    return dlg


@pytest.mark.parametrize("lang", LANGUAGES)
def test_save_consent_by_its_alt_letter(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                        manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = filled_in(ctx, qtbot, fg)
    assert_typeable_letter(dlg.save_button.text(), lang)
    alt(dlg.save_button.text(), qtbot)
    assert not dlg.isVisible()
    (record,) = records(ctx.store)
    assert (record.method, record.witness) == ("verbal_witness", WITNESS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ctrl_s_saves_consent(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                              manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = filled_in(ctx, qtbot, fg)
    ctrl_s()
    assert not dlg.isVisible()
    (record,) = records(ctx.store)
    assert record.witness == WITNESS


def test_ctrl_s_does_nothing_while_save_consent_waits(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                      qtbot: QtBot) -> None:
    """Save is greyed while a scan is read (a consent saved then would go without it): so is Ctrl+S."""
    dlg = filled_in(ctx, qtbot, fg)
    dlg.save_button.setEnabled(False)
    ctrl_s()
    assert dlg.isVisible() and records(ctx.store) == []
    dlg.reject()


@pytest.fixture(params=LANGUAGES)
def coding_window(request: pytest.FixtureRequest, manager: LanguageManager, ctx: AppContext,
                  qtbot: QtBot) -> tuple[CodingWorkspace, str]:
    lang: str = request.param
    manager.set_language(lang)
    with ctx.store.transaction() as s:
        session_id, (turn_id,) = basra_focus_group(s)
        water = codebook.create_code(s, name_ar="الماء", name_ckb="ئاو", name_en="Water").id
        coding.apply_code(s, water, "transcript_turn", turn_id, "text", 0, 3, "amal")
    ws = shown_window(ctx, qtbot, session_id)
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(ws.blocks[0].start + 1)  # inside the coding: its memo is the box's
    ws.view.setTextCursor(cursor)
    settle()
    assert ws.here.count() == 1
    return ws, lang


def memos(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return [seg.memo for seg in s.scalars(select(CodedSegment))]


def test_save_memo_by_its_alt_letter(coding_window: tuple[CodingWorkspace, str], ctx: AppContext,
                                     qtbot: QtBot) -> None:
    ws, lang = coding_window
    assert_typeable_letter(ws.memo_btn.text(), lang)
    ws.memo.setFocus()
    type_text(ws.memo, MEMO)
    alt(ws.memo_btn.text(), qtbot)
    assert ctx.tasks.drain(10_000)
    assert memos(ctx) == [MEMO]


def test_ctrl_s_saves_the_memo(coding_window: tuple[CodingWorkspace, str], ctx: AppContext) -> None:
    ws, _lang = coding_window
    ws.memo.setFocus()
    type_text(ws.memo, MEMO)
    ctrl_s()
    assert ctx.tasks.drain(10_000)
    assert memos(ctx) == [MEMO]
