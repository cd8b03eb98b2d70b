"""A field laptop goes back to a backup (majlis-cli restore) made before a participant gave consent
again, this time refusing to be quoted (a new consent record, not a withdrawal). The restore left the
record in the kept copy: the restored laptop went by the older consent and quoted the participant
again, and so did the centre when the record had not been sent. A consent record of this laptop whose
participant, session and form the restored database has is now carried into it and logged again in
its new epoch (one the centre already had arrives again harmlessly); only the others stay behind in
the kept copy, and the restore says how many."""

from __future__ import annotations

import pytest

from desktop.core import consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Participant
from tests.consent_helpers import all_yes, tiny_png
from tests.restore_helpers import FieldLaptop


def _quotable(store: Store, field: FieldLaptop) -> bool:
    with store.session() as s:
        return consent_rules.may_quote(s, field.study.other, field.study.session_id)


def _consent(field: FieldLaptop, participant_id: str, *, quote: bool = True, signed: bool = False) -> str:
    """A new consent record of the participant on the laptop (on screen and signed, or on paper)."""
    laptop = field.laptop
    with laptop.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    answers = all_yes(template_id, laptop, quote=quote)
    if signed:
        return consent.record_consent(laptop, participant_id, None, template_id, answers, "on_screen",
                                      signature_png=tiny_png(), facilitator="F1")
    return consent.record_consent(laptop, participant_id, None, template_id, answers, "paper", facilitator="F1")


@pytest.mark.parametrize("sent", [False, True], ids=["never-sent", "sent-before-the-restore"])
def test_a_consent_recorded_after_the_backup_is_carried_and_reaches_the_centre(
        sent: bool, field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    assert field.send("first") == "imported"
    old = field.backup()
    record_id = _consent(field, field.study.other, quote=False, signed=True)  # now refusing to be quoted
    assert not _quotable(field.laptop, field)
    if sent:
        assert field.send("sent") == "imported"
    out, err = field.restore(old, capsys)
    assert not _quotable(field.laptop, field)
    with field.laptop.session() as s:
        carried = s.get(ConsentRecord, record_id)
        assert carried is not None and carried.signature_png == tiny_png()
    assert "1 consent record recorded after this backup kept in the restored database" in out, out
    assert "not in the restored database" not in out, out
    assert err == "", err  # it travels from the restored database: nothing left behind
    assert field.send("after-restore") == "imported"
    assert not _quotable(field.centre, field)
    with field.centre.session() as s:
        at_centre = s.get(ConsentRecord, record_id)
        assert at_centre is not None and at_centre.answers == carried.answers
    assert field.logged_since_restore() == [("consent_record", "insert", record_id)]
    assert field.nothing_left_to_send()


def test_a_withdrawn_consent_recorded_after_the_backup_keeps_its_withdrawal(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    assert field.send("first") == "imported"
    old = field.backup()
    record_id = _consent(field, field.study.other)
    assert field.send("sent") == "imported"  # the centre has it unwithdrawn
    consent.withdraw(field.laptop, record_id, "2026-11-30", "quotes")
    _, err = field.restore(old, capsys)
    assert err == "", err
    assert not _quotable(field.laptop, field)
    assert field.send("after-restore") == "imported"
    with field.centre.session() as s:
        at_centre = s.get(ConsentRecord, record_id)
        assert at_centre is not None
        assert (at_centre.withdrawn_at, at_centre.withdrawal_scope) == ("2026-11-30", "quotes")
    assert not _quotable(field.centre, field)


def test_a_consent_of_a_participant_added_after_the_backup_stays_in_the_kept_copy(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    old = field.backup()
    with field.laptop.transaction() as s:
        newcomer = Participant(code="BSR-FG03-P09", gender="female", governorate="basra")
        s.add(newcomer)
        s.flush()
        newcomer_id = newcomer.id
    _consent(field, newcomer_id)
    assert field.send("sent") == "imported"  # sent: not 'never exported'
    out, err = field.restore(old, capsys)
    kept = next(line for line in out.splitlines() if line.startswith("the database as it was before"))
    kept_path = kept.split(" is kept as ", 1)[1].split(" (", 1)[0]
    assert (f"1 consent record recorded after this backup is not in the restored database: "
            f"it stays in {kept_path} only") in out, out
    assert "kept in the restored database" not in out, out
    assert err == "", err


def test_no_line_about_consent_records_when_the_backup_has_them_all(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = field.restore(field.backup(), capsys)
    assert "consent record" not in out, out
