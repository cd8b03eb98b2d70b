"""A participant already withdrawn and erased is refused before the withdrawal dialog, not after it.

On the Participants page (and the Consent page) Withdraw consent… on a participant whose data was
already erased opened the whole dialog: the facilitator chose a date, typed a reason, read what would be
destroyed and ticked that it cannot be undone, and only after OK was told "already withdrawn and erased;
nothing was changed". The same translated line now comes at once, and no dialog opens.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import withdrawal
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from tests.erasure_helpers import make_study
from tests.i18n_allowlist import english_words
from tests.ui_helpers import dialogs_opened


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_an_erased_participant_is_refused_at_once(lang: str, ctx: AppContext, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    withdrawal.withdraw_participant(ctx.store, participant_id=study.withdrawn, scope="all", on="2026-11-30")
    opened: list[Any] = dialogs_opened(monkeypatch, WithdrawDialog)
    ctx.language.set_language(lang)
    try:
        page = ParticipantsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).participant_id == study.withdrawn)
        page.view.setCurrentIndex(page.model.index(row, 0))
        page.withdraw_selected()
        refused = QCoreApplication.translate(
            "Withdrawal", "This participant's data was already withdrawn and erased; nothing was changed.")
        qtbot.waitUntil(lambda: page.status.text() == refused, timeout=10_000)
        assert opened == []
        assert lang == "en" or english_words(page.status.text()) == []
        # The other participant is still asked (the dialog opens, here answered Cancel).
        other = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).participant_id == study.other)
        page.view.setCurrentIndex(page.model.index(other, 0))
        page.withdraw_selected()
        assert len(opened) == 1
    finally:
        ctx.language.set_language("en")
