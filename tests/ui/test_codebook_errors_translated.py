"""The codebook page says what went wrong in the interface's language: a code left without a name,
a file that is not a REFI-QDA codebook, a USB stick pulled out. Before, the core's English words
(``a code needs a name in at least one language``, ``not an XML file: not well-formed (invalid
token): line 1, column 0``, ``[Errno 2] no such folder: '/media/…'``) showed on a Kurdish screen, and
a codebook file that had gone away raised out of the page. The coding workspace likewise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager

T = QApplication.translate


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    manager.set_language("ckb")
    return manager


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> CodebookPage:
    with ctx.store.transaction() as s:
        code = codebook.create_code(s, name_ckb="دەنگدان")
    shown = CodebookPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.loads > 0, timeout=10_000)
    shown.select_when_loaded(code.id)
    qtbot.waitUntil(lambda: shown.current_id() == code.id, timeout=10_000)
    return shown


def _said(page: CodebookPage, ctx: AppContext) -> str:
    assert ctx.tasks.wait(10_000)
    QApplication.processEvents()
    return page.error_label.text()


def _kurdish(context: str, text: str) -> str:
    translated = T(context, text)
    assert translated != text
    return translated


def test_a_code_left_without_a_name(page: CodebookPage, ctx: AppContext) -> None:
    for edit in page.names.values():
        edit.clear()
    page.save_current()
    assert _said(page, ctx) == _kurdish("CodebookError", "a code needs a name in at least one language")


def _import(page: CodebookPage, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))
    page.import_qdc()


def test_files_that_are_not_a_codebook(page: CodebookPage, ctx: AppContext, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    photo = tmp_path / "photo.qdc"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    _import(page, photo, monkeypatch)
    said = _said(page, ctx)
    assert said == _kurdish("CodebookPage", "This file is not a REFI-QDA codebook or project that Majlis can read.")

    empty = tmp_path / "empty.qdc"
    empty.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"/>', encoding="utf-8")
    _import(page, empty, monkeypatch)
    assert _said(page, ctx) == _kurdish("QdcError", "the file has no codebook (no Codes element)")

    _import(page, tmp_path / "gone" / "codebook.qdc", monkeypatch)  # the stick was pulled out meanwhile
    assert _said(page, ctx) == _kurdish("CodebookPage", "The file cannot be read.")


def test_export_to_a_stick_that_was_pulled_out(page: CodebookPage, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "stick" / "codebook.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    page.export_qdc()
    said = page.error_label.text()
    assert said == _kurdish("WriteFailure", "The folder is not there any more (was the USB stick removed?). "
                                            "Choose another place.")
    assert str(tmp_path) not in said


def test_coding_only_spaces_is_said_in_kurdish(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="گفتوگۆی هەولێر", date=dt.date(2026, 11, 20), governorate="erbil")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=1.0, text="یاسای   هەڵبژاردن"))
        codebook.create_code(s, name_ckb="یاسا")
        session_id = session.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.show()
    block = ws.blocks[0]
    start = block.doc.text.index("   ")
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + start)
    cursor.setPosition(block.start + start + 3, QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    ws.in_vivo()  # a double click landed between two words
    assert ctx.tasks.wait(10_000)
    QApplication.processEvents()
    assert ws.status.text() == _kurdish("CodingError", "the selection holds only spaces")
