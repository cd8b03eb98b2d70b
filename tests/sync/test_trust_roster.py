"""Roster, not first sight; who may change what; labels; team update numbers; the centre's key.

Every hostile bundle is made through the real writer and signed with a real key: a legitimate one
(a laptop on the roster) or an illegitimate one (an outsider who holds only the public team file).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pyrage.passphrase
import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import backups, consent
from desktop.core.db import open_store
from desktop.core.models import ConsentRecord, ConsentTemplate, Device, Participant
from desktop.sync import keys
from desktop.sync.errors import NotPendingError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.roster import approve, pending, reject
from desktop.sync.team import export_team_update, import_team_update, join_team
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team, content_digest, full_digest
from tests.team_copies import team_copy_fixture
from tests.trust_helpers import change, file_digest, forge, laptop_key, participant_data

pytestmark = pytest.mark.usefixtures("cli_env")


team = team_copy_fixture(devices=2)


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _outsider(team: Team, name: str = "outsider laptop") -> Any:
    """A database that joined with the (public) team file but was never put on the roster."""
    store = fresh_store(team.folder / f"{name.replace(' ', '-')}.db", PASSPHRASE, name)
    join_team(store, team.team_file)
    return store


def _withdrawn_consent(team: Team) -> tuple[str, Path]:
    """Laptop A records a participant's consent and its withdrawal; the centre imports both."""
    a = team.devices[0]
    with a.transaction() as s:
        tpl = ConsentTemplate(template_key="fg", version=1, language="ar", title="t", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="Zainab", phone="0770")
        s.add_all([tpl, person])
        s.flush()
        record = ConsentRecord(participant_id=person.id, template_id=tpl.id, answers={"participate": True},
                               method="paper", facilitator="F1", recorded_at="2025-10-01T10:00:00+03:00")
        s.add(record)
    consent.withdraw(a, record.id, "2025-10-02", "all")
    made = export_bundle(a, team.folder / "a.majlis")
    assert made is not None
    assert [o.status for o in import_files(team.centre, [made.path], team.identities)] == ["imported"]
    return record.id, made.path


def _undo_withdrawal(record_id: str, device: str, seq: int) -> dict[str, Any]:
    return change("consent_record", "update", {"withdrawn_at": None, "withdrawal_scope": None,
                                               "answers": {"participate": True, "quote": True}},
                  device=device, seq=seq, row_id=record_id,
                  ms=int(time.time() * 1000) + 3_600_000)  # newer than the withdrawal: LWW alone would let it win


def _withdrawn(team: Team, record_id: str) -> bool:
    with team.centre.session() as s:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        return bool(row.withdrawn_at) and row.withdrawal_scope == "all"


