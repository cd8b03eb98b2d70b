"""A team update chosen with ten bundles at the centre: it is set aside (a centre writes team updates and
does not apply them; Results says so), not imported as a bundle. The import's bar said "0 of 11 files"
while the files were told apart, then counted to ten ("0 of 10 files" at first), so the count changed
under a coordinator's eyes. Now it counts nothing until it knows what it imports: "Looking at the
chosen files…", then 0 to 10 of 10.

Real centre, ten real bundles (age, Ed25519) and a real team update, chosen by the real import
dialog's answer; every text the bar shows is recorded as the page sets it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.sync.team import write_team_update
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)

LOOKING = {"en": "Looking at the chosen files…"}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_bar_counts_only_the_bundles_it_imports(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                    manager: LanguageManager, monkeypatch: pytest.MonkeyPatch,
                                                    lang: str) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    bundles = [laptop_bundle(team, folder / f"b{n:02d}.majlis", n) for n in range(10)]
    with team.centre.transaction() as s:
        codebook.create_code(s, name_ar="طرق التواصل مع المجلس")
    update = write_team_update(team.centre, folder / "update.majlis").path
    files = bundles[:5] + [update] + bundles[5:]
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in files], "")))
    shown: list[str] = []
    set_format = page.progress.setFormat

    def recorded(text: str) -> None:
        set_format(text)
        shown.append(page.progress.text())

    monkeypatch.setattr(page.progress, "setFormat", recorded)
    page.import_button.click()
    qtbot.waitUntil(lambda: page._token is None and len(page.last_outcomes) == 10 and page.is_loaded(),
                    timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported"] * 10
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert f"{shown_path('update.majlis')}: " in lines[1], lines  # the team update, set aside, said
    fmt = page.ctx.language.format_number
    assert shown, "the bar showed nothing"
    assert not any(fmt(11) in text for text in shown), shown  # never counted with the team update
    looking, counted = shown[0], [t for t in shown[1:] if t]
    assert fmt(10) not in looking and fmt(0) not in looking, shown  # no count while the files are told apart
    if lang == "en":
        assert looking == LOOKING["en"], shown
        assert counted[0] == "0 of 10 files" and counted[-1] == "10 of 10 files", shown
    else:  # in the language chosen, with the same count
        assert not any("a" <= ch <= "z" for ch in looking + counted[0]), shown
        assert fmt(10) in counted[0] and fmt(10) in counted[-1], shown
    assert all(fmt(10) in text for text in counted), shown  # from its first count, out of ten
