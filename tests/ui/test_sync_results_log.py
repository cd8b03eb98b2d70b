"""The Sync page's results are a log that follows the language: lines written in English (an import's
heading and per-file lines, a refused file, a published team update) are said again in Arabic after
the switch, in the user's digits after a digit change, and in the same English words after switching
back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _lines(page: Any) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def _no_english(line: str, *names: str) -> bool:
    for name in names:
        line = line.replace(name, "")
    return not any("a" <= ch <= "z" for ch in line.lower())


def test_earlier_lines_follow_a_language_switch(team: Team, qtbot: QtBot, make_ctx: Any, language: Any,
                                                tmp_path: Path) -> None:
    demo.generate(team.devices[0], sessions=1, seed=8)
    made = export_bundle(team.devices[0], tmp_path / "basra.majlis")
    assert made is not None
    photo = tmp_path / "photo.majlis"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    page = open_page(make_ctx(team.centre), qtbot)
    assert page.import_paths([made.path, photo])
    qtbot.waitUntil(lambda: page.results.count() == 3, timeout=30_000)
    assert page.team_updates.publish_to(tmp_path / "update.majlis")
    qtbot.waitUntil(lambda: page.results.count() == 4, timeout=30_000)
    english = _lines(page)
    assert english[0].startswith("Import finished. Files: 2.") and english[3].startswith("Team update 1 written")
    assert english[1].startswith(f"{shown_path('photo.majlis')}: refused: ")
    assert english[2].startswith(f"{shown_path('basra.majlis')}: imported")
    # An import's lines name the file read; an export's, the whole path of the file written (where it went).
    assert english[3] == f"Team update 1 written: {shown_path(tmp_path / 'update.majlis')}", english[3]
    assert page.results.item(0).font().bold()

    language.set_language("ar")
    qtbot.waitUntil(lambda: _lines(page) != english)
    arabic = _lines(page)
    # File names, the folder a file was written in and the age tool's name are not words to translate.
    names = (str(tmp_path), "basra.majlis", "photo.majlis", "update.majlis", "age")
    assert all(_no_english(line, *names) for line in arabic), arabic
    assert "basra.majlis" in arabic[2] and shown_path(tmp_path / "update.majlis") in arabic[3]
    assert page.results.item(0).font().bold()  # still the run's heading

    page.ctx.language.set_digits("arab")
    assert "١" in page.results.item(3).text()  # team update 1, in the digits chosen
    page.ctx.language.set_digits("latn")
    language.set_language("en")
    qtbot.waitUntil(lambda: _lines(page) == english)
