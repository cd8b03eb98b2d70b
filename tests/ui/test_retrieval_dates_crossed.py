"""Reports → Retrieval "Only between" two dates, the From date after the To date.

No segment can come from a session dated on or after the first date and on or before an earlier one:
the tab searched anyway and said "0 segments", as if the code had never been applied in that time.
It now says the From date is after the To date (one translated line), lists nothing and reads
nothing; with the dates in order (or the same day) the segments are listed as before.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.reports.page import ReportsPage
from tests.coding_window_helpers import coder_context_fixture

ctx = coder_context_fixture()
CROSSED = "The From date is after the To date: no segment can fall between them. Change one of the dates."


def _coded(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="أربيل ٣", date=dt.date(2026, 1, 5), governorate="erbil")
        person = Participant(code="ERB-FG03-P01", gender="female", age_band="18-29")
        s.add_all([sess, person])
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=1.0, participant_id=person.id, text="قانون الانتخابات")
        s.add(turn)
        s.flush()
        code = codebook.create_code(s, name_ar="قانون الانتخابات", name_en="Electoral law")
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 5, "amal")
        return code.id


def test_crossed_dates_are_said_not_searched(ctx: AppContext, qtbot: QtBot) -> None:
    code_id = _coded(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    tab = page.retrieval
    tab.code.setCurrentIndex(tab.code.findData(code_id))
    tab.use_dates.setChecked(True)
    tab.date_from.setDate(QDate(2026, 1, 1))
    tab.date_to.setDate(QDate(2026, 1, 31))
    tab.run()
    qtbot.waitUntil(lambda: len(tab.results) == 1, timeout=10_000)

    tab.date_from.setDate(QDate(2026, 2, 1))
    tab.run()
    said = tab.status.text()
    assert said == tab.tr(CROSSED)  # at once: nothing was sent to the database
    if str(ctx.language.language) != "en":
        assert said != CROSSED
    assert tab.results == [] and tab.model.rowCount() == 0
    assert ctx.tasks.drain(10_000)
    QApplication.processEvents()
    assert tab.status.text() == said

    tab.date_from.setDate(QDate(2026, 1, 5))
    tab.date_to.setDate(QDate(2026, 1, 5))  # the same day is in order
    tab.run()
    qtbot.waitUntil(lambda: len(tab.results) == 1, timeout=10_000)
    assert tab.status.text() != said


