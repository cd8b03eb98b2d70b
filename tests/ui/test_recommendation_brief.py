"""The evidence brief from the Recommendations page, as a PDF or a workbook.

It was a command-line export only: the page told a facilitator with a local draft to "give a
coordinator its evidence brief", and neither of them could make one in the app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.write_failure import write_failure_text
from tests.demo_stores import demo_store_fixture
from tests.i18n_allowlist import english_words
from tests.pdf_helpers import missing_words
from tests.readonly_folder import read_only

# The conftest's store with ``demo.generate(store, sessions=4, seed=2)`` done, as a copy of one generated
# once per process (tests/demo_stores.py): generated in every test, it was a fifth of this module's time.
store = demo_store_fixture(sessions=4, seed=2)


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RecommendationsPage:
    ctx.language.set_language("ar")
    p = RecommendationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.show()
    view = p.view
    assert not view.brief_button.isEnabled()  # no recommendation chosen yet
    qtbot.waitUntil(lambda: len(p.list_model.rows) > 0, timeout=10_000)
    p.list.setCurrentIndex(p.list_model.index(0, 0))  # (selectRow does nothing in a right-to-left table)
    qtbot.waitUntil(lambda: view.current is not None, timeout=10_000)
    assert view.brief_button.isEnabled()
    return p


def _said(page: RecommendationsPage, qtbot: QtBot, start: str) -> str:
    qtbot.waitUntil(lambda: page.view.notice.text().startswith(start), timeout=60_000)
    return page.view.notice.text()


def test_the_brief_as_a_pdf_in_arabic(page: RecommendationsPage, qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    view = page.view
    assert view.current is not None
    title = view.current.fields["title_ar"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "brief"), "PDF document (*.pdf)"))
    view.brief_button.click()
    written = tmp_path / "brief.pdf"  # the extension added
    said = _said(page, qtbot, QCoreApplication.translate("BriefButton", "Evidence brief written: %1").split("%1")[0])
    assert str(written) in said and written.read_bytes().startswith(b"%PDF")
    assert missing_words(written, title) == []  # the recommendation's own title, searchable


def test_the_brief_as_a_workbook_right_to_left(page: RecommendationsPage, qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    view = page.view
    assert view.current is not None
    title = view.current.fields["title_ar"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "brief"), "Excel workbook (*.xlsx)"))
    view.brief_button.click()
    written = tmp_path / "brief.xlsx"
    _said(page, qtbot, QCoreApplication.translate("BriefButton", "Evidence brief written: %1").split("%1")[0])
    wb = load_workbook(written)
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(title in c for c in cells)


def test_a_brief_into_a_read_only_folder_says_why_in_arabic(page: RecommendationsPage, qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    with read_only(folder):
        page.view.brief_button.export(str(folder / "brief.pdf"))
        start = QCoreApplication.translate("BriefButton", "The evidence brief could not be written: %1").split("%1")[0]
        said = _said(page, qtbot, start)
        assert list(folder.iterdir()) == []
    import errno

    assert said.endswith(write_failure_text(PermissionError(errno.EACCES, "denied")))
    assert english_words(said) == [] and "Errno" not in said
    assert page.view.brief_button.isEnabled()


def test_the_line_the_brief_left_follows_a_language_switch(page: RecommendationsPage, qtbot: QtBot, tmp_path: Path,
                                                           ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """'Evidence brief written: …' stayed in Arabic after a switch to Kurdish, until the next brief."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "brief"), "PDF document (*.pdf)"))
    page.view.brief_button.click()
    source = ("BriefButton", "Evidence brief written: %1")
    _said(page, qtbot, QCoreApplication.translate(*source).split("%1")[0])
    for lang in ("ckb", "en"):
        ctx.language.set_language(lang)
        qtbot.waitUntil(lambda: page.view.notice.text().startswith(QCoreApplication.translate(*source).split("%1")[0]))
        assert str(tmp_path / "brief.pdf") in page.view.notice.text()
        assert lang == "en" or QCoreApplication.translate(*source) != source[1]  # really translated


def test_the_brief_is_offered_under_the_recommendations_number(page: RecommendationsPage, qtbot: QtBot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Every brief was offered as 'evidence-brief.pdf': saving R2's brief beside R1's offered to replace it."""
    offered: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    view = page.view
    assert view.current is not None
    view.brief_button.click()
    assert offered and Path(offered[0]).name == f"evidence-brief-R{view.current.number}.pdf"
