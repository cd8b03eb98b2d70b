"""A withdrawal recorded at the centre (a participant who phoned the coordinator): the centre's consent
records are marked, and a withdrawal of everything also erases, on the laptops too, through the next
team update. The marks themselves never left the centre: after a withdrawal of consent to be quoted,
the laptop that recorded the participant went on quoting them in its own workbook and briefs, and
after a withdrawal of everything its consent register showed the consent as never withdrawn. The
team update now carries the withdrawal marks of the consent records (record id, date, scope: no
content), and a laptop applies those newer than its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import consent, consent_rules, withdrawal
from desktop.core.db import Store
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.erasure_helpers import Study, make_study
from tests.sync_helpers import Team, make_team

WHEN = "2026-11-30"


def _marks(store: Store, study: Study) -> list[tuple[str | None, str | None]]:
    with store.session() as s:
        return sorted((r.withdrawn_at, r.withdrawal_scope) for r in consent.register(s, participant_id=study.withdrawn))


def _quotable(store: Store, study: Study) -> bool:
    with store.session() as s:
        return consent_rules.may_quote(s, study.withdrawn, study.session_id)


def _at_centre(tmp_path: Path) -> tuple[Team, Study]:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    sent = export_bundle(laptop, tmp_path / "sent.majlis")
    assert sent is not None
    assert [o.status for o in import_files(team.centre, [sent.path], team.identities)] == ["imported"]
    return team, study


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_a_withdrawal_made_at_the_centre_marks_the_laptops_records(tmp_path: Path, scope: str) -> None:
    team, study = _at_centre(tmp_path)
    laptop = team.devices[0]
    try:
        assert _quotable(laptop, study)
        withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope=scope, on=WHEN)
        update = write_team_update(team.centre, tmp_path / "update.majlis-update").path
        import_team_update(laptop, update)
        assert _marks(laptop, study) == [(WHEN, scope), (WHEN, scope)]
        assert not _quotable(laptop, study)
        assert export_bundle(laptop, tmp_path / "nothing.majlis") is None  # applied, not re-sent
    finally:
        team.close()


def test_a_laptops_later_withdrawal_is_not_undone_by_an_older_mark(tmp_path: Path) -> None:
    """The centre withdrew quotes; the laptop then withdrew everything: an update the centre wrote in
    between (applied late) leaves the laptop's newer marks."""
    team, study = _at_centre(tmp_path)
    laptop = team.devices[0]
    try:
        withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope="quotes", on="2026-11-01")
        update = write_team_update(team.centre, tmp_path / "update.majlis-update").path
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=WHEN)
        import_team_update(laptop, update)
        assert _marks(laptop, study) == [(WHEN, "all"), (WHEN, "all")]
    finally:
        team.close()
