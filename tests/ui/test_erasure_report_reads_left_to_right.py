"""The erasure report's list in Arabic and Kurdish: each copy made before the erasure is named by kind,
date and path, and the date and the path read as written.

After withdrawing everything of a participant, a Kurdish facilitator saw a bundle on the USB stick
listed as "tmp/usb/bundle.majlis/ — 21:00 03-12-2026 — پاکێت" (a backup alike): the path's leading "/" at its far end
and the date turned round, in the list that tells them which files still hold the erased words. The
date and the path are now left-to-right pieces of the line.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import backups, erasure_report, withdrawal
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.erasure_report_dialog import ErasureReportDialog
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import pieces_left_to_right


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_copies_are_named_left_to_right(lang: str, ctx: AppContext, manager: LanguageManager, qtbot: QtBot) -> None:
    study = make_study(ctx.store)
    backup = backups.backup(ctx.store.engine, ctx.store.path, PASSPHRASE)  # named in words of the language
    withdrawal.withdraw_participant(ctx.store, pseudonym=study.pseudonym, scope="all")
    manager.set_language(lang)
    dialog = ErasureReportDialog(ctx, erasure_report.report(ctx.store))
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    line = next(dialog.items.item(i).text() for i in range(dialog.items.count())
                if backup.name in dialog.items.item(i).text())
    first, folder = line.split("\n")  # the kind, the date and the file's name; its folder under them
    assert not first[:1].isascii()  # the kind's word leads: a right-to-left line
    assert first.endswith(f"\u2066{backup.name}\u2069")
    slash = folder.index("/")  # the path's leading "/", before its first folder
    pieces = ["/", folder[slash + 1:folder.index("/", slash + 1) + 1]]
    assert pieces_left_to_right(dialog.items, folder, pieces) == pieces, line
    made = next(item.made_at for item in dialog.report.items if item.where.endswith(backup.name))
    dated = [made[:4], made[5:10], made[11:16]]  # 2026, 12-03, 21:00
    before_path = first[:first.index(backup.name)]  # the kind and the date: no digit of the name can match there
    assert pieces_left_to_right(dialog.items, before_path, dated) == dated, line
