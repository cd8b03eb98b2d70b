"""Settings → Font size while the Settings page is open: its heading grows and shrinks with the rest of
the page. It was given 1.4 times the font of the moment it was made and kept that size, so at 24 points
the heading was smaller than the labels under it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.settings.page import SettingsPage


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_heading_follows_the_font_size(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    usual = page.heading.font().pointSizeF()
    try:
        for size in (24.0, None):
            ctx.language.set_font_size(size)
            QApplication.processEvents()
            body = page.font_label.font().pointSizeF()
            assert page.heading.font().pointSizeF() == pytest.approx(body * 1.4), (size, body)
            assert page.heading.font().bold()
            if size is not None:  # 24 points is much more than the usual size
                assert page.heading.font().pointSizeF() > usual * 1.5
        assert page.heading.font().pointSizeF() == pytest.approx(usual)  # back to the usual size
    finally:
        ctx.language.set_font_size(None)  # the next test starts at the usual size whatever happened here
