"""What a test process sealed with an age passphrase it knows (tests/conftest.py): opening that very
file with that passphrase gives back what was sealed without scrypt's second of CPU; any other file or
passphrase still goes to pyrage."""

from __future__ import annotations

import pyrage
import pyrage.passphrase
import pytest

from tests import conftest


class WentToPyrage(Exception):
    pass


@pytest.fixture
def pyrage_watched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str]]:
    """Each opening that reaches pyrage, refused here (so none costs scrypt's work)."""
    reached: list[tuple[bytes, str]] = []

    def opened_by_pyrage(sealed: bytes, passphrase: str) -> bytes:
        reached.append((sealed, passphrase))
        raise WentToPyrage

    monkeypatch.setattr(conftest, "_real_passphrase_decrypt", opened_by_pyrage)
    return reached


def test_a_file_sealed_here_opens_with_its_passphrase_without_pyrage(pyrage_watched: list[tuple[bytes, str]]) -> None:
    sealed = pyrage.passphrase.encrypt(b"AGE-SECRET-KEY-1 of a test", "the phrase")
    assert pyrage.passphrase.decrypt(sealed, "the phrase") == b"AGE-SECRET-KEY-1 of a test"
    assert pyrage_watched == []


def test_another_passphrase_or_a_changed_byte_goes_to_pyrage(pyrage_watched: list[tuple[bytes, str]]) -> None:
    sealed = pyrage.passphrase.encrypt(b"AGE-SECRET-KEY-1 of a test", "the phrase")
    changed = sealed[:-1] + bytes([sealed[-1] ^ 1])
    for file, phrase in ((sealed, "another phrase"), (changed, "the phrase"), (sealed[:-5], "the phrase")):
        with pytest.raises(WentToPyrage):
            pyrage.passphrase.decrypt(file, phrase)
    assert len(pyrage_watched) == 3


@pytest.mark.usefixtures("real_age_passphrases")
def test_the_real_sealing_opens_and_refuses_for_real() -> None:
    sealed = pyrage.passphrase.encrypt(b"AGE-SECRET-KEY-1 of a test", "the phrase")
    assert pyrage.passphrase.decrypt(sealed, "the phrase") == b"AGE-SECRET-KEY-1 of a test"
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(sealed, "another phrase")
