"""A laptop with more to send than one bundle may carry (the reader refuses a changes.jsonl over
128 MiB, or attachments over 512 MiB in all: months of autosaved transcripts, phone photos of paper
consent forms) sends it in several bundles, each within the limits, in order and without a gap;
the centre imports them all. Before, the one bundle was refused as too large, for ever."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.models import ConsentRecord, Participant, Session
from desktop.core.status import status
from desktop.sync.export import ExportResult, export_bundle
from desktop.sync.importer import import_files
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def test_more_than_one_bundle_may_carry_goes_in_several(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    for n in range(6):  # each change about 40 kB of text, each scan 50 kB
        with laptop.transaction() as s:
            s.add(Session(kind="focus_group", title=f"s{n}", summary="نص " * 10_000))
            person = Participant(code=f"BSR-FG01-P{n:02d}")
            s.add(person)
            s.flush()
            s.add(ConsentRecord(participant_id=person.id, template_id=person.id, answers={"participate": True},
                                paper_scan=bytes([n]) * 50_000))
    made: list[ExportResult] = []
    while (result := export_bundle(laptop, tmp_path / f"b{len(made)}.majlis", max_changes_bytes=100_000,
                                   max_attachment_bytes=120_000)) is not None:
        made.append(result)
        assert len(made) < 20
    assert len(made) > 2
    assert all(r.more_pending for r in made[:-1]) and not made[-1].more_pending
    assert [r.seq_from for r in made[1:]] == [r.seq_to + 1 for r in made[:-1]]  # in order, no gap
    assert status(laptop)["unsent_changes"] == 0
    outcomes = import_files(team.centre, [r.path for r in made], team.identities)
    assert [o.status for o in outcomes] == ["imported"] * len(made), [o.message for o in outcomes]
    with team.centre.session() as s:
        assert len(s.scalars(select(Session)).all()) == 6
        assert sorted((r.paper_scan or b"")[:1] for r in s.scalars(select(ConsentRecord))) == [
            bytes([n]) for n in range(6)]