def test_an_unknown_device_is_held_then_approved_or_rejected(team: Team, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    outsider = _outsider(team, "Mosul laptop")
    try:
        with outsider.transaction() as s:
            s.add(Participant(code="NIN-FG01-P01"))
        bundle = export_bundle(outsider, tmp_path / "o1.majlis")
        assert bundle is not None
        key = keys.public_key_b64(laptop_key(outsider))
    finally:
        outsider.close()
    before = content_digest(team.centre)
    db = team.centre.path
    team.centre.close()
    code, out, err = _run(capsys, "bundle", "import", "--db", db, bundle.path)  # the key from the database
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith(f"held {bundle.path}")
    code, out, _ = _run(capsys, "bundle", "import", "--db", db, bundle.path)  # again: still waiting, once
    assert code == 1
    code, out, _ = _run(capsys, "device", "pending", "--db", db, "--json")
    (waiting,) = json.loads(out)
    assert waiting["fingerprint"] == keys.key_fingerprint(key) and len(waiting["fingerprint"]) == 24
    assert waiting["name"] == "Mosul laptop" and waiting["bundles"] == 1 and waiting["changes"] == 1
    code, out, _ = _run(capsys, "device", "pending", "--db", db)
    assert waiting["fingerprint"] in out
    centre = open_store(db, PASSPHRASE)
    try:
        assert content_digest(centre) == before  # held, not applied
    finally:
        centre.close()
    assert _run(capsys, "device", "approve", "--db", db, "999")[0] == 3  # no such number: missing
    code, out, err = _run(capsys, "device", "approve", "--db", db, str(waiting["id"]))
    assert code == 0 and "on the roster (field)" in out and "imported held bundle" in out, (out, err)
    code, out, _ = _run(capsys, "device", "pending", "--db", db)
    assert "no device waits" in out
    code, out, _ = _run(capsys, "device", "list", "--db", db)
    assert "Mosul laptop" in out and "field" in out
    centre = open_store(db, PASSPHRASE)
    try:
        with centre.session() as s:
            assert s.execute(select(Participant).where(Participant.code == "NIN-FG01-P01")).first() is not None
    finally:
        centre.close()


def test_a_rejected_device_leaves_nothing(team: Team, tmp_path: Path) -> None:
    outsider = _outsider(team)
    try:
        with outsider.transaction() as s:
            s.add(Participant(code="NIN-FG01-P02"))
        bundle = export_bundle(outsider, tmp_path / "o.majlis")
        assert bundle is not None
    finally:
        outsider.close()
    before = full_digest(team.centre)
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "held" and outcome.code == "held"
    (waiting,) = pending(team.centre)
    assert reject(team.centre, waiting.id) == 1
    # Nothing of it is left; only the waiting numbers move on (never given to another device), and its
    # key is remembered as rejected (tests/sync/test_rejection_sticks.py).
    assert pending(team.centre) == []
    assert full_digest(team.centre, except_state=("held_bundle_last_number",), except_tables=("rejected_device",)) \
        == before


def test_a_waiting_number_is_never_given_to_another_device(team: Team, tmp_path: Path) -> None:
    """`device approve N` acts on the device the coordinator compared: once a number was shown for
    one device, a later stranger never gets it (an older list or a second coordinator would
    otherwise let a device in whose key nobody compared)."""
    bundles = []
    for name in ("first stranger", "second stranger"):
        outsider = _outsider(team, name)
        try:
            with outsider.transaction() as s:
                s.add(Participant(code=f"NIN-{name[:3].upper()}-P01"))
            made = export_bundle(outsider, tmp_path / f"{name}.majlis")
            assert made is not None
            bundles.append(made.path)
        finally:
            outsider.close()
    (held,) = import_files(team.centre, [bundles[0]], team.identities)
    assert held.status == "held"
    (first,) = pending(team.centre)
    assert reject(team.centre, first.id) == 1
    (held,) = import_files(team.centre, [bundles[1]], team.identities)
    assert held.status == "held"
    (second,) = pending(team.centre)
    assert second.name == "second stranger" and second.id != first.id
    with pytest.raises(NotPendingError):
        reject(team.centre, first.id)
    assert [p.id for p in pending(team.centre)] == [second.id]


def test_consent_withdrawal_survives_outsiders_and_other_laptops(team: Team, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    record_id, _ = _withdrawn_consent(team)
    a, b = team.devices
    outsider_key = keys.generate_signing_key()  # made by anyone who holds the team file
    hostile = [
        # an outsider under a new device id: held, never applied
        forge(team, [_undo_withdrawal(record_id, "0190f3a2-7c1e-7a3b-9d2e-0000000000aa", 1)],
              device_id="0190f3a2-7c1e-7a3b-9d2e-0000000000aa", key=outsider_key, out=tmp_path / "h1.majlis"),
        # an outsider claiming laptop A's id: refused (impostor key)
        forge(team, [_undo_withdrawal(record_id, a.device_id, 90)], device_id=a.device_id, key=outsider_key,
              out=tmp_path / "h2.majlis"),
        # laptop B, genuine and on the roster, but the record is laptop A's: refused (not its row)
        forge(team, [_undo_withdrawal(record_id, b.device_id, 90)], device_id=b.device_id, key=laptop_key(b),
              out=tmp_path / "h3.majlis"),
    ]
    genuine = forge(team, [change("participant", "insert", participant_data(code="BSR-FG01-P09"),
                                  device=b.device_id, seq=1)],
                    device_id=b.device_id, key=laptop_key(b), out=tmp_path / "g.majlis")
    db = team.centre.path
    before_content = content_digest(team.centre)
    team.centre.close()
    before = file_digest(db)
    code, _, err = _run(capsys, "bundle", "import", "--db", db, *hostile[1:])
    assert code == 1 and file_digest(db) == before  # refused: the file is as it was
    assert "[impostor_device]" in err and "[not_owner]" in err
    code, out, err = _run(capsys, "bundle", "import", "--db", db, hostile[0], hostile[1], genuine, hostile[2])
    assert code == 1 and f"imported {genuine}" in out and len(err.strip().splitlines()) == 3
    assert "Zainab" not in out + err and "0770" not in out + err
    centre = open_store(db, PASSPHRASE)
    try:
        with centre.session() as s:
            row = s.get(ConsentRecord, record_id)
            assert row is not None and row.withdrawn_at and row.withdrawal_scope == "all"
            assert row.answers == {"participate": True}
        assert content_digest(centre) != before_content  # the genuine bundle did go in
    finally:
        centre.close()
    # Approving the outsider by mistake still cannot un-withdraw laptop A's record.
    centre = open_store(db, PASSPHRASE)
    try:
        (waiting,) = pending(centre)
        done = approve(centre, waiting.id)
        assert [o.code for o in done.outcomes] == ["not_owner"]
        with centre.session() as s:
            row = s.get(ConsentRecord, record_id)
            assert row is not None and row.withdrawal_scope == "all"
    finally:
        centre.close()


def test_published_rows_change_only_by_team_update(team: Team, tmp_path: Path) -> None:
    centre, a = team.centre, team.devices[0]
    with centre.transaction() as s:
        form = ConsentTemplate(template_key="central-form", version=1, language="ar", title="t", body="نص",
                               published=True)
        s.add(form)
    update = tmp_path / "u1.majlis"
    export_team_update(centre, update)
    import_team_update(a, update)
    with a.transaction() as s:  # the laptop edits the centre's consent form
        row = s.get(ConsentTemplate, form.id)
        assert row is not None
        row.body = "نص آخر"
    bundle = export_bundle(a, tmp_path / "a.majlis")
    assert bundle is not None
    before = full_digest(centre)
    (outcome,) = import_files(centre, [bundle.path], team.identities)
    assert outcome.status == "refused" and outcome.code == "published_row"
    assert "team update" in outcome.message and full_digest(centre) == before
    # A coordinator's database may not either: published rows change only through team updates.
    from desktop.sync.devices import preregister

    preregister(centre, a.device_id, keys.public_key_b64(laptop_key(a)), "", role="coordinator")
    (outcome,) = import_files(centre, [bundle.path], team.identities)
    assert outcome.code == "published_row"


def test_a_laptop_owns_the_consent_forms_and_codes_it_made(team: Team, tmp_path: Path) -> None:
    a = team.devices[0]
    with a.transaction() as s:
        form = ConsentTemplate(template_key="alone", version=1, language="ar", title="t", body="x")
        s.add(form)
    with a.transaction() as s:
        row = s.get(ConsentTemplate, form.id)
        assert row is not None
        row.body = "y"  # working alone: its own form, its own edit
    bundle = export_bundle(a, tmp_path / "a.majlis")
    assert bundle is not None
    (outcome,) = import_files(team.centre, [bundle.path], team.identities)
    assert outcome.status == "imported"
    # The laptop's own form is its own, not the centre's publication: the next team update (signed
    # by the centre, read by every laptop) carries the centre's form and not that one.
    b = team.devices[1]
    with team.centre.transaction() as s:
        central = ConsentTemplate(template_key="central", version=1, language="ar", title="c", body="c",
                                  published=True)
        s.add(central)
    update = tmp_path / "u.majlis"
    export_team_update(team.centre, update)
    import_team_update(b, update)
    with b.session() as s:
        assert s.get(ConsentTemplate, central.id) is not None
        assert s.get(ConsentTemplate, form.id) is None
    with team.centre.session() as s:  # the centre keeps it: consent records refer to it
        kept = s.get(ConsentTemplate, form.id)
        assert kept is not None and kept.body == "y"


def test_labels_are_the_centres_and_names_never_reach_the_terminal_raw(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = team.devices[0]
    evil = "laptop\x1b]0;pwned\x07\x1b[2J\u202e"
    rec = change("participant", "insert", participant_data(code="BSR-FG01-P07"), device=a.device_id, seq=1)
    bundle = forge(team, [rec], device_id=a.device_id, key=laptop_key(a), name=evil, out=tmp_path / "e.majlis")
    stranger = forge(team, [change("participant", "insert", participant_data(code="X"), device="dev-x", seq=1)],
                     device_id="dev-x", key=keys.generate_signing_key(), name=evil, out=tmp_path / "x.majlis")
    db = team.centre.path
    team.centre.close()
    code, out, err = _run(capsys, "bundle", "import", "--db", db, bundle, stranger)
    assert code == 1
    for argv in (("bundle", "status", "--db", db), ("bundle", "status", "--db", db, "--json"),
                 ("device", "pending", "--db", db), ("device", "pending", "--db", db, "--json"),
                 ("device", "list", "--db", db)):
        out += "".join(_run(capsys, *argv)[1:])
    text = out + err
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    centre = open_store(db, PASSPHRASE)
    try:
        with centre.session() as s:
            assert s.get(Device, a.device_id).name == "field laptop 1"
    finally:
        centre.close()


def test_the_import_line_names_the_centres_label_not_the_name_a_bundle_claims(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop on the roster that calls itself after another laptop is still reported under the
    label the centre gave it: the coordinator reads who really sent the file."""
    a = team.devices[0]
    rec = change("participant", "insert", participant_data(code="BSR-FG01-P08"), device=a.device_id, seq=1)
    bundle = forge(team, [rec], device_id=a.device_id, key=laptop_key(a), name="field laptop 2",
                   out=tmp_path / "claim.majlis")
    db = team.centre.path
    team.centre.close()
    code, out, err = _run(capsys, "bundle", "import", "--db", db, bundle)
    assert code == 0, err
    assert f"device field laptop 1 ({a.device_id[-8:]})," in out and "field laptop 2" not in out


def test_a_restored_centre_never_reuses_a_team_update_number(team: Team, tmp_path: Path) -> None:
    centre, a = team.centre, team.devices[0]
    db = centre.path
    saved = backups.backup(centre.engine, db, PASSPHRASE, reason="test")
    first = tmp_path / "u1.majlis"
    export_team_update(centre, first)
    assert import_team_update(a, first)[0] == 1
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    restored = open_store(db, PASSPHRASE)
    try:
        second = tmp_path / "u2.majlis"
        sequence, _ = export_team_update(restored, second)
        assert sequence == 1  # the restored centre counts again, but in a later epoch
        assert import_team_update(a, second)[0] == 1  # accepted, not "stale"
    finally:
        restored.close()
        team.centre = open_store(db, PASSPHRASE)


@pytest.mark.usefixtures("real_age_passphrases")  # sealed and opened by pyrage itself, scrypt and all
def test_the_team_key_lives_in_the_database_and_exports_protected(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = team.devices[0]
    with a.transaction() as s:
        s.add(Participant(code="BSR-FG01-P03"))
    bundle = export_bundle(a, tmp_path / "a.majlis")
    assert bundle is not None
    db = team.centre.path
    team.centre.close()
    protected, plain = tmp_path / "k.age", tmp_path / "k.txt"
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "second coordinator's phrase")
    code, out, _ = _run(capsys, "team", "key", "export", "--db", db, "--out", protected)
    assert code == 0 and "passphrase-protected" in out
    assert b"AGE-SECRET-KEY" not in protected.read_bytes()
    text = pyrage.passphrase.decrypt(protected.read_bytes(), "second coordinator's phrase").decode()
    assert keys.parse_identities(text)
    before = protected.read_bytes()
    code, out, err = _run(capsys, "team", "key", "export", "--db", db, "--out", protected, "--plaintext")
    assert code == 3 and out == "" and err.count("\n") == 1 and "never overwritten" in err  # 3: "exists"
    assert protected.read_bytes() == before
    code, _, _ = _run(capsys, "team", "key", "export", "--db", db, "--out", plain, "--plaintext")
    assert code == 0 and plain.stat().st_mode & 0o077 == 0
    opened = subprocess.run(["age", "-d", "-i", str(plain), str(bundle.path)], capture_output=True, check=True)
    assert opened.stdout.startswith(b"PK")
    code, out, _ = _run(capsys, "bundle", "import", "--db", db, bundle.path)  # no flag: the key in the db
    assert code == 0 and "imported" in out
    team.centre = open_store(db, PASSPHRASE)


def test_a_bundle_names_an_unlabelled_device_once_and_stamps_its_arrival(team: Team, tmp_path: Path) -> None:
    """The roster entry a bundle updates: its time of arrival always; its label only while the
    centre has none (the first name sent fills it, a later one never replaces it); its key never."""
    a = team.devices[0]
    with team.centre.transaction() as s:
        entry = s.get(Device, a.device_id)
        entry.name, key_before = "", entry.public_key
    first = forge(team, [change("participant", "insert", participant_data(code="P1"), device=a.device_id, seq=1)],
                  device_id=a.device_id, key=laptop_key(a), name="Basra\x1b[2J laptop", out=tmp_path / "1.majlis")
    second = forge(team, [change("participant", "insert", participant_data(code="P2"), device=a.device_id, seq=2)],
                   device_id=a.device_id, key=laptop_key(a), name="renamed", out=tmp_path / "2.majlis")
    assert [o.status for o in import_files(team.centre, [first], team.identities)] == ["imported"]
    with team.centre.session() as s:
        entry = s.get(Device, a.device_id)
        assert (entry.name, entry.public_key) == ("Basra\ufffd[2J laptop", key_before)
        stamped = entry.last_bundle_at
    assert stamped
    time.sleep(0.01)
    assert [o.status for o in import_files(team.centre, [second], team.identities)] == ["imported"]
    with team.centre.session() as s:
        entry = s.get(Device, a.device_id)
        assert (entry.name, entry.public_key) == ("Basra\ufffd[2J laptop", key_before)
        assert entry.last_bundle_at is not None and entry.last_bundle_at >= stamped
