"""After an erasure whose only copies were backups, "Rewrite the local backups…" left the report's
list empty under its text "These files were made while the erased words existed…", as if files were
still named. The dialog now says that no copy is left and hides the empty list. Real store, real
backup, real widgets offscreen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.erasure_page_helpers import withdraw_all_on_consent_page

NOTHING_LEFT = {
    "en": "No copy made while the erased words existed is left that Majlis knows of.",
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_report_says_nothing_is_left_once_the_backups_are_rewritten(
        lang: str, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    study = make_study(ctx.store)
    backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)
    _page, opened = withdraw_all_on_consent_page(qtbot, ctx, study, monkeypatch)
    report = opened[0]
    qtbot.addWidget(report)
    ctx.language.set_language(lang)
    report.retranslate()
    before = report.explain.text()
    assert report.items.count() == 1 and report.items.isVisibleTo(report)
    report.rewrite_backups(PASSPHRASE)
    qtbot.waitUntil(lambda: not report.rewrite.isEnabled() and report.items.count() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: report.explain.text() != before, timeout=5_000)
    assert not report.items.isVisibleTo(report)
    said = report.explain.text()
    if lang == "en":
        assert said == NOTHING_LEFT["en"]
    else:
        assert said and not said.isascii() and "Majlis" not in said.replace("مجلس", "")
