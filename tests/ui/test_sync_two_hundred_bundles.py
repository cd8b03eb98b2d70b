"""A coordinator's import day, end to end: a USB stick of two hundred bundles from twenty laptops on the
roster, chosen whole in the Import dialog of the Sync page in the main window on a 1366x768 laptop, in
Kurdish and in English, with what else a real stick holds: a bundle already imported the day before, one
from a laptop not on the roster (held), a tampered one, one whose copy was interrupted, a Word file and a
photo, one from a newer Majlis, one for another team.

The page must say in one summary how many were imported, already present, held and refused; list each
refused file first, one translated line naming the file (no participant's data), then the held one; keep
the held laptop waiting for approval; count the laptops whose changes are missing (the tampered and the
cut bundle were their only copies); and the refused files alone must leave the database as it was."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import migrate
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.bundle_format import write_bundle
from desktop.sync.devices import preregister
from desktop.sync.team import current_team
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.import_progress import SHOWN_PER_SECOND
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.sync_helpers import Team, full_digest, make_team
from tests.sync_page_helpers import Painted, team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui_helpers import main_window_on_screen

T = QApplication.translate
team = team_fixture(devices=0)
LAPTOPS, BUNDLES = 20, 10
CUT, TAMPERED = "laptop07-05.majlis", "laptop12-09.majlis"  # their only copies, damaged on the way
REFUSED = ["IMG_2231.jpg", "erbil-newer.majlis", TAMPERED.replace(".majlis", "-copy.majlis"), "minutes.docx",
           "mosul-other-team.majlis", CUT.replace(".majlis", "-copy.majlis")]


def _participant(code: str, device: str, seq: int) -> list[dict[str, object]]:
    return [change("participant", "insert", participant_data(code=code, real_name=None, phone=None),
                   device=device, seq=seq)]


def newer_bundle(team: Team, out: Path) -> Path:
    """A bundle of a laptop on the roster whose Majlis is newer than the centre's (a newer schema)."""
    with team.centre.session() as s:
        ours = current_team(s)
        assert ours is not None
        recipients, team_id = list(ours.recipients), ours.id
    erbil, erbil_key = new_id(), keys.generate_signing_key()
    preregister(team.centre, erbil, keys.public_key_b64(erbil_key), "Erbil laptop")
    out.write_bytes(write_bundle(
        _participant("ERB-FG01-P0001", erbil, 1), {}, kind="changes", team_id=team_id, device_id=erbil,
        device_name="Erbil laptop", epoch=10, seq_from=1, seq_to=1, prev_bundle_hash=None,
        schema_revision=f"{migrate.current_revision(team.centre.engine)}9", app_version="9.0.0",
        recipients=recipients, signing_key=erbil_key))
    return out


