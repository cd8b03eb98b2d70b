"""A field laptop goes back to a backup (majlis-cli restore) made before a participant withdrew
everything. A full withdrawal also marks each of the participant's consent records withdrawn
(``withdrawn_at``, ``withdrawal_scope``): the restore carried the erasure but not those marks, so the
consent register and the consent record PDFs of the restored laptop, and of the centre after the next
bundle, showed the consent as never withdrawn. The marks are now carried into the restored database
and logged again in its new epoch, so the next bundle takes them to the centre. And the restore's
warning no longer counts these changes as left behind in the kept copy: they travel."""

from __future__ import annotations

import pytest

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import Session
from tests.erasure_helpers import Study
from tests.restore_helpers import FieldLaptop

WHEN = "2026-11-30"


def _marks(store: Store, study: Study) -> list[tuple[str | None, str | None]]:
    """The withdrawal as the register (and each record's PDF) shows it, per consent record."""
    with store.session() as s:
        return sorted((r.withdrawn_at, r.withdrawal_scope)
                      for r in consent.register(s, participant_id=study.withdrawn))


def _withdraw_everything(field: FieldLaptop) -> None:
    withdrawal.withdraw_participant(field.laptop, pseudonym=field.study.pseudonym, scope="all", on=WHEN)


def test_a_withdrawal_carried_by_a_restore_shows_in_the_registers_of_the_laptop_and_the_centre(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    assert field.send("first") == "imported"
    assert _marks(field.centre, field.study) == [(None, None), (None, None)]
    old = field.backup()
    _withdraw_everything(field)
    assert _marks(field.laptop, field.study) == [(WHEN, "all"), (WHEN, "all")]
    out, err = field.restore(old, capsys)  # no bundle exported since the withdrawal
    assert _marks(field.laptop, field.study) == [(WHEN, "all"), (WHEN, "all")]
    # The erasure and both marks travel from the restored database: nothing is left behind.
    assert err == "", err
    assert field.send("after-restore") == "imported"
    assert _marks(field.centre, field.study) == [(WHEN, "all"), (WHEN, "all")]
    assert [r.consent for r in withdrawal.participants(field.centre)
            if r.pseudonym == field.study.pseudonym] == ["erased"]
    # This device's changes in its new epoch, sent once.
    assert [(e, op) for e, op, _ in field.logged_since_restore()] == [
        ("consent_record", "update"), ("consent_record", "update"), ("erasure", "insert")]
    assert field.nothing_left_to_send()


def test_marks_the_centre_already_had_arrive_again_harmlessly(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    assert field.send("first") == "imported"
    old = field.backup()
    _withdraw_everything(field)
    assert field.send("withdrawal") == "imported"
    _, err = field.restore(old, capsys)
    assert err == "", err
    assert _marks(field.laptop, field.study) == [(WHEN, "all"), (WHEN, "all")]
    assert field.send("after-restore") == "imported"
    assert _marks(field.centre, field.study) == [(WHEN, "all"), (WHEN, "all")]


def test_work_that_does_not_travel_is_still_counted(field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    """Only what travels is left out of the warning: an edit made after the backup still counts."""
    old = field.backup()
    _withdraw_everything(field)
    with field.laptop.transaction() as s:
        s.add(Session(kind="focus_group", title="recorded after the backup", governorate="erbil", language="ckb"))
    _, err = field.restore(old, capsys)
    assert err.startswith("majlis-cli: warning: the database replaced held 1 change never exported"), err
