"""Approving a waiting laptop when the centre's disk refuses the write.

Approving applies the bundles it sent; when the disk refused them the Sync page's roster said
"Failed: EnvironmentProblem", a Python class name, in English on an Arabic or Kurdish screen, with
nothing a coordinator can act on. It now says why in the words every screen uses for the disk's answer
(desktop/ui/widgets/environment_words), with what was done (the device on the roster, none of its
bundles applied: test_roster_approve_stopped_partway.py), and the laptop is still waiting, to be approved
again once there is room.

The disk refuses through the process's file-size limit (RLIMIT_FSIZE), as in
tests/ui/test_sync_import_disk_full.py: no mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.ui.qt_i18n import LanguageManager
from tests.disk_room import disk_room
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui.test_roster_approve_stopped_partway import without_marks

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)

# Its first words: the device is on the roster (the decision is committed first), none of its bundles
# applied, and why. It said "Failed: The disk reported an error.", as if nothing had been done
# (tests/ui/test_roster_approve_stopped_partway.py: two of three applied).
SAID = {"en": "Halabja laptop is on the roster, but applying its bundles stopped: The disk reported an error. "
              "Bundles applied before it: 0 of 1.",
        "ar": "أصبح Halabja laptop من الأجهزة المعتمدة، لكنّ تطبيق حزمه توقّف: أبلغ القرص عن خطأ. "
              "الحزم المطبَّقة قبل ذلك: 0 من 1.",
        "ckb": "Halabja laptop ئێستا ئامێرێکی پەسەندکراوە، بەڵام جێبەجێکردنی پاکێتەکانی وەستا: دیسکەکە هەڵەیەکی "
               "ڕاگەیاند. ئەو پاکێتانەی پێش ئەوە جێبەجێ کران: 0 لە 1."}


# The big day's work. With the room below (200 KB past the database's files) the disk ran out between 300
# and 600 participants; 2,500 stand well past that (too few for the room fails the test loudly: all applied).
# 8,000 were forged, read, checked and applied twice in every test: most of its time.
LARGE = 2_500


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_approval_the_disk_refuses_says_why_in_the_language(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                              manager: LanguageManager, lang: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    device, key = new_id(), keys.generate_signing_key()  # a laptop not on the roster, with a big day's work
    work = [change("participant", "insert", participant_data(code=f"HLB-FG01-P{n:04d}", real_name=None, phone=None,
                                                             occupation="x" * 90), device=device, seq=n)
            for n in range(1, LARGE + 1)]
    bundle = forge(team, work, device_id=device, key=key, name="Halabja laptop", out=tmp_path / "halabja.majlis")
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    assert page.import_paths([bundle])
    panel = page.roster_panel
    qtbot.waitUntil(lambda: len(panel.waiting) == 1 and page.import_button.isEnabled(), timeout=60_000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))

    folder = team.centre.path.parent
    room = max(f.stat().st_size for f in folder.glob("centre.db*")) + 200_000
    with disk_room(room):
        assert panel.approve_selected()
        qtbot.waitUntil(lambda: panel.result_label.text() != "", timeout=60_000)
        page.ctx.tasks.drain(30_000)
    said = panel.result_label.text()
    assert without_marks(said).startswith(SAID[lang]) and "\n" not in said, said  # no bundle's line: none applied
    qtbot.waitUntil(lambda: len(panel.waiting) == 1, timeout=10_000)  # still waiting: approve again later
    # Once there is room, Approve again applies it: the first approval had put the device on the roster
    # before the disk refused its bundle, and the page took it for one decided in another window
    # ("already approved or rejected …: nothing more was done"), the bundle waiting for ever.
    panel.waiting_list.setCurrentRow(0)
    assert panel.approve_selected()
    qtbot.waitUntil(lambda: not panel.deciding, timeout=60_000)
    page.ctx.tasks.drain(30_000)
    on_roster = QCoreApplication.translate("RosterPanel", "{name} is on the roster.").split("{name}")[-1]
    assert panel.result_label.text().split("\n")[0].endswith(on_roster), panel.result_label.text()
    qtbot.waitUntil(lambda: len(panel.waiting) == 0, timeout=10_000)
