"""A field laptop goes back to a backup (majlis-cli restore) made before a participant withdrew
everything. A full withdrawal also marks each of the participant's consent records withdrawn
(``withdrawn_at``, ``withdrawal_scope``): the restore carried the erasure but not those marks, so the
consent register and the consent record PDFs of the restored laptop, and of the centre after the next
bundle, showed the consent as never withdrawn. The marks are now carried into the restored database
and logged again in its new epoch, so the next bundle takes them to the centre. And the restore's
warning no longer counts these changes as left behind in the kept copy: they travel."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import ChangeLog
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import Study, make_study
from tests.restore_helpers import restore_from, send_to_centre
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

WHEN = "2026-11-30"


def _marks(store: Store, study: Study) -> list[tuple[str | None, str | None]]:
    """The withdrawal as the register (and each record's PDF) shows it, per consent record."""
    with store.session() as s:
        return sorted((r.withdrawn_at, r.withdrawal_scope)
                      for r in consent.register(s, participant_id=study.withdrawn))


def test_a_withdrawal_carried_by_a_restore_shows_in_the_registers_of_the_laptop_and_the_centre(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    assert _marks(team.centre, study) == [(None, None), (None, None)]
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=WHEN)
    assert _marks(laptop, study) == [(WHEN, "all"), (WHEN, "all")]
    laptop, out, err = restore_from(laptop, old, capsys)  # no bundle exported since the withdrawal
    try:
        assert _marks(laptop, study) == [(WHEN, "all"), (WHEN, "all")]
        # The erasure and both marks travel from the restored database: nothing is left behind.
        assert err == "", err
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert _marks(team.centre, study) == [(WHEN, "all"), (WHEN, "all")]
        assert [r.consent for r in withdrawal.participants(team.centre) if r.pseudonym == study.pseudonym] == ["erased"]
        with laptop.session() as s:  # this device's changes in its new epoch, sent once
            logged = s.scalars(select(ChangeLog).where(ChangeLog.epoch == laptop.epoch)).all()
        assert sorted((c.entity, c.op) for c in logged) == [
            ("consent_record", "update"), ("consent_record", "update"), ("erasure", "insert")]
        assert export_bundle(laptop, tmp_path / "nothing-more.majlis") is None
    finally:
        laptop.close()
        team.close()


def test_marks_the_centre_already_had_arrive_again_harmlessly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=WHEN)
    assert send_to_centre(laptop, team, tmp_path / "withdrawal.majlis") == "imported"
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert err == "", err
        assert _marks(laptop, study) == [(WHEN, "all"), (WHEN, "all")]
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert _marks(team.centre, study) == [(WHEN, "all"), (WHEN, "all")]
    finally:
        laptop.close()
        team.close()


def test_work_that_does_not_travel_is_still_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only what travels is left out of the warning: an edit made after the backup still counts."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=WHEN)
    from desktop.core.models import Session

    with laptop.transaction() as s:
        s.add(Session(kind="focus_group", title="recorded after the backup", governorate="erbil", language="ckb"))
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert err.startswith("majlis-cli: warning: the database replaced held 1 change never exported"), err
    finally:
        laptop.close()
        team.close()
