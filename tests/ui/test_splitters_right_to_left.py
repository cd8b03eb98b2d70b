"""Right to left, Qt placed a horizontal splitter's parts a pixel too far right: the rightmost part (the
Recommendations list, the Codebook's tree, the Matrix's table) lost its frame's right edge in Arabic and
Kurdish, and each part overlapped a handle. ``widgets/splitter.Splitter`` gives the pixel back; every
splitter of every page is one, and its parts lie inside it, none over another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.splitter import Splitter
from desktop.ui.widgets.stacking_splitter import StackingSplitter
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import main_window_on_screen

PAGES = ["sessions", "participants", "consent", "codebook", "recommendations", "reports", "sync", "settings"]


def misplaced(splitter: QSplitter) -> list[str]:
    """Each shown part of ``splitter`` that reaches outside it or over another shown part."""
    parts = [w for i in range(splitter.count()) if (w := splitter.widget(i)) is not None and w.isVisible()]
    inside = splitter.rect()
    wrong = [f"part {p.objectName() or type(p).__name__} at {p.geometry().getRect()} outside {inside.getRect()}"
             for p in parts if not inside.contains(p.geometry())]
    for i, a in enumerate(parts):
        wrong += [f"parts {i} and {j} overlap" for j, b in enumerate(parts[i + 1:], i + 1)
                  if a.geometry().intersects(b.geometry())]
    return wrong


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
@pytest.mark.parametrize("parts", [2, 3])
def test_a_splitters_parts_lie_inside_it(qtbot: QtBot, direction: Qt.LayoutDirection, parts: int) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setLayoutDirection(direction)
    splitter = Splitter(Qt.Orientation.Horizontal, host)
    for _ in range(parts):
        splitter.addWidget(QWidget())
    for width, sizes in [(1000, None), (1227, [493, 730, 200]), (731, [100, 300, 400])]:
        splitter.resize(width, 300)
        host.show()
        if sizes:
            splitter.setSizes(sizes[:parts])
        QApplication.processEvents()
        assert misplaced(splitter) == [], (width, sizes)
    edges = sorted((splitter.widget(i).geometry() for i in range(parts)), key=QRect.x)
    assert edges[0].x() == 0 and edges[-1].right() >= splitter.width() - 2  # the room is still used


def test_the_mend_follows_the_direction_and_the_orientation(qtbot: QtBot) -> None:
    splitter = StackingSplitter()
    qtbot.addWidget(splitter)
    splitter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert splitter.contentsMargins().left() == 1
    splitter.setOrientation(Qt.Orientation.Vertical)  # down, nothing is mirrored: no margin
    assert splitter.contentsMargins().left() == 0
    splitter.setOrientation(Qt.Orientation.Horizontal)
    splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert splitter.contentsMargins().left() == 0


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_every_pages_splitters_keep_their_parts_inside(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, lang: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, demo_store, qtbot, lang, None, (1366, 768), monkeypatch)
    seen = 0
    for key in PAGES:
        window.go_to(key)
        window.ctx.tasks.wait(10_000)
        settle()
        for splitter in window.current_page().findChildren(QSplitter):
            if splitter.isVisible() and splitter.orientation() == Qt.Orientation.Horizontal:
                seen += 1
                assert misplaced(splitter) == [], key
                assert isinstance(splitter, Splitter), f"{key}: a plain QSplitter"
    assert seen >= 2  # the Codebook's and the Recommendations' at least
