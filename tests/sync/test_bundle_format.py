"""Bundles, keys and team files that are well formed: round trips, and the stock `age` tool."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from pyrage import x25519

from desktop.sync import errors
from desktop.sync.bundle_format import bundle_file_name, save_bundle
from desktop.sync.bundle_reader import VerifiedBundle, read_bundle, read_team_update
from desktop.sync.keys import (
    generate_identity,
    generate_signing_key,
    identity_file_text,
    load_identity_file,
    load_signing_key,
    load_verify_key,
    private_key_b64,
    public_key_b64,
    recipient_of,
    write_identity_file,
)
from desktop.sync.manifest import sha256_hex
from desktop.sync.team_file import make_team_file, read_team_file, write_team_file
from tests.bundle_helpers import (
    ARABIC,
    ATTACHMENTS,
    CHANGES,
    DEVICE_ID,
    DEVICE_KEY,
    KURDISH,
    OTHER_KEY,
    SECOND_IDENTITY,
    TEAM_ID,
    TEAM_IDENTITY,
    TEAM_RECIPIENTS,
    craft,
    good_bundle,
)

AGE = shutil.which("age") or "age"  # installed by .ci/setup; missing, the tests fail loudly


def test_round_trip_keeps_arabic_and_kurdish_text_and_attachments() -> None:
    data = good_bundle(prev_bundle_hash="ab" * 32, epoch=2)
    bundle = read_bundle(
        data, [TEAM_IDENTITY], expected_team_id=TEAM_ID, expected_signer_key=public_key_b64(DEVICE_KEY)
    )
    assert isinstance(bundle, VerifiedBundle)
    assert bundle.changes == CHANGES
    assert bundle.changes[0]["value"] == ARABIC and bundle.changes[1]["value"] == KURDISH
    assert bundle.attachments == ATTACHMENTS
    assert bundle.bundle_hash == sha256_hex(data)
    m = bundle.manifest
    assert (m.kind, m.team_id, m.device_id, m.epoch, m.seq_from, m.seq_to) == (
        "changes",
        TEAM_ID,
        DEVICE_ID,
        2,
        1,
        3,
    )
    assert m.prev_bundle_hash == "ab" * 32
    assert m.device_public_key == public_key_b64(DEVICE_KEY)
    assert m.recipients == tuple(TEAM_RECIPIENTS)
    assert (m.change_count, m.attachment_count) == (3, 1)


def test_empty_bundle_round_trips() -> None:
    bundle = read_bundle(good_bundle(changes=[], attachments={}, seq_from=4, seq_to=3), [TEAM_IDENTITY])
    assert bundle.changes == [] and bundle.attachments == {}


def test_inner_zip_is_deterministic_but_encryption_is_not() -> None:
    first = read_bundle(good_bundle(created="2025-01-01T00:00:00Z"), [TEAM_IDENTITY])
    second = read_bundle(good_bundle(created="2025-01-01T00:00:00Z"), [TEAM_IDENTITY])
    assert first.manifest == second.manifest
    assert first.bundle_hash != second.bundle_hash  # fresh age file key each time


def test_two_recipients_can_each_decrypt() -> None:
    recipients = [recipient_of(TEAM_IDENTITY), recipient_of(SECOND_IDENTITY)]
    data = good_bundle(recipients=recipients)
    for identity in (TEAM_IDENTITY, SECOND_IDENTITY):
        assert read_bundle(data, [identity]).changes == CHANGES


def test_bundle_file_is_written_atomically_and_privately(tmp_path: Path) -> None:
    name = bundle_file_name(TEAM_ID, DEVICE_ID, 0, 1, 3)
    assert name == "majlis-7b8c9d0e-00000001-e0-1-3.majlis"
    path = tmp_path / name
    digest = save_bundle(path, good_bundle())
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_bundle(path, [TEAM_IDENTITY]).bundle_hash == digest


def test_write_refuses_attachments_not_keyed_by_their_hash() -> None:
    with pytest.raises(ValueError):
        good_bundle(attachments={"0" * 64: b"not that"})


def test_changes_bundles_are_always_encrypted() -> None:
    with pytest.raises(ValueError):
        good_bundle(encrypt=False)


# --- keys ------------------------------------------------------------------------------------


def test_identity_file_round_trip(tmp_path: Path) -> None:
    identity = generate_identity()
    path = write_identity_file(tmp_path / "team.key", [identity])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert text.startswith("# created: ") and f"# public key: {recipient_of(identity)}\n" in text
    assert [str(i) for i in load_identity_file(path)] == [str(identity)]


def test_identity_file_from_age_keygen_loads(tmp_path: Path) -> None:
    subprocess.run(["age-keygen", "-o", str(tmp_path / "k.txt")], check=True, capture_output=True)
    [identity] = load_identity_file(tmp_path / "k.txt")
    assert read_bundle(good_bundle(recipients=[recipient_of(identity)]), [identity]).changes == CHANGES


def test_bad_identity_file_is_refused_without_echoing_it(tmp_path: Path) -> None:
    (tmp_path / "k.txt").write_text("AGE-SECRET-KEY-1NOTAKEY\n")
    with pytest.raises(errors.KeyFileError) as info:
        load_identity_file(tmp_path / "k.txt")
    assert "NOTAKEY" not in str(info.value)
    (tmp_path / "empty.txt").write_text("# nothing here\n")
    with pytest.raises(errors.KeyFileError):
        load_identity_file(tmp_path / "empty.txt")


def test_signing_keys_serialise_as_base64_raw_bytes() -> None:
    key = generate_signing_key()
    again = load_signing_key(private_key_b64(key))
    assert public_key_b64(again) == public_key_b64(key)
    assert len(public_key_b64(key)) == 44  # base64 of 32 bytes
    load_verify_key(public_key_b64(key))
    with pytest.raises(ValueError):
        load_verify_key("AAAA")


# --- the stock age tool ----------------------------------------------------------------------


def test_standard_age_tool_opens_a_bundle(tmp_path: Path) -> None:
    (tmp_path / "x.majlis").write_bytes(good_bundle())
    write_identity_file(tmp_path / "team.key", [TEAM_IDENTITY])
    with open(tmp_path / "x.zip", "wb") as out:
        subprocess.run(
            ["age", "-d", "-i", str(tmp_path / "team.key"), str(tmp_path / "x.majlis")],
            stdout=out,
            check=True,
        )
    with zipfile.ZipFile(tmp_path / "x.zip") as archive:
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["team_id"] == TEAM_ID and manifest["format_version"] == 1
        assert manifest["members"]["changes.jsonl"] == sha256_hex(archive.read("changes.jsonl"))
        lines = archive.read("changes.jsonl").decode("utf-8").split("\n")
        assert json.loads(lines[1])["value"] == KURDISH


def test_bundle_encrypted_by_the_age_tool_is_read(tmp_path: Path) -> None:
    # The reverse direction: our reader accepts what stock age writes (same format, no pyrage quirk).
    (tmp_path / "x.zip").write_bytes(craft(encrypt=False))
    subprocess.run(
        ["age", "-r", TEAM_RECIPIENTS[0], "-o", str(tmp_path / "x.majlis"), str(tmp_path / "x.zip")],
        check=True,
    )
    assert read_bundle(tmp_path / "x.majlis", [TEAM_IDENTITY]).changes == CHANGES


# --- team file and team updates ----------------------------------------------------------------

PAYLOAD = {
    "codebook": [{"code": "elections.law", "names": {"ar": "قانون الانتخابات", "ckb": "یاسای هەڵبژاردن"}}],
    "consent_templates": [{"version": 2, "clauses": ["participate", "audio"]}],
    "organisations": [{"name": "منظمة", "governorate": "Basra"}],
}


def test_team_file_round_trip(tmp_path: Path) -> None:
    path = write_team_file(
        tmp_path / "team.majlis-team",
        team_id=TEAM_ID,
        team_name="حملة قانون الانتخابات",
        recipients=TEAM_RECIPIENTS,
        central_signing_key=OTHER_KEY,
        payload=PAYLOAD,
    )
    team = read_team_file(path, expected_central_key=public_key_b64(OTHER_KEY), expected_team_id=TEAM_ID)
    assert team.team_name == "حملة قانون الانتخابات"
    assert team.recipients == tuple(TEAM_RECIPIENTS)
    assert team.central_verify_key == public_key_b64(OTHER_KEY)
    assert team.payload == PAYLOAD
    assert len(team.central_key_fingerprint.split()) == 5


def test_team_file_with_another_central_key_is_refused() -> None:
    data = make_team_file(
        team_id=TEAM_ID, team_name="t", recipients=TEAM_RECIPIENTS, central_signing_key=DEVICE_KEY, payload={}
    )
    with pytest.raises(errors.CentralKeyMismatchError):
        read_team_file(data, expected_central_key=public_key_b64(OTHER_KEY))
    with pytest.raises(errors.WrongTeamError):
        read_team_file(data, expected_team_id="another team")


def _team_update(**overrides: object) -> bytes:
    kwargs: dict[str, object] = dict(
        kind="team_update",
        device_id="central",
        device_name="central team",
        signing_key=OTHER_KEY,
        changes=[{"entity": "codebook", "value": PAYLOAD["codebook"]}],
        attachments={},
        seq_from=1,
        seq_to=1,
    )
    kwargs.update(overrides)
    return good_bundle(**kwargs)


def test_team_update_signed_by_the_centre_is_read_plain_or_encrypted() -> None:
    central = public_key_b64(OTHER_KEY)
    plain = read_team_update(_team_update(encrypt=False), central, expected_team_id=TEAM_ID)
    assert plain.changes[0]["value"] == PAYLOAD["codebook"] and not plain.encrypted
    sealed = read_team_update(_team_update(), central, identities=[TEAM_IDENTITY])
    assert sealed.encrypted and sealed.manifest.kind == "team_update"


def test_forged_team_update_is_refused() -> None:
    forged = _team_update(signing_key=DEVICE_KEY, encrypt=False)  # validly signed, but not by the centre
    with pytest.raises(errors.BadSignatureError):
        read_team_update(forged, public_key_b64(OTHER_KEY))


def test_team_update_needs_the_central_key_even_through_read_bundle() -> None:
    with pytest.raises(errors.CentralKeyRequiredError):
        read_bundle(_team_update(), [TEAM_IDENTITY])


def test_a_changes_bundle_is_not_a_team_update() -> None:
    with pytest.raises(errors.NotABundleError):
        read_team_update(
            good_bundle(signing_key=OTHER_KEY), public_key_b64(OTHER_KEY), identities=[TEAM_IDENTITY]
        )


def test_identity_text_lists_every_identity() -> None:
    ids = [x25519.Identity.generate(), x25519.Identity.generate()]
    text = identity_file_text(ids)
    assert text.count("AGE-SECRET-KEY-") == 2 and text.count("# public key: age1") == 2
