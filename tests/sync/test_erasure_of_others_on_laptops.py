"""A field laptop's erasure reaches only its own participants: at the centre, and on every laptop a
team update carries it to (the centre sends every erasure it holds; a laptop applies it as the centre does).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core import retention
from desktop.core.models import Erasure, Participant
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import export_team_update, import_team_update
from tests.consent_helpers import focus_group
from tests.erasure_helpers import NAME, fragments, leaks, make_study, plaintext_copy
from tests.sync_helpers import Team, make_team


def test_another_laptops_erasure_arriving_first_erases_nothing_on_the_owners_laptop(tmp_path: Path) -> None:
    """The rogue erasure reaches the centre before the participant's own bundle (it cannot be judged
    there yet: accepted, limited to the sender's participants); the team update must not make the
    owner's laptop erase what the centre keeps."""
    team = make_team(tmp_path, devices=2)
    first, second = team.devices
    try:
        study = make_study(first)
        with second.transaction() as s:  # the second laptop names the first laptop's participant
            s.add(Erasure(participant_id=study.withdrawn, scope="all", erased_on="2026-11-30"))
        rogue = export_bundle(second, tmp_path / "second.majlis")
        sent = export_bundle(first, tmp_path / "first.majlis")
        assert rogue is not None and sent is not None
        outcomes = import_files(team.centre, [rogue.path, sent.path], team.identities)
        assert [o.status for o in outcomes] == ["imported", "imported"]
        assert leaks(plaintext_copy(team.centre.path, tmp_path / "centre-plain.db")) == fragments()
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(first, tmp_path / "update.majlis")
        # The owner's laptop keeps them, as the centre does.
        assert leaks(plaintext_copy(first.path, tmp_path / "first-plain.db")) == fragments()
        with first.session() as s:
            person = s.get(Participant, study.withdrawn)
            assert person is not None and person.real_name == NAME
    finally:
        team.close()


def test_a_laptops_end_of_study_run_erases_no_other_laptops_names(tmp_path: Path) -> None:
    """Laptop 2's retention run (its own sessions ended long ago) is an identity erasure of every
    participant it has: at the centre it covers laptop 2's participants only; on laptop 1, through the
    next team update, it must not erase laptop 1's names either."""
    team = make_team(tmp_path, devices=2)
    first, second = team.devices
    try:
        study = make_study(first)
        focus_group(second, 2)
        retention.set_months(second, 1)
        run = retention.apply(second)
        assert run.applied and run.erased.participants == 2
        for laptop, name in ((first, "first"), (second, "second")):
            made = export_bundle(laptop, tmp_path / f"{name}.majlis")
            assert made is not None
            assert import_files(team.centre, [made.path], team.identities)[0].status == "imported"
        with team.centre.session() as s:
            person = s.get(Participant, study.withdrawn)
            assert person is not None and person.real_name == NAME
        export_team_update(team.centre, tmp_path / "update.majlis")
        import_team_update(first, tmp_path / "update.majlis")
        with first.session() as s:
            names = set(s.scalars(select(Participant.real_name)))
            assert NAME in names and None not in names
            assert s.scalar(select(Erasure.id).where(Erasure.scope == "identity")) is not None  # it did arrive
    finally:
        team.close()


def test_a_second_coordinators_erasure_reaches_a_field_laptops_participant_everywhere(tmp_path: Path) -> None:
    """A coordinator may change any laptop's rows (and correct a withdrawal): the participant who asked the
    second coordinator to withdraw everything is erased at the centre and on the laptop that recorded them.
    The centre held every erasure not its own to its sender's participants, a coordinator's too: the words
    stayed at the centre and on the field laptop, erased on the coordinator's laptop alone."""
    from desktop.core import withdrawal

    team = make_team(tmp_path, devices=2, roles=("field", "coordinator"))
    field, coordinator = team.devices
    try:
        study = make_study(field)
        sent = export_bundle(field, tmp_path / "field.majlis")
        assert sent is not None
        assert import_files(team.centre, [sent.path], team.identities)[0].status == "imported"
        import_team_update(coordinator, write_update(team, tmp_path / "u1.majlis"))
        assert import_files(coordinator, [sent.path], team.identities)[0].status == "imported"
        withdrawal.withdraw_participant(coordinator, participant_id=study.withdrawn, scope="all")
        withdrawn = export_bundle(coordinator, tmp_path / "coordinator.majlis")
        assert withdrawn is not None
        assert import_files(team.centre, [withdrawn.path], team.identities)[0].status == "imported"
        assert leaks(plaintext_copy(team.centre.path, tmp_path / "centre-plain.db")) == []
        import_team_update(field, write_update(team, tmp_path / "u2.majlis"))
        assert leaks(plaintext_copy(field.path, tmp_path / "field-plain.db")) == []
    finally:
        team.close()


def write_update(team: Team, out: Path) -> Path:
    export_team_update(team.centre, out)
    return out
