"""The first-run wizard at 20 and 24 points on a 1366x768 laptop at 150 % (910x512 logical pixels).

It opened 640 pixels wide whatever the text size: at 20 points its pages' lines wrapped into twice the
lines they need and the pages scrolled more than they had to (the device page's hint cut at the fold in
Kurdish and English), while 270 pixels of the screen stood empty beside it. In English at 24 points the
last page's "Open the demo (a throwaway database with sample sessions)", a radio button on one line,
made the wizard 977 pixels wide on a screen of 910: Cancel past the screen's edge. The wizard now opens
as wide as a larger text needs (within the screen), and the last page's choices wrap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import settle
from tests.shots import look_folder
from tests.sync_helpers import new_team_file
from tests.ui.test_first_run_larger_text import _whole

PASSPHRASE = "correct horse battery staple"


@pytest.mark.parametrize("size", [20.0, 24.0])
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_wizard_takes_the_screen_s_width_and_cuts_nothing(lang: str, size: float, manager: LanguageManager,
                                                              qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    manager.set_language(lang)
    manager.set_font_size(size)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis", missing=tmp_path / "USB" / "majlis.db")
    qtbot.addWidget(wizard)
    wizard.show()
    settle()
    for step in ("language", "passphrase", "device", "start"):
        if step == "start":
            assert wizard.start_page.load_team_file(new_team_file(tmp_path / "coordinator", "تیمی هەولێر"))
        settle()
        page = wizard.currentPage()
        assert page is not None
        assert wizard.width() == 910 and wizard.height() <= 512, (step, wizard.size())  # 640 before
        assert _whole(page, wizard) == [], step
        scroller = page.findChild(QScrollArea)
        assert scroller is not None
        viewport = scroller.viewport()
        body = scroller.widget()
        assert body.width() <= viewport.width(), (step, body.width(), viewport.width())  # no sideways scroll
        if step == "device" and size == 20.0:  # its two fields and the hint, whole without scrolling
            assert body.height() <= viewport.height(), (body.height(), viewport.height())
        wizard.grab().save(str(look_folder() / f"first_run_{lang}_{int(size)}_{step}.png"))  # look at them
        if step == "passphrase":
            wizard.passphrase_page.first.setText(PASSPHRASE)
            wizard.passphrase_page.second.setText(PASSPHRASE)
        if step == "device":
            wizard.device_page.name.setText("لاپتۆپی هەولێر")
        if step != "start":
            wizard.next()
    start = wizard.start_page
    for choice in (start.join, start.start, start.alone, start.demo):
        # Each choice's words whole: as tall as its lines, inside the page's width.
        assert choice.height() >= choice.heightForWidth(choice.width()), choice.text()
        left = choice.mapTo(start.scroller.viewport(), QPoint(0, 0)).x()
        assert left >= 0 and left + choice.width() <= start.scroller.viewport().width(), choice.text()
    start.scroller.ensureWidgetVisible(start.demo)
    settle()
    wizard.grab().save(str(look_folder() / f"first_run_{lang}_{int(size)}_start_end.png"))


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_at_the_usual_text_size_the_wizard_keeps_its_size(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual size is the system's, a point more in Arabic and Kurdish: that point is no larger text."""
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(1350, 728))
    manager.set_language(lang)
    manager.set_font_size(None)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    assert (wizard.width(), wizard.height()) == (640, 480)
    manager.set_font_size(20.0)
    larger = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(larger)
    assert larger.width() > 1000  # twice the text, about twice the width, within the screen
