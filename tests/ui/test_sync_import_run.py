"""A coordinator's import day on the real Sync page: many files from USB sticks, some of them the
same file twice or under another name, one cut short, one a photo, one from a laptop not on the
roster, one signed with the wrong key. The page must say plainly what happened to how many files,
put the files that need a person first, and say how far a cancelled import got."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.ids import new_id
from desktop.sync import bundle_file, importer, keys
from desktop.sync.devices import preregister
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


@pytest.fixture
def page(team: Team, qtbot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))  # a laptop screen


def laptop_bundle(team: Team, out: Path, n: int, *, on_roster: bool = True, name: str = "") -> Path:
    """One real bundle (age, Ed25519) of one participant from a laptop of its own."""
    device, key = new_id(), keys.generate_signing_key()
    name = name or f"Basra laptop {n}"
    if on_roster:
        preregister(team.centre, device, keys.public_key_b64(key), name)
    data = participant_data(code=f"BSR-FG01-P{n:02d}", real_name=None, phone=None)
    return forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
                 name=name, out=out)


def usb_stick(team: Team, folder: Path, good: int) -> list[Path]:
    """``good`` bundles and the awkward files of a real import day (sorted as a file dialog gives them)."""
    folder.mkdir()
    bundles = [laptop_bundle(team, folder / f"b{n:02d}.majlis", n) for n in range(good)]
    shutil.copy(bundles[0], folder / "b00.majlis (1)")  # renamed by a messaging app
    cut = folder / "b03-copy.majlis"
    cut.write_bytes(bundles[3].read_bytes()[:300])  # pulled out mid-copy
    (folder / "IMG_2231.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo, not a bundle")
    laptop_bundle(team, folder / "halabja.majlis", 99, on_roster=False, name="Halabja laptop")
    # A roster laptop's id, signed with some other key.
    forged_id = new_id()
    preregister(team.centre, forged_id, keys.public_key_b64(keys.generate_signing_key()), "Erbil laptop")
    forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None), device=forged_id,
                        seq=1)], device_id=forged_id, key=keys.generate_signing_key(), name="Erbil laptop",
          out=folder / "erbil.majlis")
    return sorted(folder.iterdir())


def lines(page: SyncPage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_import_day_summary_and_problems_first(page: SyncPage, team: Team, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    files = usb_stick(team, tmp_path / "stick", good=10)
    files.append(files[1])  # the same file chosen twice: imported and counted once
    once = len(files) - 1
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in files], "")))
    # No key file chosen: the centre keeps the team key in its database, and the page says so.
    assert "kept in this database" in page.key_label.text()
    page.import_button.click()
    qtbot.waitUntil(lambda: len(page.last_outcomes) == once and page.is_loaded(), timeout=60_000)

    said = page.import_summary.text()
    assert page.import_summary.isVisible()
    assert f"Import finished. Files: {once}." in said
    assert "Imported: 10, already present: 1, held for approval: 1, refused: 3." in said
    # Beside the Import button, in sight without scrolling the page.
    content = page.scroller.widget()
    assert content is not None
    top = page.import_summary.mapTo(content, page.import_summary.rect().topLeft()).y()
    assert page.scroller.verticalScrollBar().value() == 0
    assert top + page.import_summary.height() <= page.scroller.viewport().height()

    got = lines(page)
    assert got[0] == said and page.results.item(0).font().bold()  # the run's heading
    statuses = [o.status for o in page.last_outcomes]
    assert sorted(statuses) == sorted(["imported"] * 10 + ["already_present"] + ["held"] + ["refused"] * 3)
    body = got[1:]
    assert all("refused" in line for line in body[:3]), body[:4]
    assert {line.split(":")[0] for line in body[:3]} == {shown_path(n) for n in ("b03-copy.majlis", "IMG_2231.jpg",
                                                                        "erbil.majlis")}
    assert "held for approval" in body[3] and body[3].startswith(shown_path("halabja.majlis"))
    assert all("imported" in line or "already present" in line for line in body[4:])
    assert not page.results.item(1).icon().isNull() and page.results.item(len(got) - 1).icon().isNull()
    # The laptop not on the roster waits for approval, its counts read right for one bundle.
    waiting = page.roster_panel.waiting_list
    qtbot.waitUntil(lambda: waiting.count() == 1)
    assert waiting.item(0).text().startswith("\u2068Halabja laptop\u2069 (")  # isolated: test_sync_held_names_in_order
    assert waiting.item(0).text().endswith("bundles: 1, changes: 1")  # not "1 bundles, 1 changes"
    # The list shows this run from its heading.
    assert page.results.visualItemRect(page.results.item(0)).top() == 0
    # On a narrower window long lines wrap: nothing hides behind a sideways scroll bar.
    page.resize(800, 600)
    qtbot.waitUntil(lambda: page.results.visualItemRect(page.results.item(0)).height()
                    >= 2 * page.results.fontMetrics().height())
    assert page.results.horizontalScrollBar().maximum() == 0


def test_second_run_heading_is_scrolled_into_view(page: SyncPage, team: Team, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    files = usb_stick(team, tmp_path / "stick", good=12)
    for _ in range(2):
        page.import_paths(files)
        qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    heading = next(page.results.item(i) for i in range(1, page.results.count()) if page.results.item(i).font().bold())
    assert "already present: 13" in heading.text()  # 12 bundles and the renamed copy, all known now
    assert page.results.visualItemRect(heading).top() == 0


class SlowStick:
    """A file on a slow USB stick: the importer's read of it waits until the test answers.

    Not a named pipe (the importer refuses pipes and devices at once, so they can no longer hold it):
    the importer's own read of this one file is held, every other file read as usual."""

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path.write_bytes(b"")  # there, as a copy still being made is
        self.path = path
        self._reading, self._answered = threading.Event(), threading.Event()
        read = bundle_file.read_bundle_file  # the one importer calls (patched there below)

        def held(source: object) -> bytes:
            if isinstance(source, str | os.PathLike) and Path(source) == path:
                self._reading.set()
                self._answered.wait(60)
            return read(source)  # type: ignore[arg-type]

        monkeypatch.setattr(importer, "read_bundle_file", held)

    def being_read(self) -> bool:
        return self._reading.is_set()

    def answer(self, data: bytes) -> None:
        self.path.write_bytes(data)
        self._answered.set()


