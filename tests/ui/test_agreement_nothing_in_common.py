"""Two coders who coded no document in common are not reported as agreeing 0 %.

Each coder had coded other transcripts: "Compare coders" then said "Documents: 0; coded characters: 0;
agreement 0.0%, kappa –", a figure that reads as total disagreement and could be copied into a
methods section. Now the tab says that there is nothing to compare, and no figure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage

TEXT = "الشباب فقدوا الثقة بمجالس المحافظات بسبب ضعف الخدمات"


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_no_document_in_common_is_said_without_a_figure(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10))
        code = Code(name_en="A")
        s.add_all([session, code])
        s.flush()
        first, second = (TranscriptTurn(session_id=session.id, text=TEXT, position=float(i)) for i in range(2))
        s.add_all([first, second])
        s.flush()
        coding.apply_code(s, code.id, "transcript_turn", first.id, "text", 0, 10, "amal")
        coding.apply_code(s, code.id, "transcript_turn", second.id, "text", 0, 10, "bashir")
    ctx.language.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads == 1)
    a = page.agreement
    a.coder_a.setCurrentText("amal")
    a.coder_b.setCurrentText("bashir")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.report is not None)
    expected = QCoreApplication.translate(
        "AgreementTab", "These two coders coded no document in common: there is no agreement to report.")
    assert a.summary.text() == expected
    assert a.per_code.rowCount() == 0 and a.disagreements.rowCount() == 0
    before = a.coder_a.accessibleName()
    ctx.language.set_language("ar" if lang == "en" else "en")  # said again in the language switched to
    qtbot.waitUntil(lambda: a.coder_a.accessibleName() != before)
    assert a.summary.text() == QCoreApplication.translate(
        "AgreementTab", "These two coders coded no document in common: there is no agreement to report.")


def test_a_coder_with_themselves_is_said_again_after_a_language_switch(ctx: AppContext, qtbot: QtBot) -> None:
    """The refusal to compare a coder with themselves became "Choose two coders who coded the same
    documents." after a language switch; and a comparison read earlier came back over it when the data
    changed."""
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="S1", date=dt.date(2023, 1, 10))
        code = Code(name_en="A")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, text=TEXT, position=0.0)
        s.add(turn)
        s.flush()
        for coder, end in (("amal", 10), ("bashir", 20)):
            coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, end, coder)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    a = page.agreement
    page.tabs.setCurrentWidget(a)
    a.coder_a.setCurrentText("amal")
    a.coder_b.setCurrentText("bashir")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.report is not None)
    a.coder_b.setCurrentText("amal")
    a.run_btn.click()
    same = "Choose two different coders: a coder compared with themselves always agrees."
    assert a.summary.text() == same
    ctx.language.set_language("ar")
    qtbot.waitUntil(lambda: a.summary.text() != same)
    assert a.summary.text() == QCoreApplication.translate("AgreementTab", same)
    with ctx.store.transaction() as s:  # a change to the codings: nothing read earlier comes back
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 20, 30, "amal")
    ctx.events.changed.emit({"coded_segment"})
    qtbot.wait(200)
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert a.report is None and a.per_code.rowCount() == 0
    assert a.summary.text() == QCoreApplication.translate("AgreementTab", same)
