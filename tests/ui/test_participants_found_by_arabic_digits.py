"""Participants page: a pseudonym searched with the digits an Arabic or Kurdish keyboard types
("P٠٢", "FG۰۱-P۰۲", "٠٢"). Any non-Latin character sent the search to occupations and districts only:
the person was not found, in the language where those digits are the ones typed. The pseudonym is now
searched alike, with the same folding (either kind of digits finds it)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from tests.consent_helpers import focus_group


@pytest.mark.parametrize("typed", ["P٠٢", "fg٠٣-p٠٢", "FG۰۳-P۰۲", "BSR-FG03-P02"])
def test_a_pseudonym_typed_with_arabic_digits_is_found(typed: str, ctx: AppContext, store: Store,
                                                       qtbot: QtBot) -> None:
    group = focus_group(store, 3)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    loads = page.loads
    page.search.setText(typed)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads > loads, timeout=10_000)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).participant_id == group.participants[1]
