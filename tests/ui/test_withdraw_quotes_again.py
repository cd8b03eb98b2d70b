"""A participant withdraws consent to be quoted, later takes part in another session and agrees to be
quoted there, then withdraws consent to be quoted once more. The second withdrawal was refused
("already withdrew consent to be quoted; nothing was changed") because an earlier record was withdrawn,
and the words of the later session stayed quotable: in listings, the workbook and the briefs.
Now only the records not yet withdrawn are marked, and the earlier withdrawal keeps its date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, consent_rules, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, ConsentRecord
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts
from tests.i18n_allowlist import english_words

#: The second session: after the withdrawal of 1 March 2026 (one of that day or before is covered by it).
LATER = dt.date(2026, 3, 10)


@pytest.fixture
def twice(store: Store) -> tuple[FocusGroup, str]:
    """A participant of a first session who withdrew quotes on 1 March 2026, then consented to
    everything, quotes included, for a second session: (first group, second session id)."""
    consent.publish_version(store, "session-consent", template_texts())
    first = focus_group(store, 1, language="ckb")
    second = focus_group(store, 0, language="ckb", title="دانیشتنی دووەم", day=LATER)
    pid = first.participants[0]
    with store.transaction() as s:
        s.add(Attendance(session_id=second.session_id, participant_id=pid, role="citizen", seat=1))
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ckb").id
    consent.record_consent(store, pid, first.session_id, tid, all_yes(tid, store), "paper", facilitator="F1")
    withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-03-01")
    consent.record_consent(store, pid, second.session_id, tid, all_yes(tid, store), "paper", facilitator="F1")
    with store.session() as s:
        assert consent_rules.may_quote(s, pid, second.session_id)
    return first, second.session_id


def withdrawal_dates(store: Store, pid: str) -> list[str | None]:
    with store.session() as s:
        return list(s.scalars(select(ConsentRecord.withdrawn_at).where(ConsentRecord.participant_id == pid)
                              .order_by(ConsentRecord.recorded_at, ConsentRecord.created_at)))


def test_the_service_withdraws_the_later_consent_and_keeps_the_first_date(
        store: Store, twice: tuple[FocusGroup, str]) -> None:
    first, second = twice
    pid = first.participants[0]
    result = withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes", on="2026-06-10")
    assert result.records == 1  # the one not withdrawn yet
    assert withdrawal_dates(store, pid) == ["2026-03-01", "2026-06-10"]
    with store.session() as s:
        assert not consent_rules.may_quote(s, pid, second)
    with pytest.raises(consent.ConsentInvalid) as again:  # now every record is withdrawn: refused
        withdrawal.withdraw_participant(store, participant_id=pid, scope="quotes")
    assert again.value.code == "already_withdrawn"


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_participants_page_withdraws_quotes_a_second_time(
        lang: str, ctx: AppContext, twice: tuple[FocusGroup, str], qtbot: QtBot, manager: LanguageManager,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = twice
    manager.set_language(lang)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0, 0))  # selectRow does nothing in a right-to-left table
    monkeypatch.setattr(WithdrawDialog, "ask",
                        staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 6, 10), "quotes")))
    said = page.status.text()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() != said, timeout=10_000)
    line = page.status.text()
    assert first.codes[0] in line
    assert lang != "en" or "never be quoted" in line
    assert lang == "en" or english_words(line) == [], line
    with ctx.store.session() as s:
        assert not consent_rules.may_quote(s, first.participants[0], second)
