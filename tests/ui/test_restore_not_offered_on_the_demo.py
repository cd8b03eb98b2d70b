"""Settings → Backups → Restore from a backup… is not offered on the demo database.

The demo is a throwaway database in a temporary folder with a random key asked of nobody: it has no
backups of its own worth putting back, a restore would close the window for an unlock window whose
passphrase nobody knows, and the button only confused someone trying the app. It is offered on a
real database as before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from tests.ui_helpers import settings_page


@pytest.mark.parametrize("demo", [True, False])
def test_restore_offered_only_on_a_real_database(ctx: AppContext, qtbot: QtBot, demo: bool) -> None:
    ctx.demo = demo
    page = settings_page(ctx, qtbot, "ar")
    box = page.backups_box
    assert box.restore_button.isHidden() == demo
    # On the demo the whole Backups box goes (Back up now… asked a passphrase nobody knows:
    # tests/ui/test_demo_offers_only_what_works.py); on a real database Back up now and the folder stay.
    assert box.isHidden() == demo and not box.button.isHidden()
    # Its Alt letter reaches it only where it is offered.
    assert box.restore_button.isVisibleTo(page) == (not demo)
