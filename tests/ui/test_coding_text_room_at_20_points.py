"""The coding window on the laptop (895x424) at 20 points: the text, read all day, has the larger side.

It opens with three quarters of the width for the text, never less than the column beside it needs. In
Kurdish the column's buttons on one line ('Undo coding (Ctrl+Z)': 371 pixels) held it at 403 pixels and
left the text 303, about five words a line. Those buttons and the column's labels now wrap where the
column is narrow: the text has more room than the column in every language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.ui.context import AppContext
from tests.coding_window_helpers import at_20_points, basra_focus_group, coder_context_fixture, shown_window
from tests.i18n.test_i18n_screens import settle

ctx = coder_context_fixture()


def test_the_text_is_wider_than_the_column_beside_it(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session_id, _ = basra_focus_group(s)
        codebook.create_code(s, name_ar="الماء", name_ckb="ئاو", name_en="Water")
    with at_20_points(ctx):
        ws = shown_window(ctx, qtbot, session_id, (895, 424))
        settle()
        column = ws.findChild(QWidget, "coding_side_column")
        assert column is not None
        assert ws.view.width() > column.width(), (ws.view.width(), column.width())
        # Every button of the column whole: as tall as its lines at its width.
        for button in (ws.undo_btn, ws.remove_btn, ws.memo_btn):
            assert button.height() >= button.heightForWidth(button.width()), button.text()
