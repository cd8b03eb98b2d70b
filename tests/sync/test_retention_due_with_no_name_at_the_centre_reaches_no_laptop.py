"""The coordinator runs retention on the day it is due. The centre itself holds no name or phone at that
moment (the laptops' participants with names have not reached it yet: a bundle on a stick in the post,
or the earlier run erased every name it had), so `retention apply` says `due, and nothing is left to
erase` and records no run. Found in session 41 (hp9): then nothing travels. The laptop that recorded a
participant's name and phone before that day keeps them (its team update carries no run), and once its
bundle arrives the centre holds them too, past the retention period the coordinator applied, told all
was done. Had the centre held one name of its own, the run would have been recorded and both would erase
the participant (every participant created before the run).

Cause: desktop/core/retention.py `apply` (`if not state.due or dry_run or not (state.names or state.images)`:
no run recorded when the centre's own rows hold nothing), the CLI line in desktop/cli/erasure_commands.py.
Real stores, real bundles through the real writer and importer, a real team update."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core import retention
from desktop.core.db import Store
from desktop.core.models import Attendance, Participant, Session
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.sync_helpers import Team, make_team


def _sent(team: Team, laptop: Store, out: Path) -> None:
    made = export_bundle(laptop, out)
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]


def _identity(store: Store, participant_id: str) -> tuple[str | None, str | None]:
    with store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        return person.real_name, person.phone


def test_a_due_run_with_no_name_at_the_centre_still_erases_the_laptops_identities(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=2)
    first, second = team.devices
    try:
        with first.transaction() as s:  # a focus group held two years ago, its participant pseudonymous
            held = Session(kind="focus_group", title="held", date=dt.date.today() - dt.timedelta(days=730),
                           governorate="basra", language="ar", number=1)
            s.add(held)
            s.flush()
            someone = Participant(code="BSR-FG01-P01", governorate="basra", language="ar")
            s.add(someone)
            s.flush()
            s.add(Attendance(session_id=held.id, participant_id=someone.id, role="citizen", seat=1))
        _sent(team, first, tmp_path / "first.majlis")
        with second.transaction() as s:  # recorded with a name and a phone, not sent yet
            named = Participant(code="BSR-FG01-P02", real_name="سارا أحمد", phone="07700000123",
                                governorate="basra", language="ar")
            s.add(named)
            s.flush()
            named_id = named.id

        retention.set_months(team.centre, 12)
        assert retention.status(team.centre).due
        retention.apply(team.centre)  # due: the coordinator applies it
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(second, tmp_path / "update.majlis")
        _sent(team, second, tmp_path / "second.majlis")

        assert _identity(second, named_id) == (None, None)  # recorded before the run: erased on the laptop
        assert _identity(team.centre, named_id) == (None, None)  # and at the centre once it arrives
    finally:
        team.close()
