"""The coordinator's place on the Sync page kept when an approval (or an import) reads the devices
again: the laptop chosen in the devices table (one with changes missing, to phone about) and the one
chosen on the roster (to revoke, or take a bundle of) stay chosen and in sight.

Before, the table was read again from scratch (its choice gone, scrolled back to the top) and the roster
list kept the row's number, not the device: approving "Amarah laptop", listed before the Basra laptops,
moved the roster's choice from Basra laptop 7 to Basra laptop 6, whose Revoke… was then a click away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys, roster
from desktop.sync.devices import preregister
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_trust_roster_panel import _answer
from tests.ui_helpers import main_window_on_screen

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)
LAPTOPS = 14
CHOSEN = "Basra laptop 7"


def bundle(team: Team, out: Path, name: str, code: str, *, on_roster: bool) -> Path:
    device, key = new_id(), keys.generate_signing_key()
    if on_roster:
        preregister(team.centre, device, keys.public_key_b64(key), name)
    data = participant_data(code=code, real_name=None, phone=None)
    return forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
                 name=name, out=out)


def stick_imported(team: Team, manager: LanguageManager, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, lang: str,
                   stick: Path, *, waiting: int) -> tuple[MainWindow, SyncPage]:
    """The centre's window on the laptop screen, its Sync page having imported ``stick`` (``waiting``
    devices held for approval)."""
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (895, 424), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    page.set_identity_path(team.identity_file)
    assert page.import_paths(sorted(stick.iterdir()))
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == waiting and panel.approve_button.isEnabled(), timeout=30_000)
    return window, page


def chosen_in_table(page: SyncPage) -> str:
    current = page.devices_view.currentIndex()
    return "" if not current.isValid() else str(current.siblingAtColumn(0).data())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_approval_keeps_the_chosen_devices(lang: str, team: Team, manager: LanguageManager, qtbot: QtBot,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    stick = tmp_path / "stick"
    stick.mkdir()
    for d in range(1, LAPTOPS + 1):
        bundle(team, stick / f"basra{d}.majlis", f"Basra laptop {d}", f"BSR-FG{d:02d}-P0001", on_roster=True)
    bundle(team, stick / "amarah.majlis", "Amarah laptop", "AMR-FG01-P0001", on_roster=False)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, lang, stick, waiting=1)
    panel = page.roster_panel

    # The laptop chosen in the devices table, scrolled to; and on the roster.
    view, shown = page.devices_view, page.devices_sorted
    row = next(r for r in range(shown.rowCount()) if shown.index(r, 0).data() == CHOSEN)
    view.setCurrentIndex(shown.index(row, 0))
    view.scrollTo(shown.index(row, 0))
    names = [e.name for e in panel.entries]
    panel.roster_list.setCurrentRow(names.index(CHOSEN))
    assert chosen_in_table(page) == CHOSEN and panel.selected_entry().name == CHOSEN

    devices = shown.rowCount()
    assert panel.approve_selected()  # Amarah laptop, listed before the Basra laptops
    qtbot.waitUntil(lambda: shown.rowCount() == devices + 1 and len(panel.entries) == len(names) + 1
                    and page.is_loaded(), timeout=30_000)
    qtbot.wait(50)
    assert chosen_in_table(page) == CHOSEN
    current = view.currentIndex()
    assert view.viewport().rect().intersects(view.visualRect(current)), "the chosen laptop out of sight"
    assert view.selectionModel().isRowSelected(current.row(), QModelIndex())
    entry = panel.selected_entry()
    assert entry is not None and entry.name == CHOSEN
    assert panel.roster_list.currentItem().isSelected()
    window.close()


def test_a_decision_elsewhere_keeps_the_waiting_device_and_the_lists_scrolled(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The facilitator of Kirkuk laptop on the phone, its fingerprint on the screen, when another window
    (or majlis-cli device approve) approves the laptop listed before it: before, the row kept its
    number, and the fingerprint shown became the next laptop's. The roster and the devices table, scrolled
    to their end with nothing chosen, stay there."""
    stick = tmp_path / "stick"
    stick.mkdir()
    for d in range(1, LAPTOPS + 1):
        bundle(team, stick / f"basra{d}.majlis", f"Basra laptop {d}", f"BSR-FG{d:02d}-P0001", on_roster=True)
    for n, name in enumerate(("Halabja laptop", "Kirkuk laptop", "Duhok laptop")):  # waiting in this order
        bundle(team, stick / f"x{n}.majlis", name, f"{name[:3].upper()}-FG01-P0001", on_roster=False)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, "ar", stick, waiting=3)
    panel = page.roster_panel
    kirkuk = next(w for w in panel.waiting if w.name == "Kirkuk laptop")
    panel.waiting_list.setCurrentRow(panel.waiting.index(kirkuk))
    assert panel.fingerprint_label.text() == kirkuk.fingerprint
    panel.roster_list.setCurrentRow(-1)
    roster_bar = panel.roster_list.verticalScrollBar()
    table_bar = page.devices_view.verticalScrollBar()
    # A list lays its rows out in a later turn of the event loop: until then its scroll bar has no range (at
    # the end of the import the 15 rows of 23 pixels in a 165-pixel list had none in 3 runs of 4).
    qtbot.waitUntil(lambda: roster_bar.maximum() > 0 and table_bar.maximum() > 0, timeout=10_000)
    roster_bar.setValue(roster_bar.maximum())
    page.devices_view.setCurrentIndex(QModelIndex())
    table_bar.setValue(table_bar.maximum())
    where = roster_bar.value(), table_bar.value()
    assert min(where) > 0

    assert [w.name for w in panel.waiting] == ["Halabja laptop", "Kirkuk laptop", "Duhok laptop"]
    other = panel.waiting[0]
    roster.approve(team.centre, other.id, role="field", waiting_only=True)  # decided in another window
    entries, devices = len(panel.entries), page.devices_sorted.rowCount()
    panel.refresh()
    page.refresh()
    qtbot.waitUntil(lambda: len(panel.entries) == entries + 1 and page.devices_sorted.rowCount() == devices + 1
                    and page.is_loaded(), timeout=30_000)
    qtbot.wait(50)
    chosen = panel.selected()
    assert chosen is not None and chosen.name == "Kirkuk laptop"
    assert panel.fingerprint_label.text() == kirkuk.fingerprint
    assert roster_bar.value() == where[0] > 0, "the roster went back to its top"
    assert table_bar.value() >= where[1] > 0, "the devices table went back to its top"
    window.close()
