"""Reject all waiting… on the Sync page's roster, as ``majlis-cli device reject --all-pending``.

Anyone with a copy of the team file can fill the waiting list (at most 50 devices: held_limits.py) with
bundles, each under a key made for it, until a genuine new laptop's bundle is refused as
``waiting_list_full``. The CLI empties the list in one transaction; the Sync page made the coordinator
press Reject… and answer its question once per device. Now one button asks once (how many devices and
bundles, Cancel by default, how a genuine laptop comes back), rejects them all on the DB worker in one
transaction, says their held Results lines discarded, and reads the roster again. A refusal (another
program writing to the database) is one translated line and rejects none. Real SQLCipher stores, real
age bundles from made-up keys, real widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import busy_wait
from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.core.models import HeldBundle
from desktop.core.sqlcipher_file import raw_connect
from desktop.sync import keys, rejections, roster
from desktop.sync.importer import import_files
from desktop.sync.team import team_identities
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.question_dialog import QuestionDialog
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.shots import private_folders, private_paths, shots_folder
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_sync_place_kept_after_approval import bundle, stick_imported
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=0)

T = QCoreApplication.translate
Cancel = QDialogButtonBox.StandardButton.Cancel
LAPTOP_150 = (895, 424)  # a window's room on a 1366x768 laptop at 150 % (tests/laptop_screen.py)


def _stick(team: Team, tmp_path: Path, forged: int) -> Path:
    """A stick of ``forged`` bundles from made-up devices (a key made for each), and one from a laptop the
    centre registered (applied, not held)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    for n in range(forged):
        bundle(team, stick / f"forged-{n}.majlis", f"forged {n}", f"BSR-FG{n:02d}-P0001", on_roster=False)
    bundle(team, stick / "basra.majlis", "Basra laptop", "BSR-FG99-P0001", on_roster=True)
    return stick


def _held(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(HeldBundle)) or 0)


def _lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def question_box() -> QuestionDialog | None:
    box = QApplication.activeModalWidget()
    return box if isinstance(box, QuestionDialog) and box.objectName() == "reject_all_question" else None


def press(qtbot: QtBot, page: SyncPage, confirm: bool,
          act: Callable[[QuestionDialog], None] | None = None) -> tuple[str, str, bool]:
    """Press Reject all waiting…, look at its question (``act``), answer it (Reject all, or Cancel); the
    question, its explanation, and whether Cancel was its default."""
    qtbot.mouseClick(page.roster_panel.reject_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question_box() is not None, timeout=10_000)
    box = question_box()
    assert box is not None
    said = (box.text(), box.informativeText(), box.defaultButton() is box.button(Cancel))
    if act is not None:
        act(box)
    answer = box.findChild(QPushButton, "reject_all_confirm") if confirm else box.button(Cancel)
    assert answer is not None
    answer.click()
    qtbot.waitUntil(lambda: question_box() is None, timeout=10_000)
    return said


