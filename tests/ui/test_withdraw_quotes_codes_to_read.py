"""A withdrawal of consent to be quoted names the codes whose memo, examples or criteria may quote them.

The participant is never quoted from the speech again, but every export (the workbook's Codes sheet, the
REFI-QDA project) still carries each code's memo, examples, definition and criteria, which the researcher
may have written from their words. Before, the withdrawal said nothing of them; now its line names the
codes used on their words that have such a text (never the text), in the interface's language. Real
store, real consent page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Code
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.withdraw_dialog import WithdrawAnswer, WithdrawDialog
from desktop.ui.context import AppContext
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_withdrawal_of_quotes_names_the_codes_to_read(qtbot: QtBot, ctx: AppContext, lang: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)
    with ctx.store.transaction() as s:
        s.scalars(select(Code).where(Code.name_en == "plain")).one().definition = "«قالوا لنا صوّتوا»"
    ctx.language.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 3, timeout=5000)
    row = next(r for r in page.register.rows if r.participant_id == study.withdrawn)
    page.select_record(row.record_id)
    monkeypatch.setattr(WithdrawDialog, "ask",
                        staticmethod(lambda *a, **k: WithdrawAnswer(dt.date(2026, 11, 30), "quotes")))
    before = page.status.text()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() != before and study.pseudonym in page.status.text(), timeout=20000)
    said = page.status.text()
    names = {"en": ("water", "fear", "plain"), "ar": ("المياه", "الخوف", "عادي")}[lang]
    assert all(n in said for n in names), said
    assert "trust" not in said and "الثقة" not in said  # used only on another participant's words
    assert "صوّتوا" not in said and "خفت" not in said  # named, never their text
    assert lang != "en" or ("never be quoted" in said and "Codebook" in said)
