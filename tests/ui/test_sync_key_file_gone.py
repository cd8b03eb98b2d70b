"""The team key file chosen on the Sync page, on a USB stick that is no longer plugged in: the import
says the key file is not there, not that it is no key.

It said "Team key file: The key file cannot be read (No such file or directory)." in English, and on an
Arabic or Kurdish page, which has no translation for the system's words, the general "The key file
cannot be read (not an age identity file)": the coordinator went looking for a bad key, not the stick."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.errors import KeyFileError
from desktop.sync.export import export_bundle
from desktop.sync.keys import load_identity_file
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)

NOT_THERE = ("The key file is not there (was its USB stick removed?). Plug the stick in, or choose the key file "
             "again.")


def test_a_key_file_on_a_stick_taken_out_is_said_not_there(team: Team, qtbot: QtBot, make_ctx,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    key = Path(shutil.copy(team.identity_file, stick / "team.key"))
    demo.generate(team.devices[0], sessions=1, seed=2)
    made = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
    assert made is not None
    page: SyncPage = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, identity=key)
    shutil.rmtree(stick)  # the stick taken out
    assert page.import_paths([made.path])
    qtbot.waitUntil(lambda: page._token is None and page.results.count() > 0, timeout=30_000)
    said = [page.results.item(i).text() for i in range(page.results.count())]
    assert said == [QCoreApplication.translate("SyncPage", "Team key file: {reason}").format(
        reason=QCoreApplication.translate("BundleError", NOT_THERE))]
    assert page.last_outcomes == []  # nothing imported with no key


def test_the_reason_is_the_catalogue_sentence(tmp_path: Path) -> None:
    try:
        load_identity_file(tmp_path / "gone" / "team.key")
    except KeyFileError as exc:
        assert exc.message == NOT_THERE and exc.code == "bad_key_file"
    else:
        raise AssertionError("a key file that is not there was read")
