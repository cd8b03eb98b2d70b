"""A participant who withdrew everything is not consented again: their words and signatures are erased
for good, so a signature taken now would be erased at once, leaving a record that says "signed on
screen" without one and a register line that says "Given" for someone who can never speak again.

The Consent page's Record consent again… is off for them, the consent form (however it is opened)
says why in the interface's language and takes nothing down, and the service refuses it too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import ConsentRecord
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup, all_yes, focus_group, template_texts, tiny_png
from tests.i18n_allowlist import english_words


@pytest.fixture
def erased(store: Store) -> FocusGroup:
    """Two participants of a Kurdish focus group, both consented; the first then withdrew everything."""
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="ckb")
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ckb").id
    for pid in group.participants:
        consent.record_consent(store, pid, group.session_id, tid, all_yes(tid, store), "on_screen",
                               signature_png=tiny_png(), facilitator="F1")
    withdrawal.withdraw_participant(store, participant_id=group.participants[0], scope="all")
    return group


def records_of(store: Store, pid: str) -> int:
    with store.session() as s:
        return len(s.scalars(select(ConsentRecord).where(ConsentRecord.participant_id == pid)).all())


def test_the_service_refuses_a_consent_for_someone_erased(store: Store, erased: FocusGroup) -> None:
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ckb").id
    with pytest.raises(consent.ConsentInvalid) as refused:
        consent.record_consent(store, erased.participants[0], erased.session_id, tid, all_yes(tid, store),
                               "on_screen", signature_png=tiny_png(), facilitator="F1")
    assert refused.value.code == "withdrawn_all"
    assert records_of(store, erased.participants[0]) == 1
    # the other participant is consented again as before
    consent.record_consent(store, erased.participants[1], erased.session_id, tid, all_yes(tid, store), "paper",
                           facilitator="F1")
    assert records_of(store, erased.participants[1]) == 2


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_consent_page_and_form_take_nothing_down_for_someone_erased(
        lang: str, ctx: AppContext, erased: FocusGroup, qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 2, timeout=5000)
    gone, other = (next(r for r in page.register.rows if r.participant_id == pid) for pid in erased.participants)
    page.select_record(gone.record_id)
    assert not page.record_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.select_record(other.record_id)
    assert page.record_button.isEnabled()

    # The focus group's Record consent opens the same form: it says why, and offers nothing to sign.
    dialog = ConsentDialog(ctx, erased.participants[0], erased.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    QApplication.processEvents()
    header = dialog.header.text().replace("\u2060", "")  # the code kept whole by word joiners
    assert erased.codes[0] in header
    if lang == "en":
        assert "withdrew consent to everything" in header
    else:  # in the interface's language
        assert english_words(header) == [], english_words(header)
    assert dialog.clause_rows == [] and not dialog.save_button.isEnabled()
    assert not any(b.isEnabled() for b in dialog.method_buttons.buttons())
    dialog.save()  # Enter on the form: the one line, nothing stored
    assert dialog.error.text()
    assert lang == "en" or english_words(dialog.error.text()) == []
    assert dialog.result() == 0 and records_of(ctx.store, erased.participants[0]) == 1
