"""A team update older than the one a laptop applied, and never applied there itself (an earlier file
left on the coordinator's stick), was said on the Sync page as "already applied: This team update is
older than, or the same as, the one already applied." The facilitator took it for applied. It now says
it was not applied, being older than the one applied here (both numbers); the update applied here given
again is still said to be already applied, with its number. Real laptop, real signed team updates, the
files given to the real Sync page; in en and ckb."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.i18n_allowlist import english_words
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _line(page: SyncPage, qtbot: QtBot, path: Path) -> str:
    before = page.results.count()
    assert page.import_paths([path])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > before, timeout=30_000)
    name = shown_path(path.name)
    return next(text for i in range(page.results.count()) if name in (text := page.results.item(i).text()))


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_an_older_update_is_said_not_applied_and_the_same_one_already_applied(
        team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path, manager: LanguageManager, lang: str) -> None:
    laptop = team.devices[0]
    first = write_team_update(team.centre, tmp_path / "first.majlis").path
    second = write_team_update(team.centre, tmp_path / "second.majlis").path
    import_team_update(laptop, second)  # update 2 applied; update 1 never was
    before = full_digest(laptop)
    manager.set_language(lang)
    page = open_page(make_ctx(laptop, lang=manager), qtbot)

    older, again = _line(page, qtbot, first), _line(page, qtbot, second)

    assert full_digest(laptop) == before  # nothing changed
    if lang == "en":
        assert older == (f"{shown_path('first.majlis')}: not applied: team update 1 is older than the one already "
                         "applied here (team update 2); nothing was changed."), older
        assert again == (f"{shown_path('second.majlis')}: already applied: team update 2 is the one applied here; "
                         "nothing was changed."), again
    else:
        for said, name in ((older, "first.majlis"), (again, "second.majlis")):
            assert english_words(said.replace(shown_path(name), "")) == [], said
        assert "جێبەجێ نەکرا" in older and "پێشتر جێبەجێ کراوە" not in older, older  # "not applied"
        assert "پێشتر جێبەجێ کراوە" in again, again  # "already applied"
        assert "1" in older and "2" in older and "2" in again
