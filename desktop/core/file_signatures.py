"""How the files Majlis meets begin: one table of their signatures, for every reader that tells files
apart by their first bytes rather than by their names (messaging apps rename files; a coordinator
gives one file in the place of another): desktop.core.file_kinds (the one answer to what kind a
file is: a bundle, a team update, a team file, a key...; desktop.sync.sniff and the Survey page ask it),
desktop.core.sqlcipher_file (what is no database) and the exports' check that never replaces a
database (desktop.cli.export_commands). Also here: the member names that make a ZIP one of the signed
files Majlis writes unencrypted (a team update, the team file), and reading a ZIP's names safely.

Only whole signatures are trusted, never their first byte or two: an SQLCipher database has no header
(its first 16 bytes are a random salt), so a short prefix matches a real database by chance (one salt
in 256 begins "<", and an export once replaced such a database: f735288). Every signature here is
four bytes or more, so a salt matches one by chance about once in four thousand million or less.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Set
from typing import IO

from desktop.core.zip_errors import DAMAGED_ARCHIVE

AGE = b"age-encryption.org/v1"  # an age file: every bundle (sealed to the team's keys), a protected key
#: An age file sealed with a passphrase (its first stanza): a team key as `team key export` writes it
#: by default. Every bundle is sealed to the team's keys (X25519 stanzas) instead.
AGE_PASSPHRASE = AGE + b"\n-> scrypt "
ZIP = b"PK\x03\x04"  # a ZIP's first local header: a workbook, a REFI-QDA project, a team update or file
PDF = b"%PDF-"
XML = b"<?xml"  # a REFI-QDA codebook
XML_BOM = b"\xef\xbb\xbf" + XML  # the same, written with a byte-order mark
#: In every plain age identity file (a team key written with --plaintext, keys.write_identity_file), within
#: its first lines: text, so not a signature at the head, but searched for in a file's first 4 KiB.
PLAIN_KEY = b"AGE-SECRET-KEY-"
#: The same text in each encoding a plain key file is read in (desktop.sync.keys.load_identity_file): as
#: written, or saved again by Windows Notepad as "UTF-8 with BOM" (the same bytes) or as "Unicode" / "Unicode
#: big endian" (UTF-16: its bytes interleaved with zeros, so the UTF-8 text was not found in it).
PLAIN_KEYS: tuple[tuple[str, bytes], ...] = tuple(
    (encoding, PLAIN_KEY.decode("ascii").encode(encoding)) for encoding in ("utf-8", "utf-16-le", "utf-16-be"))
SQLITE = b"SQLite format 3\x00"  # a plain (unencrypted) SQLite database; an SQLCipher one has no header

#: The table: (kind, signature), a longer signature before any it begins with (a passphrase-sealed age
#: file is an age file too). ``kind`` names what the first bytes say, not what the file is for.
SIGNATURES: tuple[tuple[str, bytes], ...] = (
    ("age_passphrase", AGE_PASSPHRASE),
    ("age", AGE),
    ("zip", ZIP),
    ("pdf", PDF),
    ("xml", XML),
    ("xml", XML_BOM),
    ("sqlite", SQLITE),
)

#: How the files an export writes begin: a workbook or REFI-QDA project (ZIP), a PDF, a codebook (XML,
#: with or without a byte-order mark).
EXPORTS: tuple[bytes, ...] = (ZIP, PDF, XML, XML_BOM)

#: Enough of a file's head for any signature in the table.
LONGEST = max(len(signature) for _, signature in SIGNATURES)


def kind_of(head: bytes) -> str:
    """The kind whose whole signature ``head`` (a file's first bytes) begins with, "" for none."""
    return next((kind for kind, signature in SIGNATURES if head.startswith(signature)), "")


def plain_key_encoding(head: bytes) -> str:
    """The encoding (``PLAIN_KEYS``) in which ``head`` (a file's first bytes) holds a plain age identity's
    text, "" when it holds none: what makes a file with no signature the team's key file, wherever it is
    given (the key readers, the Sync and Survey pages, --db and restore --from, an import of text).

    The encoding whose text sits where a letter of that encoding begins comes first: the UTF-16 LE text is
    found one byte into the UTF-16 BE text too ("\\0A\\0G\\0E" holds "A\\0G\\0E\\0"), and a mark-less BE key
    file was decoded as LE, every line of it no identity. Text found only out of step still names a key
    (a file holding a key's text is never taken for another kind)."""
    found = [encoding for encoding, text in PLAIN_KEYS if text in head]
    return next((encoding for encoding in found if _in_step(head, encoding)), found[0] if found else "")


def _in_step(head: bytes, encoding: str) -> bool:
    """Whether the plain key's text in ``encoding`` is in ``head`` at an offset where a character of that
    encoding may begin (UTF-16: an even one, counted from the file's start or its byte-order mark)."""
    text = dict(PLAIN_KEYS)[encoding]
    step = 2 if encoding.startswith("utf-16") else 1
    at = head.find(text)
    while at != -1 and at % step:
        at = head.find(text, at + 1)
    return at != -1


# The signed ZIPs Majlis writes unencrypted, told by the names of their members (a workbook, a REFI-QDA
# project or any other ZIP has other names). desktop/sync/team_file.py and manifest.py name them; core
# does not import sync, so tests/sync/test_sniff_signed_zip_names.py checks the two agree.
#: A team file: its team.json and the centre's signature of it.
TEAM_FILE_MEMBERS = frozenset({"team.json", "team.sig"})
#: A team update: its manifest and the signature (manifest.MANIFEST_NAME, manifest.SIGNATURE_NAME).
TEAM_UPDATE_MEMBERS = frozenset({"manifest.json", "manifest.sig"})
#: The member each is written with first, and what that makes the file: what still tells one cut short
#: (a copy to a stick interrupted: its directory, at the end, is gone).
FIRST_MEMBERS = {"team.json": "team_file", "manifest.json": "team_update"}


def signed_zip_kind(names: Set[str]) -> str:
    """What a ZIP with the member ``names`` is: ``"team_file"``, ``"team_update"``, "" for any other."""
    if names >= TEAM_FILE_MEMBERS:
        return "team_file"
    return "team_update" if names >= TEAM_UPDATE_MEMBERS else ""


def is_signed_zip(names: Set[str]) -> bool:
    """Whether a ZIP's member names are those of a team update or a team file (a workbook's are not)."""
    return signed_zip_kind(names) != ""


def zip_names(source: str | os.PathLike[str] | IO[bytes]) -> set[str] | None:
    """The member names of a ZIP (a path or an open binary file; only its central directory, at the
    end, is read); None when it is no ZIP or cannot be read as one: cut short, vanished, no permission,
    a directory altered on the way (zipfile raises more than BadZipFile: zip_errors.DAMAGED_ARCHIVE)."""
    try:
        with zipfile.ZipFile(source) as archive:
            return set(archive.namelist())
    except DAMAGED_ARCHIVE:
        return None


def first_member_name(head: bytes) -> str:
    """The name of a ZIP's first member, read from its local header (the start of the file), "" when
    there is none. What survives of a ZIP cut short (a copy to a stick interrupted): its directory,
    at the end, is gone, but Majlis writes its signed files' manifest or team.json first."""
    if len(head) < 30 or not head.startswith(ZIP):
        return ""
    length = int.from_bytes(head[26:28], "little")
    return head[30:30 + length].decode("utf-8", "replace")
