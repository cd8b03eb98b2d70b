"""The Codebook page's "Segments" per code are the segments the Reports count: those in the texts that
are still there.

A turn deleted from a transcript, an agenda item or decision removed from a roundtable's minutes, or a
draft session deleted keeps its coded segments in the database (each one a tombstone's neighbour, so a
delete travels in a bundle as one row). The Codebook page counted them still: a coordinator read 9
segments of a code there and 7 in the Reports matrix, the Excel workbook and Retrieval, with no way to
find the other two."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import demo, sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import AgendaItem, CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.models.code_tree import flatten
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.matrix_tab import TOTAL
from desktop.ui.reports.page import ReportsPage
from tests.ui_helpers import main_window


def _coded(s: OrmSession, table: str, model: type[TranscriptTurn] | type[AgendaItem]) -> str:
    """A live document of ``table`` with a live coded segment on it."""
    return s.execute(
        select(model.id).join(CodedSegment, (CodedSegment.doc_id == model.id) & (CodedSegment.doc_table == table))
        .where(model.deleted.is_(False), CodedSegment.deleted.is_(False)).limit(1)).scalar_one()


def test_codebook_counts_what_the_reports_count(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    demo.generate(store, sessions=6, seed=4, advocacy=False)
    with store.transaction() as s:
        turn = _coded(s, "transcript_turn", TranscriptTurn)
        transcripts.delete_turn(s, turn)
        item = s.get(AgendaItem, _coded(s, "agenda_item", AgendaItem))
        assert item is not None
        item.deleted = True  # as the minutes' autosave removes a row taken out of the agenda
        coded_sessions = select(TranscriptTurn.session_id).join(
            CodedSegment, CodedSegment.doc_id == TranscriptTurn.id).where(CodedSegment.deleted.is_(False))
        draft = s.execute(select(Session.id).where(Session.status == "draft", Session.deleted.is_(False),
                                                   Session.id.in_(coded_sessions)).limit(1)).scalar_one()
    sessions.tombstone_session(store, draft)
    window = main_window(manager, store, qtbot, "ar")
    window.go_to("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.loads >= 1)
    matrix = reports.matrix
    matrix.run()
    qtbot.waitUntil(lambda: matrix.matrix is not None, timeout=20_000)
    assert matrix.matrix is not None
    counted = {code_id: matrix.row_total(code_id) for code_id in matrix.matrix.code_ids}
    assert sum(counted.values()) == matrix.row_total(TOTAL) > 0
    window.go_to("codebook")
    codebook = window.page("codebook")
    assert isinstance(codebook, CodebookPage)
    qtbot.waitUntil(lambda: codebook.loads >= 1)
    shown = {row.id: row.usage for row in flatten(codebook.model.roots)}
    assert shown == counted
    # What the tree shows, in the chosen digits.
    first = codebook.model.index(0, 1)
    assert first.data() == manager.format_number(counted[codebook.model.roots[0].id])
