"""A file chosen with "Team key file…" that is no key (the team file, the file most often taken for "the
team's key"; a device) was taken as the key without a word, and said to be wrong only at the next
import, after the coordinator had gathered the bundles. It is read on the DB worker when chosen, so it
is said at once now, in one translated line, and the key chosen before stays. Real team, real files,
real widgets offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.i18n.catalogue import translate
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_key_helpers import choose_key
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=0)

TEAM_FILE_WORDS = ("This is the team file, not an age identity file: the team file holds no key. The team's "
                   "key is kept in the centre's database (majlis-cli team key export writes it to a file).")


def lines(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_the_team_file_chosen_as_the_key_is_said_at_once(lang: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                         manager: LanguageManager,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot,
                     identity=team.identity_file)
    manager.set_language(lang)
    page.results.clear()
    taken, _ = choose_key(page, team.team_file, [], monkeypatch, qtbot)
    assert not taken and page.identity_path == team.identity_file  # the key chosen before stays
    said = lines(page)
    assert len(said) == 1, said
    reason = translate(lang, "BundleError", TEAM_FILE_WORDS)
    assert reason in said[0], said
    if lang != "en":
        assert reason != TEAM_FILE_WORDS and not said[0].isascii()


def test_a_device_chosen_as_the_key_is_said_at_once(team: Team, qtbot: QtBot, make_ctx: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=team.identity_file)
    page.results.clear()
    taken, _ = choose_key(page, Path("/dev/zero"), [], monkeypatch, qtbot)
    assert not taken and page.identity_path == team.identity_file
    assert lines(page) == ["Team key file: This is a folder or a device, not a key file."]
