"""A bundle whose every change invents a new set of fields (and new short texts) grows none of the import's
caches without bound, and is not made slow by them (desktop/sync/values.py, field_checks.py, change_records.py).

Before: each table wrote out a checking function (~3 ms, ~13 KB each, kept for the life of the process) for
the first 256 sets of fields it met, however rarely met again, and kept the plans of 10,000 sets; a bundle's
map of shared field-name tuples and of shared short texts grew with every new one. Now a set is written out
only once it has been met _WRITTEN_AFTER times (and at most _COMPILED_TOTAL_MAX for all tables), the plans
are bounded by _PLANS_MAX, and the bundle's maps by FIELDSETS_KEPT and STRINGS_KEPT.

The bundle: 50,000 changes of sessions and participants, each with its own set of fields (every subset of
their columns, as insert, update and delete), forged through the real writer, signed by a device on the
roster, imported at the centre; the bundle's checker is looked at through a subclass that keeps it."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.models import Participant
from desktop.sync import change_records, importer, values
from desktop.sync.change_records import FIELDSETS_KEPT, STRINGS_KEPT, ChangeChecker
from desktop.sync.field_checks import SHARED_LENGTH
from desktop.sync.importer import import_files
from tests.sync_helpers import make_team
from tests.trust_helpers import change, forge, laptop_key, participant_data

COUNT = 50_000
SESSION: dict[str, Any] = dict(
    kind="roundtable", title="t", date="2025-10-01", start_time="10:00", end_time="11:00", governorate="basra",
    venue="v", language="ar", facilitator="f", note_taker="n", status="draft", number=1, summary="s", deleted=False)
PARTICIPANT = participant_data(real_name="r", phone="p", district="d", occupation="o")
# Fields whose text is made new in every change: the bundle's short texts never repeat.
NEW_TEXT = {"title", "venue", "facilitator", "note_taker", "summary", "code", "real_name", "phone", "district",
            "occupation"}


def _subsets(names: list[str]) -> Iterator[tuple[str, ...]]:
    for size in range(1, len(names) + 1):
        yield from itertools.combinations(names, size)


def _hostile(device: str) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []

    def data(row: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
        n = len(made) + 1
        return {k: f"{row[k]}{n}" if k in NEW_TEXT else row[k] for k in names}

    shapes = itertools.chain(
        (("session", "insert", SESSION, ("kind", *s)) for s in _subsets(list(SESSION)[1:])),
        (("session", op, SESSION, s) for op in ("update", "delete") for s in _subsets(list(SESSION))),
        (("participant", "insert", PARTICIPANT, ("code", *s)) for s in _subsets(list(PARTICIPANT)[1:])),
        (("participant", "update", PARTICIPANT, s) for s in _subsets(list(PARTICIPANT))),
    )
    for entity, op, row, names in itertools.islice(shapes, COUNT):
        made.append(change(entity, op, data(row, names), device=device, seq=len(made) + 1))
    return made


@pytest.fixture
def fresh_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables' checks as a new process has them (other tests of this process filled them)."""
    values.entity_checks.cache_clear()
    monkeypatch.setattr(change_records, "_CHECKS", {})
    monkeypatch.setattr(values, "_written", [0])


def test_a_bundle_of_50000_new_sets_of_fields_grows_no_cache_without_bound(tmp_path: Path, fresh_checks: None,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        changes = _hostile(laptop.device_id)
        assert len({(c["entity"], c["op"], tuple(sorted(c["data"]))) for c in changes}) == COUNT
        texts = {v for c in changes for v in c["data"].values() if type(v) is str and len(v) <= SHARED_LENGTH}
        assert len(texts) > STRINGS_KEPT  # more than are shared
        bundle = forge(team, changes, device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "h.majlis")
        checkers: list[ChangeChecker] = []

        class Kept(ChangeChecker):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                checkers.append(self)

        monkeypatch.setattr(importer, "ChangeChecker", Kept)
        started = time.process_time()
        (outcome,) = import_files(team.centre, [bundle], team.identities)
        spent = time.process_time() - started
        assert (outcome.status, outcome.new_changes) == ("imported", COUNT), outcome
        with team.centre.session() as s:
            assert (s.scalar(select(func.count()).select_from(Participant)) or 0) >= 4095

        (checker,) = checkers
        assert len(checker._fieldsets) <= FIELDSETS_KEPT
        most_fields = max(len(c["data"]) for c in changes)
        assert len(checker._strings) <= STRINGS_KEPT + most_fields
        for entity in ("session", "participant"):
            checks = values.entity_checks(entity)
            assert len(checks._plans) <= values._PLANS_MAX, entity
            assert not checks._compiled, entity  # no set met twice: none written out
        assert values._written == [0]
        # Not slow: a day's import at the centre takes some 3 s of CPU for this many changes (docs/benchmarks.md).
        assert spent < 30, spent
    finally:
        team.close()


def test_sets_met_often_are_still_written_out(fresh_checks: None) -> None:
    """A day's handful of sets, each met thousands of times, are written out once met _WRITTEN_AFTER times."""
    checks = values.entity_checks("transcript_turn")
    shared: dict[str, str] = {}
    for n in range(values._WRITTEN_AFTER + 5):
        checks.checked_values("update", {"text": f"turn {n}"}, False, ("text",), shared.setdefault)
        assert bool(checks._compiled) == (n + 1 >= values._WRITTEN_AFTER), n
    assert list(checks._compiled) == [("update", ("text",))] and not checks._plans
    assert values._written == [1]


def test_all_tables_together_write_out_a_bounded_number(fresh_checks: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each table's bound (256) times 34 tables was the bound before: now _COMPILED_TOTAL_MAX for all of them."""
    monkeypatch.setattr(values, "_COMPILED_TOTAL_MAX", 3)
    monkeypatch.setattr(values, "_WRITTEN_AFTER", 1)
    for entity, fields in (("transcript_turn", ("text",)), ("session", ("title",)), ("session", ("venue",)),
                           ("participant", ("district",)), ("participant", ("occupation",))):
        checks, shared = values.entity_checks(entity), dict[str, str]()
        for _ in range(2):
            checks.checked_values("update", dict.fromkeys(fields, "x"), False, fields, shared.setdefault)
    assert sum(len(values.entity_checks(e)._compiled) for e in ("transcript_turn", "session", "participant")) == 3
    with pytest.raises(values.ValueProblem):  # the sets not written out are still checked
        values.entity_checks("participant").check_data("update", {"district": "x" * 101}, False)
