"""The PDF of one consent record says the withdrawal that covers it.

Since 8d132650 a withdrawal of quotes dated D takes back every consent of the participant given on or
before D, whichever record carries its mark (``consent_given``): a paper form of an earlier session typed in
after the withdrawal is read as withdrawn by the exports' policy, the consent register on screen, its PDF and
the workbook's Consent sheet. The PDF of that one record (``export pdf --consent-record``, the Consent page's
Print) still read the record's own (empty) marks and printed it as a consent that stands.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import Attendance, Session
from desktop.exports.pdf_consent import write_record_pdf, write_register_pdf
from desktop.i18n.catalogue import translate
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.pdf_helpers import pdf_text

WITHDRAWN_ON = dt.date(2026, 3, 10)


def test_a_consent_record_a_withdrawal_covers_prints_as_withdrawn(store: Store, tmp_path: Path) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language="en", title="Basra first", day=dt.date(2026, 3, 1))
    person = group.participants[0]
    with store.session() as s:
        template = consent.template_for(s, "session-consent", "en")
        assert template is not None
        tid = template.id
    consent.record_consent(store, person, group.session_id, tid, all_yes(tid, store), "paper", facilitator="F1",
                           recorded_at="2026-03-01T10:00:00+03:00")
    withdrawal.withdraw_participant(store, participant_id=person, scope="quotes", on=WITHDRAWN_ON)
    # The paper form of a session held before the withdrawal, typed in after it (carries no mark).
    with store.transaction() as s:
        second = Session(kind="focus_group", title="Basra second", date=dt.date(2026, 3, 5), governorate="basra",
                         language="en", facilitator="F1", number=4)
        s.add(second)
        s.flush()
        s.add(Attendance(session_id=second.id, participant_id=person, role="citizen", seat=1))
        second_id = second.id
    late = consent.record_consent(store, person, second_id, tid, all_yes(tid, store), "paper", facilitator="F1",
                                  recorded_at="2026-03-05T10:00:00+03:00")
    with store.session() as s:
        (row,) = consent.register(s, session_id=second_id)
    assert row.withdrawn_at == WITHDRAWN_ON.isoformat() and row.withdrawal_scope == "quotes"  # the rule holds

    said = translate("en", "PdfReport", "Withdrawn on {date} ({scope})").split("{")[0].strip()
    register = pdf_text(write_register_pdf(store, second_id, tmp_path / "register.pdf", "en"))
    assert said in register  # the register's PDF says it
    record = pdf_text(write_record_pdf(store, late, tmp_path / "record.pdf", "en"))
    assert said in record, "the record's own PDF prints a withdrawn consent as one that stands"
