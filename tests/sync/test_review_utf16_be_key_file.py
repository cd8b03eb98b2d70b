"""Review finding 2 (hp6, session 39): a plain team key file in UTF-16 big endian WITHOUT its byte-order
mark is called the team's key file (file_kinds: "team_key") but does not open: keys._key_file_text asks
file_signatures.plain_key_encoding, which tries the UTF-16 LE text first, and the LE bytes of
"AGE-SECRET-KEY-1" are found one byte into the BE bytes ("\\0A\\0G\\0E..." holds "A\\0G\\0E\\0..."), so the file is
decoded as LE and each line is "not an age X25519 identity". The commit 9c58275a made the mark-less LE case
open; the BE case, named the same way everywhere else, does not. (No Notepad writes BE without its mark: a
script's; low harm.) Fails today."""

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
