"""Decrypting a bundle as a stream (``pyrage.decrypt_io``, which lets the window run meanwhile) gives
exactly what the whole-file call ``pyrage.decrypt`` gave: the same plaintext for a good file, and the
same refusal for a cut, flipped, lengthened or wrongly keyed one. (That the window keeps running
meanwhile is measured, not tested: benchmarks/bench_import_stall.py.)"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from desktop.sync import envelope, errors
from desktop.sync.bundle_reader import read_bundle
from desktop.sync.keys import write_identity_file
from desktop.sync.manifest import sha256_hex
from tests.bundle_helpers import STRANGER_IDENTITY, TEAM_IDENTITY, TEAM_RECIPIENTS, good_bundle

CHUNK = 64 * 1024  # age's payload chunk; each carries a 16-byte tag
SCAN = b"\x89PNG" + os.urandom(3 * CHUNK + 1000)  # a few chunks of incompressible content
BIG = good_bundle(attachments={sha256_hex(SCAN): SCAN})
HEADER_END = BIG.index(b"\n---") + 1
BODY_START = BIG.index(b"\n", HEADER_END) + 1  # then a 16-byte nonce, then the chunks


def whole_file(data: bytes, identities: list[x25519.Identity]) -> bytes | type[Exception]:
    """What the reader did before streaming: one ``pyrage.decrypt`` call, its error classified."""
    try:
        plaintext: bytes = pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        return type(envelope._classify(str(exc)))
    return plaintext


def streamed(data: bytes, identities: list[x25519.Identity]) -> bytes | type[Exception]:
    try:
        return envelope.decrypt(data, identities)
    except errors.BundleError as exc:
        return type(exc)


def same(data: bytes, identities: list[x25519.Identity] | None = None) -> None:
    keys = [TEAM_IDENTITY] if identities is None else identities
    expected, got = whole_file(data, keys), streamed(data, keys)
    assert got == expected, (len(data), got if isinstance(got, type) else "plaintext",
                             expected if isinstance(expected, type) else "plaintext")


def test_a_good_bundle_decrypts_to_the_same_plaintext() -> None:
    plaintext = envelope.decrypt(BIG, [TEAM_IDENTITY])
    assert plaintext == pyrage.decrypt(BIG, [TEAM_IDENTITY])
    assert read_bundle(BIG, [TEAM_IDENTITY]).attachments[sha256_hex(SCAN)] == SCAN


def test_every_cut_inside_the_header_and_nonce_is_refused_alike() -> None:
    # Shorter than age's magic line the file never reaches age (the same check before and after).
    for length in range(len(envelope.AGE_MAGIC), BODY_START + 17):
        same(BIG[:length])


def test_cuts_in_the_payload_are_refused_alike() -> None:
    payload = BODY_START + 16
    lengths = {len(BIG) - 1, len(BIG) - 16, len(BIG) - 17, payload + 1, (payload + len(BIG)) // 2}
    for chunk in range(1, 4):  # at, just before and just after each chunk's end
        end = payload + chunk * (CHUNK + 16)
        lengths |= {end - 1, end, end + 1}
    for length in sorted(lengths):
        same(BIG[:length])
        with pytest.raises(errors.CorruptedBundleError):  # truncated is a kind of corrupted
            envelope.decrypt(BIG[:length], [TEAM_IDENTITY])


@pytest.mark.parametrize("region", ["header", "body"])
def test_flipped_bytes_are_refused_alike(region: str) -> None:
    positions = (range(len(envelope.AGE_MAGIC), BODY_START + 16) if region == "header"
                 else range(BODY_START + 16, len(BIG), 997))
    for position in positions:
        damaged = bytearray(BIG)
        damaged[position] ^= 0x01
        same(bytes(damaged))


def test_lengthened_and_wrongly_keyed_files_are_refused_alike() -> None:
    same(BIG + b"\n")
    same(BIG + os.urandom(CHUNK))
    same(BIG, [STRANGER_IDENTITY])
    assert streamed(BIG, [STRANGER_IDENTITY]) is errors.WrongIdentityError
    assert streamed(BIG, [STRANGER_IDENTITY, TEAM_IDENTITY]) == whole_file(BIG, [TEAM_IDENTITY])



def test_streamed_encryption_is_an_age_file_every_reader_opens(tmp_path: Path) -> None:
    """Encryption streams too (a laptop's Export keeps its window running): what it writes is the same
    age file the whole-file call would give, opened by pyrage.decrypt and by the reference age tool."""
    plaintext = SCAN + b"end"  # several 64 KiB chunks and a short last one
    sealed = envelope.encrypt(plaintext, TEAM_RECIPIENTS)
    assert sealed.startswith(envelope.AGE_MAGIC)
    assert pyrage.decrypt(sealed, [TEAM_IDENTITY]) == plaintext
    key, file = tmp_path / "team.key", tmp_path / "x.age"
    write_identity_file(key, [TEAM_IDENTITY])
    file.write_bytes(sealed)
    opened = subprocess.run(["age", "-d", "-i", str(key), str(file)], capture_output=True, check=True)
    assert opened.stdout == plaintext
    with pytest.raises(errors.WrongIdentityError):
        envelope.decrypt(sealed, [STRANGER_IDENTITY])
