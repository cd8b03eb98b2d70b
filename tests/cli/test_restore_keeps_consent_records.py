"""A field laptop goes back to a backup (majlis-cli restore) made before a participant gave consent
again, this time refusing to be quoted (a new consent record, not a withdrawal). The restore left the
record in the kept copy: the restored laptop went by the older consent and quoted the participant
again, and so did the centre when the record had not been sent. A consent record of this laptop whose
participant, session and form the restored database has is now carried into it and logged again in
its new epoch (one the centre already had arrives again harmlessly); only the others stay behind in
the kept copy, and the restore says how many."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, consent, consent_rules
from desktop.core.db import Store
from desktop.core.models import ChangeLog, ConsentRecord, Participant
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.consent_helpers import all_yes, tiny_png
from tests.erasure_helpers import Study, make_study
from tests.restore_helpers import restore_from, send_to_centre
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _quotable(store: Store, study: Study) -> bool:
    with store.session() as s:
        return consent_rules.may_quote(s, study.other, study.session_id)


def _no_quotes_any_more(laptop: Store, study: Study) -> str:
    """The other participant consents again, on screen and signed, now refusing to be quoted."""
    with laptop.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    return consent.record_consent(laptop, study.other, None, template_id,
                                  all_yes(template_id, laptop, quote=False), "on_screen",
                                  signature_png=tiny_png(), facilitator="F1")


@pytest.mark.parametrize("sent", [False, True], ids=["never-sent", "sent-before-the-restore"])
def test_a_consent_recorded_after_the_backup_is_carried_and_reaches_the_centre(
        sent: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    record_id = _no_quotes_any_more(laptop, study)
    assert not _quotable(laptop, study)
    if sent:
        assert send_to_centre(laptop, team, tmp_path / "sent.majlis") == "imported"
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert not _quotable(laptop, study)
        with laptop.session() as s:
            carried = s.get(ConsentRecord, record_id)
            assert carried is not None and carried.signature_png == tiny_png()
        assert "1 consent record recorded after this backup kept in the restored database" in out, out
        assert "not in the restored database" not in out, out
        assert err == "", err  # it travels from the restored database: nothing left behind
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert not _quotable(team.centre, study)
        with team.centre.session() as s:
            at_centre = s.get(ConsentRecord, record_id)
            assert at_centre is not None and at_centre.answers == carried.answers
        with laptop.session() as s:
            logged = s.scalars(select(ChangeLog).where(ChangeLog.epoch == laptop.epoch)).all()
        assert [(c.entity, c.op, c.row_id) for c in logged] == [("consent_record", "insert", record_id)]
        assert export_bundle(laptop, tmp_path / "nothing-more.majlis") is None
    finally:
        laptop.close()
        team.close()


def test_a_withdrawn_consent_recorded_after_the_backup_keeps_its_withdrawal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    with laptop.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    record_id = consent.record_consent(laptop, study.other, None, template_id, all_yes(template_id, laptop),
                                       "paper", facilitator="F1")
    assert send_to_centre(laptop, team, tmp_path / "sent.majlis") == "imported"  # the centre has it unwithdrawn
    consent.withdraw(laptop, record_id, "2026-11-30", "quotes")
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        assert err == "", err
        assert not _quotable(laptop, study)
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        with team.centre.session() as s:
            at_centre = s.get(ConsentRecord, record_id)
            assert at_centre is not None
            assert (at_centre.withdrawn_at, at_centre.withdrawal_scope) == ("2026-11-30", "quotes")
        assert not _quotable(team.centre, study)
    finally:
        laptop.close()
        team.close()


def test_a_consent_of_a_participant_added_after_the_backup_stays_in_the_kept_copy(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    make_study(laptop)
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    with laptop.transaction() as s:
        newcomer = Participant(code="BSR-FG03-P09", gender="female", governorate="basra")
        s.add(newcomer)
        s.flush()
        newcomer_id = newcomer.id
    with laptop.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(laptop, newcomer_id, None, template_id, all_yes(template_id, laptop), "paper",
                           facilitator="F1")
    assert send_to_centre(laptop, team, tmp_path / "sent.majlis") == "imported"  # sent: not 'never exported'
    laptop, out, err = restore_from(laptop, old, capsys)
    try:
        kept = next(line for line in out.splitlines() if line.startswith("the database as it was before"))
        kept_path = kept.split(" is kept as ", 1)[1].split(" (", 1)[0]
        assert (f"1 consent record recorded after this backup is not in the restored database: "
                f"it stays in {kept_path} only") in out, out
        assert "kept in the restored database" not in out, out
        assert err == "", err
    finally:
        laptop.close()
        team.close()
