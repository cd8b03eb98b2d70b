"""An action item's owner as long as a sentence ("the Ministry of Planning's department of ... with the
governorate's council") in the roundtable editor at 20-point text on a laptop (895x424). The Owner
column grew as wide as the whole owner, 780 pixels: the Action column beside it was squeezed to a
word a line and the table scrolled sideways. The Owner column now widens with its words up to a share
of the table, and a longer owner wraps in its row; a short owner still gets a column as wide as it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

LAPTOP = (911 - 16, 464 - 40)
LONG_OWNER = {"ckb": "بەڕێوەبەرایەتی پلاندانانی پارێزگا لەگەڵ ئەنجومەنی پارێزگا و ڕێکخراوە ناحکومییەکان",
              "ar": "مديرية التخطيط في المحافظة بالتعاون مع مجلس المحافظة والمنظمات غير الحكومية"}


def _view(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> tuple[QTableView, object]:
    session_id = sessions.create_session(store, "roundtable", title="طاولة البصرة", governorate="basra")
    window = main_window(manager, store, qtbot, lang)
    window.resize(*LAPTOP)
    manager.set_font_size(20.0)
    settle()
    editor = window.open_session(session_id)
    assert editor is not None
    editor.tabs.setCurrentWidget(editor.action_items)  # type: ignore[attr-defined]
    settle()
    return editor.action_items.view, editor  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_long_owner_wraps_and_the_action_keeps_its_room(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          lang: str) -> None:
    view, editor = _view(manager, store, qtbot, lang)
    model = editor.actions_model  # type: ignore[attr-defined]
    editor.action_items.add_button.click()  # type: ignore[attr-defined]
    settle()
    # What the Owner cell's editor hands over when the typing ends (Enter, Tab, a click elsewhere).
    model.setData(model.index(0, 0), "متابعة التوصيات مع الجهات المعنية")
    model.setData(model.index(0, 1), LONG_OWNER[lang])
    settle()
    room = view.viewport().width()
    assert not view.horizontalScrollBar().isVisible(), [view.columnWidth(c) for c in range(4)]
    assert view.columnWidth(0) >= room // 4, [view.columnWidth(c) for c in range(4)]
    assert view.columnWidth(1) <= room // 3 + 1
    assert view.rowHeight(0) >= 2 * view.fontMetrics().lineSpacing()  # the owner on more lines, whole
    # A short owner added next: the column stays as wide as the long one needs (its share), and the
    # short one shows whole in it.
    editor.action_items.add_button.click()  # type: ignore[attr-defined]
    model.setData(model.index(1, 1), "UNDP")
    settle()
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance("UNDP")


@pytest.mark.parametrize("lang", ["ckb"])
def test_a_short_owner_widens_its_column(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str) -> None:
    view, editor = _view(manager, store, qtbot, lang)
    model = editor.actions_model  # type: ignore[attr-defined]
    before = view.columnWidth(1)
    editor.action_items.add_button.click()  # type: ignore[attr-defined]
    model.setData(model.index(0, 1), "ڕێکخراوی ژیانی نوێ")
    settle()
    assert view.columnWidth(1) >= min(view.sizeHintForColumn(1), view.viewport().width() * 3 // 10)
    assert view.columnWidth(1) > before
