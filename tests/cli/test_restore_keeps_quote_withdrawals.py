"""A field laptop goes back to a backup (majlis-cli restore) made before a participant withdrew consent
to be quoted (quotes only: the speech stays for analysis). The restore carried full withdrawals only
(the erasure and the consent records' marks of erased participants): the quotes-only withdrawal stayed
in the kept copy, and the restored laptop, and the centre after its next bundle, quoted the participant
again. Now every withdrawal mark newer in the copy replaced is carried and logged again in the new
epoch. (Consent records recorded after the backup: tests/cli/test_restore_keeps_consent_records.py.)"""

from __future__ import annotations

import pytest

from desktop.core import consent, consent_rules, withdrawal
from desktop.core.db import Store
from tests.erasure_helpers import Study
from tests.restore_helpers import FieldLaptop

WHEN = "2026-11-30"


def _quotable(store: Store, study: Study) -> bool:
    with store.session() as s:
        return consent_rules.may_quote(s, study.withdrawn, study.session_id)


def _state(store: Store, study: Study) -> str:
    return next(r.consent for r in withdrawal.participants(store) if r.pseudonym == study.pseudonym)


def _withdraw_quotes(field: FieldLaptop) -> None:
    withdrawal.withdraw_participant(field.laptop, pseudonym=field.study.pseudonym, scope="quotes", on=WHEN)


def test_a_quotes_withdrawal_made_after_the_backup_stays_after_the_restore_and_reaches_the_centre(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    study = field.study
    assert field.send("first") == "imported"
    assert _quotable(field.centre, study)
    old = field.backup()
    _withdraw_quotes(field)
    assert not _quotable(field.laptop, study)
    _, err = field.restore(old, capsys)  # no bundle exported since the withdrawal
    assert not _quotable(field.laptop, study)
    assert _state(field.laptop, study) == "withdrawn_quotes"
    with field.laptop.session() as s:
        marks = sorted((r.withdrawn_at, r.withdrawal_scope) for r in consent.register(s, participant_id=study.withdrawn))
    assert marks == [(WHEN, "quotes"), (WHEN, "quotes")]
    assert err == "", err  # the withdrawal travels from the restored database: nothing left behind
    assert field.send("after-restore") == "imported"
    assert not _quotable(field.centre, study)
    assert _state(field.centre, study) == "withdrawn_quotes"
    assert [(e, op) for e, op, _ in field.logged_since_restore()] == [("consent_record", "update")] * 2
    assert field.nothing_left_to_send()


def test_a_quotes_withdrawal_the_centre_already_had_arrives_again_harmlessly(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    assert field.send("first") == "imported"
    old = field.backup()
    _withdraw_quotes(field)
    assert field.send("withdrawal") == "imported"
    _, err = field.restore(old, capsys)
    assert err == "", err
    assert not _quotable(field.laptop, field.study)
    assert field.send("after-restore") == "imported"
    assert not _quotable(field.centre, field.study)
