"""The Recommendations page's "Quotes that may be used" and the evidence brief agree.

The page listed quotes the brief then left out, with nothing to say so: a coded segment whose words were
edited since it was coded (shown with a warning, never quoted by the brief until its coding is
reviewed), the same words said twice (the brief quotes them once) and, past six, those the brief had no
room for. A coordinator who saw a quote on the page expected it in the brief. The page now says of each
quote whether the brief prints it, and if not, why; both go by one rule (``support_query.choose``).

Real database, the page offscreen, the brief written by the page's own button as a PDF and as a workbook
and read back (pdftotext, openpyxl).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.core import recommendations, support, support_query
from desktop.core.ids import new_id
from desktop.core.models import (
    Code,
    CodedSegment,
    ConsentRecord,
    Participant,
    Recommendation,
    Session,
    TranscriptTurn,
)
from desktop.exports import brief_data
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.pdf_helpers import missing_words, pdf_text, pdf_words

SAID_TWICE = "البطاقة وصلت متأخرة شهرين"
EDITED = "المركز بعيد عن قرية الزبير"  # "الزبير" is taken out of the transcript after it was coded
REMOVED = "الزبير"
# (session, speaker, words) in reading order
TURNS = (
    (0, "P1", SAID_TWICE),
    (0, "P2", SAID_TWICE),  # the same words: the brief quotes them once
    (0, "P3", EDITED),  # edited since it was coded: not quoted until its coding is reviewed
    (0, "P4", "لا توجد لوحات إرشاد في المركز"),
    (0, "P5", "الموظفون لم يجيبوا على أسئلتنا"),
    (1, "P6", "انتظرنا ثلاث ساعات في الطابور"),
    (1, "P7", "لم نجد أسماءنا في السجل"),
    (1, "P8", "النساء لم يجدن مكانا للجلوس"),
    (1, "P9", "الكهرباء انقطعت أثناء العد"),  # the seventh distinct quote: the brief prints six
)
LEFT_OUT = "الكهرباء"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def _world(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        code = Code(id=new_id(), name_ar="مراكز الاقتراع", name_en="Polling centres")
        rec = Recommendation(id=new_id(), number=1, title_en="Polling centres", title_ar="مراكز الاقتراع",
                             title_ckb="بنکەکانی دەنگدان")
        sessions = [Session(id=new_id(), kind="focus_group", title=f"FG {n + 1}", date=dt.date(2023, 1, 5 + n),
                            governorate="basra") for n in range(2)]
        rows: list[Any] = [code, rec, *sessions]
        for position, (n, speaker, words) in enumerate(TURNS):
            person = Participant(id=new_id(), code=f"BSR-{speaker}", gender="female", age_band="25-34")
            turn = TranscriptTurn(id=new_id(), session_id=sessions[n].id, participant_id=person.id, text=words,
                                  position=float(position))
            rows += [person, turn, ConsentRecord(
                id=new_id(), participant_id=person.id, session_id=sessions[n].id, template_id="t",
                answers={"participate": True, "quote": True}, recorded_at="2023-01-05T10:00:00+03:00"),
                CodedSegment(id=new_id(), code_id=code.id, doc_table="transcript_turn", doc_id=turn.id,
                             doc_field="text", start=0, end=len(words), coder="t", quote=words)]
        s.add_all(rows)
        s.flush()
        recommendations.link_code(s, rec.id, code.id)
        rec_id = rec.id
    with ctx.store.transaction() as s:  # the facilitator takes a name out of P3's turn after the coding
        turn = s.query(TranscriptTurn).filter(TranscriptTurn.text == EDITED).one()
        turn.text = EDITED.replace(REMOVED, "[…]")
    return rec_id


def _open(ctx: AppContext, qtbot: QtBot) -> RecommendationsPage:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    qtbot.waitUntil(lambda: page.view.current is not None and page.view.quotes_model.rowCount() == len(TURNS),
                    timeout=10_000)
    return page


def _column(page: RecommendationsPage, header: str) -> list[str]:
    model = page.view.quotes_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header in headers, headers
    return [str(model.data(model.index(r, headers.index(header)))) for r in range(model.rowCount())]


def _write(page: RecommendationsPage, qtbot: QtBot, path: Path) -> None:
    view = page.view
    written = QCoreApplication.translate("BriefButton", "Evidence brief written: %1").split("%1")[0]
    view.notice.clear()
    view.brief_button.export(str(path))
    qtbot.waitUntil(lambda: view.notice.text().startswith(written), timeout=60_000)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_page_marks_each_quote_as_the_brief_uses_it(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                        lang: str) -> None:
    _world(ctx)
    ctx.language.set_language(lang)
    page = _open(ctx, qtbot)
    tr = page.view.tr
    rows = page.view.quotes_model.rows
    marks = _column(page, tr("In the brief"))
    words = [q.text for q in rows]
    assert [q.speaker for q in rows] == [f"BSR-{speaker}" for _n, speaker, _w in TURNS]  # every quote listed
    yes = tr("Yes")
    expected = {
        "BSR-P1": yes, "BSR-P2": tr("No: the same words are quoted once"),
        "BSR-P3": tr("No: not until its coding is reviewed"),
        "BSR-P4": yes, "BSR-P5": yes, "BSR-P6": yes, "BSR-P7": yes, "BSR-P8": yes,
        "BSR-P9": tr("No: the brief quotes %1 at most").replace("%1", ctx.language.format_number(6)),
    }
    assert dict(zip((q.speaker for q in rows), marks, strict=True)) == expected
    if lang != "en":  # said in the page's language
        english = {"Yes", "No: the same words are quoted once", "No: not until its coding is reviewed",
                   "No: the brief quotes 6 at most"}
        assert not english & set(marks), marks
    in_brief = [w for w, mark in zip(words, marks, strict=True) if mark == yes]

    # The workbook, written by the page's button and read back: exactly the quotes marked "Yes".
    xlsx = tmp_path / "brief.xlsx"
    _write(page, qtbot, xlsx)
    cells = [str(c) for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    quoted = sorted(c[1:-1] for c in cells if c.startswith("«") and c.endswith("»"))
    assert quoted == sorted(in_brief)
    assert not any(REMOVED in c or LEFT_OUT in c for c in cells)

    # The PDF likewise: every quote marked "Yes" searchable, the others not printed, the same words once.
    pdf = tmp_path / "brief.pdf"
    _write(page, qtbot, pdf)
    assert missing_words(pdf, *in_brief) == []
    found = pdf_words(pdf)
    assert REMOVED not in found and LEFT_OUT not in found
    assert pdf_text(pdf).count("شهرين") == 1


def test_the_brief_and_the_page_choose_by_one_rule(ctx: AppContext) -> None:
    """``brief_choice`` over the page's query (no facilitator) and over support's (all) choose the same
    quotes, and the brief prints them in that order; the words it compares are the words retrieval gives
    (the edited segment's as coded, the others' as they read now)."""
    rec_id = _world(ctx)
    with ctx.store.session() as s:
        sup = support.support(s, rec_id)
        assert sup.quote_query is not None
        page_query = support_query.without_facilitator(s, sup.quote_query)
        choice = support_query.brief_choice(s, page_query)
        assert support_query.brief_choice(s, sup.quote_query) == choice
        words = support_query.quote_words(s, sup.quote_query)
        brief = brief_data.build(s, rec_id, "ar")
    assert [w.words for w in words] == [q.text for q in sup.quotes]
    assert [w.needs_review for w in words] == [q.needs_review for q in sup.quotes]
    by_id = {q.segment_id: q.text for q in sup.quotes}
    assert [q.text for q in brief.quotes] == [by_id[i] for i in choice.chosen]
    # The first quote of each session first (P1, P6), then the rest in reading order, six in all.
    assert [q.speaker for q in brief.quotes] == ["BSR-P1", "BSR-P6", "BSR-P4", "BSR-P5", "BSR-P7", "BSR-P8"]
    verdicts = [choice.verdict(q.segment_id) for q in sup.quotes]
    assert verdicts == [support_query.IN_BRIEF, support_query.REPEATED, support_query.TO_REVIEW,
                        *[support_query.IN_BRIEF] * 5, support_query.NOT_CHOSEN]
