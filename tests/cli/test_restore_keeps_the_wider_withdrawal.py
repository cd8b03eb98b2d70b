"""A restore carries a withdrawal of everything over a newer withdrawal of quotes, as the merge would.

The laptop's date is two days behind (its clock cannot follow the centre's that far). The participant
telephoned the centre to withdraw consent to be quoted, and the team update brought it to the laptop;
a backup was made; then the participant asked the facilitator to withdraw everything. The laptop goes
back to that backup (majlis-cli restore): the carry compared the two withdrawals by time alone, the
centre's withdrawal of quotes was the newer, and the restored laptop's consent register (and the
centre's, after the next bundle) showed quotes only for a participant whose data is erased. A
withdrawal only widens, whatever the times: the restored laptop and the centre hold everything.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.core.models import ConsentRecord
from desktop.sync.team import import_team_update, write_team_update
from tests.clock_helpers import ahead, reopen
from tests.erasure_helpers import Study
from tests.restore_helpers import FieldLaptop

CENTRE_DAY, LAPTOP_DAY = "2026-11-28", "2026-11-30"
DAY_MS = 24 * 3600 * 1000


def _marks(store: Store, study: Study) -> list[tuple[str | None, str | None]]:
    with store.session() as s:
        return sorted((r.withdrawn_at, r.withdrawal_scope) for r in consent.register(s, participant_id=study.withdrawn))


def _written(store: Store, study: Study) -> str:
    """When the withdrawals of the participant's consent records were last written (their HLC)."""
    with store.session() as s:
        return max(str(r.versions["withdrawal_scope"]) for r in s.scalars(
            select(ConsentRecord).where(ConsentRecord.participant_id == study.withdrawn)))


def test_a_withdrawal_of_everything_written_before_the_centres_quotes_is_carried(
        field: FieldLaptop, capsys: pytest.CaptureFixture[str]) -> None:
    study = field.study
    assert field.send("first") == "imported"
    reopen(field.team, 0, ahead(-2 * DAY_MS))
    withdrawal.withdraw_participant(field.centre, pseudonym=study.pseudonym, scope="quotes", on=CENTRE_DAY)
    update = write_team_update(field.centre, field.folder / "update.majlis-update").path
    import_team_update(field.laptop, update)
    assert _marks(field.laptop, study) == [(CENTRE_DAY, "quotes")] * 2
    old = field.backup()
    withdrawal.withdraw_participant(field.laptop, pseudonym=study.pseudonym, scope="all", on=LAPTOP_DAY)
    assert _written(field.laptop, study) < _written(field.centre, study)  # the laptop's is the older
    assert _marks(field.laptop, study) == [(LAPTOP_DAY, "all")] * 2
    field.restore(old, capsys)
    assert _marks(field.laptop, study) == [(LAPTOP_DAY, "all")] * 2
    with field.laptop.session() as s:
        assert consent.withdrew_everything(s, study.withdrawn)
    assert field.send("after-restore") == "imported"
    assert _marks(field.centre, study) == [(LAPTOP_DAY, "all")] * 2
