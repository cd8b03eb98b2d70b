"""A codebook imported over ours makes no twins.

The codebook editor refuses a second code of one name under one parent (tests/ui/test_codebook_same_name.py):
twins split an analyst's codings between codes nobody can tell apart. Import .qdc… matched codes by guid
only: the same codebook from another centre or from QualCoder (other guids) doubled every code, and a
file's own two namesakes came in as two. A code whose name is already shown under its parent is now
taken as that code (as in vivo coding takes a namesake), kept as it is; its sub-codes go under it."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.exports import refi_qda
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from tests.codebook_page_helpers import loaded_codebook_page, with_demo_codebook


@pytest.fixture
def ctx(ctx: AppContext, tmp_path: Path) -> AppContext:
    return with_demo_codebook(ctx, tmp_path)


def _tree(ctx: AppContext) -> list[tuple[str, str]]:
    """(parent's English name, English name) of every live code, sorted ("" for the top level)."""
    with ctx.store.session() as s:
        live = codebook.live_codes(s)
        by_id = {c.id: c for c in live}
        return sorted((by_id[c.parent_id].name_en if c.parent_id in by_id else "", c.name_en) for c in live)


def _import(page: CodebookPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_qdc()
    qtbot.waitUntil(lambda: page.exchange_status.text() != "" or page.error_label.text() != "", timeout=20_000)
    assert page.error_label.text() == ""


def test_our_codebook_with_other_guids_doubles_nothing(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = loaded_codebook_page(ctx, qtbot)
    before = _tree(ctx)
    exported = tmp_path / "ours.qdc"
    with ctx.store.session() as s:
        refi_qda.write_codebook(s, exported, "en")
    text = exported.read_text(encoding="utf-8")
    for guid in {g for g in text.split('guid="')[1:]}:  # another centre's copy: every guid its own
        old = guid.split('"')[0]
        text = text.replace(old, str(uuid.uuid4()))
    other = tmp_path / "another centre.qdc"
    other.write_text(text, encoding="utf-8")
    _import(page, qtbot, monkeypatch, other)
    assert _tree(ctx) == before


def test_a_files_own_namesakes_come_in_as_one(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = loaded_codebook_page(ctx, qtbot)
    before = _tree(ctx)
    twins = tmp_path / "twins.qdc"
    twins.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{refi_qda.NS}"><Codes>'
        f'<Code guid="{uuid.uuid4()}" name="Water"><Code guid="{uuid.uuid4()}" name="Salt"/></Code>'
        f'<Code guid="{uuid.uuid4()}" name="water "><Code guid="{uuid.uuid4()}" name="Buffalo"/></Code>'
        "</Codes></CodeBook>", encoding="utf-8")
    _import(page, qtbot, monkeypatch, twins)
    added = sorted(set(_tree(ctx)) - set(before))
    assert added == [("", "Water"), ("Water", "Buffalo"), ("Water", "Salt")]
