"""A facilitator's own code that the coordinator merged into a team code, or deleted, at the centre: the
next team update retires it on the laptop that made it, its codings and sub-codes following, so the
laptop's codebook and counts match the centre's. The centre never publishes a field laptop's rows, so
the laptop kept the code live and went on coding with it, and nothing said so.

The update names no code (an in-vivo code's name is a participant's words; team updates are not
encrypted); another laptop holds no such code and is left as it was; a code merged into one the laptop
does not hold is left live there (its codings would otherwise be lost on the laptop); a malformed entry
refuses the update."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import Code, CodedSegment
from desktop.sync import retired_codes
from desktop.sync.errors import MalformedBundleError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.team import import_team_update, write_team_update
from tests.sync_helpers import Team, content_digest, laptop_turn
from tests.team_copies import team_copy_fixture

TEXT = "الماء لا يصل إلى بيوتنا إلا بالصهاريج"
OWN_NAME = "ماء الصهاريج غالي"  # an in-vivo code: the participant's own words


team = team_copy_fixture(devices=2)


def _turn(laptop: Store) -> str:
    return laptop_turn(laptop, TEXT)


def _own_code(laptop: Store, name: str, parent: str | None = None) -> str:
    with laptop.transaction() as s:
        return codebook.create_code(s, name_ar=name, parent_id=parent).id


def _code(laptop: Store, code_id: str, turn_id: str, start: int, end: int) -> str:
    with laptop.transaction() as s:
        return coding.apply_code(s, code_id, "transcript_turn", turn_id, "text", start, end, "F1").id


def _send(team: Team, laptop: Store, path: Path) -> None:
    made = export_bundle(laptop, path)
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]


def _update(team: Team, path: Path) -> Path:
    return write_team_update(team.centre, path).path


def _live_codes(store: Store) -> dict[str, str | None]:
    with store.session() as s:
        return {c.id: c.parent_id for c in s.scalars(select(Code).where(Code.deleted.is_(False)))}


def _segments(store: Store) -> dict[str, tuple[str, bool]]:
    with store.session() as s:
        return {g.id: (g.code_id, g.deleted) for g in s.scalars(select(CodedSegment))}


def test_merged_and_deleted_own_codes_are_retired_on_their_laptop(team: Team, tmp_path: Path) -> None:
    laptop, other = team.devices
    with team.centre.transaction() as s:
        water = codebook.create_code(s, name_ar="المياه", name_en="Water").id
    first = _update(team, tmp_path / "u1.majlis")
    for device in team.devices:
        import_team_update(device, first)
    turn = _turn(laptop)
    own = _own_code(laptop, OWN_NAME)
    sub = _own_code(laptop, "الأسعار", parent=own)
    junk = _own_code(laptop, "تجربة")
    merged_coding, deleted_coding = _code(laptop, own, turn, 0, 4), _code(laptop, junk, turn, 5, 8)
    _send(team, laptop, tmp_path / "b1.majlis")

    with team.centre.transaction() as s:
        codebook.merge(s, own, water)
        codebook.delete(s, junk)
    other_before = content_digest(other)
    update = _update(team, tmp_path / "u2.majlis")
    with zipfile.ZipFile(update) as z:
        carried = b"".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
    assert own in carried and OWN_NAME not in carried and "تجربة" not in carried  # ids, never names
    for device in team.devices:
        import_team_update(device, update)

    live = _live_codes(laptop)
    assert own not in live and junk not in live and water in live
    assert live[sub] == water  # the sub-code went along into the team code, as at the centre
    segments = _segments(laptop)
    assert segments[merged_coding] == (water, False)  # the coding now counts for the team's code
    assert segments[deleted_coding][1] is True
    assert content_digest(other) == other_before  # held none of it
    with laptop.session() as s:
        code = s.get(Code, own)
        assert code is not None and code.merged_into == water

    # The laptop's next work reaches the centre as before, and both hold the same live codings.
    _code(laptop, water, turn, 10, 15)
    _send(team, laptop, tmp_path / "b2.majlis")
    assert _segments(laptop) == _segments(team.centre)
    assert _live_codes(team.centre).get(sub) == water


def test_merged_into_a_code_the_laptop_lacks_is_left_live(team: Team, tmp_path: Path) -> None:
    """Merged into another laptop's own code (never sent to this one): retiring it here would leave its
    codings nowhere to go on this laptop, so it stays; the centre still moves them on arrival."""
    laptop, other = team.devices
    turn = _turn(laptop)
    own = _own_code(laptop, OWN_NAME)
    coded = _code(laptop, own, turn, 0, 4)
    _send(team, laptop, tmp_path / "a.majlis")
    theirs = _own_code(other, "مياه")
    _send(team, other, tmp_path / "b.majlis")
    with team.centre.transaction() as s:
        codebook.merge(s, own, theirs)
    import_team_update(laptop, _update(team, tmp_path / "u.majlis"))
    assert own in _live_codes(laptop) and _segments(laptop)[coded] == (own, False)


@pytest.mark.parametrize("entry", [
    "not a row",
    {"id": "x' OR 1=1 --", "into": None, "versions": {}},
    {"id": "0190f0aa-0000-7000-8000-000000000001", "into": 7, "versions": {}},
    {"id": "0190f0aa-0000-7000-8000-000000000001", "into": None, "versions": {"deleted": "2:0:a"}},
])
def test_a_malformed_entry_refuses_the_update(team: Team, entry: object) -> None:
    laptop = team.devices[0]
    before = content_digest(laptop)
    with laptop.transaction(replicating=True) as s, pytest.raises(MalformedBundleError):
        retired_codes.apply_team_payload(s, {retired_codes.KEY: [entry]}, laptop.device_id)
    assert content_digest(laptop) == before


def test_the_cli_says_how_many_own_codes_went(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main
    from tests.conftest import PASSPHRASE

    laptop = team.devices[0]
    own = _own_code(laptop, OWN_NAME)
    _send(team, laptop, tmp_path / "b.majlis")
    with team.centre.transaction() as s:
        codebook.delete(s, own)
    update = _update(team, tmp_path / "u.majlis")
    laptop.close()  # the command opens the database itself, as a coordinator's script does
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    assert main(["team", "update", "import", "--db", str(laptop.path), str(update)]) == 0
    out = capsys.readouterr().out
    assert ("1 code made on this laptop merged into others or deleted at the centre; their codings were moved or "
            "deleted with them") in out, out
    assert OWN_NAME not in out


def test_merged_into_a_team_code_new_in_the_same_update(team: Team, tmp_path: Path) -> None:
    laptop = team.devices[0]
    turn = _turn(laptop)
    own = _own_code(laptop, OWN_NAME)
    coded = _code(laptop, own, turn, 0, 4)
    _send(team, laptop, tmp_path / "b.majlis")
    with team.centre.transaction() as s:
        prices = codebook.create_code(s, name_ar="الأسعار", name_en="Prices").id
        codebook.merge(s, own, prices)
    import_team_update(laptop, _update(team, tmp_path / "u.majlis"))  # the first the laptop sees of Prices
    assert own not in _live_codes(laptop) and prices in _live_codes(laptop)
    assert _segments(laptop)[coded] == (prices, False)
