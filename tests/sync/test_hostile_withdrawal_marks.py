"""Team updates whose withdrawal marks are not such marks, signed with the central key (session 35's
``emptied`` field and ``consent_withdrawal_emptied`` entity, docs/bundle-format.md section 6).

The laptop settles its consent records' withdrawals with the centre's marks by comparing their times as
text. A time that was not an HLC was taken as one: "zzzz", a right-to-left mark, or an HLC written in
Arabic-Indic digits sorts after every real time, so as an ``emptied`` it took back the laptop's own
withdrawal (the participant quoted again) and would have won over every withdrawal written after it. A
withdrawal mark with an empty day is an emptying to the merge's rule, so it did the same; a day that is
not a date, or longer than the record's column, was written into the record. Each is now refused whole in
one line (``malformed``, as a retired code that is not such a row is), the laptop's database file
unchanged, and the centre's next real update is applied.

What held (kept here so it stays so): an emptying that names a record the laptop does not hold (another
laptop's, or none) changes nothing; one that names the laptop's own consent record is the coordinator's
correction and applies (not ``update_changes_own_rows``: consent records are not published rows); a field
laptop's own bundle that empties a withdrawal (of a record the centre has not heard of, or by empty text)
or inserts its record again without it is refused or leaves the withdrawal.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import consent
from desktop.core.models import ConsentRecord, ConsentTemplate
from desktop.sync import errors, withdrawal_sync
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import apply_team_update, write_team_update
from tests.consent_helpers import consent_recorded
from tests.sync_helpers import Team, full_digest, make_team, session_bundle
from tests.trust_helpers import centre_hlc_ahead, change, file_digest, forge, forged_team_update, laptop_key

pytestmark = pytest.mark.usefixtures("cli_env")
DAY = "2025-10-03"
NOT_AN_HLC = {
    "words": "not a time",
    "sorts last": "zzzz",
    "right-to-left mark": "\u202e",
    "arabic-indic digits": "\u0661\u0667\u0666\u0667\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660"
                           ":00000:0190f0aa-0000-7000-8000-0000000000cc",
}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=2)
    apply_team_update(made.devices[0], write_team_update(made.centre, tmp_path / "u1.majlis").path)
    yield made
    made.close()


def _withdrawn_on_the_laptop(team: Team, tmp_path: Path) -> str:
    """The laptop records a participant's consent, then their withdrawal of quotes; the centre has both."""
    laptop = team.devices[0]
    _, record_id, _ = consent_recorded(laptop)
    consent.withdraw(laptop, record_id, DAY, "quotes")
    made = export_bundle(laptop, tmp_path / "laptop.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    return record_id


def _on_the_laptop(team: Team, record_id: str) -> tuple[str | None, str | None]:
    with team.devices[0].session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return row.withdrawn_at, row.withdrawal_scope


def _refused_then_the_next_applied(team: Team, tmp_path: Path, entity: str, row: dict[str, Any]) -> None:
    laptop = team.devices[0]
    before = file_digest(laptop.path)
    forged = forged_team_update(team.centre, [{"entity": entity, "row": row}], tmp_path / "forged.majlis")
    with pytest.raises(errors.MalformedBundleError) as refused:
        apply_team_update(laptop, forged)
    assert file_digest(laptop.path) == before
    assert "\n" not in refused.value.message and refused.value.code == "malformed"
    apply_team_update(laptop, write_team_update(team.centre, tmp_path / "next.majlis").path)


@pytest.mark.parametrize("emptied", NOT_AN_HLC.values(), ids=NOT_AN_HLC.keys())
def test_an_emptying_whose_time_is_not_an_hlc_is_refused(team: Team, tmp_path: Path, emptied: str) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    _refused_then_the_next_applied(team, tmp_path, withdrawal_sync.EMPTIED_KEY, {"id": record, "emptied": emptied})
    assert _on_the_laptop(team, record) == (DAY, "quotes")


def _mark(team: Team, record: str, **changed: Any) -> dict[str, Any]:
    at = centre_hlc_ahead(team.centre, 1000)
    return {"id": record, "withdrawn_at": "2025-10-04", "withdrawal_scope": "all",
            "versions": {"withdrawn_at": at, "withdrawal_scope": at}, **changed}


@pytest.mark.parametrize("changed", [
    {"withdrawn_at": ""},  # an emptying to the merge's rule
    {"withdrawn_at": "not a date"},
    {"withdrawn_at": "2025-10-04" + " " * 40},  # longer than the column
    {"versions": {"withdrawn_at": "zzzz", "withdrawal_scope": "zzzz"}},
    {"emptied": NOT_AN_HLC["sorts last"]},
    {"emptied": 12},
], ids=["empty day", "day not a date", "day too long", "versions not hlcs", "emptied not an hlc",
        "emptied not text"])
def test_a_withdrawal_mark_that_is_not_one_is_refused(team: Team, tmp_path: Path, changed: dict[str, Any]) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    _refused_then_the_next_applied(team, tmp_path, withdrawal_sync.KEY, _mark(team, record, **changed))
    assert _on_the_laptop(team, record) == (DAY, "quotes")


# --- what held -------------------------------------------------------------------------------------


def test_an_emptying_of_a_record_the_laptop_does_not_hold_changes_nothing(team: Team, tmp_path: Path) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    with team.devices[0].session() as s:
        own_form = s.query(ConsentTemplate.id).scalar()  # an id of the laptop's, not a consent record's
    for n, other in enumerate(["0190f0aa-0000-7000-8000-0000000000cc", own_form]):
        emptying = {"id": other, "emptied": centre_hlc_ahead(team.centre, 1000)}
        forged = forged_team_update(team.centre, [{"entity": withdrawal_sync.EMPTIED_KEY, "row": emptying}],
                                    tmp_path / f"other-{n}.majlis")
        assert apply_team_update(team.devices[0], forged).changed == 0
    assert _on_the_laptop(team, record) == (DAY, "quotes")


def test_an_emptying_of_the_laptops_own_record_is_the_coordinators_correction(team: Team, tmp_path: Path) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    emptying = {"id": record, "emptied": centre_hlc_ahead(team.centre, 1000)}
    forged = forged_team_update(team.centre, [{"entity": withdrawal_sync.EMPTIED_KEY, "row": emptying}],
                                tmp_path / "corrects.majlis")
    assert apply_team_update(team.devices[0], forged).changed == 1
    assert _on_the_laptop(team, record) == (None, None)


def _by_the_laptop(team: Team, op: str, data: dict[str, Any], row_id: str | None) -> dict[str, Any]:
    return change("consent_record", op, data, device=team.devices[0].device_id, seq=1, row_id=row_id,
                  ms=int(time.time() * 1000) + 60_000, epoch=f"{0xEE:08x}")


@pytest.mark.parametrize("how", ["a record the centre has not heard of", "empty text"])
def test_a_field_laptop_emptying_a_withdrawal_is_refused(team: Team, tmp_path: Path, how: str) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    unknown = how.startswith("a record")
    data = {"withdrawn_at": None, "withdrawal_scope": None} if unknown else {"withdrawn_at": ""}  # "" fits the column
    undoing = _by_the_laptop(team, "update", data, None if unknown else record)
    laptop = team.devices[0]
    forged = forge(team, [undoing], device_id=laptop.device_id, key=laptop_key(laptop), epoch=0xEE,
                   out=tmp_path / "undoes.majlis")
    before = full_digest(team.centre)
    (alone,) = import_files(team.centre, [forged], team.identities)
    assert (alone.status, alone.code) == ("refused", "withdrawal_undone")
    assert full_digest(team.centre) == before
    good = session_bundle(team.devices[1], tmp_path / "other.majlis", "جلسة الديوانية")
    assert [o.status for o in import_files(team.centre, [forged, good], team.identities)] == ["refused", "imported"]


def test_a_field_laptop_inserting_its_record_again_without_the_withdrawal_leaves_it(team: Team,
                                                                                    tmp_path: Path) -> None:
    record = _withdrawn_on_the_laptop(team, tmp_path)
    laptop = team.devices[0]
    with laptop.session() as s:
        row = s.get(ConsentRecord, record)
        assert row is not None
        skip = {"id", "created_at", "updated_at", "versions", "origin_device"}
        data = {c.name: getattr(row, c.name) for c in ConsentRecord.__table__.columns if c.name not in skip}
    data = json.loads(json.dumps({**data, "withdrawn_at": None, "withdrawal_scope": None}, default=str))
    forged = forge(team, [_by_the_laptop(team, "insert", data, record)], device_id=laptop.device_id,
                   key=laptop_key(laptop), epoch=0xEE, out=tmp_path / "again.majlis")
    import_files(team.centre, [forged], team.identities)
    with team.centre.session() as s:
        row = s.get(ConsentRecord, record)
        assert row is not None and (row.withdrawn_at, row.withdrawal_scope) == (DAY, "quotes")
