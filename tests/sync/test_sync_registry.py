"""Pre-registered devices, and consent records that arrive before their consent form."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Table, select

from desktop.cli import main
from desktop.core.models import ConsentRecord, ConsentTemplate, Device, Participant
from desktop.sync import keys
from desktop.sync.devices import DeviceKeyConflict, preregister
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_file
from desktop.sync.team import device_signing_key
from tests.conftest import PASSPHRASE
from tests.sync_helpers import make_team


def test_preregistered_key_admits_the_device_and_refuses_an_impostor(tmp_path: Path) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        signing, _ = device_signing_key(laptop)
        public = keys.public_key_b64(signing)
        with pytest.raises(ValueError):
            preregister(team.centre, laptop.device_id, "not a key", "bad")
        with pytest.raises(DeviceKeyConflict):
            preregister(team.centre, laptop.device_id, keys.public_key_b64(keys.generate_signing_key()), "x")
            preregister(team.centre, laptop.device_id, public, "Basra laptop 2")
        with team.centre.transaction() as s:  # start again from an empty registry for this device
            s.delete(s.get(Device, laptop.device_id))
        assert preregister(team.centre, laptop.device_id, public, "Basra laptop 2") is True
        assert preregister(team.centre, laptop.device_id, public, "Basra laptop 2") is False
        with laptop.transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        bundle = export_bundle(laptop, tmp_path / "out")
        assert bundle is not None
        assert import_file(team.centre, bundle.path, team.identities).status == "imported"
        with team.centre.session() as s:
            known = s.get(Device, laptop.device_id)
            assert known.preregistered and keys.same_public_key(known.public_key, public)
    finally:
        team.close()


def test_cli_register_and_missing_consent_form_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    team = make_team(tmp_path, devices=1)
    try:
        laptop = team.devices[0]
        signing, _ = device_signing_key(laptop)
        public = keys.public_key_b64(signing)
        with laptop.transaction() as s:  # a consent form made on the laptop, then a record on it
            tpl = ConsentTemplate(template_key="local-form", version=7, language="ar", title="t")
            person = Participant(code="BSR-FG02-P01")
            s.add_all([tpl, person])
            s.flush()
            s.add(ConsentRecord(participant_id=person.id, template_id=tpl.id, answers={"participate": True},
                                method="paper", facilitator="F1"))
        bundle = export_bundle(laptop, tmp_path / "out")
        assert bundle is not None
        # The centre lost that form (say, it was never sent): tombstones are not enough, drop the row.
        centre_db, ident = str(team.centre.path), str(team.identity_file)
        with team.centre.transaction() as s:  # start again from an empty roster for this device
            s.delete(s.get(Device, laptop.device_id))
        team.centre.close()
        assert main(["device", "register", "--db", centre_db, "--id", laptop.device_id, "--key", public,
                     "--name", "Basra laptop 2"]) == 0
        assert "device registered" in capsys.readouterr().out
        wrong = keys.public_key_b64(keys.generate_signing_key())
        assert main(["device", "register", "--db", centre_db, "--id", laptop.device_id, "--key", wrong]) == 1
        assert "impostor_device" in capsys.readouterr().err
        assert main(["bundle", "import", "--db", centre_db, "--identity-file", ident, str(bundle.path)]) == 0
        out = capsys.readouterr().out
        assert "warning" not in out  # the form travelled in the same bundle as the record
        from desktop.core.db import open_store

        centre = open_store(centre_db, PASSPHRASE)
        with centre.transaction(replicating=True) as s:
            s.execute(cast(Table, ConsentTemplate.__table__).delete().where(ConsentTemplate.template_key == "local-form"))
        centre.close()
        assert main(["bundle", "import", "--db", centre_db, "--identity-file", ident, str(bundle.path)]) == 0
        out = capsys.readouterr().out
        assert "already present" in out and "refer to 1 consent form version not on this device" in out
        centre = open_store(centre_db, PASSPHRASE)
        with centre.session() as s:
            assert s.scalars(select(ConsentRecord)).one().template_id == tpl.id
        centre.close()
    finally:
        for st in team.devices:
            st.close()
