"""Publishing a team update to a file name that exists is refused in a team update's words.

The refusal said "a bundle never replaces another" (the bundle export's sentence): the wrong noun for
a coordinator publishing a team update. It now says a team update never replaces another file, in
the interface's language; the file there is left as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.sync.errors import MESSAGE_CONTEXT, BundleFileExistsError, TeamUpdateFileExistsError
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_team_update_over_a_file_is_refused_in_its_own_words(team: Team, qtbot: QtBot, make_ctx: Any,
                                                               language: Any, tmp_path: Path, lang: str) -> None:
    there = tmp_path / "update.majlis"
    there.write_bytes(b"an update not carried to the laptops yet")
    language.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    assert page.team_updates.publish_to(there)
    qtbot.waitUntil(lambda: page.results.count() == 1 and page.publish_button.isEnabled(), timeout=30_000)
    line = page.results.item(0).text()

    def said(sentence: str) -> str:
        return QCoreApplication.translate(MESSAGE_CONTEXT, sentence)

    assert said(TeamUpdateFileExistsError.default_message) in line, line
    assert said(BundleFileExistsError.default_message) not in line, line
    if lang == "en":
        assert "a team update never replaces another file" in line and "bundle" not in line, line
    else:
        assert not any("a" <= ch <= "z" for ch in line), line  # translated, not the English sentence
    assert there.read_bytes() == b"an update not carried to the laptops yet"
