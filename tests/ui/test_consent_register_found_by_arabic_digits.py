"""Consent page: the register filtered by a pseudonym typed with the digits an Arabic or Kurdish
keyboard types ("P٠٢") showed no record: the filter compared the characters as typed. It now folds
them as the Participants page's search does, so either kind of digits finds the records."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.context import AppContext
from tests.consent_helpers import FocusGroup
from tests.ui.test_consent_page import fg as fg  # the fixture, used by name
from tests.ui.test_consent_page import make_page


@pytest.mark.parametrize("typed", ["P٠٢", "p۰۲", "FG03-P02", " bsr-fg٠٣-p٠٢ "])
def test_the_register_filter_takes_either_digits(typed: str, ctx: AppContext, store: Store, fg: FocusGroup,
                                                 qtbot: QtBot) -> None:
    page = make_page(ctx, qtbot)
    page.text_filter.setText(typed)
    assert [row.pseudonym for row in page.register.rows] == [fg.codes[1]]
