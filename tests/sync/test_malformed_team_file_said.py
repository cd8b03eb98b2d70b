"""A team file with a field missing or holding what Majlis never writes (a recipient list past the bound, a
broken key, an ``after_update`` that is no position) is refused as ``malformed`` in a line about a *team
file*, in Arabic and Kurdish too: each field's own English words had no translation, so those screens fell
back to the general line of the code, "The bundle's content is not laid out as a Majlis bundle." Real
signed team files made by the centre's code."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.i18n.catalogue import translate
from desktop.sync import keys
from desktop.sync.errors import MESSAGE_CONTEXT, MalformedBundleError
from desktop.sync.team_file import read_team_file, write_team_file


def _team_file(out: Path, **changed: object) -> Path:
    """A real team file, with ``changed`` fields of its team.json replaced (before its signature, which
    is checked after the fields: what is said is the field's problem)."""
    signing = keys.generate_signing_key()
    path = write_team_file(out, team_id="t1", team_name="Team", recipients=(keys.recipient_of(keys.generate_identity()),),
                           central_signing_key=signing, payload={}, after_update=(0, 0), team_keys=1)
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    body = json.loads(members["team.json"])
    body.update(changed)
    members["team.json"] = json.dumps(body).encode()
    bad = out.with_name("bad-" + out.name)
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return bad


@pytest.mark.parametrize("changed", [
    {"after_update": "yesterday"},
    {"team_keys": -1},
    {"recipients": []},
    {"central_verify_key": "not a key"},
    {"payload": []},
], ids=["after_update", "team_keys", "no_recipients", "key", "payload"])
@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_malformed_team_file_is_said_as_a_team_file_in_every_language(tmp_path: Path, changed: dict[str, object],
                                                                         lang: str) -> None:
    with pytest.raises(MalformedBundleError) as refused:
        read_team_file(_team_file(tmp_path / "team.majlis-team", **changed))
    assert refused.value.code == "malformed"
    assert "team file" in refused.value.message
    assert translate(lang, MESSAGE_CONTEXT, refused.value.message) != refused.value.message
