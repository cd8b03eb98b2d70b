"""The erasure report names the bundles on hold: they may hold erased words until approved or rejected.

A real centre (SQLCipher), a real bundle from a laptop not on the roster, held by the real importer,
and a real erasure (a withdrawal of everything at the centre). Every held bundle is listed, whenever
it arrived (one received after the erasure may come from a laptop that has not applied it yet), by
the number ``device approve|reject`` takes and the device's name as ``device pending`` shows it;
never with a participant's name, phone or words. Approved or rejected, it leaves the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import erasure_report, withdrawal
from desktop.core.models import Participant
from desktop.sync.importer import import_files
from desktop.sync.roster import approve, pending, reject
from tests.erasure_helpers import (
    NAME,
    PHONE,
    SPEECH,
    STRANGER_DEVICE,
    STRANGER_NAME,
    STRANGER_PHONE,
    hold_a_stranger_bundle,
    make_study,
    stranger_bundle,
)
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=0)
    yield made
    made.close()


def _held(team: Team) -> list[erasure_report.ReportItem]:
    return [i for i in erasure_report.report(team.centre).items if i.kind == "held"]


def _erase(team: Team) -> None:
    study = make_study(team.centre)
    withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope="all", on="2026-11-30")


def _no_participant_data(report: erasure_report.Report) -> None:
    shown = repr(report)
    for secret in (NAME, PHONE, SPEECH, STRANGER_NAME, STRANGER_PHONE):
        assert secret not in shown


def test_a_bundle_held_before_the_erasure_is_named_until_rejected(team: Team) -> None:
    hold_a_stranger_bundle(team, team.folder)
    assert _held(team) == []  # no erasure yet: nothing to finish
    _erase(team)
    (waiting,) = pending(team.centre)
    report = erasure_report.report(team.centre)
    (item,) = [i for i in report.items if i.kind == "held"]
    assert (item.device, item.held) == (waiting.name, waiting.id) == (STRANGER_DEVICE, waiting.id)
    assert item.made_at == waiting.first_received.replace("Z", "+00:00") <= report.erased_at
    assert item.as_dict() == {"kind": "held", "made_at": item.made_at, "where": "", "device": STRANGER_DEVICE,
                              "held": waiting.id, "device_id": waiting.device_id}
    _no_participant_data(report)
    assert reject(team.centre, waiting.id) == 1
    assert _held(team) == []


def test_bundles_held_after_the_erasure_are_named_too_and_leave_when_approved(team: Team) -> None:
    _erase(team)
    first = stranger_bundle(team.folder, team.team_file)
    other = stranger_bundle(team.folder, team.team_file, "borrowed laptop")
    outcomes = import_files(team.centre, [first, other], team.identities)
    assert [o.status for o in outcomes] == ["held", "held"]
    one, two = pending(team.centre)
    held = _held(team)
    assert sorted((i.device, i.held) for i in held) == sorted([(one.name, one.id), (two.name, two.id)])
    assert all(i.made_at >= erasure_report.erased_at(team.centre) for i in held)  # received after it
    _no_participant_data(erasure_report.report(team.centre))

    approved = approve(team.centre, one.id)
    assert [o.status for o in approved.outcomes] == ["imported"]
    assert [(i.device, i.held) for i in _held(team)] == [(two.name, two.id)]
    with team.centre.session() as s:  # what the approved one sent is applied, not lost
        codes = set(s.execute(select(Participant.code)).scalars())
    assert "NIN-SPA-P01" in codes
    assert reject(team.centre, two.id) == 1
    assert _held(team) == []
