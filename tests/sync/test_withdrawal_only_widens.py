"""A withdrawal only ever widens (none < quotes < all), whichever order its changes arrive in.

A laptop records a withdrawal of everything on 28 November; the centre, not knowing, records a
withdrawal of consent to be quoted on 29 November on the same consent records. Last writer wins made
the centre, and through its next team update the laptop, hold "quotes" on the records of a participant
whose data is erased. Through the real writers (withdraw_participant, the bundle writer and importer,
the team update writer and reader), in both orders, at the centre and on the laptop."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import consent, withdrawal
from desktop.core.db import Store
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.merge import Change, RowState, apply_arrived, apply_change, fold
from desktop.sync.team import import_team_update, write_team_update
from tests.erasure_helpers import Study, make_study
from tests.sync_helpers import Team, make_team

LAPTOP_DAY, CENTRE_DAY = "2026-11-28", "2026-11-29"


def _marks(store: Store, study: Study) -> list[tuple[str | None, str | None]]:
    with store.session() as s:
        return sorted((r.withdrawn_at, r.withdrawal_scope) for r in consent.register(s, participant_id=study.withdrawn))


def _at_centre(tmp_path: Path) -> tuple[Team, Study]:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    study = make_study(laptop)
    sent = export_bundle(laptop, tmp_path / "sent.majlis")
    assert sent is not None
    assert [o.status for o in import_files(team.centre, [sent.path], team.identities)] == ["imported"]
    return team, study


def _send(team: Team, tmp_path: Path, name: str) -> None:
    made = export_bundle(team.devices[0], tmp_path / name)
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]


Marks = list[tuple[str | None, str | None]]


def _sent_then_updated(team: Team, tmp_path: Path, study: Study) -> tuple[Marks, Marks]:
    """The laptop's bundle taken at the centre, then the centre's team update at the laptop: the
    marks at the centre after the bundle, and on the laptop after the update."""
    _send(team, tmp_path, "laptop.majlis")
    at_centre = _marks(team.centre, study)
    import_team_update(team.devices[0], write_team_update(team.centre, tmp_path / "update.majlis-update").path)
    return at_centre, _marks(team.devices[0], study)


@pytest.mark.parametrize("update_first", [False, True], ids=["bundle then update", "update then bundle"])
def test_everything_on_the_laptop_then_quotes_at_the_centre_ends_everything_everywhere(
        tmp_path: Path, update_first: bool) -> None:
    team, study = _at_centre(tmp_path)
    laptop = team.devices[0]
    try:
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=LAPTOP_DAY)
        # The participant also telephoned the centre, which has not heard of the laptop's withdrawal.
        withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope="quotes", on=CENTRE_DAY)
        if update_first:  # the centre's update reaches the laptop before the laptop's bundle the centre
            early = write_team_update(team.centre, tmp_path / "early.majlis-update").path
            import_team_update(laptop, early)
            assert _marks(laptop, study) == [(LAPTOP_DAY, "all")] * 2
        _send(team, tmp_path, "all.majlis")
        assert _marks(team.centre, study) == [(LAPTOP_DAY, "all")] * 2
        with team.centre.session() as s:
            assert consent.withdrew_everything(s, study.withdrawn)
        update = write_team_update(team.centre, tmp_path / "update.majlis-update").path
        import_team_update(laptop, update)
        assert _marks(laptop, study) == [(LAPTOP_DAY, "all")] * 2
        assert _marks(team.centre, study) == [(LAPTOP_DAY, "all")] * 2
    finally:
        team.close()


def test_quotes_on_the_laptop_then_everything_at_the_centre_ends_everything_everywhere(tmp_path: Path) -> None:
    team, study = _at_centre(tmp_path)
    laptop = team.devices[0]
    try:
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="quotes", on=LAPTOP_DAY)
        withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope="all", on=CENTRE_DAY)
        assert _sent_then_updated(team, tmp_path, study) == ([(CENTRE_DAY, "all")] * 2,) * 2
    finally:
        team.close()


@pytest.mark.parametrize("centre_between", [True, False], ids=["centre's between", "centre's after"])
def test_a_widening_on_the_same_day_keeps_its_own_day(tmp_path: Path, centre_between: bool) -> None:
    """The laptop withdraws quotes on 28 November, and everything later that same day: the second
    change carries only the scope (the day did not change on the laptop). The centre, not knowing,
    had withdrawn quotes on 29 November. The centre held everything withdrawn on 29 November: the
    widening took the scope and left the centre's day. The day goes with the scope that wins."""
    team, study = _at_centre(tmp_path)
    laptop = team.devices[0]
    try:
        if not centre_between:
            withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="quotes", on=LAPTOP_DAY)
        withdrawal.withdraw_participant(team.centre, pseudonym=study.pseudonym, scope="quotes", on=CENTRE_DAY)
        if centre_between:
            withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="quotes", on=LAPTOP_DAY)
        withdrawal.withdraw_participant(laptop, pseudonym=study.pseudonym, scope="all", on=LAPTOP_DAY)
        assert _sent_then_updated(team, tmp_path, study) == ([(LAPTOP_DAY, "all")] * 2,) * 2
    finally:
        team.close()


# --- the merge rule itself, free of any database -------------------------------------------------

_COLUMNS = ("participant_id", "withdrawn_at", "withdrawal_scope")
_INSERT = Change("0001", "dev-a", "e", "insert", {"participant_id": "p", "withdrawn_at": None,
                                                   "withdrawal_scope": None})


