"""The conflict window names the laptop each version came from as the Sync page names it.

A laptop on the centre's roster without a label (registered without --name, and it sent none) was
"an unknown device" in the window, as if the centre had never heard of it, while the Sync page's
roster and `majlis-cli conflicts list` name it by its id, "1a2b3c4d (no name yet)". Only a device
this database does not know at all is still "an unknown device"."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.conflict_context import ConflictContext, VersionInfo
from desktop.sync.conflicts import ConflictView
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog

UNNAMED = "0190aa00-0000-7000-8000-00001a2b3c4d"
STRANGER = "0190aa00-0000-7000-8000-0000feedf00d"
WORDS = {"en": ("no name yet", "an unknown device"),
         "ar": ("لا اسم له بعد", "جهاز غير معروف"),
         "ckb": ("هێشتا ناوی نییە", "ئامێرێکی نەناسراو")}


def dialog(qtbot: QtBot, a: VersionInfo, b: VersionInfo) -> ConflictDialog:
    view = ConflictView(1, "transcript_turn", "t1", "text", "v-a", "old words", "v-b", "new words", "b", "open", None)
    context = ConflictContext(place="turn", session_id=None, session_title="", speaker="", section="",
                              facilitator_speaks=False, a=a, b=b)
    shown = ConflictDialog(view, context)
    qtbot.addWidget(shown)
    return shown


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_device_on_the_roster_without_a_label_is_named_by_its_id(lang: str, manager: LanguageManager,
                                                                     qtbot: QtBot) -> None:
    manager.set_language(lang)
    when = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    shown = dialog(qtbot, VersionInfo(STRANGER, "", when, "", on_roster=False),
                   VersionInfo(UNNAMED, "", when, "", on_roster=True))
    unnamed, unknown = WORDS[lang]
    current, other = shown.mine_info.text(), shown.theirs_info.text()
    assert "1a2b3c4d" in current and unnamed in current and unknown not in current
    assert unknown in other and "feedf00d" not in other
