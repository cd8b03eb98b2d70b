"""The coding window of a session whose title is long (a facilitator typed the whole subject, up to the
300 characters a title holds) on a 1366x768 laptop at 150 % display scaling: 911 logical pixels wide.

The title stood above the text as a plain label, which made the window at least as wide as the whole
title: 1241 pixels for a Kurdish title of 130 characters, so the text and the codebook ran past the
screen's edge and could not be brought back (the window could not be made narrower). The title is now
shortened with "…" to the room there is; the whole of it is in its tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.widgets.text_limits import column_limit
from tests.coding_window_helpers import coder_context_fixture, shown_window
from tests.consent_helpers import add_turn, focus_group
from tests.i18n.test_i18n_screens import settle

ctx = coder_context_fixture()
LAPTOP = (911 - 16, 464 - 40)  # the room a window has on that screen, less its frame and title bar


@pytest.mark.parametrize("words", ["گروپی فۆکەس: گەنجانی بەسرە و یاسای هەڵبژاردن ",
                                   "مجموعة نقاش مركزة: الشباب في البصرة وقانون الانتخابات "])
def test_a_long_title_leaves_the_window_within_the_screen(ctx: AppContext, store: Store, qtbot: QtBot,
                                                           words: str) -> None:
    limit = column_limit(Session, "title")
    title = (words * (limit // len(words) + 1))[:limit].strip()
    group = focus_group(store, 1, title=title)
    add_turn(store, group.session_id, group.participants[0], "بەڕای من یاسای هەڵبژاردن پێویستی بە گۆڕانکاری هەیە.", 1.0)
    window = shown_window(ctx, qtbot, group.session_id, LAPTOP, active=False)
    settle()
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert smallest.width() <= LAPTOP[0], f"{smallest.width()} pixels wide at least, for a {len(title)}-character title"
    assert window.width() <= LAPTOP[0], window.width()
    inside = QRect(QPoint(0, 0), window.size())
    for part in (window.view, window.tree, window.pick_btn):
        assert inside.contains(QRect(part.mapTo(window, QPoint(0, 0)), part.size())), part.objectName()
    assert window.title_label.toolTip() == title  # the whole title, where the label shows it shortened
