"""The Consent page's retention box says what the end of a study erases. Since the erasure also
empties the witnesses' names on consent records (ed6a10e), its lines said only "names, phones,
signatures and scans": a coordinator read that the witnesses' names stay. Real widget, the real
compiled catalogues, in each language."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.retention import RetentionStatus
from desktop.ui.consent.retention_box import RetentionBox
from desktop.ui.context import AppContext

WITNESSES = {"en": "witnesses' names", "ar": "أسماء الشهود", "ckb": "ناوی شایەتەکان"}
NO_PERIOD = RetentionStatus(None, None, None, False, 3, 2)
DUE = RetentionStatus(6, dt.date(2025, 1, 5), dt.date(2025, 7, 5), True, 3, 2)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_retention_lines_say_the_witnesses_names_go_too(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    box = RetentionBox(ctx)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.state is not None, timeout=10_000)  # its own first read is done
    ctx.language.set_language(lang)
    try:
        for state in (NO_PERIOD, DUE):
            box.show_state(state)
            assert WITNESSES[lang] in box.summary.text(), box.summary.text()
    finally:
        ctx.language.set_language("en")
