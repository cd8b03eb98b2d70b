"""A bundle refused for a field it names says which field without echoing the sender's key.

A change's keys (its fields and its edit base) are whatever the sending program wrote: a real name
or a phone number as much as a field's name. The refusal printed an unknown key whole, and a bad edit
base's key cut at 40 code points: the first 40 of a participant's name, its last letter without its
harakat or half a flag at the cut. Only a column name of this schema is named now; any other key is
"<unknown field>". The message stays one line, the next file is imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.sync.values import UNKNOWN_FIELD, ValueProblem, entity_checks
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team
from tests.trust_helpers import change, forge, laptop_key, participant_data

# A participant's real name and phone, as a careless or hostile program might use them for a key.
NAME = "زَيْنَبُ كاظِمِ السُّودانِيّ من حيّ الجمهورية في البصرة 🇮🇶 ٠٧٧٠١٢٣٤٥٦٧"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    made = make_team(tmp_path_factory.mktemp("team"), devices=1)
    laptop = made.devices[0]
    preregister(made.centre, laptop.device_id, keys.public_key_b64(laptop_key(laptop)), "Basra laptop")
    made.centre.close()
    yield made
    made.close()


CASES: list[tuple[str, str, dict[str, Any], dict[str, Any] | None]] = [
    ("a name as an edit base's key", "session", {"summary": "x"}, {NAME: ""}),
    ("a name as a field", "participant", {**participant_data(), NAME: True}, None),
    ("a phone number as a field", "participant", {**participant_data(), "0770 123 4567": "x"}, None),
]


@pytest.mark.parametrize(("case", "entity", "data", "base"), CASES, ids=[c[0] for c in CASES])
def test_the_refusal_holds_no_piece_of_the_key(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, case: str, entity: str,
                                               data: dict[str, Any], base: dict[str, Any] | None) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    laptop = team.devices[0]
    op = "update" if base else "insert"
    bad = forge(team, [change(entity, op, data, device=laptop.device_id, seq=1, base=base)],
                device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "bad.majlis", store=laptop)
    seq = 10 + [c[0] for c in CASES].index(case)  # the team is shared: each good bundle its own number
    good = forge(team, [change("participant", "insert", participant_data(code=f"BSR-FG01-P{seq}"),
                               device=laptop.device_id, seq=seq)],
                 device_id=laptop.device_id, key=laptop_key(laptop), out=tmp_path / "good.majlis", store=laptop)
    code = main(["bundle", "import", "--db", str(team.centre.path), "--identity-file", str(team.identity_file),
                 str(bad), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "[bad_value]" in lines[0] and "Traceback" not in err + out, err
    assert UNKNOWN_FIELD in lines[0]
    said = err + out
    assert not any("\u0600" <= ch <= "\u06ff" or ch > "\uffff" for ch in said), said  # no letter of the name
    assert "0770" not in said and "4567" not in said
    assert f"imported {good}" in out


def test_a_field_of_the_schema_is_still_named() -> None:
    with pytest.raises(ValueProblem) as raised:
        entity_checks("session").check_base({"title": ""})  # a short field has no edit base
    assert raised.value.field == "title"
    with pytest.raises(ValueProblem) as raised:
        entity_checks("participant").check_data("insert", {**participant_data(), "origin_device": "x"}, False)
    assert raised.value.field == "origin_device"  # bookkeeping, not sent: a column all the same
