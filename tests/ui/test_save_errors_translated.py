"""A coordinator's codebook edits and exports that fail say why in the interface language.

The codebook page showed the core's English lines ("a code needs a name in at least one language",
a merge into a code's own sub-code, a .qdc that is not XML) and an export's raw OSError ("[Errno 13]
Permission denied: '/…/.majlis-….tmp'"). A name typed without its extension got a file that opens in
nothing on Windows, and the save dialogs opened in the working directory (an installed app's own folder).
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Code
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.write_failure import write_failure_text
from tests.demo_stores import demo_store_fixture
from tests.i18n_allowlist import english_words
from tests.readonly_folder import read_only


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run: the translations under test


# The demo's two sessions in the store ctx is given: a copy of them generated once per process.
store = demo_store_fixture(sessions=2, seed=3)


@pytest.fixture
def ctx(ctx: AppContext, tmp_path: Path) -> AppContext:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    ctx.demo = True
    return ctx


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx, idle_ms=0)
    qtbot.addWidget(window)
    return window


def test_an_export_name_without_its_extension_gets_it_and_replaces_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(ctx, qtbot)
    earlier = tmp_path / "campaign.xlsx"
    earlier.write_bytes(b"last week's workbook")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "campaign"), ""))
    window.export_xlsx()
    written = tmp_path / "campaign (2).xlsx"
    qtbot.waitUntil(written.exists, timeout=20_000)
    assert earlier.read_bytes() == b"last week's workbook"
    assert not (tmp_path / "campaign").exists()


def test_export_dialogs_start_in_the_home_folder_not_the_program_folder(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def cancel(_parent: object, _title: str, directory: str, _filter: str) -> tuple[str, str]:
        offered.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    window = _window(ctx, qtbot)
    window.export_xlsx()
    window.export_qdpx()
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.export_qdc()
    assert [Path(d).parent for d in offered] == [Path.home()] * 3
    assert window.export_xlsx_action.isEnabled() and window.export_qdpx_action.isEnabled()  # cancel: nothing started


def _page(ctx: AppContext, qtbot: QtBot) -> CodebookPage:
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    return page


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_code_saved_without_any_name_is_refused_in_the_interface_language(
    ctx: AppContext, qtbot: QtBot, lang: str
) -> None:
    ctx.language.set_language(lang)
    page = _page(ctx, qtbot)
    code_id = page.current_id()
    assert code_id is not None
    for edit in page.names.values():
        edit.setText("   ")
    page.save_current()
    qtbot.waitUntil(lambda: page.error_label.text() != "")
    english = "a code needs a name in at least one language"
    assert page.error_label.text().rstrip(".") == QCoreApplication.translate("Codebook", english).rstrip(".")
    assert english_words(page.error_label.text()) == []
    with ctx.store.session() as s:
        code = s.get(Code, code_id)
        assert code is not None and (code.name_ar or code.name_ckb or code.name_en)  # nothing lost


def test_merging_a_code_into_its_own_sub_code_is_refused_in_arabic(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ctx.language.set_language("ar")
    page = _page(ctx, qtbot)
    with ctx.store.session() as s:
        parent = next(c for c in codebook.live_codes(s) if c.name_en == "Participation")
        child = next(c for c in codebook.live_codes(s) if c.parent_id == parent.id)
        parent_id, child_id = parent.id, child.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select(parent_id)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(child_id))
    page.merge_btn.click()
    qtbot.waitUntil(lambda: page.error_label.text() != "")
    assert english_words(page.error_label.text()) == [], page.error_label.text()
    assert page.model.row_for(parent_id) is not None


def test_a_file_that_is_not_xml_is_refused_in_kurdish_without_the_parsers_english(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.language.set_language("ckb")
    page = _page(ctx, qtbot)
    bad = tmp_path / "codes.qdc"
    bad.write_text("Code,Name\n1,Women\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    page.import_qdc()
    qtbot.waitUntil(lambda: page.error_label.text() != "")
    assert page.error_label.text() == QCoreApplication.translate(
        "CodebookPage", "This file is not a REFI-QDA codebook that Majlis can read.")
    assert english_words(page.error_label.text().replace("REFI-QDA", "").replace("Majlis", "")) == []


def test_the_codebook_exported_into_a_read_only_folder_says_so_in_arabic(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.language.set_language("ar")
    page = _page(ctx, qtbot)
    folder = tmp_path / "locked"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "codes.qdc"), ""))
    with read_only(folder):
        page.export_qdc()
        assert list(folder.iterdir()) == []
    shown = page.error_label.text()
    assert shown == write_failure_text(PermissionError(errno.EACCES, "Permission denied"))
    assert shown != "This folder cannot be written to (a read-only or write-protected USB stick?). Choose another place."
    assert "Errno" not in shown and english_words(shown) == []
