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
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.screen_fit import room
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import new_team_file
from tests.ui_helpers import focused, in_view


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


@pytest.mark.parametrize(("lang", "size"), [("ar", 20.0), ("ckb", 24.0)])
def test_the_passphrase_page_scrolls_with_every_line_whole_on_a_laptop_at_150_percent(
        lang: str, size: float, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 1366x768 laptop at 150 % (910x512 logical pixels) the wizard cannot grow to the passphrase
    page's height and the page scrolls: the strength line ran under the repeat field, and the warning
    that nobody can recover a lost passphrase showed two lines of three, cut at the top and bottom."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    wizard.next()
    page = wizard.passphrase_page
    page.first.setText("password1")  # weak, and the repeat differs
    page.second.setText("password2")
    settle()
    assert wizard.height() <= 512
    assert page.strength.isVisible() and page.mismatch.isVisible() and page.warning.isVisible()
    assert _whole(page, wizard) == []
    scroller = page.findChild(QScrollArea, "passphrase_page_scroll")
    assert scroller is not None
    scroller.ensureWidgetVisible(page.warning)  # the warning reached by scrolling, whole
    settle()
    assert in_view(page.warning)


@pytest.mark.parametrize(("lang", "size"), [("ckb", 20.0), ("ckb", 24.0), ("ar", 24.0)])
def test_a_team_file_chosen_on_a_laptop_at_150_percent_cuts_nothing_at_the_sides(
        lang: str, size: float, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprint and "The fingerprint matches the one my coordinator read out" (a check box, one
    line) need more width than the last page had before the file was chosen: in Kurdish the page's lines
    stood 20 pixels past its left edge, "Choose team file…" cut at its start. The wizard grows (within
    the 910 pixels of the screen) to the width they need."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.first.setText("correct horse battery staple")
    wizard.passphrase_page.second.setText("correct horse battery staple")
    wizard.next()
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.next()
    settle()
    page = wizard.start_page
    assert page.load_team_file(new_team_file(tmp_path / "coordinator", "تیمی یاسای هەڵبژاردن"))
    settle()
    assert wizard.width() <= 910
    viewport = page.scroller.viewport()
    assert page.body.x() == 0 and page.body.width() <= viewport.width(), (page.body.geometry(), viewport.size())
    confirm = page.key_view.confirm
    assert confirm is not None
    for widget in (page.browse, page.team_file, page.key_view.fingerprint, confirm):
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + widget.width() <= viewport.width(), widget
    assert confirm.width() >= confirm.sizeHint().width()


@pytest.mark.parametrize(("lang", "size"), [("ar", 20.0), ("ckb", 24.0)])
def test_the_warning_is_in_sight_while_the_passphrase_is_repeated(
        lang: str, size: float, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """From the keyboard (the passphrase typed, Tab, typed again, Enter for Next) the words "Write it down
    and keep it safe. If it is lost, nobody can recover the data…" stayed below the page's fold on a laptop
    at 150 %, unread: only the mouse could scroll to them. With the focus in Repeat it, they are in sight."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()
    settle()
    page = wizard.passphrase_page
    assert focused() is page.first
    qtbot.keyClicks(page.first, "correct horse battery staple")
    qtbot.keyClick(page.first, Qt.Key.Key_Tab)
    assert focused() is page.second
    qtbot.keyClicks(page.second, "correct horse battery staple")
    settle()
    qtbot.waitUntil(lambda: in_view(page.warning) and in_view(page.second))
