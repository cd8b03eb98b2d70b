"""Register a device… on the centre's roster applies the bundles the device sent before, held for
approval under that key (register_device.register -> roster.approve_registered), as Approve does; and as
Approve (roster_decide.RosterDecisions.said_applied, shared) it says their Results lines again and announces
the tables they wrote. Before, RegisterButton._registered only read the roster again: the Results line
still said "held for approval (device … is not on the roster)" though the bundle was applied, and the
Participants page, already read, did not list the participant the bundle brought (it reads again only when
told). Each is asserted on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys, roster
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=0)
CODE = "AMR-FG01-P0007"


def _codes(page: ParticipantsPage) -> list[str]:
    model = page.model
    return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]


@pytest.mark.parametrize("what", ["results_line", "participants_page"])
def test_register_a_device_says_and_announces_what_it_applied(
        what: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    device, key = new_id(), keys.generate_signing_key()
    stick = tmp_path / "stick"
    stick.mkdir()
    data = participant_data(code=CODE, real_name=None, phone=None)
    forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
          name="Amarah laptop", out=stick / "amarah.majlis")

    window = main_window_on_screen(manager, team.centre, qtbot, "en", None, (1366, 768), monkeypatch)
    window.go_to("participants")
    people = window.page("participants")
    assert isinstance(people, ParticipantsPage)
    qtbot.waitUntil(lambda: people.loads >= 1, timeout=30_000)
    assert not any(CODE in text for text in _codes(people))

    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    page.set_identity_path(team.identity_file)
    assert page.import_paths(sorted(stick.iterdir()))
    panel = page.roster_panel
    qtbot.waitUntil(lambda: page._token is None and panel.waiting_list.count() == 1, timeout=60_000)
    qtbot.waitUntil(lambda: panel.register_button.isEnabled(), timeout=30_000)

    dialog = panel.register_button.open_dialog()
    assert dialog is not None
    dialog.id_box.setText(device)
    dialog.key_box.setText(keys.public_key_b64(key))
    dialog.name_box.setText("Amarah laptop")
    assert dialog.register() is True
    qtbot.waitUntil(lambda: dialog.done_result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0, timeout=30_000)
    assert roster.pending(team.centre) == []  # the held bundle was applied

    if what == "results_line":
        line = next(page.results.item(i).text() for i in range(page.results.count())
                    if "amarah.majlis" in page.results.item(i).text())
        assert "held for approval" not in line, line
    else:
        window.go_to("participants")

        def listed() -> None:
            assert any(CODE in text for text in _codes(people)), "the registered device's participant is not listed"

        qtbot.waitUntil(listed, timeout=30_000)  # once the page makes the read it was told to make
    window.close()
