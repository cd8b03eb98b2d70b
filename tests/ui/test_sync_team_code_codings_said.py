"""A laptop applying a team update in which the centre deleted a team code the facilitator had applied,
and merged another into a third: the laptop's codings of the deleted code went with it, those of the
merged one moved, as the README says, and nothing said a word. The passages coded with the retired
code lost their highlight in the open coding window, and the facilitator took it for a fault (or for
their own slip). The update's line on the Sync page now says how many of this laptop's codings were
deleted and moved with those codes, in the interface language; an update that touched none says nothing
more than before. `majlis-cli team update import` prints the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.team import write_team_update
from desktop.ui.sync.page import SyncPage
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team, coded_then_retired
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)
DELETED = "This laptop's codings with codes the centre deleted: {count}, deleted with them."
MOVED = "This laptop's codings with codes the centre merged into others: {count}, moved to those codes."


def _apply(page: SyncPage, update: Path, qtbot: QtBot) -> str:
    count = page.results.count()
    assert page.team_updates.apply_team_updates([update])
    qtbot.waitUntil(lambda: page.results.count() > count, timeout=30_000)
    return page.results.item(page.results.count() - 1).text()


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_update_line_says_the_codings_that_went(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                    language: Any, lang: str) -> None:
    first, second = coded_then_retired(team, tmp_path)
    page = open_page(make_ctx(team.devices[0]), qtbot)
    language.set_language(lang)
    line = _apply(page, second, qtbot)
    if lang == "en":
        assert line.endswith(f" \u2014 {DELETED.format(count=2)} \u2014 {MOVED.format(count=1)}"), line
    else:
        assert english_words(line.split(": ", 1)[1]) == [], line
    # Nothing of the kind in an update that retired no code this laptop had applied.
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="السكن")
    language.set_language("en")
    third = _apply(page, write_team_update(team.centre, tmp_path / "u3.majlis").path, qtbot)
    assert third.endswith("team update 3 applied (rows changed: 1)"), third
