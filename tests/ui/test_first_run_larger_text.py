"""The first-run wizard at the largest text size (Settings → Font size, 24 points, kept by the settings
when a new database is made later: Make a new database instead…, or the last one not there).

Each page's lines were squeezed into the wizard's height, which Qt counts without the lines a
word-wrapped label needs at its width: on the first page the note that the database opened last is not
there was drawn over itself, two lines in the room of one; on the passphrase page "Too short: use at
least 8 characters." ran off the side, and the warning that nobody can recover the data if the
passphrase is lost showed one line of three. Now the wizard grows to what the page needs (within the
screen) and the page scrolls beyond that: every line whole, one under the other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.screen_fit import room
from tests.i18n.test_i18n_screens import settle


def _whole(page: QWidget, wizard: FirstRunWizard) -> list[str]:
    """What is cut on ``page``: a wrapped line shorter than its lines, a line wider than itself, a line
    over another."""
    cut: list[str] = []
    labels = [w for w in page.findChildren(QLabel) if w.isVisible() and w.text()]
    for label in labels:
        name = label.text()[:30]
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            cut.append(f"{name}: {label.height()} of {label.heightForWidth(label.width())} high")
        if not label.wordWrap() and label.width() < label.sizeHint().width():
            cut.append(f"{name}: {label.width()} of {label.sizeHint().width()} wide")
    rects = sorted(((QRect(w.mapTo(wizard, QPoint(0, 0)), w.size()), w.text()[:30]) for w in labels),
                   key=lambda shown: (shown[0].y(), shown[0].x()))
    for (a, a_text), (b, b_text) in zip(rects, rects[1:], strict=False):
        if a.intersects(b):
            cut.append(f"{a_text!r} over {b_text!r}")
    return cut


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_every_line_of_each_page_shows_whole_at_24_points(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    manager.set_language(lang)
    manager.set_font_size(24.0)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis", missing=tmp_path / "USB هەولێر" / "majlis.db")
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    cut: dict[str, list[str]] = {}
    for step in ("language", "passphrase", "device", "start"):
        if step == "passphrase":
            wizard.passphrase_page.first.setText(" abc")  # too short, a space in front, the two differ
            wizard.passphrase_page.second.setText("abd")
        settle()
        page = wizard.currentPage()
        assert page is not None and wizard.height() <= room(wizard).height()
        cut[step] = _whole(page, wizard)
        if step == "passphrase":
            wizard.passphrase_page.first.setText("correct horse battery staple")
            wizard.passphrase_page.second.setText("correct horse battery staple")
        if step == "device":
            wizard.device_page.name.setText("لاپتۆپی هەولێر")
        wizard.next()
    assert not any(cut.values()), cut
