"""Join a team… at a larger text size: the team's key fingerprint and the words to compare it are shown
whole. Once the team file was read, its name, the fingerprint and the words asking to compare it with
the coordinator's were squeezed into the height the dialog opened with: at 20 points the fingerprint
was cut in half and the words to compare drawn over the next line, so a facilitator could not read it
out on the phone. The dialog now grows to hold them, and on a screen too short for them (a 1366x768
laptop at 150 %) what is above Join this team scrolls instead of being squeezed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.stores import fresh_store
from tests.sync_helpers import new_team_file

LAPTOP = (895, 424)  # 1366x768 at 150 %, less the task bar and a window's frame, in logical pixels


def _squeezed(dialog: JoinTeamDialog) -> list[str]:
    """The labels shown in less height than their words need at their width."""
    out = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if label.height() < need:
            out.append(f"{label.text()[:30]!r}: {label.height()} < {need}")
    return out


@pytest.mark.parametrize("points", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_fingerprint_and_the_words_to_compare_are_whole(lang: str, points: float, manager: Any, qtbot: QtBot,
                                                           make_ctx: Any, tmp_path: Path) -> None:
    team_file = new_team_file(tmp_path / "centre")
    laptop = fresh_store(tmp_path / "laptop.db", PASSPHRASE, "Basra laptop 2")
    try:
        manager.set_language(lang)
        manager.set_font_size(points)
        dialog = JoinTeamDialog(make_ctx(laptop))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.load(team_file)
        settle()
        assert dialog.fingerprint.isVisible()
        assert _squeezed(dialog) == [], dialog.size().toTuple()
        dialog.resize(*LAPTOP)  # the laptop's screen: shorter than what the dialog shows
        settle()
        assert _squeezed(dialog) == [], dialog.size().toTuple()
        assert dialog.join_button.isVisible() and dialog.rect().contains(
            dialog.join_button.geometry().translated(dialog.join_button.parentWidget().mapTo(dialog, dialog.rect().topLeft())))
    finally:
        laptop.close()