def _same(_key: str, value: object) -> object:
    return value


def _arrived(order: list[Change]) -> RowState:
    state = fold([_INSERT], _COLUMNS, _same)
    assert state is not None
    for change in order:
        apply_change(state, change, _COLUMNS, _same)
    return state


_WITHDRAWALS = st.lists(st.tuples(st.sampled_from(["quotes", "all"]), st.integers(min_value=2, max_value=99),
                                  st.sampled_from(["dev-a", "dev-b", "centre"])),
                        min_size=1, max_size=5, unique_by=lambda t: t[1])


@given(_WITHDRAWALS)
def test_any_arrival_order_keeps_the_widest_withdrawal(withdrawals: list[tuple[str, int, str]]) -> None:
    changes = [Change(f"{hlc:04d}", device, "e", "update", {"withdrawn_at": f"2026-11-{hlc % 28 + 1:02d}",
                                                            "withdrawal_scope": scope})
               for scope, hlc, device in withdrawals]
    folded = fold([_INSERT, *changes], _COLUMNS, _same)
    assert folded is not None
    widest = max(changes, key=lambda c: ({"quotes": 1, "all": 2}[c.data["withdrawal_scope"]], c.hlc))
    assert folded.values["withdrawal_scope"] == widest.data["withdrawal_scope"]
    assert folded.values["withdrawn_at"] == widest.data["withdrawn_at"]
    orders = list(itertools.permutations(changes)) if len(changes) <= 4 else [changes, changes[::-1]]
    for order in orders:
        arrived = _arrived(list(order))
        assert (arrived.values, arrived.versions) == (folded.values, folded.versions), order


# A coordinator's correction that empties a withdrawal: only coordinators' changes may (consent_guard).
_WITH_EMPTYINGS = st.lists(
    st.one_of(st.tuples(st.sampled_from(["quotes", "all"]), st.integers(min_value=2, max_value=12),
                        st.sampled_from(["dev-a", "centre", "coordinator"])),
              st.tuples(st.none(), st.integers(min_value=2, max_value=12), st.sampled_from(["centre", "coordinator"]))),
    min_size=2, max_size=6, unique_by=lambda t: t[1])


def _expected(changes: list[Change]) -> tuple[object, object]:
    """The rule, said plainly: the latest emptying takes back every withdrawal written before it; of
    those written after it, the widest wins, and the latest of the widest."""
    emptied = max((c.hlc for c in changes if not c.data["withdrawal_scope"]), default="")
    standing = [c for c in changes if c.data["withdrawal_scope"] and c.hlc > emptied]
    if not standing:
        return None, None
    won = max(standing, key=lambda c: ({"quotes": 1, "all": 2}[c.data["withdrawal_scope"]], c.hlc))
    return won.data["withdrawn_at"], won.data["withdrawal_scope"]


@settings(max_examples=300)  # each example is a few dict operations
@given(_WITH_EMPTYINGS, st.data())
def test_any_arrival_in_any_bundles_ends_in_the_same_withdrawal_with_coordinators_emptying(
        withdrawals: list[tuple[str | None, int, str]], data: st.DataObject) -> None:
    """What the importer does (``apply_arrived``: each bundle's changes on the stored row, with every
    change known so far) in any order and any cut into bundles, ends where ``fold`` of them all does,
    and that is the rule's result."""
    changes = [Change(f"{hlc:04d}", device, "e", "update",
                      {"withdrawn_at": f"2026-11-{hlc % 28 + 1:02d}" if scope else None, "withdrawal_scope": scope})
               for scope, hlc, device in withdrawals]
    folded = fold([_INSERT, *changes], _COLUMNS, _same)
    assert folded is not None
    assert (folded.values["withdrawn_at"], folded.values["withdrawal_scope"]) == _expected(changes)
    order = data.draw(st.permutations(changes))
    cuts = sorted(data.draw(st.sets(st.integers(min_value=1, max_value=max(1, len(order) - 1)))))
    state = fold([_INSERT], _COLUMNS, _same)
    assert state is not None
    known = [_INSERT]
    for start, end in zip([0, *cuts], [*cuts, len(order)], strict=True):
        bundle = order[start:end]
        known += bundle
        apply_arrived(state, bundle, known, _COLUMNS, _same)
    assert (state.values, state.versions) == (folded.values, folded.versions), order


def test_a_late_earlier_insert_is_not_taken_for_an_emptying() -> None:
    """An earlier insert of the same record arriving late gives each field of the stored row a
    version of the later insert, its withdrawal still empty: not a coordinator's emptying, so a
    withdrawal written between the two inserts still applies."""
    later = Change("0005", "dev-a", "e", "insert", dict(_INSERT.data))
    state = fold([later], _COLUMNS, _same)
    assert state is not None
    apply_arrived(state, [_INSERT], [later, _INSERT], _COLUMNS, _same)
    assert state.versions["withdrawal_scope"] == "0005"
    quotes = Change("0003", "dev-a", "e", "update", {"withdrawn_at": "2026-11-28", "withdrawal_scope": "quotes"})
    apply_arrived(state, [quotes], [later, _INSERT, quotes], _COLUMNS, _same)
    assert (state.values["withdrawn_at"], state.values["withdrawal_scope"]) == ("2026-11-28", "quotes")
