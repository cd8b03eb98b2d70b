"""The consent dialog as the UI tests open it: a published form, a focus group's first participant."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from tests.consent_helpers import focus_group, template_texts


def shown_consent_dialog(ctx: AppContext, store: Store, qtbot: QtBot, *, language: str = "ar") -> ConsentDialog:
    """The dialog for the first participant of a one-person focus group held in ``language``, shown."""
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language=language)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog
