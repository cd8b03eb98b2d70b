"""The centre (in Arabic) adds a clause to the consent form and publishes a team update; a field laptop
(in Kurdish) with a focus group half-recorded, two of its three participants' consents taken on version
1, applies it on the Sync page. The line said only "team update 2 applied (rows changed: N)": nothing
told the facilitator that the form had changed, that the consents already taken stay on the version
they signed, or that those two participants must now be asked again. It says so now, in one line, in the
interface language, with the count (default size and 20 points)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, ConsentTemplate
from desktop.sync.team import write_team_update
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.consent_helpers import audio_clause_reworded, consents_taken_on_form_1
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.team_fixture import team_fixture
from tests.ui_helpers import main_window_on_screen

FORM = consent.TEAM_FORM_KEY
CHANGED = " دون ذكر اسمي"  # added to the audio clause in version 2
SAID = ("A new version of the consent form: new consents use it; consents already taken keep the version signed. "
        "Participants to ask again: {count}.")
team = team_fixture(devices=1)


def _applied_on_the_sync_page(manager: LanguageManager, laptop: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                              size: float | None, updates: list[Path]) -> tuple[MainWindow, list[str]]:
    """The laptop's main window in Kurdish (at ``size``) on a 1366x768 screen, ``updates`` applied on its
    Sync page: the window and the results list's lines, once every one is said."""
    window = main_window_on_screen(manager, laptop, qtbot, "ckb", size, (1366, 768), monkeypatch)
    window.go_to("sync")
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=10_000)
    assert sync.import_paths(updates)
    qtbot.waitUntil(lambda: sync.results.count() == len(updates) and sync._token is None, timeout=30_000)
    return window, [sync.results.item(i).text() for i in range(len(updates))]


@pytest.mark.parametrize("size", [None, 20.0])
def test_the_laptop_says_the_consent_form_changed(team: Team, qtbot: QtBot, manager: LanguageManager, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, size: float | None) -> None:
    shots = shots_folder(tmp_path, "MAJLIS_NEW_FORM_SHOTS")
    centre, laptop = team.centre, team.devices[0]
    consents_taken_on_form_1(centre, laptop, tmp_path)  # half-recorded: the third not asked yet
    consent.publish_version(centre, FORM, audio_clause_reworded(CHANGED))
    update = write_team_update(centre, tmp_path / "second.majlis").path

    window, (line,) = _applied_on_the_sync_page(manager, laptop, qtbot, monkeypatch, size, [update])
    window.grab().save(str(shots / f"sync-new-form-{size or 'default'}.png"))
    assert update.name in line
    # The form changed, the consents taken kept, the two to ask again: in the interface's words.
    assert QCoreApplication.translate("SyncTexts", SAID).format(count=window.ctx.language.format_number(2)) in line, line

    with laptop.session() as s:  # the consents taken stay on version 1; a new one is on version 2
        kept = {s.get(ConsentTemplate, r.template_id).version
                for r in s.scalars(select(ConsentRecord))}
        assert kept == {1}
        newest = consent.template_for(s, FORM, "ckb")
        assert newest is not None and newest.version == 2


@pytest.mark.parametrize("newest_first", [True, False])
def test_two_updates_at_once_end_on_the_newest(team: Team, qtbot: QtBot, manager: LanguageManager, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, newest_first: bool) -> None:
    """Offline for weeks: versions 2 and 3 of the form arrive together on one stick. The laptop ends on
    version 3 whatever the order, and each applied line counts the two to ask again (the second of them
    said 0: the first had marked them already)."""
    centre, laptop = team.centre, team.devices[0]
    consents_taken_on_form_1(centre, laptop, tmp_path)
    updates: list[Path] = []
    for extra in (" أ", " ب"):
        consent.publish_version(centre, FORM, audio_clause_reworded(extra))
        updates.append(write_team_update(centre, tmp_path / f"update{len(updates) + 2}.majlis").path)

    window, lines = _applied_on_the_sync_page(manager, laptop, qtbot, monkeypatch, None,
                                              updates[::-1] if newest_first else updates)
    said = QCoreApplication.translate("SyncTexts", SAID).format(count=window.ctx.language.format_number(2))
    assert [said in line for line in lines] == ([True, False] if newest_first else [True, True]), lines
    with laptop.session() as s:
        newest = consent.template_for(s, FORM, "ckb")
        assert newest is not None and newest.version == 3
