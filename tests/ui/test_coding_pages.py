"""The codebook page and the reports page, driven through their widgets on a demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core import codebook, coding
from desktop.core.models import Code, CodedSegment
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.context import AppContext
from desktop.ui.models.code_tree import flatten
from desktop.ui.reports.page import ReportsPage
from tests.demo_stores import demo_store_fixture


@pytest.fixture
def user_name() -> str:
    return "amal"


# The demo's six sessions in the store ctx is given: a copy of them generated once per process.
store = demo_store_fixture(sessions=6, seed=2)


def _code(ctx: AppContext, name_en: str) -> Code:
    with ctx.store.session() as s:
        return next(c for c in codebook.live_codes(s) if c.name_en == name_en)


def test_codebook_page_edit_move_merge_delete_and_qdc(qtbot, qtmodeltester, ctx: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)  # the tree is read on the DB worker
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 5  # the demo's top-level codes
    women, youth = _code(ctx, "Women"), _code(ctx, "Youth")
    # Edit names and colour through the panel.
    page.select(women.id)
    assert page.names["en"].text() == "Women"
    page.names["ckb"].setText("ئافرەتان")
    page.colour_edit.setText("#123abc")
    page.texts["definition"].setPlainText("بەشداریی ئافرەتان")
    page.save_btn.click()
    ctx.tasks.drain()
    with ctx.store.session() as s:
        code = s.get(Code, women.id)
        assert code is not None and code.name_ckb == "ئافرەتان" and code.colour == "#123abc"
        assert code.definition == "بەشداریی ئافرەتان"
    # Drag Youth to the top level (what a drop on the empty area does).
    mime = page.model.mimeData([page.model.index_for(youth.id)])
    page.model.dropMimeData(mime, page.model.supportedDropActions(), -1, 0, page.model.index_for(youth.id).parent().parent())
    ctx.tasks.drain()
    assert page.model.rowCount() == 6
    # Merge Youth into Women (confirmation answered Yes), usage counts add up.
    counts = page.model.row_for(women.id).usage + page.model.row_for(youth.id).usage
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select(youth.id)
    page.merge_combo.setCurrentIndex(page.merge_combo.findData(women.id))
    page.merge_btn.click()
    ctx.tasks.drain()
    assert page.model.row_for(youth.id) is None
    assert page.model.row_for(women.id).usage == counts
    # Export and re-import the codebook through the (patched) file dialogs.
    target = tmp_path / "book.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_btn.click()
    assert b"urn:QDA-XML:codebook:1.0" in target.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    page.import_btn.click()
    ctx.tasks.drain()
    assert page.error_label.text() == ""
    # New code, then delete it.
    before = {r.id for r in flatten(page.model.roots)}
    page.new_code(sub=False)
    ctx.tasks.drain()
    new_id = page.current_id()
    assert new_id and new_id not in before and page.model.row_for(new_id) is not None
    page.delete_current()
    ctx.tasks.drain()
    assert page.model.row_for(new_id) is None
    assert "version" in page.version_label.text()


def test_reports_page_tabs(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)  # codes and coders are read on the DB worker
    integrity = _code(ctx, "Integrity")
    # Retrieval with sub-codes.
    r = page.retrieval
    r.code.setCurrentIndex(r.code.findData(integrity.id))
    r.run_btn.click()
    qtbot.waitUntil(lambda: r.model.rowCount() > 0)
    with ctx.store.session() as sess:
        family = codebook.with_subcodes(sess, [integrity.id])
    assert len(family) > 1 and {x.code_id for x in r.results} <= family
    # Search and code all hits.
    s = page.search
    s.query.setText("المفوضية")
    s.run_btn.click()
    qtbot.waitUntil(lambda: s.model.rowCount() > 0)
    s.code.setCurrentIndex(s.code.findData(integrity.id))
    s.code_all()
    ctx.tasks.drain()
    assert int(s.status.text().split()[0]) > 0
    # Matrix, bar chart and drill-down.
    m = page.matrix
    m.run_btn.click()
    qtbot.waitUntil(lambda: m.model.rowCount() > 0)
    m._cell_chosen(m.model.index(0, 1))
    qtbot.waitUntil(lambda: bool(m.chart.bars))
    # Co-occurrence, and agreement: a second coder who coded two of the demo coder's segments the same.
    c = page.cooccurrence
    c.run_btn.click()
    qtbot.waitUntil(lambda: c.model.columnCount() > 0)
    with ctx.store.transaction() as sess:
        for seg in sess.query(CodedSegment).filter(CodedSegment.coder == "demo").limit(2).all():
            coding.apply_code(sess, seg.code_id, seg.doc_table, seg.doc_id, seg.doc_field, seg.start, seg.end, "amal")
    page.refresh()
    qtbot.waitUntil(lambda: page.agreement.coder_b.findText("amal") >= 0)
    a = page.agreement
    a.coder_a.setCurrentText("demo")
    a.coder_b.setCurrentText("amal")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.report is not None)
    assert a.report is not None and 0.0 < a.report.percent < 100.0  # amal coded only two of them


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_page_screenshots(qtbot, ctx: AppContext, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx.language.set_language(lang)
    book = CodebookPage(ctx)
    qtbot.addWidget(book)
    book.resize(1000, 600)
    with qtbot.waitExposed(book):
        book.show()
    qtbot.waitUntil(lambda: book.loads == 1)
    book.select(_code(ctx, "Women").id)
    assert book.grab().save(str(tmp_path / f"coding_codebook_{lang}.png"))
    reports = ReportsPage(ctx)
    qtbot.addWidget(reports)
    reports.resize(1000, 600)
    with qtbot.waitExposed(reports):
        reports.show()
    qtbot.waitUntil(lambda: reports.loads == 1)
    m = reports.matrix
    reports.tabs.setCurrentWidget(m)
    m.run_btn.click()
    qtbot.waitUntil(lambda: m.model.rowCount() > 0)
    m._cell_chosen(m.model.index(2, 1))
    qtbot.waitUntil(lambda: m.drill_model.rowCount() > 0 or m.status.text() == "")
    qtbot.wait(50)
    assert reports.grab().save(str(tmp_path / f"coding_reports_matrix_{lang}.png"))
    s = reports.search
    reports.tabs.setCurrentWidget(s)
    s.query.setText("الانتخابات" if lang != "ckb" else "هەڵبژاردن*")
    s.run_btn.click()
    qtbot.waitUntil(lambda: s.model.rowCount() > 0)
    qtbot.wait(50)
    assert reports.grab().save(str(tmp_path / f"coding_reports_search_{lang}.png"))
