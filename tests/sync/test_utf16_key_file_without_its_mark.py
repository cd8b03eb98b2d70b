"""A plain team key file in UTF-16 WITHOUT its byte-order mark (no Notepad writes one, a script may), little
or big endian: file_kinds calls it the team's key file, and it opens. The big-endian one did not: the
UTF-16 LE bytes of "AGE-SECRET-KEY-" are found one byte into the BE bytes ("\\0A\\0G\\0E..." holds
"A\\0G\\0E\\0..."), file_signatures.plain_key_encoding tried LE first, and keys._key_file_text decoded the file as
LE: each line "not an age X25519 identity". Found by review (session 39); the BE case fails before."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519

from desktop.core import file_kinds, file_signatures
from desktop.sync import keys


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_mark_less_utf16_key_file_named_a_key_opens(encoding: str, tmp_path: Path) -> None:
    identity = x25519.Identity.generate()
    text = f"# created: 2026-12-06T10:00:00Z\n# public key: {identity.to_public()}\n{identity}\n"
    path = tmp_path / "team.key"
    path.write_bytes(text.encode(encoding))
    assert file_kinds.kind_of_bytes(path.read_bytes()) == "team_key"  # named the team's key file everywhere
    assert file_signatures.plain_key_encoding(path.read_bytes()) == encoding
    assert [str(i) for i in keys.load_identity_file(path)] == [str(identity)]
