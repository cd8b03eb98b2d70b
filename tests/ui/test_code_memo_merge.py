"""A code's memo after a merge or a deletion of the code.

A code merged into another left its memo on the tombstone: not shown on the Codebook page, not in
the workbook nor the REFI-QDA project, but still found by search. It now goes with the code it was
merged into (its words after the survivor's, one memo once saved again), and a deleted code's memo
is no longer found.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import code_memos, codebook, search
from desktop.core.db import Store
from desktop.core.models import Memo
from desktop.exports.qdpx import export_qdpx
from desktop.exports.xlsx import export_xlsx
from desktop.ui.qt_i18n import LanguageManager
from tests.refi_schemas import validate_project
from tests.ui.test_code_memo import NS, _codes, _page

SURVIVOR = "ئافرەتان داوای کۆتا دەکەن"
ABSORBED = "یاسای هەڵبژاردن گۆڕاوە"
DELETED = "تێبینی دەربارەی ئاسایش"


def _merged(store: Store) -> tuple[str, str, str]:
    quota, law = _codes(store)
    with store.transaction() as s:
        security = codebook.create_code(s, name_ckb="ئاسایش", name_en="Security").id
        code_memos.set_memo(s, quota, SURVIVOR, "amal")
        code_memos.set_memo(s, law, ABSORBED, "amal")
        code_memos.set_memo(s, security, DELETED, "amal")
    with store.transaction() as s:
        codebook.merge(s, law, quota)
        codebook.delete(s, security)
    return quota, law, security


def test_a_merged_codes_memo_goes_with_the_code_it_was_merged_into(store: Store, tmp_path: Path) -> None:
    quota, law, _security = _merged(store)
    with store.session() as s:
        assert code_memos.memo_of(s, quota) == f"{SURVIVOR}\n\n{ABSORBED}"
        assert [h.doc_table for h in search.search(s, "هەڵبژاردن")] == ["memo"]  # still found
        assert search.search(s, "ئاسایش") == []  # the deleted code's memo went with it
    export_xlsx(store, tmp_path / "m.xlsx", lang="ckb")
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx", read_only=True)
    rows = [r for ws in wb.worksheets for r in ws.iter_rows(values_only=True) if r[0] == "کۆتا" and len(r) > 10]
    assert len(rows) == 1 and rows[0][-1] == f"{SURVIVOR}\n\n{ABSORBED}"
    wb.close()
    export_qdpx(store, tmp_path / "m.qdpx", "ckb")
    with zipfile.ZipFile(tmp_path / "m.qdpx") as z:
        qde = z.read("project.qde")
    validate_project(qde)
    root = ET.fromstring(qde)
    notes = {n.get("guid"): n.findtext(f"{NS}PlainTextContent") for n in root.iter(f"{NS}Note")}
    (code,) = [c for c in root.iter(f"{NS}Code") if c.get("name") == "کۆتا"]
    assert sorted(notes[r.get("targetGUID")] or "" for r in code.findall(f"{NS}NoteRef")) == sorted([SURVIVOR, ABSORBED])
    assert DELETED not in notes.values()


def test_saved_again_the_merged_memos_are_one(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    quota, law, _security = _merged(store)
    page = _page(manager, store, qtbot)
    page.select(quota)
    qtbot.waitUntil(lambda: page.code_memo.box.toPlainText() == f"{SURVIVOR}\n\n{ABSORBED}")
    page.code_memo.save_btn.click()
    assert page.ctx.tasks.drain(10_000)
    with store.session() as s:
        live = [(m.target_id, m.text) for m in s.scalars(select(Memo).where(Memo.deleted.is_(False)))
                if m.target_id in (quota, law)]
        assert live == [(quota, f"{SURVIVOR}\n\n{ABSORBED}")]
        assert code_memos.memo_of(s, quota) == f"{SURVIVOR}\n\n{ABSORBED}"


def test_a_memo_that_came_while_another_was_typed_is_not_lost(manager: LanguageManager, store: Store,
                                                              qtbot: QtBot) -> None:
    """Two laptops each wrote a memo on the code; the second's arrives (a bundle) while the page shows
    the first and the researcher types: saving folded the one never shown into hers, and its words
    were gone. Now only hers is written, and the page then shows both."""
    quota, _law = _codes(store)
    with store.transaction() as s:
        code_memos.set_memo(s, quota, SURVIVOR, "amal")
    page = _page(manager, store, qtbot)
    page.select(quota)
    qtbot.waitUntil(lambda: page.code_memo.box.toPlainText() == SURVIVOR)
    with store.transaction() as s:  # as a bundle writes it: no word to the page yet
        s.add(Memo(target_table="code", target_id=quota, text=ABSORBED, author="zhino"))
    page.code_memo.box.setPlainText(SURVIVOR + " ✓")
    page.code_memo.save_btn.click()
    assert page.ctx.tasks.drain(10_000)
    with store.session() as s:
        assert code_memos.memo_of(s, quota) == f"{SURVIVOR} ✓\n\n{ABSORBED}"
    qtbot.waitUntil(lambda: page.code_memo.box.toPlainText() == f"{SURVIVOR} ✓\n\n{ABSORBED}")


def test_a_blank_memo_before_another_shows_the_other(store: Store) -> None:
    quota, law = _codes(store)
    with store.transaction() as s:  # two laptops' rows, the older left blank
        s.add(Memo(target_table="code", target_id=quota, text="  ", author="amal", created_at="0001"))
        s.add(Memo(target_table="code", target_id=quota, text=ABSORBED, author="zhino", created_at="0002"))
    with store.session() as s:
        assert code_memos.memo_of(s, quota) == ABSORBED
        assert code_memos.memo_of(s, law) == ""
