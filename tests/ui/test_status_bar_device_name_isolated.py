"""A name someone typed (a laptop's, a team's, a session's, an agenda item's) inside a translated sentence
stands in a first-strong isolate (U+2068 … U+2069): a Kurdish or Arabic name in an English line took the
colon to its own side ("Team :فريق البصرة"), and a Latin one in an Arabic line jumbled the words around it.
The status bar isolated its names already; the Sync page's team line and the conflict window's "Session:" and
"Agenda item:" lines did not."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.sync import keys
from desktop.sync.conflict_context import ConflictContext, VersionInfo
from desktop.sync.team_file import make_team_file
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictWords
from desktop.ui.sync.team_key import TeamKeyView
from tests.ui_helpers import main_window

KURDISH_DEVICE = "لاپتۆپی هەولێر"
ARABIC_TEAM = "فريق البصرة"
KURDISH_SESSION = "گفتوگۆی هەولێر"
ARABIC_ITEM = "الانتخابات المحلية"


def isolated(name: str) -> str:
    return f"\u2068{name}\u2069"


def colon_beside_the_word(label: QLabel, text: str) -> bool:
    """Whether the colon after the first word of ``text`` is drawn right after that word, on the name's
    near side (in ``label``'s font and direction): not across the space, against the name."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10**5)
    layout.endLayout()

    def box(i: int) -> tuple[float, float]:
        rects = [run.boundingRect() for run in line.glyphRuns(i, 1) if run.glyphIndexes()]
        return min(r.left() for r in rects), max(r.right() for r in rects)

    colon = text.index(":")
    word, mark = box(colon - 1), box(colon)
    name = [box(i) for i in range(text.index("\u2068") + 1, text.index("\u2069")) if not text[i].isspace()]
    if label.layoutDirection() == Qt.LayoutDirection.LeftToRight:
        return word[1] <= mark[0] + 0.5 and all(mark[1] <= b[0] + 0.5 for b in name)
    return mark[1] <= word[0] + 0.5 and all(b[1] <= mark[0] + 0.5 for b in name)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_names_in_the_status_bar_are_isolated(lang: str, manager: LanguageManager, store: Store,
                                              qtbot: QtBot, tmp_path: Path) -> None:
    window = main_window(manager, store, qtbot, lang)
    try:
        window.ctx.tasks.drain()
        window.resize(1008, 520)
        window._status_read({"device_name": KURDISH_DEVICE, "team": ARABIC_TEAM, "unsent_changes": 3})
        QApplication.processEvents()
        for label, name in ((window.device_label, KURDISH_DEVICE), (window.team_label, ARABIC_TEAM)):
            shown = QLabel.text(label)
            assert isolated(name) in shown, shown
            assert colon_beside_the_word(label, shown), shown
        window.statusBar().grab().save(str(tmp_path / f"status-{lang}.png"))  # looked at: "Device: لاپتۆپی…"
    finally:
        window.close()


def test_the_sync_pages_team_line_isolates_the_teams_name(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "basra.majlis-team"
    path.write_bytes(make_team_file(team_id="01-team", team_name=ARABIC_TEAM,
                                    central_signing_key=keys.generate_signing_key(),
                                    recipients=[keys.recipient_of(keys.generate_identity())], payload={}))
    view = TeamKeyView(confirm=True)
    qtbot.addWidget(view)
    view.load(path)
    assert view.team_label.text() == f"Team: {isolated(ARABIC_TEAM)}"
    view.team_label.grab().save(str(tmp_path / "team-line.png"))


def test_the_conflict_windows_lines_isolate_the_session_and_agenda_item(qtbot: QtBot) -> None:
    nobody = VersionInfo("", "", None, "")
    context = ConflictContext(place="agenda_notes", session_id="s1", session_title=KURDISH_SESSION, speaker="",
                              facilitator_speaks=False, section=ARABIC_ITEM, a=nobody, b=nobody)
    where = ConflictWords().where(context)
    assert f"Session: {isolated(KURDISH_SESSION)}" in where, where
    assert f"Agenda item: {isolated(ARABIC_ITEM)}" in where, where
    untitled = ConflictWords().where(dataclasses.replace(context, session_title="", section=""))
    assert "Session: (untitled)" in untitled, untitled
