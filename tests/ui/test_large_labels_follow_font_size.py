"""Settings → Font size while a window is open: its larger labels (a heading, the Sync page's count of
unsent changes, a key fingerprint read out on the phone, the coding window's title) grow and shrink with
the rest of its text.

Each was given a size worked out from the font of the moment it was made and kept it: at 24 points
the focus-group editor's heading, the unsent count and the coding window's title were smaller than the
ordinary text around them. They now follow through ``desktop.ui.widgets.relative_font``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.sync.outbox_panel import OutboxPanel
from desktop.ui.sync.roster_panel import RosterPanel
from desktop.ui.sync.team_key import TeamKeyView
from desktop.ui.widgets.relative_font import keep_relative_font

LARGE = 24.0

# Each window with one of its larger labels, and that label's size as a function of the window's text size.
Made = tuple[QWidget, QLabel, Callable[[float], float]]


def focus_group_heading(ctx: AppContext, store: Store) -> Made:
    editor = FocusGroupEditor(ctx, sessions.create_session(store, "focus_group", title="گروپی فۆکەس",
                                                           governorate="basra"))
    return editor, editor.heading, lambda body: body * 1.2


def unsent_count(ctx: AppContext, store: Store) -> Made:
    panel = OutboxPanel(ctx)
    return panel, panel.unsent_label, lambda body: body * 1.3


def join_fingerprint(ctx: AppContext, store: Store) -> Made:
    view = TeamKeyView()
    return view, view.fingerprint, lambda body: max(body * 1.6, 14.0)


def roster_fingerprint(ctx: AppContext, store: Store) -> Made:
    panel = RosterPanel(ctx)
    return panel, panel.fingerprint_label, lambda body: max(body * 2.0, 18.0)


def coding_title(ctx: AppContext, store: Store) -> Made:
    window = CodingWorkspace(ctx, sessions.create_session(store, "focus_group", title="مجموعة نقاش",
                                                          governorate="basra"))
    return window, window.title_label, lambda body: body + 2.0


@pytest.mark.parametrize("make", [focus_group_heading, unsent_count, join_fingerprint, roster_fingerprint,
                                  coding_title])
@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_larger_label_follows_the_font_size(ctx: AppContext, store: Store, qtbot: QtBot, lang: str,
                                              make: Callable[[AppContext, Store], Made]) -> None:
    ctx.language.set_language(lang)
    window, label, expected = make(ctx, store)
    qtbot.addWidget(window)
    window.show()
    usual = label.font().pointSizeF()
    try:
        for size in (LARGE, None):
            ctx.language.set_font_size(size)
            QApplication.processEvents()
            body = window.font().pointSizeF()
            assert label.font().pointSizeF() == pytest.approx(expected(body)), (size, body)
            if size is not None:  # 24 points is much more than the usual size, and the label is larger still
                assert label.font().pointSizeF() > max(usual, LARGE)
        assert label.font().pointSizeF() == pytest.approx(usual)  # back to the usual size
    finally:
        ctx.language.set_font_size(None)  # the next test starts at the usual size whatever happened here


def test_a_font_set_on_the_followed_widget_is_followed_too(qtbot: QtBot) -> None:
    """Not only the application's font: one set on the followed widget (or a parent of it) counts."""
    source = QWidget()
    qtbot.addWidget(source)
    label = QLabel("a1b2 c3d4", source)
    keep_relative_font(label, source, scale=1.5, minimum=12.0, bold=True, monospace=True)
    font = source.font()
    for points in (20.0, 6.0):
        font.setPointSizeF(points)
        source.setFont(font)
        assert label.font().pointSizeF() == pytest.approx(max(points * 1.5, 12.0))
        assert label.font().bold()
        assert label.font().styleHint() == label.font().StyleHint.Monospace
    assert source.font().pointSizeF() == pytest.approx(6.0)  # the followed widget keeps its own font