def usb_stick(team: Team, tmp: Path) -> Path:
    """The stick: 200 real bundles (age, Ed25519, the real writer) of twenty laptops on the centre's
    roster, ten each, two of them damaged, and the other files of an import day."""
    stick = tmp / "KINGSTON"
    stick.mkdir()
    for d in range(1, LAPTOPS + 1):
        device, key = new_id(), keys.generate_signing_key()
        preregister(team.centre, device, keys.public_key_b64(key), f"Basra laptop {d}")
        for b in range(1, BUNDLES + 1):
            forge(team, _participant(f"BSR-FG{d:02d}-P{b:04d}", device, b), device_id=device, key=key,
                  name=f"Basra laptop {d}", out=stick / f"laptop{d:02d}-{b:02d}.majlis")
    cut = stick / CUT
    cut.rename(stick / REFUSED[-1])
    (stick / REFUSED[-1]).write_bytes((stick / REFUSED[-1]).read_bytes()[:500])  # the stick pulled out
    tampered = bytearray((stick / TAMPERED).read_bytes())
    tampered[len(tampered) // 2] ^= 0x01
    (stick / TAMPERED).unlink()
    (stick / REFUSED[2]).write_bytes(bytes(tampered))
    stranger, stranger_key = new_id(), keys.generate_signing_key()  # not on the roster: held
    forge(team, _participant("HLB-FG01-P0001", stranger, 1), device_id=stranger, key=stranger_key,
          name="Halabja laptop", out=stick / "halabja.majlis")
    with zipfile.ZipFile(stick / "minutes.docx", "w") as word:
        word.writestr("[Content_Types].xml", "<Types/>")
        word.writestr("word/document.xml", "<w:document/>")
    (stick / "IMG_2231.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 40)
    newer_bundle(team, stick / "erbil-newer.majlis")
    (tmp / "other").mkdir()
    other = make_team(tmp / "other", devices=0, name="Another team")
    try:
        mosul, mosul_key = new_id(), keys.generate_signing_key()
        forge(other, _participant("MSL-FG01-P0001", mosul, 1), device_id=mosul, key=mosul_key,
              name="Mosul laptop", out=stick / "mosul-other-team.majlis")
    finally:
        other.close()
    return stick


def counts(imported: int, present: int, held: int, refused: int, files: int) -> str:
    """The summary the page must show, in the language now chosen (Latin digits)."""
    head = T("ImportReport", "Import finished. Files: {chosen}.").format(chosen=files)
    said = T("ImportReport", "Imported: {imported}, already present: {present}, held for approval: {held}, "
             "refused: {refused}.").format(imported=imported, present=present, held=held, refused=refused)
    return f"{head} {said} " + T("ImportReport", "The refused and held files are listed first under Results.")


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def words_of(line: str) -> str:
    """A line without its isolated pieces (file names, device names, program names): the sentence."""
    return re.sub("[\u2066\u2068][^\u2069]*\u2069", "", line)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_two_hundred_bundles_and_a_real_sticks_odd_files(lang: str, team: Team, manager: LanguageManager,
                                                        qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = usb_stick(team, tmp_path)
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.is_coordinator_view()

    # Yesterday's bundle, imported before.
    assert page.import_paths([stick / "laptop01-01.majlis"])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    # The refused files alone change nothing: not a row, not a receipt.
    before = full_digest(team.centre)
    assert page.import_paths([stick / name for name in REFUSED])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["refused"] * len(REFUSED)
    assert full_digest(team.centre) == before

    chosen = sorted(stick.iterdir())  # the stick's files, all selected in the dialog
    assert len(chosen) == LAPTOPS * BUNDLES + 5
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in chosen], "")))
    page.results.clear()
    painted = Painted(page.progress)
    page.import_button.click()
    assert page.progress_row.isVisible() and not page.import_button.isEnabled()
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=120_000)
    painted.stop()
    # The count a person can read, not a repaint for each small bundle (350 paints in 1.4 s before, twice
    # each of 175 values): at most SHOWN_PER_SECOND a second, and a few for the start and the end.
    assert painted.values <= SHOWN_PER_SECOND * painted.seconds + 3, (painted.values, painted.seconds)
    assert painted.paints <= SHOWN_PER_SECOND * painted.seconds + 6, (painted.paints, painted.seconds)
    assert page.progress.value() == page.progress.maximum() == len(chosen)  # the bar went to the last file

    said = counts(LAPTOPS * BUNDLES - 3, 1, 1, len(REFUSED), len(chosen))
    assert page.import_summary.text() == said and page.import_summary.isVisible()
    summary = page.import_summary
    assert summary.height() >= summary.heightForWidth(summary.width())  # whole, not cut at the bottom
    got = lines(page)
    assert got[0] == said and page.results.item(0).font().bold()
    refused, held = got[1:1 + len(REFUSED)], got[1 + len(REFUSED)]
    # Each refused file once, named first, in a line of its own; then the held one.
    assert sorted(line.split(": ", 1)[0].lstrip("\u200f") for line in refused) == sorted(map(shown_path, REFUSED))
    assert held.lstrip("\u200f").startswith(shown_path("halabja.majlis"))
    assert all(not page.results.item(i).icon().isNull() for i in range(1, 2 + len(REFUSED)))
    for line in [*refused, held]:
        assert "FG" not in line, line  # no participant's code: the file and the reason only
        if lang != "en":
            assert not re.search("[A-Za-z]", words_of(line)), line  # no English left in the sentence
    reasons = {line.split(": ", 1)[0].lstrip("\u200f"): line for line in refused}
    assert T("BundleError", "This bundle was made by a newer Majlis (newer database schema): update Majlis to "
             "import it.") in reasons[shown_path("erbil-newer.majlis")]
    for damaged in REFUSED[2], REFUSED[-1]:
        assert reasons[shown_path(damaged)].endswith(T(
            "BundleError", "The bundle is damaged or incomplete (altered or cut short on the way); ask for it to be "
            "sent again.")), reasons[shown_path(damaged)]
    # The held laptop waits for approval; the two laptops whose bundle was damaged have changes missing.
    waiting = page.roster_panel.waiting_list
    qtbot.waitUntil(lambda: waiting.count() == 1, timeout=30_000)
    assert "Halabja laptop" in waiting.item(0).text()
    assert page.devices_status.text() == T(
        "SyncPage", "Devices on the roster: {devices}; with changes missing: {missing}; nothing received yet: "
        "{silent}.").format(devices=LAPTOPS + 1, missing=2, silent=1)
    if lang != "en":
        assert summary.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not re.search("[A-Za-z]", said), said
    shots = shots_folder(tmp_path, SHOTS_VARIABLE)
    assert page.results.grab().save(str(shots / f"sync_200_results_{lang}.png"))
    assert window.grab().save(str(shots / f"sync_200_window_{lang}.png"))
    window.close()
