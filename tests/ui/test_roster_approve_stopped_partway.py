"""An approval the disk stopped partway says what it did, on the Sync page as `majlis-cli device approve` does.

Approving puts the device on the roster first, then applies its waiting bundles one by one. When the
disk refused the third of three, the page said only "Failed: The disk reported an error.", read as nothing
done, although the device was on the roster and two of its bundles were applied (and are not applied
again). It now says so in one translated line: on the roster, why it stopped, how many of its bundles
were applied, and that Approve again applies the others; the applied bundles' lines follow. At 20 points
on a 1366x768 laptop the line is whole. In Results, the lines of the two bundles applied no longer say
them held (they did: only a whole approval said its lines again), and the third's no longer says it held
"(device … is not on the roster)", the device being on the roster then: it says it is not applied yet, and
that Approve again applies it. The disk "fills up" through the file-size limit
(tests/disk_room.py): no mock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.ids import new_id
from desktop.core.models import Participant
from desktop.sync import keys
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.disk_room import disk_room
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui_helpers import main_window_on_screen

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

pytest.importorskip("resource", reason="file-size limits are POSIX only")

team = team_fixture(devices=0)

# The line's first sentence and its counts, in each language (the reason between them is the disk's).
SAID = {
    "en": ("Kirkuk laptop is on the roster, but applying its bundles stopped: The disk reported an error. "
           "Bundles applied before it: 2 of 3."),
    "ar": ("أصبح Kirkuk laptop من الأجهزة المعتمدة، لكنّ تطبيق حزمه توقّف: أبلغ القرص عن خطأ. "
           "الحزم المطبَّقة قبل ذلك: 2 من 3."),
    "ckb": ("Kirkuk laptop ئێستا ئامێرێکی پەسەندکراوە، بەڵام جێبەجێکردنی پاکێتەکانی وەستا: دیسکەکە هەڵەیەکی "
            "ڕاگەیاند. ئەو پاکێتانەی پێش ئەوە جێبەجێ کران: 2 لە 3."),
}


# The large bundle's participants. With the room below (300 KB past the database's files) the disk ran out
# between 300 and 600 of them; 2,500 stand well past that (a count too small for the room fails the test
# loudly, as all applied). 6,000 were read, checked and applied again in every test: most of its time.
LARGE = 2_500


def _bundles(team: Team, tmp_path: Path) -> list[Path]:
    """Three bundles of a laptop not on the roster: two small, then a large one the disk has no room for."""
    device, key = new_id(), keys.generate_signing_key()
    spans = [(1, 1), (2, 2), (3, 2 + LARGE)]
    return [forge(team, [change("participant", "insert", participant_data(
        code=f"KRK-FG01-P{n:04d}", real_name=None, phone=None, occupation="x" * 90), device=device, seq=n)
        for n in range(first, last + 1)], device_id=device, key=key, name="Kirkuk laptop",
        out=tmp_path / f"kirkuk-{first}.majlis") for first, last in spans]


def _result_line(page: SyncPage, file_name: str) -> str:
    return next(page.results.item(i).text() for i in range(page.results.count())
                if file_name in page.results.item(i).text())


def waits_for_approve_again(line: str) -> bool:
    """The line of a bundle an approval (or a registration) stopped before: not applied yet, though the device
    is on the roster; Approve again applies it. (It said "held for approval (device … is not on the roster)".)"""
    said = without_marks(QCoreApplication.translate(
        "SyncTexts", "{file}: not applied yet: device {device} is on the roster, but applying its bundles stopped "
        "before this one. Once this is put right, select the device among the devices waiting and press Approve "
        "again."))
    head, _, rest = said.partition("{device}")
    return head.split("{file}")[-1] in without_marks(line) and without_marks(line).endswith(rest)


def without_marks(text: str) -> str:
    """The line without the marks that isolate a name or keep it read right to left."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def _whole(label: QWidget) -> None:
    """``label`` shows all its lines, and scrolled into sight it stands whole in the page's scroll area."""
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.heightForWidth(label.width()))
    scroll = label.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0  # no part of it beyond the page's side
    scroll.ensureWidgetVisible(label, 0, 0)
    settle()
    shown = QRect(label.mapTo(scroll.viewport(), QPoint(0, 0)), label.size())
    assert scroll.viewport().rect().contains(shown), (shown.getRect(), scroll.viewport().rect().getRect())


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_approval_stopped_partway_says_what_it_did(team: Team, tmp_path: Path, qtbot: QtBot,
                                                      manager: LanguageManager, lang: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bundles = _bundles(team, tmp_path)
    window = main_window_on_screen(manager, team.centre, qtbot, lang, 20.0, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(bundles)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: len(panel.waiting) == 1 and page.import_button.isEnabled(), timeout=60_000)
    assert panel.waiting[0].bundles == 3
    names = [b.name for b in bundles]
    held = {name: _result_line(page, name) for name in names}
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))

    folder = team.centre.path.parent
    room = max(f.stat().st_size for f in folder.glob("centre.db*")) + 300_000  # the small ones, not the large
    with disk_room(room):
        assert panel.approve_selected()
        qtbot.waitUntil(lambda: not panel.deciding, timeout=60_000)
        page.ctx.tasks.drain(30_000)
    said = panel.result_label.text()
    first, *lines = said.split("\n")
    assert without_marks(first).startswith(SAID[lang]), said
    assert without_marks(first).endswith(without_marks(QCoreApplication.translate(
        "RosterPanel", "{name} is on the roster, but applying its bundles stopped: {reason} Bundles applied before "
        "it: {applied} of {total}. The others still wait for approval: once this is put right, select it among the "
        "devices waiting and press Approve again.").split("{total}")[-1])), said
    assert len(lines) == 2, said  # the two bundles applied, each in its line
    # Their lines in Results say them applied; the third's that it waits for Approve again (it said it held,
    # "device … is not on the roster", the device on the roster then).
    assert [_result_line(page, name) == held[name] for name in names] == [False, False, False], \
        [_result_line(page, name) for name in names]
    assert waits_for_approve_again(_result_line(page, names[2])), _result_line(page, names[2])
    qtbot.waitUntil(lambda: len(panel.waiting) == 1 and panel.waiting[0].bundles == 1, timeout=10_000)
    qtbot.waitUntil(lambda: any(e.device_id == panel.waiting[0].device_id for e in panel.entries), timeout=10_000)
    settle()
    _whole(panel.result_label)
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_ROSTER_SHOTS") / f"approval_stopped_20_{lang}.png"))

    # Once there is room, Approve again applies the third, as the line says.
    panel.waiting_list.setCurrentRow(0)
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: not panel.deciding, timeout=60_000)
    page.ctx.tasks.drain(30_000)
    qtbot.waitUntil(lambda: len(panel.waiting) == 0, timeout=10_000)
    assert _result_line(page, names[2]) != held[names[2]]  # applied now: said so
    with team.centre.session() as s:
        assert s.execute(select(func.count()).select_from(Participant)).scalar_one() == 2 + LARGE
    window.close()