@pytest.mark.parametrize("lang", ["en", "ckb"])
def test_every_waiting_device_is_rejected_at_once_on_the_worker(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = _stick(team, tmp_path, 3)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, lang, stick, waiting=3)
    panel, store = page.roster_panel, page.ctx.store
    button = panel.reject_all_button
    held = {line for line in _lines(page) if "forged-" in line}
    basra = [line for line in _lines(page) if "basra.majlis" in line]
    assert len(held) == 3 and len(basra) == 1 and _held(store) == 3
    assert button.isVisible() and button.isEnabled()
    threads: list[threading.Thread] = []
    reject_all = roster.reject_all

    def on_which_thread(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return reject_all(*args, **kwargs)

    monkeypatch.setattr(roster, "reject_all", on_which_thread)

    # Cancel (the default) changes nothing.
    text, explained, cancel_first = press(qtbot, page, False)
    fmt = page.ctx.language.format_number
    assert cancel_first
    assert text == T("RosterPanel", "Reject every device waiting for approval?\nDevices: {devices}\nTheir waiting "
                     "bundles: {bundles}").format(devices=fmt(3), bundles=fmt(3)), text
    assert explained == T(
        "RosterPanel", "Their bundles will be discarded, and bundles signed with their keys refused from now on. Do "
        "this when the list was filled by bundles nobody on the team sent.\nA genuine laptop rejected with them can "
        "be approved later: select it under Rejected devices, press Approve after all… once its facilitator has read "
        "you its fingerprint, then import its bundles again."), explained
    page.ctx.tasks.drain(10_000)
    assert threads == [] and _held(store) == 3 and panel.waiting_list.count() == 3

    press(qtbot, page, True)
    qtbot.waitUntil(lambda: not button.rejecting and panel.waiting_list.count() == 0, timeout=30_000)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()  # on the DB worker
    assert _held(store) == 0
    assert len(rejections.listing(store)) == 3 and panel.rejected_list.isVisible()
    assert panel.result_label.text().split("\n") == [
        T("RosterPanel", "Rejected devices: {devices}; bundles discarded: {bundles}.").format(
            devices=fmt(3), bundles=fmt(3)),
        T("RosterPanel", "Their bundles are refused from now on. To undo one, select it under Rejected devices and "
          "press Approve after all…"),
    ]
    # Each held line says its bundle discarded, as after Reject…; the registered laptop's line is left.
    lines = _lines(page)
    discarded = T("SyncTexts", "{file}: discarded: device {device} was rejected").split("{device}")[-1]
    assert [line for line in lines if "forged-" in line and line not in held and line.endswith(discarded)] == [
        line for line in lines if "forged-" in line], lines
    assert [line for line in lines if "basra.majlis" in line] == basra
    assert not button.isEnabled()  # nothing waits
    # The Basra laptop stays on the roster; none of the forged is on it.
    assert [e.name for e in panel.entries if not e.is_self] == ["Basra laptop"]
    window.close()


def test_a_device_that_began_waiting_after_the_question_waits_on(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The question counted two; a third imported meanwhile (another window, majlis-cli) is not rejected
    unseen."""
    stick = _stick(team, tmp_path, 2)
    late = bundle(team, tmp_path / "late.majlis", "late laptop", "BSR-FG50-P0001", on_roster=False)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, "en", stick, waiting=2)
    panel, store = page.roster_panel, page.ctx.store

    def another_window_imports(_box: QuestionDialog) -> None:
        (outcome,) = import_files(store, [late], team_identities(store))
        assert outcome.status == "held"

    text, _, _ = press(qtbot, page, True, another_window_imports)
    assert text.endswith("Devices: 2\nTheir waiting bundles: 2"), text
    qtbot.waitUntil(lambda: not panel.reject_all_button.rejecting and len(panel.waiting) == 1, timeout=30_000)
    assert [w.name for w in panel.waiting] == ["late laptop"] and _held(store) == 1
    assert panel.result_label.text().startswith("Rejected devices: 2; bundles discarded: 2."), panel.result_label.text()
    assert panel.reject_all_button.isEnabled()
    window.close()


def test_a_device_whose_approval_stopped_partway_is_not_counted_nor_rejected(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the roster already under the key it sent (its approval stopped after one of its two bundles): not
    a device to decide on (``device reject --all-pending`` leaves it too); Approve applies the rest."""
    stick = _stick(team, tmp_path, 1)
    device, key = new_id(), keys.generate_signing_key()
    for seq in (1, 2):
        data = participant_data(code=f"KRK-FG0{seq}-P0001", real_name=None, phone=None)
        forge(team, [change("participant", "insert", data, device=device, seq=seq)], device_id=device, key=key,
              name="Kirkuk laptop", out=stick / f"kirkuk-{seq}.majlis")
    window, page = stick_imported(team, manager, qtbot, monkeypatch, "en", stick, waiting=2)
    panel, store = page.roster_panel, page.ctx.store
    kirkuk = next(w for w in panel.waiting if w.name == "Kirkuk laptop")

    def stop(_: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        roster.approve(store, kirkuk.id, done=stop)
    panel.refresh()
    qtbot.waitUntil(lambda: any(e.device_id == device for e in panel.entries) and len(panel.waiting) == 2,
                    timeout=10_000)

    text, _, _ = press(qtbot, page, True)
    assert text.endswith("Devices: 1\nTheir waiting bundles: 1"), text
    qtbot.waitUntil(lambda: not panel.reject_all_button.rejecting and len(panel.waiting) == 1, timeout=30_000)
    assert [w.device_id for w in panel.waiting] == [device] and _held(store) == 1
    assert not panel.reject_all_button.isEnabled()  # only a device on the roster waits: nothing to reject
    assert [r.device_id for r in rejections.listing(store)] != [device] and len(rejections.listing(store)) == 1
    # Approved partway in the moment between the question and the work (another window), it is left by
    # ``reject_all`` and said so, as the CLI's "left" line says it.
    said = panel.reject_all_button.said(roster.AllRejected([], [kirkuk])).split("\n")
    assert said[1] == T("RosterPanel", "{name} was not rejected: it is on the roster already (an approval stopped "
                        "partway). Select it and press Approve to apply what it sent.").format(
        name="\u2068Kirkuk laptop\u2069"), said
    window.close()


def test_refused_while_another_program_writes_one_line_and_none_rejected(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = _stick(team, tmp_path, 3)
    window, page = stick_imported(team, manager, qtbot, monkeypatch, "ar", stick, waiting=3)
    panel, store = page.roster_panel, page.ctx.store
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the wait for another writer, shortened
    other = raw_connect(team.centre.path, PASSPHRASE)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        press(qtbot, page, True)
        qtbot.waitUntil(lambda: not panel.reject_all_button.rejecting, timeout=30_000)
        page.ctx.tasks.drain(10_000)
    finally:
        other.rollback()
        other.close()
    said = panel.result_label.text()
    assert said == T("RosterPanel", "No device was rejected: {reason}").format(
        reason=T("SaveFailure", "Another program is using the database.")), said
    assert "\n" not in said and "Error" not in said
    assert _held(store) == 3 and rejections.listing(store) == []
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 3, timeout=10_000)
    assert panel.reject_all_button.isEnabled() and panel.approve_button.isEnabled()
    # Once the other program has finished, pressed again, it rejects them.
    press(qtbot, page, True)
    qtbot.waitUntil(lambda: not panel.reject_all_button.rejecting and panel.waiting_list.count() == 0, timeout=30_000)
    assert _held(store) == 0
    window.close()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_question_reads_whole_at_20_points_on_a_laptop(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = _stick(team, tmp_path, 4)
    window = main_window_on_screen(manager, team.centre, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(sorted(stick.iterdir()))
    panel = page.roster_panel
    button, viewport = panel.reject_all_button, page.scroller.viewport()
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded() and panel.waiting_list.count() == 4
                    and button.isEnabled(), timeout=60_000)

    def in_sight() -> bool:  # brought in sight as the Tab key brings it (the page may still be laid out anew)
        page.scroller.ensureWidgetVisible(button)
        settle()
        return viewport.rect().contains(QRect(button.mapTo(viewport, QPoint()), button.size()))

    qtbot.waitUntil(in_sight, timeout=10_000)
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_ROSTER_SHOTS") / f"reject_all_button_20_{lang}.png"))
    looked: list[tuple[int, int]] = []

    def look(box: QuestionDialog) -> None:
        settle()
        looked.append((box.width(), box.height()))
        assert not private_paths(box, private_folders(tmp_path))
        # Its buttons whole inside it, and the question with its counts in sight at the top (the
        # explanation under it scrolls where the screen is short).
        for button in box.buttons():
            assert button.isVisible() and box.rect().contains(QRect(button.mapTo(box, QPoint()), button.size()))
        question = box.text_label
        top = question.mapTo(box.area.viewport(), QPoint())
        assert box.area.viewport().rect().contains(QRect(top, question.size())), "the counts out of sight"
        box.grab().save(str(shots_folder(tmp_path, "MAJLIS_ROSTER_SHOTS") / f"reject_all_question_20_{lang}.png"))

    text, _, cancel_first = press(qtbot, page, False, look)
    assert cancel_first and page.ctx.language.format_number(4) in text
    (width, height), (room_w, room_h) = looked[0], LAPTOP_150
    assert width <= room_w and height <= room_h, f"the question is {width}x{height} in a room of {room_w}x{room_h}"
    assert panel.waiting_list.count() == 4
    window.close()
