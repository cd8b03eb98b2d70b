"""A field laptop goes back to a backup (majlis-cli restore) made before a participant withdrew consent
to be quoted (quotes only: the speech stays for analysis). The restore carried full withdrawals only
(the erasure and the consent records' marks of erased participants): the quotes-only withdrawal stayed
in the kept copy, and the restored laptop, and the centre after its next bundle, quoted the participant
again. Now every withdrawal mark newer in the copy replaced is carried and logged again in the new
epoch. (Consent records recorded after the backup: tests/cli/test_restore_keeps_consent_records.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, consent, consent_rules, withdrawal
from desktop.core.db import Store
from desktop.core.models import ChangeLog
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import Study, make_study
from tests.restore_helpers import restore_from, send_to_centre
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

WHEN = "2026-11-30"


def _quotable(store: Store, study: Study) -> bool:
    with store.session() as s:
        return consent_rules.may_quote(s, study.withdrawn, study.session_id)


def _state(store: Store, study: Study) -> str:
    return next(r.consent for r in withdrawal.participants(store) if r.pseudonym == study.pseudonym)


def test_a_quotes_withdrawal_made_after_the_backup_stays_after_the_restore_and_reaches_the_centre(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    assert _quotable(team.centre, study)
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="quotes", on=WHEN)
    assert not _quotable(laptop, study)
    laptop, out, err = restore_from(laptop, old, capsys)  # no bundle exported since the withdrawal
    try:
        assert not _quotable(laptop, study)
        assert _state(laptop, study) == "withdrawn_quotes"
        with laptop.session() as s:
            marks = sorted((r.withdrawn_at, r.withdrawal_scope)
                           for r in consent.register(s, participant_id=study.withdrawn))
        assert marks == [(WHEN, "quotes"), (WHEN, "quotes")]
        assert err == "", err  # the withdrawal travels from the restored database: nothing left behind
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert not _quotable(team.centre, study)
        assert _state(team.centre, study) == "withdrawn_quotes"
        with laptop.session() as s:
            logged = s.scalars(select(ChangeLog).where(ChangeLog.epoch == laptop.epoch)).all()
        assert sorted((c.entity, c.op) for c in logged) == [("consent_record", "update")] * 2
        assert export_bundle(laptop, tmp_path / "nothing-more.majlis") is None
    finally:
        laptop.close()
        team.close()


def test_a_quotes_withdrawal_the_centre_already_had_arrives_again_harmlessly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="quotes", on=WHEN)
    assert send_to_centre(laptop, team, tmp_path / "withdrawal.majlis") == "imported"
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert err == "", err
        assert not _quotable(laptop, study)
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert not _quotable(team.centre, study)
    finally:
        laptop.close()
        team.close()


def test_no_line_about_consent_records_when_the_backup_has_them_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    make_study(laptop)
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert "consent record" not in out, out
    finally:
        laptop.close()
        team.close()
