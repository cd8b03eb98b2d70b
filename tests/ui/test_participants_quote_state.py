"""Whether a participant may be quoted, as the lists say it and as the exports do it.

The exports (the workbook's coded segments, the reports' and briefs' quotes) decide per session,
from the consent records that apply to it (that session's and the standing ones). The lists did not:
* the Participants page said 'consent given' for a participant who had withdrawn consent to be
  quoted, exactly as for one who may be quoted, while every export left their words out;
* `majlis-cli participants list` said `withdrawn_quotes` as soon as any consent record had been
  withdrawn for quotes, also for a participant who later agreed to be quoted again for a later
  session, whose words of that session the workbook quotes.
Both now say `withdrawn_quotes` ('quotes withdrawn' on the page) exactly when, after a withdrawal of
quotes, none of the participant's sessions may quote them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.core import coding, consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, Code
from desktop.exports import xlsx_words as words
from desktop.exports.xlsx import export_xlsx
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import add_turn, all_yes, focus_group, template_texts
from tests.i18n_allowlist import english_words

#: The second session: after the withdrawal of 1 March 2026 (one of that day or before is covered by it).
LATER = dt.date(2026, 3, 10)


def _study(store: Store, *, again: bool) -> tuple[str, str]:
    """One participant, coded in a first session; they withdraw consent to be quoted. ``again``: they
    then take part in a second session and agree to be quoted there. (pseudonym, participant id)."""
    consent.publish_version(store, "session-consent", template_texts())
    first = focus_group(store, 1, language="ckb")
    pid = first.participants[0]
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ckb").id
    with store.transaction() as s:
        code = Code(name_ar="المياه", name_en="water", name_ckb="ئاو")
        s.add(code)
        s.flush()
        code_id = code.id
    consent.record_consent(store, pid, first.session_id, tid, all_yes(tid, store), "paper", facilitator="F1")
    turn = add_turn(store, first.session_id, pid, "ئاوی خواردنەوە نییە لە گوندەکەمان", 1.0)
    with store.transaction() as s:
        coding.apply_code(s, code_id, "transcript_turn", turn, "text", 0, 10, "coder A")
    withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-03-01")
    if again:
        second = focus_group(store, 0, language="ckb", title="دانیشتنی دووەم", day=LATER)
        with store.transaction() as s:
            s.add(Attendance(session_id=second.session_id, participant_id=pid, role="citizen", seat=1))
        consent.record_consent(store, pid, second.session_id, tid, all_yes(tid, store), "paper", facilitator="F1")
        turn = add_turn(store, second.session_id, pid, "قوتابخانەکە مامۆستای نییە", 1.0)
        with store.transaction() as s:
            coding.apply_code(s, code_id, "transcript_turn", turn, "text", 0, 10, "coder A")
    return first.codes[0], pid


def _quotable_in_workbook(store: Store, tmp_path: Path) -> list[str]:
    """The workbook's 'quotable' column of the coded segments, in order."""
    out = tmp_path / "all.xlsx"
    export_xlsx(store, out, lang="en")
    ws = load_workbook(out, read_only=True)[words.sheet_name("en", words.SHEET_SEGMENTS)]
    rows = list(ws.iter_rows(values_only=True))
    column = rows[0].index(words.word("en", words.QUOTABLE))
    return [str(r[column]) for r in rows[1:]]


def _listed(store: Store, pseudonym: str) -> str:
    return next(r.consent for r in withdrawal.participants(store) if r.pseudonym == pseudonym)


def test_a_participant_quotable_again_in_a_later_session_is_not_listed_as_withdrawn_quotes(
        store: Store, tmp_path: Path) -> None:
    pseudonym, _ = _study(store, again=True)
    assert sorted(_quotable_in_workbook(store, tmp_path)) == [words.word("en", words.NO), words.word("en", words.YES)]
    assert _listed(store, pseudonym) == "given"


def test_a_participant_never_to_be_quoted_is_listed_as_withdrawn_quotes(store: Store, tmp_path: Path) -> None:
    pseudonym, _ = _study(store, again=False)
    assert _quotable_in_workbook(store, tmp_path) == [words.word("en", words.NO)]
    assert _listed(store, pseudonym) == "withdrawn_quotes"


def _page_consent(ctx: AppContext, qtbot: QtBot) -> tuple[str, object]:
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    index = page.model.index(0, page.model.columns.index("consent"))
    return str(page.model.data(index, Qt.ItemDataRole.DisplayRole)), page.model.data(
        index, Qt.ItemDataRole.ForegroundRole)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_participants_page_says_quotes_withdrawn(
        lang: str, ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    _study(ctx.store, again=False)
    shown, colour = _page_consent(ctx, qtbot)
    assert colour is not None  # in red, like every consent that is not plainly given
    if lang == "en":
        assert shown == "consent given, quotes withdrawn"
    else:
        assert english_words(shown) == [], shown
        assert shown != QCoreApplication.translate("Demographics", "consent given")


def test_the_participants_page_says_consent_given_when_a_later_session_may_quote(
        ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language("en")
    _study(ctx.store, again=True)
    shown, colour = _page_consent(ctx, qtbot)
    assert (shown, colour) == ("consent given", None)


def test_a_sessions_participants_say_quotes_withdrawn_for_that_session_only(
        ctx: AppContext, qtbot: QtBot, manager: LanguageManager) -> None:
    """The focus-group editor's participants: by the records of that session, as its exports."""
    from sqlalchemy import select

    from desktop.core.models import Attendance as Seat
    from desktop.ui.focus_group.participants_model import COLUMNS, SessionParticipantsModel

    manager.set_language("en")
    _, pid = _study(ctx.store, again=True)
    with ctx.store.session() as s:
        first, second = (s.scalars(select(Seat.session_id).where(Seat.participant_id == pid)
                                   .order_by(Seat.created_at)).all())
    shown = {}
    for session_id in (first, second):
        model = SessionParticipantsModel(ctx, session_id)
        model.reload()
        index = model.index(0, list(COLUMNS).index("consent"))
        shown[session_id] = (model.data(index), model.data(index, Qt.ItemDataRole.ForegroundRole) is not None)
    assert shown == {first: ("consent given, quotes withdrawn", True), second: ("consent given", False)}
