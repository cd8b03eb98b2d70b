"""After an erasure, the report window names the codes whose memo or examples may quote the participant.

Before, a withdrawal of everything with no copy to list opened no window and said nothing of the codes
used on the erased words, whose memo or examples (the researcher's own text) may quote them. Now the
window opens for them too and names them in the interface's language. Real store, real widgets.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import erasure_report
from desktop.ui.context import AppContext
from desktop.ui.sync import arrived_erasure
from tests.core.test_erasure_codes_to_review import codes_around
from tests.erasure_helpers import make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page


def test_the_report_opens_to_name_the_codes_to_read(qtbot: QtBot, ctx: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    assert len(opened) == 1  # no copy to list: it opened for the codes
    report = opened[0]
    qtbot.addWidget(report)
    assert not report.items.isVisibleTo(report) and report.codes_note.isVisibleTo(report)
    said = report.codes_note.text()
    assert "Codebook" in said and "water" in said and "fear" in said
    assert "plain" not in said and "trust" not in said
    ctx.language.set_language("ar")
    report.retranslate()
    said = report.codes_note.text()
    assert "المياه" in said and "الخوف" in said and "، " in said
    assert "water" not in said and "fear" not in said  # the names in Arabic (the line once translated)


def test_an_arrived_erasure_says_there_are_codes_to_read(ctx: AppContext) -> None:
    study = make_study(ctx.store)
    codes_around(ctx.store, study)
    from desktop.core import withdrawal

    withdrawal.withdraw_participant(ctx.store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    said = arrived_erasure.line(arrived_erasure.Arrived(erasure_report.report(ctx.store), at_centre=True))
    assert "memo or examples of codes" in said and "Publish a team update" in said
