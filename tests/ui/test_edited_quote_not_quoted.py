"""A quote whose words were edited in the transcript after they were coded (a name taken out, a
misheard phrase corrected) was still printed as coded: the evidence brief, the Recommendations
page's quotes and its Evidence list all showed the words that are no longer in the transcript."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop.core import recommendations
from desktop.core.models import TranscriptTurn
from desktop.exports.brief_pdf import write_brief_pdf
from desktop.exports.brief_xlsx import write_brief_xlsx
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import build
from tests.pdf_helpers import pdf_words

REMOVED = "بايومترية"  # the word the facilitator takes out of P1's turn after it was coded


def _world_with_an_edited_quote(ctx: Any) -> str:
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_segment(s, rec.id, world.segments["seg1"])  # P1: "نريد بطاقة بايومترية لكل ناخب."
        recommendations.link_segment(s, rec.id, world.segments["seg5"])  # P5, Kurdish, untouched
        rec_id = rec.id
    with ctx.store.transaction() as s:
        turn = s.get(TranscriptTurn, world.turns["T1"])
        assert turn is not None
        turn.text = turn.text.replace(REMOVED, "[…]")
    return rec_id


def test_the_brief_never_quotes_words_edited_out(ctx: Any, tmp_path: Path) -> None:
    rec_id = _world_with_an_edited_quote(ctx)
    pdf, xlsx = tmp_path / "brief.pdf", tmp_path / "brief.xlsx"
    (brief,) = write_brief_pdf(ctx.store, pdf, rec_id=rec_id, lang="ar")
    assert [q.text for q in brief.quotes] == ["ئەنجامەکان دەبێت زوو ڕابگەیەنرێن."]
    assert REMOVED not in pdf_words(pdf)
    (brief,) = write_brief_xlsx(ctx.store, xlsx, rec_id=rec_id, lang="ar")
    assert all(REMOVED not in q.text for q in brief.quotes)
    assert brief.participants == 2  # P1 still supports it: only the quote waits for a review


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_page_shows_no_words_edited_out(ctx: Any, qtbot: Any, lang: str) -> None:
    _world_with_an_edited_quote(ctx)
    ctx.language.set_language(lang)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None and len(page.view.links_model.rows) == 2,
                        timeout=10_000)
        quotes = [page.view.quotes_model.data(page.view.quotes_model.index(r, 0))
                  for r in range(page.view.quotes_model.rowCount())]
        links = [page.view.links_model.data(page.view.links_model.index(r, 1))
                 for r in range(page.view.links_model.rowCount())]
        assert quotes and links
        assert not any(REMOVED in str(text) for text in quotes + links), (quotes, links)
        note = page.view.tr("(edited since it was coded: review the coding before quoting it)")
        assert note in quotes and "ئەنجامەکان دەبێت زوو ڕابگەیەنرێن." in quotes
        if lang == "ckb":
            assert note.startswith("(دوای")
    finally:
        ctx.language.set_language("en")


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_workbook_shows_no_words_edited_out(ctx: Any, tmp_path: Path, lang: str) -> None:
    """The Excel export's coded segments sheet printed the coding's words as coded, after the
    facilitator had taken them out of the transcript."""
    from openpyxl import load_workbook

    from desktop.exports.xlsx import export_xlsx
    from desktop.i18n.catalogue import translate

    _world_with_an_edited_quote(ctx)
    out = tmp_path / "export.xlsx"
    export_xlsx(ctx.store, out, lang=lang)
    cells = [str(c) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    assert not any("نريد بطاقة " + REMOVED in c for c in cells)
    assert translate(lang, "Workbook", "[edited since it was coded: review the coding]") in cells
    assert any("[…]" in c for c in cells)  # the transcript as it reads now


def test_the_session_summary_pdf_quotes_no_words_edited_out(ctx: Any, tmp_path: Path) -> None:
    """A focus group's summary PDF (the codes with their quotes) quoted the words as coded."""
    from desktop.exports.pdf_sessions import write_session_pdf
    from desktop.i18n.catalogue import translate
    from tests.pdf_helpers import missing_words

    _world_with_an_edited_quote(ctx)
    with ctx.store.session() as s:
        turn = s.get(TranscriptTurn, _turn_id(ctx))
        assert turn is not None
        session_id = turn.session_id
    out = tmp_path / "summary.pdf"
    write_session_pdf(ctx.store, session_id, out, "summary", "ar", "latn")
    assert REMOVED not in pdf_words(out)
    note = translate("ar", "PdfReport",
                     "Coded segments not quoted (their words were edited after coding; to review): {count}")
    assert missing_words(out, note.format(count="1")) == []


def _turn_id(ctx: Any) -> str:
    from sqlalchemy import select

    with ctx.store.session() as s:
        return str(s.scalars(select(TranscriptTurn.id).where(TranscriptTurn.text.like("نريد بطاقة%"))).one())
