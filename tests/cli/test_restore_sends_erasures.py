"""A field laptop goes back to a backup (majlis-cli restore) made before a participant withdrew
everything, and no bundle was exported in between. The restore applies the withdrawal again to the
restored database (debabb6), but wrote it without a change of its own: the next bundle did not carry
it, and the centre kept the participant's words for good. The restored database now logs it in its
new epoch: the next bundle takes it, and the centre erases too. One the centre already had (exported
before the restore) arrives again harmlessly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, withdrawal
from desktop.core.db import Store
from desktop.core.erasure import MARKER
from desktop.core.models import ChangeLog, Erasure, TranscriptTurn
from desktop.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import OTHER_SPEECH, Study, leaks, make_study, plaintext_copy
from tests.restore_helpers import restore_from, send_to_centre
from tests.sync_helpers import Team, make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _turn_texts(store: Store, study: Study) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(TranscriptTurn.text).where(TranscriptTurn.participant_id == study.withdrawn)))


def _centre_at_first(tmp_path: Path) -> tuple[Team, Store, Study, Path]:
    """A laptop's focus group at the centre, then a backup on the laptop."""
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    assert MARKER not in _turn_texts(team.centre, study)
    assert leaks(plaintext_copy(team.centre.path, tmp_path / "centre-before.db"))  # the centre has the words
    return team, laptop, study, backups.backup(laptop.engine, laptop.path, PASSPHRASE)


def test_a_withdrawal_carried_by_a_restore_reaches_the_centre(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team, laptop, study, old = _centre_at_first(tmp_path)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    laptop = restore_from(laptop, old, capsys)[0]  # no bundle exported since the withdrawal
    try:
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert _turn_texts(team.centre, study) == {MARKER}
        assert [r.consent for r in withdrawal.participants(team.centre) if r.pseudonym == study.pseudonym] == ["erased"]
        with team.centre.session() as s:
            assert len(s.scalars(select(Erasure)).all()) == 1
            assert OTHER_SPEECH in set(s.scalars(select(TranscriptTurn.text)))  # the others' words stay
        assert leaks(plaintext_copy(team.centre.path, tmp_path / "centre-after.db")) == []
        with laptop.session() as s:  # a change of this device in its new epoch, sent once
            logged = s.scalars(select(ChangeLog).where(ChangeLog.entity == "erasure")).all()
        assert [(c.device_id, c.epoch, c.op) for c in logged] == [(laptop.device_id, laptop.epoch, "insert")]
        assert export_bundle(laptop, tmp_path / "nothing-more.majlis") is None
    finally:
        laptop.close()
        team.close()


def test_a_withdrawal_the_centre_already_had_arrives_again_harmlessly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team, laptop, study, old = _centre_at_first(tmp_path)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    assert send_to_centre(laptop, team, tmp_path / "withdrawal.majlis") == "imported"  # exported before the restore
    assert _turn_texts(team.centre, study) == {MARKER}
    laptop = restore_from(laptop, old, capsys)[0]
    try:
        assert send_to_centre(laptop, team, tmp_path / "after-restore.majlis") == "imported"
        assert _turn_texts(team.centre, study) == {MARKER}
        with team.centre.session() as s:
            assert len(s.scalars(select(Erasure)).all()) == 1
        assert leaks(plaintext_copy(team.centre.path, tmp_path / "centre-after.db")) == []
    finally:
        laptop.close()
        team.close()


def test_an_erasure_the_backup_already_had_is_not_sent_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    assert send_to_centre(laptop, team, tmp_path / "first.majlis") == "imported"
    old = backups.backup(laptop.engine, laptop.path, PASSPHRASE)
    laptop = restore_from(laptop, old, capsys)[0]
    try:
        with laptop.session() as s:
            logged = s.scalars(select(ChangeLog.epoch).where(ChangeLog.entity == "erasure")).all()
        assert laptop.epoch not in logged and len(logged) == 1
        assert export_bundle(laptop, tmp_path / "nothing.majlis") is None
    finally:
        laptop.close()
        team.close()
