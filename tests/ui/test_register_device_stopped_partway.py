"""Register a device… whose held bundles the disk stopped partway is said as Approve's stopped approval is.

Registering puts the device on the roster, then applies the bundles it sent before (held under that key),
as Approve does. When the disk refused the third of three, the dialog said only "Failed: The disk reported
an error.", read as nothing done, though the device was on the roster and two bundles were applied. Now the
dialog closes (the device is registered) and the roster panel says what Approve says when it stops partway
(roster_decide.RosterDecisions.stopped_partway, shared): on the roster, why it stopped, how many of its
bundles were applied, and that Approve again applies the others; the Results lines of the two applied say
so, the third's that it is not applied yet and Approve again applies it (it said held "(device … is not on
the roster)", though registering had put the device on it). The disk "fills up" through the file-size
limit (tests/disk_room.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync import keys, roster
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.disk_room import disk_room
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_roster_approve_stopped_partway import (
    SAID,
    _result_line,
    waits_for_approve_again,
    without_marks,
)
from tests.ui_helpers import main_window_on_screen

pytest.importorskip("resource", reason="file-size limits are POSIX only")

team = team_fixture(devices=0)


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_a_registration_stopped_partway_says_what_it_did(team: Team, tmp_path: Path, qtbot: QtBot,
                                                         manager: LanguageManager, lang: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.ids import new_id

    device, key = new_id(), keys.generate_signing_key()
    spans = [(1, 1), (2, 2), (3, 6002)]  # two small bundles, then a large one the disk has no room for
    bundles = [forge(team, [change("participant", "insert", participant_data(
        code=f"KRK-FG01-P{n:04d}", real_name=None, phone=None, occupation="x" * 90), device=device, seq=n)
        for n in range(first, last + 1)], device_id=device, key=key, name="Kirkuk laptop",
        out=tmp_path / f"kirkuk-{first}.majlis") for first, last in spans]
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(bundles)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: len(panel.waiting) == 1 and page.import_button.isEnabled(), timeout=60_000)
    qtbot.waitUntil(lambda: panel.register_button.isEnabled(), timeout=30_000)
    names = [b.name for b in bundles]
    held = {name: _result_line(page, name) for name in names}

    dialog = panel.register_button.open_dialog()
    assert dialog is not None
    dialog.id_box.setText(device)
    dialog.key_box.setText(keys.public_key_b64(key))
    dialog.name_box.setText("Kirkuk laptop")
    folder = team.centre.path.parent
    room = max(f.stat().st_size for f in folder.glob("centre.db*")) + 300_000  # the small ones, not the large
    with disk_room(room):
        assert dialog.register() is True
        qtbot.waitUntil(lambda: not dialog.working, timeout=60_000)
        page.ctx.tasks.drain(30_000)
    assert not dialog.isVisible()  # registered: the dialog closed, the panel says the rest
    said = panel.result_label.text()
    first, *lines = said.split("\n")
    assert without_marks(first).startswith(SAID[lang]), said
    assert len(lines) == 2, said  # the two bundles applied, each in its line
    assert [_result_line(page, name) == held[name] for name in names] == [False, False, False], \
        [_result_line(page, name) for name in names]
    assert waits_for_approve_again(_result_line(page, names[2])), _result_line(page, names[2])
    assert [(w.device_id, w.bundles) for w in roster.pending(team.centre)] == [(device, 1)]  # Approve again: the rest
    window.close()
