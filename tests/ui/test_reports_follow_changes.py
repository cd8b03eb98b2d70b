"""What the Reports page shows follows the data under it.

A coordinator read a code's segments, searched for a phrase and opened a matrix cell, then withdrew a
participant (scope: everything): the erased words stayed in all three tables, and "Code all hits"
on the old hits then failed with a traceback (the turn's text was "[…]" by then). Now a withdrawal
takes the words off the tabs at once, the tabs read again, and hits whose words changed after the
search are left alone and counted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent_rules, demo
from desktop.core.models import TranscriptTurn
from desktop.core.retrieval import Retrieved
from desktop.core.search import Hit
from desktop.ui.consent import withdrawal_flow
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.reports.page import ReportsPage


@pytest.fixture
def ctx(ctx: AppContext) -> AppContext:
    demo.generate(ctx.store, sessions=5, seed=1)
    return ctx


def _page(ctx: AppContext, qtbot: QtBot, shown: bool = True) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    if shown:
        page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    return page


def _a_spoken_segment(page: ReportsPage, qtbot: QtBot) -> Retrieved:
    """The first code whose segments include a participant's own (unredacted) words, shown."""
    r = page.retrieval
    for i in range(r.code.count()):
        r.code.setCurrentIndex(i)
        r.run()
        qtbot.waitUntil(lambda: not page.retrieval.status.text().endswith("…"))
        spoken = [x for x in r.results if x.participant_id and not x.redacted and x.doc_table == "transcript_turn"]
        if spoken:
            return spoken[0]
    raise AssertionError("the demo has no coded speech")


def _rows(model: Any) -> list[Any]:
    return list(model.rows)


def _shows_words_of(rows: list[Any], participant_id: str, turn_ids: set[str]) -> list[str]:
    out = []
    for row in rows:
        if isinstance(row, Retrieved) and row.participant_id == participant_id and not row.redacted:
            out.append(row.text)
        if isinstance(row, Hit) and row.doc_id in turn_ids:
            out.append(row.snippet)
    return out


def _withdraw_everything(ctx: AppContext, page: ReportsPage, victim: Retrieved, qtbot: QtBot,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *_a, **_k: (dt.date.today(), "all", "")))
    said: list[object] = []
    assert victim.participant_id is not None
    assert withdrawal_flow.start(ctx, page, victim.participant_id, victim.speaker, said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)


def test_a_withdrawal_takes_the_speakers_words_off_every_report_tab(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(ctx, qtbot)
    victim = _a_spoken_segment(page, qtbot)
    with ctx.store.session() as s:
        turns = {t.id for t in s.query(TranscriptTurn).filter(TranscriptTurn.participant_id == victim.participant_id)}
    # A search that finds the victim's turn, and the matrix cell that holds the segment.
    search = page.search
    search.query.setText(victim.text.split()[0])
    search.run()
    qtbot.waitUntil(lambda: any(h.doc_id in turns for h in search.hits))
    matrix = page.matrix
    matrix.run()
    qtbot.waitUntil(lambda: matrix.matrix is not None)
    assert matrix.matrix is not None
    row, column = matrix.matrix.code_ids.index(victim.code_id), matrix.matrix.values.index(victim.governorate) + 1
    matrix._cell_chosen(matrix.model.index(row, column))
    qtbot.waitUntil(lambda: bool(_shows_words_of(_rows(matrix.drill_model), str(victim.participant_id), turns)))
    assert _shows_words_of(_rows(page.retrieval.model), str(victim.participant_id), turns)

    _withdraw_everything(ctx, page, victim, qtbot, monkeypatch)

    models = (page.retrieval.model, search.model, matrix.drill_model)
    # At once: not one cell still holds what the person said.
    for model in models:
        assert _shows_words_of(_rows(model), str(victim.participant_id), turns) == []
    # Then each tab reads again: the segment is still counted, its words are "[…]"; the hit is gone.
    qtbot.waitUntil(lambda: any(r.participant_id == victim.participant_id for r in page.retrieval.results))
    redacted = [r for r in page.retrieval.results if r.participant_id == victim.participant_id]
    assert all(r.redacted and r.text == consent_rules.REDACTED for r in redacted)
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and matrix.drill_model.rowCount() > 0)
    for model in models:
        assert _shows_words_of(_rows(model), str(victim.participant_id), turns) == []


def test_a_hidden_reports_page_forgets_erased_words_at_once_and_reads_again_when_shown(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(ctx, qtbot)
    victim = _a_spoken_segment(page, qtbot)
    shown_before = page.retrieval.model.rowCount()
    page.hide()  # the coordinator is on the Participants page
    _withdraw_everything(ctx, page, victim, qtbot, monkeypatch)
    assert page.retrieval.model.rowCount() == 0  # nothing of it kept behind the other page
    page.show()
    qtbot.waitUntil(lambda: page.retrieval.model.rowCount() == shown_before)
    assert all(r.redacted for r in page.retrieval.results if r.participant_id == victim.participant_id)


def test_code_all_hits_after_the_text_changed_codes_what_is_still_there_and_says_the_rest(
    ctx: AppContext, qtbot: QtBot
) -> None:
    page = _page(ctx, qtbot, shown=False)  # hidden: the edit below cannot start a new search
    search = page.search
    search.query.setText("الأقضية")
    search.run()
    qtbot.waitUntil(lambda: len(search.hits) >= 2)
    edited = next(h for h in search.hits if h.doc_table == "transcript_turn")

    def edit(s: Any) -> None:
        turn = s.get(TranscriptTurn, edited.doc_id)
        turn.text = "نص آخر كُتب بعد البحث، من دون تلك الكلمة."

    CollectionOp(ctx, edit).run_in_background()
    assert ctx.tasks.drain(10_000)
    search.code.setCurrentIndex(1)
    search.code_all()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: search.status.text() != "")
    codable = sum(len(h.highlights) for h in search.hits)
    said = search.status.text()
    assert said.split()[0] == str(codable - 1)  # every other hit coded
    assert said.endswith("coded\n1 hit left out: the text changed after the search. Search again to code them.")