def test_cancel_between_files_says_how_far(page: SyncPage, team: Team, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    bundles = [laptop_bundle(team, tmp_path / f"b{n}.majlis", n) for n in range(5)]
    stick = SlowStick(tmp_path / "slow.majlis", monkeypatch)  # the third file
    files = bundles[:2] + [stick.path] + bundles[2:]
    try:
        assert page.import_paths(files)
        # Cancel while the worker reads the third file. The bar at 2 is not enough: the worker sends
        # its report before it asks whether to go on, and a Cancel that reached it in between (a
        # loaded machine) rightly stopped the run after 2 files, not the 3 asserted below.
        qtbot.waitUntil(stick.being_read, timeout=60_000)
        qtbot.waitUntil(lambda: page.progress.value() == 2, timeout=60_000)
        assert page.progress.text() == "2 of 6 files"
        page.cancel_button.click()
        assert not page.cancel_button.isEnabled()
        assert page.progress.text() == "Stopping after the file being read (2 of 6 files done)…"
    finally:
        stick.answer(b"not a bundle")  # whatever failed above, the worker is let go
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "imported", "refused"]
    said = page.import_summary.text()
    assert said.startswith("Import cancelled. Files read: 3 of 6; not read yet: 3 (choose them again")
    assert "Imported: 2, already present: 0, held for approval: 0, refused: 1." in said
    assert lines(page)[0] == said


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_burst_of_progress_paints_the_bar_once(page: SyncPage, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Files already imported pass by the hundred in a fraction of a second: their progress reports
    reach the window together, and the bar must not repaint for each (the window stood still)."""
    stick = SlowStick(tmp_path / "slow.majlis", monkeypatch)
    counter = PaintCounter()
    page.progress.installEventFilter(counter)
    # The worker's own first report, (0, 1) before it opens the pipe, must be in before the burst: a
    # late one (a loaded machine) replaced the burst's last before it was shown, and the bar stayed
    # at "0 of 1 file". The page says "0 of 1 file" itself at once, so the text cannot tell.
    reports: list[tuple[int, int]] = []
    show = page.progress.report

    def counted(done: int, total: int) -> None:
        reports.append((done, total))
        show(done, total)

    monkeypatch.setattr(page.progress, "report", counted)
    try:
        assert page.import_paths([stick.path])  # the worker waits on the slow file: the import is running
        qtbot.waitUntil(lambda: reports == [(0, 1)])
        qtbot.waitUntil(lambda: page.progress.isVisible() and page.progress.text() == "0 of 1 file")
        qtbot.wait(50)  # the bar's own repaints of the start are over
        counter.paints = 0
        for done in range(1, 201):  # what 200 queued reports do in one turn of the event loop
            page.progress.report(done, 200)
        qtbot.waitUntil(lambda: page.progress.text() == "200 of 200 files")
        qtbot.wait(50)
        assert counter.paints <= 2, counter.paints
    finally:
        stick.answer(b"not a bundle")
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["refused"]


def test_a_dropped_usb_stick_folder_is_searched_for_bundles(page: SyncPage, team: Team, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            qtbot) -> None:
    stick = tmp_path / "KINGSTON"
    (stick / "from Basra" / "week 2").mkdir(parents=True)
    (stick / "DCIM").mkdir()
    (stick / ".Trashes").mkdir()
    bundles = [laptop_bundle(team, stick / f"b{n}.majlis", n) for n in range(2)]
    bundles.append(laptop_bundle(team, stick / "from Basra" / "week 2" / "b2.bin", 2))  # renamed, found by content
    shutil.copy(bundles[0], stick / ".Trashes" / "b0.majlis")  # deleted from the stick: not offered
    (stick / "DCIM" / "IMG_2231.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo, not a bundle")
    (stick / "notes.txt").write_text("agenda for Thursday")
    (stick / "b9.majlis").write_bytes(b"")  # a copy that never finished: reported, not passed over

    if hasattr(os, "mkfifo"):
        os.mkfifo(stick / "DCIM" / "pipe")  # not a file: never opened (it would hold the worker)
    # The DB worker busy with something else: the page says what it is about to do.
    busy = threading.Event()
    page.ctx.tasks.run(lambda token, progress: busy.wait(30))
    try:
        assert drag_and_drop(page, [stick])
        assert page.progress.isVisible() and page.progress.text() == "Looking for bundles in the folder…"
    finally:
        busy.set()
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    got = {Path(o.source).relative_to(stick).as_posix(): o.status for o in page.last_outcomes}
    assert got == {"b0.majlis": "imported", "b1.majlis": "imported", "b9.majlis": "refused",
                   "from Basra/week 2/b2.bin": "imported"}
    assert page.import_summary.text().startswith("Import finished. Files: 4. Imported: 3,")


def test_a_dropped_folder_without_bundles_says_so(page: SyncPage, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("agenda for Thursday")
    assert drag_and_drop(page, [folder])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert page.last_outcomes == []
    assert page.import_summary.text() == "No bundle files were found in the folder."
    assert page.results.item(page.results.count() - 1).text() == page.import_summary.text()


def test_devices_say_who_sent_nothing_and_sort_by_what_is_missing(page: SyncPage, team: Team, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  qtbot) -> None:
    """Fifty laptops do not fit the devices box: the page counts those with gaps and those that sent
    nothing, and a click on a header brings the one missing most to the top."""
    device, key = new_id(), keys.generate_signing_key()
    preregister(team.centre, device, keys.public_key_b64(key), "Zakho laptop")  # last by name
    gapped = [forge(team, [change("participant", "insert", participant_data(real_name=None, phone=None),
                                  device=device, seq=seq)], device_id=device, key=key, name="Zakho laptop",
                    out=tmp_path / f"zakho-{seq}.majlis") for seq in (1, 4)]  # changes 2-3 never came
    complete = [laptop_bundle(team, tmp_path / f"b{n}.majlis", n) for n in range(3)]
    preregister(team.centre, new_id(), keys.public_key_b64(keys.generate_signing_key()), "Amarah laptop")
    assert page.import_paths(gapped + complete)
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert page.devices_status.text() == (
        "Devices on the roster: 5; with changes missing: 1; nothing received yet: 1.")
    view = page.devices_view

    def row(r: int) -> list[str]:
        return [view.model().index(r, c).data() for c in range(4)]

    assert row(0)[0].endswith("(this computer)")  # this computer first, then by name
    assert row(1)[0] == "Amarah laptop" and row(1)[2:] == ["nothing yet", ""]  # not "none" missing
    header = view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(3) + header.sectionSize(3) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a click on "Missing"
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # and again, the most first
    assert header.sortIndicatorSection() == 3
    assert row(0)[0] == "Zakho laptop" and row(0)[3] == "2\u20133"


def test_approving_a_waiting_laptop_shows_it_among_the_devices(page: SyncPage, team: Team, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    held = laptop_bundle(team, tmp_path / "halabja.majlis", 7, on_roster=False, name="Halabja laptop")
    assert page.import_paths([held])
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1 and page.is_loaded(), timeout=60_000)
    assert page.devices_status.text().startswith("Devices on the roster: 0;")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0 and panel.result_label.text() != "", timeout=60_000)
    # The applied bundle is named by its changes, not "held bundle 1" (English on every screen).
    assert panel.result_label.text().splitlines()[1] == "changes 1: imported (new changes: 1, conflicts: 0)"
    # The devices table is read again: the laptop is there, with what it sent.
    qtbot.waitUntil(lambda: page.is_loaded() and page.devices_status.text().startswith("Devices on the roster: 1;"),
                    timeout=60_000)
    names = [page.devices_model.index(r, 0).data() for r in range(page.devices_model.rowCount())]
    assert "Halabja laptop" in names
