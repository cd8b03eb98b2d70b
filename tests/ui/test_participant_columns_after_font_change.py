"""The Participants list after Settings → Text size 20 with the list already read: a pseudonym is never cut.

Seen in session 40's look at 20 points: the list fits its columns (the pseudonym at least "WWW-FG00-P00" wide)
only when a read fills it; a new text size left the pseudonym column 170 pixels wide where 228 were needed, the
pseudonyms (the only name a participant has on screen) cut, until the list was read again. The columns are
fitted again once the new font reaches the list, as a window opened at 20 points has them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings  # noqa: F401
from tests.ui_helpers import list_page_at_new_text_size


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_pseudonyms_stay_whole_at_a_new_text_size(lang: str, manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot) -> None:
    with list_page_at_new_text_size(manager, demo_store, qtbot, lang, "participants", 20.0) as page:
        view = page.view
        pseudonyms = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
        widest = max(view.fontMetrics().horizontalAdvance(p) for p in pseudonyms)
        assert view.columnWidth(0) >= max(view.sizeHintForColumn(0), widest), (
            view.columnWidth(0), view.sizeHintForColumn(0), widest)
