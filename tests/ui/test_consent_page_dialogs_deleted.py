"""The Consent page's dialogs are deleted once closed, not kept for the life of the page.

Each "Record consent again…" made a full consent dialog (its form, clauses, signature pad, scroll areas)
as a child of the page and never deleted it: a facilitator who recorded consent again for a room of
twenty kept twenty dialogs alive, hidden, until Majlis was closed. "New version…" (the form editor) and
"Withdraw…" (the question) were the same.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.ui.test_consent_page import fg, make_page, user_name  # noqa: F401  (fixtures)


def close_when_shown(kind: type[QDialog]) -> None:
    """The dialog of ``kind`` closed by Cancel once it is on screen (exec() returns)."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            dialog.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def live(page: ConsentPage, kind: type[QDialog]) -> int:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    return len(page.findChildren(kind))


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_dialogs_opened_from_the_page_are_deleted(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                                  manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    page = make_page(ctx, qtbot)
    page.select_record(page.register.rows[0].record_id)
    assert page.record_button.isEnabled()
    for _ in range(3):
        close_when_shown(ConsentDialog)
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert live(page, ConsentDialog) == 0, "each 'Record consent again…' dialog stayed alive"
    for _ in range(2):
        close_when_shown(TemplateEditorDialog)
        qtbot.mouseClick(page.new_version, Qt.MouseButton.LeftButton)
    assert live(page, TemplateEditorDialog) == 0, "each form editor stayed alive"
    for _ in range(2):
        close_when_shown(WithdrawDialog)
        qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert live(page, WithdrawDialog) == 0, "each withdrawal question stayed alive"
    assert page.register.rowCount() == 3 and page.status.text() == ""  # nothing done by the Cancels
