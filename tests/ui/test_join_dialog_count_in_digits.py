"""Join a team…, on a laptop that drafted recommendations while working alone, says how many stay as
local drafts: the count was in Latin digits ("4 ڕاسپاردەت…", "كتبتَ 4 توصيات…") whatever digits were
chosen in Settings, beside a screen in Arabic-Indic ones. It is now in the chosen digits, and follows a
change of them."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.ui.context import AppContext
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_drafts_count_is_in_the_chosen_digits(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        for n in range(4):
            recommendations.create(s, {"title_ar": f"توصية {n}", "title_en": f"Recommendation {n}"},
                                   date=dt.date(2022, 11, 1))
    ctx.language.set_language(lang)
    ctx.language.set_digits("arab")
    settle()
    dialog = JoinTeamDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert dialog.drafts.isVisible()
    assert "٤" in dialog.drafts.text() and "4" not in dialog.drafts.text(), dialog.drafts.text()
    ctx.language.set_digits("latn")
    settle()
    assert "4" in dialog.drafts.text() and "٤" not in dialog.drafts.text(), dialog.drafts.text()
