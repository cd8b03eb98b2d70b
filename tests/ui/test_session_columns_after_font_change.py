"""The Sessions list's columns follow a new text size or font: Settings → Text size 20 with the list already read.

Seen in session 40's look at the screens: the list fits its date, kind, governorate and status columns to what
they show once per language and digits (sessions/page.py _fit_columns), when a read fills it. A new text size
read nothing again: every column came back 170 pixels wide at 20 points, the dates cut ("11 كانون الأول…",
243 pixels wanted in English, 221 in Arabic), the title squeezed to 170 and a horizontal scroll bar under the
list. The columns are fitted again once the new font reaches the list (as the Sync page's devices table does).
In a 1366-pixel window: at 1180 there is no room at 20 points for every cell whole beside the title, and
the columns are narrowed alike instead (tests/ui/test_sessions_list_fits_at_20_points.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings  # noqa: F401
from tests.ui_helpers import list_page_at_new_text_size

FITTED = (0, 2, 3, 5)  # date, kind, governorate, status (the venue is capped, the title takes the rest)


def _fitted(page: Any) -> None:
    view = page.view
    for column in FITTED:
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), (
            column, view.columnWidth(column), view.sizeHintForColumn(column))


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_columns_fit_again_at_a_new_text_size(lang: str, manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                  qtbot: QtBot) -> None:
    with list_page_at_new_text_size(manager, demo_store, qtbot, lang, "sessions", 20.0, read=_fitted,
                                    width=1366) as page:
        _fitted(page)
        assert not page.view.horizontalScrollBar().isVisible()
