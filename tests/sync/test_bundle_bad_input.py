"""Every hostile or damaged bundle is refused, each with its own stable error code."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from desktop.sync import errors
from desktop.sync.bundle_reader import read_bundle, read_team_update
from desktop.sync.envelope import AGE_MAGIC
from desktop.sync.keys import public_key_b64, recipient_of
from desktop.sync.manifest import canonical_json, sha256_hex
from desktop.sync.safe_zip import read_zip
from desktop.sync.team_file import make_team_file, read_team_file
from tests.bundle_helpers import (
    ATTACHMENTS,
    CHANGES,
    DEVICE_KEY,
    OTHER_KEY,
    STRANGER_IDENTITY,
    TEAM_ID,
    TEAM_IDENTITY,
    TEAM_RECIPIENTS,
    changes_jsonl,
    craft,
    good_bundle,
    manifest_dict,
    patch_declared_size,
    raw_zip,
    symlink_info,
)
from tests.examples import examples

GOOD = good_bundle()
HEADER_END = GOOD.index(b"\n---") + 1  # the age header ends with the "--- <mac>" line
BODY_START = GOOD.index(b"\n", HEADER_END) + 1
PAYLOAD = {"changes.jsonl": changes_jsonl(CHANGES), **{f"attachments/{h}": d for h, d in ATTACHMENTS.items()}}
SLOW_SETTINGS = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def refused(data: bytes, code: str, **kwargs: object) -> errors.BundleError:
    with pytest.raises(errors.BundleError) as info:
        read_bundle(data, [TEAM_IDENTITY], **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code, info.value.message
    assert info.value.message
    return info.value


def test_the_good_bundle_is_accepted() -> None:
    # Guards the tests below: each refusal must come from the one defect it introduces.
    assert read_bundle(GOOD, [TEAM_IDENTITY]).changes == CHANGES
    assert read_bundle(craft(), [TEAM_IDENTITY]).changes == CHANGES


def test_error_codes_are_unique() -> None:
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes))


# --- not a bundle, damaged, wrong key --------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [os.urandom(4096), b"PK\x03\x04" + os.urandom(100), b"age-encryption.org/v2\n" + os.urandom(200)],
    ids=["random", "zip-looking", "other-age-version"],
)
def test_not_a_bundle(data: bytes) -> None:
    refused(data, "not_a_bundle")


def test_a_plain_unencrypted_bundle_zip_is_not_a_bundle() -> None:
    refused(craft(encrypt=False), "not_a_bundle")


@given(st.integers(min_value=0, max_value=len(GOOD) - 1), st.integers(min_value=1, max_value=255))
@SLOW_SETTINGS
def test_a_flipped_byte_anywhere_is_refused(position: int, mask: int) -> None:
    damaged = bytearray(GOOD)
    damaged[position] ^= mask
    with pytest.raises(errors.BundleError) as info:
        read_bundle(bytes(damaged), [TEAM_IDENTITY])
    if position < len(AGE_MAGIC):
        assert info.value.code == "not_a_bundle"
    elif position >= BODY_START:
        assert info.value.code == "corrupted"
    else:
        # In the recipient stanza age cannot tell damage from a wrong key: both fail to unwrap.
        assert info.value.code in {"corrupted", "truncated", "wrong_identity"}


@pytest.mark.parametrize("where", ["body-start", "middle", "last-byte", "mac"])
def test_a_flipped_byte_in_the_body_or_header_mac_is_corrupted(where: str) -> None:
    position = {
        "body-start": BODY_START + 3,
        "middle": len(GOOD) // 2 + BODY_START // 2,
        "last-byte": len(GOOD) - 1,
        "mac": HEADER_END + 10,
    }[where]
    damaged = bytearray(GOOD)
    damaged[position] ^= 0x01
    refused(bytes(damaged), "corrupted")


@given(st.integers(min_value=1, max_value=len(GOOD) - 1))
@SLOW_SETTINGS
def test_a_truncated_file_is_refused_at_any_length(length: int) -> None:
    with pytest.raises(errors.CorruptedBundleError) as info:
        read_bundle(GOOD[:length], [TEAM_IDENTITY])
    assert info.value.code in {"truncated", "corrupted"}


# Named, not numbered: the header's length depends on the keys made at import, and test processes
# running side by side (pytest -n) must collect the same test ids.
CUTS = {"empty": 0, "5": 5, "30": 30, "header-end": HEADER_END, "inside-nonce": BODY_START + 4}


@pytest.mark.parametrize("cut", sorted(CUTS))
def test_a_file_cut_inside_the_header_or_nonce_is_truncated(cut: str) -> None:
    refused(GOOD[:CUTS[cut]], "truncated")


def test_a_file_cut_in_the_payload_is_corrupted_or_truncated() -> None:
    big = good_bundle(attachments={sha256_hex(b := os.urandom(200_000)): b})
    for length in (len(big) // 2, len(big) - 1, len(big) - 17):
        with pytest.raises(errors.CorruptedBundleError):
            read_bundle(big[:length], [TEAM_IDENTITY])


def test_appended_bytes_are_refused() -> None:
    refused(GOOD + b"\n", "corrupted")


def test_wrong_identity() -> None:
    with pytest.raises(errors.BundleError) as info:
        read_bundle(GOOD, [STRANGER_IDENTITY])
    assert info.value.code == "wrong_identity"


def test_missing_identity() -> None:
    with pytest.raises(errors.WrongIdentityError) as info:
        read_bundle(GOOD, [])
    assert info.value.code == "no_identity"


# --- signature, device, team -----------------------------------------------------------------


def test_manifest_signed_by_another_key_than_the_one_it_names() -> None:
    refused(craft(key=OTHER_KEY), "bad_signature")


def test_manifest_modified_after_signing() -> None:
    original = canonical_json(manifest_dict(PAYLOAD))
    tampered = manifest_dict(PAYLOAD, seq={"from": 1, "to": 300})
    refused(craft(manifest=tampered, signature=DEVICE_KEY.sign(original)), "bad_signature")


def test_garbage_signature() -> None:
    refused(craft(signature=b"\x00" * 64), "bad_signature")
    refused(craft(signature=b"short"), "bad_signature")


def test_impostor_device_key() -> None:
    # Consistently signed by a new key, but the device id is registered with DEVICE_KEY.
    impostor = good_bundle(signing_key=OTHER_KEY)
    refused(impostor, "impostor_device", expected_signer_key=public_key_b64(DEVICE_KEY))


def test_bundle_for_another_team() -> None:
    refused(GOOD, "wrong_team", expected_team_id="another-team")


def test_bundle_signed_for_other_recipients_then_re_encrypted() -> None:
    manifest = manifest_dict(PAYLOAD, recipients=[recipient_of(STRANGER_IDENTITY)])
    refused(craft(manifest=manifest), "recipient_mismatch")


def test_forged_team_update_through_read_bundle() -> None:
    forged = good_bundle(kind="team_update", signing_key=DEVICE_KEY)
    # Whole and signed, by a key that is not the central key: said as such (a BadSignatureError still).
    assert isinstance(refused(forged, "not_central_key", central_verify_key=public_key_b64(OTHER_KEY)),
                      errors.BadSignatureError)
    refused(forged, "central_key_required")


def test_plain_team_update_that_is_not_a_zip() -> None:
    with pytest.raises(errors.NotABundleError):
        read_team_update(os.urandom(300), public_key_b64(OTHER_KEY))


# --- paths, links, duplicates, extras --------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "attachments/../../x",
        "/etc/passwd",
        "C:/Windows/x",
        "c:x",
        "attachments\\x",
        "a//b",
        "./x",
        "x\x01",
    ],
)
def test_unsafe_member_names_are_refused(name: str) -> None:
    # The unsafe member is listed in the manifest with its true hash: only the path check can catch it.
    payload = {**PAYLOAD, name: b"payload"}
    refused(craft(payload, manifest=manifest_dict(payload)), "unsafe_path")


def test_symlink_member_is_refused() -> None:
    refused(craft(extra_entries=[(symlink_info("attachments/link"), b"/etc/passwd")]), "unsafe_path")


def test_duplicate_member_is_refused() -> None:
    refused(craft(extra_entries=[("changes.jsonl", b"{}\n")]), "unsafe_path")


def test_member_names_differing_only_in_case_are_refused() -> None:
    refused(craft(extra_entries=[("CHANGES.jsonl", b"{}\n")]), "unsafe_path")


def test_extra_member_not_in_manifest() -> None:
    refused(craft(extra_entries=[("notes.txt", b"hello")]), "unexpected_member")
    refused(craft(extra_entries=[("attachments/", b"")]), "unexpected_member")


def test_member_listed_but_missing() -> None:
    payload = dict(PAYLOAD)
    manifest = manifest_dict(payload)
    manifest["members"]["attachments/" + "0" * 64] = "0" * 64
    refused(craft(payload, manifest=manifest), "missing_member")


def test_manifest_listing_a_name_a_bundle_cannot_hold() -> None:
    payload = {**PAYLOAD, "other.bin": b"x"}
    error = refused(craft(payload, manifest=manifest_dict(payload)), "bad_manifest")
    assert "other.bin" not in error.message  # a name the file gives, never quoted


def test_missing_manifest_or_signature() -> None:
    archive = raw_zip([("changes.jsonl", b"")])
    data = pyrage.encrypt(archive, [x25519.Recipient.from_str(TEAM_RECIPIENTS[0])])
    refused(data, "manifest_unreadable")


# --- hashes, counts, format ------------------------------------------------------------------


def test_member_hash_disagrees_with_manifest() -> None:
    manifest = manifest_dict(PAYLOAD)
    manifest["members"]["changes.jsonl"] = sha256_hex(b"something else")
    refused(craft(manifest=manifest), "hash_mismatch")


def test_attachment_name_is_not_its_hash() -> None:
    payload = {"changes.jsonl": changes_jsonl(CHANGES), "attachments/" + "0" * 64: b"not zeros"}
    refused(craft(payload, manifest=manifest_dict(payload)), "hash_mismatch")


@pytest.mark.parametrize("counts", [{"changes": 2, "attachments": 1}, {"changes": 3, "attachments": 0}])
def test_counts_disagree_with_content(counts: dict[str, int]) -> None:
    refused(craft(manifest=manifest_dict(PAYLOAD, counts=counts)), "count_mismatch")


def test_newer_format_version_says_update_majlis() -> None:
    error = refused(craft(manifest=manifest_dict(PAYLOAD, format_version=2)), "newer_format")
    assert "update Majlis" in error.message


@pytest.mark.parametrize(
    "override",
    [{"format_version": "1"}, {"kind": "other"}, {"device": {"id": "d"}}, {"seq": {"from": 5, "to": 1}}],
    ids=["version-text", "kind", "device", "seq"],
)
def test_malformed_manifest(override: dict[str, object]) -> None:
    # The manifest's refusals have their own code (session 36), each still a MalformedBundleError.
    error = refused(craft(manifest=manifest_dict(PAYLOAD, **override)), "bad_manifest")
    assert isinstance(error, errors.MalformedBundleError)
    assert "other" not in error.message  # the kind it named, never quoted


def test_changes_that_are_not_json_objects() -> None:
    # The manifest counts the one line: a count that disagrees would be named first (count_mismatch).
    payload = {"changes.jsonl": b"[1, 2]\n"}
    refused(craft(payload, manifest=manifest_dict(payload, counts={"changes": 1, "attachments": 0})), "malformed")


def test_a_line_is_one_change_even_where_lines_joined_would_parse() -> None:
    # Each line alone: the first is half an object, the last holds two. Read as one JSON array the
    # three lines would give three objects; a line-by-line reader (the format) refuses the first line.
    payload = {"changes.jsonl": b'{"a":[{"b":1}\n{"c":2}]}\n{"x":1},{"y":2}\n'}
    error = refused(craft(payload, manifest=manifest_dict(payload, counts={"changes": 3, "attachments": 0})),
                    "malformed")
    assert "Line 1 " in error.message


def test_a_file_that_disagrees_with_its_manifest_is_named_so_before_its_content() -> None:
    # The same for every reader (docs/bundle-format.md, section 4): a line that is not a change, in a
    # file whose manifest counts three, is a file altered on the way.
    payload = {"changes.jsonl": b"[1, 2]\n"}
    refused(craft(payload, manifest=manifest_dict(payload, counts={"changes": 3, "attachments": 0})),
            "count_mismatch")


# --- size limits -----------------------------------------------------------------------------


def test_decompression_bomb_is_refused_before_it_is_inflated() -> None:
    zeros = bytes(5 * 1024 * 1024)  # 5 MiB of zeros deflates to about 5 KiB
    payload = {**PAYLOAD, "attachments/" + sha256_hex(zeros): zeros}
    data = craft(payload, manifest=manifest_dict(payload))
    assert len(data) < 64 * 1024
    refused(data, "too_large", max_member=1024 * 1024)
    refused(data, "too_large", max_total=2 * 1024 * 1024)


def test_huge_declared_size_with_the_default_limits() -> None:
    archive = craft(encrypt=False)
    name = next(iter(ATTACHMENTS))
    lying = patch_declared_size(archive, f"attachments/{name}", 3_000_000_000)
    data = pyrage.encrypt(lying, [x25519.Recipient.from_str(TEAM_RECIPIENTS[0])])
    refused(data, "too_large")


def test_member_larger_than_it_declares_is_caught_by_the_bounded_read() -> None:
    # The directory claims 10 bytes; the data inflates to 2 MiB. zipfile stops at the declared size
    # and then fails the CRC: refused either way, never inflated beyond the limit.
    content = bytes(2 * 1024 * 1024)
    archive = patch_declared_size(raw_zip([("big", content)]), "big", 10)
    with pytest.raises(errors.BundleError) as info:
        read_zip(archive, max_member=1024 * 1024, max_total=1024 * 1024)
    assert info.value.code in {"too_large", "malformed"}


def test_too_many_members() -> None:
    archive = raw_zip([(f"attachments/{i}", b"") for i in range(20)])
    with pytest.raises(errors.TooLargeError):
        read_zip(archive, max_member=10, max_total=10, max_members=10)


def test_oversized_file_is_refused_before_decryption(tmp_path: Path) -> None:
    huge = AGE_MAGIC + os.urandom(3 * 1024 * 1024)
    (tmp_path / "huge.majlis").write_bytes(huge)
    for source in (huge, tmp_path / "huge.majlis"):
        with pytest.raises(errors.TooLargeError):
            read_bundle(source, [TEAM_IDENTITY], max_total=1000, max_member=1000)


def test_zip_member_with_unsupported_compression() -> None:
    # Deflate and stored only: bzip2/lzma would widen the attack surface for nothing.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("x", b"data")
    with pytest.raises(errors.MalformedBundleError):
        read_zip(buffer.getvalue(), max_member=100, max_total=100)


# --- team file -------------------------------------------------------------------------------


def _team_file() -> bytes:
    return make_team_file(
        team_id=TEAM_ID,
        team_name="t",
        recipients=TEAM_RECIPIENTS,
        central_signing_key=OTHER_KEY,
        payload={"a": 1},
    )


def test_team_file_altered_after_signing() -> None:
    good = _team_file()
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        body, sig = archive.read("team.json"), archive.read("team.sig")
    altered = body.replace(b'"team_name":"t"', b'"team_name":"u"')
    assert altered != body
    with pytest.raises(errors.BadSignatureError):
        read_team_file(raw_zip([("team.json", altered), ("team.sig", sig)]))


@pytest.mark.parametrize(
    "data", [b"", b"{}", os.urandom(500), GOOD], ids=["empty", "json", "random", "bundle"]
)
def test_not_a_team_file(data: bytes) -> None:
    with pytest.raises(errors.NotATeamFileError):
        read_team_file(data)


def test_team_file_from_a_newer_majlis() -> None:
    body = canonical_json({"format": "majlis-team", "format_version": 9})
    with pytest.raises(errors.NewerFormatError):
        read_team_file(raw_zip([("team.json", body), ("team.sig", OTHER_KEY.sign(body))]))
