"""The Codebook page says what its import and export did.

Export .qdc… wrote the file and said nothing, Import .qdc… brought the codes in and said nothing,
and a file whose codebook holds no code at all was "imported" with no change and no word: the
coordinator pressed again, or looked for the file, unsure anything had happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.exports import refi_qda
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.codebook_page_helpers import loaded_codebook_page, with_demo_codebook


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.fixture
def ctx(ctx: AppContext, tmp_path: Path) -> AppContext:
    return with_demo_codebook(ctx, tmp_path)


def _tr(source: str) -> str:
    return QCoreApplication.translate("CodebookPage", source)


def _import(page: CodebookPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> str:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_qdc()
    qtbot.waitUntil(lambda: page.exchange_status.text() != "" or page.error_label.text() != "", timeout=10_000)
    return page.exchange_status.text()


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_export_then_import_are_said(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    ctx.language.set_language(lang)
    page = loaded_codebook_page(ctx, qtbot)
    with ctx.store.session() as s:
        count = len(codebook.live_codes(s))
    target = tmp_path / "codes.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_qdc()
    assert target.exists() and page.error_label.text() == ""
    # The whole path, as every export's line names it (it said "codes.qdc": which folder, nobody could tell).
    assert page.exchange_status.text() == _tr("Codebook written: {file}").format(file=f"\u2066{target}\u2069")
    said = _import(page, qtbot, monkeypatch, target)
    assert said == _tr("Codebook imported from {file} (codes: {count}).").format(
        file="\u2066codes.qdc\u2069", count=ctx.language.format_number(count))
    assert page.error_label.text() == ""
    with ctx.store.session() as s:
        assert len(codebook.live_codes(s)) == count  # the same guids: updated, not doubled


def test_a_codebook_with_no_codes_is_said_to_import_nothing(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = loaded_codebook_page(ctx, qtbot)
    empty = tmp_path / "empty.qdc"
    empty.write_text(f'<?xml version="1.0"?><CodeBook xmlns="{refi_qda.NS}"><Codes/></CodeBook>', encoding="utf-8")
    assert _import(page, qtbot, monkeypatch, empty) == _tr("The file holds no codes: nothing was imported.")


def test_a_refused_import_leaves_no_earlier_success_beside_it(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = loaded_codebook_page(ctx, qtbot)
    target = tmp_path / "codes.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_qdc()
    assert page.exchange_status.text() != ""
    bad = tmp_path / "codes.csv"
    bad.write_text("Code,Name\n1,Women\n", encoding="utf-8")
    assert _import(page, qtbot, monkeypatch, bad) == ""
    assert page.error_label.text() != ""


def test_import_and_export_wait_for_an_import_under_way(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Some hundred codes take seconds: a second press imported the whole file again behind the first."""
    page = loaded_codebook_page(ctx, qtbot)
    target = tmp_path / "codes.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_qdc()
    asked: list[str] = []

    def chosen(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("asked")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)
    page.import_qdc()  # its result reaches the page only through the event loop, not yet run
    assert page.importing.pending
    assert not page.import_btn.isEnabled() and not page.export_btn.isEnabled()
    page.import_qdc()
    assert asked == ["asked"]  # the second press did not even ask for a file
    qtbot.waitUntil(lambda: page.exchange_status.text() != "", timeout=10_000)
    assert page.import_btn.isEnabled() and page.export_btn.isEnabled() and not page.importing.pending
