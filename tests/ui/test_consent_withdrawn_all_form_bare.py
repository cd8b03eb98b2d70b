"""The consent form of someone who withdrew everything shows only why nothing can be recorded.

It said "no consent can be recorded for them again" and still showed the text-size slider, the
(disabled) read-aloud button and ways of consenting, and an editable "Consent obtained by" field with
the facilitator's name in it: controls that mean nothing there, and a name that could be typed for
nothing. A participant who can consent keeps them all.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.ui.test_consent_after_erasure import erased  # noqa: F401  (fixture)


def shown(ctx: AppContext, qtbot: QtBot, pid: str, sid: str) -> ConsentDialog:
    dialog = ConsentDialog(ctx, pid, sid, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_no_size_slider_or_obtained_by_for_someone_erased(ctx: AppContext, erased: FocusGroup,  # noqa: F811
                                                          qtbot: QtBot, manager: LanguageManager,
                                                          lang: str) -> None:
    manager.set_language(lang)
    gone = shown(ctx, qtbot, erased.participants[0], erased.session_id)
    meaningless = (gone.size_slider, gone.size_label, gone.facilitator_edit, gone.facilitator_label,
                   gone.read_aloud_button, gone.method_box, *gone.method_buttons.buttons())
    seen = [w.objectName() or w.text() for w in meaningless if w.isVisible()]  # type: ignore[attr-defined]
    assert seen == [], f"shown beside 'no consent can be recorded': {seen}"
    assert gone.header.isVisible() and gone.header.text() and gone.cancel_button.isVisible()

    other = shown(ctx, qtbot, erased.participants[1], erased.session_id)  # can consent: everything there
    assert all(w.isVisible() for w in (other.size_slider, other.facilitator_edit, other.read_aloud_button,
                                       other.method_box, *other.method_buttons.buttons()))
    gone.reject()
    other.reject()
