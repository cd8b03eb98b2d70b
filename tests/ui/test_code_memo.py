"""A memo on a code, written on the Codebook page in Kurdish, kept, found, and in the exports.

Memos on codes were exported (REFI-QDA Notes) and searched, but nothing in the app wrote one: a
researcher had nowhere to note what a code was coming to mean. The Codebook page now has a memo under
the code's fields: saved by its button, or when another code is chosen; cleared, it is gone.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import code_memos, codebook, coding, search
from desktop.core.db import Store
from desktop.core.models import Memo, Session, TranscriptTurn
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from desktop.sync import importer
from desktop.sync.export import export_bundle
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.refi_schemas import validate_project
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui_helpers import focused, in_view, main_window_on_screen

MEMO = "کۆتا زیاتر لە گوندەکان باس دەکرێت؛ بەراوردی بکە لەگەڵ شار"
OTHER = "تەنها لە هەولێر"
NS = "{urn:QDA-XML:project:1.0}"

team = team_fixture(devices=1)


def _codes(store: Store) -> tuple[str, str]:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text="کۆتای ئافرەتان دەبێت بمێنێت.")
        s.add(turn)
        s.flush()
        quota = codebook.create_code(s, name_ckb="کۆتا", name_en="Quota").id
        law = codebook.create_code(s, name_ckb="یاسا", name_en="Law").id
        coding.apply_code(s, quota, "transcript_turn", turn.id, "text", 0, 14, "amal")
    return quota, law


def _page(manager: LanguageManager, store: Store, qtbot: QtBot, size: float | None = None) -> CodebookPage:
    manager.set_language("ckb")
    manager.set_font_size(size)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.resize(910, 512)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    return page


def _type(page: CodebookPage, text: str) -> None:
    page.code_memo.box.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.code_memo.box, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def _memo(store: Store, code_id: str) -> str:
    with store.session() as s:
        return code_memos.memo_of(s, code_id)


def test_a_memo_on_a_code_is_written_kept_and_cleared(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    quota, law = _codes(store)
    page = _page(manager, store, qtbot)
    page.select(quota)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "کۆتا")
    assert page.code_memo.isEnabled() and page.code_memo.box.toPlainText() == ""
    _type(page, MEMO)
    qtbot.mouseClick(page.code_memo.save_btn, Qt.MouseButton.LeftButton)
    assert page.ctx.tasks.drain(10_000)
    assert _memo(store, quota) == MEMO
    assert page.code_memo.status.text()  # "Memo saved."
    # A memo typed on the next code is kept when the researcher clicks back, unsaved.
    page.select(law)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "یاسا")
    assert page.code_memo.box.toPlainText() == ""
    _type(page, OTHER)
    page.select(quota)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "کۆتا")
    assert page.code_memo.box.toPlainText() == MEMO
    assert page.ctx.tasks.drain(10_000)
    assert _memo(store, law) == OTHER
    # Found by search, as a memo (on no session).
    with store.session() as s:
        hits = search.search(s, "گوندەکان")
    assert [(h.doc_table, h.session_id) for h in hits] == [("memo", "")]
    # The page opened again shows it.
    again = _page(manager, store, qtbot)
    again.select(quota)
    qtbot.waitUntil(lambda: again.code_memo.box.toPlainText() == MEMO)
    # Cleared and saved with Ctrl+S: gone.
    again.code_memo.box.clear()
    again.code_memo.box.setFocus()
    QTest.keyClick(again.code_memo.box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert again.ctx.tasks.drain(10_000)
    assert _memo(store, quota) == ""
    with store.session() as s:
        assert [m.deleted for m in s.scalars(select(Memo).where(Memo.target_id == quota))] == [True]
        assert search.search(s, "گوندەکان") == []
    assert page.ctx.tasks.drain(10_000)


def test_a_code_memo_is_in_the_workbook_and_the_qdpx(store: Store, tmp_path: Path) -> None:
    quota, law = _codes(store)
    with store.transaction() as s:
        code_memos.set_memo(s, quota, MEMO, "amal")
    export_xlsx(store, tmp_path / "m.xlsx", lang="ckb")
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx", read_only=True)
    rows = [r for ws in wb.worksheets for r in ws.iter_rows(values_only=True) if r[0] == "کۆتا" and len(r) > 10]
    assert len(rows) == 1 and rows[0][-1] == MEMO  # the Codes sheet's row, its last column
    wb.close()
    export_qdpx(store, tmp_path / "m.qdpx", "ckb")
    with zipfile.ZipFile(tmp_path / "m.qdpx") as z:
        qde = z.read("project.qde")
    validate_project(qde)
    root = ET.fromstring(qde)
    notes = {n.get("guid"): n.findtext(f"{NS}PlainTextContent") for n in root.iter(f"{NS}Note")}
    assert list(notes.values()) == [MEMO]
    refs = [c.find(f"{NS}NoteRef") for c in root.iter(f"{NS}Code") if c.get("name") == "کۆتا"]
    assert [n.get("name") for n in root.iter(f"{NS}Note")] == ["کۆتا"]  # named after its code, not an id
    assert refs and refs[0] is not None and refs[0].get("targetGUID") in notes


def test_a_memo_on_a_team_code_is_written_on_a_laptop_and_reaches_the_centre(
        team: Team, qtbot: QtBot, make_ctx: Any, language: LanguageManager, tmp_path: Path) -> None:
    laptop = team.devices[0]
    with team.centre.transaction() as s:
        trust = codebook.create_code(s, name_ckb="متمانە", name_en="Trust").id
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    language.set_language("ckb")
    page = CodebookPage(make_ctx(laptop))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(trust)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "متمانە")
    assert page.names["ckb"].isReadOnly()  # the code is the centre's
    assert page.code_memo.box.isEnabled() and not page.code_memo.box.isReadOnly()
    _type(page, MEMO)
    page.code_memo.save_btn.click()
    assert page.ctx.tasks.drain(10_000)
    assert not page.error_label.text()
    made = export_bundle(laptop, tmp_path / "b.majlis")
    assert made is not None
    outcome = importer.import_file(team.centre, made.path, team.identities)
    assert outcome.status == "imported", outcome
    assert _memo(team.centre, trust) == MEMO


def test_at_20_points_on_a_laptop_the_memo_is_written_and_saved_by_keyboard_in_sight(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    quota, _law = _codes(store)
    window = main_window_on_screen(manager, store, qtbot, "ckb", 20.0, (910, 512), monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to("codebook")
    page = window.current_page()
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(quota)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "کۆتا")
    page.merge_btn.setFocus()
    QTest.keyClick(page.merge_btn, Qt.Key.Key_Tab)  # the field after the merge row: the memo
    assert focused() is page.code_memo.box
    for ch in MEMO:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.code_memo.save_btn
    qtbot.waitUntil(lambda: in_view(page.code_memo.save_btn))
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    assert window.ctx.tasks.drain(10_000)
    assert _memo(store, quota) == MEMO
    qtbot.waitUntil(lambda: page.code_memo.status.text() != "" and in_view(page.code_memo.status))


def test_leaving_the_page_saves_the_memo_at_once_or_stays_when_it_cannot(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo typed was saved on the worker as the page was left: a refusal (its code deleted
    meanwhile, by another window or a bundle) came after, and the words were gone unsaid. It is now
    saved before the page goes; refused, the page stays with the memo in the box and says why, and
    leaving again goes without it. Closing the window saves it before the window goes."""
    quota, law = _codes(store)
    window = main_window_on_screen(manager, store, qtbot, "ckb", None, (1366, 768), monkeypatch)
    window.go_to("codebook")
    page = window.current_page()
    assert isinstance(page, CodebookPage)
    qtbot.waitUntil(lambda: page.loads >= 1)
    page.select(law)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "یاسا")
    _type(page, OTHER)
    with store.transaction() as s:  # deleted meanwhile, the page not told
        codebook.delete(s, law)
    window.go_to("sessions")
    assert window.current_page() is page and page.code_memo.box.toPlainText() == OTHER
    assert page.error_label.text()  # the code no longer exists
    window.go_to("sessions")  # again: goes, without it
    assert window.current_page() is not page
    window.go_to("codebook")
    page.select(quota)
    qtbot.waitUntil(lambda: page.names["ckb"].text() == "کۆتا")
    _type(page, MEMO)
    window.close()
    assert _memo(store, quota) == MEMO  # before the window went, not on the worker after it
    assert window.ctx.tasks.drain(10_000)
