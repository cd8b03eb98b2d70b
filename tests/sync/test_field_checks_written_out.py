"""A table's checks written out as one function per set of fields (desktop/sync/field_checks.py) say
exactly what the loop over the fields says (field_checks.checked_each): the same first problem, named by
the same field and phrase, or none, for every column of every synced table and awkward values of
every kind, one field at a time and many together in any order, with and without escapes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.models import MODEL_BY_TABLE, Synced
from desktop.sync import values
from desktop.sync.field_checks import SHARED_LENGTH, checked_each, compiled
from desktop.sync.values import TEXT_LIMIT, ValueProblem, entity_checks

ENTITIES = sorted(e for e, model in MODEL_BY_TABLE.items() if issubclass(model, Synced))

AWKWARD: list[Any] = [
    None, True, False, 0, 1, -1, 2**31 - 1, 2**31, 2**63, -(2**63) - 1, 0.0, 1.5, -1.5, 1e15, -1e15, 1e15 + 1,
    1e16, float("nan"), float("inf"), -float("inf"), "", " ", "a", "abc-DEF-123", "abc_def", "٣٤٥", "x" * 5,
    "x" * 6, "x" * 36, "x" * 37, "x" * 201, "a\x01b", "a\tb", "a\nb", "a\rb", "\x7f", "\x85", "\ufffe",
    "\ud800", "2025-10-01", "2025-13-01", "1999-12-31", "2026-03-01T10:00:00+03:00", "#aabbcc", "#aabbc",
    "focus_group", "female", "basra", "draft", "text", "transcript_turn", "quotes", "all",
    "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e", "x" * (TEXT_LIMIT + 1), {}, {"$bytes": "aGk="}, {"$bytes": "!"},
    {"$bytes": 1}, {"k": True}, {"a_b": "v"}, {"": 1}, [], ["a"], ["a", 1], [[1, "x"]], [[[1]]], [{"a": 1}],
]


def _outcome(run: Any) -> Any:
    """The values a check hands back (each with whether it is the shared object), or its problem."""
    shared: dict[str, str] = {}
    try:
        kept = run(shared.setdefault)
    except ValueProblem as problem:
        return problem.entity, problem.field, problem.problem
    return [(value, type(value) is str and shared.get(value) is value) for value in kept]


def _both(entity: str, data: dict[str, Any], escapes: bool) -> tuple[Any, Any]:
    checks = entity_checks(entity)
    plan = [checks.specs[name] for name in data]
    written = compiled(entity, tuple(data), plan, ValueProblem)

    return (_outcome(lambda shared: written(data.values(), escapes, shared)),
            _outcome(lambda shared: checked_each(entity, plan, data, escapes, shared, ValueProblem)))


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_field_alone_says_what_the_loop_says(entity: str) -> None:
    told: set[bool] = set()
    for name in entity_checks(entity).specs:
        for value in AWKWARD:
            for escapes in (False, True):
                written, looped = _both(entity, {name: value}, escapes)
                assert repr(written) == repr(looped), (entity, name, value, escapes)  # repr: NaN is NaN
                told.add(type(written) is list)
    assert told == {True, False}  # both fitting and refused values were met


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_many_fields_in_any_order_say_what_the_loop_says(data: st.DataObject) -> None:
    entity = data.draw(st.sampled_from(ENTITIES))
    names = data.draw(st.permutations(sorted(entity_checks(entity).specs)))
    chosen = names[: data.draw(st.integers(0, len(names)))]
    row = {name: data.draw(st.sampled_from(AWKWARD)) for name in chosen}
    escapes = data.draw(st.booleans())
    written, looped = _both(entity, row, escapes)
    assert repr(written) == repr(looped)


def test_short_texts_are_shared_long_ones_not() -> None:
    """A bundle's records keep one object per short text (an id, a kind), each long text as it came."""
    strings: dict[str, str] = {}
    short, long = "0190f3a2-7c1e-7a3b-9d2e-5f6a7b8c9d0e", "ب" * (SHARED_LENGTH + 1)
    checks = values.EntityChecks("transcript_turn")
    first = checks.checked_values("update", {"session_id": short, "text": long}, False,
                                  ("session_id", "text"), strings.setdefault)
    again = checks.checked_values("update", {"session_id": "".join(short), "text": "".join(long)}, False,
                                  ("session_id", "text"), strings.setdefault)
    assert again[0] is first[0] is strings[short]
    assert again[1] == long and again[1] is not first[1] and long not in strings


def test_a_hostile_bundles_endless_sets_are_checked_by_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the sets written out, the rest are still checked (the loop), and none is written out."""
    checks = values.EntityChecks("participant")
    monkeypatch.setattr(values, "_COMPILED_MAX", 2)
    monkeypatch.setattr(values, "_WRITTEN_AFTER", 1)  # each set written out when first met
    checks.check_data("update", {"code": "P1"}, False)
    checks.check_data("update", {"gender": "female"}, False)
    with pytest.raises(ValueProblem) as refused:
        checks.check_data("update", {"age_band": "old", "code": "P1"}, False)
    assert (refused.value.field, refused.value.problem) == ("age_band", "not one of the allowed values")
    with pytest.raises(ValueProblem) as refused:
        checks.check_data("update", {"code": " "}, False)  # a set written out
    assert (refused.value.field, refused.value.problem) == ("code", "empty, but required")
    assert len(checks._compiled) == 2


def test_rules_across_fields_still_apply() -> None:
    """A coded segment ending before it starts: refused whether its set of fields was written out or not."""
    checks = values.EntityChecks("coded_segment")
    for _ in range(2):
        with pytest.raises(ValueProblem) as refused:
            checks.check_data("update", {"start": 5, "end": 4}, False)
        assert (refused.value.field, refused.value.problem) == ("end", "before the start")
