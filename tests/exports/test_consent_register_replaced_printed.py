"""The printed consent register of a session where a consent was recorded again to correct it: both
records were printed as "Given", one with quotes Yes and one No, and nothing said which stands. The
replaced one now says so, and when (as the register on screen does)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import consent
from desktop.core.db import Store
from desktop.exports.pdf_consent import write_register_pdf
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.pdf_helpers import pdf_text


def test_a_replaced_record_is_printed_as_replaced(store: Store, tmp_path: Path) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="en")
    with store.session() as s:
        tpl = consent.template_for(s, "session-consent", "en")
        assert tpl is not None
        template_id = tpl.id
    answers = all_yes(template_id, store)
    for pid, when in ((group.participants[0], "2026-11-20T10:00:00+03:00"),
                      (group.participants[1], "2026-11-20T10:05:00+03:00")):
        consent.record_consent(store, pid, group.session_id, template_id, answers, "paper", facilitator="F",
                               recorded_at=when)
    consent.record_consent(store, group.participants[0], group.session_id, template_id, {**answers, "quote": False},
                           "paper", facilitator="F", recorded_at="2026-11-21T09:00:00+03:00")

    text = " ".join(pdf_text(write_register_pdf(store, group.session_id, tmp_path / "register.pdf", "en")).split())
    assert text.count("Replaced on 21 November 2026") == 1, text  # the cell's words, wrapped in it
    assert text.count("Given") == 3
